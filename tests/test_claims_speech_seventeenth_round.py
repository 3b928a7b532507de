"""Attribution, seventeenth round on speech verbs (issue 16, precision): sentences the labeller credited to
someone though nobody says anything in them. Every sentence here is written for these tests (none taken
from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only


def _not_attributed(sentence: str) -> None:
    label = only(sentence)
    assert label.label != "attributed", (label.label, label.source)


# ----- a participle of support with a winning margin counts votes (toolkit/claims/vote_margins.py) -------------

@pytest.mark.parametrize("sentence", [
    "Ohio was a dependable swing state for decades, supporting the winner by a few points in every race since 1964.",
    "Maine has long been loyal to the party, backing its candidates by wide margins.",
    "Vermont went for the mayor in 2012, supporting her by a 6-point margin over Ruiz.",
])
def test_a_record_of_votes_by_a_margin_is_no_stance(sentence: str) -> None:
    _not_attributed(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("The port's workers are backing the levy, the union said.", "the union"),
    ("The council backed the levy by a vote of 5 to 2.", "the council"),
])
def test_support_without_a_margin_is_still_a_stance(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "appears" with nothing after it: turning up, not seeming (toolkit/claims/appearances.py) -----------------

@pytest.mark.parametrize("sentence", [
    "Footage of Ana Ruiz again appears.",
    "The ferry line packed every hall where the mayor appeared, often drawing hundreds.",
    "Later, Mayor Ana Ruiz appears again.",
])
def test_turning_up_is_no_look(sentence: str) -> None:
    _not_attributed(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("The mayor appears to be winning.", "the mayor"),
    ("Ruiz appeared pleased with the vote.", "Ruiz"),
])
def test_seeming_is_still_credited(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_it_appears_keeps_its_look() -> None:
    assert only("It appears, though, that the vote was close.").label == "attributed"


# ----- "After X testified," opens the main clause (toolkit/claims/appearances.py) -------------------------------

@pytest.mark.parametrize("sentence", [
    "After the harbour master testified, the committee turned to the budget.",
    "When Ruiz testified, the room was silent.",
])
def test_testifying_in_an_opening_clause_of_time_says_nothing(sentence: str) -> None:
    _not_attributed(sentence)


def test_testifying_with_its_words_still_reports() -> None:
    credited("After the hearing, Ruiz testified that the pier was unsafe.", "Ruiz")


# ----- the writer's own look at something (toolkit/claims/own_looks.py) -----------------------------------------

@pytest.mark.parametrize("sentence", [
    "A close look at the port's two ferries suggests that their value lies mostly in their paint.",
    "A look at Mr. Ruiz's two airplanes and three helicopters suggests that their value rests in their paint.",
    "The ferries are old, and a comparison with Mayor Ruiz's earlier filings shows she sold two of them.",
    "A quick glance at Mayor Ruiz's accounts, however, reveals a deficit.",
])
def test_the_writers_own_look_is_no_source(sentence: str) -> None:
    _not_attributed(sentence)


@pytest.mark.parametrize("sentence, source", [
    ("A review by the Gazette shows most of the money went to travel.", "the Gazette"),
    ("A look at the records shows most of the money went to travel, Ruiz said.", "Ruiz"),
])
def test_a_look_someone_else_made_or_reports_still_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- the cheap gates: a sentence without the rule's words is handed back as it came ----------------------------

def test_a_sentence_without_a_look_noun_is_returned_untouched() -> None:
    from toolkit.claims.attribution_rules import find_attributions
    from toolkit.claims.own_looks import drop_own_looks
    from toolkit.text.tokens import tokenize

    text = "The harbour accounts suggest a deficit, Ruiz said."
    tokens = tokenize(text)
    found = find_attributions(text, tokens, [], 0, len(text))
    assert found.attributions
    assert drop_own_looks(found, tokens) is found


@pytest.mark.parametrize("sentence, word", [
    ("Voters backed the levy by a wide margin.", "backed"),  # a finite verb: a poll's or a vote's people
    ("The mayor appeared on the radio.", "appeared"),  # a place after it: the older rule's, not this one's
    ("Ruiz testified, the clerk said.", "testified"),  # no opening clause of time
])
def test_the_word_checks_leave_other_shapes_alone(sentence: str, word: str) -> None:
    from toolkit.claims.appearances import shows_up, testified_in_opening
    from toolkit.claims.vote_margins import vote_margin
    from toolkit.text.tokens import tokenize

    tokens = tokenize(sentence)
    i = next(n for n, t in enumerate(tokens) if t.low == word)
    assert not (vote_margin(tokens, i, i + 1) or shows_up(tokens, i, i + 1) or testified_in_opening(tokens, i, i + 1))
