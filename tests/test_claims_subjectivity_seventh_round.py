"""Issue 16, seventh round: bodies of ideas after "according to", judgment words in the speaker's own phrase.

Modules: `toolkit.claims.according_measures` and `toolkit.claims.sentence_labels`. Every sentence here was
written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.according_measures import measure_follows
from tests.label_helpers import only, own
from toolkit.text.layer import TextLayer


def _after_according(text: str) -> bool:
    tokens = TextLayer(text).tokens_in(0, len(text))
    at = next(k for k, t in enumerate(tokens) if t.low == "according") + 2
    return measure_follows(tokens, at)


# --- "according to" a body of ideas credits no one ----------------------------------------------

@pytest.mark.parametrize("text", [
    "According to their doctrine, the harbour belongs to the town.",
    "The fee, according to this logic, pays for itself.",
    "According to tradition, the ferry sails on the first of May.",
    "According to their own theory, the bridge costs nothing.",
])
def test_a_body_of_ideas_after_according_to_is_no_source(text):
    assert _after_according(text)


@pytest.mark.parametrize("text", [
    "According to the harbour master, the ferry sails on the first of May.",
    "According to the theory of its designer, the bridge costs nothing.",
    "According to their lawyer, the fee is legal.",
])
def test_a_person_or_a_theory_of_someone_is_still_a_source(text):
    assert not _after_according(text)


def test_the_writers_judgment_beside_a_doctrine_counts_for_the_writer():
    label = only("The reformers are honest and wise men, who would tax every ferry, according to their doctrine.")
    assert label.label == "opinion", label.summary
    assert label.source is None
    assert not any(c.reported for c in own(label, "evaluative"))


def test_a_person_after_according_to_still_takes_the_claim():
    label = only("The ferry will sail in May, according to the harbour master.")
    assert label.label == "attributed"
    assert label.source and "harbour master" in label.source


# --- judgment words in the speaker's own phrase ---------------------------------------------------

def test_a_judgment_word_naming_the_speaker_counts_for_the_writer():
    label = only("The hapless board announced a new tax on bread.")
    assert label.label == "opinion", label.summary
    cue = own(label, "judgment_adjectives")
    assert cue and cue[0].text == "hapless"


def test_a_plain_speaker_phrase_leaves_the_report_attributed():
    label = only("The harbour board announced a new tax on bread.")
    assert label.label == "attributed"
    assert not [c for c in label.cues if c.weight > 0 and not c.reported]


def test_a_loaded_word_in_the_speakers_phrase_is_shown_as_the_writers():
    label = only("The regime's propaganda outlets announced a new tax on bread.")
    assert any(c.family == "loaded" and c.text == "propaganda" and not c.reported for c in label.cues)


# --- a forecast in mild terms is still the writer's prediction (the taxonomy's opinion) -----------

@pytest.mark.parametrize("text", [
    "A second ferry would be less effective than a wider pier.",
    "There will be an enormous rise in harbour fees.",
])
def test_a_forecast_in_mild_terms_stays_the_writers_prediction(text):
    assert only(text).label == "opinion"


# --- "actually" alone marks a contrast; it does not vouch ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry company hid what it was actually planning to do.",
    "Tourists bought the cottages, whether they actually lived there or not.",
])
def test_a_lone_actually_does_not_make_an_opinion(text):
    label = only(text)
    assert label.label == "fact", label.summary
    cues = own(label, "certainty")
    assert cues and 0 < sum(c.weight for c in cues) <= 0.5


def test_actually_with_another_cue_counts_in_full():
    label = only("The council's plan is actually a shameful waste.")
    assert label.label == "opinion"
    assert own(label, "certainty")[0].weight == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["Clearly the ferry left the harbour at noon.",
                                  "Certainly the bridge opened two weeks later.",
                                  "Indeed, the ferry left the harbour at noon."])
def test_words_that_vouch_or_insist_keep_their_weight_alone(text):
    assert only(text).label == "opinion"
