"""A short written answer (or a few blanks), matched by its normal form (`toolkit.exercises.textforms`).

Source, one blank::

    type: short_text
    answers: [The Harbour Times, Harbour Times, harbourtimes.example]
    near:                                  # optional: common wrong answers, with feedback
      - answer: Island Wire
        feedback: Island Wire took the photo. Which outlet does the credit line name?

or several blanks::

    blanks:
      - label: Photo agency
        answers: [Reuters]
      - label: Photographer
        answers: [Grigory Dukor, Dukor]
    any_order: false

Case, accents, punctuation and the words "the", "a", "an" do not matter; spelling does.
Built: a digest of every accepted normal form per blank (so each blank is checked on its
own), the near answers' digests with their feedback sealed, the first accepted answer
sealed for showing once the question is finished.
"""

from __future__ import annotations

from typing import Any, Mapping

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields, path_of
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.textforms import normal_form
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

MAX_ANSWER = 200


class ShortText(QuestionType):
    name = "short_text"
    source_fields = ("answers", "near", "blanks", "any_order")
    built_fields = ("blanks", "any_order")

    def __init__(self, question_id: str, article: Article, blanks: list[dict[str, Any]], any_order: bool):
        self.question_id = question_id
        self.article = article
        self.blanks = blanks  # [{"id", "label", "forms", "near": [{"form", "feedback"}], "shown"}]
        self.any_order = any_order

    # ----- building ----------------------------------------------------------------------

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        if fields.has("blanks") == fields.has("answers"):
            fields.problem("answers", "give either `answers` (one blank) or `blanks` (several), not both or neither")
            return Compiled({})
        if fields.has("blanks"):
            raws = [Fields(raw, path_of(fields.at("blanks"), n), fields.problems, ("label", "answers", "near"))
                    for n, raw in enumerate(fields.items("blanks", minimum=1))]
        else:
            if fields.has("any_order"):
                fields.problem("any_order", "only means something with several blanks")
            raws = [fields]
        blanks, secrets = [], []
        for number, blank in enumerate(raws, start=1):
            blank_id = f"b{number}"
            label = blank.text("label", required=False) if blank is not fields else None
            accepted = blank.items("answers", minimum=1)
            forms = []
            for answer in accepted:
                form = normal_form(str(answer)) if isinstance(answer, (str, int, float)) else ""
                if not form:
                    blank.problem("answers", f"{answer!r} has no letters or digits to match")
                    continue
                forms.append(form)
                secrets.append(("answer", str(answer).strip()))
            near = []
            for n, raw in enumerate(blank.items("near", required=False)):
                entry = Fields(raw, path_of(blank.at("near"), n), fields.problems, ("answer", "feedback"))
                wrong, feedback = entry.text("answer"), entry.text("feedback")
                if not wrong or not feedback:
                    continue
                if normal_form(wrong) in forms:
                    entry.problem("answer", f"{wrong!r} is also an accepted answer")
                    continue
                near.append({"form": context.digest(f"blank:{blank_id}:near", normal_form(wrong)),
                             "feedback": context.seal(f"blank:{blank_id}:near:{normal_form(wrong)}", feedback)})
                secrets.append(("text", feedback))
            blanks.append({
                "id": blank_id, "label": label or "",
                "forms": sorted({context.digest(f"blank:{blank_id}", form) for form in forms}),
                "near": sorted(near, key=lambda item: item["form"]),
                "shown": context.seal(f"blank:{blank_id}:shown", str(accepted[0]).strip() if accepted else ""),
            })
        any_order = fields.boolean("any_order", False)
        if len(blanks) > 1 and any(not b["label"] for b in blanks):
            fields.problem("blanks", "give every blank a `label` (what to write in it)")
        return Compiled({"blanks": blanks, "any_order": any_order}, tuple(secrets))

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "ShortText":
        blanks = []
        for number, raw in enumerate(fields.items("blanks", minimum=1)):
            blank = Fields(raw, path_of(fields.at("blanks"), number), fields.problems,
                           ("id", "label", "forms", "near", "shown"))
            blanks.append({"id": blank.text("id") or f"b{number + 1}",
                           "label": blank.text("label", required=False) or "",
                           "forms": list(blank.items("forms", minimum=1)),
                           "near": list(blank.items("near", required=False)), "shown": blank.get("shown")})
        return cls(question_id, article, blanks, fields.boolean("any_order", False))

    # ----- answering ---------------------------------------------------------------------

    def parse_answer(self, answer: Any) -> Any:
        count = len(self.blanks)
        if isinstance(answer, Mapping):
            by_name = {}
            for blank in self.blanks:
                for key in (blank["id"], blank["label"]):
                    if key in answer:
                        by_name[blank["id"]] = answer[key]
            answer = [by_name.get(blank["id"], "") for blank in self.blanks]
        if isinstance(answer, str) and count == 1:
            answer = [answer]
        if not isinstance(answer, (list, tuple)) or len(answer) != count:
            raise AnswerError("Type your answer in the box." if count == 1 else f"Fill in all {count} blanks.")
        values = []
        for blank, value in zip(self.blanks, answer):
            if value is None:
                value = ""
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise AnswerError("Answers must be words.")
            value = str(value).strip()
            if len(value) > MAX_ANSWER:
                raise AnswerError(f"Keep each answer under {MAX_ANSWER} characters: a name or a few words.")
            values.append(value)
        empty = [blank["label"] or "the answer" for blank, value in zip(self.blanks, values) if not normal_form(value)]
        if empty:
            verb = "is" if len(empty) == 1 else "are"
            raise AnswerError("Type your answer first." if count == 1 else
                              f"Fill in every blank first: {', '.join(empty)} {verb} empty.")
        return values

    def _accepts(self, blank: dict[str, Any], value: str, sealer: Sealer) -> bool:
        return sealer.matches(self.question_id, f"blank:{blank['id']}", normal_form(value), blank["forms"])

    def _near(self, blank: dict[str, Any], value: str, sealer: Sealer) -> str | None:
        form = normal_form(value)
        for near in blank.get("near") or []:
            if sealer.matches(self.question_id, f"blank:{blank['id']}:near", form, near.get("form", "")):
                return self.open(sealer, f"blank:{blank['id']}:near:{form}", near.get("feedback"), "")
        return None

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        pairs = list(zip(self.blanks, answer))
        if self.any_order:
            pairs = self._pair_any_order(answer, sealer)
        weight = 1 / len(self.blanks)
        items, lines = [], []
        for blank, value in pairs:
            name = blank["label"] or "Your answer"
            if self._accepts(blank, value, sealer):
                items.append(ItemResult(blank["id"], "right", 1.0, weight, "right", value))
                lines.append(f"\u2714 {name}: \u201c{value}\u201d is right.")
                continue
            near = self._near(blank, value, sealer)
            message = near or "not what the question is after: check the spelling, then look again at the article."
            items.append(ItemResult(blank["id"], "wrong", 0.0, weight, message, value))
            lines.append(f"\u2718 {name}: \u201c{value}\u201d is {message}" if not near
                         else f"\u2718 {name}: \u201c{value}\u201d: {near}")
        credit = sum(i.credit * i.weight for i in items)
        return Grade(round(credit, 4), tuple(items), tuple(lines), ("blank", "blanks"))

    def _pair_any_order(self, answer: list[str], sealer: Sealer) -> list[tuple[dict[str, Any], str]]:
        """Give each answer the blank it fits, if any; the rest keep their places."""
        free = list(range(len(self.blanks)))
        placed: dict[int, str] = {}
        left = []
        for value in answer:
            fit = next((i for i in free if self._accepts(self.blanks[i], value, sealer)), None)
            if fit is None:
                left.append(value)
            else:
                placed[fit] = value
                free.remove(fit)
        for index, value in zip(free, left):
            placed[index] = value
        return [(self.blanks[i], placed[i]) for i in range(len(self.blanks))]

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        shown = [(blank["label"], self.open(sealer, f"blank:{blank['id']}:shown", blank.get("shown"), ""))
                 for blank in self.blanks]
        if len(shown) == 1:
            return (f"The answer: {shown[0][1]}.",)
        return ("The answers: " + "; ".join(f"{label}: {value}" for label, value in shown) + ".",)
