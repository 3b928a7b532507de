"""Issue 16, thirteenth round: subjective kinds with no keyword, read by their shape.

Modules: `toolkit.claims.group_generalisations` (a rule about a whole group, "Politicians always
promise more than they deliver"). Every sentence here was written for this test; none comes from an
evaluation set.
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
