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
