"""Issue 16, thirteenth round: subjective kinds with no keyword, read by their shape.

Modules: `toolkit.claims.group_generalisations` (a rule about a whole group, "Politicians always
promise more than they deliver") and `toolkit.claims.narrowed_motives` (a motive narrowed to one
thing, "The club only cares about the money"). Every sentence here was written for this test; none
comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own


# --- a rule about a whole group: a bare plural, "always" / "never", a present verb ----------------------

@pytest.mark.parametrize("text", [
    "Politicians always promise more than they deliver.",
    "Landlords never pass savings on to tenants.",
    "Young voters rarely read a printed newspaper.",
    "But commuters never complain about the fare.",
])
def test_a_rule_about_a_whole_group_is_the_writers_generalisation(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, "sweeping_claim"), [c.text for c in label.cues]


@pytest.mark.parametrize("rule, report", [
    ("Landlords never pass savings on.", "Landlords never paid the levy."),  # a past verb: what happened
    ("Landlords never pass savings on.", "Landlords have never passed savings on."),  # a record of what happened
    ("Landlords never pass savings on.", "The landlords on the quay never pass savings on."),  # one set of people
    ("Landlords never pass savings on.", "Some landlords never pass savings on."),  # part of the group
    ("Councillors always say the ferry is late.", "Jones always says the ferry is late."),  # one person
    ("Ferries never sail on time.", "Ferries never sail on Sundays in winter 2024."),  # a date: one occasion
    ("Trains never run on time.", "Trains never run today because of the strike."),  # today: news of one day
])
def test_a_group_in_a_report_states_no_rule(rule, report):
    """Each report is set beside the rule it differs from by one thing: the rule reads, the report does not."""
    assert own(only(rule), "sweeping_claim"), rule
    label = only(report)
    assert not own(label, "sweeping_claim"), [c.text for c in label.cues]
    assert label.label != "opinion", label.summary


def test_a_rule_about_a_group_inside_someones_words_is_theirs():
    assert own(only("Politicians always promise more than they deliver."), "sweeping_claim")
    label = only('"Politicians always promise more than they deliver," said the ferryman.')
    assert label.label == "attributed", label.summary
    assert not own(label, "sweeping_claim"), [c.text for c in label.cues]


# --- a motive narrowed to one thing: "only cares about", "is only interested in" -----------------------

@pytest.mark.parametrize("text, words", [
    ("The mayor only cares about the next election.", "only cares about"),
    ("The ferry company cares only about its profits.", "cares only about"),
    ("The new owners are only interested in the land under the pier.", "only interested in"),
    ("He's only in it for himself.", "only in it for"),
])
def test_a_motive_narrowed_to_one_thing_is_the_writers_reading(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert [c.text for c in own(label, "motive_claim")] == [words], [c.text for c in label.cues]


@pytest.mark.parametrize("motive, plain", [
    ("The club only cares about its fans.", "The club cares about its fans."),  # caring, not narrowed
    ("The club cares only about results.", "The club cares not only about results but about its town."),  # widened
    ("The trust is only interested in the land.", "The museum is only open in summer."),  # "only" with no motive
    ("The trust is only interested in the land.", "The harbour trust is interested in only two of the bids."),
])
def test_caring_or_only_alone_reads_no_motive(motive, plain):
    """Each plain sentence is set beside the narrowed motive it resembles: the motive reads, the plain one does not."""
    assert own(only(motive), "motive_claim"), motive
    label = only(plain)
    assert not own(label, "motive_claim"), [c.text for c in label.cues]
    assert label.label == "fact", label.summary


def test_a_narrowed_motive_inside_someones_words_is_theirs():
    assert own(only("The club only cares about the money."), "motive_claim")
    label = only('"The club only cares about the money," said a fan outside the ground.')
    assert label.label == "attributed", label.summary
    assert not own(label, "motive_claim"), [c.text for c in label.cues]


# --- judgment built into a compound: "scandal-ridden", "union-bashing", "budget-obsessed" ---------------

@pytest.mark.parametrize("text, words", [
    ("The scandal-ridden council met again to discuss the ferry.", "scandal-ridden"),
    ("The budget-obsessed board cut the ferry timetable again.", "budget-obsessed"),
    ("The union-bashing owners closed the boatyard.", "union-bashing"),
    ("Ten years of rumour-mongering emptied the harbour market.", "rumour-mongering"),
])
def test_a_compound_with_a_judging_half_is_the_writers_judgment(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert words in [c.text for c in own(label, "judgment_adjectives")], [c.text for c in label.cues]


@pytest.mark.parametrize("judged, plain", [
    ("The scandal-ridden skipper was moved to the mainland.", "The bed-ridden skipper was moved to the mainland."),
    ("The scandal-ridden van was found near the harbour.", "The bullet-riddled van was found near the harbour."),
    ("The town's rumour-mongering baker opened a second shop.", "The town's fish-monger opened a second shop."),
    ("The budget-obsessed report covers every harbour.", "The data-driven report covers every harbour."),
])
def test_a_compound_that_describes_judges_nothing(judged, plain):
    """Each plain compound is set beside a judging one in the same sentence: only the judging half counts."""
    assert own(only(judged), "judgment_adjectives"), judged
    label = only(plain)
    assert not own(label, "judgment_adjectives"), [c.text for c in label.cues]
    assert label.label == "fact", label.summary


def test_a_judging_compound_inside_someones_words_is_theirs():
    assert own(only("The harbour board is a scandal-ridden outfit."), "judgment_adjectives")
    label = only('"The harbour board is a scandal-ridden outfit," said the mayor.')
    assert label.label == "attributed", label.summary
    assert not own(label, "judgment_adjectives"), [c.text for c in label.cues]
