"""The ninth round of loaded language (issue 16): kinds of error read on the development part of PTC.

- Nouns that cast people as foes (the enemy, a traitor, a despot, oppressors, warmongers) are labels stuck on
  people: name-calling, like "tyrant" and "regime" already were, not hostility. Words that turn a dispute into a
  fight (a crusade, an assault on) stay in hostility.
- A charge of treachery (treason, betrayed, sabotage, subvert) or of hiding (a whitewash) says something happened
  that can be true or false: it is shown as a charge, not counted as loaded wording, like "lied".

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import CATEGORIES, detect
from toolkit.loaded.categories import NAME_CALLING
from toolkit.loaded.detect import _looks_title_case


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.text.lower(), s.category) for s in detect(text)]


# ------------------------------------------------------------------ foes named are labels for people

@pytest.mark.parametrize("sentence, word", [
    ("The mayor told the crowd that the ferry union is the enemy.", "enemy"),
    ("Every critic of the bypass is a traitor, the leaflet said.", "traitor"),
    ("The bakers' guild was run by a despot for twenty years.", "despot"),
    ("The pamphlet called the harbour board oppressors of honest fishermen.", "oppressors"),
    ("Warmongers in the council want a fight with the next valley.", "warmongers"),
    ("The columnist called the rival club the old foe of the town.", "foe"),
    ("The bus company is the aggressor in this fare dispute, the blogger wrote.", "aggressor"),
    ("The leaflet called the new families on the estate invaders.", "invaders"),
])
def test_nouns_that_cast_people_as_foes_are_name_calling(sentence, word):
    assert (word, NAME_CALLING) in kinds(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("The rival club launched a crusade against the whole valley.", "crusade"),
    ("The new parking rules are an assault on shopkeepers, the flyer claimed.", "assault"),
    ("The governor ruled the island in a despotic way.", "despotic"),
])
def test_turning_a_dispute_into_a_fight_stays_hostility(sentence, word):
    assert (word, "hostility") in kinds(sentence)


def test_the_enemy_in_a_war_report_keeps_its_plain_sense_through_the_story():
    text = ("The patrol came under enemy fire near the ridge. By dawn the enemy had pulled back from the valley, "
            "and the soldiers returned to camp.")
    assert not [s for s in detect(text) if s.text.lower() == "enemy"]


def test_calling_people_the_enemy_outside_a_war_report_is_still_flagged():
    text = "The town's librarians are the enemy of every honest parent, the flyer said."
    assert ("enemy", NAME_CALLING) in kinds(text)


# ------------------------------------------------------------------ charges of treachery and hiding

@pytest.mark.parametrize("sentence, word", [
    ("The blogger wrote that the harbour master committed treason by selling the charts.", "treason"),
    ("The council betrayed the fishermen when it sold the quay.", "betrayed"),
    ("Rival bakers tried to sabotage the village fair, the flyer claimed.", "sabotage"),
    ("The committee plotted to subvert the school board, a parent wrote.", "subvert"),
    ("The inquiry into the ferry accident was a whitewash, the union said.", "whitewash"),
])
def test_charges_of_treachery_or_hiding_are_shown_as_charges_not_counted(sentence, word):
    spans = [s for s in detect(sentence) if s.text.lower() == word]
    assert spans and spans[0].category == "charge" and not spans[0].counts_as_loaded


def test_the_charge_category_names_treachery():
    charge = CATEGORIES["charge"]
    assert "treachery" in charge.title and "treason" in charge.definition and not charge.counts_as_loaded


def test_a_painted_fence_is_no_whitewash_charge():
    assert not [s for s in detect("They gave the garden fence a coat of whitewash and painted the walls.")
                if s.text.lower() == "whitewash"]


# ------------------------------------------------------------------ a title named inside prose

def test_a_capitalised_word_in_a_book_title_inside_prose_is_part_of_the_title():
    # Most words of four letters or more are capitals (the sentence looks like a headline), but the lower-case words
    # around them ("books", "sold", "well") show prose naming titles, where a capitalised word is a name.
    text = "Her books Storm Over Harbour Town: The Great Ferry Invasion and Evil Tides of Old Quay sold well."
    assert _looks_title_case(text)
    assert not [s for s in detect(text) if s.text in ("Invasion", "Evil")]


def test_a_headline_in_title_case_still_shows_its_loaded_words():
    assert [s.text for s in detect("Mayor Slams Rivals Over Ferry Fiasco")] == ["Slams", "Fiasco"]


def test_a_loaded_word_in_ordinary_prose_is_still_found_after_a_title():
    text = "Her book Storm Over Harbour Town sold well, but the evil rumours about the ferry did not stop."
    assert ("evil", "outrage") in kinds(text)


# ------------------------------------------------------------------ degree adverbs before certainty

@pytest.mark.parametrize("sentence", [
    "It is absolutely clear to the harbour board that the ferry will sail on Monday.",
    "The baker said she was absolutely certain the oven had been switched off.",
    "I totally agree with the council about the new bus stop.",
    "The volunteers are absolutely determined to finish the footpath by spring.",
])
def test_a_degree_adverb_before_a_word_of_certainty_measures_how_sure_someone_is(sentence):
    assert not [s for s in detect(sentence) if s.text.lower() in ("absolutely", "totally")]


def test_a_degree_adverb_before_a_judgment_is_still_loaded():
    assert ("absolutely", "exaggeration") in kinds("The new timetable is absolutely ludicrous.")


# ------------------------------------------------------------------ plain senses shown by the next word

@pytest.mark.parametrize("sentence, word", [
    ("The inspector found gross negligence in the way the ferry was loaded.", "gross"),
    ("The island's gross domestic product rose last year.", "gross"),
    ("The new head teacher wasted no time in repainting the hall.", "wasted"),
    ("The clerk printed fake invoices to claim the grant twice.", "fake"),
    ("Police found a fake passport in the van.", "fake"),
])
def test_a_legal_accounting_or_plain_sense_shown_by_the_next_word_is_not_flagged(sentence, word):
    assert not [s for s in detect(sentence) if s.text.lower() == word]


@pytest.mark.parametrize("sentence, word", [
    ("The gross behaviour of the visiting fans appalled the village.", "gross"),
    ("The council wasted money on a bridge nobody uses.", "wasted"),
])
def test_the_same_words_in_their_charged_sense_are_still_flagged(sentence, word):
    assert [s for s in detect(sentence) if s.text.lower() == word]


def test_calling_critics_haters_is_name_calling():
    assert ("haters", NAME_CALLING) in kinds("The singer told reporters she ignores the haters on the ferry forum.")


# ------------------------------------------------------------------ hell, the devil and damnation

@pytest.mark.parametrize("sentence", [
    "The old sermon warned that every sinner risks eternal damnation.",
    "The catechism class learned that the soul goes to heaven, hell or purgatory.",
    "The vicar said the devil tempts every soul in the parish.",
])
def test_the_places_and_beings_of_religious_teaching_are_named_plainly(sentence):
    assert not [s for s in detect(sentence) if s.text.lower() in ("hell", "damnation", "devil")]


@pytest.mark.parametrize("sentence, word", [
    ("The night shift on the ferry was hell for the crew.", "hell"),
    ("The rival baker is the devil himself, the flyer said.", "devil"),
])
def test_hell_and_the_devil_as_pictures_of_something_bad_are_flagged(sentence, word):
    assert (word, "emotional") in kinds(sentence)


# ------------------------------------------------------------------ literal senses of praise words

@pytest.mark.parametrize("sentence, word", [
    ("The comet left its stellar system long before astronomers saw it.", "stellar"),
    ("The names in bold type were added by the editor to the original letter.", "bold"),
])
def test_stars_and_typefaces_are_not_praise(sentence, word):
    assert not [s for s in detect(sentence) if s.text.lower() == word]


def test_praise_for_daring_is_still_glittering():
    assert ("bold", "glittering") in kinds("The mayor unveiled a bold plan for the harbour.")


# ------------------------------------------------------------------ moral theology's own classifications

@pytest.mark.parametrize("sentence, word", [
    ("The parish booklet explains which acts the church counts as objectively immoral.", "immoral"),
    ("In the old catechism, missing Mass on Sunday was mortally sinful.", "sinful"),
])
def test_a_doctrinal_classification_of_an_act_is_not_flagged(sentence, word):
    assert not [s for s in detect(sentence) if s.text.lower() == word]


def test_calling_a_deal_immoral_is_still_outrage():
    assert ("immoral", "outrage") in kinds("The harbour deal was immoral, the blogger wrote.")


def test_an_invader_from_space_is_plain():
    assert not [s for s in detect("The comet was the first interstellar invader that astronomers tracked.")
                if s.text.lower() == "invader"]
