"""A lone weak signal (a bare "I", an exclamation mark) does not make a plain statement an opinion (issue 16)."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


@pytest.mark.parametrize("text", [
    "I have coached the under-twelves in this village since 2009.",   # first-person narration
    "The night ferry finally docked at four in the morning!",          # "!" and nothing else
])
def test_a_lone_weak_signal_leaves_a_statement_a_fact(text):
    assert only(text).label == "fact"


@pytest.mark.parametrize("text", [
    "I think the night ferry should never have been cut.",
    "What a disgraceful way to treat the village!",
])
def test_the_same_signal_with_other_evidence_still_counts(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The new timetable sounds alarmingly like the old one.",
    "The only hope left for the night ferry is a late grant.",
    "Talk of the closure spread like wildfire along the quay.",
    "The levy is a recipe for empty shops on the harbour front.",
])
def test_evaluative_and_figurative_frames_are_the_writers_view(text):
    assert only(text).label == "opinion"


def test_a_frame_word_in_a_plain_sense_is_not_a_judgment():
    assert only("The ferry sounds its horn at noon.").label == "fact"


def test_judgment_words_in_the_object_of_a_stance_verb_count_for_the_writer():
    # "decried" hands over no words: the disgraceful, reckless rest is the writer's description
    label = only("The senator decried the levy, a disgraceful, shameful and utterly reckless swindle of honest "
                 "families.")
    assert label.label == "opinion"


def test_a_lone_may_or_could_reports_a_possibility():
    label = only("Charges against the ferry operator may follow later in the year.")
    assert label.label == "fact", label.summary
    assert any(c.family == "modal_speculation" and 0 < c.weight <= 0.5 for c in label.cues)


@pytest.mark.parametrize("text", [
    "Whether the ferry returns before winter is anyone's guess.",            # the writer's own shrug
    "The ferry could be a wonderful lifeline for the island.",               # "could" with a judgment
])
def test_a_guess_the_writer_makes_their_own_still_counts(text):
    assert only(text).label == "opinion"
