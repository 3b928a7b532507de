"""How much loaded language, per 100 words: overall, by category, by block and by part.

A rate per 100 words lets a student compare parts of different lengths: the sample's
framing paragraphs against its reported body, or an article against its rewrite.

Only loaded wording is counted in the overall, block and part rates: vague sourcing ("is
considered", "supposedly") is a question of who says so, which the answer keys mark as the
writer's opinion, not as loaded language (`Category.counts_as_loaded`). `by_category` still
lists it, so a table of kinds shows it beside the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from toolkit.article.model import Article
from toolkit.loaded.detect import SKIPPED_KINDS, LoadedSpan, detect
from toolkit.loaded.lexicon import Lexicon
from toolkit.text.word_count import count_words

#: Below this many words a rate per 100 words says little; the result carries a warning.
FEW_WORDS = 40


@dataclass(frozen=True)
class Rate:
    """Loaded spans in a stretch of text, and how many per 100 words."""

    words: int
    spans: int
    writer_spans: int  # spans in the writer's own voice (not inside quoted speech)
    strength: float  # the spans' strengths added up

    @property
    def per_100_words(self) -> float | None:
        return round(100 * self.spans / self.words, 2) if self.words else None

    @property
    def writer_per_100_words(self) -> float | None:
        return round(100 * self.writer_spans / self.words, 2) if self.words else None

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "spans": self.spans, "writer_spans": self.writer_spans,
                "strength": round(self.strength, 3), "per_100_words": self.per_100_words,
                "writer_per_100_words": self.writer_per_100_words}


@dataclass(frozen=True)
class BlockRate:
    """The rate in one block, with the block's kind and the part it belongs to."""

    index: int
    kind: str
    part: str | None
    rate: Rate

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "kind": self.kind, "part": self.part, **self.rate.to_dict()}


@dataclass(frozen=True)
class LoadedDensity:
    """Loaded-language rates for a whole text and its pieces."""

    overall: Rate
    by_category: dict[str, Rate] = field(default_factory=dict)
    by_block: tuple[BlockRate, ...] = ()
    by_part: dict[str, Rate] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def per_100_words(self) -> float | None:
        return self.overall.per_100_words

    def ratio(self, part: str, other: str) -> float | None:
        """How many times denser `part` is than `other` (None when `other` has no spans or words)."""
        a, b = self.by_part.get(part), self.by_part.get(other)
        if not a or not b or a.per_100_words is None or not b.per_100_words:
            return None
        return round(a.per_100_words / b.per_100_words, 2)

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall.to_dict(),
                "by_category": {name: rate.to_dict() for name, rate in self.by_category.items()},
                "by_block": [block.to_dict() for block in self.by_block],
                "by_part": {name: rate.to_dict() for name, rate in self.by_part.items()},
                "warnings": list(self.warnings)}


def density(article_or_text: Article | str, spans: Iterable[LoadedSpan] | None = None, *,
            lexicon: Lexicon | None = None) -> LoadedDensity:
    """Loaded spans per 100 words; `spans` defaults to `detect(article_or_text)`.

    For an `Article`, credit lines and site boilerplate are left out of the word counts (as
    `detect` leaves them out), and rates are given by block and by part (`Article.parts`).
    """
    found = list(detect(article_or_text, lexicon=lexicon) if spans is None else spans)
    if isinstance(article_or_text, Article):
        result = _article_density(article_or_text, found)
    elif isinstance(article_or_text, str):
        words = count_words(article_or_text)
        result = LoadedDensity(_rate(words, _loaded_wording(found)), _by_category(found, words))
    else:
        raise TypeError(f"density() takes an Article or a str, not {type(article_or_text).__name__}")
    from toolkit.text.language import looks_english

    warnings = []
    if not (article_or_text.text_layer.looks_english if isinstance(article_or_text, Article)
            else looks_english(article_or_text)):
        warnings.append("This text does not look like English: the loaded-language word list is written for English.")
    if result.overall.words < FEW_WORDS:
        warnings.append(f"Only {result.overall.words} words: a rate per 100 words says little about so short a text.")
    return LoadedDensity(result.overall, result.by_category, result.by_block, result.by_part, tuple(warnings))


def _loaded_wording(spans: list[LoadedSpan]) -> list[LoadedSpan]:
    return [s for s in spans if s.counts_as_loaded]


def _rate(words: int, spans: list[LoadedSpan]) -> Rate:
    return Rate(words, len(spans), sum(1 for s in spans if s.voice == "writer"),
                sum(s.strength for s in spans))


def _by_category(spans: list[LoadedSpan], words: int) -> dict[str, Rate]:
    names = sorted({s.category for s in spans}, key=lambda n: (-sum(s.category == n for s in spans), n))
    return {name: _rate(words, [s for s in spans if s.category == name]) for name in names}


def _article_density(article: Article, found: list[LoadedSpan]) -> LoadedDensity:
    spans = _loaded_wording(found)
    in_block: dict[int, list[LoadedSpan]] = {}
    for span in spans:
        block = span.block if span.block is not None else getattr(article.block_at(span.start), "index", None)
        if block is not None:
            in_block.setdefault(block, []).append(span)
    blocks = []
    for block in article.blocks:
        words = article.word_count(block.start, block.end)
        blocks.append(BlockRate(block.index, block.kind, article.part_of(block),
                                _rate(words, in_block.get(block.index, []))))
    counted = [b for b in blocks if b.kind not in SKIPPED_KINDS]
    total_words = sum(b.rate.words for b in counted)
    parts = {}
    position = {b.index: i for i, b in enumerate(blocks)}
    for name, indices in article.parts.items():
        # The part's blocks in article order (so the strengths add up in the same order), found by index.
        members = [blocks[i] for i in sorted({position[k] for k in indices if k in position})]
        parts[name] = Rate(sum(b.rate.words for b in members), sum(b.rate.spans for b in members),
                           sum(b.rate.writer_spans for b in members), sum(b.rate.strength for b in members))
    return LoadedDensity(_rate(total_words, spans), _by_category(found, total_words), tuple(blocks), parts)
