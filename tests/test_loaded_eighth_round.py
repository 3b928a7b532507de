"""Kinds of loaded-language finding checked on sentences written for these tests (issue 16, eighth round).

- Capitals used for shouting: an all-or-nothing word set in capitals inside an ordinary sentence
  ("committed NO offence") is an absolute made louder; a loaded word in capitals is shouted, not
  taken for a name. Acronyms that are words ("WHO", "IT") and sentences in capitals throughout
  are left alone.
- More figures of speech written from common usage ("a white elephant", "hot air", "cloud cuckoo
  land"), with literal cues (a white elephant at the zoo, a balloon on hot air).
- Figurative breaking and tearing: a plan that will "shatter" trust, a tax "devouring" savings, a
  country "torn apart"; real glass, prey and storms are plain.
- A two-word term ending in a preposition ("a flood of", "an assault on") is matched whole, since
  the preposition picks the figurative sense, but only the loaded word is highlighted.
- "Far-right" and "far-left" place a party on the political map (the list's own plain word for
  "fascist"); labels that brand people ("the radical left") are still name-calling.
- Whose enemy: "his enemies", "Norway's old foes", "made enemies" report who opposes whom; "our
  enemy", "the enemy", "an enemy of the island" cast someone as the enemy and stay loaded.
- Legal and literal senses: suing for libel or slander, a court's gag order, and tanks that are
  things ("propane tanks") are plain; a party's gag order and shares that "tanked" are not.
- Everyday figures of speech for politics and public life ("crocodile tears", "window dressing",
  "pie in the sky"), with literal cues where a plain sense is common (a shop's window dressing).
- A loaded word after "anti-" or "counter-" names what people oppose ("anti-fascist campaigners",
  "a counter-propaganda unit"); the same word on its own is still the writer's.
- A term's words match the past forms of irregular verbs too, as the lexicon file promises ("tear
  ... apart" matches "tore the club apart", "throw ... under the bus" matches "threw").
- Sarcastic retorts and exclamations in the writer's voice ("Good luck with that.", "Nice try",
  "What a surprise.", "Wow!").
- Verdicts the opinion rules already know (the judgment and figurative word lists): "bungled",
  "hare-brained", "peddle", "squander", "a charlatan", "codswallop"; their plain senses (a parrot in
  a cage, tripe in a recipe, shirk in Islamic teaching) are not flagged.
- Adjectives of scorn and censure from the same judgment list ("a baffling decision", "a
  third-rate plan", "perfidious"); a shallow harbour and careless driving are plain.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in detect(text)]


# ------------------------------------------------------------------ capitals used for shouting

@pytest.mark.parametrize("sentence, word", [
    ("The fisherman had broken NO rules when the inspectors took his boat away.", "NO"),
    ("The new parking scheme leaves ALL of the shop owners paying twice.", "ALL"),
    ("The lifeguards will resist ANY attempt to close the north beach this summer.", "ANY"),
    ("Calm is NOT what the ferry passengers should be feeling this morning.", "NOT"),
])
def test_an_absolute_in_capitals_inside_an_ordinary_sentence_is_shouted(sentence, word):
    spans = [s for s in detect(sentence) if s.text == word]
    assert [(s.category, s.source) for s in spans] == [("exaggeration", "context")]
    assert "capitals" in spans[0].why


def test_the_same_absolute_in_ordinary_letters_is_not_flagged():
    assert not [s for s in detect("The fisherman had broken no rules when the inspectors took his boat away.")
                if s.text.lower() == "no"]


@pytest.mark.parametrize("sentence", [
    "The WHO sent two doctors to the island clinic on Monday morning.",
    "The IT staff at the harbour office fixed the booking system overnight.",
    "NO ENTRY FOR BOATS AFTER DARK AT THE NORTH PIER, the sign said.",
])
def test_acronyms_and_sentences_in_capitals_throughout_are_not_shouting(sentence):
    assert not [s for s in detect(sentence) if s.source == "context" and s.term == "capitals"]


def test_a_loaded_word_in_capitals_is_shouted_not_taken_for_a_name():
    spans = found("Every parent at the meeting should be OUTRAGED at the plan for the school bus.")
    assert ("OUTRAGED", "outrage") in spans
    # In ordinary letters with a capital, the same word inside a sentence may be a name, and is skipped.
    assert not [s for s in detect("The band Outraged played the harbour festival on Friday night.")
                if s.text == "Outraged"]


# ------------------------------------------------------------------ figurative breaking and tearing

@pytest.mark.parametrize("sentence, word", [
    ("The new parking rules will shatter the trust between the club and its fans.", "shatter"),
    ("The ferry tax is devouring the savings of the small farmers on the island.", "devouring"),
    ("The village is being torn apart by the quarrel over the new harbour.", "torn apart"),
    ("The long feud is ripping apart the village choir.", "ripping apart"),
    ("The coach has taken a battering in the local papers this week.", "battering"),
])
def test_breaking_and_tearing_said_of_people_or_plans_is_drama(sentence, word):
    assert (word, "sensational") in [(s.text, s.category) for s in detect(sentence)]


@pytest.mark.parametrize("sentence", [
    "A stone from the mower shattered the kitchen window.",
    "The fox devoured the eggs it found under the hedge, and the hungry animal went back for more.",
    "The storm tore the roof of the boathouse apart.",
    "Waves and wind kept battering the sea wall all night.",
])
def test_real_glass_prey_and_storms_are_plain(sentence):
    assert not [s for s in detect(sentence) if s.category == "sensational"]


# ------------------------------------------------------------------ the preposition that picks a sense

@pytest.mark.parametrize("sentence, shown, term", [
    ("A flood of letters reached the harbour office after the vote.", "flood", "flood of"),
    ("The mayor's speech was an assault on the ferry workers.", "assault", "assault on"),
    ("The new parking fees are a war on cyclists.", "war", "war on"),  # "seize on" was here: a stock news verb since the thirteenth round
])
def test_the_preposition_that_picks_the_figurative_sense_is_not_highlighted(sentence, shown, term):
    spans = [s for s in detect(sentence) if s.term == term]
    assert [s.text for s in spans] == [shown]


def test_a_longer_figure_keeps_its_closing_preposition():
    assert "made a hash of" in [s.text for s in detect("The committee made a hash of the harbour budget.")]


# ------------------------------------------------------------------ a place on the political map

def test_far_right_and_far_left_place_a_party_and_are_not_flagged():
    sentence = "A far-right party and a far-left alliance both lost seats in the harbour town's council."
    assert not [s for s in detect(sentence) if "far" in s.text.lower()]


def test_a_label_that_brands_people_is_still_name_calling():
    # the term is the label; since the fourteenth round its highlight is the branding word, "radical"
    assert ("radical left", "name-calling") in [(s.term, s.category)
                                                for s in detect("The mayor blamed the radical left for the closed pier.")]


# ------------------------------------------------------------------ whose enemy

@pytest.mark.parametrize("sentence", [
    "The mayor lashed out at his enemies on the council after the vote.",
    "Norway's old enemies met at the border for the fishing talks.",
    "The inspector made some very serious enemies in the ministry.",
    "The ferry company has protected her from their political foes for years.",
])
def test_someone_elses_enemies_report_a_relation(sentence):
    # "enemy" is name-calling since the ninth round (a label stuck on people); the relation is flagged as neither
    assert not [s for s in detect(sentence) if s.category in ("hostility", "name-calling")]


@pytest.mark.parametrize("sentence, word", [
    ("Our enemy is already at the gates of the harbour.", "enemy"),
    ("The fishing fleet is an enemy of the whole island.", "enemy"),
    ("They became so by making themselves the enemies of the harbour.", "enemies"),
    ("The enemy will stop at nothing to close the school.", "enemy"),
])
def test_casting_someone_as_the_enemy_stays_loaded(sentence, word):
    assert (word, "name-calling") in [(s.text.lower(), s.category) for s in detect(sentence)]


# ------------------------------------------------------------------ legal and literal senses

@pytest.mark.parametrize("sentence", [
    "The harbour master told his lawyers to sue the weekly paper for libel.",
    "The baker is suing her neighbour for slander over the market stall.",
    "A judge lifted the gag order on the ferry inquiry on Friday.",
    "The van carried two propane tanks and a spare wheel.",
    "Soviet tanks rolled into the square at dawn.",
])
def test_legal_and_literal_senses_are_plain(sentence):
    assert not [s for s in detect(sentence) if s.counts_as_loaded]


@pytest.mark.parametrize("sentence, word", [
    ("The party put a gag order on its own councillors.", "gag order"),
    ("Shares in the ferry company tanked after the report.", "tanked"),
    ("The mayor called the article libellous nonsense.", "libellous"),
])
def test_the_same_words_used_figuratively_stay_loaded(sentence, word):
    assert word in [s.text.lower() for s in detect(sentence)]


# ------------------------------------------------------------------ figures of speech for public life

@pytest.mark.parametrize("sentence, phrase", [
    ("The council shed crocodile tears over the closed library.", "crocodile tears"),
    ("The new ferry timetable is mere window dressing.", "window dressing"),
    ("The harbour tunnel was always pie in the sky.", "pie in the sky"),
    ("The minister threw his deputy under the bus at the meeting.", "threw his deputy under the bus"),
    ("The mayor's speech was empty rhetoric about the pier.", "empty rhetoric"),
    ("The club is in a death spiral since the sponsor left.", "death spiral"),
])
def test_figures_of_speech_for_public_life_are_idioms(sentence, phrase):
    assert (phrase, "idiom") in [(s.text, s.category) for s in detect(sentence)]


@pytest.mark.parametrize("sentence", [
    "The shop on the quay finished its Christmas window dressing on Monday.",
    "Sharks and gulls were in a feeding frenzy behind the trawler.",
    "The pilot pulled the plane out of a death spiral before the crash.",
])
def test_the_same_words_in_their_plain_sense_are_not_idioms(sentence):
    assert not [s for s in detect(sentence) if s.category == "idiom"]


# ------------------------------------------------------------------ what people oppose

@pytest.mark.parametrize("sentence", [
    "Anti-fascist campaigners marched along the harbour wall on Saturday.",
    "The ministry set up a counter-propaganda unit in the old post office.",
    "An anti-communist group met in the back room of the ferry café.",
])
def test_a_word_joined_to_anti_or_counter_names_what_is_opposed(sentence):
    assert not [s for s in detect(sentence) if s.counts_as_loaded]


def test_the_same_word_on_its_own_is_still_the_writers():
    assert "propaganda" in [s.text for s in detect("The harbour board's newsletter is pure propaganda.")]


# ------------------------------------------------------------------ irregular past forms

@pytest.mark.parametrize("sentence, shown", [
    ("The long quarrel tore the rowing club apart.", "tore the rowing club apart"),
    ("The minister threw his deputy under the bus at the meeting.", "threw his deputy under the bus"),
    ("The village has been torn apart by the quarrel over the pier.", "torn apart"),
])
def test_a_term_matches_the_past_forms_of_an_irregular_verb(sentence, shown):
    assert shown in [s.text for s in detect(sentence)]


def test_an_instructor_term_for_an_irregular_verb_matches_its_past_forms(tmp_path):
    from toolkit.loaded import load_lexicon

    path = tmp_path / "class_words.txt"
    path.write_text("shake ... to its foundations | idiom | 0.6 | Pictures a change as an earthquake. | change deeply\n",
                    encoding="utf-8")
    sentence = "The vote shook the rowing club to its foundations."
    assert not [s for s in detect(sentence) if s.category == "idiom"]  # not in the built-in list
    spans = detect(sentence, lexicon=load_lexicon(path))
    assert [s.text for s in spans if s.category == "idiom"] == ["shook the rowing club to its foundations"]


# ------------------------------------------------------------------ sarcastic retorts and exclamations

@pytest.mark.parametrize("sentence, phrase, category", [
    ("The council wants a new bridge by June. Good luck with that.", "Good luck with that", "contempt"),
    ("Nice try, but the ferry numbers do not add up.", "Nice try", "contempt"),
    ("The mayor lost the vote again. What a surprise.", "What a surprise", "contempt"),
    ("Wow! The pier is closed for the third summer running.", "Wow", "outrage"),
    ("The board blames the weather. Go figure.", "Go figure", "contempt"),
])
def test_sarcastic_retorts_and_exclamations_are_flagged(sentence, phrase, category):
    assert (phrase, category) in [(s.text, s.category) for s in detect(sentence)]


def test_a_plain_wish_of_luck_is_not_sarcasm():
    assert not [s for s in detect("The crew wished the new skipper good luck before the race.") if s.counts_as_loaded]


# ------------------------------------------------------------------ verdicts the opinion rules know

@pytest.mark.parametrize("sentence, word", [
    ("The council bungled the ferry contract from start to finish.", "bungled"),
    ("It was a hare-brained plan to move the market onto the pier.", "hare-brained"),
    ("The weekly paper keeps peddling rumours about the harbour master.", "peddling"),
    ("The board squandered the lottery grant on consultants.", "squandered"),
    ("The new adviser is a charlatan, the fishermen say.", "charlatan"),
    ("The report on the pier is pure codswallop.", "codswallop"),
    ("The rules will hamstring the small ferry companies.", "hamstring"),
])
def test_verdicts_from_the_judgment_lists_are_loaded(sentence, word):
    assert word in [s.text for s in detect(sentence) if s.counts_as_loaded]


@pytest.mark.parametrize("sentence", [
    "The parrot in the cage by the bar repeats the names of the regulars.",
    "The butcher sells tripe and onions on Fridays, cooked to an old recipe.",
    "The imam explained that shirk, the sin of polytheism, is the gravest in Islam.",
])
def test_their_plain_senses_are_not_flagged(sentence):
    assert not [s for s in detect(sentence) if s.counts_as_loaded]


# ------------------------------------------------------------------ adjectives of scorn and censure

@pytest.mark.parametrize("sentence, word", [
    ("The council made a baffling decision about the ferry timetable.", "baffling"),
    ("It is a third-rate plan for a first-rate harbour.", "third-rate"),
    ("The board's short-sighted cuts closed the library.", "short-sighted"),
    ("The mayor's perfidious deal with the developers angered the town.", "perfidious"),
    ("The report paints a depressing picture of the high street.", "depressing"),
])
def test_adjectives_of_scorn_and_censure_are_loaded(sentence, word):
    assert word in [s.text for s in detect(sentence) if s.counts_as_loaded]


@pytest.mark.parametrize("sentence", [
    "The children paddled in the shallow water at the end of the harbour.",
    "The driver was fined for careless driving on the coast road.",
])
def test_their_plain_senses_are_plain(sentence):
    assert not [s for s in detect(sentence) if s.counts_as_loaded]


# ------------------------------------------------------------------ more figures of speech

@pytest.mark.parametrize("sentence, phrase", [
    ("The new harbour stadium is a white elephant.", "white elephant"),
    ("The mayor's promises about the ferry are hot air.", "hot air"),
    ("A tunnel to the mainland by next year is cloud cuckoo land.", "cloud cuckoo land"),
    ("The contracts went to the old boys network again.", "old boys network"),
])
def test_more_figures_of_speech_are_idioms(sentence, phrase):
    assert (phrase, "idiom") in [(s.text, s.category) for s in detect(sentence)]


@pytest.mark.parametrize("sentence", [
    "The zoo in Bangkok keeps a white elephant from the north of Thailand.",
    "The balloon rose slowly on hot air above the harbour.",
    "The coin shows two faces of the same queen.",
])
def test_their_plain_senses_are_not_idioms(sentence):
    assert not [s for s in detect(sentence) if s.counts_as_loaded]
