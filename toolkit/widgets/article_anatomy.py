"""The article's anatomy: which blocks are title, paragraphs, list, caption, credit, boilerplate."""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.article.block_kinds import BLOCK_KIND_TABLE
from toolkit.article.model import Article
from toolkit.render.article_html import render_article
from toolkit.render.html import escape
from toolkit.render.theme import keyboard_help, style
from toolkit.widgets.choices import choice_group
from toolkit.widgets.live import live_region
from toolkit.widgets.stopped_kernel import tool

#: What each block kind is, in words a student can read.
KIND_DESCRIPTIONS = {kind.name: kind.description for kind in BLOCK_KIND_TABLE}


def anatomy_html(article: Article, kind: str | None = None) -> str:
    """The article as a list of blocks, each with its kind; only `kind` when one is given."""
    chosen = [b.index for b in article.blocks if kind in (None, "all") or b.kind == kind]
    if not chosen:
        return style() + "<p>No blocks of this kind in this article.</p>"
    return style() + render_article(article, blocks=chosen, classes=["tk-anatomy"])


@tool("The parts tool")
def article_anatomy(article: Article) -> widgets.VBox:
    """Buttons for each block kind present; choosing one shows those blocks and what the kind means."""
    present = [k for k in KIND_DESCRIPTIONS if any(b.kind == k for b in article.blocks)]
    chooser = choice_group(
        [("all", "all")] + [(k.replace("_", " "), k) for k in present],
        value="all",
        description="Show:",
        hints=["every block"] + [KIND_DESCRIPTIONS[k] for k in present],
    )
    help_line = widgets.HTML(style() + keyboard_help(
        "[Tab] to the buttons", "[\u2190] [\u2192] to show another kind of block"))
    explanation = live_region()
    blocks = widgets.HTML(anatomy_html(article))

    def show(change=None):
        kind = chooser.value
        count = sum(1 for b in article.blocks if kind == "all" or b.kind == kind)
        meaning = "every block of the article" if kind == "all" else KIND_DESCRIPTIONS[kind]
        explanation.say_html(f"<p><b>{count}</b> block(s): {escape(meaning)}.</p>")
        blocks.value = anatomy_html(article, kind)

    chooser.observe(show, names="value")
    show()
    box = widgets.VBox([chooser, help_line, explanation, blocks], layout=widgets.Layout(max_width="52em"))
    box.add_class("tk-widget")
    return box
