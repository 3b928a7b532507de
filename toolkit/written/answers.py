"""The save file of a lesson's written answers: `work/<student>/written/<lesson>.json`.

One file per lesson, one entry per task (the id the lesson source gives the task), so a
lesson's answers survive a restart and the gradebook finds them beside the student's other
work. Saving goes through the one atomic writer; a damaged file is set aside, never
overwritten silently. Answers are untrusted text: whoever shows them escapes them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.text.word_count import count_words
from toolkit.storage.store import (StoreError, atomic_write_json, current_student, read_json, set_aside, student_dir,
                                   validate_name)

WRITTEN_FORMAT = "toolkit.written/1"
WRITTEN_FOLDER = "written"
#: The longest answer kept, in characters (a page of writing is far less; a paste of a whole book is refused).
MAX_CHARS = 20_000


@dataclass(frozen=True)
class WrittenAnswer:
    """One saved answer: the task, its text and when it was last saved (UTC, ISO 8601)."""

    task: str
    text: str
    saved_at: str

    @property
    def words(self) -> int:
        return count_words(self.text)


def written_path(lesson: str, student: str | None = None) -> Path:
    return student_dir(student) / WRITTEN_FOLDER / f"{validate_name(lesson, what='lesson')}.json"


def _entries(data: Any, path: Path) -> dict[str, WrittenAnswer]:
    if not isinstance(data, dict) or data.get("format") != WRITTEN_FORMAT or not isinstance(data.get("answers"), dict):
        raise StoreError(f"{path}: not a written-answers file ({WRITTEN_FORMAT})")
    found = {}
    for task, entry in data["answers"].items():
        if isinstance(entry, dict) and isinstance(entry.get("text"), str):
            found[str(task)] = WrittenAnswer(str(task), entry["text"], str(entry.get("saved_at", "")))
    return found


def read_answers_file(path: Path) -> dict[str, WrittenAnswer]:
    """The answers in one file; `StoreError` when it is unreadable or of another kind."""
    return _entries(read_json(path), Path(path))


def load_answers(lesson: str, student: str | None = None) -> dict[str, WrittenAnswer]:
    """A student's saved answers for a lesson (empty when none yet; a damaged file is set aside)."""
    path = written_path(lesson, student)
    if not path.exists():
        return {}
    try:
        return read_answers_file(path)
    except StoreError:
        set_aside(path, "damaged")
        return {}


def save_answer(lesson: str, task: str, text: str, student: str | None = None) -> WrittenAnswer:
    """Save one task's answer (the others in the file are kept) and return what was saved."""
    validate_name(task, what="task")
    if len(text) > MAX_CHARS:
        raise ValueError(f"an answer is kept up to {MAX_CHARS} characters; this one has {len(text)}")
    student = student or current_student()
    answers = load_answers(lesson, student)
    saved = WrittenAnswer(task, text, _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    answers[task] = saved
    atomic_write_json(written_path(lesson, student), {
        "format": WRITTEN_FORMAT, "lesson": lesson, "student": student,
        "answers": {key: {"text": a.text, "saved_at": a.saved_at} for key, a in sorted(answers.items())}})
    return saved
