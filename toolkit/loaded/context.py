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

from toolkit.text.quotations import find_quotations
from toolkit.text.stemmed_words import Word, normalise, stem
from toolkit.text.tokens import reporting_verbs

#: Weight kept by a loaded word inside someone else's quoted speech.
QUOTED_WEIGHT = 0.6
#: The most words a quotation can have and still read as scare quotes.
SCARE_QUOTE_MAX_WORDS = 2
#: Besides the reporting verbs, words that hand a short quotation to someone: naming verbs
#: ("dubbed them 'hostile forces'") and the people whose job is speaking.
NAMING_WORDS = tuple("""according termed term dubbed dub quoted quote labelled labeled label branded brand
    referred refer spokesman spokeswoman spokesperson""".split())


@lru_cache(maxsize=1)
def attribution_stems() -> frozenset[str]:
    """Stems of the reporting verbs (the one list) and the naming words (computed on first use)."""
    return frozenset(stem(w) for w in (*reporting_verbs(), *NAMING_WORDS))
@dataclass(frozen=True)
class Quotation:
    """A stretch of quoted words: offsets of the text inside the marks."""

    start: int
    end: int


def quotations(text: str) -> list[Quotation]:
    """The quoted stretches of the text, by the one quotation finder (`toolkit.text.quotations`)."""
    return inner_quotations(find_quotations(text))


def inner_quotations(found) -> list[Quotation]:
    """The insides of quotations found by `toolkit.text.quotations` (empty ones left out)."""
    return [Quotation(q.inner_start, q.inner_end) for q in found if q.inner_end > q.inner_start]


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

    def span_containing(self, start: int, end: int) -> tuple[int, int] | None:
        """The (start, end) of the quotation holding `start`..`end`, if any."""
        quote = self.containing(start, end)
        return None if quote is None else (quote.start, quote.end)

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
    """The cue word showing a term is used literally in this sentence, if any.

    A cue written `+word` counts only as the word right before the term, the modifier of a compound, or
    right after "term of": "a sanctions regime" and "a regime of sanctions" are systems of rules, but in
    "the regime faces new sanctions" the same word says nothing about the sense of "regime" (the name
    stays a label)."""
    if not cues:
        return None
    prefixes, stems, modifiers = _cue_forms(cues)
    for word in sentence_words:
        if word.index in matched:
            continue
        if word.stem in stems or (prefixes and word.lower.startswith(prefixes)):
            return word.text
    if modifiers and matched:
        if matched.start > 0 and sentence_words[matched.start - 1].stem in modifiers:
            return sentence_words[matched.start - 1].text
        # The same compound turned round: "a regime of sanctions", "a regime of tax cuts".
        after = matched.stop
        if after + 1 < len(sentence_words) and sentence_words[after].lower == "of" \
                and sentence_words[after + 1].stem in modifiers:
            return sentence_words[after + 1].text
    return None


@lru_cache(maxsize=4096)
def _cue_forms(cues: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """A term's literal cues as the word beginnings (`cue*`), the stems a sentence's words are checked against
    and the stems that count only right before the term (`+cue`), worked out once per term rather than once
    per word of every sentence."""
    prefixes = tuple(normalise(cue[:-1]) for cue in cues if cue.endswith("*") and not cue.startswith("+"))
    stems = frozenset(stem(cue) for cue in cues if not cue.endswith("*") and not cue.startswith("+"))
    modifiers = frozenset(stem(cue[1:]) for cue in cues if cue.startswith("+"))
    return prefixes, stems, modifiers
