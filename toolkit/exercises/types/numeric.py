"""A number, right within a tolerance (and, optionally, partly right a little further out).

Source::

    type: numeric
    answer: 13.0
    tolerance: 0.5             # |student - answer| <= 0.5 is right
    partial: {within: 1.5, credit: 0.5}   # optional: closer than 1.5 earns half
    unit: grade                # optional, shown beside the box

Answers: a number, or text holding one number ("13.2", "13,2", "about 13"). Feedback says
"too high" or "too low", never the answer. Built: answer and tolerances sealed.
"""

from __future__ import annotations

import math
import re
from typing import Any

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

_NUMBER = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)")
_EPSILON = 1e-9


def parse_number(value: Any) -> float:
    """A number from a widget or a student's code; `AnswerError` when there is not exactly one."""
    if isinstance(value, bool):
        raise AnswerError("Type a number, like 9.5.")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        found = _NUMBER.findall(value.strip())
        if not found:
            raise AnswerError("Type a number first, like 9.5.")
        if len(found) > 1:
            raise AnswerError("Type one number only.")
        text = found[0].replace("\u2212", "-")
        if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", text):
            text = text.replace(",", "")  # 1,200 or 1,200.5: commas group thousands
        else:
            text = text.replace(",", ".")  # 13,2: a decimal comma
        number = float(text)
    else:
        raise AnswerError("Type a number, like 9.5.")
    if math.isnan(number) or math.isinf(number):
        raise AnswerError("Type an ordinary number, like 9.5.")
    return number


def _fmt(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:,.0f}"


class Numeric(QuestionType):
    name = "numeric"
    source_fields = ("answer", "tolerance", "partial", "unit")
    built_fields = ("target", "unit")

    def __init__(self, question_id: str, article: Article, target: str, unit: str):
        self.question_id = question_id
        self.article = article
        self.target = target
        self.unit = unit

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        raw = fields.raw.get("answer")
        answer = fields.number("answer", required=True)
        tolerance = fields.number("tolerance", default=0.0, minimum=0)
        partial = fields.get("partial")
        within, credit = None, None
        if partial is not None:
            part = Fields(partial, fields.at("partial"), fields.problems, ("within", "credit"))
            within = part.number("within", required=True, minimum=0)
            credit = part.number("credit", default=0.5, above=0, maximum=1)
            if within is not None and tolerance is not None and within <= tolerance:
                part.problem("within", f"must be more than the tolerance ({tolerance:g})")
            if credit is not None and credit >= 1:
                part.problem("credit", "must be less than 1 (full credit is for answers within the tolerance)")
        unit = fields.text("unit", required=False, default="") or ""
        target = {"answer": answer, "tolerance": tolerance or 0.0, "within": within, "credit": credit}
        secrets = [("answer", str(raw))] if answer is not None else []
        return Compiled({"target": context.seal("target", target), "unit": unit}, tuple(secrets))

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "Numeric":
        return cls(question_id, article, fields.text("target") or "", fields.text("unit", required=False) or "")

    def parse_answer(self, answer: Any) -> Any:
        return parse_number(answer)

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        target = self.open(sealer, "target", self.target)
        value, tolerance = target["answer"], target["tolerance"]
        distance = abs(answer - value)
        if distance <= tolerance + _EPSILON:
            item = ItemResult("number", "right", 1.0, 1.0, "right", _fmt(answer))
            line = f"Your answer, {_fmt(answer)}, is right" + (" (close enough)." if distance > _EPSILON else ".")
            return Grade(1.0, (item,), (line,), ("number", "numbers"))
        direction = "too high" if answer > value else "too low"
        within, credit = target.get("within"), target.get("credit")
        if within is not None and distance <= within + _EPSILON:
            item = ItemResult("number", "partly", credit, 1.0, f"close, but a little {direction}", _fmt(answer))
            return Grade(credit, (item,), (f"Your answer, {_fmt(answer)}, is close, but a little {direction}.",),
                         ("number", "numbers"))
        item = ItemResult("number", "wrong", 0.0, 1.0, direction, _fmt(answer))
        return Grade(0.0, (item,), (f"Your answer, {_fmt(answer)}, is {direction}.",), ("number", "numbers"))

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        target = self.open(sealer, "target", self.target)
        value, tolerance = target["answer"], target["tolerance"]
        unit = f" ({self.unit})" if self.unit else ""
        if tolerance:
            return (f"The answer: {_fmt(value)}{unit}; anything from {_fmt(value - tolerance)} to "
                    f"{_fmt(value + tolerance)} counted as right.",)
        return (f"The answer: {_fmt(value)}{unit}.",)
