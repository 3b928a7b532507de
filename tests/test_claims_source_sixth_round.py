"""Sixth round on naming the right source: the group before "of" speaks ("Supporters of the levy
argued"), counts and summaries head their phrase ("two out of three nurses", "an average of
recent polls"). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.source_helpers import last_source, tokens_of
from toolkit import parse_article
from toolkit.claims.group_heads import capitalised_group_head, summary_start
from toolkit.claims.sentence_labels import label_sentences




# ----- the group before "of" is who speaks -----------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Supporters of the new levy argued that the town needed a pool.", "supporters of the new levy"),
    ("Families of the flood victims urged the council to act.", "Families of the flood victims"),
    ("Dozens of members of the council condemned the vote on Monday.", "Dozens of members of the council"),
    ("About four out of 10 residents said the bridge was unsafe.", "about four out of 10 residents"),
    ("Two out of three nurses say the ward is short of staff.", "Two out of three nurses"),
])
def test_group_before_of_speaks(text: str, source: str) -> None:
    assert last_source(text) == source


def test_share_word_still_heads_its_phrase() -> None:
    assert last_source("Most of the nurses said the ward was short of staff.") == "most of the nurses"


def test_capitalised_group_head_only_opening_a_sentence() -> None:
    assert capitalised_group_head("Supporters", True)
    assert not capitalised_group_head("Supporters", False)  # inside a sentence a capital makes a name
    assert not capitalised_group_head("Sanders", True)


# ----- a summary of documents speaks as one document ----------------------------------------------

def test_average_of_polls_speaks() -> None:
    assert last_source("An average of recent polls shows the mayor ahead by six points.") == \
        "an average of recent polls"
    assert last_source("A copy of the memo shows the mayor knew.").lower() == "a copy of the memo"


def test_summary_start_leaves_a_plain_document_alone() -> None:
    tokens = tokens_of("The poll shows a lead.")
    assert summary_start(tokens, 0) == 0
    tokens = tokens_of("The rolling average of polls shows a lead.")
    assert summary_start(tokens, 4) == 0


# ----- a sentence of running text full of names is no headline -------------------------------------

def test_running_text_full_of_names_is_not_title_case() -> None:
    from toolkit.text.tokens import is_title_case
    assert not is_title_case(tokens_of("Former Ohio Gov. Mark Dunne is endorsing Tom Hale."))
    assert not is_title_case(tokens_of("Former Ohio Gov. Mark Dunne endorsed Tom Hale Monday."))
    assert is_title_case(tokens_of("Former Ohio Governor Mark Dunne Endorses Tom Hale"))
    assert is_title_case(tokens_of("Dunne Says Hale Will Win Ohio."))  # capitalised verbs: a headline


def test_he_said_after_a_sentence_full_of_names() -> None:
    text = ("Ana Ruiz spoke first. Former Ohio Gov. Mark Dunne is endorsing Tom Hale. "
            "\u201cHe will win,\u201d he said.")
    assert last_source(text) == "Mark Dunne"


def test_a_headline_with_a_capitalised_verb_of_saying_stays_title_case() -> None:
    from toolkit.text.tokens import is_title_case
    assert is_title_case(tokens_of("Dunne Tells Hale Voters is Wrong Word."))


# ----- a lone surname the article never writes in full ------------------------------------------

def test_lone_surname_with_a_pronoun_after_it_is_met() -> None:
    text = ("Ben Hale spoke first. The crowd cheered for Marlowe at the rally. And Marlowe, for all the "
            "work he did, seems to agree. \u201cWe will win,\u201d he said.")
    assert last_source(text) == "Marlowe"


def test_lone_surname_with_an_honorific_elsewhere_is_met() -> None:
    text = ("Mrs. Okafor and Ben Hale met in Salem. Later, Ben Hale left. Okafor took the stage. "
            "\u201cWe will win,\u201d she said.")
    assert last_source(text) == "Okafor"


def test_a_sentence_opening_word_is_no_lone_surname() -> None:
    text = ("Ben Hale spoke first. Lately, he has been quiet. Twelve of them left. "
            "\u201cWe will win,\u201d he said.")
    assert last_source(text) == "Ben Hale"


def test_sex_pointed_back_stops_at_another_name() -> None:
    from toolkit.claims.lone_surnames import sex_pointed_back
    from toolkit.claims.people import MALE
    tokens = tokens_of("Marlowe, for all the work he did, agreed.")
    assert sex_pointed_back(tokens, 1) == MALE
    tokens = tokens_of("Marlowe thanked Ana Ruiz, and she smiled.")
    assert sex_pointed_back(tokens, 1) is None


# ----- "according to" a document whose maker's name stands before it ----------------------------

@pytest.mark.parametrize("text, source", [
    ("The mayor leads by ten points, according to a Harbor/Lake poll.", "a Harbor/Lake poll"),
    ("The mayor leads by ten points, according to a 2019 Dale Research survey.", "a 2019 Dale Research survey"),
    ("Incomes fell, according to U.S. Census data.", "U.S. Census data"),
    # "report" here is the document, not a verb of saying after a name
    ("The town spent more, according to a recent Harbor Post report.", "a recent Harbor Post report"),
])
def test_according_to_a_named_document(text: str, source: str) -> None:
    assert last_source(text) == source


def test_according_to_a_document_by_its_maker_keeps_the_maker() -> None:
    assert last_source("The town spent more, according to a report by the Harbor Institute.") == \
        "the Harbor Institute"


def test_document_noun_needs_a_name_before_it() -> None:
    from toolkit.claims.named_documents import document_noun_at
    from toolkit.text.tokens import word_list
    is_doc = lambda w: (w,) in word_list("documents").entries  # noqa: E731
    assert document_noun_at(tokens_of("a recent poll."), 0, is_doc) is None
    assert document_noun_at(tokens_of("a Harbor/Lake poll."), 0, is_doc) == 4


def test_according_to_inside_a_relative_clause_covers_the_clause_only() -> None:
    text = ("This smug, self-righteous hack now runs the Harbor School Board, which, according to a recent "
            "Harbor Post report, \u201cserves every child in the town.\u201d")
    labels = label_sentences(parse_article(text))
    assert labels[-1].label == "opinion"  # the writer's words before "which" are the writer's own


# ----- a closing "according to" speaks for what someone said ----------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Ruiz said the vote was rigged, according to a transcript of the call.", "a transcript of the call"),
    ("He said little at the lunch, according to an attendee.", "an attendee"),
    ("Dunne told the board it was over, according to a Harbor Post report.", "a Harbor Post report"),
])
def test_closing_according_to_speaks_for_the_sentence(text: str, source: str) -> None:
    assert last_source(text) == source


def test_opening_according_to_leaves_the_speaker() -> None:
    # an opening "according to" reaches only what follows it, and the speaker's frame is first there
    assert last_source("Ana Ruiz spoke. According to the clerk, Ruiz said the vote was rigged.") == "Ana Ruiz"


# ----- a description of someone just named keeps them for a later "he" ---------------------------

def test_the_description_after_a_name_keeps_the_name_for_he() -> None:
    text = ("Mark Dunne spoke over boos from the crowd. The Ohio senator thanked his staff, saying they had "
            "worked hard. \u201cWe will be back,\u201d he said.")
    assert last_source(text) == "Mark Dunne"


# ----- people tied to a place or a body by a preposition speak, not the place --------------------

@pytest.mark.parametrize("text, source", [
    ("People in Fort Pierce said the mosque was quiet.", "people in Fort Pierce"),
    ("A producer for Harbor Studios said the show was off.", "A producer for Harbor Studios"),
    ("Some delegates at the convention in Salem said they welcomed it.",
     "some delegates at the convention in Salem"),
])
def test_people_before_a_place_speak(text: str, source: str) -> None:
    assert last_source(text) == source


def test_a_name_after_an_opening_place_phrase_still_speaks() -> None:
    assert last_source("Speaking in Salem, Ana Ruiz said no.") == "Ana Ruiz"


def test_people_word() -> None:
    from toolkit.claims.group_heads import people_word
    assert people_word("delegates") and people_word("producer") and people_word("organizers")
    assert not people_word("convention") and not people_word("state")


# ----- a verb inside an opening phrase of time belongs to the sentence's subject ------------------

def test_counted_opening_phrase_is_no_subject() -> None:
    text = "Eight years after backing Ben Hale, team owner Mark Dunne is backing Ana Ruiz."
    assert last_source(text) == "Mark Dunne"
