"""What counts as a word, for every count the toolkit prints: one definition, so one number.

A word is a piece of text between spaces that holds at least one letter or digit. Dashes
and quote marks on their own are not words; "world-war", "U.S.-European", "$6.40" and
"don't" are one word each. This is the count textstat's formulas use (its `lexicon_count`
removes punctuation and splits on spaces), so a rate per 100 words in the loaded-language
lesson, a word count in the readability lesson and a share of words in the voices view all
divide by the same number for the same passage.
"""

from __future__ import annotations

import re
from bisect import bisect_left

#: A piece of text between spaces (as `str.split()`, and so textstat, cuts it).
PIECE = re.compile(r"\S+")
_HAS_WORD = re.compile(r"\w")


def is_word_piece(piece: str) -> bool:
    """Whether a piece between spaces counts as a word: it holds a letter or a digit."""
    return piece.isalnum() or _HAS_WORD.search(piece) is not None


def counted_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` of every counted word in `text[start:end]`."""
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in PIECE.finditer(text, start, end) if is_word_piece(m.group())]


#: A whole piece between spaces with no letter or digit in it ("—", "“"): the pieces
#: `is_word_piece` turns away, few in any text, so they are cheap to find and subtract.
_NOT_A_WORD = re.compile(r"(?<!\S)[^\s\w]+(?!\S)")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words `text[start:end]` has (see the module's definition): its pieces, less those with no word in them."""
    end = len(text) if end is None else end
    stretch = text if start == 0 and end >= len(text) else text[start:end]  # pieces are cut at the stretch's ends
    return len(stretch.split()) - len(_NOT_A_WORD.findall(stretch))


#: A whole piece between spaces that holds a letter or digit (`is_word_piece`), found by the regular
#: expression engine alone: it starts only where a piece starts, so each piece is read once, and a
#: long article's word starts come without a Python test per piece.
_WORD_PIECE = re.compile(r"(?<!\S)\S*?\w\S*")


class WordIndex:
    """Word counts of any stretch of one text in logarithmic time (the text's words are found once)."""

    def __init__(self, text: str):
        self._starts = [m.start() for m in _WORD_PIECE.finditer(text)]

    def count(self, start: int, end: int) -> int:
        """Words starting inside `[start, end)`: a stretch cut at spaces gets exactly its words."""
        return bisect_left(self._starts, end) - bisect_left(self._starts, start)
