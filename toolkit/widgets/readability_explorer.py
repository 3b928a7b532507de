"""The readability explorer: pick a formula and a part of the article, see the score and why.

A thin view over `toolkit.readability`: it shows the score with its interpretation (in a
`role="status"` region, so screen readers hear each new result), the counts the formula
used and the formula with those counts put in, the warnings for that part, and the article
with the part's hardest sentences highlighted. Each highlight is named in text after the
sentence ("hardest 1, grade 22.4"), not by colour alone. All article text is escaped.
"""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.analysis.article_analysis import analysis_of
from toolkit.article.model import Article
from toolkit.readability import FORMULAS, ArticleReadability, formula_table, interpret
from toolkit.readability.formulas import COUNT_NAMES, metric_name, worked
from toolkit.readability.interpret import WHY_FORMULAS_DISAGREE, disagreement
from toolkit.render.article_html import render_article
from toolkit.render.html import Highlight, escape
from toolkit.render.theme import keyboard_help, style
from toolkit.widgets.live import live_region
from toolkit.widgets.stopped_kernel import tool

def view_options(readability: ArticleReadability) -> list[tuple[str, str]]:
    """(label, view key) for the part chooser: whole page, prose, named parts, groups, other block kinds."""
    options = [("the whole page (as textstat sees it)", "whole"), ("the prose (paragraphs only)", "prose")]
    seen = {readability.prose.sentence_ids}
    for view in [*readability.by_part.values(), *readability.by_group.values()]:
        if view.sentence_ids not in seen and view.counts.words:
            options.append((view.name, view.key))
            seen.add(view.sentence_ids)
    for kind, view in readability.by_kind.items():
        if kind != "paragraph" and view.counts.words:
            options.append((view.name, view.key))
    return options


def score_html(readability: ArticleReadability, formula: str, view_key: str) -> str:
    """The score of one formula for one view, with its interpretation (the live status line)."""
    view = readability.view(view_key)
    value = view.scores.get(formula)
    meaning = interpret(formula, value)
    if value is None:
        reason = view.withheld.get(formula, "there is nothing to measure")
        return (f'<div class="tk-rd-score"><b>{escape(metric_name(formula))}</b> for {escape(view.name)}: '
                f"no score, because {escape(reason)}.</div>")
    return (f'<div class="tk-rd-score"><b>{escape(metric_name(formula))}</b> for {escape(view.name)}: '
            f"<b>{value:.1f}</b>, {escape(meaning.meaning)}.</div>")


def inputs_html(readability: ArticleReadability, formula: str, view_key: str) -> str:
    """What the formula counted in this view, the formula with those counts, and the view's warnings."""
    view = readability.view(view_key)
    spec = FORMULAS[formula]
    counts = view.counts.to_dict()
    keys = list(dict.fromkeys(("words", "sentences", "syllables", *spec.inputs)))
    rows = "".join(f'<tr><th scope="row">{escape(COUNT_NAMES.get(k, k))}</th>'
                     f'<td class="tk-rd-n">{counts[k]:,}</td></tr>' for k in keys)
    source = ("textstat's own count: it looks for full stops, question marks and exclamation marks"
              if view.sentence_source == "textstat" else "the toolkit's sentences")
    parts = [
        f'<table class="tk-rd-inputs"><caption>What {escape(spec.name)} counted in {escape(view.name)}</caption>'
        f'<thead><tr><th scope="col">count</th><th scope="col">number</th></tr></thead><tbody>{rows}</tbody></table>',
        f"<p>Sentences here are {escape(source)}.</p>",
        f'<p>The formula: <span class="tk-rd-formula">{escape(worked(formula, view.counts, view.scores.get(formula)))}'
        "</span></p>",
        f"<p><b>It counts</b> {escape(spec.counts)}. <b>Made by</b> {escape(spec.origin)}. "
        f"<b>It misleads when</b>: {escape(spec.misleads)}</p>",
    ]
    spread = disagreement(view)
    if spread:
        parts.append("<p><b>Why the formulas disagree here:</b> " + " ".join(escape(s) for s in spread) + "</p>")
    for warning in view.warnings:
        parts.append(f'<div class="tk-rd-warn"><b>Warning:</b> {escape(warning)}</div>')
    return "".join(parts)


