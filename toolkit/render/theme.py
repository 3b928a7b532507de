"""Colours that follow the notebook's theme, and the keyboard help line each widget shows.

Text that sits on the notebook's own background takes the theme's colours (JupyterLab's CSS
variables, readable in its light and dark themes; other apps fall back to the inherited
colour). Where the toolkit draws a light tint of its own (label highlights, badges,
warnings), it sets dark `INK` on it as well, so a dark theme never puts light text on a
light tint. `tests/test_palette.py` checks the contrast of every such pair.
"""

from __future__ import annotations

import re

from toolkit.render.html import escape

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

#: Rules shared by every widget (each adds the class `tk-widget`): the keyboard line, hidden-but-spoken
#: text, a focus ring.
BASE_CSS = (
    ".tk-keys{font-size:.85em;margin:.2em 0 .4em 0;color:" + MUTED + "}"
    ".tk-keys kbd{font-family:inherit;font-weight:bold;border:1px solid " + LINE + ";border-radius:3px;"
    "padding:0 .25em}"
    ".tk-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
    "clip:rect(0,0,0,0);white-space:nowrap;border:0}"
    ".tk-widget :focus-visible{outline:3px solid " + FOCUS + ";outline-offset:2px}"
)


def keyboard_help(*steps: str) -> str:
    """The line "Keyboard: ..." that tells a student how to do the activity without a mouse.

    Each step is plain text; words in [brackets] are shown as keys, e.g. "[Tab] to the next sentence".
    """
    def keys(step: str) -> str:
        return re.sub(r"\[([^\]]+)\]", lambda m: f"<kbd>{m.group(1)}</kbd>", escape(step))

    return f'<p class="tk-keys"><b>Keyboard:</b> {"; ".join(keys(s) for s in steps)}.</p>'
