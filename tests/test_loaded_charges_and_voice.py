"""Kinds of loaded-language finding checked on sentences written for these tests (issue 16, sixth round).

- A charge of lying or hiding ("lied", "a cover-up") is a claim that may be true: it is shown in a
  kind of its own, asking who makes the charge and on what evidence, and is not counted as loaded
  wording, like vague sourcing.
- "Evil", "wicked" and "righteous" as nouns name a moral idea ("between good and evil", "the
  righteous"); said of people or deeds they still judge them.
- A place or date before "massacre" names a real killing; the word then is plain, there and in
  the sentences around it.
- A degree adverb before a word of none ("absolutely no sign") measures the absence.
- Terrorists or insurgents who "infiltrate" do so literally; campaigners who do are pictured as foes.
- A glowing label stuck on people ("a hero", "freedom fighters") is name-calling turned round; praise
  for a deed ("a heroic swim") stays a glittering word.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import CATEGORIES, density, detect


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text.lower(), s.category) for s in detect(text)]


# ------------------------------------------------------------------ charges of lying or hiding

@pytest.mark.parametrize("sentence, word", [
    ("The harbour board covered up the leak for two winters.", "covered up"),
    ("Residents say the council is covering up the state of the old pier.", "covering up"),
    ("The ferry company's cover-up of the engine reports went on for years.", "cover-up"),
    ("The treasurer lied to the auditors about the missing boat fund.", "lied"),
    ("The club's statement is full of lies about the sale of the pitch.", "lies"),
    ("The report lists years of deceit by the ferry company.", "deceit"),
    ("The mayor dismissed the harbour report as fake news.", "fake news"),
])
def test_a_charge_of_lying_or_hiding_is_shown_as_a_charge_not_counted(sentence, word):
    spans = [s for s in detect(sentence) if s.text.lower() == word]
    assert [s.category for s in spans] == ["charge"]
    assert not spans[0].counts_as_loaded
    assert density(sentence, detect(sentence)).overall.spans == 0


def test_a_charge_next_to_loaded_wording_leaves_that_wording_counted():
    sentence = "The shameless treasurer lied about the fund."
    spans = detect(sentence)
    assert found(sentence) == [("shameless", "outrage"), ("lied", "charge")]
    assert density(sentence, spans).overall.spans == 1


def test_the_charge_kind_tells_the_reader_what_to_ask():
    charge = CATEGORIES["charge"]
    assert not charge.counts_as_loaded
    assert "evidence" in charge.definition and "who" in charge.definition


# ------------------------------------------------------------------ a moral word as a noun names the idea

@pytest.mark.parametrize("sentence", [
    "The pastor spoke about the old struggle between good and evil.",
    "Her essay asks why people who see evil in their own town stay silent.",
    "The monks prayed to be kept from sin and evil.",
    "In the parable one field is shared by the righteous and the wicked.",
    "The hymn says the righteous will find their way home.",
])
def test_evil_or_the_righteous_as_a_noun_names_a_moral_idea(sentence):
    assert [text for text, _ in found(sentence)] == []


@pytest.mark.parametrize("sentence, word", [
    ("The mayor called the new tax an evil scheme.", "evil"),
    ("Those evil men wrecked the harbour.", "evil"),
    ("Critics said the plan was evil.", "evil"),
    ("The columnist asked how evil and cruel the landlords could be.", "evil"),
    ("The striking nurses spoke with righteous anger.", "righteous"),
])
def test_evil_said_of_people_or_deeds_is_still_a_judgment(sentence, word):
    assert word in [text for text, _ in found(sentence)]


# ------------------------------------------------------------------ the name of a real killing

@pytest.mark.parametrize("text", [
    "Relatives gathered on the anniversary of the Harrowgate massacre.",
    "The 4 June massacre is still taught in the town's school.",
    "Survivors of the school massacre met the governor.",
    # One sense per text: the name in the first sentence shows what "the massacre" means in the second.
    "The Harrowgate massacre shocked the county. A year after the massacre, the mill reopened.",
])
def test_a_place_or_date_before_massacre_names_the_real_event(text):
    assert [text for text, _ in found(text) if text.startswith("massacre")] == []


@pytest.mark.parametrize("sentence", [
    "The governing party suffered a massacre at the polls.",
    "Pundits called the cup final a massacre.",
    "Fans Mourn Derby Day Massacre",
])
def test_massacre_for_anything_but_a_killing_is_still_a_metaphor(sentence):
    assert "massacre" in [text for text, _ in found(sentence)]


# ------------------------------------------------------------------ a degree adverb before a word of none

@pytest.mark.parametrize("sentence", [
    "The audit found absolutely no sign of the missing boat fund.",
    "There was absolutely nothing left in the till by noon.",
    "The harbour was totally without lights after the storm.",
])
def test_a_degree_adverb_before_a_word_of_none_measures_the_absence(sentence):
    assert [text for text, _ in found(sentence)] == []


def test_a_degree_adverb_before_a_charged_word_is_still_shown():
    assert "absolutely" in [text for text, _ in found("The parking charges are absolutely disgraceful.")]


# ------------------------------------------------------------------ armed people slipping in: the literal sense

def test_infiltration_by_armed_groups_is_literal_and_by_campaigners_is_a_picture():
    assert found("The army said two terrorists had infiltrated the port at night.") == []
    assert found("Campaigners have infiltrated the school board.") == [("infiltrated", "hostility")]


# ------------------------------------------------------------------ a glowing label is name-calling turned round

@pytest.mark.parametrize("sentence, label", [
    ("The paper called the lifeguard a hero.", "hero"),
    ("Their allies described the rebels as freedom fighters.", "freedom fighters"),
    ("The campaign posters show the mayor as the saviour of the docks.", "saviour"),
])
def test_a_glowing_label_stuck_on_people_is_name_calling(sentence, label):
    assert (label, "name-calling") in found(sentence)


def test_praise_for_a_deed_stays_a_glittering_word():
    assert found("The lifeguard made a heroic swim to the rocks.") == [("heroic", "glittering")]
