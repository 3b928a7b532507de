"""Attribution, sixteenth round (issue 16, speech verbs): wrongly attributed sentences, wrong sources and missed
speech on PolNeAR train, read as kinds (a state that ends a person's address, whom the words were told or a letter
sent to, a dateline with its day, a company's "Co." or a rank inside a title, a plural noun before "are", "the
state" as a body, a name after a possessive description, a body before an aside, a text before its verb, one of a
group after "said", a document made public at a time, the speaker before "in"/"on" and a phrase); every sentence
here is written for these tests (none taken from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only


# ----- a state after "of Town," ends an address; the person speaks (toolkit/claims/placed_asides.py) -------------

@pytest.mark.parametrize("sentence, source", [
    ("Tom Okafor of Flint, Michigan, said the pier was unsafe.", "Tom Okafor"),
    ("Ana Ruiz of Salem, Oregon, told reporters the fares were too high.", "Ana Ruiz"),
    ("Another pilot, Tom Okafor of Calder, Oregon, explained why he backed the levy.", "Tom Okafor"),
    ("Ana Ruiz from Eugene, Oregon, said the ferry was late again.", "Ana Ruiz"),
])
def test_a_state_after_the_town_is_no_speaker(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_name_in_an_aside_still_speaks() -> None:
    credited("The harbor master, Ana Ruiz, said the pier was unsafe.", "Ana Ruiz")


# ----- whom the words were told is never who told them (placed_asides.told_after_aside) --------------------------

@pytest.mark.parametrize("sentence", [
    "Tom Okafor of Calder, Ore., told reporters the pier is unsafe.",
    "Tom Okafor of Calder, Ore., told reporters on Monday that the pier is unsafe.",
])
def test_the_people_told_after_an_aside_are_no_speaker(sentence: str) -> None:
    credited(sentence, "Tom Okafor")


@pytest.mark.parametrize("sentence, source", [
    ("Another delegate, Tom Okafor of Salem, Ore., explained the reason for his late support of the levy.",
     "Tom Okafor"),
    ("Ana Ruiz of Washington, D.C., explained the reason for the delay.", "Ana Ruiz"),
    ("Tom Okafor of Salem, Ore., announced his run for mayor.", "Tom Okafor"),
])
def test_an_abbreviated_state_after_the_town_is_no_speaker(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_quotation_closed_by_told_keeps_its_speaker() -> None:
    credited('"The pier is unsafe," the harbor master told Mayor Tom Okafor on Monday.', "the harbor master")


# ----- a letter or a delegation sent to someone speaks for its sender (toolkit/claims/sent_to.py) ----------------

@pytest.mark.parametrize("sentence, source", [
    ("The union's letter to its members notes that the pier is closed.", "the union's letter to its members"),
    ("Mayor Ana Ruiz's fundraising email to her supporters says the levy will pass.",
     "Ana Ruiz's fundraising email to her supporters"),
    ("The port's delegation to the summit said the fares should fall.", "the port's delegation to the summit"),
])
def test_what_is_sent_speaks_not_whom_it_is_sent_to(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_gift_to_someone_names_no_sender() -> None:
    credited("The owners gave money to charity, the mayor said.", "the mayor")


# ----- a dateline with its day is no speaker (toolkit/claims/source_phrases.py) ---------------------------------

@pytest.mark.parametrize("sentence", [
    "SALEM, May 3 (Reuters) - The union's leader, Ana Ruiz, backed the levy on Tuesday, saying the pier needed "
    "repairs.",
    "SALEM, Ore., May 3 (Reuters) - The union's leader, Ana Ruiz, backed the levy on Tuesday, saying the pier "
    "needed repairs.",
])
def test_a_dateline_with_its_day_is_no_speaker(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and "Salem" not in label.source, label.source


# ----- a company's "Co.", a town's "Ft." or a rank's "1st Lt." is no end of a name (source_phrases.py) -------------

@pytest.mark.parametrize("sentence", [
    "The pier is unsafe, said Calder Harbor Co. President Ana Ruiz.",
    '"The pier is unsafe," said Harbor Corp. chief executive Ana Ruiz.',
    "The pier is unsafe, according to Harbor Co. President Ana Ruiz.",
    "The pier is unsafe, said Ft. Calder Mayor Ana Ruiz.",
    '"The pier is unsafe," said Air Force 1st Lt. Ana Ruiz.',
    '"The pier is unsafe," said Navy 2nd Lt. Ana Ruiz, a pilot.',
])
def test_a_shortened_word_inside_a_name_does_not_cut_it(sentence: str) -> None:
    credited(sentence, "Ana Ruiz")


# ----- a verb form that is also a plural noun, before "are" or "did" (toolkit/claims/noun_look_alikes.py) -------

@pytest.mark.parametrize("sentence", [
    "To be sure, the pier safety charges are very important, and any delay would be costly.",
    "Calder's bold West Coast plans did not go down well in Salem.",
    "Pier questions are likely to move to the fore.",
    "Harbor Watch attacks were sharper this year.",
])
def test_a_plural_noun_before_are_reports_nothing(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("The harbor board claims the fees are needed.", "the harbor board"),
    ("Harbor plans are on hold, the mayor said.", "the mayor"),
])
def test_the_verb_before_its_clause_still_reports(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "the state" opening a clause is a body that speaks (toolkit/claims/source_phrases.py) --------------------

@pytest.mark.parametrize("sentence", [
    "The state admitted it made a mistake when a local nurse reported high lead levels.",
    "The state argued that the harbor law was fair.",
    "The pier fell, and the state said it made a mistake.",
])
def test_the_state_opening_a_clause_speaks(sentence: str) -> None:
    credited(sentence, "the state")


@pytest.mark.parametrize("sentence, source", [
    ("Officials in the state said the harbor law was fair.", "officials"),
    ("Voters across the state said the harbor law was fair.", "voters"),
])
def test_people_in_the_state_speak_not_the_state(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- a closing frame: a description with a possessive, then the name, then the verb ---------------------------
# (toolkit/claims/reporting_frames.py; the name between the last two commas speaks)

@pytest.mark.parametrize("sentence, source", [
    ("The levy is vital, her top aide, Tom Okafor, said.", "Tom Okafor"),
    ("The levy is vital, his spokeswoman, Ana Ruiz, told reporters.", "Ana Ruiz"),
    ("The mayor remains committed to the levy, her top aide, Tom Okafor, told The Harbor Gazette.", "Tom Okafor"),
])
def test_the_name_after_a_possessive_description_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- a described body, then where it spoke between commas (toolkit/claims/reporting_frames.py) -----------------

@pytest.mark.parametrize("sentence, source", [
    ("The port, in a statement, said the levy was vital.", "the port"),
    ("The harbor master, in an interview, said the levy was vital.", "the harbor master"),
    ("The port authority, at a meeting in May, said the levy was vital.", "the port authority"),
])
def test_a_body_before_an_aside_of_where_it_spoke_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- a text before a verb of saying is its subject, not a verb (toolkit/claims/noun_look_alikes.py) -------------

@pytest.mark.parametrize("sentence, source", [
    ('"The pier is unsafe," the congressional report said.', "the congressional report"),
    ('"The pier is unsafe," the note says.', "the note"),
    ("The pier had been unsafe for years, the harbor report said.", "the harbor report"),
])
def test_a_text_before_a_verb_of_saying_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_form_after_a_modal_stays_a_verb() -> None:
    credited("The harbor master will report that the pier is unsafe.", "the harbor master")


# ----- one of a group after an inverted verb speaks (toolkit/claims/partitive_speakers.py) -----------------------

@pytest.mark.parametrize("sentence, source", [
    ('"The pier is unsafe," said one of the pilots.', "one of the pilots"),
    ('"The pier is unsafe," said one of the mayor\'s aides.', "one of the mayor's aides"),
    ('"The pier is unsafe," said several of the pilots.', "several of the pilots"),
    ('"The pier is unsafe," said one of those advisers, who spoke on condition of anonymity.',
     "one of those advisers"),
])
def test_one_of_a_group_after_said_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_the_named_one_of_a_group_before_the_verb_speaks() -> None:
    credited("One of the pilots, Ana Ruiz, said the pier was unsafe.", "Ana Ruiz")


# ----- a document, the act that made it public, then when or where (toolkit/claims/document_participles.py) -----

@pytest.mark.parametrize("sentence", [
    "A harbor report published Wednesday said the pier was unsafe.",
    "New polls released Sunday showed Ruiz taking a lead.",
    "A Calder Gazette poll released last week showed Ruiz taking a lead.",
    "A poll taken in South Calder found that most pilots back the levy.",
])
def test_a_document_made_public_at_a_time_speaks(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and label.source.lower().split()[-1] in ("report", "polls", "poll"), label.source


@pytest.mark.parametrize("sentence", [
    "The harbor report was released Sunday.",
    "A poll released last week by the port put the levy ahead.",
])
def test_a_document_made_public_with_no_verb_of_its_own_reports_nothing(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- the speaker before "in", "on", "at", "for" and a phrase (toolkit/claims/linked_heads.py) -------------------

@pytest.mark.parametrize("sentence, source", [
    ("An earlier report in a Calder paper said that Ruiz had used the photos.", "an earlier report in a Calder paper"),
    ("Officials in both towns insist the pier is safe.", "officials in both towns"),
    ("Ana Ruiz in a blog post said she would vote no.", "Ana Ruiz"),
    ("Partisans on both sides warn that the levy will fail.", "Partisans"),
])
def test_the_speaker_before_a_linked_phrase_speaks(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_participle_opening_is_no_speaker_before_a_link() -> None:
    label = only("Joining Ruiz in the group seeking the seat were two former mayors, the Gazette said.")
    assert label.source is not None and "Joining" not in label.source, label.source


# ----- whom a pitch or letter went to, before "saying", is no speaker (toolkit/claims/subject_readers.py) ---------

@pytest.mark.parametrize("sentence, source", [
    ("Mayor Ana Ruiz is making a pitch to Calder voters saying the levy will fix the pier.", "Ana Ruiz"),
    ("Ruiz wrote to the board saying the pier was unsafe.", "Ruiz"),
    ("Ruiz made an appeal to the pilots saying the pier was unsafe.", "Ruiz"),
])
def test_the_addressee_before_saying_is_no_speaker(sentence: str, source: str) -> None:
    credited(sentence, source)
