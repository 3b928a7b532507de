"""The cycle collector is paused only while an analysis layer is worked out, and left as it was."""

from __future__ import annotations

import gc

import pytest

from toolkit import parse_article
from toolkit.analysis.article_analysis import ArticleAnalysis
from toolkit.text.collector import collector_paused


def test_the_collector_is_off_inside_and_back_on_after_even_when_the_block_fails():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with collector_paused():
            assert not gc.isenabled()
            raise ValueError("a layer failed")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_analysis_leaves_the_collector_on():
    analysis = ArticleAnalysis(parse_article("A title\n\nThe council voted on Monday, the clerk said. It was close.\n"))
    assert analysis.to_dict()["sentences"] and gc.isenabled()
