"""The article's report, part by part: a table of the toolkit's numbers and what they say, in words.

A thin view over `toolkit.analysis.parts`: one row per part of the page (the named parts in
bold), then the findings that compare the first two named parts, then any warnings. A dash
is always explained: grades are given for running prose only, and the toolkit does not look
for loaded words in credit lines or site text.
"""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.article.model import Article
from toolkit.analysis.parts import PartReport, called, part_report
from toolkit.render.html import escape
from toolkit.render.theme import style
from toolkit.widgets.stopped_kernel import tool

DASH = '<span aria-hidden="true">\u2014</span><span class="tk-sr-only">{}</span>'


def _cell(value: str | None, missing: str) -> str:
    if value is None:
        return f'<td class="tk-num">{DASH.format(escape(missing))}</td>'
    return f'<td class="tk-num">{escape(value)}</td>'


def report_html(report: PartReport) -> str:
    """The report as an accessible table (caption, header cells) plus the findings and warnings."""
    rows = []
    for part in report.parts:
        named = part.name in report.named
        grade = None if part.grade is None else f"{part.grade:.1f}"
        loaded = None if part.loaded_per_100 is None else f"{part.loaded_per_100:.1f} ({part.loaded})"
        sources = ", ".join(part.sources) or "\u2014"
        rows.append(
            f'<tr class="tk-report-part{" tk-report-named" if named else ""}" data-part="{escape(part.name)}">'
            f'<th scope="row">{escape(called(part.name))}</th>'
            f'<td class="tk-num">{part.words}</td>'
            + _cell(grade, "not running prose: no grade")
            + _cell(loaded, "not checked for loaded words")
            + f'<td class="tk-num">{part.opinion_share:.0%}</td><td class="tk-num">{part.attributed_share:.0%}</td>'
            f"<td>{escape(sources)}</td></tr>")
    table = (
        f'<table class="tk-report-table"><caption>{escape(report.title or "The article")}: part by part</caption>'
        "<thead><tr><th scope='col'>part of the page</th><th scope='col'>words</th>"
        "<th scope='col'>reading grade (Flesch-Kincaid)</th><th scope='col'>loaded per 100 words (how many)</th>"
        "<th scope='col'>writer's own opinion</th><th scope='col'>credited to others</th>"
        "<th scope='col'>sources named</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    notes = ('<p class="tk-report-notes">Grades are given only for the parts of running prose (in bold, '
             "shaded): the formulas were made for paragraphs, not for lists of headlines or captions. The toolkit "
             "does not look for loaded words in credit lines or in the site's own text. The shares are of the "
             "part's words, by the toolkit's label for each sentence (lesson 5).</p>")
    findings = "".join(f"<li>{escape(finding)}</li>" for finding in report.findings)
    findings_html = (f'<div class="tk-report-findings"><p><b>What the numbers say</b></p><ul>{findings}</ul></div>'
                     if findings else "")
    warnings = "".join(f"<p><b>Careful:</b> {escape(warning)}</p>" for warning in report.warnings)
    return style() + table + notes + findings_html + warnings


@tool("The article report")
def article_report(article: Article) -> widgets.HTML:
    """The report on an article, part by part, ready to show in a notebook."""
    view = widgets.HTML(report_html(part_report(article)), layout=widgets.Layout(max_width="62em"))
    view.add_class("tk-report")
    return view
