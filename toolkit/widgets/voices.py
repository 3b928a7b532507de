"""Who is speaking? The article with every sentence tinted by its label and each source in the margin.

A thin view over `toolkit.claims`: `label_sentences` gives each sentence's label, source and
reasons, `voice_summary` how much of each part is the writer's own voice. Labels are shown
in text as well as colour (a badge after each sentence), so they survive greyscale and
screen readers.
"""

from __future__ import annotations

from typing import Sequence

import ipywidgets as widgets

from ..article import Article
from ..claims import PartVoice, SentenceLabel, claims_warnings, label_sentences, voice_summary, withheld_reason
from ..labels import LABELS, SENTENCE_LABELS, label_css
from ..render import escape
from .choices import choice_group
from .live import live_region
from .theme import BASE_CSS, INK, MUTED, PAPER, keyboard_help

STYLE = (
    "<style>" + BASE_CSS +
    ".tk-voices{max-width:62em}"
    ".tk-voice-block{display:grid;grid-template-columns:minmax(0,3fr) minmax(9em,1fr);gap:1em;"
    "margin:0 0 .7em 0;align-items:start}"
    f".tk-voice-kind{{font-size:.75em;text-transform:uppercase;letter-spacing:.05em;color:{MUTED}}}"
    ".tk-voice-text{line-height:1.7}"
    ".tk-voice{padding:.05em .1em;border-radius:2px}"
    ".tk-voice-badge{font-size:.7em;font-weight:bold;border:1px solid #444;border-radius:3px;padding:0 .25em;"
    f"margin:0 .3em 0 .15em;vertical-align:.15em;background:{PAPER};color:{INK}}}"
    ".tk-margin{font-size:.85em;border-left:2px solid #7A5A00;padding-left:.5em}"
    ".tk-margin p{margin:0 0 .3em 0}"
    ".tk-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
    ".tk-legend span{margin-right:1em}"
    ".tk-voice-table{border-collapse:collapse;margin:.5em 0}"
    ".tk-voice-table th,.tk-voice-table td{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
    ".tk-bar{display:flex;height:1em;width:12em;border:1px solid #555}"
    ".tk-bar span{display:block;height:100%}"
    + label_css() +
    "</style>"
)


def legend_html() -> str:
    items = []
    for name in SENTENCE_LABELS:
        label = LABELS[name]
        items.append(f'<span><span class="tk-voice tk-label-{name}">{escape(label.title)}</span>'
                     f'<span class="tk-voice-badge">{escape(label.badge)}</span> {escape(label.definition)}</span>')
    return f'<p class="tk-legend">{"<br>".join(items)}</p>'


def sentence_html(label: SentenceLabel) -> str:
    """One sentence, tinted by its label, with a text badge and its reasons as a tooltip."""
    meta = LABELS[label.label]
    tooltip = f"{meta.title} ({label.confidence:.0%} sure): {label.summary}"
    return (f'<span class="tk-voice tk-label-{label.label}" data-sentence="{escape(label.sentence_id)}" '
            f'data-label="{escape(label.label)}" title="{escape(tooltip)}">{escape(label.text)}</span>'
            f'<span class="tk-voice-badge" aria-hidden="true">{escape(meta.badge)}</span>'
            f'<span class="tk-sr"> ({escape(meta.title)})</span> ')


def margin_html(labels: Sequence[SentenceLabel]) -> str:
    """Margin notes for a block: who each attributed sentence is credited to."""
    notes = []
    for label in labels:
        if label.label != "attributed":
            continue
        who = escape(label.source or "someone not named")
        via = f" <i>via {escape(label.via)}</i>" if label.via else ""
        notes.append(f"<p><b>{escape(label.sentence_id)}</b>: {who}{via}</p>")
    return (f'<div class="tk-margin" role="note" aria-label="Sources">{"".join(notes)}</div>' if notes
            else "<div></div>")


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
            f"<td>{part.attributed_share:.0%}</td><td><div class='tk-bar' aria-hidden='true'>{bar}</div></td>"
            f"<td>{escape(sources)}</td></tr>")
    return ("<table class='tk-voice-table'><caption>Whose voice, part by part (share of words)</caption>"
            "<thead><tr><th scope='col'>part</th><th scope='col'>words</th><th scope='col'>writer's own voice</th>"
            "<th scope='col'>of which opinion</th><th scope='col'>credited to others</th><th scope='col'>mix</th>"
            "<th scope='col'>sources named</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def voices_html(article: Article, labels: Sequence[SentenceLabel] | None = None,
                show: str = "all") -> str:
    """The whole article, block by block, with tinted sentences and a margin of sources.

    `show` is "all", or one label to tint only those sentences (the others stay plain).
    """
    labels = list(labels) if labels is not None else label_sentences(article)
    by_block: dict[int, list[SentenceLabel]] = {}
    by_id = {label.sentence_id: label for label in labels}
    for sentence in article.sentences:
        label = by_id.get(sentence.id)
        if label is not None:
            by_block.setdefault(sentence.block, []).append(label)
    out = [STYLE, legend_html()]
    for block in article.blocks:
        items = by_block.get(block.index, [])
        if not items:
            continue
        part = article.part_of(block)
        kind = block.kind.replace("_", " ") + (f" \u00b7 {part}" if part else "")
        text = "".join(sentence_html(label) if show in ("all", label.label) else
                       f'<span data-sentence="{escape(label.sentence_id)}">{escape(label.text)}</span> '
                       for label in items)
        out.append(f'<div class="tk-voice-block" data-block="{block.index}"><div>'
                   f'<div class="tk-voice-kind">{escape(kind)}</div><div class="tk-voice-text">{text}</div></div>'
                   f"{margin_html(items)}</div>")
    return f'<div class="tk-voices">{"".join(out)}</div>'


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
            f"({label.confidence:.0%} sure). {escape(label.summary)}</p><ul>{''.join(rows)}</ul></div>")


def who_is_speaking(article: Article) -> widgets.VBox:
    """The "who is speaking?" view: tinted article, sources in the margin, a summary per part, and reasons."""
    reason = withheld_reason(article.text)
    if reason:  # labels that cannot be trusted are not shown at all
        box = widgets.VBox([widgets.HTML(STYLE + f'<p role="alert"><b>No labels:</b> {escape(reason)}</p>')])
        box.add_class("tk-widget")
        return box
    labels = label_sentences(article)
    parts = voice_summary(article, labels)
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
    summary = widgets.HTML(STYLE + warnings + summary_html(parts) + keyboard_help(
        "[Tab] to the Tint buttons and [\u2190] [\u2192] to tint one kind of sentence",
        "[Tab] to Why this label? and [\u2191] [\u2193] to choose a sentence; its reasons are read out"))
    box = widgets.VBox([summary, show, page, picker, reasons], layout=widgets.Layout(max_width="64em"))
    box.add_class("tk-widget")
    return box
