"""Notebook front ends: thin ipywidgets/anywidget views over the analysis packages.

No analysis happens here: each widget takes results from a pure function and draws them,
and reports what the student did back to a module that owns the rules and the saving. Each
module is named after the function a lesson calls:

    from toolkit.widgets import annotate, who_is_speaking, sorting_activity
"""

from __future__ import annotations

from toolkit.widgets.annotate import annotate, review_key
from toolkit.widgets.article_anatomy import article_anatomy
from toolkit.widgets.article_report import article_report
from toolkit.widgets.loaded_highlighter import loaded_highlighter
from toolkit.widgets.readability_explorer import readability_explorer
from toolkit.widgets.review_sentence_key import review_sentence_key
from toolkit.widgets.rewrite_activity import rewrite_activity
from toolkit.widgets.sorting_activity import sorting_activity
from toolkit.widgets.who_is_speaking import who_is_speaking

__all__ = ["annotate", "article_anatomy", "article_report", "loaded_highlighter", "readability_explorer",
           "review_key", "review_sentence_key", "rewrite_activity", "sorting_activity", "who_is_speaking"]
