"""What checking an answer gives back: frozen records a widget shows and a gradebook reuses.

Three layers, from the inside out:

* `ItemResult`: one scored part of an answer (a sentence, an option, a blank, a mark);
* `Grade`: what a question type's pure grader says about one answer (credit from 0 to 1,
  the items, feedback lines);
* `CheckResult`: what a student sees after pressing Check: the grade turned into points,
  with attempts, hint costs, whether the question is finished and, once it is, the
  explanation.

`headline` words the first line of feedback from the items alone, so no question type can
say "all right" while an item is wrong or unanswered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Item statuses, in the order a headline counts them.
STATUSES = ("right", "partly", "wrong", "missing")


class AnswerError(ValueError):
    """An answer that cannot be checked (empty, the wrong shape, unknown choices): no attempt is used.

    The message is written for the student and says what to do.
    """


@dataclass(frozen=True)
class ItemResult:
    """One scored part of an answer.

    `credit` is the share of this item earned (0 to 1) and `weight` its share of the whole
    question; `status` is "right", "partly", "wrong" or "missing" (not answered).
    """

    item: str
    status: str
    credit: float
    weight: float
    feedback: str = ""
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Grade:
    """A question type's verdict on one answer: credit from 0 to 1, the items, feedback lines."""

    credit: float
    items: tuple[ItemResult, ...]
    feedback: tuple[str, ...] = ()
    #: How the items are called in the headline: (singular, plural).
    noun: tuple[str, str] = ("answer", "answers")
    #: How the headline calls items with status "missing".
    missing: str = "not answered"
    #: A headline worded by the type itself (counted from the same items); None: the generic one.
    summary: str | None = None

    @property
    def complete(self) -> bool:
        """Every item right (so the question is answered in full)."""
        return bool(self.items) and all(item.status == "right" for item in self.items)

    def headline(self) -> str:
        return self.summary or headline(self.items, self.noun, self.missing)

    def to_dict(self) -> dict[str, Any]:
        return {"credit": self.credit, "items": [i.to_dict() for i in self.items],
                "feedback": list(self.feedback), "complete": self.complete}


def headline(items: tuple[ItemResult, ...] | list[ItemResult], noun: tuple[str, str] = ("answer", "answers"),
             missing: str = "not answered") -> str:
    """The first line of feedback, counted from the items: never "all right" unless every item is."""
    counts = {status: sum(1 for item in items if item.status == status) for status in STATUSES}
    total = len(items)
    if total == 0:
        return "Nothing to check yet."
    if total == 1:
        return {"right": "Right.", "partly": "Partly right.", "wrong": "Not right.",
                "missing": f"{missing[0].upper()}{missing[1:]}."}[items[0].status]
    singular, plural = noun
    if counts["right"] == total:
        return f"Both {plural} right." if total == 2 else f"All {total} {plural} right."
    parts = [f"{counts['right']} of {total} {plural} right"]
    if counts["partly"]:
        parts.append(f"{counts['partly']} partly right")
    if counts["wrong"]:
        parts.append(f"{counts['wrong']} wrong")
    if counts["missing"]:
        parts.append(f"{counts['missing']} {missing}")
    return ", ".join(parts) + "."


@dataclass(frozen=True)
class CheckResult:
    """What a student learns from pressing Check on one question.

    `points` are the points the question holds now (the best attempt, less the cost of any
    hints taken before it was finished); `attempt_points` what this answer alone earns.
    `status` is "right", "partly", "wrong" for a counted check; "invalid" for an answer
    that could not be checked, "repeat" for the same answer checked again, and "closed" for
    a check after the question was finished: none of those three uses an attempt.
    """

    question: str
    status: str
    points: float
    possible: float
    attempt_points: float
    items: tuple[ItemResult, ...]
    feedback: tuple[str, ...]
    finished: bool
    explanation: str | None
    attempts_used: int
    attempts_allowed: int | None
    counted: bool
    hints_used: int
    hint_cost: float = 0.0
    #: The right answer in words (only once the question is finished).
    answers: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def attempts_left(self) -> int | None:
        if self.attempts_allowed is None:
            return None
        return max(0, self.attempts_allowed - self.attempts_used)

    @property
    def correct(self) -> bool:
        """The answer checked now is right in every item."""
        return bool(self.items) and all(item.status == "right" for item in self.items)

    def report(self) -> str:
        """Feedback and, when the question is finished, the explanation, as plain lines."""
        lines = list(self.feedback)
        if self.explanation:
            lines.append(f"Explanation: {self.explanation}")
        lines += list(self.answers)
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question, "status": self.status, "points": self.points, "possible": self.possible,
            "attempt_points": self.attempt_points, "items": [i.to_dict() for i in self.items],
            "feedback": list(self.feedback), "finished": self.finished, "explanation": self.explanation,
            "attempts_used": self.attempts_used, "attempts_allowed": self.attempts_allowed,
            "attempts_left": self.attempts_left, "counted": self.counted, "hints_used": self.hints_used,
            "hint_cost": self.hint_cost, "answers": list(self.answers),
        }

    def __str__(self) -> str:
        return self.report()

    def _repr_pretty_(self, printer, cycle) -> None:  # a bare result in a notebook cell prints the feedback
        printer.text(self.report())


@dataclass(frozen=True)
class HintResult:
    """A hint revealed (or the news that there are no more), and what it cost."""

    question: str
    number: int  # 1-based; 0 when the question has no hints
    total: int
    text: str
    cost: float
    points: float
    possible: float
    message: str

    @property
    def more(self) -> bool:
        return self.number < self.total

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return self.message

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.message)
