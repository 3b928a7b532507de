"""Attempts, hints and points: what one check or one hint does to a question's state (pure).

The rules a student can rely on:

* an answer that cannot be checked (empty, the wrong shape) never uses an attempt, and
  neither does checking the same answer twice in a row, or checking after the question is
  finished (the feedback is shown, the score stays);
* the question holds the points of the student's **best** attempt, less the cost of the
  hints taken before it was finished (never below 0); hints taken afterwards are free;
* the question is finished when an answer is fully right or the attempts are used up; only
  then is the explanation (and the right answer) shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Mapping

from toolkit.exercises.results import AnswerError, CheckResult, HintResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.spec import Question

_FULL = 1 - 1e-9


def _plural(number: float, word: str) -> str:
    return f"{number:g} {word}{'' if number == 1 else 's'}"


@dataclass(frozen=True)
class QuestionState:
    """A student's progress on one question (what the progress file keeps)."""

    attempts: int = 0
    hints_used: int = 0
    hint_cost: float = 0.0
    best_credit: float = 0.0
    finished: bool = False
    last_answer: Any = None
    last_credit: float | None = None
    #: Work in progress not yet checked (marks, labels, text), restored when the widget is shown again.
    draft: Any = None

    def points(self, question: Question) -> float:
        return max(0.0, round(self.best_credit * question.points - self.hint_cost, 2))

    @property
    def started(self) -> bool:
        return self.attempts > 0 or self.hints_used > 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "QuestionState":
        """A state from a progress file, checked field by field (`ValueError` when it cannot be one)."""
        if not isinstance(data, Mapping):
            raise ValueError("a question's progress must be an object")
        attempts, hints = data.get("attempts", 0), data.get("hints_used", 0)
        if type(attempts) is not int or attempts < 0 or type(hints) is not int or hints < 0:
            raise ValueError("attempts and hints_used must be whole numbers")
        numbers = {}
        for name in ("hint_cost", "best_credit"):
            value = data.get(name, 0.0)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a number of at least 0")
            numbers[name] = float(value)
        if numbers["best_credit"] > 1:
            raise ValueError("best_credit must be at most 1")
        last_credit = data.get("last_credit")
        if last_credit is not None and (isinstance(last_credit, bool) or not isinstance(last_credit, (int, float))):
            raise ValueError("last_credit must be a number or null")
        if not isinstance(data.get("finished", False), bool):
            raise ValueError("finished must be true or false")
        return cls(attempts, hints, numbers["hint_cost"], numbers["best_credit"], data.get("finished", False),
                   data.get("last_answer"), last_credit, data.get("draft"))


def explanation_of(question: Question, sealer: Sealer) -> str:
    return sealer.open(question.id, "explanation", question.explanation) if question.explanation else ""


def hint_texts(question: Question, state: QuestionState, sealer: Sealer) -> list[str]:
    """The hints this student has revealed so far, in order."""
    shown = question.hints[:state.hints_used]
    return [sealer.open(question.id, f"hint:{n}", hint.text) for n, hint in enumerate(shown)]


def next_hint_cost(question: Question, state: QuestionState) -> float | None:
    """What the next hint would cost (None when there are no more); free once the question is finished."""
    if state.hints_used >= len(question.hints):
        return None
    return 0.0 if state.finished else question.hints[state.hints_used].cost


def _attempts_line(question: Question, state: QuestionState, credit: float) -> str:
    points = state.points(question)
    score = f"{points:g} of {question.points:g} point{'s' if question.points != 1 else ''}"
    hint_note = f" (hints cost {_plural(state.hint_cost, 'point')})" if state.hint_cost else ""
    if state.finished and credit >= _FULL:
        return f"Finished: {score}{hint_note}."
    if state.finished:
        less = f", less {_plural(state.hint_cost, 'point')} for hints" if state.hint_cost else ""
        return f"That was your last attempt. Your score: {score} (your best attempt{less}). Read the explanation below."
    if question.attempts is None:
        used = f"Attempt {state.attempts} used (you may try as often as you like)."
    else:
        left = question.attempts - state.attempts
        used = f"Attempt {state.attempts} of {question.attempts} used: {left} left."
    more = " Stuck? Ask for a hint." if state.hints_used < len(question.hints) else ""
    return f"{used} Your best so far: {score}{hint_note}.{more}"


