"""Whether this notebook app can draw the toolkit's custom (anywidget) widgets.

A kernel cannot see whether the front end draws custom widgets. JupyterLab 4, Notebook 7,
VS Code and Colab can; where one cannot, `TOOLKIT_ANNOTATOR=sentences` (for a whole class)
switches every widget to plain ipywidgets: the sentence-by-sentence annotator, radio buttons
and status lines instead of the custom controls.
"""

from __future__ import annotations

import os

try:  # a dependency, but if it is missing the widgets fall back instead of failing
    import anywidget
except ImportError:  # pragma: no cover - exercised only in a broken environment
    anywidget = None

#: Set to "sentences" to use plain ipywidgets everywhere (or "full" to never).
FALLBACK_VARIABLE = "TOOLKIT_ANNOTATOR"


def custom_widgets_available() -> bool:
    """True when anywidget is installed and nothing asks for the plain widgets."""
    if anywidget is None:
        return False
    choice = os.environ.get(FALLBACK_VARIABLE, "").strip().lower()
    return choice not in {"sentences", "sentence", "fallback", "basic"}
