"""Sources after "by" and owners of nouns of saying (issue 16): each rule on a sentence written for it."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


@pytest.mark.parametrize("text, source", [
    # a passive with its agent
    ("The plan was criticized by Ana Lopez, the harbour director.", "Ana Lopez"),
    ("The pilots were told by the harbour director that the channel would close.", "the harbour director"),
    # a noun of saying with its maker after "by"
    ("The criticism of the levy by Ana Lopez surprised the board.", "Ana Lopez"),
    # a possessive before a noun of saying that opens the words
    ("In Okafor's statement, the port was called safe.", "Okafor"),
])
def test_agents_and_owners_of_what_was_said(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "Okafor's comments came a day after the vote.",      # the remark is what is spoken of
    "The levy is backed by the mayor's office.",          # backing is no saying
    "The ship was named by Okafor's daughter.",           # naming a ship
    "The ferry was delayed by fog.",
    "Her speech echoed a speech given by Ana Lopez in 2010.",  # someone gave a speech; no words reported
])
def test_look_alikes_name_no_agent(text):
    assert only(text).label != "attributed"
