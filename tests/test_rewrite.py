"""The neutral-rewrite comparison: loaded spans before and after, facts kept or lost, readability."""

from __future__ import annotations

import json

import pytest

from toolkit.loaded.rewrite_comparison import compare_rewrite, find_facts

ORIGINAL = ("Turkey has declared itself an enemy of not only NATO by purchasing Chinese military hardware, but an "
            "enemy of America when it decided to hold American soldiers hostage at Incirlik airbase.")
GOOD = ("The writer says, without evidence, that Turkey opposes NATO because it bought Chinese military hardware, "
        "and opposes America because it kept American soldiers at Incirlik airbase.")
#: Calm, and stated flatly: the writer's unsupported charge (and a stale claim) now reads as plain fact.
FLAT = ("Turkey has bought Chinese military hardware, which NATO opposes, and it has restricted the movement of "
        "American soldiers at Incirlik airbase.")


def test_a_good_rewrite_drops_the_loaded_words_and_keeps_the_facts():
    result = compare_rewrite(ORIGINAL, GOOD)
    assert result.loaded_before == 3 and result.loaded_after == 0
    assert result.loaded_drop == 3 and result.loaded_drop_share == 1.0
    assert set(result.removed) == {"enemy", "hold American soldiers hostage"}
    assert result.claims_kept_share == 1.0 and [c.status for c in result.claims] == ["kept"]
    assert result.meets() and result.score() == 1.0
    assert result.grade_change is not None and result.grade_change < 0
    assert any("claim without evidence" in line for line in result.feedback())


def test_a_calm_rewrite_that_states_an_unsupported_claim_flatly_is_told_so():
    result = compare_rewrite(ORIGINAL, FLAT)
    assert result.loaded_after == 0 and [c.status for c in result.claims] == ["flat"]
    assert not result.meets() and result.score() == 0.5
    assert any("A calm tone is not the same as true" in line for line in result.feedback())


def test_a_principled_rewrite_is_not_scored_on_names():
    principled = ("The writer says, without giving evidence, that Turkey is strengthening its defenses because "
                  "it plans to leave the western alliance for a Russian and Chinese-led group.")
    original = ("What Turkey is now doing is strengthening their defense positions in preparation of jumping ship "
                "from the western alliance and in turn jumping on board the Shanghai Cooperation Organization, "
                "Russia and China\u2019s world-war axis and counterweight to NATO and the West.")
    result = compare_rewrite(original, principled)
    assert result.meets() and not any("Facts missing" in line or "West" in line for line in result.feedback())


def test_a_rewrite_that_adds_a_source_the_original_did_not_give_earns_nothing_for_it():
    result = compare_rewrite("That alone may be enough for Russia.",
                             "That alone may be enough for Russia, Kasapoglu said.")
    assert [c.status for c in result.claims] == ["new_source"] and not result.meets()
    assert any("Never add a source the original did not give" in line for line in result.feedback())


def test_a_rewrite_that_drops_the_claims_loses_credit():
    result = compare_rewrite(ORIGINAL, "A country bought some equipment.")
    assert result.loaded_after == 0
    assert {"Turkey", "NATO", "Incirlik"} <= set(result.facts_lost.names)  # still listed for the teacher
    assert result.claims_kept_share == 0.0
    assert not result.meets()
    assert result.score() < 0.8
    assert any("no longer says" in line for line in result.feedback())


def test_an_unchanged_or_empty_rewrite_is_told_so():
    same = compare_rewrite(ORIGINAL, ORIGINAL)
    assert same.loaded_drop == 0 and not same.meets()
    assert "same as the original" in same.feedback()[0]
    empty = compare_rewrite(ORIGINAL, "   ")
    assert empty.score() == 0.0 and not empty.meets()
    assert empty.readability_after is None and empty.grade_change is None
    assert empty.feedback() == ["Write your rewrite in the box first."]


def test_a_rewrite_that_adds_loaded_words_scores_a_negative_drop():
    result = compare_rewrite("The minister criticised the plan.", "The minister slammed the disastrous plan.")
    assert result.loaded_before == 0 and result.loaded_after == 2
    assert result.loaded_drop == -2 and result.loaded_drop_share == 0.0


def test_facts_are_names_numbers_and_quotations():
    facts = find_facts("NATO ally Turkey agreed on May 3 to buy the S-400 for $2.5 billion, 71% of the budget. "
                       "\u201cIt is final,\u201d said Isik.")
    assert {"NATO", "Turkey", "Isik"} <= set(facts.names)
    assert {"S-400", "3", "$2.5 billion"} - set(facts.numbers) <= {"$2.5 billion"}
    assert "71%" in facts.numbers
    assert facts.quotes == ("It is final",)


def test_quotations_must_be_kept_word_for_word():
    original = "\u201cThe deal is a disaster,\u201d said Isik."
    kept = compare_rewrite(original, "Isik said: \u201cThe deal is a disaster.\u201d")
    changed = compare_rewrite(original, "Isik said the deal was bad.")
    assert kept.facts_lost.quotes == ()
    assert changed.facts_lost.quotes == ("The deal is a disaster",)


def test_result_is_json_ready_and_type_checked():
    data = compare_rewrite(ORIGINAL, GOOD).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert {"loaded_drop", "facts_kept_share", "grade_change", "score", "meets", "feedback"} <= set(data)
    with pytest.raises(TypeError):
        compare_rewrite(ORIGINAL, None)  # type: ignore[arg-type]


def test_a_word_capitalised_only_at_a_sentence_start_is_not_a_name():
    facts = find_facts("Once again the council met. Critics said Ortega was wrong. Ortega disagreed.")
    assert "Once" not in facts.names and "Critics" not in facts.names
    assert "Ortega" in facts.names
