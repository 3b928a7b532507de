"""The fourteenth round of loaded language (issue 16): kinds read on the development parts of PTC and BABE.

- "Unleash" joins the stock words of news reports ("unleashed protests", "unleash agents"): wire copy's word for
  setting off or sending in, read as the plain word.
- "Elites" named by their field ("business elites", "political and business elites") is the plain word for the
  people at the top of a field; bare "the elites" still sets ordinary people against a vague privileged group.
- A label made of an adjective and a political side ("the radical left") is highlighted on the adjective: the side
  is what anyone calls the camp, and the word that brands it is "radical".
- Slang labels for political opponents ("wingnut", "moonbat", "commie", "libtard", "cry-baby", "trolls", and
  "trolling" for speech), each with its plain senses (a wingnut on a bolt, a troll in a fairy tale, trolling for fish).
- "Cult" in the fans' sense ("a cult classic", "cult status", "a cult following") is plain; "his cult members" is
  still the label, since members and followers belong to the figurative cult as much as to a sect.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect
from toolkit.loaded.categories import NAME_CALLING


def flagged(text: str) -> list[str]:
    """Every word of every span counted as loaded (a span may hold more than the word tested)."""
    return [word for s in detect(text) if s.counts_as_loaded for word in s.text.lower().split()]


# ------------------------------------------------------------------ "unleash" as a stock word of news reports

@pytest.mark.parametrize("sentence, word", [
    ("The new parking rules unleashed protests across the harbour town.", "unleashed"),
    ("The ministry will unleash forty inspectors on the night markets.", "unleash"),
    ("A cut in the rate could unleash a wave of borrowing by small farms.", "unleash"),
])
def test_unleash_is_the_plain_word_for_setting_off(sentence, word):
    assert word not in flagged(sentence)


def test_a_stronger_figure_beside_it_is_still_flagged():
    assert "torpedoed" in flagged("The council torpedoed the ferry plan and unleashed a row.")


# ------------------------------------------------------------------ elites named by their field

@pytest.mark.parametrize("sentence", [
    "The summit in the mountains drew business elites from three continents.",
    "Political and business elites met the fishermen at the harbour.",
    "The book follows the economic elites of the port city after the war.",
])
def test_elites_named_by_their_field_are_plain(sentence):
    assert "elites" not in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "The elites never ride the night bus, so they cut it.",
    "Coastal elites sneer at the farmers of the valley.",
])
def test_bare_elites_are_still_a_label(sentence):
    assert "elites" in flagged(sentence)


# ------------------------------------------------------------------ the label word of "the radical left"

@pytest.mark.parametrize("sentence, label", [
    ("The mayor blamed the radical left for the noise at the fair.", "radical"),
    ("The radical right’s newest candidate opened a bakery.", "radical"),
    ("Voters in the valley fear the radical left will win the seat.", "radical"),
])
def test_the_highlight_of_a_side_label_is_the_adjective(sentence, label):
    spans = [s for s in detect(sentence) if s.category == NAME_CALLING]
    assert [s.text for s in spans] == [label]
    assert spans[0].term.startswith("radical")


# ------------------------------------------------------------------ slang labels for opponents

@pytest.mark.parametrize("sentence, word", [
    ("That wingnut on the council voted against the library again.", "wingnut"),
    ("The moonbats at the food co-op want another vote.", "moonbats"),
    ("Some commie at the bakery wrote the petition.", "commie"),
    ("Only a libtard would pay for that bridge.", "libtard"),
    ("He is a blubbing cry-baby about the parking fees.", "cry-baby"),
    ("Lying trolls filled the comments under the ferry story.", "trolls"),
    ("He spent the evening trolling the councillors online.", "trolling"),
])
def test_slang_labels_for_opponents_are_flagged(sentence, word):
    assert word in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "The wingnut on the rusty bolt would not turn.",
    "In the old tale a troll lives under the bridge and eats goats.",
    "They went trolling for mackerel off the pier at dawn.",
])
def test_their_plain_senses_are_not(sentence):
    assert not flagged(sentence)


def test_slang_labels_are_name_calling_and_trolling_is_contempt():
    spans = {s.text.lower(): s.category for s in detect("The trolls kept trolling the moonbats.")}
    assert spans == {"trolls": NAME_CALLING, "trolling": "contempt", "moonbats": NAME_CALLING}


# ------------------------------------------------------------------ the fans' cult and the followers' cult

@pytest.mark.parametrize("sentence", [
    "The zombie film became a cult classic among students.",
    "The band from Ohio has a cult following in Japan.",
    "The cooking show reached cult status after its third season.",
])
def test_the_fans_sense_of_cult_is_plain(sentence):
    assert "cult" not in flagged(sentence)


@pytest.mark.parametrize("sentence", [
    "His cult members cheered every word of the speech.",
    "The senator's cult followers booed the reporters.",
])
def test_members_of_a_political_cult_are_still_the_label(sentence):
    assert "cult" in flagged(sentence)


def test_a_sect_with_a_compound_is_still_the_literal_cult():
    assert "cult" not in flagged("Police raided the cult's compound after the suicide pact.")
