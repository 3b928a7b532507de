"""Issue 16, seventeenth round: the writer named as a source, in a form the subject readers miss.

Module: `toolkit.claims.sourceless_subjects` (`unname_writer_sources`). "I said" and "I would write" are
already the writer's own voice; a contraction ("I've", "I'm") or a share of the writer's own group
("many of us") was shown as someone else credited with the words. Counted on CheckThat! `train_en`, BABE's
`label_opinion` and PolNeAR train first. Every sentence here was written for this test; none comes from an
evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only


@pytest.mark.parametrize("text", [
    "Against the spineless councillors, I've argued that the bridge must be rebuilt.",
    "Many of us said the stupid plan would fail.",
])
def test_the_writer_in_a_contraction_or_among_us_does_not_shield_their_own_judgment(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert label.source is None


def test_the_writer_is_never_shown_as_the_source():
    label = only("I've been saying for years that the levy is a foolish idea.")
    assert label.source is None, label.summary


def test_words_passed_on_to_the_writer_stay_attributed_with_nobody_named():
    label = only("I'm told the harbour will reopen in May.")
    assert label.label == "attributed", label.summary
    assert label.source is None


# A guard, not a fix: the rule must not reach a country ("US") or a group that is not the writer's.
@pytest.mark.parametrize("text, source", [
    ("The US envoy said the harbour would reopen in May.", "US envoy"),
    ("Many of them said the harbour would reopen in May.", "many of them"),
])
def test_a_country_or_another_group_is_still_a_source(text, source):
    label = only(text)
    assert label.label == "attributed", label.summary
    assert source in (label.source or ""), label.source
