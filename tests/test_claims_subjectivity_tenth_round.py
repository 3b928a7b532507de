"""Issue 16, tenth round: the writer's own words read as someone's belief, when the "source" is no source.

Module: `toolkit.claims.sourceless_subjects`, and "know better than" in `judgment_idioms.txt`. Each shape was counted on `train_en` and against
PolNeAR's training attributions first. Every sentence here was written for this test; none comes
from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own


# --- a likeness after a thing: "the ferry feels like a relic" -----------------------------------------

@pytest.mark.parametrize("text", [
    "In an era of cheap flights, the ferry feels like a relic.",
    "These days the high street feels like a museum of closed shops.",
])
def test_a_thing_that_feels_like_something_is_the_writers_picture(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert label.source is None
    assert own(label, "figurative"), [c.family for c in label.cues]


@pytest.mark.parametrize("text", [
    "It felt as though the town had given up on its harbour.",
    "The station felt like a tomb after the last train left.",
])
def test_a_likeness_after_a_dummy_or_a_thing_credits_no_one(text):
    label = only(text)
    assert label.label != "attributed", label.summary
    assert label.source is None


@pytest.mark.parametrize("text, source", [
    ("The old mayor feels like a stranger in his own town.", "the old mayor"),
    ("Residents feel like strangers in their own town.", "residents"),
])
def test_a_person_who_feels_like_something_still_holds_the_feeling(text, source):
    label = only(text)
    assert label.label == "attributed", label.summary
    assert label.source.lower() == source


# --- idioms whose verb reports no belief: "as it sees fit", "know better than" ------------------------

@pytest.mark.parametrize("text", [
    "Fishermen surely know better than any minister what the harbour needs.",
    "Local traders know better than the council how to run a market.",
])
def test_knowing_better_than_someone_is_a_ranking_not_a_belief(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert label.source is None
    assert own(label, "judgment_idioms"), [c.family for c in label.cues]


@pytest.mark.parametrize("text", [
    "The board may spend the harbour fund as it sees fit.",
    "The trustees can sell the land as they think fit.",
])
def test_a_free_hand_as_someone_sees_fit_credits_no_view(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert label.source is None


def test_seeing_and_knowing_outside_the_idioms_still_credit_their_subject():
    assert only("The ferry company knows the pier needs repairs.").label == "attributed"
    assert only("The inspectors see the fund as a risk.").label == "attributed"


# --- a negative universal as the subject of belief or memory: "Nobody remembers" ----------------------

@pytest.mark.parametrize("text", [
    "Nobody today remembers why the bridge was built.",
    "No one in the village believes the harbour will reopen.",
])
def test_a_negative_universal_is_no_source(text):
    label = only(text)
    assert label.label != "attributed", label.summary
    assert label.source is None


@pytest.mark.parametrize("text", [
    "Nobody knows how many of the boats were insured.",   # a plain unknown, as news reports it
    "Nobody said the pier would close.",                  # a verb of saying: what was not said is reported
])
def test_knowing_and_saying_after_nobody_stay_credited(text):
    label = only(text)
    assert label.label == "attributed", label.summary
    assert label.source == "Nobody"


@pytest.mark.parametrize("text", [
    "The station felt like a tomb after the last train left.",
    "The new flats feel like a prison to anyone who visits.",
])
def test_every_tense_of_feels_like_a_pictures_a_thing(text):
    """The figurative list holds "feels like a" in each tense, so the past-tense picture is opinion too."""
    seen = only(text)
    assert seen.label == "opinion"
    assert any(c.family == "figurative" for c in seen.cues)
