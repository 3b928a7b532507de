"""Quotations: the one finder every analyzer uses, so a quoted word is quoted to all of them.

Rules, in the order news copy needs them:

- curly double quotes pair by direction (“…”), as do guillemets («…») and low-high quotes („…“);
- a straight double quote (") opens where a quotation can start (after a space, a bracket,
  a dash or another quote mark, and before a non-space) and closes at the next one, straight
  or curly (copy often mixes them: "...\u201d and \u201c..."); two
  straight single quotes ('') count as one double quote, as some wire copy writes them;
- single quotes (‘…’ and '…') open in the same places, and close at the next single mark
  that is not an apostrophe (not followed by a letter or digit: "don't", "Russia’s"); an
  opening single mark that never closes is an apostrophe, not a quotation;
- copy that types a double closing mark wrongly still closes: two closing single marks
  (“...’’ or “...''), or an opening mark typed at the end (“... a year.“), which
  closes only after a stop or comma and before a space or the paragraph's end;
- a double quotation left open runs to the end of its paragraph (news style leaves a long
  quotation open at the end of each of its paragraphs); quotations never cross a blank line.

One left-to-right pass over each paragraph, with the candidate closers found beforehand, so
the cost is linear in the length of the text whatever its quote marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENING_QUOTES = "\u201c\u2018\u00ab\u201e"
CLOSING_QUOTES = "\u201d\u2019\u00bb"
QUOTE_MARKS = frozenset("\"'" + OPENING_QUOTES + CLOSING_QUOTES)
_DOUBLE_CLOSER = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t\u00a0]*\n)[^\n]*)*")
_CAN_PRECEDE = "([{\u2014\u2013-/:" + OPENING_QUOTES + '"'
#: The marks that may open a quotation (`_in_paragraph` looks at no other character).
_MAY_OPEN = re.compile("[" + "".join(_DOUBLE_CLOSER) + "\"'\u2018]")


@dataclass(frozen=True)
class Quotation:
    """A quotation: `start`/`end` include the quote marks, `inner_start`/`inner_end` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[Quotation]:
    """Every quotation in `text[start:end]`, in order, with offsets into `text`."""
    end = len(text) if end is None else end
    found: list[Quotation] = []
    for paragraph in _PARAGRAPH.finditer(text, start, end):
        _in_paragraph(text, paragraph.start(), paragraph.end(), found)
    return found


def _can_open(text: str, i: int, start: int, width: int = 1) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in _CAN_PRECEDE) and not after.isspace()


def _closes_single(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return not after.isalnum()


def _in_paragraph(text: str, start: int, end: int, found: list[Quotation]) -> None:
    # Candidate closers of single quotations, found once: later searches are a bisection.
    single_closers = [m.start() for m in re.finditer("['\u2019]", text[start:end]) if
                      _closes_single(text, start + m.start(), end)]
    single_closers = [start + i for i in single_closers]
    i = start
    while i < end:
        may_open = _MAY_OPEN.search(text, i, end)  # every other character is passed over below: jump to the next mark
        if may_open is None:
            return
        i = may_open.start()
        c = text[i]
        doubled = c == "'" and i + 1 < end and text[i + 1] == "'"
        if c in _DOUBLE_CLOSER or ((c == '"' or doubled) and _can_open(text, i, start, 2 if doubled else 1)):
            width = 2 if doubled else 1
            j = _double_closer(text, i + width, end, c, doubled)
            if j is None:
                found.append(Quotation(i, end, i + width, end, closed=False))
                return
            found.append(Quotation(i, j + closer_width(text, j), i + width, j, closed=True))
            i = j + closer_width(text, j)
            continue
        if (c == "\u2018" or (c == "'" and i + 1 < end and text[i + 1].isalpha())) and _can_open(text, i, start):
            k = bisect_right(single_closers, i)
            if k < len(single_closers):
                j = single_closers[k]
                found.append(Quotation(i, j + 1, i + 1, j, closed=True))
                i = j + 1
                continue
        i += 1


def closer_width(text: str, j: int) -> int:
    """How many characters the closing mark at `j` takes: two for a double typed as two singles."""
    return 2 if text[j:j + 2] in ("''", "\u2019\u2019") else 1


def _double_closer(text: str, i: int, end: int, opener: str, doubled: bool) -> int | None:
    """Where the quotation opened by `opener` closes (the index of the closing mark), if it does."""
    if doubled:
        j = text.find("''", i, end)
        return None if j < 0 else j
    wanted = _DOUBLE_CLOSER.get(opener, '"')
    # Copy that mixes straight and curly marks ("...\u201d or \u201c...") closes with either kind.
    candidates = [j for j in (text.find(wanted, i, end), text.find('"', i, end) if wanted == "\u201d" else -1)
                  if j >= 0]
    if opener == '"':  # looked for only up to the straight closer, so each stretch is read once
        j = text.find("\u201d", i, min(candidates) if candidates else end)
        if j >= 0:
            candidates.append(j)
    if opener == "\u201e":  # „…“ or „…”
        j = text.find("\u201d", i, end)
        if j >= 0:
            candidates.append(j)
    if opener == "\u201c":  # closers typed wrongly, looked for only up to the proper closer
        typo = _MISTYPED_CLOSER.search(text, i, min(candidates) if candidates else end)
        if typo is not None:
            candidates.append(typo.start())
    return min(candidates) if candidates else None


#: A double quotation closed by two closing single marks, or by an opening double mark typed after
#: a stop or comma and before a space or the paragraph's end ("... a year.\u201c").
_MISTYPED_CLOSER = re.compile("\u2019\u2019|''(?!\\w)|(?<=[.,!?])\u201c(?=\\s|$)")


def inside(spans: list[tuple[int, int]] | list[Quotation], start: int, end: int) -> bool:
    """Whether `[start, end)` lies within one of the spans (quotations or `(start, end)` pairs)."""
    for span in spans:
        s, e = (span.start, span.end) if isinstance(span, Quotation) else span
        if s <= start and end <= e:
            return True
    return False
