"""Issue 16, eighth round: kinds of opinion with no loaded keyword that the rules missed.

Modules: `toolkit.claims.fronted_verdicts`, `toolkit.claims.verdict_nouns`, the word list `blind_spots.txt`
(read by `toolkit.claims.judgment`) and additions to the judgment lists. Every sentence here was written
for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from tests.label_helpers import only, own
from toolkit.claims.force_metaphors import force_metaphor_cues
from toolkit.claims.fronted_verdicts import fronted_verdict_cues
from toolkit.claims.motive_claims import motive_cues
from toolkit.claims.verdict_nouns import verdict_noun_cues
from toolkit.text.layer import TextLayer


def _cues(finder, text: str):
    return finder(text, TextLayer(text).tokens_in(0, len(text)))


# --- a verdict put first: "Much more worrying is ..." ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Much more worrying is the silence from the harbour board.",
    "Stranger still is the mayor's sudden love of tolls.",
    "Now, far more telling are the figures nobody printed.",
    "But equally striking was the calm of the ferry crews.",
])
def test_a_verdict_put_before_its_subject_is_the_writers(text):
    cues = _cues(fronted_verdict_cues, text)
    assert [c.family for c in cues] == ["fronted_verdict"]
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, "fronted_verdict")


@pytest.mark.parametrize("text", [
    "More common are fines for parking on the quay.",      # a count someone could check
    "Less clear is whether the fund will last the winter.",  # what is not yet known
    "Most of the fees are paid in May.",
    "More than forty people were at the meeting.",
    "Much more worrying is the silence, isn't it?",
    "The silence is much more worrying.",                  # the usual order: left to other rules
])
def test_counts_knowledge_and_the_usual_order_are_no_fronted_verdict(text):
    assert _cues(fronted_verdict_cues, text) == []


def test_a_fronted_verdict_outweighs_a_frame_of_knowing_after_it():
    label = only("Equally striking is how little the harbour board knew.")
    assert label.label == "opinion", label.summary


# --- someone fails to see what the writer sees -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council doubled the ferry fee without realising that it would empty the quay.",
    "Ministers have lost sight of what the harbour is for.",
    "Critics of the bridge forget that the town voted for it twice.",
    "The board is oblivious to the queues at the ticket office.",
])
def test_saying_someone_cannot_see_is_the_writers_verdict(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, "blind_spots")


def test_a_right_to_vote_is_no_verdict():
    label = only("The islanders have a right to vote on the fare.")
    assert not own(label, "judgment_idioms")


def test_a_blind_spot_inside_a_speakers_words_is_theirs():
    label = only("The ferry union said the council had lost sight of the crews.")
    assert label.label == "attributed"
    assert not own(label, "blind_spots")


def test_plain_noticing_is_not_a_blind_spot():
    label = only("The council doubled the ferry fee on Monday after noticing the queues.")
    assert label.label == "fact", label.summary


# --- a verdict noun as what something is -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The new toll was a mistake.",
    "It would be a blunder to close the night ferry.",
    "The harbour festival was a resounding success.",
    "The fare rise is an own goal.",
])
def test_a_verdict_noun_after_be_is_the_writers_verdict(text):
    assert [c.family for c in _cues(verdict_noun_cues, text)] == ["verdict_noun"]
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The cause of the delay was a failure of the main pump.",
    "After the failure, the board met again.",
    "The council admitted a mistake in its count of ferry tickets.",
])
def test_a_noun_of_breaking_or_a_mistake_admitted_is_no_verdict(text):
    assert _cues(verdict_noun_cues, text) == []


def test_a_verdict_noun_in_a_speakers_words_is_theirs():
    label = only("The harbour master said the new toll was a mistake.")
    assert label.label == "attributed"
    assert not own(label, "verdict_noun")


# --- judgment phrases added to the lists -----------------------------------------------------------

@pytest.mark.parametrize("text, family", [
    ("The new ferry timetable makes no sense.", "judgment_idioms"),
    ("The harbour board has become a law unto itself.", "judgment_idioms"),
    ("The town is sleepwalking into a housing crisis.", "judgment_idioms"),
    ("The council, in its wisdom, raised the ferry fee again.", "sarcasm_markers"),
    ("The new parking plan is unworkable.", "judgment_adjectives"),
    ("A second ferry for the island is long overdue.", "judgment_adjectives"),
    ("Island families are right to be angry about the fares.", "judgment_idioms"),
    ("The ferry company's sums simply do not add up.", "judgment_idioms"),
    ("The harbour board cannot have it both ways.", "judgment_idioms"),
    ("Now is the time to build a second ferry.", "modal_prescription"),
    ("The ferry cuts struck a nerve on the island.", "judgment_idioms"),
    ("The island's ferry plan has run out of road.", "judgment_idioms"),
    ("The harbour trust is drowning in debt.", "judgment_idioms"),
    ("The new timetable is a disaster waiting to happen.", "judgment_idioms"),
    ("The ferry company treats its crews like machines.", "judgment_idioms"),
])
def test_new_judgment_phrases_make_an_opinion(text, family):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, family)


# --- a verb of force done to an idea ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry fee has crushed the confidence of the shopkeepers.",
    "A small lobby hijacked the debate on harbour tolls.",
    "The board quietly annexed the idea of a second bridge.",
    "The county has invaded the field of sales taxes.",
])
def test_force_done_to_an_idea_is_the_writers_picture(text):
    assert [c.family for c in _cues(force_metaphor_cues, text)] == ["force_metaphor"]
    label = only(text)
    assert label.label == "opinion", label.summary


@pytest.mark.parametrize("text", [
    "Troops crushed the rebellion in the northern hills.",   # resistance put down by force, plainly
    "Hackers hijacked the bus company's website on Monday.",
    "The landslide buried the harbour road.",
    "The army invaded Northland in the spring.",
    "Workers crushed the old cars at the yard.",
])
def test_force_done_to_people_places_and_things_is_a_report(text):
    assert _cues(force_metaphor_cues, text) == []


# --- more list words: manner that mocks, a crowd named with a sneer, "quite another" ------------------

@pytest.mark.parametrize("text, family", [
    ("The council has uncritically adopted every idea of its consultants.", "judgment_adverbs"),
    ("The new parking scheme favours the already wealthy.", "sarcasm_markers"),
    ("Building a bridge is easy; paying for it is quite another matter.", "judgment_idioms"),
])
def test_more_judgment_words_make_an_opinion(text, family):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own(label, family)


def test_an_ever_growing_amount_alone_only_turns_a_statement_up():
    label = only("The ever-growing queue reached the end of the quay.")
    assert own(label, "intensifiers")
    assert label.label == "fact", label.summary


# --- a name with a number in it is not a checkable number ---------------------------------------------

def test_a_lower_case_disease_name_is_no_number():
    label = only("Few towns have handled covid-19 as calmly as ours.")
    assert not [c for c in label.cues if c.family == "number"], label.summary


def test_a_time_word_before_the_hyphen_still_makes_a_detail():
    label = only("The ferry has run at a loss since mid-2020.")
    assert [c for c in label.cues if c.family in ("number", "date")], label.summary


# --- the writer's own belief around a stance verb -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I believe the harbour board will see sense.",
    "It is my hope that the council will see the need for a second ferry.",
    "We hope the council will see the need for a second ferry.",
    "In our view, the board knows the fee is unpopular.",
])
def test_a_stance_verb_inside_the_writers_belief_is_the_writers_opinion(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert label.source is None


@pytest.mark.parametrize("text, source", [
    ("I believe the mayor said the fee would rise.", "the mayor"),     # a speech verb: the mayor's words
    ("Our reporter asked the mayor, who believes the fee is fair.", "the mayor"),  # "our" is no belief
])
def test_words_or_beliefs_credited_past_a_first_person_stay_attributed(text, source):
    label = only(text)
    assert label.label == "attributed", label.summary
    assert label.source == source


# --- an order to the reader in a headline -------------------------------------------------------------

def test_an_order_after_a_comma_in_a_headline_counts():
    label = only("Ferry Fares Rise Again, Watch Out For More")
    assert own(label, "imperative")
    assert label.label == "opinion", label.summary


def test_a_capitalised_word_after_a_comma_in_running_text_is_no_order():
    label = only("The fares rose again, Watch Tower Ltd reported in its note.")
    assert not own(label, "imperative")


# --- a destructive aim pinned on someone ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council wants to destroy the island's small shops.",
    "The harbour board is trying to silence anyone who disagrees.",
    "The ferry company is determined to slowly dismantle the crews' union.",
])
def test_a_harmful_motive_in_the_writers_voice_is_opinion(text):
    assert [c.family for c in _cues(motive_cues, text)] == ["motive_claim"]
    label = only(text)
    assert label.label == "opinion", label.summary


@pytest.mark.parametrize("text", [
    "The council wants to abolish the ferry fee.",          # a policy, not harm
    "The council plans to close the old pier in May.",      # an announced plan
    "The crews want to end the dispute before summer.",
])
def test_a_plan_or_a_policy_aim_is_no_motive_claim(text):
    assert _cues(motive_cues, text) == []


def test_a_motive_in_a_speakers_words_is_theirs():
    label = only("The union said the board wants to destroy the crews.")
    assert label.label == "attributed"
    assert not own(label, "motive_claim")


# --- a lesson the writer takes as taught ---------------------------------------------------------------

def test_a_lesson_taught_to_us_is_weighed_as_the_writers():
    label = only("Ferry workers have reminded us that the harbour is too important to ignore.")
    assert label.label == "opinion", label.summary
    assert label.source is None
    assert own(label, "first_person_plural")
    assert [c for c in label.cues if c.family == "lesson_frame"]


def test_the_same_frame_without_us_is_still_attributed():
    label = only("Ferry workers have reminded drivers that the harbour is too important to ignore.")
    assert label.label == "attributed", label.summary


def test_a_lesson_of_plain_figures_stays_a_fact():
    label = only("Ferry workers have reminded us that fares rose by 5 percent in 2023.")
    assert label.label == "fact", label.summary
    assert [c for c in label.cues if c.family == "lesson_frame"]


@pytest.mark.parametrize("text, source", [
    ("The harbour master told us that the road closes at six.", "The harbour master"),   # an interview
    ("The harbour master showed us the new timetable on Monday.", "The harbour master"),
])
def test_telling_us_or_showing_us_a_thing_is_still_a_report(text, source):
    label = only(text)
    assert not [c for c in label.cues if c.family == "lesson_frame"]


# --- the writer's own sequel after a dash and "and" ---------------------------------------------------

def test_a_clause_after_a_dash_and_and_is_the_writers():
    from toolkit.claims.writer_clauses import writer_clause_start

    text = "The harbour board said fares would fall \u2013 and the ferry was left in the doldrums."
    tokens = TextLayer(text).tokens_in(0, len(text))
    start = writer_clause_start(tokens, text.index("said") + 4, [])
    assert start == text.index("and the ferry")
    label = only(text)
    assert own(label, "judgment_idioms")


def test_a_speaker_going_on_after_a_dash_is_still_the_speaker():
    from toolkit.claims.writer_clauses import writer_clause_start

    text = "The harbour board said fares would fall \u2013 and that the ferry would be late."
    tokens = TextLayer(text).tokens_in(0, len(text))
    assert writer_clause_start(tokens, text.index("said") + 4, []) is None


# --- lesson 5's rule-following student reads the new reasons as judging --------------------------------

@pytest.mark.parametrize("text", [
    "Much more worrying is the silence from the harbour board.",
    "The new toll was a mistake.",
    "The ferry fee has crushed the confidence of the shopkeepers.",
    "Ministers have lost sight of what the harbour is for.",
    "The council wants to destroy the island's small shops.",
])
def test_the_taught_rule_and_the_toolkit_agree_on_the_new_kinds(text):
    from toolkit.keys.taught_readings import taught_reading

    label = only(text)
    reading = taught_reading(label)
    assert reading.rule.id == "judging-is-opinion"
    assert reading.label == label.label == "opinion"


@pytest.mark.parametrize("text", [
    "More votes are needed to pass the ferry budget.",
    "More islanders are working on the ferries this year.",
])
def test_a_noun_and_its_verb_is_no_fronted_verdict(text):
    assert _cues(fronted_verdict_cues, text) == []


def test_a_force_word_used_as_a_noun_is_no_force_metaphor():
    text = "The crush of holiday traffic filled the harbour road with anxiety."
    assert _cues(force_metaphor_cues, text) == []
