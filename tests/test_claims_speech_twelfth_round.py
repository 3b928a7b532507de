"""Attribution, twelfth round (issue 16, speech verbs): wrongly attributed sentences on PolNeAR train, read
as kinds (a verb's form used as a noun after a modifier, "feel" describing a state, "backed off" as a
retreat, a title-case heading before a colon); every sentence here is written for these tests (none taken
from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import only, credited


# ----- a base form after a determiner and a modifier is a noun (toolkit/claims/saying_nouns.py) ---------------

@pytest.mark.parametrize("sentence", [
    "The council is drafting a new report that could change the levy.",
    "The harbor office is preparing an annual report on the dredging.",
    "The original tweet was deleted.",
    "It didn't have the festive feel that's so typical of Calder fairs.",
    "Their earlier plan was dropped in May.",
])
def test_a_modified_noun_form_is_no_verb(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("Harbor pilots say the new pier is too short.", "harbor pilots"),
    ("The ferry workers say the levy is unfair.", "the ferry workers"),
    ("Half of the voters in each district say the pier should close.", "half of the voters in each district"),
])
def test_a_plural_subject_before_a_base_form_still_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "feel" before a participle or a mood is a state (toolkit/claims/feeling_states.py) ----------------------

@pytest.mark.parametrize("sentence", [
    "The mayor felt blindsided by the vote.",
    "He felt squeezed out of the harbor talks.",
    "The pilots still felt uneasy after the storm.",
])
def test_feeling_a_state_is_not_a_view(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("Ruiz feels the levy is unfair.", "Ruiz"),
    ("The mayor felt that the pier should close.", "the mayor"),
])
def test_feeling_with_a_clause_is_still_a_view(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "backed off", "backed down" retreat (toolkit/claims/verb_look_alikes.py) --------------------------------

@pytest.mark.parametrize("sentence", [
    "The harbor board backed off, replacing the levy with a small fee.",
    "The ferry union eventually backed down, but Ruiz kept pressing.",
])
def test_backing_off_is_a_retreat_not_support(sentence: str) -> None:
    assert only(sentence).label != "attributed"


def test_backing_a_plan_is_still_support() -> None:
    credited("The ferry union backed the levy.", "the ferry union")


# ----- a title-case heading before a colon is the writer's kicker (toolkit/claims/heading_kickers.py) ---------

@pytest.mark.parametrize("sentence", [
    "Big Win For Ruiz: Ferry Union Holds Off On Endorsement.",
    "Quote Of The Week: the pier will open in May, the board promised nobody in particular.",
])
def test_a_heading_kicker_is_no_speaker(sentence: str) -> None:
    label = only(sentence)
    assert label.source is None or "for" not in label.source.lower().split() and \
        "of" not in label.source.lower().split(), label


def test_a_name_before_a_colon_still_speaks() -> None:
    credited("Ruiz: The pier will reopen in May, whatever the board decides.", "Ruiz")


# ----- a digest's reading-list item is a headline and its byline (toolkit/claims/cited_items.py) --------------

@pytest.mark.parametrize("sentence", [
    "\u2014\"Pier to reopen in May,\" by the Calder Gazette's Ann Ruiz: http://example.org/pier.",
    "HARBOR NEWS\u2014\"Ferry fares to rise,\" by the Gazette's Tom Hale: \"The ferry company will raise fares by "
    "a dollar in June.",
])
def test_a_reading_list_item_is_no_ones_words(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("\"The pier will reopen in May,\" said Ruiz.", "Ruiz"),
    ("\"The pier will reopen in May,\" wrote the harbor master, Tom Hale.", "the harbor master, Tom Hale"),
])
def test_a_quotation_with_its_speaker_still_speaks(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and source.lower().startswith(label.source.lower()), label.source


def test_a_long_unnamed_quotation_is_still_someones_words() -> None:
    sentence = ("\"The pier will reopen in May, and the ferry will run again by June when the dredging is done, "
                "whatever the board thinks.\"")
    assert only(sentence).label == "attributed"


# ----- "to X's statement" names an event unless words follow (toolkit/claims/agent_frames.py) -----------------

@pytest.mark.parametrize("sentence", [
    "Hale responded to Okafor's tweet.",
    "The crowd turned to Ruiz's speech.",
    "It sounded odd to anyone listening to the mayor's statement on Tuesday morning.",
])
def test_turning_to_someones_words_hands_none_over(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("The pier will close in May, according to the mayor's statement.", "the mayor"),
    ("The levy came in response to Ruiz's attacks on the harbor budget.", "Ruiz"),
    ("In Okafor's statement, the pier will close in May.", "Okafor"),
])
def test_a_possessive_noun_of_saying_with_its_words_still_credits(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and source.lower() in label.source.lower(), label.source
