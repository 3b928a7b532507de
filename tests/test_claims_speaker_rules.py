"""`toolkit.claims.speaker_rules` calls a rule only where one of its words is: skipping must change nothing.

Each rule returns what it was given unless the sentence holds one of its words. If a rule learnt a new
trigger and its entry in `SPEAKER_RULES` did not, the labeller would quietly skip it: these tests catch
that, on sentences written for each rule and on every seed article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit.claims.speaker_rules as speaker_rules
from toolkit import load_article, parse_article
from toolkit.claims.attribution import Found, NameBook, find_attributions
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import tokenize

from tests.rule_tables import SEEDS, assert_labelled_the_same_with_every_rule_called


#: Sentences written for these tests: each rule's construction, with its word and with the word changed.
WRITTEN = [
    "The ferry is late, the pilot said, adding that nobody knew why.",
    "The ferry is late, the pilot stated, and nobody knew why.",
    "Asked whether the board should resign, Ruiz said it should not.",
    "Pressed on whether the board should resign, Ruiz replied that it should not.",
    "Ruiz, when asked whether the levy should rise, responded that it would.",
    "Noting that the pier was old, the mayor called for repairs.",
    "Given that the pier was old, the mayor called for repairs.",
    "The mayor rose to say that the pier would close.",
    "The mayor rose to announce that the pier would close.",
    "Ruiz spoke for an hour, saying the levy was fair.",
    "According to the harbor master, the pier will close in May.",
    "The harbor master declined to comment on the pier.",
    "The harbor master wouldn't say when the pier would reopen.",
    "In an interview with the Gazette, the mayor defended the levy.",
    "The mayor told reporters the levy was fair.",
    "\u201cThe pier is finished,\u201d Ruiz said. \u201cWe will rebuild it.\u201d",
    "Asked whether the levy was fair, the mayor shrugged.",
    "Arguing that the levy was unfair, the union has filed a suit.",
    "The ferry workers had sued the port after the fees went up, saying the new rates were unlawful.",
    "The levy is unfair, according to several fishermen in Calder.",
    "The mayor, in an interview with the Gazette, called the levy fair.",
    "The harbor master stated her opposition to the levy.",
    "Ruiz had nothing good to say about the levy.",
    "\u201cThe pier is finished,\u201d said Ruiz, suggesting that the board had failed.",
    "The pier closed in May after a storm.",
    "A harbor poll last week showed that the levy was unpopular.",
    "A harbor poll last week proved that the levy was unpopular.",
    "Ruiz described the old pier as unsafe.",
    "Ruiz considered the old pier unsafe.",
    "In a harbor poll last week, most islanders backed the levy.",
    "In a harbor vote last week, most islanders backed the levy.",
]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.parent.name)
def test_a_seed_article_is_labelled_the_same_with_every_rule_called(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert_labelled_the_same_with_every_rule_called(monkeypatch, speaker_rules, "SPEAKER_RULES", lambda: load_article(str(path)))


def test_written_sentences_are_labelled_the_same_with_every_rule_called(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_labelled_the_same_with_every_rule_called(monkeypatch, speaker_rules, "SPEAKER_RULES",
                                                    lambda: parse_article("\n\n".join(WRITTEN)))


@pytest.mark.parametrize("sentence", WRITTEN)
def test_each_rule_leaves_a_sentence_without_its_words_as_it_was(sentence: str) -> None:
    tokens = tokenize(sentence)
    words_here = sentence_words(tokens).low_set
    book = NameBook()
    for found in (Found((), ()), find_attributions(sentence, tokens, [], 0, len(sentence), book)):
        for rule, words in speaker_rules.SPEAKER_RULES:
            if words.isdisjoint(words_here):
                assert rule(found, sentence, tokens, [], 0, len(sentence), book) == found, rule.__name__


def test_each_rule_is_reached_by_some_written_sentence() -> None:
    """The table is no blanket refusal: every rule's words occur in a sentence above, and it runs there."""
    for rule, words in speaker_rules.SPEAKER_RULES:
        assert any(not words.isdisjoint(sentence_words(tokenize(s)).low_set) for s in WRITTEN), rule.__name__
