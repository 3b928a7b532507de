"""Swear words with letters starred out ("f***ed up", "b***h"): still a vulgar word, chosen to vent anger or scorn.

The shared tokenizer reads "f***ed" as two words, "f" and "ed", with asterisks between; this rule
joins such pieces back into one span. It looks only at what stands between the tokens of
`toolkit.text`, so it adds no word pattern of its own.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word

#: The longest run of letters before the stars: a censored word shows its first letter or two ("f**k", "sh*t").
MAX_SHOWN_LETTERS = 2
WHY = ("A swear word with its letters starred out: the stars hide the spelling, not the choice of a vulgar word "
       "that vents anger or scorn instead of saying what is wrong.")
ALTERNATIVES = ("(drop it)", "say what is wrong")


def starred_out(text: str, sentence_words: Sequence[Word]) -> list[tuple[int, int]]:
    """(start, end) offsets of each starred-out word: a piece of one or two letters followed directly by
    asterisks, then either a lower-case piece joined to them ("b***h") or, after two or more asterisks, a word
    break ("f*** off"). A lone star after a letter ("note a*") or between capitals ("A*B") is not swearing."""
    found: list[tuple[int, int]] = []
    k = 0
    while k < len(sentence_words):
        word = sentence_words[k]
        stars_end = word.end
        while stars_end < len(text) and text[stars_end] == "*":
            stars_end += 1
        stars = stars_end - word.end
        shown = word.text
        if stars and len(shown) <= MAX_SHOWN_LETTERS and shown.isalpha() and (len(shown) == 1 or shown[1:].islower()):
            joined = k + 1 < len(sentence_words) and sentence_words[k + 1].start == stars_end
            if joined and sentence_words[k + 1].text.isalpha() and sentence_words[k + 1].text.islower():
                found.append((word.start, sentence_words[k + 1].end))
                k += 2
                continue
            if not joined and stars >= 2 and (stars_end == len(text) or not text[stars_end].isalnum()):
                found.append((word.start, stars_end))
        k += 1
    return found
