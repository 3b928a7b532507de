"""HTML for article text with highlighted spans: always escaped, overlaps allowed.

An article is untrusted input: a `<script>` in its text must show as text. Every string
that reaches HTML here goes through `html.escape`, including span titles and classes.
Overlapping spans are drawn by cutting the text at every span edge and wrapping each piece
in one `<mark>` per span covering it, so nested highlights stay visible.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

_CLASS = re.compile(r"[^A-Za-z0-9_-]")


def escape(text: str) -> str:
    """Escape text for HTML, quotes included."""
    return html.escape(text, quote=True)


def css_class(name: str) -> str:
    """A safe CSS class from any label or category name."""
    return _CLASS.sub("-", name)


@dataclass(frozen=True)
class Highlight:
    """One span to draw: offsets into the text, CSS classes, a tooltip and data attributes."""

    start: int
    end: int
    classes: Sequence[str] = ()
    title: str | None = None
    data: Mapping[str, str] = field(default_factory=dict)
    label: str | None = None  # shown in text after the span (for screen readers and greyscale)


def highlight_html(text: str, highlights: Iterable[Highlight], start: int = 0, end: int | None = None,
                   paragraph_breaks: bool = True) -> str:
    """Escaped HTML of `text[start:end]` with each highlight wrapped in `<mark>` elements."""
    end = len(text) if end is None else end
    spans = sorted((h for h in highlights if h.end > start and h.start < end and h.end > h.start),
                   key=lambda h: (h.start, -h.end))
    cuts = {start, end}
    for h in spans:
        cuts.add(max(start, h.start))
        cuts.add(min(end, h.end))
    points = sorted(cuts)
    out: list[str] = []
    for left, right in zip(points, points[1:]):
        piece = _text_html(text[left:right], paragraph_breaks)
        covering = [h for h in spans if h.start <= left and h.end >= right]
        for h in reversed(covering):
            piece = _wrap(piece, h)
        out.append(piece)
        for h in spans:
            if h.end == right and h.label:
                out.append(f'<span class="tk-span-label">[{escape(h.label)}]</span>')
    return "".join(out)


def _wrap(inner: str, h: Highlight) -> str:
    attributes = [f'class="{" ".join(css_class(c) for c in h.classes)}"'] if h.classes else []
    if h.title:
        attributes.append(f'title="{escape(h.title)}"')
    for key, value in h.data.items():
        attributes.append(f'data-{css_class(key)}="{escape(str(value))}"')
    return f"<mark {' '.join(attributes)}>{inner}</mark>" if attributes else f"<mark>{inner}</mark>"


def _text_html(text: str, paragraph_breaks: bool) -> str:
    escaped = escape(text)
    if not paragraph_breaks:
        return escaped
    return re.sub(r"\n\s*\n", "<br><br>", escaped).replace("\n", "<br>")
