"""Display: escaped HTML for highlighted articles, the theme, colour arithmetic, figures with alt text.

Modules: `html` (the one renderer; everything escaped), `theme` (the one stylesheet and
palette), `colour` (contrast and colour-vision checks), `figures` (alt text that travels with
a chart), `agreement_map` (where a class disagrees).
"""

from __future__ import annotations

from toolkit.render.html import Highlight, escape, highlight_html

__all__ = ["Highlight", "escape", "highlight_html"]