def compose_result(question: Question, state: QuestionState, sealer: Sealer, *, status: str, items=(),
                   feedback=(), attempt_points: float = 0.0, counted: bool = False) -> CheckResult:
    """A `CheckResult` for a state: the explanation and the right answer only once the question is finished."""
    explanation, answers = None, ()
    if state.finished:
        explanation = explanation_of(question, sealer)
        answers = question.body.reveal(sealer)
    return CheckResult(
        question=question.id, status=status, points=state.points(question), possible=question.points,
        attempt_points=attempt_points, items=tuple(items), feedback=tuple(feedback), finished=state.finished,
        explanation=explanation, attempts_used=state.attempts, attempts_allowed=question.attempts, counted=counted,
        hints_used=state.hints_used, hint_cost=state.hint_cost, answers=answers,
    )


def check(question: Question, state: QuestionState, answer: Any, sealer: Sealer) -> tuple[QuestionState, CheckResult]:
    """Check one answer: the new state (unchanged when the check does not count) and the result."""
    try:
        canonical = question.body.parse_answer(answer)
    except AnswerError as error:
        return state, compose_result(question, state, sealer, status="invalid",
                              feedback=(f"{error} (This did not use an attempt.)",))
    grade = question.body.grade(canonical, sealer)
    attempt_points = round(grade.credit * question.points, 2)
    status = "right" if grade.credit >= _FULL else "partly" if grade.credit > 0 else "wrong"
    lines = [grade.headline(), *grade.feedback]
    if state.finished:
        lines.append(f"This question is finished, so this check did not count: your score stays "
                     f"{state.points(question):g} of {question.points:g}.")
        return state, compose_result(question, state, sealer, status="closed", items=grade.items, feedback=lines,
                              attempt_points=attempt_points)
    if state.attempts and canonical == state.last_answer:
        lines.append("You checked this same answer last time, so it did not use an attempt. "
                     "Change something, then check again.")
        return state, compose_result(question, state, sealer, status="repeat", items=grade.items, feedback=lines,
                              attempt_points=attempt_points)
    attempts = state.attempts + 1
    finished = grade.credit >= _FULL or (question.attempts is not None and attempts >= question.attempts)
    new_state = replace(state, attempts=attempts, best_credit=max(state.best_credit, min(1.0, grade.credit)),
                        finished=finished, last_answer=canonical, last_credit=grade.credit, draft=None)
    lines.append(_attempts_line(question, new_state, grade.credit))
    return new_state, compose_result(question, new_state, sealer, status=status, items=grade.items, feedback=lines,
                              attempt_points=attempt_points, counted=True)


def hint(question: Question, state: QuestionState, sealer: Sealer) -> tuple[QuestionState, HintResult]:
    """Reveal the next hint (charging its cost unless the question is finished)."""
    total = len(question.hints)
    if total == 0:
        return state, HintResult(question.id, 0, 0, "", 0.0, state.points(question), question.points,
                                 "This question has no hints. Read the prompt again slowly, then try.")
    if state.hints_used >= total:
        last = sealer.open(question.id, f"hint:{total - 1}", question.hints[-1].text)
        return state, HintResult(question.id, total, total, last, 0.0, state.points(question), question.points,
                                 f"No more hints: you have seen all {total}. The last one: {last}")
    number = state.hints_used
    cost = 0.0 if state.finished else question.hints[number].cost
    text = sealer.open(question.id, f"hint:{number}", question.hints[number].text)
    new_state = replace(state, hints_used=number + 1, hint_cost=round(state.hint_cost + cost, 4))
    message = f"Hint {number + 1} of {total}: {text}"
    if cost:
        most = max(0.0, round(question.points - new_state.hint_cost, 2))
        message += f" (This hint cost {_plural(cost, 'point')}: the question is now worth at most {most:g}.)"
    return new_state, HintResult(question.id, number + 1, total, text, cost, new_state.points(question),
                                 question.points, message)


def status_line(question: Question, state: QuestionState) -> str:
    """Where a student stands on a question, for a widget shown again after a restart."""
    if not state.started:
        tries = "as many tries as you like" if question.attempts is None else \
            f"{question.attempts} attempt{'s' if question.attempts != 1 else ''}"
        return f"Worth {_plural(question.points, 'point')}; {tries}."
    if state.finished:
        return f"Finished: {state.points(question):g} of {question.points:g} points."
    if question.attempts is None:
        used = f"{state.attempts} attempt{'s' if state.attempts != 1 else ''} used"
    else:
        used = f"{state.attempts} of {question.attempts} attempts used"
    return f"{used}; best so far {state.points(question):g} of {question.points:g} points."
