"""A neutral rewrite of a loaded passage, credited by `toolkit.loaded.rewrite_comparison.compare_rewrite`.

Source::

    type: rewrite
    passage: {paragraph: 2}
    min_drop_share: 0.6        # share of the loaded wording that must be gone (default 0.6)
    min_facts_kept: 0.8        # share of the original's claims that must stay, honestly (default 0.8)
    example: Turkey is now strengthening ...   # optional: a model rewrite, shown when finished

Two items, half the credit each: loaded wording removed (full marks at `min_drop_share`),
claims kept honestly (full marks at `min_facts_kept`): a claim stated flatly that the original
gave no evidence for, or credited to a source the original never named, does not count
(`toolkit.loaded.claims_kept`). The question is right when both bars are met.
The example must meet them too (the build checks). Built: the example sealed.
"""

from __future__ import annotations

from typing import Any

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields
from toolkit.exercises.passages import Passage, PassageError, built_passage, resolve_passage
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

MAX_REWRITE = 5000


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split()).lower()


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


class Rewrite(QuestionType):
    name = "rewrite"
    source_fields = ("passage", "min_drop_share", "min_facts_kept", "example")
    built_fields = ("passage", "min_drop_share", "min_facts_kept", "example")

    def __init__(self, question_id: str, article: Article, passage: Passage, min_drop_share: float,
                 min_facts_kept: float, example: str | None):
        self.question_id = question_id
        self.article = article
        self.passage = passage
        self.min_drop_share = min_drop_share
        self.min_facts_kept = min_facts_kept
        self.example = example

    @property
    def original(self) -> str:
        return self.passage.text(self.article)

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        passage = None
        if not fields.has("passage"):
            fields.problem("passage", "is missing")
        else:
            try:
                passage = resolve_passage(fields.get("passage"), context.article)
            except PassageError as error:
                fields.problem("passage", str(error))
        drop = fields.number("min_drop_share", default=0.6, above=0, maximum=1)
        facts = fields.number("min_facts_kept", default=0.8, minimum=0, maximum=1)
        example = fields.text("example", required=False)
        if passage is None:
            return Compiled({})
        question = cls(context.question_id, context.article, passage, drop, facts, None)
        if example:
            from toolkit.loaded.rewrite_comparison import compare_rewrite

            result = compare_rewrite(question.original, example)
            if not result.meets(min_drop_share=drop, min_facts_kept=facts):
                fields.problem("example", f"does not meet the question's own bar (loaded wording gone: "
                                          f"{_percent(result.loaded_drop_share)}, facts kept: "
                                          f"{_percent(result.claims_kept_share)}): {' '.join(result.feedback())}")
        data = {"passage": passage.to_dict(), "min_drop_share": drop, "min_facts_kept": facts,
                "example": context.seal("example", example) if example else None}
        return Compiled(data, (("text", example),) if example else ())

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "Rewrite":
        passage = built_passage(fields, article)
        return cls(question_id, article, passage, fields.number("min_drop_share", default=0.6, above=0, maximum=1),
                   fields.number("min_facts_kept", default=0.8, minimum=0, maximum=1), fields.get("example"))

    def parse_answer(self, answer: Any) -> Any:
        if not isinstance(answer, str) or not answer.strip():
            raise AnswerError("Write your rewrite in the box first.")
        if len(answer) > MAX_REWRITE:
            raise AnswerError(f"Keep your rewrite under {MAX_REWRITE:,} characters.")
        if _flat(answer) == _flat(self.original):
            raise AnswerError("Your rewrite is the same as the original: change the loaded words, keep the facts.")
        return answer.strip()

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        from toolkit.loaded.rewrite_comparison import compare_rewrite

        result = compare_rewrite(self.original, answer)
        drop_credit = min(1.0, result.loaded_drop_share / self.min_drop_share)
        facts_credit = 1.0 if self.min_facts_kept == 0 else min(1.0, result.claims_kept_share / self.min_facts_kept)

        def status(credit: float) -> str:
            return "right" if credit >= 1 else "partly" if credit > 0 else "wrong"

        items = (
            ItemResult("loaded", status(drop_credit), round(drop_credit, 4), 0.5,
                       f"{result.loaded_before - result.loaded_after if result.loaded_drop > 0 else 0} of the "
                       f"{result.loaded_before} loaded words or phrases gone", "loaded wording removed"),
            ItemResult("facts", status(facts_credit), round(facts_credit, 4), 0.5,
                       f"{sum(1 for c in result.claims if c.honest)} of the original's {len(result.claims)} "
                       f"claim{'s' if len(result.claims) != 1 else ''} kept, and kept honest", "claims kept"),
        )
        marks = {"right": "\u2714", "partly": "\u25d0", "wrong": "\u2718"}
        lines = [f"{marks[i.status]} {i.label.capitalize()}: {i.feedback}." for i in items]
        lines += result.feedback()
        credit = (drop_credit + facts_credit) / 2
        return Grade(round(credit, 4), items, tuple(lines), ("part", "parts"))

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        example = self.open(sealer, "example", self.example, "")
        return (f"One neutral version: {example}",) if example else ()
