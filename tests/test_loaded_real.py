"""Loaded wording met in real news (issue 16): figurative phrases and evaluative verbs, each on a sentence written for it."""

from __future__ import annotations

import pytest

from toolkit.loaded import detect


@pytest.mark.parametrize("text, words, category", [
    ("The district is looking down the barrel of a third deficit.", "down the barrel of", "idiom"),
    ("The council is starving the library of funds.", "starving the library of funds", "idiom"),
    ("The minister doubled down on the ferry plan.", "doubled down", "idiom"),
    ("Residents say the agency fleeced them for years.", "fleeced", "idiom"),
    ("He was a cat's paw for the developers.", "cat's paw", "contempt"),
    ("Lopez derided the audit as guesswork.", "derided", "contempt"),
    ("The mayor crowed about the new stadium.", "crowed", "contempt"),
    ("Both candidates pandered to the harbour lobby.", "pandered", "contempt"),
    ("Aggrieved shop owners lined the square.", "Aggrieved", "outrage"),
    ("The club insists the ballot was rigged.", "rigged", "outrage"),
])
def test_figurative_and_evaluative_wording_is_found(text, words, category):
    spans = [(s.text, s.category) for s in detect(text)]
    assert (words, category) in spans


@pytest.mark.parametrize("text", [
    "The crew rigged the sail before the storm reached the oil platform.",   # a literal rig
    "The cattle were starving after the long drought.",                       # real hunger
])
def test_literal_uses_are_not_flagged(text):
    assert detect(text) == []


@pytest.mark.parametrize("text", [
    "She was charged with lying to investigators about the contract.",        # a legal charge, reported
    "Chaos at the bridge crossing left lorries queued in heavy traffic.",     # a traffic report
    "Families who hail from the islands met at the harbour.",                # "hail from": come from
    "Police said the terror attack on the depot injured two guards.",        # literal, and not re-flagged by VADER
    "Engineers measured the blast radius before the quarry opened.",          # "blast radius"
])
def test_emotive_words_in_a_plain_sense_are_not_flagged(text):
    assert detect(text) == []


def test_the_same_words_in_the_writers_charge_are_still_flagged():
    assert [s.text for s in detect("The mayor is lying, and the harbour has descended into chaos.")] == [
        "lying", "chaos"]


@pytest.mark.parametrize("text", [
    "The grant may not be enough to create a drastic change in the harbour.",
    "The council said there was no crisis at the depot.",
])
def test_a_denied_exaggeration_is_not_the_writers_drama(text):
    assert detect(text) == []


def test_a_negation_in_another_clause_does_not_reach():
    assert [s.text for s in detect("It is not over, and the cuts are drastic.")] == ["drastic"]


@pytest.mark.parametrize("text, words, category", [
    ("The parking fines drew the wrath of shop owners.", "wrath", "outrage"),
    ("The new timetable raised the ire of commuters.", "ire", "outrage"),
    ("The landlord tormented his tenants with rent letters.", "tormented", "hostility"),
    ("The depot flouts the noise rules every night.", "flouts", "outrage"),
    ("The columnist called the survey bogus.", "bogus", "contempt"),
    ("The audit rests on sketchy figures.", "sketchy", "contempt"),
    ("She made wild claims about the harbour vote.", "wild claims", "contempt"),
    ("The storm barreled through the marina.", "barreled", "sensational"),
    ("The coach gave a fiery speech at half time.", "fiery", "sensational"),
    ("The council vowed to stamp out graffiti.", "stamp out", "idiom"),
    ("The ruling dealt a death blow to the ferry plan.", "death blow", "idiom"),
    ("The budget has gaping holes.", "gaping holes", "idiom"),
])
def test_grand_anger_words_dismissals_and_figurative_ruin_are_found(text, words, category):
    assert (words, category) in [(s.text, s.category) for s in detect(text)]


@pytest.mark.parametrize("text", [
    "He was convicted of child neglect after the inquest.",                   # the offence's name, reported
    "The clerk was charged with treason in a military court.",
    "A fiery crash closed the ring road for an hour.",                          # a real fire
    "Harsh winter conditions closed the mountain pass.",                       # weather, described
])
def test_named_offences_and_physical_senses_are_not_flagged(text):
    assert detect(text) == []


def test_a_charge_frame_reaches_only_the_offence_right_after_it():
    # "guilty of many other horrendous failures": the writer's own word, three words after the frame.
    assert [s.text for s in detect("The city was guilty of many other horrendous failures.")] == ["horrendous"]


def test_a_story_about_a_real_event_keeps_the_plain_sense_throughout():
    # The cue ("outbreak") stands in the first sentence only; the second is about the same real plague.
    text = "An outbreak of plague was confirmed in the valley. By Friday the plague had reached two more towns."
    assert detect(text) == []
    # Without a literal sentence anywhere, the figure of speech is flagged.
    assert [s.text for s in detect("A plague of potholes has reached two more towns.")] == ["plague"]


