"""Issue 16, sixth round: verbless fragments, "of course" in narration, the writer's comment on a quotation.

Modules: `toolkit.claims.writer_fragments`, `toolkit.claims.quote_comments`, and the weak-signal cap in
`toolkit.claims.sentence_labels`. Every sentence here was written for this test; none comes from an
evaluation set.
"""

from __future__ import annotations

import pytest

from toolkit.claims.quote_comments import writer_comment_spans
from tests.label_helpers import only, own
from toolkit.claims.writer_fragments import fragment_cues
from toolkit.text.layer import TextLayer


# --- a verbless fragment opened by a word of reasoning ------------------------------------------

@pytest.mark.parametrize("text", [
    "Hence the rush to sell the harbour land.",
    "Not fewer ferries; only a slower crossing at twice the fare.",
    "Thus the endless talk of a second bridge.",
    "Of course not.",
])
def test_a_verbless_fragment_of_reasoning_is_the_writers_comment(text):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert len(own(label, "verbless_comment")) == 1


@pytest.mark.parametrize("text", [
    "Hence the council raised the harbour fee in May.",
    "Thus the ferry runs twice a day in winter.",
    "Not one ferry sailed on Tuesday.",
    "Hence the question: who pays for the bridge?",
    "The rush to sell the harbour land.",
])
def test_a_fragment_with_a_verb_or_no_opener_is_no_comment(text):
    layer = TextLayer(text)
    assert fragment_cues(text, layer.tokens_in(0, len(text))) == []


def test_the_fragment_cue_names_its_opener_and_covers_the_fragment():
    text = "Hence the rush to sell the harbour land."
    cue = own(only(text), "verbless_comment")[0]
    assert cue.text == "Hence the rush to sell the harbour land"
    assert "\u201cHence\u201d" in cue.why


# --- "of course" in narration is a weak signal --------------------------------------------------

def test_a_lone_of_course_does_not_make_a_narrated_fact_an_opinion():
    label = only("And of course, the ferry left on time.")
    assert label.label == "fact", label.summary
    assert own(label, "certainty") and 0 < own(label, "certainty")[0].weight <= 0.5


def test_of_course_with_another_cue_counts_in_full():
    label = only("Of course, the council's plan is a disgraceful waste.")
    assert label.label == "opinion"
    assert own(label, "certainty")[0].weight == pytest.approx(1.0)


def test_other_words_of_certainty_keep_their_weight_alone():
    label = only("Obviously the ferry left on time.")
    assert label.label == "opinion"


# --- the writer's comment after a quotation -----------------------------------------------------

@pytest.mark.parametrize("text, judged", [
    ("The minister said, \u201cWe will cut every tax,\u201d a hollow pledge from a party that raised them twice.",
     "hollow"),
    ("\u201cWe will cut every tax,\u201d the minister said, a hollow pledge.", "hollow"),
    ("The mayor promised \u201ca greener city for all\u201d, a slogan that ignores the shameful state of the buses.",
     "shameful"),
])
def test_an_appositive_after_a_quotation_is_the_writers_verdict(text, judged):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.text == judged and c.weight > 0 for c in label.cues if not c.reported)


def test_a_new_sentence_after_a_closed_quotation_is_the_writers():
    text = ("The minister promised that \u201cevery harbour will reopen by spring.\u201d "
            "This is a laughable timetable.")
    label = only(text, split=False)
    assert label.label == "opinion", label.summary
    assert not any(c.reported for c in label.cues if c.text == "laughable")


@pytest.mark.parametrize("text", [
    "\u201cWe will cut every tax,\u201d a party spokesman said.",
    "The minister said, \u201cWe will cut every tax.\u201d Her deputy warned of a shameful betrayal.",
])
def test_a_speaker_after_the_quotation_keeps_it_a_report(text):
    label = only(text, split=False)
    assert label.label == "attributed", label.summary


def test_comment_spans_start_after_the_quotation():
    text = "The mayor promised \u201ca greener city\u201d, a slogan with no buses behind it."
    layer = TextLayer(text)
    quotes = [(q.start, q.end) for q in layer.quotations_in(0, len(text))]
    spans = writer_comment_spans(text, layer.tokens_in(0, len(text)), quotes, len(text))
    assert [text[a:b] for a, b in spans] == ["a slogan with no buses behind it."]


def test_not_exactly_opens_a_verbless_verdict():
    label = only("Not exactly a vote of confidence in the harbour board.")
    assert label.label == "opinion" and own(label, "verbless_comment")


# --- the "we" of a signpost ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "As we have seen, the harbour fee rose twice in 2019.",
    "Let us turn to the harbour accounts.",
    "We speak here of every ferry that calls at the island, large or small.",
])
def test_a_signpost_we_carries_no_weight(text):
    label = only(text)
    assert label.label == "fact", label.summary
    signposts = own(label, "signpost")
    assert len(signposts) == 1 and signposts[0].weight == 0
    assert "guiding the reader" in signposts[0].why


def test_a_we_outside_a_signpost_still_argues():
    label = only("We deserve a harbour that works for the whole island.")
    assert label.label == "opinion"
    assert own(label, "first_person_plural")[0].weight > 0


def test_hedges_keep_their_weight_alone():
    """A lone hedge is the writer's own guess (see `LONE_SIGNALS`): "of course" is capped, hedges are not."""
    assert only("The ferry apparently left on time.").label == "opinion"
    assert only("Ferries tend to run late in winter.").label == "opinion"
