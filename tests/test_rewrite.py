"""The neutral-rewrite comparison: loaded spans before and after, facts kept or lost, readability."""

from __future__ import annotations

import json

import pytest

from toolkit.loaded.rewrite_comparison import compare_rewrite, find_facts

ORIGINAL = ("Turkey has declared itself an enemy of not only NATO by purchasing Chinese military hardware, but an "
            "enemy of America when it decided to hold American soldiers hostage at Incirlik airbase.")
GOOD = ("Turkey has bought Chinese military hardware, which NATO opposes, and it has restricted the movement of "
        "American soldiers at Incirlik airbase.")


def test_a_good_rewrite_drops_the_loaded_words_and_keeps_the_facts():
    result = compare_rewrite(ORIGINAL, GOOD)
    assert result.loaded_before == 3 and result.loaded_after == 0
    assert result.loaded_drop == 3 and result.loaded_drop_share == 1.0
    assert set(result.removed) == {"enemy", "hold American soldiers hostage"}
    assert result.facts_lost.count == 0 and result.facts_kept_share == 1.0
    assert result.meets() and result.score() == 1.0
    assert result.grade_change is not None and result.grade_change < 0
    assert any("kept every name" in line for line in result.feedback())


def test_a_rewrite_that_drops_facts_loses_credit():
    result = compare_rewrite(ORIGINAL, "A country bought some equipment.")
    assert result.loaded_after == 0
    assert {"Turkey", "NATO", "Incirlik"} <= set(result.facts_lost.names)
    assert result.facts_kept_share < 0.5
    assert not result.meets()
    assert result.score() < 0.8
    assert any("Facts missing" in line for line in result.feedback())


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
