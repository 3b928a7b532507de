"""Every analysis of one article, together: the `analyze` report and the part-by-part report.

    from toolkit.analysis import analyze
    report = analyze(article)          # the JSON contract of `python -m toolkit analyze --json`
    analysis = analysis_of(article, lexicon)
    analysis.loaded, analysis.sentence_labels, analysis.readability, analysis.voices

Modules: `article_analysis` (one object per article and lexicon; each layer once),
`report` (the JSON contract and its terminal text), `parts` (the analyses side by side for
each part of the page).
"""

from __future__ import annotations

from toolkit.analysis.article_analysis import ArticleAnalysis, analysis_of
from toolkit.analysis.parts import PartReport, part_report
from toolkit.analysis.report import analyze, format_report

__all__ = ["ArticleAnalysis", "PartReport", "analysis_of", "analyze", "format_report", "part_report"]
