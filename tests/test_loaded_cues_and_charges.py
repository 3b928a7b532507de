"""Literal cues that count only inside a compound, and charges reported as someone's accusation or denial.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect
from toolkit.loaded.lexicon import LexiconError, load_lexicon, parse_lexicon


def found(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(s.text.lower(), s.category) for s in detect(text, **kwargs)]


# ------------------------------------------------------------------ "+cue": a compound, not the whole sentence

@pytest.mark.parametrize("sentence", [
    "The sanctions regime against the shipping firms was tightened in March.",
    "Farmers complained about the new tax regime for diesel.",
    "Her training regime starts with a swim at six.",
    "Ministers agreed a regime of sanctions on the timber trade.",
])
def test_a_regime_of_rules_is_literal(sentence):
    assert ("regime", "name-calling") not in found(sentence)


@pytest.mark.parametrize("sentence", [
    "The regime faces new sanctions from its neighbours.",
    "Despite sanctions, the regime kept its grip on the ports.",
    "The regime blamed the tax rise on foreign banks.",
])
def test_a_cue_elsewhere_in_the_sentence_does_not_clear_the_label(sentence):
    assert ("regime", "name-calling") in found(sentence)


def test_compound_cues_are_written_with_a_plus_and_checked(tmp_path):
    entries, _, _ = parse_lexicon("squad | contempt | 0.5 | Calls a team a gang. | team | literal: +football, match\n")
    assert entries[0].literal_cues == ("+football", "match")
    own = tmp_path / "own.txt"
    own.write_text("squad | contempt | 0.5 | Calls a team a gang. | team | literal: +football, match\n", encoding="utf-8")
    lexicon = load_lexicon(own)
    assert found("The football squad trained late.", lexicon=lexicon) == []
    assert found("The squad that ran the football club left.", lexicon=lexicon) == [("squad", "contempt")]
    assert found("The squad lost the match.", lexicon=lexicon) == [], "a plain cue still counts anywhere"
    with pytest.raises(LexiconError, match="single words"):
        parse_lexicon("squad | contempt | 0.5 | Calls a team a gang. | team | literal: +foot ball\n")


# ------------------------------------------------------------------ a charge reported as an accusation or a denial

@pytest.mark.parametrize("sentence", [
    "The harbour master was complicit in covering up the oil spill.",
    "Reporters asked about her role in the cover-up at the depot.",
    "The inquiry heard allegations of a cover-up at the mill.",
    "The mayor denied lying to the council about the ferry.",
    "The board denies any cover-up of the test results.",
])
def test_a_charge_reported_as_one_is_not_the_writers_loaded_word(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, word", [
    ("The board covered up the test results for a year.", "covered up"),
    ("The mayor lied to the council about the ferry.", "lied"),
    ("The minister denied the shocking claims about the ferry.", "shocking"),
])
def test_the_writers_own_charge_and_a_word_after_a_denial_are_still_shown(sentence, word):
    assert word in [text for text, _ in found(sentence)]


# ------------------------------------------------------------------ a word that only shares a stem with a loaded one

@pytest.mark.parametrize("sentence, word", [
    ("The two divisions of the bakery chain merged in May.", "divisions"),
    ("He was tried on racketeering charges last spring.", "racketeering"),
    ("Runners carried the torch through the village square.", "torch"),
])
def test_a_word_of_another_sense_sharing_a_stem_is_not_flagged(sentence, word):
    assert word not in [text for text, _ in found(sentence)]


@pytest.mark.parametrize("sentence, word", [
    ("The divisive plan split the village.", "divisive"),
    ("The lottery was a racket from the start.", "racket"),
    ("The idea is ridiculous.", "ridiculous"),
    ("Her rivals ridiculed the budget.", "ridiculed"),
    ("Critics torched the mayor's speech.", "torched"),
])
def test_the_loaded_words_themselves_are_still_found(sentence, word):
    assert word in [text for text, _ in found(sentence)]


# ------------------------------------------------------------------ plain senses: a killer, a sexual predator, terror tunnels, a real joke

@pytest.mark.parametrize("sentence", [
    "Police say the killer of the shopkeeper fled on foot.",
    "The court heard that the baker's killer had a record.",
    "A judge ruled him a sexual predator under the state law.",
    "The army said it found two terror tunnels under the fence.",
    "The comedian told a joke about his landlord.",
])
def test_plain_senses_are_not_flagged(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The heatwave was billed as killer heat by the tabloids.", ("killer heat", "sensational")),
    ("Predators lurk in every corner of the council.", ("predators", "fear")),
    ("The hearing was a joke.", ("joke", "contempt")),
    ("Voters live in terror of the next tax bill.", ("terror", "fear")),
])
def test_the_figurative_senses_are_still_found(sentence, expected):
    assert expected in found(sentence)


def test_rogue_before_a_government_is_name_calling_like_rogue_state():
    assert found("The rogue regime tested another missile.") == [("rogue regime", "name-calling")]
    assert found("Officials blamed a rogue nation for the outage.") == [("rogue nation", "name-calling")]
    assert ("rogue", "hostility") in found("A rogue clerk leaked the file.")


# ------------------------------------------------------------------ verbs that judge how someone complained or criticised

@pytest.mark.parametrize("sentence, word", [
    ("The coach disparaged the referees after the match.", "disparaged"),
    ("Neighbours groused about the new car park.", "groused"),
    ("The senator bemoaned the delay.", "bemoaned"),
    ("Rivals sniped at the plan all week.", "sniped"),
    ("The minister snarled at the reporters.", "snarled"),
    ("Columnists castigated the council.", "castigated"),
])
def test_evaluative_verbs_of_complaint_and_scorn(sentence, word):
    assert word in [text for text, _ in found(sentence)]


@pytest.mark.parametrize("sentence", [
    "His stomach was grumbling before lunch.",
    "Traffic snarled on the ring road after the crash.",
    "Soldiers said sniping from the ridge wounded two men.",
])
def test_the_same_verbs_in_a_literal_sense(sentence):
    assert found(sentence) == []


# ------------------------------------------------------------------ plain news vocabulary the sentiment dictionary rates strongly

@pytest.mark.parametrize("sentence", [
    "The judge found the landlord in contempt of court.",
    "Hostilities resumed along the river on Tuesday.",
    "The expenses scandal drew condemnation from three parties.",
    "She was charged after a report of child neglect.",
])
def test_naming_a_scandal_a_legal_wrong_or_a_reaction_is_plain(sentence):
    assert [s for s in detect(sentence) if s.source == "sentiment"] == []


# ------------------------------------------------------------------ a site's poll widget inside a story

POLL_PAGE = """Harbour Fees Rise Again

