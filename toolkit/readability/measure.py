"""Readability of an article, seen whole (as textstat sees it) and part by part.

`measure(article)` counts each sentence once and adds the counts up into views: the whole
page with textstat's sentence count, the prose (paragraph sentences, the toolkit's
boundaries), each block kind, each named part (the sample's framing and body) and each
run of paragraphs. Every view carries its scores, the reasons any score was withheld, and
warnings in plain words. Each sentence gets its own words, syllables, long words and a grade
estimate, so the hardest ones can be shown the way a writing coach would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Sequence

from toolkit.article.block_kinds import BLOCK_KINDS
from toolkit.article.model import Article, Block, Sentence
from toolkit.readability.checks import article_warnings, view_warnings
from toolkit.readability.counting import (TOKEN, Counts, Stretch, Word, add_up, linsear_sample_of_page, linsear_sample_of_sentences,
                       measure_stretch)
from toolkit.readability.formulas import FORMULAS, scores
from toolkit.readability.word_facts import lexicon
from toolkit.text.frozen_records import quick_maker

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass(frozen=True)
class LongWord:
    """A word of three or more syllables, with its offsets in the article text."""

    text: str
    start: int
    end: int
    syllables: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "syllables": self.syllables}


@dataclass(frozen=True)
class SentenceReadability:
    """One sentence measured on its own: its length, its long words and a grade estimate."""

    id: str
    index: int
    block: int
    kind: str
    part: str | None
    start: int
    end: int
    text: str
    words: int
    syllables: int
    unfamiliar_words: int
    long_words: tuple[LongWord, ...]
    grade: float | None  # Flesch-Kincaid grade of this sentence alone; None without words

    @property
    def syllables_per_word(self) -> float | None:
        return self.syllables / self.words if self.words else None

    @property
    def why(self) -> str:
        """Why this sentence is hard or easy, in words a student can check."""
        if not self.words:
            return "no words to measure"
        long_part = (f"{len(self.long_words)} long word{'s' if len(self.long_words) != 1 else ''}"
                     + (f" ({', '.join(_unique(w.text for w in self.long_words)[:4])})" if self.long_words else ""))
        return (f"{self.words} word{'s' if self.words != 1 else ''} long, {long_part}, "
                f"{self.syllables_per_word:.2f} syllables a word")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "index": self.index, "block": self.block, "kind": self.kind, "part": self.part,
            "start": self.start, "end": self.end, "text": self.text, "words": self.words,
            "syllables": self.syllables, "syllables_per_word": self.syllables_per_word,
            "unfamiliar_words": self.unfamiliar_words,
            "long_words": [w.to_dict() for w in self.long_words],
            "grade": self.grade, "why": self.why,
        }


@dataclass(frozen=True)
class ReadabilityView:
    """The scores of one view of a text (the whole page, the prose, a part, a block kind)."""

    key: str  # "whole", "prose", "part:framing", "kind:list_item", "group:1"
    name: str  # "the framing"
    description: str
    sentence_source: str  # "textstat" (the whole page) or "toolkit"
    sentence_ids: tuple[str, ...]
    counts: Counts
    scores: Mapping[str, float | None]
    withheld: Mapping[str, str]  # formula -> why it has no score
    warnings: tuple[str, ...]

    def __getitem__(self, metric: str) -> float | None:
        return self.scores[metric]

    @property
    def title(self) -> str:
        """The name with a capital letter, for headings and legends."""
        return self.name[:1].upper() + self.name[1:]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "description": self.description,
            "sentence_source": self.sentence_source, "sentences": list(self.sentence_ids),
            "scores": dict(self.scores), "counts": self.counts.to_dict(), "withheld": dict(self.withheld),
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ArticleReadability:
    """Readability of an article: whole page, prose, per kind, per part, per paragraph group, per sentence."""

    title: str | None
    content_hash: str
    whole: ReadabilityView
    prose: ReadabilityView
    by_kind: Mapping[str, ReadabilityView]
    by_part: Mapping[str, ReadabilityView]
    by_group: Mapping[str, ReadabilityView]
    sentences: tuple[SentenceReadability, ...]
    warnings: tuple[str, ...]
    _index: Mapping[str, SentenceReadability] = field(default_factory=dict, repr=False, compare=False)

    def views(self) -> dict[str, ReadabilityView]:
        """Every view by key, in the order a chooser lists them: whole, prose, parts, groups, kinds."""
        ordered = {"whole": self.whole, "prose": self.prose}
        for group in (self.by_part, self.by_group, self.by_kind):
            for view in group.values():
                ordered.setdefault(view.key, view)
        return ordered

    def view(self, name: str) -> ReadabilityView:
        """A view by key ("whole", "part:body") or plain name ("body", "list_item", "group 1")."""
        views = self.views()
        if name in views:
            return views[name]
        for prefix, group in (("part:", self.by_part), ("group:", self.by_group), ("kind:", self.by_kind)):
            if name in group:
                return group[name]
            if prefix + name in views:
                return views[prefix + name]
        raise KeyError(f"no view {name!r}; choose one of {', '.join(views)}")

    def sentence(self, sentence_id: str) -> SentenceReadability:
        return self._index[sentence_id]

    def sentences_of(self, view: str | ReadabilityView) -> tuple[SentenceReadability, ...]:
        """The measured sentences of a view (the whole page: every sentence the toolkit found)."""
        chosen = self.view(view) if isinstance(view, str) else view
        return tuple(self._index[i] for i in chosen.sentence_ids)

    def hardest(self, n: int = 3, view: str | ReadabilityView = "prose") -> tuple[SentenceReadability, ...]:
        """The `n` sentences of a view with the highest grade estimate, hardest first."""
        measured = [s for s in self.sentences_of(view) if s.grade is not None]
        measured.sort(key=lambda s: (-s.grade, s.index))
        return tuple(measured[:max(0, n)])

    def to_dict(self, sentences: bool = True) -> dict[str, Any]:
        """The `readability` section of the analyze report: flat scores per view, then the details."""
        data: dict[str, Any] = {
            "whole": dict(self.whole.scores),
            "prose": dict(self.prose.scores),
            "by_kind": {kind: dict(view.scores) for kind, view in self.by_kind.items()},
            "by_part": {name: dict(view.scores) for name, view in self.by_part.items()},
            "by_group": {name: dict(view.scores) for name, view in self.by_group.items()},
            "warnings": list(self.warnings),
            "hardest": [s.id for s in self.hardest(3)],
            "views": {key: view.to_dict() for key, view in self.views().items()},
        }
        if sentences:
            data["sentences"] = [s.to_dict() for s in self.sentences]
        return data


def measure(article: Article | str) -> ArticleReadability:
    """Measure an article: every formula for every view, and each sentence on its own.

    Plain text (a `str`) is measured as prose with `measure_text`. Named parts come from the
    article's metadata (`parts`); without them each run of paragraphs is a part ("group 1").
    """
    if isinstance(article, str):
        return measure_text(article)
    if not isinstance(article, Article):
        raise TypeError(f"measure needs an Article or text, not {type(article).__name__}")
    lex = lexicon()
    text = article.text
    memo: dict = {}  # piece between spaces -> what it counts as (see counting.piece_facts), once per article
    stretches = {s.id: measure_stretch(text, s.start, s.end, lex, memo) for s in article.sentences}

    parts = {block: name for name, blocks in article.parts.items() for block in blocks}
    measured = tuple(_sentence(article, s, stretches[s.id], parts.get(s.block)) for s in article.sentences)
    index = {s.id: s for s in measured}

    whole = _whole_view(article, stretches, lex, memo)
    prose = _view(article, "prose", "the prose", "the sentences of the paragraphs, with the toolkit's sentence "
                  "boundaries (no title, lists, captions, credits or site text)",
                  article.prose_sentences(), stretches, index)
    by_kind = {}
    for kind in _kinds_present(article.blocks):
        chosen = tuple(s for s in article.sentences if article.blocks[s.block].kind == kind)
        by_kind[kind] = (prose if kind == "paragraph" else
                         _view(article, f"kind:{kind}", (BLOCK_KINDS[kind].view_name if kind in BLOCK_KINDS else kind), f"every {kind.replace('_', ' ')} "
                               "block, one sentence per line for titles, headings and list items",
                               chosen, stretches, index))
    by_part = {name: _view(article, f"part:{name}", _part_name(name), f"the paragraphs of the part named '{name}'",
                           _sentences_of_blocks(article, blocks), stretches, index)
               for name, blocks in article.parts.items()}
    by_group = {f"group {n}": _view(article, f"group:{n}", f"paragraph group {n}",
                                    f"the run of paragraphs number {n}, between lists, captions or credits",
                                    _sentences_of_blocks(article, blocks), stretches, index)
                for n, blocks in enumerate(article.paragraph_groups, start=1)}

    warnings = article_warnings(article, whole, prose, by_kind, by_part)
    return ArticleReadability(
        title=article.title, content_hash=article.content_hash, whole=whole, prose=prose,
        by_kind=MappingProxyType(by_kind), by_part=MappingProxyType(by_part), by_group=MappingProxyType(by_group),
        sentences=measured, warnings=warnings, _index=MappingProxyType(index),
    )


def measure_text(text: str) -> ArticleReadability:
    """Measure a piece of plain prose (no title, lists or captions): every paragraph counts.

    On such text the `prose` view gives textstat's numbers wherever the toolkit's sentences and
    textstat's agree. Raises ValueError with a plain message when there is nothing to measure.
    """
    if not isinstance(text, str):
        raise ValueError(f"measure_text needs text (a str), not {type(text).__name__}")
    if "\x00" in text:
        raise ValueError("this looks like a binary file, not text: there is nothing to measure")
    if not text.strip():
        raise ValueError("there is no text to measure: the text is empty")
    return measure(prose_article(text))


def prose_article(text: str) -> Article:
    """An `Article` in which every blank-line-separated piece of `text` is a paragraph (no title).

    Line endings become `\n`, as everywhere in the toolkit; offsets index the returned article's text.
    """
    from toolkit.article.sentences import split_sentences

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    position = 0
    pieces = [*_PARAGRAPH_BREAK.finditer(text), None]
    for found in pieces:
        end = found.start() if found else len(text)
        start, stop = _strip(text, position, end)
        if start < stop:
            block = Block(index=len(blocks), kind="paragraph", start=start, end=stop, text=text[start:stop])
            blocks.append(block)
            for s, e in split_sentences(text, start, stop) or [(start, stop)]:
                sentences.append(Sentence(index=len(sentences) + 1, block=block.index, start=s, end=e, text=text[s:e]))
        position = found.end() if found else len(text)
    return Article(text=text, title=None, metadata={}, blocks=tuple(blocks), sentences=tuple(sentences))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: A long article has thousands of sentences and long words: each record made without the frozen guard's
#: cost (toolkit.text.frozen_records), the very records the classes would make.
_make_sentence = quick_maker(SentenceReadability)
_make_long_word = quick_maker(LongWord)


def _sentence(article: Article, sentence: Sentence, stretch: Stretch, part: str | None) -> SentenceReadability:
    words, syllables = stretch.words, stretch.syllables
    grade = (0.39 * words) + (11.8 * (syllables / words)) - 15.59 if words else None
    return _make_sentence(
        id=sentence.id, index=sentence.index, block=sentence.block, kind=article.blocks[sentence.block].kind,
        part=part, start=sentence.start, end=sentence.end, text=sentence.text, words=words, syllables=syllables,
        unfamiliar_words=stretch.unfamiliar_words,
        long_words=tuple(map(_long_word, repeat(article.text), stretch.long_words)) if stretch.long_words else (),
        grade=grade,
    )


def _long_word(text: str, word: Word) -> LongWord:
    """The long word's letters only: the token's offsets trimmed of quotes and punctuation."""
    start, end = word.start, word.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if start == end:
        start, end = word.start, word.end
    return _make_long_word(text[start:end], start, end, word.syllables)  # (by position, in field order)


def _view(article: Article, key: str, name: str, description: str, sentences: Sequence[Sentence],
          stretches: Mapping[str, Stretch], index: Mapping[str, SentenceReadability]) -> ReadabilityView:
    chosen = [stretches[s.id] for s in sentences]
    counts = add_up(chosen, len(chosen), linsear_sample_of_sentences(chosen))
    values, withheld = scores(counts, lexicon().constants)
    ids = tuple(s.id for s in sentences)
    return ReadabilityView(
        key=key, name=name, description=description, sentence_source="toolkit", sentence_ids=ids, counts=counts,
        scores=MappingProxyType(values), withheld=MappingProxyType(withheld),
        warnings=view_warnings(name, counts, values, withheld, [index[i] for i in ids]),
    )


def _whole_view(article: Article, stretches: Mapping[str, Stretch], lex, memo) -> ReadabilityView:
    """The page as textstat reads it: every word of the text, and textstat's own sentence count."""
    text = article.text
    pieces = _page_pieces(text, [stretches[s.id] for s in article.sentences], lex, memo)
    page_sentences = lex.count_sentences(text)
    linsear = linsear_sample_of_page(text, pieces, page_sentences, lex)
    counts = add_up(pieces, page_sentences, linsear)
    values, withheld = scores(counts, lex.constants)
    return ReadabilityView(
        key="whole", name="the whole page",
        description="all the text on the page, with textstat's own sentence count (it looks for . ! and ?)",
        sentence_source="textstat", sentence_ids=tuple(s.id for s in article.sentences), counts=counts,
        scores=MappingProxyType(values), withheld=MappingProxyType(withheld),
        warnings=view_warnings("the whole page", counts, values, withheld, []),
    )


