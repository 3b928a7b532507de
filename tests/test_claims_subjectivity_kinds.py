"""Kinds of subjectivity error fixed on CheckThat!'s training split (issue 16), one test per rule.

Every sentence here was written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


# --- a "they want" / "it seems" frame with no one named does not hide the writer's view ---------

@pytest.mark.parametrize("text", [
    "It seems the ferry could be gone for good by spring.",
    "They know the harbour levy may ruin the smaller traders.",
])
def test_a_pronoun_stance_frame_does_not_shield_the_writers_guess(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.kind == "modal" and not c.reported for c in label.cues)


@pytest.mark.parametrize("text", [
    "The harbour master believes the ferry could be gone by spring.",
    "The mayor defended the levy, telling residents that the roads could not wait.",
])
def test_a_named_or_described_holder_still_makes_it_attributed(text):
    assert only(text).label == "attributed"


def test_a_pronoun_stance_frame_over_a_plain_statement_stays_attributed():
    assert only("They want the ferry back on the winter timetable.").label == "attributed"


# --- the writer's own judgment of the speaker counts against the attribution ----------------------

def test_a_judgment_of_the_speaker_in_the_writers_voice_makes_an_opinion():
    label = only("The harbour board, which has been shameful in its treatment of the fishermen, "
                 "announced new fees on Monday.")
    assert label.label == "opinion", label.summary
    assert any(c.text == "shameful" and not c.reported for c in label.cues)


def test_judgment_words_inside_the_reported_words_stay_the_speakers():
    label = only("The harbour board said on Monday that the new fees were shameful and unfair.")
    assert label.label == "attributed"
    assert all(c.reported for c in label.cues if c.text == "shameful")


# --- a metaphor of eating, choking or preying judges without a judgment word ----------------------

@pytest.mark.parametrize("text", [
    "The harbour levy devours what little the fishing families save each winter.",
    "Year after year the council clings to a timetable nobody rides.",
])
def test_a_figurative_verb_is_the_writers_view(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.family == "figurative_verbs" for c in label.cues)


def test_a_plain_verb_in_the_same_place_stays_a_fact():
    assert only("The harbour levy takes 4 percent of what the fishing families earn each winter.").label == "fact"


# --- a capitalised "Our" inside a name is not the writer's "we" ------------------------------------

def test_our_inside_a_campaign_name_is_not_first_person():
    label = only("Volunteers from Save Our Ferry handed 3,000 signatures to the council.")
    assert label.label == "fact", label.summary
    assert not any(c.family == "first_person_plural" for c in label.cues)


def test_our_in_the_writers_own_sentence_still_counts():
    label = only("Our island deserves a ferry that runs all winter.")
    assert any(c.family == "first_person_plural" for c in label.cues)
