"""More kinds of attribution met in real news (issue 16, second round): each rule on a sentence written for it."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


@pytest.mark.parametrize("text, source", [
    # a chain of asides naming a body: the person before them speaks
    ("Ann Lee, chair of the board of Green Rivers, the group's lobbying arm, said it would join the race.",
     "Ann Lee"),
    # who someone is to another, as an aside
    ("Carla Ruiz, mother of flood victim Sam Ruiz, rejected the council's account of the night.", "Carla Ruiz"),
])
def test_the_person_before_the_asides_is_the_source(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "Dana Holt, Ohio state director of Save the Park, was unsure why the fight began.",  # "state" is a noun
    "Carla Ruiz waved away the mayor's claim.",     # a possessive owns a noun: no speaker there
])
def test_nouns_shaped_like_verbs_of_saying_are_not_frames(text):
    label = only(text)
    assert label.source not in ("Ohio", "the mayor's", "the mayor")
