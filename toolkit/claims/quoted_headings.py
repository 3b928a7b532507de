"""A short line that is nothing but a quotation in single marks: a subheading, not a report.

News copy puts quotations in headlines and subheadings between single marks ('A change
warrior.'), while its body text uses double marks. A paragraph made of one short sentence wholly
inside single marks is such a heading: it lifts a few words from the story below to title a
section, and the story, not the heading, says who spoke them. `toolkit.claims.attribution` reads
a sentence that is mostly quotation as someone's words; this module tells it when that sentence
is a heading instead, so it is not credited to an unnamed speaker.
"""

from __future__ import annotations

from typing import Sequence

#: A heading has at most this many words.
MAX_HEADING_WORDS = 8
#: The single marks a headline-style quotation opens with.
SINGLE_OPENERS = frozenset("'\u2018")
#: Marks that may stand after the closing quote mark (the heading's own stop, typed outside).
TRAILING = frozenset(".!?:;, \t\u00a0")


def quoted_heading(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether `text[start:end]` is its whole paragraph, with text after it, at most `MAX_HEADING_WORDS`
    words, and lies wholly inside one quotation opened by a single mark."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False  # other sentences share the paragraph: body text
    if not text[line_end:].strip():
        return False  # nothing below it to title: a quotation standing alone
    inner = text[start:end].strip()
    if not inner or len(inner.split()) > MAX_HEADING_WORDS:
        return False
    first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    if text[first] not in SINGLE_OPENERS:
        return False
    for qs, qe in quotes:
        if qs == first and all(c in TRAILING for c in text[qe:end]):
            return True
    return False
