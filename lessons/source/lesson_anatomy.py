"""The lesson anatomy: the cells every lesson has, in order, built with `toolkit.notebooks.builder`.

Every lesson builder (`lesson_NN.py` beside this file) assembles its notebook from these
pieces, so all lessons share one shape (docs/lesson-guide.md describes it for authors):

1. `header`: the title (the notebook's only level-1 heading), the time, the questions and
   the learning objectives;
2. `instructor` notes (tagged cells the student build leaves out), first an overview;
3. a short `## Reading`, then one or more `## Activity` sections, each with a widget;
4. `challenge`: one checked question from the matching exercise, with a link to it;
5. `key_points`: the last cell.

Cells get stable ids (`l03-07`), so building twice gives the same file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from toolkit import notebooks
from toolkit.notebooks.run_again import RUN_AGAIN

LESSONS = Path(__file__).resolve().parents[1]
EXERCISES = LESSONS.parent / "exercises"
INSTRUCTOR_PREFIX = "**Instructor notes"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its number, file name, title, time in minutes and what students do (for the README)."""

    number: int
    slug: str
    title: str
    minutes: int
    students_do: str
    cells: tuple

    @property
    def filename(self) -> str:
        return f"{self.number:02d}-{self.slug}.ipynb"

    @property
    def path(self) -> Path:
        return LESSONS / self.filename

    def notebook(self):
        """The notebook, with stable cell ids and the lesson's facts in its metadata."""
        nb = notebooks.notebook(self.cells, toolkit={"lesson": {
            "number": self.number, "title": self.title, "minutes": self.minutes}})
        for number, cell in enumerate(nb.cells, start=1):
            cell["id"] = f"l{self.number:02d}-{number:02d}"
        return nb


def bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def header(number: int, title: str, *, minutes: int, timing: str, questions: Sequence[str],
           objectives: Sequence[str], intro: str = ""):
    """The first cell: title, the run-again line, time (with how it splits), questions and objectives."""
    lead = f"\n\n{intro.strip()}" if intro else ""
    return notebooks.markdown(
        f"# Lesson {number}: {title}\n\n{RUN_AGAIN}{lead}\n\n"
        f"**Time:** about {minutes} minutes ({timing})\n\n"
        f"**Questions**\n{bullets(questions)}\n\n"
        f"**Objectives**\n{bullets(objectives)}")


def instructor(text: str, *, title: str = ""):
    """A teacher's note, tagged so the student build leaves it out (it starts "**Instructor notes")."""
    label = f"{INSTRUCTOR_PREFIX}: {title}.**" if title else f"{INSTRUCTOR_PREFIX}.**"
    return notebooks.markdown(f"{label} {text.strip()}", instructor=True)


def instructor_code(text: str):
    """A code cell for the teacher only (tagged like the notes)."""
    return notebooks.code(text, instructor=True)


def md(text: str):
    return notebooks.markdown(text)


def code(text: str):
    return notebooks.code(text)


def built_exercise(exercise_id: str) -> dict:
    """The built exercise spec students receive (its title and question ids, no answers)."""
    path = EXERCISES / f"{exercise_id}.exercise.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no built exercise; run python -m toolkit build-exercises")
    return json.loads(path.read_text(encoding="utf-8"))


def challenge(exercise_id: str, question_id: str, text: str, *, heading: str = "Challenge") -> list:
    """The checked challenge: a question of the matching exercise, shown in place, and a link to the rest.

    The link text is the exercise's title, so it says where it goes; the question must exist.
    """
    spec = built_exercise(exercise_id)
    numbers = {q["id"]: n for n, q in enumerate(spec["questions"], start=1)}
    if question_id not in numbers:
        raise KeyError(f"exercise {exercise_id} has no question {question_id!r} (it has {', '.join(numbers)})")
    link = f"[{spec['title']}](../exercises/{exercise_id}.ipynb)"
    return [
        notebooks.markdown(
            f"## {heading}\n\n{text.strip()}\n\n"
            f"This is question {numbers[question_id]} of {link}. Choose or write your answer and press "
            "**Check**: the feedback says at once what is right and why, and **Hint** gives a clue. Your "
            "answer is saved with the exercise, so you will find it there, done, when you open the rest."),
        notebooks.code(
            "# Run this cell to show the challenge question.\n"
            "from toolkit.exercises import Exercise\n\n"
            f'Exercise("{exercise_id}").show("{question_id}")'),
    ]


def key_points(points: Sequence[str]):
    """The last cell of every lesson."""
    return notebooks.markdown(f"## Key points\n\n{bullets(points)}")
