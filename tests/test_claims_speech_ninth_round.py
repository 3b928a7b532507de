"""Attribution, ninth round (issue 16, speech verbs): kinds of miss counted on PolNeAR train, each rule
tested on sentences written for it here (none taken from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import only


# ----- an infinitive of saying with a clause after it (toolkit/claims/purpose_infinitives.py) -------

@pytest.mark.parametrize("sentence, source", [
    ("Last week, Marta Quill of Calder stood up at the harbor meeting to say she would vote against the levy.",
     "Marta Quill"),
    ("The ferry owners are taking pains to say they have no quarrel with the new timetable.", "The ferry owners"),
    ("The harbor board spent the whole month trying to tell the town that the water was safe.", "The harbor board"),
    ("The late start of the hearing led the fishermen to say that the council was hiding the figures.",
     "the fishermen"),
    ("The port union keeps trying to tell its members how well the talks are going.", "The port union"),
])
def test_an_infinitive_of_saying_hands_on_the_clause(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and label.source.lower().startswith(source.lower())  # "Marta Quill of Calder" names her


@pytest.mark.parametrize("sentence", [
    "It is too soon to say whether the new pier will bring more visitors to Calder.",
    "It is fair to say that the pier has changed the town.",
    "The mayor would do better to say that the pier cost more than planned.",
    "The council needs to say whether it will pay for the repairs.",
    "I am here to tell you that the pier will open on time.",
])
def test_an_infinitive_that_reports_no_words_is_not_attributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"


def test_tell_without_a_clause_hands_on_nothing() -> None:
    label = only("Soon the harbor master would have to tell the mayor, who would have to tell the board.")
    assert label.label != "attributed"


# ----- a participle of saying with a clause after it and no frame (toolkit/claims/saying_participles.py) --

@pytest.mark.parametrize("sentence, source", [
    ("The ferry workers had sued the port after the fees went up, saying that the new rates broke their contract.",
     "The ferry workers"),
    ("The Calder Pilots Guild had sued the port after the fees went up, saying the new rates were unlawful.",
     "Calder Pilots Guild"),
    ("Councillor Ana Ruiz had a long list of worries about the pier, while saying that the repairs were finished.",
     "Ana Ruiz"),
])
def test_a_participle_of_saying_hands_on_its_clause(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and source.lower() in label.source.lower()


@pytest.mark.parametrize("sentence", [
    "It's worth noting that the pier opened in 1910.",
    "The ferry line grew quickly, adding three new routes across the bay.",
    "That is not the same as saying the pier is unsafe.",
    "I walked back to the car, saying that the pier looked tired.",
])
def test_a_participle_that_hands_on_no_words_is_not_attributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"
