"""Attribution, eighth round (issue 16, speech verbs): kinds of error found by the last rounds on
sentences written for their tests and counted on PolNeAR train, each rule tested on sentences
written for it here (none taken from the data)."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1
    return labels[0]


# ----- a -ly noun is no adverb: "the family said" (toolkit/claims/ly_nouns.py) ---------------------

@pytest.mark.parametrize("sentence, source", [
    ('"We will keep the boat," the family said.', "the family"),
    ('"We will keep the boat," the family told reporters.', "the family"),
    ('"We will keep the boat," a lawyer for the family said.', "a lawyer for the family"),
    ('"We will keep the boat," said the family.', "the family"),
    ("The family said on Monday it would appeal the fine.", "the family"),
])
def test_a_family_speaks_after_a_quotation(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source == source
    assert not any(cue.kind == "scare_quote" for cue in label.cues)


def test_an_adverb_before_the_verb_is_still_stepped_over() -> None:
    label = only("The ferry captains quietly said the timetable would not hold.")
    assert label.label == "attributed" and label.source == "the ferry captains"


def test_an_ly_adjective_before_its_noun_is_no_speaker() -> None:
    label = only('"We will keep the boat," said an early supporter of the crew.')
    assert label.label == "attributed"
    assert label.source is not None and "supporter" in label.source


# ----- a span of time counted back before the verb (toolkit/claims/ago_phrases.py) -------------------

@pytest.mark.parametrize("sentence, source", [
    ("The port authority less than a week ago said the old ferries would stop running.", "the port authority"),
    ("The harbor board a few weeks ago announced that fares would rise in May.", "the harbor board"),
    ("Ana Ruiz two days ago told reporters the ferries would stop running.", "Ana Ruiz"),
])
def test_a_time_span_before_the_verb_is_no_speaker(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source == source


# ----- people of something, then where they are (toolkit/claims/placed_groups.py) ------------------

@pytest.mark.parametrize("sentence, head", [
    ("Owners of the old ferries argued that the fares were far too low.", "owners"),
    ("Owners of the old ferries in Calder argued that the fares were far too low.", "owners"),
    ("Supporters of the levy in Salem said the fares were far too low.", "supporters"),
])
def test_people_of_a_thing_in_a_place_speak_not_the_place(sentence: str, head: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and label.source.lower().startswith(head)


# ----- "claim" with no words: a right held, a thing taken (toolkit/claims/claim_senses.py) ----------

@pytest.mark.parametrize("sentence", [
    "Besides Laos, Vietnam and Taiwan have claims in the area, and tensions have been rising.",
    "Meanwhile, the Calder crew claimed the prize for the fastest crossing.",
    "The winner will claim a commanding majority on the harbor board.",
])
def test_a_claim_with_no_words_is_no_attribution(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz claims the ferries are unsafe.",
    "Ana Ruiz claimed the fares were too low for the crews to live on.",
])
def test_a_claim_that_says_something_stays_attributed(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == "Ana Ruiz"


# ----- "noted" with a plain object points something out in words (toolkit/claims/noted_things.py) ---

@pytest.mark.parametrize("sentence, source", [
    ("Ana Ruiz noted the storm damage and the lost fares at the harbor.", "Ana Ruiz"),
    ("The Calder Gazette also noted the thin crowd at the dock:", "Calder Gazette"),
    ("The harbor board has met the crews twice and noted their complaints about the timetable.", "the harbor board"),
])
def test_noted_with_an_object_is_attributed(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and source in label.source


@pytest.mark.parametrize("sentence", [
    "Students read the work of noted harbor historians.",
    "The crews kept notes about the tides in a small blue book.",
])
def test_noted_without_a_speaker_is_no_attribution(sentence: str) -> None:
    assert only(sentence).label != "attributed"



# ----- a question put to someone named at the end (toolkit/claims/asked_addressees.py) --------------

@pytest.mark.parametrize("sentence, source", [
    ("Todd Marlow asked the new harbor master.", "Todd Marlow"),
    ("Lopez recently asked Admiral Hale just that question.", "Lopez"),
])
def test_asked_with_only_an_addressee_closes_a_question(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == source


@pytest.mark.parametrize("sentence", [
    "Ruiz asked for a delay.",
    "Ana Ruiz asked the harbor board and the port for money.",
])
def test_asked_for_a_thing_is_no_question_put(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a stance adverb right after a verb of saying is the speaker's manner (saying_manner.py) -------

@pytest.mark.parametrize("sentence, source", [
    ('"We will win the vote in May," spokesman Dan Hale said happily on the radio as the results came in.',
     "Dan Hale"),
    ('"We will win," said Ana Ruiz, adding hopefully that the crews would stay.', "Ana Ruiz"),
])
def test_a_stance_adverb_after_the_verb_is_how_the_speaker_spoke(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == source


def test_a_stance_adverb_opening_the_sentence_is_still_the_writers() -> None:
    assert only("Happily, the old ferry survived the storm.").label == "opinion"


# ----- an answer after an opening "Asked ...," (toolkit/claims/asked_openings.py) -------------------

@pytest.mark.parametrize("sentence, source", [
    ("Asked in Calder on Monday whether she would back the levy, Ana Ruiz gave a vague answer.", "Ana Ruiz"),
    ("But when asked how she would pay for the ferries, Ruiz fought back.", "Ruiz"),
])
def test_an_opening_asked_credits_the_answer_to_the_subject(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == source


def test_a_share_of_those_asked_is_a_count_not_a_speaker() -> None:
    assert only("Asked which issue mattered most, 32 percent of those polled picked the ferries.").label != \
        "attributed"
