"""When not to trust a readability score, said in plain words.

The formulas were fitted on samples of 100 words or more of ordinary English prose. A
short part, a page whose headlines have no full stops, one giant sentence, or a text in
another language all give numbers that look exact and mean little. These rules notice
those cases and say what to make of the score; none is tuned to one article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Sequence

from toolkit.text.word_count import count_words
from toolkit.article.block_kinds import BLOCK_KINDS
from toolkit.readability.counting import Counts
from toolkit.readability.formulas import FORMULAS

if TYPE_CHECKING:
    from toolkit.article.model import Article
    from toolkit.readability.measure import ReadabilityView, SentenceReadability

#: The formulas were fitted on samples of at least this many words.
MIN_WORDS = 100
#: Below this many words a score says almost nothing about the text.
TINY_WORDS = 30
#: The language check reads this many words of prose (enough to judge, quick on a book-length text).
LANGUAGE_SAMPLE_WORDS = 3000
#: A sentence this long is rare even in legal writing: usually a list or a missing full stop.
LONG_SENTENCE_WORDS = 60
#: Leaving one sentence out moving the Flesch-Kincaid grade this much (one grade band) means it decides the score.
DOMINANT_SENTENCE_GRADES = 2.0
#: Name at most this many long sentences in one warning.
MAX_NAMED = 3

#: View names that take a plural verb ("the list items have").
PLURAL_NAMES = frozenset({"the paragraphs", "the headings", "the list items"})
_CLOSERS = "\"'\u201d\u2019)]\u00bb*_ \t"
_TERMINAL = re.compile(r"[.!?]$")


def view_warnings(name: str, counts: Counts, values: Mapping[str, float | None], withheld: Mapping[str, str],
                  sentences: Sequence["SentenceReadability"]) -> tuple[str, ...]:
    """Warnings about one view's scores: too short, withheld, SMOG's 30 sentences, one sentence deciding it."""
    title = name[:1].upper() + name[1:]
    has = "have" if name in PLURAL_NAMES else "has"
    if counts.words == 0:
        return (f"{title} {has} no words to measure.",)
    found: list[str] = []
    reasons = set(withheld.values())
    if len(withheld) == len(FORMULAS) and len(reasons) == 1:
        found.append(f"{title} {'get' if has == 'have' else 'gets'} no scores: {reasons.pop()}.")
    if counts.words < TINY_WORDS:
        found.append(f"{title} {has} only {counts.words} word{_s(counts.words)}: far too few for a readability "
                     f"formula (they were made for samples of {MIN_WORDS} words or more), so these numbers say almost "
                     "nothing about how hard it is to read.")
    elif counts.words < MIN_WORDS:
        found.append(f"{title} {has} only {counts.words} words: the formulas were made for samples of {MIN_WORDS} "
                     "words or more, so treat these scores as rough.")
    smog = FORMULAS["smog_index"].wants_sentences
    if counts.sentences < smog and counts.words >= MIN_WORDS and values.get("smog_index") is not None:
        found.append(f"{title} {has} {counts.sentences} sentence{_s(counts.sentences)}: SMOG was made for {smog} or "
                     "more, so its SMOG score is a guess.")
    found.extend(_long_sentences(sentences))
    dominant = _dominant_sentence(name, counts, values, sentences)
    if dominant:
        found.append(dominant)
    return tuple(found)


def article_warnings(article: "Article", whole: "ReadabilityView", prose: "ReadabilityView",
                     by_kind: Mapping[str, "ReadabilityView"],
                     by_part: Mapping[str, "ReadabilityView"]) -> tuple[str, ...]:
    """The warnings a reader of the whole analysis needs: language, structure, then the views'."""
    found: list[str] = []
    language = _language_warning(article, prose)
    if language:
        found.append(language)
    found.extend(_structure_warnings(article, whole, prose, by_kind))
    views = [prose, *(v for v in by_part.values() if v.sentence_ids != prose.sentence_ids)]
    if (whole.counts.words, whole.counts.sentences) != (prose.counts.words, prose.counts.sentences):
        views.insert(0, whole)  # the page is more than its prose: its own warnings matter
    for view in views:
        for warning in view.warnings:
            if warning not in found:
                found.append(warning)
    return tuple(found)


