"""Multiple choice: one right answer, or several ("choose all that apply"), with feedback per option.

Source::

    type: choice
    multiple: false            # optional; true when more than one option is right
    options:
      - text: Its sentences are longer.
        correct: true
        feedback: Yes: 0.39 grades for every extra word per sentence.
      - text: It is an opinion.
        feedback: No formula reads for meaning.

Built: each option keeps its text, a digest saying whether it is right, and its feedback
sealed. Credit with several right answers: (right ones chosen - wrong ones chosen) / right
ones, never below 0, so choosing everything earns nothing.
"""

from __future__ import annotations

import string
from typing import Any

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields, path_of
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.textforms import normal_form
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

RIGHT, NOT_RIGHT = "correct", "not correct"
MAX_OPTIONS = 12


def option_ids(count: int) -> list[str]:
    return list(string.ascii_lowercase[:count])


class Choice(QuestionType):
    name = "choice"
    source_fields = ("options", "multiple")
    built_fields = ("options", "multiple")

    def __init__(self, question_id: str, article: Article, multiple: bool, options: list[dict[str, Any]]):
        self.question_id = question_id
        self.article = article
        self.multiple = multiple
        self.options = options  # [{"id", "text", "mark", "feedback"}]

    # ----- building ----------------------------------------------------------------------

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        raw_options = fields.items("options", minimum=2)
        if len(raw_options) > MAX_OPTIONS:
            fields.problem("options", f"has {len(raw_options)} options; keep it to {MAX_OPTIONS} or fewer")
        ids = option_ids(min(len(raw_options), MAX_OPTIONS))
        built, secrets, right, seen = [], [], 0, set()
        for number, (option_id, raw) in enumerate(zip(ids, raw_options)):
            where = path_of(fields.at("options"), number)
            option = Fields(raw, where, fields.problems, ("text", "correct", "feedback"))
            text = option.text("text") or ""
            correct = option.boolean("correct", False)
            feedback = option.text("feedback", required=False)
            if normal_form(text) in seen and text:
                option.problem("text", "repeats another option")
            seen.add(normal_form(text))
            right += correct
            record = {"id": option_id, "text": text,
                      "mark": context.digest(f"option:{option_id}", RIGHT if correct else NOT_RIGHT)}
            if feedback:
                record["feedback"] = context.seal(f"option:{option_id}:feedback", feedback)
                secrets.append(("text", feedback))
            built.append(record)
        multiple = fields.boolean("multiple", right > 1)
        if raw_options and right == 0:
            fields.problem("options", "no option is marked `correct: true`")
        elif not multiple and right > 1:
            fields.problem("multiple", f"is false, but {right} options are marked correct")
        return Compiled({"multiple": multiple, "options": built}, tuple(secrets))

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "Choice":
        options = []
        for number, raw in enumerate(fields.items("options", minimum=2)):
            where = path_of(fields.at("options"), number)
            option = Fields(raw, where, fields.problems, ("id", "text", "mark", "feedback"))
            options.append({"id": option.text("id") or "", "text": option.text("text") or "",
                            "mark": option.text("mark") or "", "feedback": option.get("feedback")})
        return cls(question_id, article, fields.boolean("multiple", False), options)

    # ----- answering ---------------------------------------------------------------------

    def _find(self, value: Any) -> str:
        if isinstance(value, str):
            wanted = value.strip()
            for option in self.options:
                if wanted.lower() == option["id"]:
                    return option["id"]
            for option in self.options:
                if normal_form(wanted) == normal_form(option["text"]):
                    return option["id"]
        letters = ", ".join(option["id"] for option in self.options)
        raise AnswerError(f"There is no option {value!r} here: answer with a letter ({letters}) or an option's words.")

    def parse_answer(self, answer: Any) -> Any:
        if answer is None or answer == "" or (isinstance(answer, (list, tuple, set, frozenset)) and not answer):
            raise AnswerError("Choose an answer first." if not self.multiple else
                              "Choose at least one answer first.")
        if isinstance(answer, (list, tuple, set, frozenset)):
            chosen = sorted({self._find(value) for value in answer})
        else:
            chosen = [self._find(answer)]
        if not self.multiple:
            if len(chosen) > 1:
                raise AnswerError("Choose one answer only.")
            return chosen[0]
        return chosen

    def _is_right(self, option: dict[str, Any], sealer: Sealer) -> bool:
        return sealer.matches(self.question_id, f"option:{option['id']}", RIGHT, option["mark"])

    def _feedback(self, option: dict[str, Any], sealer: Sealer) -> str:
        return self.open(sealer, f"option:{option['id']}:feedback", option.get("feedback"), "") or ""

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        chosen = set([answer] if isinstance(answer, str) else answer)
        items, lines = [], []
        right_options = [o for o in self.options if self._is_right(o, sealer)]
        for option in self.options:
            if option["id"] not in chosen:
                continue
            right = self._is_right(option, sealer)
            feedback = self._feedback(option, sealer)
            items.append(ItemResult(option["id"], "right" if right else "wrong", 1.0 if right else 0.0,
                                    0.0, feedback, option["text"]))
            mark = "\u2714 right" if right else "\u2718 not right"
            lines.append(f"({option['id']}) {mark}" + (f": {feedback}" if feedback else "."))
        if not self.multiple:
            credit = 1.0 if items and items[0].status == "right" else 0.0
            items = [ItemResult(i.item, i.status, i.credit, 1.0, i.feedback, i.label) for i in items]
            return Grade(credit, tuple(items), tuple(lines), ("answer", "answers"))
        hits = sum(1 for i in items if i.status == "right")
        wrong = sum(1 for i in items if i.status == "wrong")
        missed = len(right_options) - hits
        weight = 1 / max(1, len(right_options))
        items = [ItemResult(i.item, i.status, i.credit, weight if i.status == "right" else 0.0, i.feedback, i.label)
                 for i in items]
        # Right answers left out: counted, but not named (that would give them away).
        items += [ItemResult(f"missed-{n}", "missing", 0.0, weight, "", "a right answer not chosen")
                  for n in range(1, missed + 1)]
        if missed:
            lines.append(f"{missed} right answer{'s' if missed != 1 else ''} not chosen yet.")
        if wrong:
            lines.append("Each wrong choice takes away the credit of a right one.")
        credit = max(0.0, (hits - wrong) / max(1, len(right_options)))
        total = len(right_options)
        if hits == total and not wrong:
            summary = "You chose both right answers and nothing else." if total == 2 else \
                f"You chose all {total} right answers and nothing else." if total > 1 else "Right."
        else:
            summary = f"You chose {hits} of the {total} right answer{'s' if total != 1 else ''}"
            summary += f", and {wrong} wrong one{'s' if wrong != 1 else ''}." if wrong else "."
        return Grade(round(credit, 4), tuple(items), tuple(lines), ("answer", "answers"), "not chosen", summary)

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        right = [f"({o['id']}) {o['text']}" for o in self.options if self._is_right(o, sealer)]
        if len(right) == 1:
            return (f"The right answer: {right[0]}",)
        return ("The right answers: " + "; ".join(right),)
