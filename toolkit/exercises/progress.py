"""A student's progress on one exercise, saved after every check and hint, restored on re-run.

File: `student_dir(student)/progress/<exercise-id>.json`, written atomically::

    {"format": "toolkit.progress/1", "exercise": "04-loaded-language", "spec_hash": "sha256:...",
     "article": "turkey-s400", "content_hash": "sha256:...", "student": "ada",
     "saved_at": "2026-11-24T14:02:03+00:00", "points": 5.5, "possible": 9.0,
     "questions": {"q1": {"fingerprint": "...", "attempts": 1, "hints_used": 0, "hint_cost": 0.0,
                          "best_credit": 1.0, "points": 2.0, "possible": 2.0, "finished": true,
                          "last_answer": "b", "last_credit": 1.0, "draft": null}, ...}}

A damaged file, or one belonging to another exercise or student, is renamed aside and
reported (`toolkit.storage.store.load_or_set_aside`), never overwritten. When an instructor changes
how a question is scored (its fingerprint changes), that question starts again; the old
file is kept beside the new one, and the student is told which questions changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping

from toolkit.storage.store import (atomic_write_json, current_student, header_problem, load_or_set_aside, read_json, set_aside,
                     student_dir, validate_name)
from toolkit.exercises.flow import QuestionState
from toolkit.exercises.spec import ExerciseSpec
from toolkit.storage.student_names import validate_student_name

PROGRESS_FORMAT = "toolkit.progress/1"


def progress_path(exercise_id: str, student: str | None = None) -> Path:
    return student_dir(student) / "progress" / f"{validate_name(exercise_id, what='exercise id')}.json"


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Restored:
    """What was found on disk: the saved states, and anything the student should be told."""

    states: dict[str, QuestionState] = field(default_factory=dict)
    saved_at: str | None = None
    problem: str | None = None
    set_aside_as: Path | None = None
    changed: tuple[str, ...] = ()
    found: bool = False

    @property
    def message(self) -> str:
        if self.problem:
            return f"Your earlier progress could not be used: {self.problem}. You are starting afresh."
        if not self.found:
            return "No progress saved yet: every check and hint is saved as you go."
        from toolkit.storage.times import for_people

        started = sum(1 for s in self.states.values() if s.started)
        when = for_people(self.saved_at) if isinstance(self.saved_at, str) else ""
        text = (f"Welcome back: your progress on {started} question{'s' if started != 1 else ''} is restored"
                + (f" (last saved at {when})." if when else "."))
        if self.changed:
            kept = f" (your old file is kept as {self.set_aside_as.name})" if self.set_aside_as else ""
            one = len(self.changed) == 1
            text += (f" Your teacher changed {', '.join(self.changed)} since you last worked on "
                     f"{'it' if one else 'them'}, so {'it starts' if one else 'they start'} again{kept}.")
        return text


def progress_problem(data: Any, spec: ExerciseSpec, student: str) -> str | None:
    """Why a progress file cannot be used for this exercise and student (None when it can)."""
    header = header_problem(data, PROGRESS_FORMAT, what="the progress file", optional=("student",),
                            exercise=spec.id, student=student)
    if header:
        return header
    questions = data.get("questions")
    if not isinstance(questions, dict):
        return "the progress file has no questions"
    for question_id, state in questions.items():
        try:
            QuestionState.from_dict(state)
        except ValueError as error:
            return f"question {question_id!r}: {error}"
        if not isinstance(state.get("fingerprint", ""), str):
            return f"question {question_id!r}: fingerprint must be text"
    return None


def merge_states(theirs: Mapping[str, QuestionState], mine: Mapping[str, QuestionState],
                 unsaved: set[str] | frozenset[str] = frozenset()) -> dict[str, QuestionState]:
    """Progress from two notebooks on one file, question by question, losing no attempt and no hint.

    `theirs` is what the file holds now, `mine` what this notebook holds; `unsaved` names the
    questions this notebook changed and could not save yet. Attempts, hints, hint costs and
    the best credit only ever grow (a student never gets fresh attempts back); the last answer
    comes from the side with more attempts; the draft is this notebook's for an unsaved
    question, else the file's.
    """
    merged: dict[str, QuestionState] = {}
    for question_id in {*theirs, *mine}:
        their, my = theirs.get(question_id), mine.get(question_id)
        if their is None or my is None:
            merged[question_id] = their if my is None else my
            continue
        ours_first = question_id in unsaved
        my_rank, their_rank = (my.attempts, my.hints_used), (their.attempts, their.hints_used)
        further = my if my_rank > their_rank or (my_rank == their_rank and ours_first) else their
        merged[question_id] = replace(
            further, attempts=max(my.attempts, their.attempts), hints_used=max(my.hints_used, their.hints_used),
            hint_cost=max(my.hint_cost, their.hint_cost), best_credit=max(my.best_credit, their.best_credit),
            finished=my.finished or their.finished, draft=my.draft if ours_first else their.draft)
    return merged


class ProgressStore:
    """Reads and writes one student's progress file for one exercise."""

    def __init__(self, spec: ExerciseSpec, student: str | None = None, *, path: str | Path | None = None):
        self.spec = spec
        self.student = validate_student_name(student or current_student())
        self.path = Path(path) if path is not None else progress_path(spec.id, self.student)
        self._seen: tuple[int, int] | None = None  # (mtime_ns, size) of the file as last read or written

    def _states_from(self, data: Mapping[str, Any]) -> tuple[dict[str, QuestionState], list[str]]:
        states, changed = {}, []
        saved = data.get("questions", {})
        for question in self.spec.questions:
            entry = saved.get(question.id)
            if entry is None:
                continue
            state = QuestionState.from_dict(entry)
            if entry.get("fingerprint") not in (None, question.fingerprint):
                if state.started:
                    changed.append(question.id)
                continue
            states[question.id] = state
        return states, changed

    def load(self) -> Restored:
        """Read the file; set it aside (and say so) when it is damaged or belongs elsewhere."""
        loaded = load_or_set_aside(self.path, validate=lambda data: progress_problem(data, self.spec, self.student))
        if not loaded.ok:
            return Restored(problem=loaded.problem, set_aside_as=loaded.set_aside_as)
        if loaded.data is None:
            return Restored()
        states, changed = self._states_from(loaded.data)
        kept = None
        if changed:
            kept = set_aside(self.path, "changed")
            self.save(states)
        else:
            self._remember()
        return Restored(states, loaded.data.get("saved_at"), changed=tuple(changed), set_aside_as=kept, found=True)

    def changed_on_disk(self) -> bool:
        """Whether the file was written by someone else (another notebook) since this store last saw it."""
        try:
            stat = self.path.stat()
        except OSError:
            return False
        return (stat.st_mtime_ns, stat.st_size) != self._seen

    def read_newer(self) -> dict[str, QuestionState] | None:
        """The states saved by another notebook since we last looked, or None (nothing new, or unusable)."""
        if not self.changed_on_disk():
            return None
        try:
            data = read_json(self.path)
        except (OSError, ValueError):
            return None
        if progress_problem(data, self.spec, self.student):
            return None
        self._remember()
        return self._states_from(data)[0]

    def document(self, states: Mapping[str, QuestionState]) -> dict[str, Any]:
        questions = {}
        for question in self.spec.questions:
            state = states.get(question.id)
            if state is None:
                continue
            entry = {"fingerprint": question.fingerprint, **state.to_dict(), "points": state.points(question),
                     "possible": question.points}
            questions[question.id] = entry
        points = round(sum(states[q.id].points(q) for q in self.spec.questions if q.id in states), 2)
        return {"format": PROGRESS_FORMAT, "exercise": self.spec.id, "spec_hash": self.spec.spec_hash,
                "article": self.spec.article.slug, "content_hash": self.spec.article.content_hash,
                "student": self.student, "saved_at": _now(), "points": points, "possible": self.spec.possible,
                "questions": questions}

    def update(self, change: Callable[[dict[str, QuestionState]], dict[str, QuestionState] | None]
               ) -> dict[str, QuestionState] | None:
        """Apply `change` to the states saved in the file now, under its lock, and save what it returns.

        `change` gets the file's states (empty when there is no usable file) and returns the states to
        save, or None to leave the file alone. Returns the states saved (None when nothing was written).
        """
        from toolkit.storage.merge_save import NO_CHANGE, update_json

        def apply(current: Any) -> Any:
            states = self._states_from(current)[0] if current is not None else {}
            result = change(states)
            return NO_CHANGE if result is None else self.document(result)

        merged = update_json(self.path, apply, validate=lambda data: progress_problem(data, self.spec, self.student))
        self._remember()
        if merged.data is None or merged.data.get("format") != PROGRESS_FORMAT:
            return None
        return self._states_from(merged.data)[0]

    def save(self, states: Mapping[str, QuestionState]) -> Path:
        atomic_write_json(self.path, self.document(states))
        self._remember()
        return self.path

    def _remember(self) -> None:
        try:
            stat = self.path.stat()
            self._seen = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            self._seen = None
