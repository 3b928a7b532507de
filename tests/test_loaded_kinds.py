"""Kinds of loaded-language error seen on real news, each checked on sentences written for these tests.

- vague sourcing is shown but not counted as loaded wording (rates, drafted keys);
- words used in a plain sense (a lie as a place, a disease, a military invasion, a legal charge);
- families of figurative phrases, evaluative verbs of speech and contempt adjectives.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import CATEGORIES, density, detect
from toolkit.loaded.categories import counts_as_loaded


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text.lower(), s.category) for s in detect(text)]


# ------------------------------------------------------------------ vague sourcing: shown, not counted

def test_vague_sourcing_is_shown_but_not_counted_as_loaded_wording():
    text = "Some say the new bridge is widely seen as a disgraceful waste of money by the town council."
    spans = detect(text)
    assert {s.category for s in spans} == {"sourcing", "outrage"}
    assert [s.counts_as_loaded for s in spans if s.category == "sourcing"] == [False, False]
    assert all(s.counts_as_loaded for s in spans if s.category != "sourcing")
    rates = density(text, spans)
    assert rates.overall.spans == 1, "only 'disgraceful' is loaded wording"
    assert rates.by_category["sourcing"].spans == 2, "the table of kinds still lists vague sourcing"
    assert spans[0].to_dict()["counts_as_loaded"] is False


def test_every_category_but_sourcing_and_charges_counts_and_an_instructors_own_counts():
    assert [name for name in CATEGORIES if not counts_as_loaded(name)] == ["sourcing", "charge"]
    assert counts_as_loaded("class-words")


# ------------------------------------------------------------------ evaluative verbs of speech

@pytest.mark.parametrize("sentence, expected", [
    ("The mayor sneered at the petition and scoffed at its thousands of signatures.",
     [("sneered", "contempt"), ("scoffed", "contempt")]),
    ("Opponents jeered as the minister bellowed his reply across the chamber.",
     [("jeered", "contempt"), ("bellowed", "sensational")]),
    ("The candidate smirked and kept parroting the same slogan.", [("smirked", "contempt"), ("parroting", "contempt")]),
    ("Critics decried the ruling, and the chairman bristled at the question.",
     [("decried", "outrage"), ("bristled", "sensational")]),
    ("The coach bragged about the win.", [("bragged", "contempt")]),
])
def test_verbs_that_judge_how_someone_spoke(sentence, expected):
    assert found(sentence) == expected
    assert all(s.counts_as_loaded for s in detect(sentence)), "judging the speaker is loaded wording, not vague sourcing"


@pytest.mark.parametrize("sentence", [
    "The cattle bellowed in the barn until the farmer came.",
    "Peddling stolen goods on the street earned him a fine.",
    "The storm thundered over the valley all night.",
    "The whale spouted twice before it dived.",
])
def test_the_same_verbs_in_a_literal_sense_are_left_alone(sentence):
    assert detect(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The island lies off the north coast, and the answer lies in its old maps.",
    "He was lying on the floor when the paramedics arrived.",
    "In spite of the rain, the parade went ahead.",
    "The treaty limits offensive weapons, and the team's offensive line was praised.",
    "Doctors discussed lethal means safety with the families, and a more lethal strain was found.",
])
def test_a_word_whose_next_word_shows_a_plain_sense(sentence):
    assert detect(sentence) == []
    assert found("The spokesman lies about the figures, and he was lying to reporters.") == [
        ("lies", "charge"), ("lying", "charge")]


# ------------------------------------------------------------------ dismissal, sarcasm and contempt adjectives

@pytest.mark.parametrize("sentence, expected", [
    ("The mayor called the tax plan hogwash, and the rest of the speech was drivel.",
     [("hogwash", "contempt"), ("drivel", "contempt")]),
    ("The report came out the day after the vote. How convenient.", [("how convenient", "contempt")]),
    ("Why on earth would the board sign it?", [("why on earth", "outrage")]),
    ("The committee wrote toothless rules after a shoddy audit.", [("toothless", "contempt"), ("shoddy", "contempt")]),
    ("The governor surrounded himself with sycophants and flunkies.",
     [("sycophants", "name-calling"), ("flunkies", "name-calling")]),
    ("It was a gruesome, eerie scene.", [("gruesome", "fear"), ("eerie", "fear")]),
])
def test_contempt_and_horror_words(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The toddler was toothless until her first birthday, the dentist said.",
    "He was treated for cancer last year and is now back at work.",
    "In spite of the rain, the parade went ahead.",
    "Patients reported dizziness and headaches after the flight.",
    "The physiotherapist checked her posture and balance.",
    "A baloney sandwich and an apple were on the lunch menu.",
    "Frogs face extinction as their wetland habitat dries up.",
    "The hijacked plane landed safely with all its passengers.",
    "The two faces of the coin show a bird and a king.",
])
def test_plain_words_and_senses_are_not_caught_by_the_new_entries(sentence):
    assert detect(sentence) == []


# ------------------------------------------------------------------ families of figurative phrases

@pytest.mark.parametrize("sentence, expected", [
    ("The budget is smoke and mirrors: a shell game that sweeps the debt under the rug.",
     [("smoke and mirrors", "idiom"), ("shell game", "idiom"), ("sweeps the debt under the rug", "idiom")]),
    ("The council dragged its feet for months.", [("dragged its feet", "idiom")]),
    ("The new law is a Trojan horse for higher fees.", [("trojan horse", "idiom")]),
    ("The committee tried to muddy the waters with a second report.", [("muddy the waters", "idiom")]),
    ("The senator's speech was red meat to the base.", [("red meat to", "idiom")]),
    ("Regulations are strangling small farms, the column argues.", [("strangling", "sensational")]),
])
def test_figurative_phrases(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The winger hit the goalposts twice before half-time in the football match.",
    "Most people on the diet cut the red meat to one meal a week.",
    "The victim was strangled, police said.",
])
def test_figurative_phrases_in_a_literal_sense(sentence):
    assert detect(sentence) == []


# ------------------------------------------------------------------ smell, uproar, trickery and smears

@pytest.mark.parametrize("sentence, expected", [
    ("The whole contract reeks of favouritism.", [("reeks", "contempt")]),
    ("The vote ended in bedlam and a ruckus outside the hall.", [("bedlam", "sensational"), ("ruckus", "sensational")]),
    ("More shenanigans and chicanery followed at the water board.",
     [("shenanigans", "contempt"), ("chicanery", "contempt")]),
    ("The mayor called the leaflets mudslinging.", [("mudslinging", "contempt")]),
    ("The coach was given the boot after one season.", [("given the boot", "idiom")]),
])
def test_smell_uproar_trickery_and_smear_words(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The kitchen reeks of fried fish and garbage after the storm.",
    "The silence in the library was broken by deafening sirens and engines outside.",
    "Corrosion was found in the old metal pipes, and a corrosive liquid leaked from the battery.",
    "The patient was comatose for three days in the hospital ward.",
])
def test_smell_and_bodily_words_in_a_literal_sense(sentence):
    assert [s for s in detect(sentence) if s.source == "lexicon"] == []
