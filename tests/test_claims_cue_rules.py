"""`toolkit.claims.cue_rules` calls a cue rule only where one of its words is: skipping must change nothing.

Each rule finds nothing unless the sentence holds one of the words its module names `NEEDS`. If a rule
learnt a new trigger and its `NEEDS` did not, the labeller would quietly skip it: these tests catch
that, on sentences written for each rule and on every seed article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit.claims.cue_rules as cue_rules
from toolkit import load_article, parse_article
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import tokenize

from tests.rule_tables import SEEDS, assert_labelled_the_same_with_every_rule_called


#: Sentences written for these tests: one or more for each rule, and sentences near them that hold no cue.
WRITTEN = [
    "Closing the pier would be a mistake.",
    "Closing the pier would be an error.",
    "The ferry fee has crushed the confidence of the shopkeepers.",
    "The ferry fee has dented the takings of the shopkeepers.",
    "The board wants to silence its critics.",
    "The board wants to answer its critics.",
    "The new marina is a revival of the old harbour trade.",
    "Saying sorry is one thing; paying for the damage is another.",
    "What matters is whether the pier stays open.",
    "Few thought to ask the fishermen.",
    "No one cares about the pier like the fishermen do.",
    "Politicians always promise more than they deliver.",
    "The mayor only cares about her own ward.",
    "The radical left wants a new pier.",
    "The left lane of the pier road is closed.",
    "The scandal-ridden council met again.",
    "The pier closed in May after a storm.",
]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.parent.name)
def test_a_seed_article_is_labelled_the_same_with_every_rule_called(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_labelled_the_same_with_every_rule_called(monkeypatch, cue_rules, "CUE_RULES", lambda: load_article(str(path)))


def test_written_sentences_are_labelled_the_same_with_every_rule_called(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_labelled_the_same_with_every_rule_called(monkeypatch, cue_rules, "CUE_RULES",
                                                    lambda: parse_article("\n\n".join(WRITTEN)))


@pytest.mark.parametrize("sentence", WRITTEN)
def test_each_rule_finds_nothing_in_a_sentence_without_its_words(sentence: str) -> None:
    tokens = tokenize(sentence)
    words_here = sentence_words(tokens).low_set
    for rule, words in cue_rules.CUE_RULES:
        if words is not None and words.isdisjoint(words_here):
            assert rule(sentence, tokens) == [], rule.__name__


def test_each_gated_rule_finds_a_cue_in_some_written_sentence() -> None:
    """The table is no blanket refusal: every rule fires on a sentence above, with its words there."""
    for rule, words in cue_rules.CUE_RULES:
        firing = [s for s in WRITTEN if rule(s, tokenize(s))]
        assert firing, rule.__name__
        assert words is None or all(not words.isdisjoint(sentence_words(tokenize(s)).low_set) for s in firing)
