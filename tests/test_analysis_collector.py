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


class _Node:
    """A record that points at itself: garbage only the cycle collector can free."""

    def __init__(self) -> None:
        self.me = self


def test_what_the_block_kept_is_not_read_again_at_once_and_a_cycle_made_there_is_still_freed():
    import weakref

    with collector_paused():
        kept = [[n] for n in range(5000)]  # many small containers the block keeps
        node = _Node()
        gone = weakref.ref(node)
        del node
    # The block's containers went to the oldest generation unread: the youngest starts counting afresh.
    assert gc.get_count()[0] < 1000
    assert gone() is not None  # a cycle is freed only by the collector, which has not read it yet
    gc.collect()
    assert gone() is None and len(kept) == 5000


def test_objects_frozen_by_the_caller_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            [[n] for n in range(100)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
