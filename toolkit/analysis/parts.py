"""One report on an article, part by part: how hard each part reads, how loaded it is, whose voice it is.

Lesson 6 puts the toolkit's analyses side by side: for every part of the page (the parts
named in the seed's metadata, such as the framing and the body, then the title, the list of
links, the caption, the credit line and the site's own text) the words, the Flesch-Kincaid
grade, loaded words per 100 words and the share of words that are the writer's own opinion
or credited to someone else. `findings` says in plain words what differs between the first
two named parts, with the reason the numbers give. Pure: an `Article` in, frozen data out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from toolkit.article.model import Article

if TYPE_CHECKING:
    from toolkit.analysis.article_analysis import ArticleAnalysis

#: The readability formula the report uses: the one lesson 3 teaches first.
GRADE = "flesch_kincaid_grade"
#: A difference in grade smaller than this is "about the same".
SAME_GRADE = 1.0
#: Below this many words, a readability score or a rate is rough (the formulas want 100 or more).
FEW_WORDS = 100


@dataclass(frozen=True)
class PartFigures:
    """The numbers for one part of the page."""

    name: str
    blocks: tuple[int, ...]
    words: int
    sentences: int
    grade: float | None  # Flesch-Kincaid grade; only for running prose (a named part)
    words_per_sentence: float | None
    syllables_per_word: float | None
    loaded: int | None  # loaded words or phrases; None where the toolkit does not look (credit, site text)
    loaded_per_100: float | None
    opinion_share: float  # share of words in sentences labelled as the writer's opinion
    own_voice_share: float  # fact + opinion: the writer speaking
    attributed_share: float  # credited to someone else
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "blocks": list(self.blocks), "words": self.words, "sentences": self.sentences,
                "grade": _round(self.grade), "words_per_sentence": _round(self.words_per_sentence),
                "syllables_per_word": _round(self.syllables_per_word, 3), "loaded": self.loaded,
                "loaded_per_100": _round(self.loaded_per_100), "opinion_share": round(self.opinion_share, 3),
                "own_voice_share": round(self.own_voice_share, 3),
                "attributed_share": round(self.attributed_share, 3), "sources": list(self.sources)}


@dataclass(frozen=True)
class PartReport:
    """Every part's figures, and what the numbers say about the first two named parts."""

    title: str | None
    parts: tuple[PartFigures, ...]
    named: tuple[str, ...]  # the parts named in the article's metadata, in their order
    findings: tuple[str, ...]
    warnings: tuple[str, ...]

    def part(self, name: str) -> PartFigures | None:
        return next((part for part in self.parts if part.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "parts": [part.to_dict() for part in self.parts], "named": list(self.named),
                "findings": list(self.findings), "warnings": list(self.warnings)}


def part_report(article: Article, *, analysis: "ArticleAnalysis | None" = None) -> PartReport:
    """The report, from the article's analysis (`analysis_of(article)` unless one is given)."""
    from toolkit.analysis.article_analysis import analysis_of
    from toolkit.loaded.detect import SKIPPED_KINDS

    analysis = analysis if analysis is not None else analysis_of(article)
    readability, loaded = analysis.readability, analysis.loaded_density
    block_rates = {rate.index: rate for rate in loaded.by_block}
    parts = []
    for voice in analysis.voices:
        rates = [block_rates[i] for i in voice.blocks if i in block_rates]
        checked = [r for r in rates if r.kind not in SKIPPED_KINDS]
        words = sum(r.rate.words for r in rates)
        spans = sum(r.rate.spans for r in checked) if checked else None
        checked_words = sum(r.rate.words for r in checked)
        view = readability.by_part.get(voice.name)
        scores = view.scores if view is not None else {}
        parts.append(PartFigures(
            name=voice.name, blocks=voice.blocks, words=words, sentences=voice.sentences,
            grade=scores.get(GRADE), words_per_sentence=scores.get("words_per_sentence"),
            syllables_per_word=scores.get("syllables_per_word"), loaded=spans,
            loaded_per_100=(100 * spans / checked_words) if spans is not None and checked_words else None,
            opinion_share=voice.opinion_share, own_voice_share=voice.own_voice_share,
            attributed_share=voice.attributed_share, sources=voice.sources))
    named = tuple(name for name in article.parts if any(p.name == name for p in parts))
    by_name = {part.name: part for part in parts}
    findings: list[str] = []
    warnings: list[str] = []
    if len(named) >= 2:
        first, second = by_name[named[0]], by_name[named[1]]
        findings += [f for f in (_readability_finding(first, second), _loaded_finding(first, second),
                                 _voice_finding(first, second)) if f]
    else:
        warnings.append("The report compares the first two parts of running prose (such as a framing and a body, "
                        "named in the article's metadata); this article has fewer than two, so there is nothing "
                        "to compare.")
    for name in named:
        part = by_name[name]
        if part.words < FEW_WORDS:
            warnings.append(f"The {called(name)} has only {part.words} words: its grade and its rate are rough "
                            f"(the formulas were made for {FEW_WORDS} words or more).")
    if any(p.name == "credit" for p in parts):
        findings.append("The credit line says where the story first appeared: find the original and compare.")
    return PartReport(article.title, tuple(parts), named, tuple(findings), tuple(warnings))


def called(name: str) -> str:
    """How a part is named in a sentence: "framing", or "paragraph group 2" for an unnamed run of paragraphs."""
    return f"paragraph {name}" if name.startswith("group ") else name


def _readability_finding(a: PartFigures, b: PartFigures) -> str | None:
    if a.grade is None or b.grade is None:
        return None
    said = (f"The {called(a.name)} reads at school grade {a.grade:.0f} and the {called(b.name)} at grade "
            f"{b.grade:.0f} (Flesch-Kincaid)")
    if abs(a.grade - b.grade) < SAME_GRADE:
        return said + ": about the same."
    harder, easier = (a, b) if a.grade > b.grade else (b, a)
    # Flesch-Kincaid = 0.39 x words per sentence + 11.8 x syllables per word - 15.59: split the difference.
    from_sentences = 0.39 * ((harder.words_per_sentence or 0) - (easier.words_per_sentence or 0))
    from_words = 11.8 * ((harder.syllables_per_word or 0) - (easier.syllables_per_word or 0))
    if from_sentences >= from_words:
        why = (f"mostly because its sentences are longer ({harder.words_per_sentence:.0f} words each, against "
               f"{easier.words_per_sentence:.0f})")
    else:
        why = (f"mostly because its words are longer ({harder.syllables_per_word:.2f} syllables a word, against "
               f"{easier.syllables_per_word:.2f})")
    return f"{said}: the {called(harder.name)} is harder to read, {why}."


def _loaded_finding(a: PartFigures, b: PartFigures) -> str | None:
    if a.loaded_per_100 is None or b.loaded_per_100 is None:
        return None
    said = (f"The {called(a.name)} has {a.loaded_per_100:.1f} loaded words or phrases per 100 words, the "
            f"{called(b.name)} {b.loaded_per_100:.1f}")
    if a.loaded_per_100 == b.loaded_per_100:
        return said + ": the same rate."
    more, less = (a, b) if a.loaded_per_100 > b.loaded_per_100 else (b, a)
    if less.loaded_per_100 == 0:
        return f"{said}: only the {called(more.name)} uses loaded words the toolkit knows."
    return f"{said}: the {called(more.name)} is {more.loaded_per_100 / less.loaded_per_100:.1f} times as loaded."


def _voice_finding(a: PartFigures, b: PartFigures) -> str | None:
    if not a.words or not b.words:
        return None
    said = (f"The toolkit reads {a.opinion_share:.0%} of the {called(a.name)} as the writer's own opinion, and "
            f"{b.opinion_share:.0%} of the {called(b.name)}")
    credited = [(p, p.attributed_share) for p in (a, b) if p.attributed_share]
    if not credited:
        return said + "; neither part credits anything to a source."
    parts = "; ".join(
        f"{share:.0%} of the {called(p.name)} is credited to others"
        + (f" ({', '.join(p.sources)})" if p.sources else "") for p, share in credited)
    return f"{said}; {parts}."


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)
