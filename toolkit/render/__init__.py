"""Display: escaped HTML for highlighted articles, the theme, colour arithmetic, figures with alt text.

Modules: `article_html` (the one renderer of an article: blocks, highlights, sentence marks,
margin notes; every view uses it), `html` (escaping and overlapping highlights), `theme` (the
one stylesheet, `theme.css`, and its palette), `colour` (contrast and colour-vision checks),
`figures` (alt text that travels with a chart), `agreement_map` (where a class disagrees).
"""

from __future__ import annotations

from toolkit.render.article_html import MarginNote, SentenceMark, render_article, render_sentence
from toolkit.render.html import Highlight, escape, highlight_html
from toolkit.render.theme import style

__all__ = ["Highlight", "MarginNote", "SentenceMark", "escape", "highlight_html", "render_article", "render_sentence",
           "style"]
