"""Who is speaking? The article with every sentence tinted by its label and each source in the margin.

A thin view over `toolkit.claims.sentence_labels`: `label_sentences` gives each sentence's label, source and
reasons, `voice_summary` how much of each part is the writer's own voice. Labels are shown
in text as well as colour (a badge after each sentence), so they survive greyscale and
screen readers.
"""

from __future__ import annotations

from typing import Sequence

import ipywidgets as widgets

from toolkit.article.model import Article
from toolkit.claims.sentence_labels import PartVoice, SentenceLabel, claims_warnings, withheld_reason
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS, label_css
from toolkit.render.article_html import MarginNote, SentenceMark, render_article
from toolkit.render.html import escape
from toolkit.render.theme import keyboard_help, style
from toolkit.widgets.choices import choice_group
from toolkit.widgets.live import live_region
from toolkit.widgets.stopped_kernel import tool

def _style() -> str:
    """The stylesheet with the label tints."""
    return style(label_css())


#: Block kinds in words a student uses.
KIND_NAMES = {"title": "headline", "paragraph": "paragraph", "list_item": "link to another story",
              "heading": "line before the links", "caption": "photo caption", "credit": "credit line",
              "boilerplate": "the website's own text"}


def legend_html() -> str:
    items = []
    for name in SENTENCE_LABELS:
        label = LABELS[name]
        items.append(f'<span><span class="tk-voice tk-label-{name}">{escape(label.title)}</span>'
                     f'<span class="tk-sentence-badge">{escape(label.badge)}</span> {escape(label.definition)}</span>')
    return f'<p class="tk-legend">{"<br>".join(items)}</p>'


def sentence_mark(label: SentenceLabel, tinted: bool = True) -> SentenceMark:
    """One sentence, tinted by its label, with a text badge, its label in words and its reasons as a tooltip.

    Untinted, it is only marked with its id (so the page keeps its sentences when one label is shown).
    """
    if not tinted:
        return SentenceMark(label.sentence_id)
    meta = LABELS[label.label]
    tooltip = f"{meta.title}: {label.summary}"
    return SentenceMark(label.sentence_id, classes=("tk-voice", f"tk-label-{label.label}"), badge=meta.badge,
                        spoken=f"({meta.title})", title=tooltip, data={"label": label.label})


def source_notes(article: Article, labels: Sequence[SentenceLabel]) -> list[MarginNote]:
    """Margin notes: who each attributed sentence is credited to, beside its block."""
    notes = []
    for label in labels:
        if label.label != "attributed":
            continue
        block = article.sentence(label.sentence_id).block
        notes.append(MarginNote(block, label.source or "someone not named", lead=label.sentence_id,
                                detail=f"via {label.via}" if label.via else None))
    return notes


def summary_html(parts: Sequence[PartVoice]) -> str:
    """A table: for each part, how many words are the writer's own voice, opinion, or someone else's."""
    rows = []
    for part in parts:
        if not part.words:
            continue
        bar = "".join(
            f'<span class="tk-label-{name}" style="width:{100 * part.words_by_label[name] / part.words:.1f}%;'
            f'text-decoration:none"></span>' for name in SENTENCE_LABELS if part.words_by_label[name])
        sources = ", ".join(part.sources) or "\u2014"
        rows.append(
            f"<tr><th scope='row'>{escape(part.name)}</th><td>{part.words}</td>"
            f"<td><b>{part.own_voice_share:.0%}</b></td><td>{part.opinion_share:.0%}</td>"
            f"<td>{part.attributed_share:.0%}</td><td>{part.no_claim_share:.0%}</td>"
            f"<td><div class='tk-bar' aria-hidden='true'>{bar}</div></td>"
            f"<td>{escape(sources)}</td></tr>")
    return ("<table class='tk-voice-table'><caption>Whose voice, part by part (share of words). A caption "
            "speaks for the photo agency its credit names; credits and the site's own text make no claim."
            "</caption>"
            "<thead><tr><th scope='col'>part</th><th scope='col'>words</th><th scope='col'>writer's own voice</th>"
            "<th scope='col'>of which opinion</th><th scope='col'>credited to others</th>"
            "<th scope='col'>no claim (credits, site text, links)</th><th scope='col'>mix</th>"
            "<th scope='col'>sources named</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def voices_html(article: Article, labels: Sequence[SentenceLabel] | None = None,
                show: str = "all") -> str:
    """The whole article, block by block, with tinted sentences and a margin of sources.

    `show` is "all", or one label to tint only those sentences (the others stay plain).
    """
    labels = list(labels) if labels is not None else _analysis(article).sentence_labels
    labelled = {label.sentence_id for label in labels}
    shown_blocks = [block.index for block in article.blocks
                    if any(s.id in labelled for s in article.sentences_in(block))]
    marks = [sentence_mark(label, show in ("all", label.label)) for label in labels]
    page = render_article(article, sentence_marks=marks, notes=source_notes(article, labels), blocks=shown_blocks,
                          margin="Sources")
    return f'<div class="tk-voices">{_style()}{legend_html()}{page}</div>'