def test_a_labels_plain_use_in_a_fixed_phrase_does_not_spread():
    text = ("The Communist Party held its congress in the capital. "
            "The columnist called the mayor's friends communists.")
    assert [(s.text, s.category) for s in detect(text)] == [("communists", "name-calling")]


@pytest.mark.parametrize("text, words, category", [
    ("I despise the new parking rules.", "despise", "outrage"),
    ("The firm maligned its former drivers.", "maligned", "hostility"),
    ("That was a lame excuse for closing the pool.", "lame", "contempt"),
    ("The audit ensnared three councillors.", "ensnared", "idiom"),
    ("The treasurer is guilty as sin, the blogger wrote.", "guilty as sin", "idiom"),
    ("Guards manhandled the reporters.", "manhandled", "sensational"),
    ("The board has a schizophrenic approach to parking.", "schizophrenic", "contempt"),
])
def test_more_scorn_and_figures_of_speech_are_found(text, words, category):
    assert (words, category) in [(s.text, s.category) for s in detect(text)]


@pytest.mark.parametrize("text", [
    "The town boasts a marina and two museums.",          # "boasts a": has
    "The club boasted over 300 members last year.",
    "The lame horse was taken out of the race.",         # a real limp
])
def test_having_and_limping_are_plain_senses(text):
    assert detect(text) == []


def test_boasting_about_something_is_still_flagged():
    assert [s.text for s in detect("The mayor boasted about the stadium.")] == ["boasted"]


@pytest.mark.parametrize("text, words", [
    ("The new parking rules are f***ed up.", ["f***ed"]),
    ("He called the referee a b***h and walked off.", ["b***h"]),
    ("What the f*** is going on at the depot?", ["f***"]),
    ("The s**t hit the fan at the council meeting.", ["s**t"]),
])
def test_starred_out_swear_words_are_one_span(text, words):
    spans = detect(text)
    assert [s.text for s in spans if s.source == "context"] == words
    assert all(s.category == "contempt" and s.counts_as_loaded for s in spans if s.source == "context")


@pytest.mark.parametrize("text", [
    "Rated 4*** by the critics; see note a*.",      # stars after a digit, and a lone footnote star
    "The formula A*B gives the area.",              # a product, not a hidden word
])
def test_stars_that_hide_no_word_are_not_swearing(text):
    assert [s for s in detect(text) if s.source == "context"] == []


def test_swearing_spelt_out_is_contempt_and_a_vulgar_insult_for_a_person_is_name_calling():
    assert [(s.text, s.category) for s in detect("That fucking law is bullshit, said the asshole.")] == [
        ("fucking", "contempt"), ("bullshit", "contempt"), ("asshole", "name-calling")]
    assert detect("The breeder sold the bitch and her puppies.") == []


@pytest.mark.parametrize("text, expected", [
    ("Parents were dismayed and scandalized by the lurid coverage.",
     [("dismayed", "outrage"), ("scandalized", "outrage"), ("lurid", "sensational")]),
    ("The pigheaded, bombastic councillor gave a harrowing account.",
     [("pigheaded", "contempt"), ("bombastic", "contempt"), ("harrowing", "fear")]),
    ("Critics called the plan grandiose and the minister narcissistic.",
     [("grandiose", "contempt"), ("narcissistic", "contempt")]),
])
def test_told_reactions_and_one_word_character_verdicts_are_found(text, expected):
    assert [(s.text, s.category) for s in detect(text)] == expected


@pytest.mark.parametrize("text", [
    "Treacherous roads and icy bends closed the mountain pass.",        # a road that is dangerous
    "He was convicted of lewd conduct in 2019.",                         # the name of an offence
    "The psychologist diagnosed a narcissistic personality disorder.",  # the clinical term
])
def test_plain_senses_of_character_words_are_not_flagged(text):
    assert detect(text) == []


@pytest.mark.parametrize("text, words", [
    ("The mayor shot herself in the foot with the parking plan.", "shot herself in the foot"),
    ("The new fee is a cash grab, the shop owners said.", "cash grab"),
    ("The inquiry is a fishing expedition.", "fishing expedition"),
    ("Critics dragged the librarian's name through the mud.", "dragged the librarian's name through the mud"),
    ("The council threw in the towel on the ferry.", "threw in the towel"),
    ("It was a low blow in a dull debate.", "low blow"),
    ("The new parking app is Orwellian.", "Orwellian"),
    ("The flyers stoked public fear of the tram.", "stoked public fear"),
])
def test_figures_of_speech_from_games_fights_and_fables_are_found(text, words):
    assert words in [s.text for s in detect(text)]


@pytest.mark.parametrize("text", [
    "The boxer was on the ropes in the third round.",          # a real boxing match
    "Orwell wrote his dystopian novel on Jura.",               # the genre of a real novel
    "Firefighters watched the barn go up in smoke.",          # a real fire
])
def test_the_same_figures_in_their_literal_setting_are_not_flagged(text):
    assert detect(text) == []
