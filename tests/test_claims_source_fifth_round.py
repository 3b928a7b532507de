"""Fifth round on naming the right source: whom "he said" points back to, documents "of" what,
plural group names, titles matched to the person last named with them, a person's name without
the place after it. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.source_helpers import last_source, tokens_of
from toolkit import parse_article
from toolkit.claims.people import names_a_group, person_without_place, stands_for_person
from toolkit.claims.pronoun_sources import (clause_starts, described_title, last_titled, opening_end,
                                            titles_near)
from toolkit.claims.sentence_labels import label_sentences


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(label.label, label.source) for label in label_sentences(parse_article(text))]




# ----- the subject of a clause is who "he said" points back to --------------------------------

@pytest.mark.parametrize("text, speaker", [
    # the subject after an opening phrase, not the name inside it
    ("Ben Okafor spoke first. In Salem, Governor Tom Hale released a plan on Thursday night. "
     "He said he had told his staff to start at once.", "Tom Hale"),
    # an opening phrase of time that starts with an article or a number
    ("Ana Ruiz spoke first. A few minutes later, Ben Okafor followed up: \u201cThere is a lot of work,\u201d he said.",
     "Ben Okafor"),
    ("Ben Okafor spoke first. Eight years after his last race, Mark Dunne is sizing up the field again. "
     "\u201cI like what I see,\u201d he said.", "Mark Dunne"),
    # the subject of a second clause, after ", but" or ", and"
    ("Tom Hale spoke first. The moderators were ready to move on, but Ben Okafor wasn't having it. "
     "\u201cLet me finish,\u201d he said.", "Ben Okafor"),
    ("Tom Hale spoke first. Ohio is a swing state, and Dana Ruiz aimed her speech at the governor. "
     "\u201cWe have work to do,\u201d she told the crowd.", "Dana Ruiz"),
    # a sentence that opens with "But" before its opening phrase
    ("Lena Ortiz spoke first. But at another event on Thursday, Ben Okafor showed no sign of regret. "
     "\u201cWe can still win,\u201d he said.", "Ben Okafor"),
    # a name set off by commas after a short description is the subject
    ("Lena Ortiz spoke first. After the results came in, Okafor's campaign manager, Jeff Weaver, appeared on "
     "television. \u201cWe can still win,\u201d he said.", "Jeff Weaver"),
])
def test_he_said_points_back_to_the_subject_of_a_clause(text: str, speaker: str) -> None:
    assert last_source(text) == speaker


def test_a_name_in_an_object_or_place_phrase_is_not_the_subject() -> None:
    # "Kasich" is only what the senator spoke of; "In Ohio" is a place
    text = ("Dana Ruiz spoke on Monday. In Ohio, the crowd cheered for Ben Okafor and Tom Hale. "
            "\u201cThis is our year,\u201d she said.")
    assert last_source(text) == "Dana Ruiz"


def test_the_head_subject_after_an_opening_phrase_in_the_same_sentence() -> None:
    # another person of the same surname was named before: the sentence's own "Murphy" is the one meant
    text = ("Anne Marie Murphy spoke at the rally on Sunday. A few minutes later, Murphy followed up by lamenting "
            "the long hours: \u201cThere is just a lot of work,\u201d he said.")
    assert last_source(text) == "Murphy"


def test_clause_starts_and_opening_phrases() -> None:
    tokens = tokens_of("In Salem, Tom Hale spoke, but Ben Okafor left.")
    starts = clause_starts(tokens, 0)
    assert [tokens[k].text for k in starts] == ["Tom", "Ben"]
    # a subject set off by an aside is no opening phrase
    assert opening_end(tokens_of("The senator, a Democrat, spoke."), 0) is None
    assert opening_end(tokens_of("Clinton, speaking in Ohio, left."), 0) is None
    assert opening_end(tokens_of("Two days ago, Ben Okafor left."), 0) == 4


# ----- documents: what a poll is "of" is not who made it ------------------------------------

@pytest.mark.parametrize("text, source", [
    ("According to a recent poll of Ohio voters, Ben Okafor leads the field.", "a recent poll of Ohio voters"),
    ("Okafor raised more from teachers, according to a Ledger analysis of federal election records.",
     "a Ledger analysis of federal election records"),
    # a maker named after what the document is about still makes it
    ("Women gave 43 percent, according to an analysis of election commission data by Crowdpac, a website.",
     "Crowdpac"),
    # unchanged: a maker right after the document
    ("A 2019 report by the Pentagon found that costs had doubled.", "the Pentagon"),
])
def test_a_document_of_something(text: str, source: str) -> None:
    assert sources(text) == [("attributed", source)]


# ----- plural group names are nobody "he" or "she" can mean ---------------------------------

def test_group_plurals_do_not_stand_for_a_person() -> None:
    assert names_a_group("Democrats") and names_a_group("Latinos") and names_a_group("Republicans")
    assert not names_a_group("Sanders") and not names_a_group("Okafor") and not names_a_group("Evans")
    assert not stands_for_person("Democrats") and stands_for_person("Okafor")
    text = ("Dana Ruiz spoke on Monday. Voters believe Democrats will lose the state, the poll found. "
            "Instead, she argued for a longer campaign in the cities.")
    assert last_source(text) == "Dana Ruiz"


# ----- "the governor" is the person last named with that title -------------------------------

def test_titles_near_a_name() -> None:
    tokens = tokens_of("Ohio Gov. Ben Hale spoke, and Tom Dunne, the city manager, agreed.")
    hale = next(k for k, t in enumerate(tokens) if t.text == "Ben")
    dunne = next(k for k, t in enumerate(tokens) if t.text == "Tom")
    assert titles_near(tokens, hale, hale + 2) == {"governor"}
    assert titles_near(tokens, dunne, dunne + 2) == {"manager"}
    assert described_title("the Ohio governor") == "governor"
    assert described_title("a spokesman") is None  # someone new, not one met before
    assert last_titled([(0, "governor", "Ben Hale"), (50, "governor", "Ann Lee")], "governor", 40) == "Ben Hale"


def test_he_after_the_governor_means_the_governor_named_before() -> None:
    text = ("Ohio Gov. Ben Hale spoke to a small crowd of farmers about the new water rules on Monday. "
            "Lena Ortiz, a voter, cheered. \u201cWe will win,\u201d the governor told the crowd. "
            "\u201cI am sure of it,\u201d he said.")
    labels = sources(text)
    assert labels[2] == ("attributed", "the governor")  # the sentence keeps the words it uses
    assert labels[3] == ("attributed", "Ben Hale")


# ----- a person's name without the place after it -------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Senator Dana Okafor of Oregon said the bill would pass.", "Dana Okafor"),
    ("\u201cThe bill will pass,\u201d said Senator Dana Okafor of Oregon.", "Dana Okafor"),
    ("Governor Ben Hale of Ohio told reporters he would run.", "Ben Hale"),
])
def test_display_name_drops_the_place(text: str, source: str) -> None:
    assert sources(text) == [("attributed", source)]


def test_person_without_place_keeps_names_of_bodies() -> None:
    assert person_without_place("Dana Okafor of Oregon") == "Dana Okafor"
    assert person_without_place("Bank of America") == "Bank of America"
    assert person_without_place("Secretary of State") == "Secretary of State"


# ----- ", saying" after a verb with a named object: the subject before the verb speaks ----------

@pytest.mark.parametrize("text, source", [
    ("Ben Okafor bemoaned America's reputation around the world, saying that foreigners laugh at us.", "Ben Okafor"),
    # a name used before a title is not cut off at the title: the description is the subject
    ("In line with most voters, Republican presidential hopeful Sen. Ted Cruz was also critical of the plan, "
     "telling the paper it would fail.", "Ted Cruz"),
])
def test_participle_speaker_is_the_name_before_the_verb(text: str, source: str) -> None:
    assert sources(text) == [("attributed", source)]


# ----- the speaker of the whole sentence, not a frame inside the words they report ----------

@pytest.mark.parametrize("text, source", [
    ("Marco Ruiz spoke in Iowa on Monday about the caucus. "
     "The Florida senator told reporters he feels good about his campaign in Iowa.", "the Florida senator"),
    ("Ben Okafor spoke first. A city spokeswoman said Okafor believes the bridge will reopen in May.",
     "A city spokeswoman"),
])
def test_the_outer_speaker_outranks_a_frame_inside_their_words(text: str, source: str) -> None:
    assert last_source(text) == source


def test_a_phrase_taken_for_a_subject_by_mistake_does_not_outrank() -> None:
    # "his opening" is no speaker: the sentence stays Okafor's
    text = "Moments earlier, in his opening remarks, Ben Okafor said he was ready for the job."
    assert last_source(text) == "Ben Okafor"


def test_a_lone_surname_is_the_namesake_met_most_recently() -> None:
    # the article names Bill Okafor in full last of all; the "Okafor" who speaks is the one just met
    text = ("Bill Okafor spoke first about the farm bill in Dayton. Later, Hillary Okafor took the stage. "
            "Okafor said the bill would pass. Bill Okafor left early with his staff.")
    assert sources(text)[2] == ("attributed", "Hillary Okafor")


def test_an_opening_phrase_reads_past_a_state_after_a_town() -> None:
    # the comma after "St. Clairsville" does not end the opening phrase: "Ohio" is no subject
    tokens = tokens_of("At a rally in St. Clairsville, Ohio, Brenda Johnson railed against the plan.")
    assert tokens[opening_end(tokens, 0)].text == "Brenda"
    text = ("Tom Hale spoke first. At a campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also "
            "railed against the plan. \u201cThey should listen,\u201d she said.")
    assert last_source(text) == "Brenda Johnson"


def test_the_head_subject_after_a_leading_but() -> None:
    text = ("Carla Okafor first met the investor Dana Hale at a small dinner in the spring of that year. "
            "Hale told the board that the company should call its rival at once. "
            "But Okafor, who had moved a year earlier from her old firm, tossed \u201ccold water on the idea,\u201d "
            "she wrote in her memoir.")
    assert last_source(text) == "Carla Okafor"


@pytest.mark.parametrize("text, source", [
    # a place inside an opening phrase is no subject: the name after the phrase's comma speaks
    ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with "
     "Okafor on Tuesday.", "Harry Reid"),
    # one adverb and a name set off by commas: the name is the subject, not a town and its state
    ("Still, Tad Devine, a senior adviser to Mr. Okafor, said on Tuesday that the campaign would not "
     "mislead voters.", "Tad Devine"),
])
def test_the_subject_after_an_opening_phrase_speaks(text: str, source: str) -> None:
    assert sources(text) == [("attributed", source)]


def test_a_name_with_the_ending_of_a_participle_is_no_opening_phrase() -> None:
    assert opening_end(tokens_of("Irving, the mayor, praised the plan."), 0) is None
    assert opening_end(tokens_of("Kelly, the mayor, praised the plan."), 0) is None
    assert opening_end(tokens_of("Speaking in Dayton, Irving praised the plan."), 0) == 4


@pytest.mark.parametrize("text", ["Okafor spoke.\n\n\x1f\x1f", "A title\n\n\x1f", "Ann Ruiz said so.\n\n\x1f\n\nShe left."])
def test_a_paragraph_with_no_words_has_no_subject_to_remember(text):
    labels = label_sentences(parse_article(text))
    assert all(label.end <= len(text) for label in labels)
