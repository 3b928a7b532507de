"""The student-facing API: one object per exercise notebook, short verbs.

    from toolkit.exercises import Exercise
    ex = Exercise("04-loaded-language")   # finds 04-loaded-language.exercise.json
    ex.show("q3")                          # the question as a widget: answer, Check, Hint
    ex.check("q3", ["enemy", "hostage"])   # the same check from code: a CheckResult
    ex.hint("q3")                          # the next hint
    ex.scoreboard()                        # points, attempts and hints so far (updates live)
    ex.hand_in()                           # a button: pressing it writes the file for the teacher
    ex.export_submission()                 # the same file, from code

Every check and hint is saved at once (`toolkit.exercises.progress`), so a student who
restarts the kernel keeps their score, their attempts and their hints.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from toolkit.exercises import flow, views
from toolkit.exercises.flow import QuestionState
from toolkit.exercises.progress import ProgressStore, Restored, merge_states
from toolkit.exercises.results import CheckResult, HintResult
from toolkit.exercises.spec import BUILT_SUFFIX, ExerciseSpec, Question, load_spec
from toolkit.storage.store import atomic_write_json, student_dir, validate_name

SUBMISSION_FORMAT = "toolkit.submission/1"


def find_spec(exercise: str | Path) -> Path:
    """The built spec of an exercise: a path, or an id looked up beside the notebook, then under exercises/."""
    if isinstance(exercise, Path) or str(exercise).endswith(".json"):
        path = Path(exercise)
        if path.is_file():
            return path
        raise FileNotFoundError(f"{path}: no exercise spec here")
    name = validate_name(str(exercise), what="exercise id")
    from toolkit.storage.paths import project_root

    places = [Path.cwd(), Path.cwd() / "exercises"]
    root = project_root()
    if root is not None:
        places.append(root / "exercises")
    for folder in places:
        candidate = folder / f"{name}{BUILT_SUFFIX}"
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(p) for p in dict.fromkeys(places))
    raise FileNotFoundError(f"no exercise {name!r}: looked for {name}{BUILT_SUFFIX} in {looked}. "
                            "Instructors: python -m toolkit build-exercises")


@dataclass(frozen=True)
class QuestionScore:
    """Where a student stands on one question."""

    id: str
    title: str
    points: float
    possible: float
    attempts: int
    attempts_allowed: int | None
    hints_used: int
    hints_total: int
    finished: bool
    started: bool

    @property
    def status(self) -> str:
        if self.finished:
            return "finished"
        return "in progress" if self.started else "not started"


@dataclass(frozen=True)
class Score:
    """Points so far on a whole exercise, question by question."""

    exercise: str
    student: str
    points: float
    possible: float
    questions: tuple[QuestionScore, ...]

    @property
    def finished(self) -> int:
        return sum(1 for q in self.questions if q.finished)

    def report(self) -> str:
        lines = [f"{self.exercise}: {self.points:g} of {self.possible:g} points "
                 f"({self.finished} of {len(self.questions)} questions finished)."]
        for q in self.questions:
            tries = f"{q.attempts}" + (f"/{q.attempts_allowed}" if q.attempts_allowed else "")
            lines.append(f"  {q.id}: {q.points:g}/{q.possible:g} points, attempts {tries}, hints {q.hints_used}, "
                         f"{q.status}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"exercise": self.exercise, "student": self.student, "points": self.points, "possible": self.possible,
                "questions": [q.__dict__ | {"status": q.status} for q in self.questions]}

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.report())


@dataclass(frozen=True)
class Submission:
    """A submission file written for the instructor."""

    path: Path
    points: float
    possible: float
    #: When it was written, as people read times ("18:03 on 3 Dec 2026").
    when: str = ""
    #: Assessment mode: the points are the teacher's to give, so the message does not show any.
    assessment: bool = False

    @property
    def message(self) -> str:
        at = f" at {self.when}" if self.when else ""
        what = "your answers" if self.assessment else f"({self.points:g} of {self.possible:g} points)"
        return (f"Saved your submission {what}{at} to {self.path}. "
                "Hand in this file, or the whole folder it is in, as your teacher asks.")

    def __str__(self) -> str:
        return self.message

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.message)


class Exercise:
    """One exercise for one student: its questions, checks, hints, score and saved progress."""

    def __init__(self, exercise: str | Path, *, student: str | None = None, fallback: bool | None = None):
        self.spec: ExerciseSpec = load_spec(find_spec(exercise))
        self.store = ProgressStore(self.spec, student)
        restored: Restored = self.store.load()
        self.restored = restored
        self._states: dict[str, QuestionState] = dict(restored.states)
        self._listeners: list[Callable[[str, str | None], None]] = []
        #: Use the simple answer controls for span questions (None: decide from the environment).
        self.fallback = fallback
        #: The last saving problem, if saving failed (progress is kept in memory until it works).
        self.save_error: str | None = None
        #: Questions changed here but not saved yet (saving failed): their state here wins on the next save.
        self._unsaved: set[str] = set()

    # ----- what it is ------------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def mode(self) -> str:
        """"practice" (instant feedback) or "assessment" (answers saved unseen, marked by the teacher)."""
        return self.spec.mode

    @property
    def article(self):
        return self.spec.article

    @property
    def student(self) -> str:
        return self.store.student

    @property
    def path(self) -> Path:
        """The progress file every check and hint is saved to."""
        return self.store.path

    @property
    def questions(self) -> list[str]:
        return [q.id for q in self.spec.questions]

    @property
    def notice(self) -> str:
        """What was restored (or why not), in a sentence for the student."""
        return self.restored.message

    def question(self, question_id: str) -> Question:
        return self.spec.question(question_id)

    def state(self, question_id: str) -> QuestionState:
        self.question(question_id)
        self._refresh()
        return self._states.get(question_id, QuestionState())

    # ----- listening -------------------------------------------------------------------------

    def on_change(self, callback: Callable[[str, str | None], None]) -> None:
        """Call `callback(event, question_id)` after every check, hint and draft ("check", "hint", "draft")."""
        self._listeners.append(callback)

    def _tell(self, event: str, question_id: str | None) -> None:
        for callback in list(self._listeners):
            callback(event, question_id)

    # ----- saving ----------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Take in progress another notebook saved since (never going back to fewer attempts or hints)."""
        newer = self.store.read_newer()
        if not newer:
            return
        self._states = merge_states(newer, self._states, self._unsaved)

    def _apply(self, question_id: str, operation: Callable[[QuestionState], tuple[QuestionState, Any]]):
        """Apply one operation (a check, a hint, a draft) to the question's latest state and save it.

        The latest state is read from the file under its lock, so another notebook's attempts,
        hints and drafts are the starting point and are kept (`ProgressStore.update`). When the
        file cannot be written the operation is applied here and saved with the next change.
        Returns (state before, state after, what the operation returned, a saving problem or None).
        """
        found: dict[str, Any] = {}

        def change(saved: dict[str, QuestionState]) -> dict[str, QuestionState] | None:
            states = merge_states(saved, self._states, self._unsaved)
            before = states.get(question_id, QuestionState())
            after, outcome = operation(before)
            states[question_id] = after
            found.update(before=before, after=after, outcome=outcome, states=states)
            if after == before and not self._unsaved:
                return None
            return states

        try:
            states = self.store.update(change)
        except OSError as error:
            before = self._states.get(question_id, QuestionState())
            after, outcome = operation(before)
            if after != before:
                self._states[question_id] = after
                self._unsaved.add(question_id)
            self.save_error = (f"Could not save to {self.path} ({error.strerror or error}); your progress is kept "
                               "here until saving works again.")
            return before, after, outcome, self.save_error
        self._states = states if states is not None else found["states"]
        self._unsaved.clear()
        self.save_error = None
        return found["before"], found["after"], found["outcome"], None

    # ----- the verbs -------------------------------------------------------------------------

    def check(self, question_id: str, answer: Any) -> CheckResult:
        """Check an answer to a question: feedback, points, and (once finished) the explanation. Saved at once."""
        question = self.question(question_id)

        def step(state: QuestionState):
            if self.mode == "assessment":  # saved for the teacher to mark; the copy holds nothing to check against
                from toolkit.exercises.assessment import save_answer

                return save_answer(question, state, answer)
            return flow.check(question, state, answer, self.spec.sealer)

        before, after, result, problem = self._apply(question_id, step)
        if problem and after != before:
            result = replace(result, feedback=result.feedback + (problem,))
        self._tell("check", question_id)
        return result

    def hint(self, question_id: str) -> HintResult:
        """Reveal the next hint of a question (a hint may cost points: the message says). Saved at once."""
        question = self.question(question_id)
        _, _, result, _ = self._apply(question_id, lambda state: flow.hint(question, state, self.spec.sealer))
        self._tell("hint", question_id)
        return result

    def hints(self, question_id: str) -> list[str]:
        """The hints revealed so far for a question."""
        return flow.hint_texts(self.question(question_id), self.state(question_id), self.spec.sealer)

    def save_draft(self, question_id: str, draft: Any) -> None:
        """Keep unchecked work (marks, labels, text) so a restart does not lose it; it uses no attempt."""
        self.question(question_id)
        state = self._states.get(question_id, QuestionState())
        if state.draft == draft:
            return
        self._apply(question_id, lambda latest: (replace(latest, draft=draft), None))
        self._tell("draft", question_id)

    def last_result(self, question_id: str) -> CheckResult | None:
        """The feedback on the last answer checked (None before any), as it was: for showing again after a restart."""
        state = self.state(question_id)
        if not state.attempts or state.last_answer is None:
            return None
        question = self.question(question_id)
        if self.mode == "assessment":
            from toolkit.exercises.assessment import saved_result

            return saved_result(question, state, "saved", ("Your saved answer is shown above; your teacher marks it.",))
        grade = question.body.grade(state.last_answer, self.spec.sealer)
        return flow.compose_result(question, state, self.spec.sealer, status="restored", items=grade.items,
                            feedback=(grade.headline(), *grade.feedback, flow.status_line(question, state)),
                            attempt_points=round(grade.credit * question.points, 2))

    def score(self) -> Score:
        """Points so far, question by question."""
        self._refresh()
        rows = []
        for question in self.spec.questions:
            state = self._states.get(question.id, QuestionState())
            rows.append(QuestionScore(question.id, question.title, state.points(question), question.points,
                                      state.attempts, question.attempts, state.hints_used, len(question.hints),
                                      state.finished, state.started))
        points = round(sum(row.points for row in rows), 2)
        return Score(self.id, self.student, points, self.spec.possible, tuple(rows))

    def export_submission(self, path: str | Path | None = None) -> Submission:
        """Write a submission file for the teacher (progress, answers and score) and say where it is."""
        self._refresh()
        target = Path(path) if path is not None else student_dir(self.student) / "submissions" / f"{self.id}.json"
        document = self.store.document(self._states)
        score = self.score()
        submission = {"format": SUBMISSION_FORMAT, "title": self.title, "exported_at": document["saved_at"],
                      **{k: v for k, v in document.items() if k != "format"},
                      "progress_format": document["format"], "summary": score.report()}
        atomic_write_json(target, submission)
        from toolkit.storage.times import for_people

        return Submission(target, score.points, score.possible, for_people(document["saved_at"]),
                          self.mode == "assessment")

    # ----- widgets ---------------------------------------------------------------------------

    def show(self, question_id: str, *, fallback: bool | None = None):
        """The question as a widget: its prompt, answer controls, Check, Hint, feedback and explanation."""
        self.question(question_id)
        return views.view("question")(self, question_id, fallback=self.fallback if fallback is None else fallback)

    def show_article(self):
        """The exercise's article, each part named as the questions name it ("paragraph 4", "item 2 of the list")."""
        return views.view("article")(self.article)

    def scoreboard(self):
        """Points so far, attempts and hints per question; it updates as the student works."""
        return views.view("scoreboard")(self)

    def hand_in(self):
        """The hand-in button: showing it writes nothing; pressing it writes the submission (never Run All)."""
        return views.view("hand_in")(self)

    def __repr__(self) -> str:
        score = self.score()
        return (f"<Exercise {self.id!r}: {len(self.spec.questions)} questions, {score.points:g} of "
                f"{score.possible:g} points so far; progress saved in {self.path}>")
