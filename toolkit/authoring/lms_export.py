"""Grades in the files that school LMS gradebooks import: Canvas, Google Classroom, Moodle.

The gradebook (`toolkit.authoring.gradebook`) knows students by their work folder's name
(on JupyterHub, the hub user name); an LMS knows them by its own ids and e-mail addresses.
An optional roster CSV maps one to the other (columns, any order: `student` (the folder
name, required), `name`, `email`, `lms_id`, `sis_id`, `login`, `section`); without one, the
folder name fills the login columns, which is right when the hub logs students in with
their school login.

Written beside the other gradebook files, one column per exercise (its title), points (not
percentages), an empty cell where a student has no work for an exercise:

- `canvas.csv`: `Student, ID, SIS User ID, SIS Login ID, Section`, then one column per
  exercise; the second row is `Points Possible`. Canvas matches rows by ID, SIS User ID or
  SIS Login ID and makes a new assignment for a column it does not know.
- `google-classroom.csv`: `Email Address, Last Name, First Name`, then one column per
  exercise. Classroom matches students by e-mail address only (a roster is needed).
- `moodle.csv`: `Username, Email address, ID number, Full name`, then one column per exercise.
  In Moodle's CSV import, map "Username" (or "Email address") to the user, and each exercise
  column to a grade item (or a new one).

Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
or a carriage return) are written with a leading apostrophe: a folder name is student input.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

ROSTER_COLUMNS = ("student", "name", "email", "lms_id", "sis_id", "login", "section")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class RosterError(ValueError):
    """A roster the export cannot use (missing, no `student` column); the message is one line."""


@dataclass(frozen=True)
class Person:
    """How the LMS knows one student (empty strings where the roster says nothing)."""

    student: str
    name: str = ""
    email: str = ""
    lms_id: str = ""
    sis_id: str = ""
    login: str = ""
    section: str = ""

    @property
    def login_or_folder(self) -> str:
        return self.login or self.student

    def split_name(self) -> tuple[str, str]:
        """(last, first) from `name` ("Ada Lovelace" or "Lovelace, Ada"); the folder name when there is none."""
        name = self.name.strip() or self.student
        if "," in name:
            last, first = (part.strip() for part in name.split(",", 1))
            return last, first
        parts = name.split()
        return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (name, "")


def read_roster(path: Path) -> dict[str, Person]:
    """The roster's people by folder name."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [(h or "").strip().lower() for h in reader.fieldnames or []]
            if "student" not in header:
                raise RosterError(f"{path}: needs a `student` column (the work folder's name); "
                                  f"it has {', '.join(header) or 'no header'}")
            people = {}
            for row in reader:
                clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
                if clean.get("student"):
                    people[clean["student"]] = Person(**{c: clean.get(c, "") for c in ROSTER_COLUMNS})
            return people
    except OSError as error:
        raise RosterError(f"{path}: cannot be read ({error.strerror or error})") from None


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs: formula-like text gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _points(value: float | None) -> str:
    return "" if value is None else f"{round(value, 2):g}"


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
    return path


@dataclass(frozen=True)
class LmsExport:
    written: tuple[Path, ...]
    notes: tuple[str, ...]


def write_lms_files(out: Path, students: Sequence[str], exercises: Sequence[Any], titles: dict[str, str],
                    possible: dict[str, float], roster: dict[str, Person] | None = None) -> LmsExport:
    """Write the three LMS files from the gradebook's exercise rows (each with student, exercise, points).

    `titles` names each exercise's column; `possible` gives its points for Canvas's
    "Points Possible" row.
    """
    roster = roster or {}
    order = sorted(titles, key=lambda exercise_id: exercise_id)
    columns = [titles[e] or e for e in order]
    scores: dict[tuple[str, str], float] = {(row.student, row.exercise): row.points for row in exercises}
    people = [roster.get(student, Person(student)) for student in students]

    def grades(person: Person) -> list[str]:
        return [_points(scores.get((person.student, e))) for e in order]

    canvas = _write(out / "canvas.csv", ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *columns],
                    [["Points Possible", "", "", "", "", *(_points(possible.get(e)) for e in order)]]
                    + [[p.name or p.student, p.lms_id, p.sis_id, p.login_or_folder, p.section, *grades(p)]
                       for p in people])
    classroom = _write(out / "google-classroom.csv", ["Email Address", "Last Name", "First Name", *columns],
                       [[p.email, *p.split_name(), *grades(p)] for p in people])
    moodle = _write(out / "moodle.csv", ["Username", "Email address", "ID number", "Full name", *columns],
                    [[p.login_or_folder, p.email, p.sis_id, p.name or p.student, *grades(p)] for p in people])
    notes = []
    missing = [p.student for p in people if not p.email]
    if missing:
        notes.append(f"google-classroom.csv: {len(missing)} student(s) without an e-mail address (Classroom matches "
                     "by e-mail): give a roster with an email column (gradebook --roster)")
    unknown = sorted(set(roster) - set(students))
    if unknown:
        notes.append(f"the roster names {len(unknown)} student(s) with no work folder: {', '.join(unknown[:5])}")
    return LmsExport((canvas, classroom, moodle), tuple(notes))


def write_gradebook_extras(out: Path, book: Any, specs: Any, roster_path: Path | None, notes: list[str]) -> list[Path]:
    """What `gradebook` writes besides its own files: the three LMS files and `question-statistics.csv`.

    `book` is the gradebook's result so far (its exercise and question rows), `specs` its
    spec cache (for each exercise's title); notes for the summary are appended to `notes`.
    """
    from toolkit.authoring.question_statistics import COLUMNS, question_statistics

    roster = read_roster(roster_path) if roster_path is not None else None
    titles: dict[str, str] = {}
    possible: dict[str, float] = {}
    for row in book.exercises:
        loaded = specs.get(row.exercise)
        titles[row.exercise] = getattr(getattr(loaded, "spec", None), "title", "") or row.exercise
        possible[row.exercise] = row.possible
    export = write_lms_files(out, book.students, book.exercises, titles, possible, roster)
    notes.extend(export.notes)
    stats = [s.to_dict() for s in question_statistics(book.questions)]
    path = _write(out / "question-statistics.csv", COLUMNS,
                  [["" if s[c] is None else s[c] for c in COLUMNS] for s in stats])
    return [*export.written, path]
