"""The article's anatomy: which blocks are title, paragraphs, list, caption, credit, boilerplate."""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.article.model import Article
from toolkit.render.html import escape
from toolkit.widgets.choices import choice_group
from toolkit.widgets.live import live_region
from toolkit.render.theme import BASE_CSS, LINE, TEXT, keyboard_help
from toolkit.widgets.stopped_kernel import tool

#: What each block kind is, in words a student can read.
KIND_DESCRIPTIONS = {
    "title": "the headline at the top",
    "paragraph": "running prose: the story itself, or someone's framing of it",
    "heading": "a short line that introduces what follows",
    "list_item": "one line of a list, such as links to other stories",
    "caption": "the text under a photo, often with the photo agency's credit",
    "credit": "a line saying who wrote or first published the story",
    "boilerplate": "the website's own furniture, not part of the story",
}


def anatomy_html(article: Article, kind: str | None = None) -> str:
    """The article as a list of blocks, each with its kind; only `kind` when one is given."""
    rows = []
    for block in article.blocks:
        if kind not in (None, "all") and block.kind != kind:
            continue
        part = article.part_of(block)
        where = f" \u00b7 {escape(part)}" if part else ""
        rows.append(
            f'<div class="tk-block tk-kind-{block.kind}" data-block="{block.index}">'
            f'<div class="tk-block-kind">{escape(block.kind.replace("_", " "))}{where}</div>'
            f'<div class="tk-block-text">{escape(block.text)}</div></div>'
        )
    style = (
        "<style>.tk-block{border-left:4px solid #5f6b7a;margin:0 0 .6em 0;padding:.2em .6em}"
        ".tk-block-kind{font-size:.8em;font-weight:bold;text-transform:uppercase;letter-spacing:.05em}"
        ".tk-kind-paragraph{border-left-color:#0b5cad}.tk-kind-list_item{border-left-color:#a34a00}"
        ".tk-kind-caption{border-left-color:#6a3d9a}.tk-kind-credit{border-left-color:#1a7f37}"
        f".tk-kind-boilerplate{{border-left-color:{LINE}}}.tk-kind-title{{border-left-color:{TEXT}}}</style>"
    )
    return style + ("".join(rows) or "<p>No blocks of this kind in this article.</p>")


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
    help_line = widgets.HTML(f"<style>{BASE_CSS}</style>" + keyboard_help(
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
