"""Words with their offsets and stems, so lexicon entries match every inflection.

These are the shared tokenizer's words (`toolkit.text.tokens`), cut where a hyphen or a dot
joins letters and without digits: the letter runs, with inner apostrophes ("don't",
"Pandora's"). So "world-war axis" and "world war axis" are the same three words to the
lexicon.
Each word is stemmed with NLTK's Snowball stemmer (pure code, nothing to download), so
"betray", "betrayed" and "betraying" share the stem "betray".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from toolkit.text.tokens import Token, tokenize

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
#: What may stand between two words of one phrase: spaces, one line break, hyphens or dashes.
PHRASE_GAP = re.compile(r"^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?:[-\u2010\u2011\u2012\u2013][ \t\u00a0]*)?$")
#: Punctuation that ends a clause: a gap pattern never stretches across it.
CLAUSE_BREAK = re.compile(r"[.!?;:\u2026()\[\]\n\u2014\"\u201c\u201d]")


#: Punctuation between two words that puts them in different phrases: a rule reading a phrase stops there.
PHRASE_BREAKS = ",;:.!?()\"\u201c\u201d\u2014\u2013"
#: The same with curly single quotes, for rules that must not reach into or out of a 'quoted' word.
PHRASE_BREAKS_WITH_SINGLE_QUOTES = PHRASE_BREAKS + "\u2018\u2019"


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


def words(text: str, start: int = 0, end: int | None = None, *, tokens: Sequence[Token] | None = None) -> list[Word]:
    """Every lexicon word of `text[start:end]`, in order, with offsets into `text`.

    `tokens` are that stretch's tokens when the caller has them (an article's text layer).
    """
    end = len(text) if end is None else end
    found: list[Word] = []
    append = found.append
    new = object.__new__
    for token in tokens if tokens is not None else tokenize(text, start, end):
        if not token.is_word:
            continue
        offset = token.start
        for first, last, surface, lower, stemmed in _pieces(token.text):
            word = new(Word)  # the same record `Word(...)` makes, without the frozen guard's cost per field
            word.__dict__.update(index=len(found), start=offset + first, end=offset + last, text=surface,
                                 lower=lower, stem=stemmed)
            append(word)
    return found


@lru_cache(maxsize=65536)
def _pieces(token: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """The lexicon words of one word token as `(start, end, text, lower, stem)`, offsets within the token.

    Worked out once per spelling (an article repeats its words). The word pattern looks neither
    behind nor ahead, so the token alone gives what the whole text gives between its ends.
    """
    if token.isalpha():  # the common case: the token is one letter run
        return ((0, len(token), token, *_forms(token)),)
    return tuple((m.start(), m.end(), m.group(), *_forms(m.group())) for m in _WORD.finditer(token))


def _forms(surface: str) -> tuple[str, str]:
    """`normalise` and `stem` of a word as written."""
    return normalise(surface), stem(surface)


def joined_as_phrase(text: str, left: Word, right: Word) -> bool:
    """True when only spaces or a hyphen stand between two words, so they can form one phrase."""
    return bool(PHRASE_GAP.match(text[left.end:right.start]))


def crosses_clause(text: str, left: Word, right: Word) -> bool:
    """True when punctuation that ends a clause stands between two words."""
    return bool(CLAUSE_BREAK.search(text, left.end, right.start))


def broken_between(text: str, left: "Word", right: "Word", breaks: str = PHRASE_BREAKS) -> bool:
    """Whether punctuation stands between two words of `text`, so they are not one phrase."""
    return any(c in text[left.end:right.start] for c in breaks)
