"""Issue 16, eighteenth round: who is shown as the source of a noun of saying with a modifier.

Module: `toolkit.claims.noun_cue_owners`, called where `reporting_frames` sets a frame's source. In
"Ms. Ruiz delivered a forceful promise to ..." the frame reader took the words before the noun for
its subject and showed "a forceful" as the source. The source is now the noun's owner: the
possessor ("his", "its", "the police's"), the subject of the clause whose verb takes the noun, or
nobody. Which sentences are attributed does not change. Found on PolNeAR train; every sentence here
was written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit import parse_article
from toolkit.claims.noun_cue_owners import modifier_word, without_possessive
from toolkit.claims.sentence_labels import label_sentences
from tests.label_helpers import credited, only


def _last(text: str):
    """The label of an article's last sentence (earlier sentences name the people a pronoun points to)."""
    return label_sentences(parse_article(text))[-1]


@pytest.mark.parametrize("text, source", [
    ("Ana Ruiz began Sunday with a personally signed tweet about the flooded road.", "Ana Ruiz"),
    ("In a casual remark, Councillor Tom Okafor conflated the two ferry lines.", "Tom Okafor"),
    ("The harbour board kept its one major pledge to lower the fees.", "the harbour board"),
    ("The Calder police's biggest worry was a crowd at the pier, not the storm.", "the Calder police"),
    ("In March, the county board expressed doubt that the dam would hold.", "the county board"),
    ("The ferry strike raised serious doubts about whether the council will act.", "the ferry strike"),
])
def test_the_owner_of_the_noun_is_the_source(text, source):
    credited(text, source)


def test_the_subject_of_the_clause_owns_a_noun_after_an_article():
    label = _last("Mayor Ana Ruiz opened the session on Monday. "
                  "Ms. Ruiz delivered a forceful promise to repair every bridge in the county.")
    assert label.label == "attributed", label.summary
    assert label.source == "Ana Ruiz", label.source
    assert not any(c.kind == "source" and "forceful" in c.text for c in label.cues)


@pytest.mark.parametrize("text", [
    "Tom Okafor answered questions for an hour. His second tweet, an hour later, was about the ferry.",
    "Tom Okafor answered questions for an hour. Later he sent his ten-zillionth claim that the ferry is late.",
])
def test_a_possessive_pronoun_is_read_as_the_person_it_points_to(text):
    label = _last(text)
    assert label.label == "attributed", label.summary
    assert label.source == "Tom Okafor", label.source


def test_with_no_owner_nobody_is_named_and_the_label_stays():
    label = only("Nothing but the vain hope that the river falls keeps the fair open.")
    assert label.label == "attributed", label.summary
    assert label.source is None


# Guards: a noun subject before a verb of saying keeps its source; the words read as modifiers are no nouns.
@pytest.mark.parametrize("text, source", [
    ("The mayor said the bridge will reopen in May.", "the mayor"),
    ("The unions claim that the fees are too high.", "the unions"),
    ("A third said the fees were fair.", "A third"),
])
def test_a_subject_before_a_verb_keeps_its_source(text, source):
    credited(text, source)


@pytest.mark.parametrize("word, modifies", [
    ("forceful", True), ("second", True), ("ten-zillionth", True), ("mid-morning", True), ("signed", True),
    ("official", False), ("executive", False), ("campaign", False), ("judge", False), ("creed", False),
])
def test_modifier_words_are_told_from_nouns(word, modifies):
    assert modifier_word(word) is modifies


def test_a_possessor_is_shown_without_its_ending():
    assert without_possessive("the Calder police's") == "the Calder police"
    assert without_possessive("Okafor\u2019s") == "Okafor"
    assert without_possessive("the bridges") == "the bridges"
