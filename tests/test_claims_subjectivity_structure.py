"""Structural kinds of the writer's subjectivity, with no judgment word to find (issue 16, fourth round).

Sweeping generalisations in the timeless present (`toolkit.claims.generalisations`) and the content of
an idea a sentence describes (`toolkit.claims.idea_clauses`). Every sentence here was written for this
test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.generalisations import generalisation_cues
from toolkit.claims.idea_clauses import idea_clauses
from toolkit.claims.sentence_labels import explain, label_text
from toolkit.text.layer import TextLayer


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def own_families(label) -> set[str]:
    return {c.family for c in label.cues if not c.reported and c.weight}


# --- a rule about everyone or no one, in the timeless present -------------------------------------------

@pytest.mark.parametrize("text", [
    "No government ever gives up a power it has once held.",
    "Every politician loves a ribbon-cutting.",
    "But nobody reads the small print.",
    "No town council ever admits that its budget is too big.",
    "All the old ferries will rust in the end.",
])
def test_a_sweeping_generalisation_is_the_writers_opinion(text):
    label = only(text)
    assert label.label == "opinion", explain(label)
    cue = next(c for c in label.cues if c.family == "sweeping_claim")
    assert cue.kind == "certainty" and "everyone or no one" in cue.why and cue.text in text


@pytest.mark.parametrize("text", [
    "Nobody was hurt when the ferry ran aground.",          # past: what happened once
    "No one answered the door.",
    "No decision is expected before the council meets.",    # a passive announcement
    "No trains are running because of the strike.",         # a progressive: news of now
    "No ferries will run on 3 May.",                        # a date ties it to one occasion
    "No buses run today.",
    "The inspectors found no one at the site.",             # "no one" as the object
    "All of this cost the town money.",                     # "all of this" points back
    "Every year the ferry company raises its fares.",       # "every year" is a time, not a crowd
    "No doubt about it, the vote was close.",               # "no doubt" is not a crowd
])
def test_a_crowd_subject_on_one_occasion_is_no_generalisation(text):
    label = only(text)
    assert "sweeping_claim" not in {c.family for c in label.cues}, explain(label)


def test_a_generalisation_inside_quotation_marks_is_the_speakers():
    text = "\u201cNobody reads the small print,\u201d the clerk said."
    layer = TextLayer(text)
    quotes = [(q.start, q.end) for q in layer.quotations_in(0, len(text))]
    assert quotes and generalisation_cues(text, layer.tokens_in(0, len(text)), quotes) == []
    assert only(text).label == "attributed"


# --- the content of an idea belongs to the idea ---------------------------------------------------------

def test_a_should_inside_an_idea_the_sentence_describes_does_not_count_for_the_writer():
    label = only("The scheme grew out of the idea that every town should own its water supply.")
    assert label.label == "fact", explain(label)
    should = next(c for c in label.cues if c.text == "should")
    assert should.reported
    idea = next(c for c in label.cues if c.family == "described_idea")
    assert idea.text == "idea that" and "belongs to the idea" in idea.why
    assert "no weight" in explain(label)


def test_the_same_should_in_the_writers_own_clause_counts():
    label = only("Every town should own its water supply.")
    assert label.label == "opinion" and "modal_prescription" in own_families(label)


def test_the_writers_judgment_of_the_idea_still_counts():
    label = only("The council clings to the absurd idea that tolls should pay for everything.")
    assert label.label == "opinion", explain(label)
    assert "should" not in {c.text for c in label.cues if not c.reported and c.weight}


def test_an_idea_clause_ends_where_the_writer_takes_over():
    text = "The mayor rejected the suggestion that the ferry will close; it must stay open."
    layer = TextLayer(text)
    (cue, (start, end)), = idea_clauses(text, layer.tokens_in(0, len(text)))
    assert text[start:end] == "the ferry will close"
    assert cue.text == "suggestion that"


def test_that_after_a_noun_with_no_determiner_is_no_idea_clause():
    text = "In view that the bridge is shut, ferries run late."
    layer = TextLayer(text)
    assert idea_clauses(text, layer.tokens_in(0, len(text))) == []


# --- the writer's own clause after a report -------------------------------------------------------------

def test_the_writers_but_clause_after_a_report_counts_for_the_writer():
    label = only("The mayor called the new bridge a triumph, but in truth it is a shoddy, overpriced mess.")
    assert label.label == "opinion", explain(label)
    mess = next(c for c in label.cues if c.text == "mess")
    triumph = next(c for c in label.cues if c.text == "triumph")
    assert not mess.reported and triumph.reported


def test_the_same_words_inside_the_report_stay_the_speakers():
    label = only("The mayor called the new bridge a shoddy, overpriced mess.")
    assert label.label == "attributed" and label.source == "the mayor"


@pytest.mark.parametrize("text", [
    "The mayor said the bridge was a shoddy mess, but added that it would open in May.",
    "The mayor said the bridge was late, but that the design was superb.",
    "The mayor said the bridge was late, but she praised the superb design.",
    "The mayor said the bridge was a disgrace, but the council disagreed.",
])
def test_a_but_clause_where_a_speaker_goes_on_stays_reported(text):
    label = only(text)
    assert label.label == "attributed", explain(label)
    assert all(c.reported for c in label.cues if c.weight > 0), explain(label)
