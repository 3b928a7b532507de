"""The eleventh round of loaded language (issue 16): kinds of false positive that recur across many articles,
read on the development part of PTC.

- A quality denied in a predicate ("the drivers are eccentric but not stupid", "we're not helpless") is not
  pinned on anyone; the same word said of someone is still flagged, and a negation further off says nothing.
- The medical sense: "a more dangerous strain of the virus", "the most virulent pathogens", "other
  unpleasant symptoms" describe an illness; "a dangerous idea" in a story about a pandemic does not.
- "Disgraced" before a name or a role is the news epithet for a fall from office ("the disgraced former
  treasurer"); "he disgraced the office" is still the writer's verdict.
- "Endanger" and "unacceptable" are plain words (the lexicon offers "unacceptable" as the neutral wording).

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect, load_lexicon
from toolkit.loaded.denials import denies_the_quality
from toolkit.loaded.epithets import names_with_an_epithet
from toolkit.loaded.illness import describes_an_illness
from toolkit.text.stemmed_words import words


def flagged(text: str) -> list[str]:
    return [s.text.lower() for s in detect(text) if s.counts_as_loaded]


# ------------------------------------------------------------------ a quality denied

@pytest.mark.parametrize("sentence, word", [
    ("The new bus drivers are eccentric but not stupid, and they learned the routes in a week.", "stupid"),
    ("We\u2019re not helpless, the allotment holders told the council.", "helpless"),
    ("Under the new rules a late payment is no longer sinful in the eyes of the club.", "sinful"),
    ("The treasurer said the accounts are not in themselves corrupt, only badly kept.", "corrupt"),
    ("It's hardly unjust to ask the ferry company for a timetable.", "unjust"),
    ("I am not so naive as to think the bridge will open on time.", "naive"),
    ("The proposal isn't crazy, the planning officer wrote.", "crazy"),
])
def test_a_quality_the_sentence_denies_is_not_flagged(sentence, word):
    assert word not in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    # said of someone, the same word is flagged
    ("The new bus drivers are stupid, and they never learned the routes.", "stupid"),
    ("The treasurer is corrupt.", "corrupt"),
    # a negation further off says nothing about the word
    ("No one on the council noticed the corrupt deal at the harbour.", "corrupt"),
    ("Not only the stupid rules but the fees drove members away.", "stupid"),
    # punctuation between: the negation answers something else
    ("Were the drivers careful? Not really; stupid mistakes followed.", "stupid"),
])
def test_a_quality_pinned_on_someone_is_still_flagged(sentence, word):
    assert word in flagged(sentence)


def test_a_degree_adverb_after_a_denial_is_not_the_quality_denied():
    text = "The board isn't terribly interested in the plan."
    found = words(text)
    index = next(w.index for w in found if w.lower == "terribly")
    assert not denies_the_quality(text, found, index)


# ------------------------------------------------------------------ the medical sense

@pytest.mark.parametrize("sentence, word", [
    ("Doctors in the valley are tracking a more dangerous airborne strain of the fever.", "dangerous"),
    ("The lab ranks it among the most virulent pathogens it has handled.", "virulent"),
    ("The infection causes a rash, a cough and other unpleasant symptoms.", "unpleasant"),
    ("Eating the spoiled rice could sicken a child, the food inspector warned during the outbreak.", "sicken"),
    ("Nurses fear the disease spreads so fast it gets out of control by spring.", "out of control"),
])
def test_words_that_describe_an_illness_are_the_medical_sense(sentence, word):
    assert word not in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    # an illness named elsewhere in the sentence does not tell what the word describes
    ("The mayor's plan to reopen the pools during the outbreak is a dangerous idea.", "dangerous"),
    # an illness word followed by "of" is a figure
    ("The campaign unleashed a dangerous virus of rumours about the mayor.", "dangerous"),
    ("The council's budget is out of control.", "out of control"),
    ("The mayor's speech would sicken any reader.", "sicken"),
])
def test_the_same_words_about_other_things_are_still_flagged(sentence, word):
    assert word in flagged(sentence)


def test_the_illness_sense_needs_a_word_of_disease_after_it_in_the_same_phrase():
    text = "The strain was dangerous, the vet said."
    found = words(text)
    index = next(w.index for w in found if w.lower == "dangerous")
    assert not describes_an_illness(text, found, index)


# ------------------------------------------------------------------ "disgraced" as a news epithet

@pytest.mark.parametrize("sentence", [
    "Emails from the disgraced former treasurer of the rowing club were read out in court.",
    "The bishop's disgraced predecessor had moved the choir master to another parish.",
    "Disgraced financier Tom Okafor spoke to the committee by video.",
    "The letters passed between disgraced council officials and the builder.",
    "It was a tribute to his belatedly-disgraced mentor.",
])
def test_disgraced_before_a_name_or_role_is_the_news_epithet(sentence):
    assert "disgraced" not in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("The treasurer disgraced the rowing club with his expenses.", "disgraced"),
    ("The rowing club was disgraced.", "disgraced"),
    ("His conduct is a disgrace to the club.", "disgrace"),
])
def test_disgrace_as_a_verdict_is_still_flagged(sentence, word):
    assert word in flagged(sentence)


def test_the_epithet_needs_a_word_after_it():
    text = "In the end the treasurer was the disgraced."
    found = words(text)
    assert not names_with_an_epithet(text, found, len(found) - 1)


# ------------------------------------------------------------------ plain words

@pytest.mark.parametrize("sentence, word", [
    ("Parking on the verge could endanger cyclists, the report says.", "endanger"),
    ("The library said the damage to the books was unacceptable.", "unacceptable"),
])
def test_plain_words_of_risk_and_rejection_are_not_flagged(sentence, word):
    assert word not in flagged(sentence)


def test_the_lexicon_no_longer_lists_the_plain_words():
    terms = {entry.term for entry in load_lexicon().entries}
    assert "endanger*" not in terms and "unacceptabl*" not in terms
