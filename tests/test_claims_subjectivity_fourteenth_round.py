"""Issue 16, fourteenth round: kinds read on CheckThat! `train_en` and BABE's `label_opinion` together.

Module: `toolkit.claims.political_camps` (a whole political camp as one actor, "The Left wants to
...", "the radical left's agenda"). Every sentence here was written for this test; none comes from an
evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own


# --- a political camp as the doer or an owner --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Left wants every harbour town to pay for its dreams.",
    "If the left keeps shouting, the ferry will never sail.",
    "The far right has its own plans for the harbour.",
    "The radical left's war on the fishing fleet goes on.",
    "The pier is now a playground for the far-left's pet causes.",
    "The loony left will run the harbour board by spring.",
])
def test_a_political_camp_acting_as_one_is_the_writers_generalisation(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, "sweeping_claim"), [c.text for c in label.cues]


@pytest.mark.parametrize("camp, side", [
    ("The left wants a new pier.", "The left lane wants repainting."),  # a side of a road
    ("The left wants a new pier.", "The boat turned to the left at the pier."),  # a direction
    ("The left's plan for the pier is odd.", "The left of the stage was dark."),  # a part of a thing
    ("The left wants a new pier.", "The left-wing council voted for a new pier."),  # an adjective: a named body
    ("The far right wants a new pier.", "The right to fish from the pier was upheld."),  # a right, no camp
    ("The far right wants a new pier.", "Votes from the far right decided the pier."),  # the camp only mentioned
])
def test_a_side_a_direction_or_a_mention_is_no_camp(camp, side):
    """Each is set beside the camp sentence it differs from by one thing: the camp reads, the other does not."""
    assert own(only(camp), "sweeping_claim"), camp
    label = only(side)
    assert not own(label, "sweeping_claim"), [c.text for c in label.cues]
    assert label.label != "opinion", label.summary


def test_a_camp_inside_someones_words_is_theirs():
    assert own(only("The left wants to close the pier."), "sweeping_claim")
    label = only('"The left wants to close the pier," said the harbour master.')
    assert label.label == "attributed", label.summary
    assert not own(label, "sweeping_claim"), [c.text for c in label.cues]
