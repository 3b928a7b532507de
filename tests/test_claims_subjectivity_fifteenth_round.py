"""Issue 16, fifteenth round: the decision read, not new words, on CheckThat! `train_en` and BABE together.

Module: `toolkit.claims.hedge_senses` (hedge and weasel words that report a rate, a charge or a trend
rather than doubt: "twice as likely to", "allegedly", "a growing number of"). Every sentence here was
written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own


# --- a rate compared between groups ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Renters in the port were three times as likely as owners to move within a year.",
    "Night-shift nurses are more likely to miss the last ferry.",
    "Drivers over seventy were 20 percent less likely to be stopped on the coast road.",
])
def test_likely_in_a_comparison_of_rates_is_a_measured_rate(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "hedges"), [c.text for c in label.cues]


@pytest.mark.parametrize("rate, guess", [
    ("Ferry crews are more likely to strike in winter.", "The ferry crew is more likely to strike in winter."),
    ("Islanders were twice as likely to vote by post.", "The islanders will likely vote by post."),
    ("Fishermen are more likely than farmers to own a boat.", "The harbour plan is more likely than not to fail."),
    ("Fishermen are more likely to own a boat.", "It is more likely that the ferry will be late."),
])
def test_a_guess_about_one_event_stays_a_hedge(rate, guess):
    """Each rate beside a guess it differs from by one thing: the rate reports, the guess hedges."""
    assert not own(only(rate), "hedges"), rate
    label = only(guess)
    assert own(label, "hedges"), [c.text for c in label.cues]
    assert label.label == "opinion", label.summary


# --- "allegedly": a charge not yet proven ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A deckhand allegedly stole the harbour master's van on Friday.",
    "The man who allegedly set fire to the boathouse was arrested in Dover.",
])
def test_allegedly_hands_the_charge_to_the_accusers(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "hedges"), [c.text for c in label.cues]


@pytest.mark.parametrize("doubt", ["supposedly", "apparently", "purportedly"])
def test_other_doubting_words_stay_hedges(doubt):
    """Beside the same sentence with "allegedly": only the convention of a charge is released."""
    assert not own(only("A deckhand allegedly stole the harbour master's van."), "hedges")
    label = only(f"A deckhand {doubt} stole the harbour master's van.")
    assert own(label, "hedges"), label.text
    assert label.label == "opinion", label.summary


# --- "a growing number of": a counted trend, unless the crowd speaks ---------------------------------

@pytest.mark.parametrize("text", [
    "A growing number of farmers on the island have switched to oats.",
    "The coastguard logged a growing number of rescues off the north beach.",
])
def test_a_growing_number_of_things_or_doers_is_a_trend(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not own(label, "weasel"), [c.text for c in label.cues]


@pytest.mark.parametrize("text", [
    "A growing number of islanders believe the pier is unsafe.",
    "A growing number of doctors say the clinic will stay open.",
])
def test_a_growing_number_who_speak_or_believe_is_still_a_vague_crowd(text):
    """Beside a trend: only a crowd that says or believes nothing is released."""
    assert not own(only("A growing number of islanders have bought boats."), "weasel")
    label = only(text)
    assert own(label, "weasel") or label.label == "attributed", [c.text for c in label.cues]
    assert label.label != "fact", label.summary