def reasons_html(label: SentenceLabel) -> str:
    """Why the toolkit gave a sentence its label: every cue, the writer's own first."""
    meta = LABELS[label.label]
    rows = []
    for cue in sorted(label.cues, key=lambda c: (c.reported, -abs(c.weight))):
        counted = "inside someone else's words, so it does not count" if cue.reported else (
            f"counts {cue.weight:+.1f}" if cue.weight else "decides who is speaking")
        rows.append(f"<li><b>{escape(cue.text[:80])}</b> \u2014 {escape(cue.why)} <i>({escape(counted)})</i></li>")
    return (f'<div><p><b>{escape(label.sentence_id)}</b>: '
            f'<span class="tk-voice tk-label-{label.label}">{escape(meta.title)}</span> '
            f"{escape(label.summary)}</p><ul>{''.join(rows)}</ul></div>")


def _analysis(article: Article):
    """The article's analysis with the course's lexicon, shared with the lesson's other tools."""
    from toolkit.analysis.article_analysis import analysis_of

    return analysis_of(article)


@tool("The who-is-speaking tool")
def who_is_speaking(article: Article) -> widgets.VBox:
    """The "who is speaking?" view: tinted article, sources in the margin, a summary per part, and reasons."""
    reason = withheld_reason(article.text)
    if reason:  # labels that cannot be trusted are not shown at all
        box = widgets.VBox([widgets.HTML(_style() + f'<p role="alert"><b>No labels:</b> {escape(reason)}</p>')])
        box.add_class("tk-widget")
        return box
    analysis = _analysis(article)
    labels, parts = analysis.sentence_labels, analysis.voices
    show = choice_group(
        [("all", "all")] + [(LABELS[name].title, name) for name in SENTENCE_LABELS],
        value="all", description="Tint:", hints=["every label"] + [LABELS[n].definition for n in SENTENCE_LABELS],
    )
    page = widgets.HTML(voices_html(article, labels))
    picker = widgets.Dropdown(
        options=[(f"{label.sentence_id}: {label.text[:60]}", label.sentence_id) for label in labels],
        description="Why this label?", style={"description_width": "initial"}, layout=widgets.Layout(width="40em"),
    )
    reasons = live_region(name="Why this label")
    by_id = {label.sentence_id: label for label in labels}

    def redraw(change=None):
        page.value = voices_html(article, labels, show.value)

    def explain(change=None):
        reasons.say_html(reasons_html(by_id[picker.value]))

    show.observe(redraw, names="value")
    picker.observe(explain, names="value")
    explain()
    warnings = "".join(f'<p role="alert"><b>Warning:</b> {escape(w)}</p>' for w in claims_warnings(article.text))
    summary = widgets.HTML(_style() + warnings + summary_html(parts) + keyboard_help(
        "[Tab] to the Tint buttons and [\u2190] [\u2192] to tint one kind of sentence",
        "[Tab] to Why this label? and [\u2191] [\u2193] to choose a sentence; its reasons are read out"))
    box = widgets.VBox([summary, show, page, picker, reasons], layout=widgets.Layout(max_width="64em"))
    box.add_class("tk-widget")
    return box
