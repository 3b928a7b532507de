"""More kinds of subjectivity error found on CheckThat!'s training split (issue 16), one test per rule.

Every sentence here was written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def families(label) -> set[str]:
    return {c.family for c in label.cues if not c.reported}


# --- an adverb that grades while it intensifies is a judgment, a bare degree word is not -------------

@pytest.mark.parametrize("text", [
    "Tickets for the winter ferry are ridiculously expensive.",
    "The harbour repairs are staggeringly late.",
])
def test_an_adverb_that_grades_counts_in_full(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert "intensifiers" not in families(label)


def test_a_bare_degree_word_alone_still_does_not_make_an_opinion():
    label = only("Tickets for the winter ferry are very expensive.")
    assert label.label == "fact", label.summary
    assert "intensifiers" in families(label)


# --- the writer drawing a conclusion: "this shows how", "one more sign of" ---------------------------

@pytest.mark.parametrize("text", [
    "This shows how little weight the harbour board gives to the island.",
    "The shuttered quay is one more sign of a town giving up on its harbour.",
])
def test_a_conclusion_the_writer_draws_is_an_interpretation(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert "interpretation" in families(label)


def test_a_chart_that_shows_a_number_is_no_interpretation():
    label = only("The harbour chart shows that fares rose by 4 percent in 2023.")
    assert "interpretation" not in families(label)
    assert label.label != "opinion", label.summary


# --- the writer's own stance in other words than "I think" -------------------------------------------

def test_seems_to_me_is_the_writers_stance():
    label = only("It seems to me the ferry timetable was written for tourists.")
    assert label.label == "opinion", label.summary


def test_bare_first_person_narration_stays_a_fact():
    assert only("My brother drove me to the quay at six in the morning.").label == "fact"


# --- quality words with no loaded keyword ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The plan to close the quay at night is counterproductive.",
    "Charging islanders for parking at the ferry is self-defeating.",
    "The new timetable is an unconvincing answer to the winter storms.",
])
def test_a_word_that_grades_the_plan_is_the_writers_verdict(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert "judgment_adjectives" in families(label)


# --- "should" that supposes is not "should" that prescribes ------------------------------------------

@pytest.mark.parametrize("text", [
    "If fares should rise again, the council will review the subsidy in March.",
    "Should the vote fail, the bill returns to the transport committee.",
])
def test_a_conditional_should_is_no_prescription(text):
    label = only(text)
    assert "modal_prescription" not in families(label), label.cues


@pytest.mark.parametrize("text", [
    "The council should restore the winter ferry.",
    "Should the council restore the winter ferry?",
])
def test_a_prescriptive_should_still_counts(text):
    assert "modal_prescription" in families(only(text))


# --- a rhetorical question after the clause that makes the case ---------------------------------------

def test_why_would_after_a_comma_is_rhetorical():
    label = only("The old pier collapsed twice, so why would the new one last?")
    assert label.label == "opinion", label.summary
    assert "rhetorical_question" in families(label)


def test_a_plain_question_stays_a_question():
    label = only("Why did the ferry stop running in January?")
    assert "rhetorical_question" not in families(label)


# --- certainty said with emphasis ----------------------------------------------------------------------

def test_crystal_clear_claims_certainty():
    label = only("It is crystal clear that the harbour levy has not worked.")
    assert "certainty" in families(label)
    assert label.label == "opinion", label.summary


# --- the writer grading the speaker before the reporting verb ----------------------------------------

@pytest.mark.parametrize("text", [
    "The hapless harbour board announced that fares would rise again.",
    "The harbour board rather improbably announced that fares would fall.",
    "The ferry company, in a hapless bid to calm the islanders, announced that fares would fall.",
])
def test_a_judgment_of_the_speaker_before_the_verb_is_the_writers_view(text):
    label = only(text)
    assert label.label == "opinion", label.summary


@pytest.mark.parametrize("text", [
    "The harbour board announced that the hapless ferry would be sold.",   # inside the reported words
    "The mayor blasted the ill-conceived harbour levy.",                    # after the verb: maybe the mayor's word
    "The mayor blasted the ill-conceived harbour levy, which she said would empty the quay.",  # another clause
])
def test_a_judgment_word_after_the_verb_leaves_the_sentence_attributed(text):
    assert only(text).label == "attributed"


# --- more idioms, nouns and irony markers that pass a verdict -----------------------------------------

@pytest.mark.parametrize("text, family", [
    ("The new harbour grant is a drop in the ocean.", "judgment_idioms"),
    ("The council's reply to the petition was twaddle.", "judgment_nouns"),
    ("The council has promised a winter ferry by March, and what could possibly go wrong?", "sarcasm_markers"),
])
def test_a_verdict_in_an_idiom_a_noun_or_irony_is_the_writers(text, family):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert family in families(label)


# --- a superlative measured against a stated record is checkable ---------------------------------------

@pytest.mark.parametrize("text", [
    "The agreement includes the best pay rise for ferry crews in over forty years.",
    "The harbour had its most profitable season since 2008.",
    "The island saw the worst floods on record last winter.",
])
def test_a_ranking_against_a_stated_record_is_no_verdict(text):
    label = only(text)
    assert label.label == "fact", label.summary
    assert not {"evaluative", "superlative"} & families(label)


@pytest.mark.parametrize("text", [
    "The new levy is the worst idea in years.",                 # no count: a figure of speech
    "The ferry is the most reliable service the island has.",   # no record at all
])
def test_a_ranking_with_no_record_stays_a_judgment(text):
    assert only(text).label == "opinion"


# --- a present "seems" is the writer's impression; "could have done more" is blame ----------------------

def test_a_present_seems_is_the_writers_impression():
    label = only("The new winter timetable seems rushed.")
    assert label.label == "opinion", label.summary
    assert "hedges" in families(label)


def test_a_past_seemed_in_narration_is_not_a_hedge():
    label = only("The crowd on the quay seemed calm.")
    assert "hedges" not in families(label)


@pytest.mark.parametrize("text", [
    "The council could have done more to keep the night ferry.",
    "The closure of the quay could have been avoided.",
])
def test_blame_through_what_might_have_been_prescribes(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert "modal_prescription" in families(label)


def test_a_bare_could_still_only_reports_a_possibility():
    assert only("The ferry could return to the winter timetable.").label == "fact"


# --- a judgment word used for an amount or for an offence ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The harbour board spent a great deal of money on the new quay.",
    "A good many islanders took the early ferry.",
    "The last ferry company has left the island for good.",
])
def test_good_and_great_as_amounts_are_no_praise(text):
    label = only(text)
    assert label.label == "fact", label.summary


def test_an_offence_named_in_a_legal_case_is_no_verdict():
    label = only("The attorney general has filed a lawsuit against the harbour board for fraud.")
    assert label.label == "fact", label.summary


@pytest.mark.parametrize("text", [
    "The harbour levy is a fraud.",
    "The mayor did a great job with the quay.",
])
def test_the_same_words_as_the_writers_verdict_still_count(text):
    assert only(text).label == "opinion"


# --- questions left for the reader to answer ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "But what of the islanders who work on the mainland?",
    "What then?",
    "And why would anyone trust the harbour board again?",
])
def test_a_question_left_to_the_reader_is_rhetorical(text):
    assert "rhetorical_question" in families(only(text))


def test_a_question_asking_what_happened_is_not_rhetorical():
    assert "rhetorical_question" not in families(only("What then happened to the night ferry?"))


# --- the writer insisting, summing up or weighing the argument ----------------------------------------

@pytest.mark.parametrize("text, family", [
    ("Indeed, the harbour levy has emptied the quay.", "certainty"),
    ("Truth be told, the ferry was never meant to pay its way.", "certainty"),
    ("In short, the island has been left to fend for itself.", "interpretation"),
    ("To be fair, the harbour board inherited the problem.", "stance_adverbs"),
])
def test_argument_markers_are_the_writers_voice(text, family):
    label = only(text)
    assert family in families(label)
    assert label.label == "opinion", label.summary


# --- who deserves what; how believable or weighty something is ----------------------------------------

@pytest.mark.parametrize("text, family", [
    ("The islanders deserve a ferry that runs all winter.", "modal_prescription"),
    ("It is hard to believe the harbour board read the survey.", "judgment_idioms"),
    ("The cost of the closed quay cannot be overstated.", "judgment_idioms"),
])
def test_desert_and_weight_are_the_writers_verdict(text, family):
    label = only(text)
    assert family in families(label)
    assert label.label == "opinion", label.summary
