"""Context rules: whose words these are, and whether a word is used in its plain sense.

- Quoted speech: words inside quotation marks belong to the person quoted. They are still
  shown (a student should notice a loaded quote) but marked as quoted and weighted less,
  because the writer chose to report them, not to say them.
- Scare quotes: a few words in quotation marks with nobody named as saying them are the
  writer's own device for casting doubt or adding drama.
- Literal senses: a lexicon entry may list cue words; when one stands in the same sentence
  ("hostage" near "kidnappers", "ransom"), the term is reporting a real event, not a metaphor.
- Plain reporting verbs (said, told, according to) are never loaded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from toolkit.text.stemmed_words import Word, normalise, stem

#: Weight kept by a loaded word inside someone else's quoted speech.
QUOTED_WEIGHT = 0.6
#: The most words a quotation can have and still read as scare quotes.
SCARE_QUOTE_MAX_WORDS = 2
#: Words that attribute a quotation to someone: with one nearby, a short quotation is a partial quote.
ATTRIBUTION_WORDS = tuple("""
    said say says told tell stated state wrote write according noted note added add called call
    described describe termed term dubbed dub quoted quote asked ask replied reply explained explain
    insisted insist argued argue claimed claim warned warn urged urge announced announce declared declare
    described labelled labeled branded brand referred refer spokesman spokeswoman spokesperson
    """.split())


@lru_cache(maxsize=1)
def attribution_stems() -> frozenset[str]:
    """Stems of the attribution words (computed on first use: stemming loads NLTK)."""
    return frozenset(stem(w) for w in ATTRIBUTION_WORDS)
_OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}


@dataclass(frozen=True)
class Quotation:
    """A stretch of quoted words: offsets of the text inside the marks."""

    start: int
    end: int


def quotations(text: str) -> list[Quotation]:
    """Quoted stretches of the text: curly, guillemet, straight double and single quotes.

    A quotation left open runs to the end of its paragraph (news style reopens quotes on
    each paragraph of a long quote). Apostrophes inside words are not quotation marks.
    """
    found: list[Quotation] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        _quotations_in(text, para.start(), para.end(), found)
    return found


def _quotations_in(text: str, start: int, end: int, found: list[Quotation]) -> None:
    i = start
    while i < end:
        ch = text[i]
        closer = None
        if ch in _OPENERS:
            closer = _OPENERS[ch]
        elif ch == '"':
            closer = '"'
        elif ch == "\u2018" or (ch == "'" and _opens_single(text, i, start)):
            closer = "\u2019" if ch == "\u2018" else "'"
        if closer is None:
            i += 1
            continue
        j = _find_closer(text, i + 1, end, closer)
        if j is None:
            if closer in ("\u2019", "'"):
                i += 1  # an unmatched single mark is an apostrophe
                continue
            j = end
        if j > i + 1:
            found.append(Quotation(i + 1, j))
        i = j + 1


def _opens_single(text: str, i: int, start: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and after.isalpha()


def _find_closer(text: str, i: int, end: int, closer: str) -> int | None:
    while i < end:
        ch = text[i]
        if ch == closer or (closer == "\u201d" and ch == '"'):
            if closer in ("\u2019", "'"):
                after = text[i + 1] if i + 1 < end else " "
                if after.isalpha():  # don't, Russia’s: an apostrophe, not the closing mark
                    i += 1
                    continue
            return i
        i += 1
    return None


class QuoteIndex:
    """Answers 'is this offset inside a quotation?' quickly."""

    def __init__(self, spans: list[Quotation]):
        self.spans = sorted(spans, key=lambda q: q.start)
        self._starts = [q.start for q in self.spans]

    def within(self, start: int, end: int) -> list[Quotation]:
        """The quotations lying wholly inside `start`..`end`."""
        i = bisect_right(self._starts, start - 1)
        found = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].start >= start and self.spans[i].end <= end:
                found.append(self.spans[i])
            i += 1
        return found

    def containing(self, start: int, end: int) -> Quotation | None:
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and self.spans[i].start <= start and end <= self.spans[i].end:
            return self.spans[i]
        return None


def is_scare_quote(text: str, quote: Quotation, sentence: tuple[int, int], words_inside: list[Word]) -> bool:
    """A short quotation with nobody named as saying it in its sentence: the writer's own doubt or drama."""
    if not 1 <= len(words_inside) <= SCARE_QUOTE_MAX_WORDS:
        return False
    inner = text[quote.start:quote.end].strip()
    if not inner or inner[-1] in ".!?,":
        return False  # a quoted sentence or clause is speech, not a scare quote
    if not inner[0].islower():
        return False  # a capitalised quotation is usually a title, a name or a headline quote
    around = text[sentence[0]:quote.start - 1] + " " + text[quote.end + 1:sentence[1]]
    for token in re.findall(r"[^\W\d_]+", around):
        if stem(token) in attribution_stems():
            return False
    return True


def literal_sense(cues: tuple[str, ...], sentence_words: list[Word], matched: range) -> str | None:
    """The cue word showing a term is used literally in this sentence, if any."""
    if not cues:
        return None
    for word in sentence_words:
        if word.index in matched:
            continue
        for cue in cues:
            if cue.endswith("*"):
                if word.lower.startswith(normalise(cue[:-1])):
                    return word.text
            elif word.stem == stem(cue):
                return word.text
    return None
