"""Issue 16, ninth round: essay shapes the opinion rules missed, each measured on `train_en` first.

Modules: `toolkit.claims.characterisations`, `toolkit.claims.contrast_frames`,
`toolkit.claims.neglect_frames`, `toolkit.claims.ranking_comparisons`, and additions to
`blind_spots.txt` and `judgment_idioms.txt`. Every sentence here was written for this test; none
comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own
from toolkit.claims.characterisations import characterisation_cues
from toolkit.claims.contrast_frames import contrast_frame_cues
from toolkit.claims.neglect_frames import neglect_cues
from toolkit.claims.ranking_comparisons import ranking_comparison_cues
from toolkit.text.layer import TextLayer


def _cues(finder, text: str):
    return finder(text, TextLayer(text).tokens_in(0, len(text)))


def _opinion_by(text: str, family: str) -> None:
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, family), [c.family for c in label.cues]


# --- filing something under another name: "is a revival of" -----------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The new marina is a revival of the old harbour trade.", "is a revival of"),
    ("The bridge is really a kind of monument to the mayor.", "is really a kind of"),
    ("That's a modern version of the old toll.", "That's a modern version of"),
    ("The harbour fund was a reflection of the council's fear.", "was a reflection of"),
])
def test_filing_the_subject_under_another_name_is_the_writers_reading(text, words):
    assert [c.text for c in _cues(characterisation_cues, text)] == [words]
    _opinion_by(text, "characterisation")


@pytest.mark.parametrize("text", [
    "Shingles is a form of herpes.",                      # a class anyone can look up
    "A revival of the play opened at the harbour theatre.",  # an event
    "The ferry is kind of slow.",                          # a hedge, another rule's
    "The council printed a version of the timetable in May.",
])
def test_a_class_an_event_or_a_hedge_is_no_characterisation(text):
    assert _cues(characterisation_cues, text) == []


def test_a_characterisation_in_a_speakers_words_is_theirs():
    label = only("The harbour master said the marina is a revival of the old trade.")
    assert label.label == "attributed", label.summary


# --- arguing by contrast: "is one thing; ... another", "What matters is" ----------------------------

@pytest.mark.parametrize("text", [
    "The fee is one thing; the closure of the pier is another.",
    "It is one thing to raise the fare, quite another to cut the last boat.",
    "What matters is whether the boats run on time.",
    "All that matters now is the pier.",
])
def test_a_contrast_that_argues_is_the_writers(text):
    assert [c.family for c in _cues(contrast_frame_cues, text)] == ["contrast_frame"]
    _opinion_by(text, "contrast_frame")


@pytest.mark.parametrize("text", [
    "The crew did one thing before leaving the quay.",     # no "another"
    "They sold one thing and bought another.",             # "one thing" as an object, no "be"
    "The board asked what matters to the fishermen.",      # not at the head of the sentence
    "What matters to the insurer was not disclosed.",      # ... nor followed by "is"
])
def test_one_thing_and_what_matters_that_do_not_argue(text):
    assert _cues(contrast_frame_cues, text) == []


# --- few or none thought to ask ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Few reporters thought to ask why the pier had closed.",
    "But none of the councillors bothered to read the survey.",
    "Nobody cared to check the tide tables.",
    "The board didn't bother to reply to the fishermen.",  # the list's negated "bother"
])
def test_few_or_none_doing_what_was_due_is_the_writers_verdict(text):
    _opinion_by(text, "blind_spots")


@pytest.mark.parametrize("text", [
    "She thought to ask the pilot about the tide.",        # a report of what she did
    "The mayor said few people had thought about it.",
    "Few boats, the harbour master thought, would sail.",  # the subject ends at the comma
])
def test_thought_to_after_another_subject_is_no_neglect(text):
    assert _cues(neglect_cues, text) == []


# --- nobody does it like them; comparisons that rank ---------------------------------------------

@pytest.mark.parametrize("text", [
    "But no one runs a ferry like the islanders.",
    "Nobody mends nets better than the old crews.",
    "No other port handles storms as well as Harwick.",
])
def test_no_one_like_them_is_the_writers_ranking(text):
    assert [c.family for c in _cues(ranking_comparison_cues, text)] == ["sweeping_claim"]
    _opinion_by(text, "sweeping_claim")


@pytest.mark.parametrize("text", [
    "No one was hurt like that in years.",                 # one occasion
    "Nobody looks like the old harbour master.",           # a likeness
    "The crews said no one fishes like the islanders.",    # not at the head of the sentence
])
def test_an_occasion_a_likeness_or_another_subject_is_no_ranking(text):
    assert _cues(ranking_comparison_cues, text) == []


@pytest.mark.parametrize("text", [
    "The old pier is no match for the new marina.",
    "The ferry's cafe is second to none.",
    "The council's plan pales in comparison with the fishermen's.",
])
def test_comparisons_that_rank_as_they_compare(text):
    _opinion_by(text, "judgment_idioms")
