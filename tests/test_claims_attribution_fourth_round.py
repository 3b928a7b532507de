"""Attribution, fourth round (issue 16): kinds of missed speech met in real news, each rule on
sentences written for it. "By saying", a question put to someone ("was asked about"), an aside
holding "No. 2", a capitalised verb in a headline after a person's name, "asked X which"."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def last(text: str):
    return label_text(text)[-1]


# ----- a participle of saying after "by", "after", "while" -----------------------------------

@pytest.mark.parametrize("text, source", [
    ("Okafor landed in trouble last month by saying that the bridge tolls were a tax on the poor.", "Okafor"),
    ("Councillors dodged hard questions by saying the auditor had been wrong.", "councillors"),
    ("Varga drew cheers while arguing that the ferry should stay public.", "Varga"),
])
def test_a_participle_of_saying_after_a_preposition_is_the_subjects_words(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "Okafor opened the meeting by saying a prayer.",
    "Brandt left the room without saying a word.",
    "The council refrained from saying whether the tolls would rise.",
])
def test_a_participle_that_reports_no_words_is_not_attribution(text):
    assert only(text).label != "attributed"


# ----- a question put to someone ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mayor Okafor was asked about the tolls during a radio interview on Monday.",
    "The mayor was once asked which of her rivals she respected most.",
    "Okafor has been asked to release the audit.",
    "In an interview that spring, she was asked whether the ferry would survive.",
])
def test_a_passive_question_makes_the_sentence_attributed(text):
    label = only(text)
    assert label.label == "attributed"


def test_a_passive_ask_that_is_no_question_is_not_attribution():
    assert only("Okafor was asked out by a classmate in 1990.").label != "attributed"


def test_a_question_with_a_named_speaker_keeps_the_speaker():
    label = only("Asked if the tolls would rise, Leon Brandt, the mayor's spokesman, suggested that they might.")
    assert (label.label, label.source) == ("attributed", "Leon Brandt")


def test_asked_someone_which_names_the_asker():
    label = only("Garcia then asked Okafor which districts she could win.")
    assert (label.label, label.source) == ("attributed", "Garcia")


# ----- "No. 2" inside an aside -----------------------------------------------------------------

def test_the_stop_of_no_before_a_number_ends_no_aside():
    label = only("Dana Okafor, the No. 3 Democrat in the Senate, said the vote will come Monday.")
    assert (label.label, label.source) == ("attributed", "Dana Okafor")


# ----- headlines in title case ---------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Lena Okafor Claims Harbor Plan Is Fair, But Critics Disagree.", "Lena Okafor"),
    ('Lena Ortiz Asked Voters Everywhere To "Rethink The Bridge."', "Lena Ortiz"),
    ("Lena Ortiz Thinks Brandt Was A Really Effective Treasurer", "Lena Ortiz"),
])
def test_a_headline_verb_after_a_persons_name_is_read(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "Insurance Claims Rise Sharply In Harbor Towns",
    "Jordan Claims Victory Over Harbor Rivals",
])
def test_a_capitalised_noun_in_a_headline_is_no_verb_of_saying(text):
    assert only(text).label != "attributed"


def test_a_surname_met_earlier_speaks_in_a_headline():
    text = "Lena Okafor runs the harbor board. Okafor Claims Toll Plan Will Pay For The Bridge"
    assert (last(text).label, last(text).source) == ("attributed", "Lena Okafor")


@pytest.mark.parametrize("text, source", [
    ("Asked whether she would back the toll plan, Okafor gave a roundabout answer.", "Okafor"),
    ("Asked later about the ferry, the admiral chuckled.", "the admiral"),
    ("Asked later about the ferry, the harbor master laughed.", "the harbor master"),
])
def test_an_opening_question_credits_the_one_who_answers(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_an_opening_request_is_no_question():
    assert only("Asked to leave, the protesters stayed put.").label != "attributed"


# ----- "as X put it" ------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ('As Lena Ortiz, professor of law at Harbor College, put it: "The ferry is the town."', "Lena Ortiz"),
    ("Or, as Tom Brandt, a former harbor master, put it: ''The boats are no longer coming.''", "Tom Brandt"),
    ('However, as Bishop Leon Varga of the Harbor Church told the Associated Press, "We will stay."',
     "Leon Varga"),
    ("Tolls are a classic scare tactic, as Lena Ortiz noted in The Herald.", "Lena Ortiz"),
    ("As the paper noted, the decision is surprising because the mayor opposed tolls.", "the paper"),
])
def test_an_as_clause_names_the_speaker(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_as_in_a_comparison_is_no_speaker():
    assert only("Cities such as Portland, which voted early, have held back.").label != "attributed"


# ----- a verb that closes a report with only where and when after it -------------------------

@pytest.mark.parametrize("text", [
    "Okafor wrote on Twitter on Monday.",
    "The mayor said in Salem late last month.",
])
def test_a_verb_with_only_where_and_when_after_it_closes_a_report(text):
    label = only(text)
    assert label.label == "attributed" and label.source is not None


@pytest.mark.parametrize("text", [
    "The two councillors disagree on when to open the bridge.",
    "A walk through the harbor offices hints at these differences.",
])
def test_other_verbs_with_where_and_when_after_them_report_nothing(text):
    assert only(text).label != "attributed"


# ----- an opening adverb or participle is not the subject ------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Publicly, the mayor feuds with the council and dismisses its plans.", "the mayor"),
    ("Frustrated by the vote, Okafor left the hall and criticized the council.", "Okafor"),
    ("Kelly, the mayor, praised the plan and dismissed the critics.", "Kelly"),
])
def test_an_opening_adverb_or_participle_is_read_past_for_the_subject(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_an_as_clause_with_a_pronoun_means_the_last_person_met():
    text = 'Lena Ortiz runs the harbor board. The ferry, as she put it, "is the town."'
    assert (last(text).label, last(text).source) == ("attributed", "Lena Ortiz")


# ----- "quoted as saying" -------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Okafor was quoted as saying the tolls were fair.", "Okafor"),
    ("The mayor was quoted by the Herald as saying that the ferry would stay.", "the mayor"),
    ("The report quoted Okafor as saying the tolls were fair.", "Okafor"),
])
def test_quoted_as_saying_credits_the_one_quoted(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_the_paper_that_quoted_someone_passes_the_words_on():
    label = only("The mayor was quoted by the Herald as saying that the ferry would stay.")
    assert label.via == "Herald"


def test_quoted_as_saying_after_a_pronoun_means_the_last_person_met():
    text = 'Lena Ortiz runs the board. She was later quoted as calling the plan "a gift."'
    assert (last(text).label, last(text).source) == ("attributed", "Lena Ortiz")


# ----- "noted the city returned ...": a bare clause found by its past verb -------------------

def test_a_bare_clause_after_noted_is_read_by_its_past_verb():
    label = only("Ortiz, 32, noted the city returned the boat to him recently.")
    assert (label.label, label.source) == ("attributed", "Ortiz")


@pytest.mark.parametrize("text", [
    # ("noted" with a plain object is a verb of saying since the eighth round on speech verbs, as
    # PolNeAR marks it: toolkit/claims/noted_things.py; "recalled" keeps this test's point)
    "Ortiz recalled the improved numbers at the harbor.",
    "Ortiz recalled the sharply reduced tolls.",
])
def test_a_past_participle_before_a_noun_is_no_clause(text):
    assert only(text).label != "attributed"
