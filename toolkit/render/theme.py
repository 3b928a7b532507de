"""The one stylesheet and palette, and the keyboard help line each widget shows.

Text that sits on the notebook's own background takes the theme's colours (JupyterLab's CSS
variables, readable in its light and dark themes; other apps fall back to the inherited
colour). Where the toolkit draws a light tint of its own (label highlights, badges,
warnings), it sets dark `INK` on it as well, so a dark theme never puts light text on a
light tint. `tests/test_palette.py` checks the contrast of every such pair.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterable, Protocol

from toolkit.render.html import css_class, escape

#: Text on the notebook's background: the theme's main and secondary text colours.
TEXT = "var(--jp-content-font-color1, currentColor)"
MUTED = "var(--jp-content-font-color2, currentColor)"
#: Lines and borders on the notebook's background.
LINE = "var(--jp-border-color1, #8a929c)"
#: The focus ring.
FOCUS = "var(--jp-brand-color1, #1a5fb4)"
#: Dark text for the light tints and badges the toolkit draws itself, and their paper.
INK = "#1b1b1b"
PAPER = "#ffffff"

#: The one stylesheet, a CSS file beside this module (package data); `style()` embeds it.
SHEET = Path(__file__).with_name("theme.css")


@functools.cache
def stylesheet() -> str:
    """The stylesheet, comments and line breaks taken out, after the `--tk-*` colour variables it uses.

    The variables are written from the constants above, so Python-drawn rules (`tint_css`) and
    the sheet share one palette.
    """
    variables = {"text": TEXT, "muted": MUTED, "line": LINE, "focus": FOCUS, "ink": INK, "paper": PAPER}
    root = ":root{" + ";".join(f"--tk-{name}:{value}" for name, value in variables.items()) + "}"
    css = re.sub(r"/\*.*?\*/", "", SHEET.read_text(encoding="utf-8"), flags=re.S)
    return root + re.sub(r"\n\s*", "", css)


PRINT_SHEET = Path(__file__).with_name("print.css")


def print_style() -> str:
    """The `<style>` element of a printed handout: black on white, A4 pages, no screen colours."""
    return "<style>" + re.sub(r"\n\s*", " ", re.sub(r"/\*.*?\*/", "", PRINT_SHEET.read_text(encoding="utf-8"),
                                                    flags=re.S)).strip() + "</style>"


def style(*extra: str) -> str:
    """A `<style>` element with the stylesheet and any rules drawn from data (`tint_css` of labels or categories).

    Every view's HTML starts with it, so a view shown on its own (or saved) looks the same.
    """
    return "<style>" + stylesheet() + "".join(extra) + "</style>"


class Tint(Protocol):
    """What a label or a loaded-language category gives the stylesheet."""

    name: str
    colour: str
    background: str
    underline: str


def tint_css(prefix: str, tints: Iterable[Tint]) -> str:
    """Rules `.<prefix>-<name>`: the light tint, dark ink on it, and an underline style and colour (not colour alone)."""
    return "".join(
        f".{prefix}-{css_class(t.name)}{{background:{t.background};color:{INK};text-decoration:underline "
        f"{t.underline} {t.colour};text-decoration-thickness:2px;text-underline-offset:3px}}" for t in tints)


def keyboard_help(*steps: str) -> str:
    """The line "Keyboard: ..." that tells a student how to do the activity without a mouse.

    Each step is plain text; words in [brackets] are shown as keys, e.g. "[Tab] to the next sentence".
    """
    def keys(step: str) -> str:
        return re.sub(r"\[([^\]]+)\]", lambda m: f"<kbd>{m.group(1)}</kbd>", escape(step))

    return f'<p class="tk-keys"><b>Keyboard:</b> {"; ".join(keys(s) for s in steps)}.</p>'
