"""Attribution, thirteenth round (issue 16, speech verbs): PolNeAR train errors read as kinds (a stance made known as
a verb's object, "had nothing good to say about"); every sentence here is written for these tests (none taken from
the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import only, credited


# ----- a stance made known as the verb's object (toolkit/claims/stated_stances.py) -----------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Ana Ruiz has stated her interest in the harbor seat.", "Ana Ruiz"),
    ("The harbor board reiterated its belief that the pier will reopen.", "the harbor board"),
    ("The mayor voiced her support for the ferry levy.", "the mayor"),
    ("Tom Okafor publicly declared his allegiance after the meeting.", "Tom Okafor"),
    ("Ruiz, the harbor master, expressed her disappointment with the vote.", "Ruiz"),
    ("The pilots have signaled their opposition to the new fees.", "the pilots"),
    ("At the meeting, Okafor offered his thoughts on the new timetable.", "Okafor"),
    ("Harbor pilots posted their thoughts on the ruling.", "harbor pilots"),
])
def test_a_stance_made_known_is_the_subjects(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "The port declared bankruptcy in May.",
    "The ferry line will bring the state the support it needs.",
    "The mayor voiced the ads for the ferry line.",
    "I stated my position at the meeting.",
])
def test_other_objects_and_the_writer_report_no_stance(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- "had nothing good to say about" (toolkit/claims/things_to_say.py) ---------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("In an interview, Okafor had nothing good to say about the levy.", "Okafor"),
    ("The pilots will have more to say about it next week.", "the pilots"),
    ("Ruiz has had harsh words to say about the pier.", "Ruiz"),
    ("A ferry captain named Tom Okafor has nothing but kind things to say about his crew.", "Tom Okafor"),
])
def test_what_a_speaker_had_to_say_about_something(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_the_speakers_weighing_of_their_words_is_not_the_writers() -> None:
    label = only("In an interview, Okafor had nothing bad to say about the pier.")
    assert label.label == "attributed"


@pytest.mark.parametrize("sentence", [
    "We have more to say about the pier.",
    "It is hard to say about the pier.",
    "Will the pilots have anything to say about the pier?",
])
def test_the_writer_a_judgment_or_a_question_is_no_report(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a participle of saying after a frame that closes a quotation (toolkit/claims/trailing_participles.py) ------

@pytest.mark.parametrize("sentence, source", [
    ("“The vote was a mess,” said Ruiz, suggesting that the next meeting won’t be so chaotic.", "Ruiz"),
    ("“I believe she is the best person for the pier,” the mayor said, before clarifying that she herself was the "
     "best candidate.", "the mayor"),
])
def test_a_participle_after_a_closing_frame_goes_on_with_the_speakers_words(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "asked" after a subject read from its determiner (toolkit/claims/reporting_frames.py) ------------------

@pytest.mark.parametrize("sentence, source", [
    ("A pilot asked whether the pier would close.", "a pilot"),
    ("An Ohio voter asked if she might consider appointing Okafor.", "an Ohio voter"),
    ("The guild asked the mayor whether the pier would close.", "the guild"),
])
def test_a_described_asker_with_a_question_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_asking_for_something_is_still_no_report() -> None:
    assert only("The pilot asked for volunteers to move to the back.").label != "attributed"


# ----- a clause after "said" is no inverted speaker (toolkit/claims/unread_speakers.py) ------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Tom Okafor of Flint, Mich., said the pier would close.", "Tom Okafor"),
    ("Ana Ruiz of Washington, D.C., said the pier would close.", "Ana Ruiz"),
    ("Ruiz has, in the past, said the pier would close.", "Ruiz"),
])
def test_a_clause_with_its_own_verb_after_said_is_reported_not_the_speaker(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence, source", [
    ("The pier will close next spring, said a former harbor master.", "a former harbor master"),
    ("The pier will close next spring, said the harbor master who has run it for years.", "the harbor master"),
])
def test_an_inverted_speaker_after_the_words_still_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)
