"""Which part of the article a question is about, named the way a student finds it.

An instructor writes a passage as one of::

    passage: {paragraph: 1}            # paragraph numbers, as the annotation widget shows them
    passage: {paragraphs: [1, 2]}
    passage: {part: framing}           # a named part of the article (its metadata's `parts`)
    passage: {kind: list_item}         # every block of a kind: list_item, caption, credit, ...

The build turns it into block indexes and a place in words ("paragraphs 1 and 2"), which
is what the built spec keeps; questions then work with `Passage`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from toolkit.article.model import Article
from toolkit.article.block_kinds import BLOCK_KINDS
from toolkit.article.places import paragraph_numbers

SELECTORS = ("paragraph", "paragraphs", "part", "kind")


class PassageError(ValueError):
    """A passage selector that does not fit the article (the message says why)."""


@dataclass(frozen=True)
class Passage:
    """Some blocks of an article and what to call them."""

    blocks: tuple[int, ...]
    place: str

    def to_dict(self) -> dict[str, Any]:
        return {"blocks": list(self.blocks), "place": self.place}

    def bounds(self, article: Article) -> list[tuple[int, int]]:
        return [(article.blocks[i].start, article.blocks[i].end) for i in self.blocks]

    def text(self, article: Article) -> str:
        """The passage's words: its blocks joined by blank lines."""
        return "\n\n".join(article.blocks[i].text for i in self.blocks)

    def contains(self, article: Article, start: int, end: int) -> bool:
        """Whether `text[start:end]` lies inside the passage (it may cross between two of its blocks)."""
        inside = set(self.blocks)
        touched = [b.index for b in article.blocks if b.start < end and start < b.end]
        if not touched or any(index not in inside for index in touched):
            return False
        first, last = article.blocks[touched[0]], article.blocks[touched[-1]]
        return first.start <= start and end <= last.end

    def sentence_ids(self, article: Article) -> list[str]:
        inside = set(self.blocks)
        return [s.id for s in article.sentences if s.block in inside]

    @classmethod
    def from_dict(cls, data: Any, article: Article) -> "Passage":
        """A passage as the built spec keeps it, checked against the article."""
        if not isinstance(data, Mapping) or not isinstance(data.get("blocks"), list) or not data["blocks"]:
            raise PassageError("a passage must list its blocks")
        blocks = data["blocks"]
        if any(type(i) is not int or not 0 <= i < len(article.blocks) for i in blocks):
            raise PassageError(f"a passage's blocks must be numbers from 0 to {len(article.blocks) - 1}")
        return cls(tuple(blocks), str(data.get("place") or "the passage"))


def built_passage(fields: Any, article: Article) -> Passage:
    """The passage of a built question, or, when it does not fit the article, the first block
    with the problem recorded in `fields` (so one bad passage is reported, not fatal)."""
    try:
        return Passage.from_dict(fields.get("passage"), article)
    except PassageError as error:
        fields.problem("passage", str(error))
        return Passage((0,), "the article")


def _numbers(value: Any) -> list[int] | None:
    values = value if isinstance(value, list) else [value]
    if not values or any(type(v) is not int for v in values):
        return None
    return values


def _join(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return str(numbers[0])
    return ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"


def resolve_passage(selector: Any, article: Article) -> Passage:
    """Turn an instructor's selector into a `Passage`; raises `PassageError` saying what is wrong."""
    if not isinstance(selector, Mapping) or len(selector) != 1 or next(iter(selector)) not in SELECTORS:
        raise PassageError(f"write the passage as one of {{paragraph: 1}}, {{paragraphs: [1, 2]}}, "
                           f"{{part: NAME}} or {{kind: KIND}}, not {selector!r}")
    (kind, value), = selector.items()
    if kind in ("paragraph", "paragraphs"):
        numbers = _numbers(value)
        by_number = {number: index for index, number in paragraph_numbers(article).items()}
        if numbers is None:
            raise PassageError(f"{kind} must be a paragraph number or a list of them, not {value!r}")
        unknown = [n for n in numbers if n not in by_number]
        if unknown:
            raise PassageError(f"the article has paragraphs 1 to {len(by_number)}, not {_join(unknown)}")
        noun = "paragraph" if len(numbers) == 1 else "paragraphs"
        return Passage(tuple(by_number[n] for n in numbers), f"{noun} {_join(numbers)}")
    if kind == "part":
        if value not in article.parts:
            known = ", ".join(article.parts) or "none"
            raise PassageError(f"the article has no part {value!r} (its parts: {known})")
        blocks = article.parts[value]
        numbers = paragraph_numbers(article)
        listed = [numbers[i] for i in blocks if i in numbers]
        where = f" (paragraph{'s' if len(listed) > 1 else ''} {_join(listed)})" if listed else ""
        return Passage(tuple(blocks), f"the {value}{where}")
    blocks = tuple(b.index for b in article.blocks if b.kind == value)
    if not blocks:
        kinds = ", ".join(sorted({b.kind for b in article.blocks}))
        raise PassageError(f"the article has no blocks of kind {value!r} (it has: {kinds})")
    return Passage(blocks, (BLOCK_KINDS[value].place if value in BLOCK_KINDS else f"the {value} blocks"))
