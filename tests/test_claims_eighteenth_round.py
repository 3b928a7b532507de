"""Attribution, eighteenth round (issue 16): who speaks when a verb and its object stand between the subject and
a participle of saying ("The club issued a statement saying ..."), when a word or two of manner is set off by
commas before the verb ("Ruiz, exasperated, replied: ..."), and when an inverted verb of saying opens a
sentence before a name ("Stated Okafor: ..."). Every sentence here is written for these tests (none taken from
the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited
from toolkit.claims.people import person_name
from toolkit.claims.sentence_labels import label_text


# ----- a verb and its object before "saying" (toolkit/claims/unread_speakers.py, _short_subject) -------------

@pytest.mark.parametrize("sentence, source", [
    ("The ferry club issued a statement saying the captain had resigned.", "the ferry club"),
    ("The harbour trust sent a letter saying the pier would close in May.", "the harbour trust"),
    ("Most of the pilots say the winter pay is too low.", "most of the pilots"),
    ("Some island families say the timetable suits nobody.", "some island families"),
])
def test_the_subject_ends_before_its_verb_and_object(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- a word or two of manner between the speaker and the verb (reporting_frames._manner_aside_before) -----

@pytest.mark.parametrize("sentence, source", [
    ("Ruiz, exasperated, replied: \u201cWe will not pay for the pier twice.\u201d", "Ruiz"),
    ("Ruiz, visibly angry, replied that the pier was unsafe.", "Ruiz"),
    ("The harbour master, clearly tired, responded that the ferry would sail.", "the harbour master"),
    ("Okafor, smiling, said the fares would fall next year.", "Okafor"),
    ("Ruiz, of course, said the fares would rise.", "Ruiz"),
])
def test_an_aside_of_manner_leaves_the_speaker_before_it(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- an inverted verb of saying before a name is no part of it (people.opening_verb) ------------------------

def test_an_opening_verb_of_saying_is_not_the_first_name() -> None:
    text = ("Stated Okafor: \u201cThe pier is safe for the winter.\u201d\n\n"
            "Asked about the fares, Ms. Okafor said: \u201cThey will fall before spring.\u201d")
    labels = label_text(text)
    assert [label.label for label in labels] == ["attributed", "attributed"]
    assert [label.source for label in labels] == ["Okafor", "Okafor"]


@pytest.mark.parametrize("run, person", [
    ("Added Ruiz", "Ruiz"),
    ("Warned Okafor", "Okafor"),
    ("Said Haddad", "Said Haddad"),  # "Said" is also a given name
])
def test_a_run_opening_with_a_verb_of_saying(run: str, person: str) -> None:
    assert person_name(run, frozenset(), {}, opens_sentence=True) == person
    assert person_name(run, frozenset(), {}, opens_sentence=False) == run


# ----- "state" before a noun is the body, not the verb "state" (source_phrases._body_before_noun) ----------

@pytest.mark.parametrize("sentence, source", [
    ("A spokeswoman for the state housing agency said it would review the ferry grant.",
     "A spokeswoman for the state housing agency"),
    ("The state housing agency said the ferry grant would be paid in May.", "the state housing agency"),
    ("An aide to the state senator said the ferry grant would be paid.", "an aide to the state senator"),
    ("The state said the ferry grant would be paid in May.", "the state"),
    ("Officials in the state said the ferry grant would be paid.", "officials"),
])
def test_the_state_before_a_noun_is_part_of_the_source(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- an expectation about someone else: "expect X to ..." (toolkit/claims/hoped_plans.py) -----------------

@pytest.mark.parametrize("sentence, source", [
    ("Analysts expect the central bank to cut rates in December.", "analysts"),
    ("The ferry union expects the strike to last a week.", "the ferry union"),
    ("Most residents believe the new pier to be a mistake.", "residents"),
])
def test_an_expectation_of_someone_else_is_attributed(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "The ferry union expects the vote on Friday.",
    "The ferry union is expected to strike next week.",
    "Analysts expected a small rise in fares.",
])
def test_an_expectation_with_no_view_after_it_is_not(sentence: str) -> None:
    assert label_text(sentence)[0].label != "attributed"


# ----- a document "obtained", "seen" or "reviewed by" someone speaks, not who holds it ----------------------
# (toolkit/claims/document_participles.py, RECEIVING; attribution_rules._document_phrase and _documents)

@pytest.mark.parametrize("sentence, source", [
    ("Documents obtained by The Harbor Herald show that the ferry firm paid $2 million.",
     "documents obtained by The Harbor Herald"),
    ("According to emails obtained by the Herald, the mayor knew about the leak.", "emails obtained by the Herald"),
    ("According to a memo seen by Reuters, the port will cut 200 jobs.", "a memo seen by Reuters"),
    ("A letter obtained by the Herald says that ferry fees will rise.", "A letter obtained by the Herald"),
    ("A letter from the Harbor Legion obtained by the Herald warns that ferry fees will rise.", "Harbor Legion"),
    ("According to records released by the clerk, the mayor knew about the leak.", "the clerk"),
    ("The mayor, in a letter obtained by the Herald, said ferry fees will rise.", "the mayor"),
])
def test_a_document_someone_obtained_is_the_source(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- "was able to" or "managed to" before a verb of saying (toolkit/claims/infinitive_frames.py) ----------

@pytest.mark.parametrize("sentence, source", [
    ("The mayor was able to outline how the pier repairs had been paid for.", "the mayor"),
    ("Ruiz managed to tell the court that she had never seen the ferry contract.", "Ruiz"),
    ("Island voters were able to say which ferry route they wanted.", "island voters"),
])
def test_an_ability_before_a_verb_of_saying_keeps_the_speaker(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_pronoun_before_was_able_to_is_the_person_just_named() -> None:
    text = ("In May, Mayor Ana Ruiz announced how the pier would be rebuilt. "
            "In June, she was able to outline how the city had paid for it.")
    assert [(label.label, label.source) for label in label_text(text)] == [("attributed", "Ana Ruiz")] * 2


# ----- the journal a study was "published in" only printed it (document_participles.outlet_start) ----------

@pytest.mark.parametrize("sentence, source", [
    ("A new study published in the journal Harbor Science suggests that the reefs are recovering.", "A new study"),
    ("A study published in Marine Letters found that the reefs were dying.", "A study"),
    ("A report published Tuesday in the Island Review shows that ferry deaths fell.", "A report"),
    ("The findings were published in the journal Harbor Science, the authors said.", "the authors"),
    ("A study published by the institute argues that ferry fees will rise.", "the institute"),
])
def test_a_study_speaks_not_the_journal_that_printed_it(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- one person placed in a town or a state speaks, not the place (group_heads.people_word; ---------------
# ----- reporting_frames._city_before_state) ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("A nurse in Austin said the clinic was full by noon.", "A nurse in Austin"),
    ("A teacher in Dayton said the school had no heating.", "A teacher in Dayton"),
    ("A woman in Worcester said the ferry was late again.", "A woman in Worcester"),
    ("A nurse in Austin, Texas, said the clinic was full by noon.", "A nurse in Austin"),
    ("Workers at the plant in Dayton, Ohio, said they learned of the cuts from the radio.",
     "workers at the plant in Dayton"),
    ("Ana Ruiz, a nurse from Austin, Texas, said the clinic was full by noon.", "Ana Ruiz"),
    ("Ruiz, during a town hall in Dayton, Ohio, said the plant would stay open.", "Ruiz"),
])
def test_a_person_placed_somewhere_speaks_not_the_place(sentence: str, source: str) -> None:
    credited(sentence, source)
