"""`evidence_cards(article)`: the article's evidence pack as cards, for lateral reading without the internet.

Each card says who or what it is about, the date it concerns, what to trust it for and what not,
and where to check it online. A notice on top says the cards are summaries written for the
project. Everything is escaped: a pack is a file anyone can edit.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.article.model import Article
from toolkit.lateral.evidence import EvidencePack, load_pack
from toolkit.render.html import escape


def cards_html(pack: EvidencePack, only: tuple[str, ...] = ()) -> str:
    """The cards as HTML (all of them, or those whose ids are in `only`), with the pack's notice first."""
    chosen = [item for item in pack.items if not only or item.id in only]
    cards = "".join(
        '<div style="border:1px solid #555;border-radius:6px;padding:.5em .8em;margin:.5em 0;max-width:52em">'
        f"<h4 style=\"margin:.1em 0\">{escape(item.title)}</h4>"
        f"<p style=\"margin:.2em 0\"><b>About:</b> {escape(item.about)}. <b>Date:</b> {escape(item.date)}.</p>"
        f"<p style=\"margin:.2em 0\">{escape(item.summary)}</p>"
        f"<p style=\"margin:.2em 0\"><b>Trust it for:</b> {escape(item.trust_for)}. "
        f"<b>Not for:</b> {escape(item.not_for)}.</p>"
        f"<p style=\"margin:.2em 0;font-size:90%\"><b>Check it online:</b> {escape(item.check)}</p></div>"
        for item in chosen)
    return (f'<div class="tk-evidence"><p role="note"><b>About these cards.</b> {escape(pack.notice)}</p>'
            f"{cards}</div>")


def searches_html(pack: EvidencePack) -> str:
    rows = "".join(f"<tr><td>{escape(s.lead)}</td><td><code>{escape(s.search)}</code></td></tr>" for s in pack.searches)
    return f"<table class=\"tk-searches\"><thead><tr><th>lead</th><th>what to search for</th></tr></thead><tbody>{rows}</tbody></table>"


def evidence_cards(article: Article, *, searches: bool = False):
    """The evidence cards of the article's seed (or, with `searches=True`, the searches to run online)."""
    import ipywidgets as widgets

    if article.path is None:
        raise ValueError("this article has no seed folder, so no evidence pack")
    seed = Path(article.path).parent
    pack = load_pack(seed)
    return widgets.HTML(searches_html(pack) if searches else cards_html(pack))
