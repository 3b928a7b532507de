"""Attribution recall beyond speech, eighteenth round (issue 16): a wish with what the subject means to do after it
("The board would like to see the pier rebuilt", "Ruiz would love to win"), credited to its subject as "wants to"
is, and a first-person contraction before a stance ("I'd prefer to") left as the writer's own, as "I want to" is.
Every sentence here is written for these tests (none taken from the data); the tests of what must stay
unattributed guard the rule's edges."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only


# ----- a wish with a plan after it: "would like to", "would love to" (stance_verbs.txt) ---------------------------

@pytest.mark.parametrize("sentence, source", [
    ("The harbor board would like to see the old pier rebuilt by May.", "The harbor board"),
    ("Ruiz would love to win the port vote outright.", "Ruiz"),
    ("All three candidates would like to cut the ferry levy in half.", "candidates"),
])
def test_a_wish_with_a_plan_after_it_credits_its_subject(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and source.lower() in label.source.lower(), label.source


@pytest.mark.parametrize("sentence", [
    "I'd love to see the old pier rebuilt by May.",          # the writer's own wish, as "I want to" is
    "I\u2019d prefer to keep the ferry running all winter.",
    "We'd like to thank the harbor crew for their help.",
])
def test_a_first_person_contraction_before_a_stance_is_the_writers_own(sentence: str) -> None:
    assert only(sentence).label != "attributed", sentence


def test_a_habit_is_no_wish() -> None:
    """"likes to" reports what someone tends to do (often the writer's aside), not a plan: not in the list."""
    assert only("Ruiz likes to walk the pier at dawn.").label != "attributed"


def test_a_named_wish_still_reads_its_subject() -> None:
    credited("Mayor Ana Ruiz would like to see the levy repealed.", "Ana Ruiz")
