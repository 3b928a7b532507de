"""Readability that understands an article's structure (textstat's formulas, made honest).

    from toolkit.readability import measure, interpret
    r = measure(article)
    r.whole["flesch_kincaid_grade"]      # the page as textstat sees it
    r.prose["flesch_kincaid_grade"]      # paragraph sentences only, the toolkit's boundaries
    r.by_part["framing"], r.by_part["body"], r.hardest(3), r.warnings

Modules: `lexicon` (textstat's word knowledge, loaded fast), `counting` (counts that add
up), `formulas` (what each formula counts and its arithmetic), `checks` (warnings),
`interpret` (grade bands, typical readers, why formulas disagree), `measure` (the views),
`compare` (two parts or two articles) and `figure` (a matplotlib figure and a PNG helper).
"""

from __future__ import annotations

from toolkit.readability.compare import Comparison, compare
from toolkit.readability.formulas import COUNT_METRICS, FORMULAS, METRIC_KEYS, metric_name
from toolkit.readability.interpret import Interpretation, disagreement, formula_table, grade_equivalent, interpret
from toolkit.readability.measure import ArticleReadability, LongWord, ReadabilityView, SentenceReadability, measure, measure_text

__all__ = [
    "ArticleReadability", "COUNT_METRICS", "Comparison", "FORMULAS", "Interpretation", "LongWord", "METRIC_KEYS",
    "ReadabilityView", "SentenceReadability", "compare", "disagreement", "formula_table", "grade_equivalent",
    "interpret", "measure", "measure_text", "metric_name",
]
