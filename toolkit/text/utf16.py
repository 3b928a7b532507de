"""Converting between Python string offsets and the UTF-16 offsets a browser counts.

Python indexes a `str` by code point; JavaScript (and so every DOM selection) counts UTF-16
code units. The two agree until the first character outside the Basic Multilingual Plane
(most emoji, some rare scripts), which is one Python character but two UTF-16 units. Curly
quotes, dashes and accented letters are one unit in both. The widget converts at its
boundary with `Utf16Map`, so nothing else in the toolkit ever sees a UTF-16 offset.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Literal

Rounding = Literal["down", "up"]


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes (what JavaScript's `length` says)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class Utf16Map:
    """Offsets of one text in both counts; conversions cost a binary search over its astral characters."""

    def __init__(self, text: str):
        self.text = text
        #: Python offsets of the characters that take two UTF-16 units, in order.
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        #: The UTF-16 offset at which each of those characters starts.
        self._astral16 = [i + n for n, i in enumerate(self._astral)]
        self.length16 = len(text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of Python offset `offset` (0 to len(text))."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside the text (0 to {len(self.text)})")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset16: int, rounding: Rounding = "down") -> int:
        """The Python offset of UTF-16 offset `offset16`.

        A browser should never put a boundary between the two halves of a surrogate pair,
        but a hand-made or buggy message could: `rounding` says whether such an offset moves
        to the start ("down") or the end ("up") of that character, so a span never splits one.
        """
        if not 0 <= offset16 <= self.length16:
            raise ValueError(f"UTF-16 offset {offset16} is outside the text (0 to {self.length16})")
        before = bisect_right(self._astral16, offset16 - 1)  # astral characters starting before it
        if before and self._astral16[before - 1] == offset16 - 1:  # inside a surrogate pair
            return self._astral[before - 1] + (1 if rounding == "up" else 0)
        return offset16 - before

    def span_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        return self.to_utf16(start), self.to_utf16(end)

    def span_from_utf16(self, start16: int, end16: int) -> tuple[int, int]:
        """A UTF-16 span as Python offsets, widened (never narrowed) to whole characters."""
        return self.from_utf16(start16, "down"), self.from_utf16(end16, "up")