def article_html(article: Article, readability: ArticleReadability, view_key: str, hardest: int = 3) -> str:
    """The article, the chosen part in full colour, its hardest sentences highlighted and named in text."""
    view = readability.view(view_key)
    inside = set(view.sentence_ids)
    chosen = readability.hardest(hardest, view)
    highlights: list[Highlight] = []
    for rank, sentence in enumerate(chosen, start=1):
        highlights.append(Highlight(
            sentence.start, sentence.end, classes=("tk-rd-hard",),
            title=f"hardest {rank}: grade {sentence.grade:.1f}; {sentence.why}",
            data={"sentence": sentence.id, "rank": str(rank)}, label=f"hardest {rank}, grade {sentence.grade:.1f}",
        ))
        highlights.extend(Highlight(w.start, w.end, classes=("tk-rd-long",), title=f"{w.syllables} syllables")
                          for w in sentence.long_words)
    outside = [block.index for block in article.blocks
               if not any(sentence.id in inside for sentence in article.sentences_in(block))]
    page = render_article(article, highlights=highlights, muted=outside, muted_note=" (not in this part)")
    if chosen:
        items = "".join(f"<li><b>{escape(s.id)}</b>, grade {s.grade:.1f}: {escape(s.why)}.</li>" for s in chosen)
        listing = (f"<p>The {len(chosen)} hardest sentence{'s' if len(chosen) != 1 else ''} in {escape(view.name)}, "
                   "by the Flesch-Kincaid grade of each sentence on its own (highlighted below, with a label after "
                   "each; a dotted underline marks a word of three or more syllables):</p>"
                   f"<ol>{items}</ol>")
    else:
        listing = "<p>No sentences are highlighted.</p>"
    return listing + page


@tool("The readability explorer")
def readability_explorer(article: Article, formula: str = "flesch_kincaid_grade", view: str = "prose",
                         hardest: int = 3) -> widgets.VBox:
    """Choose a formula and a part; see the score, its inputs and the hardest sentences."""
    readability = analysis_of(article).readability
    options = view_options(readability)
    formula_picker = widgets.Dropdown(options=[(f.name, key) for key, f in FORMULAS.items()], value=formula,
                                      description="Formula:", style={"description_width": "initial"})
    view_picker = widgets.Dropdown(options=options, value=readability.view(view).key,
                                   description="Part of the article:", style={"description_width": "initial"})
    hardest_picker = widgets.Dropdown(options=list(range(0, 9)), value=max(0, min(8, hardest)),
                                      description="Hardest sentences to highlight:",
                                      style={"description_width": "initial"})
    help_line = widgets.HTML(style() + keyboard_help(
        "[Tab] from one menu to the next", "[\u2191] [\u2193] to choose in a menu",
        "the new score is read out"))
    status = live_region(name="Score")
    details = widgets.HTML()
    text = widgets.HTML()

    def show(change=None) -> None:
        status.say_html('<div class="tk-rd">' + score_html(readability, formula_picker.value, view_picker.value)
                        + "</div>")
        details.value = ('<div class="tk-rd">' + inputs_html(readability, formula_picker.value, view_picker.value)
                         + "</div>")
        text.value = ('<div class="tk-rd" role="region" aria-label="The article, hardest sentences highlighted">'
                      + article_html(article, readability, view_picker.value, hardest_picker.value) + "</div>")

    for picker in (formula_picker, view_picker, hardest_picker):
        picker.observe(show, names="value")
    show()
    box = widgets.VBox([help_line, widgets.HBox([formula_picker, view_picker]), hardest_picker, status, details, text],
                       layout=widgets.Layout(max_width="56em"))
    box.add_class("tk-widget")
    box.readability = readability  # for notebooks and tests: the measured article behind the view
    box.formula_picker, box.view_picker, box.hardest_picker = formula_picker, view_picker, hardest_picker
    box.status, box.details, box.text = status, details, text
    return box


def formula_table_html() -> str:
    """The formulas in a table: what each counts, who made it for whom, where it misleads."""
    rows = formula_table()
    head = "".join(f'<th scope="col">{escape(k)}</th>' for k in ("formula", "counts", "made by / for",
                                                                 "misleads when", "wants"))
    body = "".join("<tr>" + f'<th scope="row">{escape(r["formula"])}</th>'
                   + "".join(f"<td>{escape(r[k])}</td>" for k in ("counts", "made by / for", "misleads when", "wants"))
                   + "</tr>" for r in rows)
    reasons = "".join(f"<li>{escape(r)}</li>" for r in WHY_FORMULAS_DISAGREE)
    return (style() + '<div class="tk-rd"><table class="tk-rd-inputs"><caption>What each readability formula counts'
            f"</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"<p><b>Why they disagree</b></p><ul>{reasons}</ul></div>")