The council voted on Monday to raise harbour fees.
Take our poll - story continues below
Which councillor is the most shameless liar?
Which councillor is the most shameless liar?
* Ames Brook Carter
Email *
Completing this poll grants you access to Harbour Daily updates free of charge.
Fishermen were furious about the vote.
"""


def test_a_poll_widget_is_the_sites_text_and_is_skipped():
    from toolkit import parse_article
    from toolkit.loaded.site_widgets import widget_spans

    (start, end), = widget_spans(POLL_PAGE)
    assert POLL_PAGE[start:end].startswith("Take our poll") and POLL_PAGE[start:end].endswith("free of charge.")
    for source in (POLL_PAGE, parse_article(POLL_PAGE)):
        assert [s.text for s in detect(source)] == ["furious"], "the poll's words are the site's; the story's are shown"


def test_a_question_in_the_story_is_not_a_widget():
    text = "Why did the council act so shamelessly?\nThe mayor gave no answer.\n"
    from toolkit.loaded.site_widgets import widget_spans

    assert widget_spans(text) == []
    assert "shamelessly" in [s.text for s in detect(text)]


# ------------------------------------------------------------------ an intensifier before a plain word measures a degree

@pytest.mark.parametrize("sentence, word", [
    ("The market stall is extremely close to the gate.", "extremely"),
    ("They gave absolutely nothing in return.", "absolutely"),
    ("The ferry timetable is totally new this year.", "totally"),
])
def test_a_degree_adverb_before_a_plain_word_is_not_flagged(sentence, word):
    assert word not in [text for text, _ in found(sentence)]


@pytest.mark.parametrize("sentence, word", [
    ("The new parking rule is absolutely ludicrous.", "absolutely"),
    ("The result was extremely bad for the club.", "extremely"),
    ("It was an incredible comeback by the reserves.", "incredible"),
])
def test_a_degree_adverb_before_a_charged_word_is_still_flagged(sentence, word):
    assert word in [text for text, _ in found(sentence)]


# ------------------------------------------------------------------ dirt on a name, and everyday figures of speech

@pytest.mark.parametrize("sentence, word", [
    ("The affair will stain the council for years.", "stain"),
    ("Critics besmirched her record at the port.", "besmirched"),
    ("The row tarnished the club's name.", "tarnished"),
    ("The board made a hash of the budget.", "made a hash of"),
    ("Why does the ministry stick its nose into school menus?", "stick its nose into"),
    ("The league keeps moving the goalposts for small clubs.", "moving the goalposts"),
    ("The minister poured cold water on the plan.", "poured cold water on"),
])
def test_figures_of_speech_for_dishonour_meddling_and_failing(sentence, word):
    assert word.lower() in [text for text, _ in found(sentence)]


@pytest.mark.parametrize("sentence", [
    "Coffee will stain the carpet if you spill it.",
    "The silver spoons had tarnished in the drawer.",
    "Stainless steel pans are sold at the market.",
])
def test_dirt_words_in_a_literal_sense(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, word", [
    ("The regulator treats the big banks with kid gloves.", "kid gloves"),
    ("Once the rumour spread, the genie was out of the bottle.", "genie was out of the bottle"),
    ("The council votes in lockstep with the mayor.", "in lockstep"),
])
def test_more_figures_of_speech(sentence, word):
    assert word in [text for text, _ in found(sentence)]
