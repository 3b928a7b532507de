"""A drafted sentence key gives full credit to what lesson 5's printed rules lead a student to
(vague attribution, hedges), whatever label the toolkit chose."""

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


def test_an_instructor_who_picks_the_rules_other_reading_keeps_both_fully_right(tmp_path):
    from toolkit import load_article
    from toolkit.keys.sentence_review import SentenceKeyReview

    folder = tmp_path / "harbour-fees"
    folder.mkdir()
    (folder / "article.txt").write_text("Harbour fees rose in March.\n\nCritics say the ferry board has never "
                                        "valued the islanders.\n\nExperts say the new pier will silt up.\n",
                                        encoding="utf-8")
    review = SentenceKeyReview(load_article(folder))
    review.set_label("s2", "opinion")  # the rule's other reading: both stay fully right, the rule stays cited
    assert review.entries["s2"]["also_right"] == ["attributed"]
    assert review.entries["s2"]["rules"] == ["credited-is-attributed", "vague-attribution"]
    review.set_label("s3", "fact")  # neither reading: the draft's rule and second label go
    assert review.entries["s3"]["also_right"] == [] and "rules" not in review.entries["s3"]


def test_half_credit_chosen_after_the_draft_moves_the_label_out_of_also_right(tmp_path):
    from toolkit import load_article
    from toolkit.keys.sentence_review import SentenceKeyReview

    folder = tmp_path / "harbour-fees"
    folder.mkdir()
    (folder / "article.txt").write_text("Harbour fees rose in March.\n\nSome say the ferry board waited too long.\n",
                                        encoding="utf-8")
    review = SentenceKeyReview(load_article(folder))
    assert review.entries["s2"]["label"] == "opinion" and review.entries["s2"]["also_right"] == ["attributed"]
    review.set_accept("s2", ["attributed"])  # the instructor's later choice wins: half credit, not both
    assert review.entries["s2"]["accept"] == ["attributed"] and review.entries["s2"]["also_right"] == []


def test_a_lone_hedge_the_toolkit_keeps_as_fact_gives_the_lessons_opinion_full_credit():
    # the toolkit's weighing lets a lone "may" stand (issue 16); lesson 5's hedge-is-a-guess says opinion
    entry = _entry("The new ferry may reach the island by June.")
    assert entry["label"] == "fact"
    assert entry["also_right"] == ["opinion"] and entry["rules"] == ["hedge-is-a-guess"]


def test_a_plain_fact_gets_no_second_label():
    entry = _entry("The new ferry reached the island on 3 June with 212 passengers.")
    assert entry["label"] == "fact" and "also_right" not in entry and "rules" not in entry
