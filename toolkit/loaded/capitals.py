"""Capital letters used for shouting: "there was NO report", "he committed NO crime", "You should be OUTRAGED".

A writer who sets one ordinary word in capitals inside a sentence written in ordinary case raises
their voice on the page: the capitals tell the reader which word to feel strongly about. Two
consequences for the detector:

- a loaded word in capitals ("OUTRAGED", "HUGE") is shouted, not a name. The detector skips a
  capitalised word inside a sentence as a likely name ("Hope", "Triumph"), but a name is rarely
  written in capitals unless it is an acronym, and an acronym does not match a loaded word;
- a word of all or nothing in capitals ("NO", "ANY", "ALL", "NEVER") is an absolute made louder,
  which the plain word alone is not: "no report" is a fact to check, "NO report" tells you how to
  take it.

A sentence with many words in capitals is a shouted headline or a label ("SO MUCH FOR MERCY",
"MUST WATCH"), whose capitals single out no word; those are left to the usual rules. Acronyms
that are also words ("WHO", "IT", "US") are not in the list of absolutes, so they never count.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word

#: Words of all or nothing whose capitals make an absolute louder (written in lower case).
SHOUTED_ABSOLUTES = frozenset({"no", "not", "never", "none", "nothing", "nobody", "all", "any", "every",
                               "everyone", "everything", "always", "zero"})
#: The largest share of a sentence's words in capitals for one of them to stand out as shouted.
MAX_CAPITAL_SHARE = 0.25
#: Sentences shorter than this give too little ordinary text for a capitalised word to stand out.
MIN_SENTENCE_WORDS = 5
WHY = ("Written in capitals inside an ordinary sentence: the writer raises their voice on an all-or-nothing word, "
       "telling you how strongly to take it instead of letting the facts show it. (Evidence: a context rule.)")
ALTERNATIVES = ("the same word in ordinary letters", "say exactly how many or how much")


def in_capitals(word: Word) -> bool:
    """Whether a word is written wholly in capitals (two letters or more: "I" and "A" are not shouting)."""
    return len(word.text) >= 2 and word.text.isupper()


def stands_out(sentence_words: Sequence[Word]) -> bool:
    """Whether the sentence is in ordinary case, so that a word in capitals inside it stands out."""
    if len(sentence_words) < MIN_SENTENCE_WORDS:
        return False
    capitals = sum(1 for word in sentence_words if in_capitals(word))
    return capitals <= MAX_CAPITAL_SHARE * len(sentence_words)


def shouted_absolutes(sentence_words: Sequence[Word]) -> list[Word]:
    """The all-or-nothing words set in capitals inside a sentence in ordinary case ("committed NO crime")."""
    if not any(in_capitals(word) and word.lower in SHOUTED_ABSOLUTES for word in sentence_words):
        return []
    if not stands_out(sentence_words):
        return []
    return [word for word in sentence_words if in_capitals(word) and word.lower in SHOUTED_ABSOLUTES]
