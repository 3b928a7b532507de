"""Words with their offsets and stems, so lexicon entries match every inflection.

A word is a run of letters, with inner apostrophes ("don't", "Pandora's"); hyphens and
dashes split words, so "world-war axis" and "world war axis" are the same three words.
Each word is stemmed with NLTK's Snowball stemmer (pure code, nothing to download), so
"betray", "betrayed" and "betraying" share the stem "betray".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
#: What may stand between two words of one phrase: spaces, one line break, hyphens or dashes.
PHRASE_GAP = re.compile(r"^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:[-\u2010\u2011\u2012\u2013][ \t\u00a0]*)?$")
#: Punctuation that ends a clause: a gap pattern never stretches across it.
CLAUSE_BREAK = re.compile(r"[.!?;:\u2026()\[\]\n\u2014\"\u201c\u201d]")


@dataclass(frozen=True)
class Word:
    """One word of the text: offsets into it, its lower-case form and its stem."""

    index: int
    start: int
    end: int
    text: str
    lower: str
    stem: str


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def normalise(word: str) -> str:
    """Lower case, straight apostrophes, and no possessive ending."""
    lower = word.lower().replace("\u2019", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    elif lower.endswith("'"):
        lower = lower[:-1]
    return lower


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a word (after `normalise`)."""
    base = normalise(word)
    return _stemmer().stem(base) if base else base


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Every word of `text[start:end]`, in order, with offsets into `text`."""
    found = []
    for i, match in enumerate(_WORD.finditer(text, start, len(text) if end is None else end)):
        surface = match.group()
        found.append(Word(i, match.start(), match.end(), surface, normalise(surface), stem(surface)))
    return found


def word_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words `words` would find: the base of every 'per 100 words' figure."""
    return sum(1 for _ in _WORD.finditer(text, start, len(text) if end is None else end))


def joined_as_phrase(text: str, left: Word, right: Word) -> bool:
    """True when only spaces or a hyphen stand between two words, so they can form one phrase."""
    return bool(PHRASE_GAP.match(text[left.end:right.start]))


def crosses_clause(text: str, left: Word, right: Word) -> bool:
    """True when punctuation that ends a clause stands between two words."""
    return bool(CLAUSE_BREAK.search(text, left.end, right.start))
