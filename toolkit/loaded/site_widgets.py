"""A site's poll widget printed inside a story is the site's text, not the writer's.

Some sites break into a story with a poll: a prompt ("take our poll - story continues below"),
the poll's question (often printed two or three times by the page's markup), its answer options,
a form field or two, and a sign-up line ("Completing this poll grants you access to ... updates").
The article model cannot see it as a block of its own, because the lines stand in the middle of a
paragraph with no blank line around them. Like a site's boilerplate ("Comments are closed."), the
widget is skipped for loaded language: its wording is the site's, and the story's rates should
describe the story. (The poll's leading question is worth a class discussion of its own.)
"""

from __future__ import annotations

import re

#: A line that opens a poll widget.
_PROMPT = re.compile(r"\s*(?:take\s+our\s+poll\b|(?:the\s+)?story\s+continues\s+below\b|[\w .'\u2019-]{0,40}\bpoll\s+"
                     r"exercise\s+your\s+right\s+to\s+vote\b)", re.IGNORECASE)
#: Lines a widget is made of after its prompt: the question, an option, a form field, the sign-up line.
_PART = re.compile(r"\s*(?:[^\n]{0,160}\?\s*$|\*|(?:e-?mail|name|first\s+name|last\s+name)\s*\*\s*$"
                   r"|completing\s+this\s+poll\b|subscribe\b)", re.IGNORECASE)
#: The most lines a widget runs to after its prompt.
MAX_WIDGET_LINES = 12


def widget_spans(text: str) -> list[tuple[int, int]]:
    """`(start, end)` of each poll widget: its prompt line and the widget lines right after it."""
    found: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        if not _PROMPT.match(text, start, end):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j - i <= MAX_WIDGET_LINES and _PART.match(text, lines[j][0], lines[j][1]):
            end = lines[j][1]
            j += 1
        found.append((start, end))
        i = j
    return found


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether `start`..`end` lies within one of `spans`."""
    return any(a <= start and end <= b for a, b in spans)
