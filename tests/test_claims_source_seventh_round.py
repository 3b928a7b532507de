"""Seventh round on naming the right source: a source told apart by what it knows ("officials
familiar with the talks", "people briefed on the move") is named with that description. Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.source_helpers import last_source
from toolkit import parse_article
from toolkit.claims.knowing_sources import widened_source
from toolkit.claims.sentence_labels import label_sentences
from toolkit.text.layer import TextLayer



@pytest.mark.parametrize("text, source", [
    ("Staff briefed on the merger said the plant in Dunmore would close.", "staff briefed on the merger"),
    ("\"We will not sell,\" said one Democrat familiar with the offer, who declined to say more.",
     "Democrat familiar with the offer"),
    ("Officials familiar with the budget said the ferry would keep running.",
     "officials familiar with the budget"),
    ("The depot will stay open, a driver close to the union said.", "a driver close to the union"),
    ("The port will expand next year, according to a planner involved in the bid.",
     "a planner involved in the bid"),
])
def test_a_source_is_named_with_what_it_knows(text: str, source: str) -> None:
    assert last_source(text).lower() == source.lower()


def test_the_object_of_briefed_on_does_not_speak() -> None:
    # Without the link the subject next to "said" would be "the merger".
    assert "merger" in last_source("Staff briefed on the merger said the plant would close.").lower()
    assert last_source("Staff briefed on the merger said the plant would close.").lower().startswith("staff")


def test_a_plain_subject_is_left_alone() -> None:
    text = "A driver for the depot said the buses were late."
    tokens = TextLayer(text).tokens_in(0, len(text))
    verb = next(i for i, t in enumerate(tokens) if t.low == "said")
    assert widened_source(tokens, 0, 2, verb) == (0, 2)


# ----- a participle of saying points back past joining words -----------------------------------

@pytest.mark.parametrize("text, source", [
    ('And then Okafor went fully on the offensive, saying, "Will the board admit it at last?"', "Okafor"),
    ('Lindqvist, a ferry captain, drew loud cheers upon saying, "The harbour belongs to us."', "Lindqvist"),
])
def test_participle_of_saying_after_joiners_and_upon(text: str, source: str) -> None:
    assert last_source(text) == source


def test_joined_start_skips_only_joining_words() -> None:
    from toolkit.claims.participle_subjects import joined_start
    text = "But then Okafor left, saying little."
    tokens = TextLayer(text).tokens_in(0, len(text))
    assert tokens[joined_start(tokens, 0, len(tokens))].text == "Okafor"
    text = "Okafor left, saying little."
    tokens = TextLayer(text).tokens_in(0, len(text))
    assert joined_start(tokens, 0, len(tokens)) == 0


# ----- an infinitive of saying after its speaker ----------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Okafor went on to say that the ferry fares would rise.", "Okafor"),
    ("Older tenants were slightly more likely to say they wanted the rent cap.", "Older tenants"),
    ("Lindqvist took to Twitter to say the harbour vote was rigged.", "Lindqvist"),
])
def test_infinitive_of_saying_names_its_speaker(text: str, source: str) -> None:
    assert last_source(text) == source


def test_a_forecast_is_not_an_infinitive_frame() -> None:
    from toolkit.claims.infinitive_frames import INFINITIVE_LEADS
    assert ("is", "likely", "to") not in INFINITIVE_LEADS  # "Okafor is likely to say no": the writer's guess


# ----- "N in 10" counts a share of a crowd ----------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Seven in 10 harbour workers say the new shifts are too long.", "Seven in 10 harbour workers"),
    ("About three in 10 bus riders said the fares were fair.", "about three in 10 bus riders"),
])
def test_n_in_10_heads_its_crowd(text: str, source: str) -> None:
    assert last_source(text).lower() == source.lower()


def test_a_year_after_in_is_no_count() -> None:
    assert last_source("Turnout in 2012 voters said little about it.") == "voters"


# ----- "testified" closing a quotation reports words ------------------------------------------

def test_testified_after_a_quotation_reports_words() -> None:
    assert last_source('"The ledger was never audited," Lindqvist testified.') == "Lindqvist"


def test_testified_with_no_quotation_is_an_appearance() -> None:
    labels = label_sentences(parse_article("Lindqvist testified before the harbour board last spring."))
    assert labels[-1].source is None
