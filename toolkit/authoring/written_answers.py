"""The gradebook's reader of written answers: `FOLDER/<student>/written/<lesson>.json` into rows.

Written answers are graded by a person with the lesson's rubric (docs/handouts/), so the
gradebook only collects them: one row per student, lesson and task, with the word count and
the text, in `written.csv`. A damaged or foreign file is listed as a problem, never fatal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from toolkit.storage.store import StoreError, read_json
from toolkit.written.answers import WRITTEN_FOLDER, WRITTEN_FORMAT, read_answers_file

COLUMNS = ["student", "lesson", "task", "words", "saved_at", "text"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A student's text as a CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def written_rows(students: list[Path], problems: list[str]) -> list[dict[str, Any]]:
    """Every written answer of every student folder, in student, lesson and task order."""
    rows = []
    for folder in students:
        for path in sorted((folder / WRITTEN_FOLDER).glob("*.json")):
            try:
                data = read_json(path)
                answers = read_answers_file(path)
            except StoreError as error:
                problems.append(str(error))
                continue
            if data.get("lesson") != path.stem or data.get("student") not in (None, folder.name):
                problems.append(f"{path}: is not {folder.name}'s answers for {path.stem} (a renamed or foreign file)")
                continue
            rows += [{"student": folder.name, "lesson": path.stem, "task": a.task, "words": a.words,
                      "saved_at": a.saved_at, "text": spreadsheet_safe(a.text)} for a in answers.values()]
    return rows


__all__ = ["COLUMNS", "WRITTEN_FORMAT", "written_rows"]
