"""Figures that carry their alt text: in a notebook, in a saved file, and beside it.

A chart a student cannot see is a chart they cannot use. Every figure the toolkit draws
comes with a description in words that names its numbers (its alt text); in a notebook it
shows as an `<img>` with that text as `alt` and as a caption, and saved for a handout it
gets a `.alt.txt` file beside the PNG with the same words. matplotlib is imported by the
modules that draw, never here.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.render.html import escape
from toolkit.storage.store import atomic_write_bytes, atomic_write_text


def alt_text_path(png: str | Path) -> Path:
    """Where the alt text of a saved figure goes: `name.png` -> `name.alt.txt`."""
    return Path(png).with_suffix(".alt.txt")


def write_alt_text(png: str | Path, alt_text: str) -> Path:
    """Write a saved figure's alt text beside it; return the text file's path."""
    target = alt_text_path(png)
    atomic_write_text(target, alt_text.strip() + "\n", mode=0o644)
    return target


def figure_html(png: bytes, alt_text: str, caption: str | None = None) -> str:
    """An `<img>` with alt text inside a `<figure>`, its caption in the theme's own text colour."""
    data = base64.b64encode(png).decode("ascii")
    return (f'<figure style="margin:0"><img src="data:image/png;base64,{data}" alt="{escape(alt_text)}" '
            f'style="max-width:100%;height:auto"><figcaption style="font-size:.85em">'
            f"{escape(caption if caption is not None else alt_text)}</figcaption></figure>")


@dataclass(frozen=True)
class FigureWithAlt:
    """A matplotlib figure and the words that describe it."""

    figure: Any  # matplotlib.figure.Figure
    alt_text: str
    title: str = ""

    def png(self, dpi: int = 110) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white",
                            metadata={"Title": self.title or "Figure", "Description": self.alt_text})
        return buffer.getvalue()

    def html(self) -> str:
        return figure_html(self.png(), self.alt_text, self.title or None)

    def save(self, path: str | Path, dpi: int = 200) -> Path:
        """Save as PNG (the suffix is added when missing) with `.alt.txt` beside it; return the PNG's path."""
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        atomic_write_bytes(target, self.png(dpi=dpi), mode=0o644)
        write_alt_text(target, self.alt_text)
        return target

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict[str, str]:
        return {"text/html": self.html(), "text/plain": self.alt_text}
