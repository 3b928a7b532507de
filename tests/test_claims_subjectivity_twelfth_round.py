"""Issue 16, twelfth round: objective sentences read as opinion because a cue fired where it judges nothing.

Modules: `toolkit.claims.plain_senses` (a judging word in a plain sense) and
`toolkit.claims.writer_narration` (the writer's "I" telling a past act). Each kind was counted on
`train_en` first. Every sentence here was written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own


# --- a judging word in a plain sense: "when necessary", "to welcome visitors", "empty flats" ----------

@pytest.mark.parametrize("text", [
    "The ferry company adds extra sailings when necessary.",
    "Wardens will close the footpath if necessary.",
    "The fund pays out as may be necessary during a flood.",
])
def test_necessary_in_a_condition_rates_nothing(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "evaluative_mild"), [c.text for c in label.cues]


@pytest.mark.parametrize("text", [
    "The island has become the third county to welcome refugees as teachers.",
    "Harbour staff gave the visiting crew a warm welcome.",
    "The council did not welcome the plan for a second pier.",
])
def test_welcome_as_a_verb_or_a_noun_is_an_act(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "evaluative_mild"), [c.text for c in label.cues]


@pytest.mark.parametrize("text", [
    "The old quay is now lined with empty warehouses and shuttered cafes.",
    "Several units on the estate have stood empty since the spring.",
])
def test_empty_places_are_counted_not_judged(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "evaluative"), [c.text for c in label.cues]


def test_as_a_matter_of_fact_after_a_verb_is_a_question_of_fact():
    label = only("Whether the toll would be cheaper than the ferry cannot be settled as a matter of fact.")
    assert label.label == "fact", label.summary
    assert not own(label, "certainty"), [c.text for c in label.cues]


@pytest.mark.parametrize("text, family", [
    ("It would be a welcome change for the harbour.", "evaluative_mild"),
    ("Visitors are no longer welcome on the pier.", "evaluative_mild"),
    ("The levy is necessary to keep the ferry running.", "evaluative_mild"),
    ("The pledge to rebuild the pier was nothing but empty words.", "evaluative"),
    ("As a matter of fact, the mayor never came to the harbour.", "certainty"),
])
def test_the_judging_senses_keep_their_cue(text, family):
    assert own(only(text), family), [c.text for c in only(text).cues]


def test_empty_promises_are_still_an_opinion():
    assert only("The council's talk of a new pier is empty rhetoric.").label == "opinion"


def test_an_empty_named_building_is_a_place_but_a_headline_capitalises_every_word():
    assert not own(only("Protesters gathered outside an empty Town Hall on Sunday."), "evaluative")
    assert own(only("Empty Promises From The Harbour Board"), "evaluative")


# --- the writer's "I" telling a past act: "I covered the strike last spring" ---------------------------

@pytest.mark.parametrize("text", [
    "I covered the ferry strike last spring, relying on the important work of harbour reporters.",
    "When I first started writing about the levy, I had to explain what a \u201cmooring charge\u201d was.",
])
def test_the_writers_past_act_is_narration_not_opinion(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "first_person")
    assert own(label, "writer_narration"), [c.family for c in label.cues]


@pytest.mark.parametrize("text", [
    "I think the new pier is a mistake.",
    "I thought the levy was unfair from the start.",
    "I loved the old ferry, and the new one is a poor copy.",
    "I have argued before that the toll is a blunder.",
])
def test_the_writers_view_in_the_first_person_stays_opinion(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert not own(label, "writer_narration")


def test_a_past_act_beside_a_judgment_of_the_writer_still_reads_as_opinion():
    label = only("I visited the harbour in May, and the new pier is a disgraceful waste of money.")
    assert label.label == "opinion", label.summary
    assert own(label, "writer_narration")
