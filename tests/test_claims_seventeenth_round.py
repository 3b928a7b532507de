"""Attribution, seventeenth round (issue 16): a research body as the speaker ("the foundation predicts", "a
conservative think tank said"), people placed "across" or "throughout" somewhere, the short reply "Ruiz
responded.", and "according to" with a vague crowd at the very end of a text. Every sentence here is written
for these tests (none taken from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only
from toolkit.claims.sentence_labels import label_text


# ----- "think tank" is a noun, not "think" (toolkit/claims/verb_look_alikes.py) ------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("The Harbor Policy Center, a conservative think tank, said the ferry levy would cost millions.",
     "the Harbor Policy Center"),
    ("The levy is unfair to island families, according to a progressive think tank.", "a progressive think tank"),
    ("Ana Ruiz, a founder of the centrist think tank Open Harbor, said the fares were too high.", "Ana Ruiz"),
])
def test_a_think_tank_is_a_body_not_a_belief(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_analysts_at_a_think_tank_hold_a_view() -> None:
    credited("Analysts at the think tank believe the ferry levy will fail.", "analysts at the think tank")


# ----- research and civic bodies described, not named (toolkit/data/claims/bodies.txt) -----------------------
# (A verb of stance or prediction with no "that" after it credits a view only to people or bodies; a closing
# frame after a quotation needs one too: "Ruiz's team said".)

@pytest.mark.parametrize("sentence, source", [
    ("Fewer ferries run each winter, a trend that the foundation predicts will continue \u201cfor years.\u201d",
     "the foundation"),
    ("The institute predicts rents on the island will rise again next year.", "the institute"),
    ("The coalition wants the winter timetable changed before December.", "the coalition"),
    ("In a second email, the foundation appeared to press aides to find a job for a donor.", "the foundation"),
    ("\u201cWe won the island,\u201d Ruiz\u2019s team said.", "Ruiz\u2019s team"),
    ("Okafor\u2019s team thinks the ferry vote can still be won.", "Okafor\u2019s team"),
    ("The Okafor camp wants a recount of the ferry vote.", "the Okafor camp"),
    ("The city is seeking millions from the state to rebuild the pier.", "the city"),
    ("The county wants the ferry fares cut before winter.", "the county"),
    ("The university wants the survey repeated next spring.", "the university"),
])
def test_a_described_body_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- people placed "across", "throughout", "around" a place (toolkit/claims/group_heads.py) ---------------

@pytest.mark.parametrize("sentence, source", [
    ("Officials throughout Ohio said the roads would stay closed until Monday.", "officials throughout Ohio"),
    ("Farmers around Fresno say the canal has been dry since June.", "farmers around Fresno"),
    ("Lawyers across Washington have warned that the deal is fragile.", "lawyers across Washington"),
])
def test_people_across_a_place_speak_not_the_place(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "according to" with a vague crowd at the very end (toolkit/claims/attribution_rules.py) ---------------

@pytest.mark.parametrize("text", [
    "The two camps have been talking for weeks, according to several",
    "The two camps have been talking for weeks, according to",
    "according to many",
])
def test_a_text_cut_after_according_to_is_still_read(text: str) -> None:
    label = only(text)
    assert label.label in ("fact", "opinion", "attributed")
    assert label.text == text


# ----- "Ruiz responded.": the short form of a reply (toolkit/claims/wordless_acts.py) -------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Ruiz responded.", "Ruiz"),
    ("The mayor responded.", "the mayor"),
    ("Councillor Ana Ruiz quickly responded.", "Ana Ruiz"),
])
def test_a_short_reply_is_attributed(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "Firefighters responded.",
    "Police quickly responded.",
    "Two ambulance crews responded.",
    "How has the harbor board responded?",
])
def test_a_crew_arriving_or_a_question_is_no_reply(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- every cut of a sentence is read (the crash above was found this way) ---------------------------------

CUT_SENTENCES = [
    "The two camps have been talking for weeks, according to several people close to the talks.",
    "\u201cThe deal is dead,\u201d said Ann Ruiz, a trade analyst at Harbor Bank, on Tuesday.",
    "Sen. Maria Lopez (D-Ore.) told reporters that the ferry levy, which Mr. Hale opposes, would pass.",
    "WASHINGTON \u2014 Officials throughout Ohio, a conservative think tank and the foundation said so.",
    "Ruiz responded by saying, as the mayor had claimed to have seen, that some say it was \u2018rigged.\u2019",
]


@pytest.mark.parametrize("sentence", CUT_SENTENCES)
def test_every_cut_of_a_sentence_is_labelled(sentence: str) -> None:
    words = sentence.split(" ")
    for n in range(1, len(words) + 1):
        for text in (" ".join(words[:n]), " ".join(words[-n:])):
            labels = label_text(text, split=False)
            assert len(labels) == 1 and labels[0].text == text.strip(), text