def _language_warning(article: "Article", prose: "ReadabilityView") -> str | None:
    from toolkit.text.language import MIN_WORDS as LANGUAGE_MIN_WORDS
    from toolkit.text.language import english_word_share, looks_english

    pieces: list[str] = []
    words = 0
    for sentence in (article.prose_sentences() if prose.counts.words else article.sentences):
        pieces.append(sentence.text)
        words += len(sentence.text.split())
        if words >= LANGUAGE_SAMPLE_WORDS:
            break
    text = " ".join(pieces)
    if looks_english(text):
        return None
    share = english_word_share(text)
    return (f"This text does not look like English: only {share:.0%} of its words are common English words such "
            "as 'the', 'of' and 'is' (English prose has far more). The formulas, the syllable dictionary and the "
            "list of familiar words are all made for English, so these scores mean little here."
            if count_words(text) >= LANGUAGE_MIN_WORDS else None)


def _structure_warnings(article: "Article", whole: "ReadabilityView", prose: "ReadabilityView",
                        by_kind: Mapping[str, "ReadabilityView"]) -> list[str]:
    found: list[str] = []
    left_out = {kind: view for kind, view in by_kind.items() if kind != "paragraph"}
    if left_out and prose.counts.words:
        pieces = [_how_many(kind, sum(1 for b in article.blocks if b.kind == kind)) for kind in left_out]
        words = sum(v.counts.words for v in left_out.values())
        found.append(f"The prose leaves out {_join(pieces)} ({words} word{_s(words)}): they are not running "
                     "sentences, and the formulas were made for running sentences.")
    unpunctuated = [b for b in article.blocks
                    if b.kind != "paragraph" and not _TERMINAL.search(b.text.rstrip(_CLOSERS))]
    page = whole.counts.sentences
    ours = len(article.sentences)
    if page != ours or unpunctuated:
        message = (f"textstat reads the whole page as {page} sentence{_s(page)}; the toolkit finds {ours} "
                   f"(the title and each list item count as one), {prose.counts.sentences} of them in the paragraphs.")
        if unpunctuated:
            kinds: dict[str, int] = {}
            for block in unpunctuated:
                kinds[block.kind] = kinds.get(block.kind, 0) + 1
            named = [_how_many(kind, n) for kind, n in kinds.items()]
            message += (" textstat finds sentences by their full stops, question marks and exclamation marks. The "
                        f"{len(unpunctuated)} line{_s(len(unpunctuated))} without one ({_join(named)}) run on into the "
                        "text after them, so textstat's 'sentences' are longer than the ones a reader sees.")
        found.append(message)
    return found


def _long_sentences(sentences: Sequence["SentenceReadability"]) -> list[str]:
    long = [s for s in sentences if s.words > LONG_SENTENCE_WORDS]
    found = [f"Sentence {s.id} (\u201c{_snippet(s.text)}\u201d) runs to {s.words:,} words: check it for missing full "
             "stops; one sentence this long pulls every sentence-length formula up." for s in long[:MAX_NAMED]]
    if len(long) > MAX_NAMED:
        found.append(f"{len(long) - MAX_NAMED} more sentences run past {LONG_SENTENCE_WORDS} words.")
    return found


def _dominant_sentence(name: str, counts: Counts, values: Mapping[str, float | None],
                       sentences: Sequence["SentenceReadability"]) -> str | None:
    """The sentence whose removal moves the Flesch-Kincaid grade most, if it moves it a whole band."""
    grade = values.get("flesch_kincaid_grade")
    if grade is None or len(sentences) < 2:
        return None
    best = None
    for sentence in sentences:
        words = counts.words - sentence.words
        if words <= 0:
            continue
        syllables = counts.syllables - sentence.syllables
        without = (0.39 * (words / (counts.sentences - 1))) + (11.8 * (syllables / words)) - 15.59
        change = abs(grade - without)
        if best is None or change > best[0]:
            best = (change, sentence, without)
    if best is None or best[0] < DOMINANT_SENTENCE_GRADES:
        return None
    _, sentence, without = best
    return (f"One sentence weighs heavily on {name}: without {sentence.id} (\u201c{_snippet(sentence.text)}\u201d, "
            f"{sentence.words} words) its Flesch-Kincaid grade would be {without:.1f} instead of {grade:.1f}.")


def _how_many(kind: str, n: int) -> str:
    """'the title', '1 caption', '8 list items'."""
    plain = kind.replace("_", " ")
    one, many = (BLOCK_KINDS[kind].one, BLOCK_KINDS[kind].many) if kind in BLOCK_KINDS else (plain, plain + "s")
    if n == 1 and one.startswith("the "):
        return one
    return f"{n} {one if n == 1 else many}"


def _snippet(text: str, words: int = 8) -> str:
    pieces = text.split()
    return " ".join(pieces[:words]) + ("\u2026" if len(pieces) > words else "")


def _join(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _s(n: int) -> str:
    return "" if n == 1 else "s"
