"""The thirteenth round of loaded language (issue 16): kinds read on the development parts of PTC and BABE.

- The stock words of news reports: "seized on", "derail", "slash", "spark", "a crackdown", "under attack",
  "talking points", "turmoil", "a feud", "a showdown" are what wire copy writes for taking up, stopping, cutting,
  causing, enforcing and quarrelling, so they are read as the plain word and no longer flagged; the stronger
  cousins that still picture the act ("torpedoed", "sparked fury", "rammed through") stay.
- "Wipe out" said of debts, loans or gains is the plain word for cancelling or losing them.
- Greed, meanness and waste: a verdict on how people handle money ("greedy", "stingy", "profligate", "fattened
  the pockets of"), and a person named by wealth alone ("plutocrats", a label).
- Speech and thought judged as feeble or senseless ("a rambling speech", "whimpering about", "a pointless vote",
  "irrational rules", "paranoid", "quack cures"), each with its literal senses (a rambling house, a whimpering
  puppy, an irrational number, paranoid schizophrenia, ducks that quack).

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect, load_lexicon


def flagged(text: str) -> list[str]:
    """Every word of every span counted as loaded (a span may hold more than the word tested)."""
    return [word for s in detect(text) if s.counts_as_loaded for word in s.text.lower().split()]


# ------------------------------------------------------------------ the stock words of news reports

@pytest.mark.parametrize("sentence, word", [
    ("The opposition seized on the leaked ferry figures within the hour.", "seized"),
    ("Two councillors tried to derail the harbour plan at the last meeting.", "derail"),
    ("The budget would slash bus subsidies by a third.", "slash"),
    ("The closure of the pool could spark a strike by the lifeguards.", "spark"),
    ("A crackdown on fare dodging begins on the night buses next week.", "crackdown"),
    ("The mayor is under attack from her own party over the parking fees.", "attack"),
    ("Both candidates repeated their talking points about the ring road.", "talking"),
    ("The festival committee fell into turmoil after the treasurer resigned.", "turmoil"),
    ("The feud between the two bakeries is now in its third year.", "feud"),
    ("The council faces a showdown over the library budget on Tuesday.", "showdown"),
])
def test_the_stock_words_of_news_reports_are_plain(sentence, word):
    assert word not in flagged(sentence)


@pytest.mark.parametrize("plain, strong, word", [
    ("Two councillors tried to derail the harbour plan.", "The councillors torpedoed the harbour plan.", "torpedoed"),
    ("The closure of the pool could spark a strike.", "The closure of the pool sparked fury among the lifeguards.",
     "sparked"),
    ("The council seized on the new parking fees.", "The council rammed through the new parking fees.", "rammed"),
])
def test_the_stock_word_is_plain_while_its_stronger_cousin_is_still_flagged(plain, strong, word):
    assert not flagged(plain) and word in flagged(strong)


# ------------------------------------------------------------------ wiping out a debt

@pytest.mark.parametrize("sentence", [
    "The candidate promised to wipe out student loan debt for nurses.",
    "A bad winter wiped out the gains the ferry company made in spring.",
])
def test_wiping_out_debts_and_gains_is_the_plain_word(sentence):
    assert "wipe" not in flagged(sentence) and "wiped" not in flagged(sentence)


def test_wiping_out_a_town_is_still_a_picture_of_destruction_where_a_debt_is_not():
    assert "wipe" in flagged("The new shopping centre will wipe out the old market street.")
    assert "wipe" not in flagged("The new shopping centre will wipe out the old market's debts.")


# ------------------------------------------------------------------ greed, meanness and waste

@pytest.mark.parametrize("sentence, word", [
    ("The greedy landlords raised the rents again in May.", "greedy"),
    ("Stingy councillors refused the lifeguards a pay rise.", "stingy"),
    ("The board passed a profligate budget for the new stadium.", "profligate"),
    ("The ferry contract fattened the pockets of three developers.", "pockets"),
    ("The town's plutocrats ignored the vote on the harbour.", "plutocrats"),
    ("The club is run by a miserly treasurer who counts every stamp.", "miserly"),
])
def test_verdicts_on_how_people_handle_money_are_flagged(sentence, word):
    assert word in flagged(sentence)


def test_a_wealthy_person_named_by_wealth_alone_is_a_label():
    assert [s.category for s in detect("The harbour plan was written for the plutocrats.")
            if s.text == "plutocrats"] == ["name-calling"]


def test_fattened_pay_is_a_picture_where_fattened_cattle_are_farming():
    assert "fattened" in flagged("The new contract fattened the directors' pay again.")
    assert "fattened" not in flagged("The farmers fattened the cattle on summer grass before the market.")


# ------------------------------------------------------------------ speech and thought judged as feeble or senseless

@pytest.mark.parametrize("sentence, word", [
    ("The mayor gave a rambling speech about the ferry timetable.", "rambling"),
    ("The councillor was whimpering about the new parking rules all week.", "whimpering"),
    ("Whiny shopkeepers complained about the market's new opening hours.", "whiny"),
    ("It was a pointless vote on a frivolous complaint.", "pointless"),
    ("It was a pointless vote on a frivolous complaint.", "frivolous"),
    ("The board's irrational rules keep the pool closed on sunny days.", "irrational"),
    ("His paranoid critics say the new ferry is a plot.", "paranoid"),
    ("The market stall sold quack cures for colds.", "quack"),
    ("The quacks behind the stall moved on to the next town.", "quacks"),
    ("The columnist called the museum's visitors godless tourists.", "godless"),
    ("It was creepy how the candidate smiled through the questions.", "creepy"),
])
def test_verdicts_on_speech_and_thought_are_flagged(sentence, word):
    assert word in flagged(sentence)


@pytest.mark.parametrize("figurative, literal, word", [
    ("The mayor gave a rambling answer about the ferry.",
     "They bought a rambling old house by the river with a garden of roses.", "rambling"),
    ("The councillor was whimpering about the parking rules.", "The puppy was whimpering by the kitchen door.",
     "whimpering"),
    ("The board's rules are irrational.", "Pi is an irrational number, as the maths teacher explained.", "irrational"),
    ("His critics are paranoid about the ferry.", "The patient was diagnosed with paranoid schizophrenia last year.",
     "paranoid"),
    ("The quacks behind the stall moved on.", "The ducks quack loudly on the pond every morning.", None),
    ("The minister was babbling about the budget again.", "The children walked along a babbling brook to the mill.",
     "babbling"),
])
def test_their_literal_senses_are_plain(figurative, literal, word):
    assert flagged(figurative) and (word is None or word in flagged(figurative))
    assert not flagged(literal)


# ------------------------------------------------------------------ every new entry keeps the lexicon's promise

@pytest.mark.parametrize("term", ["greedy", "stingy", "profligate", "plutocrat", "rambling", "whimper*", "pointless",
                                  "irrational", "paranoid", "quackery", "godless"])
def test_new_entries_carry_a_reason_and_a_neutral_wording(term):
    entries = [e for e in load_lexicon().entries if e.term == term]
    assert entries and entries[0].why and entries[0].alternatives


@pytest.mark.parametrize("term", ["seize on", "derail*", "slash*", "=spark", "crackdown", "under attack",
                                  "talking points", "turmoil", "feud", "showdown"])
def test_the_stock_news_words_are_no_longer_listed(term):
    assert term not in {e.term for e in load_lexicon().entries}