def _page_pieces(text: str, sentences: list[Stretch], lex, memo) -> list[Stretch]:
    """The sentences plus the text between them, when they cut the page only at spaces; else the page in one piece."""
    pieces: list[Stretch] = []
    position = 0
    for stretch in sorted(sentences, key=lambda s: s.start):
        if stretch.start < position:  # overlapping sentences cannot be added up
            return [measure_stretch(text, 0, len(text), lex, memo)]
        if stretch.start > position and TOKEN.search(text, position, stretch.start):
            pieces.append(measure_stretch(text, position, stretch.start, lex, memo))
        pieces.append(stretch)
        position = stretch.end
    if position < len(text) and TOKEN.search(text, position):
        pieces.append(measure_stretch(text, position, len(text), lex, memo))
    for piece in pieces[1:]:
        edge = piece.start
        if not text[edge - 1].isspace() and not text[edge].isspace():  # a word cut in two
            return [measure_stretch(text, 0, len(text), lex, memo)]
    return pieces


def _kinds_present(blocks: Iterable[Block]) -> list[str]:

    present = {b.kind for b in blocks}
    return [k for k in BLOCK_KINDS if k in present] + sorted(present - set(BLOCK_KINDS))


def _sentences_of_blocks(article: Article, blocks: Iterable[int]) -> tuple[Sentence, ...]:
    return tuple(s for b in blocks for s in article.sentences_in(b))


def _part_name(name: str) -> str:
    if name.startswith("group "):
        return f"paragraph {name}"
    return name if name.startswith("the ") else f"the {name}"


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


__all__ = ["ArticleReadability", "LongWord", "ReadabilityView", "SentenceReadability", "measure", "measure_text",
           "prose_article", "FORMULAS"]
