"""A drafted sentence key follows lesson 5's vague-attribution rule, whatever label the toolkit chose."""

from __future__ import annotations

import pytest

from toolkit import parse_article
from toolkit.keys.sentence_keys import draft_sentence_key


def _entry(sentence: str) -> dict:
    article = parse_article(f"Harbour fees rose in March.\n\n{sentence}")
    return draft_sentence_key(article)["sentences"]["s2"]


@pytest.mark.parametrize("sentence", ["Critics say the ferry board has never valued the islanders.",
                                      "Experts say the new pier will silt up within a decade."])
def test_a_crowd_that_says_is_attributed_and_opinion_is_also_right(sentence):
    entry = _entry(sentence)
    assert entry["label"] == "attributed"
    assert entry["also_right"] == ["opinion"]
    assert entry["rules"] == ["credited-is-attributed", "vague-attribution"]


def test_weasel_words_with_nobody_speaking_are_opinion_and_attributed_is_also_right():
    entry = _entry("The old pier is widely seen as the island's worst eyesore.")
    assert entry["label"] == "opinion"
    assert entry["also_right"] == ["attributed"]
    assert entry["rules"] == ["vague-attribution"]


def test_a_named_speaker_gets_no_second_label():
    entry = _entry("Harbour master Ann Ruiz said the fees would rise again in May.")
    assert entry["label"] == "attributed" and "also_right" not in entry and "rules" not in entry
