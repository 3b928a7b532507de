"""Judgment with no loaded keyword (issue 16, `toolkit.claims.judgment`): one test per rule.

Every sentence here was written for this test; none comes from an evaluation set. Each rule has
a sentence it must read as the writer's opinion, with the cue a student would be shown, and a
near neighbour in plain reporting that it must leave alone.
"""

from __future__ import annotations

import pytest

from toolkit.claims.judgment import _adjective_of, judgment_cues
from toolkit.claims.sentence_labels import label_text
from toolkit.text.tokens import tokenize


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def own_cue(label, family: str):
    """The writer's own cue of this family, which the label's reasons must show."""
    found = [c for c in label.cues if c.family == family and not c.reported and c.weight > 0]
    assert found, (family, [(c.family, c.text) for c in label.cues])
    return found[0]


def families(text: str) -> set[str]:
    return {c.family for c in judgment_cues(text, tokenize(text))}


# --- quality judgments: adjectives and adverbs that grade ------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The flood fund turned out to be a paltry grant and a half-baked plan.", "paltry"),
    ("Such a short-sighted budget leaves the library without a roof.", "short-sighted"),
])
def test_a_quality_adjective_is_the_writers_verdict(text, word):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own_cue(label, "judgment_adjectives").text.lower() == word


@pytest.mark.parametrize("text, word", [
    ("The ferry company rightly cancelled the crossing.", "rightly"),
    ("The plan sounds worryingly like the last fiasco.", "worryingly"),
    ("The board clumsily rewrote the rules in the middle of the season.", "clumsily"),
    ("The mayor shamefully ignored the petition from the allotment holders.", "shamefully"),
])
def test_an_adverb_that_grades_is_the_writers_comment(text, word):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.text.lower() == word and c.weight > 0 and not c.reported for c in label.cues)


def test_an_adverb_is_traced_to_its_judgment_word_by_spelling():
    assert [_adjective_of(w) for w in ("clumsily", "idiotically", "terribly", "shamefully", "directly")] == \
        ["clumsy", "idiotic", "terrible", "shameful", "direct"]
    # "directly" is not "dire" + "-ctly": a plain adverb of manner stays plain.
    assert only("The grant is paid directly to the school.").label == "fact"


def test_the_same_judgment_word_in_someone_elses_words_stays_theirs():
    label = only("The harbour master said the new timetable was short-sighted.")
    assert label.label == "attributed"
    assert all(c.reported for c in label.cues if c.family == "judgment_adjectives")


def test_a_capitalised_judgment_word_inside_a_sentence_is_part_of_a_name():
    assert "judgment_adjectives" not in families("She starred in Sordid Lives at the town theatre.")


# --- idioms that pass a verdict ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The council has kicked the can down the road on the bridge repairs again.",
    "Any hope of a cheaper bus pass has gone out of the window since the fuel tax rose.",
])
def test_an_idiom_that_passes_a_verdict_is_the_writers_view(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    own_cue(label, "judgment_idioms")


def test_a_literal_window_is_not_an_idiom():
    assert only("The cat climbed out of the window on the second floor.").label == "fact"


# --- rankings of a verdict -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The biggest problem with the new timetable is the last bus.",
    "Lower fares are the only answer for the rural routes.",
    "This is the strongest case for a second bridge.",
])
def test_ranking_a_verdict_is_a_judgment(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    own_cue(label, "judgment_ranking")


@pytest.mark.parametrize("text", [
    "The only case of measles this year was reported in March.",
    "The latest problem reported by the depot was a broken gate.",
])
def test_a_ranking_of_a_plain_noun_or_a_date_is_not(text):
    assert "judgment_ranking" not in families(text)


# --- what ought to be done, with nobody named ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It is imperative to cut the cost of the new depot.",
    "It's wrong that pensioners pay full fare on the night bus.",
])
def test_an_impersonal_ought_is_the_writers_judgment(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert own_cue(label, "deontic_frame").kind == "modal"


def test_the_same_ought_from_a_named_speaker_is_attributed():
    label = only("The transport minister said it is imperative to cut the cost of the new depot.")
    assert label.label == "attributed"


# --- sarcasm, emphasis, questions that answer themselves, "one" --------------------------------------

@pytest.mark.parametrize("text, family", [
    ("As if the ratepayers had asked for a second fountain.", "sarcasm_markers"),
    ("The self-proclaimed guardians of the budget approved the fountain.", "sarcasm_markers"),
    ("The new fountain is NOT a priority for the town.", "emphasis_capitals"),
    ("Isn't it time the council fixed the roads first?", "rhetorical_question"),
    ("Why would anyone pay for a fountain nobody asked for?", "rhetorical_question"),
    ("The fountain pays for itself, right?", "rhetorical_question"),
    ("One can only guess what the fountain cost.", "generic_one"),
])
def test_sarcasm_emphasis_rhetorical_questions_and_generic_one_are_opinion(text, family):
    label = only(text)
    assert label.label == "opinion", label.summary
    own_cue(label, family)


@pytest.mark.parametrize("text, family", [
    ("NOT GUILTY VERDICT FOR HARBOUR BOSS", "emphasis_capitals"),          # a headline in capitals
    ("WHEN THE council met on Monday, the fountain was first on the list.", "emphasis_capitals"),
    ("Why did the council close the pool?", "rhetorical_question"),      # a real question
    ("No one can enter the pool after six.", "generic_one"),             # "no one", not "one"
    ("Two pools are planned and one could open next spring.", "generic_one"),
])
def test_look_alikes_are_left_alone(text, family):
    assert family not in families(text)


# --- a lone intensifier turns up a statement without judging it --------------------------------------

def test_a_lone_intensifier_leaves_a_statement_a_fact():
    assert only("The new ferry is very large and carries 400 cars.").label == "fact"


def test_an_intensifier_with_a_judgment_still_counts():
    assert only("The new ferry is very ugly.").label == "opinion"


# --- verbs and nouns that name an act or a person by a verdict ---------------------------------------

@pytest.mark.parametrize("text, family", [
    ("The council squandered the bridge fund on consultants.", "judgment_verbs"),
    ("The depot plan was a boondoggle from the first day.", "judgment_nouns"),
    ("Transport wonks drew up the new timetable.", "judgment_nouns"),
])
def test_a_verdict_verb_or_noun_is_the_writers_label(text, family):
    label = only(text)
    assert label.label == "opinion", label.summary
    own_cue(label, family)


def test_a_plain_verb_for_the_same_act_stays_a_fact():
    assert only("The council spent the bridge fund on consultants.").label == "fact"


def test_as_if_describing_a_manner_is_not_sarcasm():
    assert "sarcasm_markers" not in families("The goalkeeper waved as if to stop the game.")
    assert "sarcasm_markers" not in families("As if addressing the judge, the driver turned to the bench.")
