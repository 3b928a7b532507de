"""Issue 16, fifth round: the writer's comment frames and judged degrees (`toolkit.claims.comment_frames`).

Every sentence here was written for this test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def own(label, family: str):
    return [c for c in label.cues if c.family == family and not c.reported]


# --- "it is telling that ...": the writer says how to take what follows -------------------------

@pytest.mark.parametrize("text, words", [
    ("It is telling that the council waited until the harbour had flooded twice.", "It is telling that"),
    ("It's easy to forget how close the ferry came to closing.", "It's easy to"),
    ("It was no secret that the old pier had been crumbling for years.", "It was no secret that"),
    ("It would be odd to blame the fishermen for the silted channel.", "It would be odd to"),
])
def test_a_comment_frame_makes_the_sentence_the_writers_view(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert [c.text for c in own(label, "comment_frame")] == [words]


@pytest.mark.parametrize("text", [
    "It is unclear whether the ferry will run through the winter.",
    "It is illegal to fish inside the harbour wall after dark.",
    "It was expected that the vote would be held on Tuesday.",
])
def test_a_frame_that_reports_knowledge_or_a_rule_is_no_comment(text):
    label = only(text)
    assert not own(label, "comment_frame")
    assert label.label != "opinion", label.summary


def test_a_comment_frame_inside_someone_elses_words_stays_theirs():
    label = only("The harbour master said it was telling that nobody had checked the pumps.")
    assert label.label == "attributed"
    assert all(c.reported for c in label.cues if c.family == "comment_frame")


# --- "too narrow", "far too slow": the writer's measure of what is enough ------------------------

@pytest.mark.parametrize("text, words", [
    ("The new bridge is far too narrow for the buses that cross it.", "far too narrow"),
    ("The board was too timid to close the crumbling pier.", "too timid"),
])
def test_too_before_an_adjective_is_a_verdict(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert [c.text for c in own(label, "excess_degree")] == [words]


@pytest.mark.parametrize("text", [
    "The harbour master, too, left the meeting before the vote.",
    "They too have moved their boats to the northern quay.",
    "The last bus arrived too late for the evening ferry.",
    "The water level rose too quickly for the pumps on Monday.",
])
def test_too_meaning_also_or_telling_time_is_no_verdict(text):
    label = only(text)
    assert not own(label, "excess_degree")
    assert label.label == "fact", label.summary


def test_a_judged_degree_inside_a_report_stays_the_speakers():
    label = only("The mayor said the new bridge was too narrow for the buses.")
    assert label.label == "attributed"
    assert all(c.reported for c in label.cues if c.family == "excess_degree")
