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


# --- "was so slow": "so" before an adjective is a degree word, capped when it is alone ----------

def test_so_before_an_adjective_turns_a_description_up_but_alone_does_not_flip_it():
    label = only("The old ferry was so slow.")
    assert [c.text for c in own(label, "intensifiers")] == ["so slow"]
    assert label.label == "fact", label.summary


def test_so_before_an_adjective_counts_with_other_evidence():
    label = only("Everything about the new timetable is so confusing.")
    assert [c.text for c in own(label, "intensifiers")] == ["so confusing"]
    assert label.label == "opinion", label.summary


@pytest.mark.parametrize("text", [
    "The ferry was so called because it carried the mail.",
    "The council did so on Monday.",
])
def test_so_that_is_no_degree_word(text):
    assert not own(only(text), "intensifiers")


# --- phrases that grade or press an argument ("at best", "here's the thing") --------------------

@pytest.mark.parametrize("text, words", [
    ("The new timetable is a modest gain at best.", "at best"),
    ("Here's the thing: the ferry never paid its way.", "Here's the thing"),
    ("It goes without saying that the pier needs a new deck.", "It goes without saying"),
])
def test_phrases_that_grade_or_press_an_argument_are_the_writers(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.text == words and not c.reported for c in label.cues)


# --- a voice nobody names shields the sentence only while the writer's words lean to fact ------

def test_an_unowned_quotation_does_not_hide_the_writers_verdict():
    label = only("\u201cA fresh start for the waterfront\u201d was the promise, and the result is a shabby car park.")
    assert label.label == "opinion", label.summary


def test_an_unowned_quotation_in_a_plain_sentence_stays_attributed():
    label = only("\u201cA fresh start for the waterfront\u201d was the slogan printed on the council's leaflets.")
    assert label.label != "opinion", label.summary


def test_a_named_speaker_still_owns_the_same_words():
    label = only("The mayor said \u201ca fresh start for the waterfront\u201d would follow, and the result is a car park.")
    assert label.label == "attributed", label.summary


# --- an obligation a procedure imposes, with its agent named, is checkable -------------------------

@pytest.mark.parametrize("text", [
    "The harbour lease still needs to be ratified by the full council.",
    "The new fees must first be approved by the port authority.",
])
def test_a_step_of_a_procedure_is_no_prescription(text):
    label = only(text)
    assert not [c for c in label.cues if c.family == "modal_prescription"]
    assert label.label == "fact", label.summary


@pytest.mark.parametrize("text", [
    "The harbour lease should be ratified by the full council.",
    "The new fees ought to be approved by the port authority.",
    "The pier closure must be stopped by the council.",
])
def test_an_ought_or_a_demand_in_the_passive_is_still_the_writers(text):
    label = only(text)
    assert [c for c in label.cues if c.family == "modal_prescription" and not c.reported]
    assert label.label == "opinion", label.summary


# --- a loaded word as what the subject *is* counts in full -----------------------------------------

def test_a_loaded_word_after_is_is_the_writers_verdict():
    from toolkit.loaded.detect import detect

    text = "The harbour levy is a racket."
    spans = [s for s in detect(text) if s.text.lower() == "racket"]
    assert spans and spans[0].strength < 1.0  # rated mild elsewhere: here it is the whole claim
    label = only(text)
    assert label.label == "opinion", label.summary


def test_the_same_loaded_word_in_the_body_of_a_sentence_keeps_its_own_strength():
    from toolkit.claims.verdict_predicates import is_verdict_predicate
    from toolkit.text.layer import TextLayer

    text = "Police broke up a racket at the harbour on Monday."
    tokens = TextLayer(text).tokens
    assert not is_verdict_predicate(tokens, text.index("racket"))
    assert is_verdict_predicate(TextLayer("The levy is a racket.").tokens, len("The levy is a "))
    assert not is_verdict_predicate(TextLayer("The mayor is under attack.").tokens, len("The mayor is "))


# --- judgment words added this round: indulging, indoctrinating, verdict nouns and idioms -------

@pytest.mark.parametrize("text, words", [
    ("The council has coddled the marina developers for a decade.", "coddled"),
    ("The harbour board upped the ante by doubling the mooring fees.", "upped the ante"),
    ("The fee rise is a smokescreen for selling the pier.", "smokescreen"),
    ("The board's response to the flooding was tone-deaf.", "tone-deaf"),
])
def test_judgment_words_of_the_fifth_round(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert any(c.text == words and not c.reported and c.weight > 0 for c in label.cues)


# --- "it is a pity that", "there is no excuse for": the comment in a noun --------------------------

@pytest.mark.parametrize("text, words", [
    ("It is a pity that the ferry closed before the summer.", "It is a pity that"),
    ("It's a sad fact of harbour life that the pumps always fail in March.", "It's a sad fact of harbour life that"),
    ("There is no excuse for leaving the pier unlit.", "There is no excuse for"),
])
def test_a_comment_noun_makes_the_sentence_the_writers_view(text, words):
    label = only(text)
    assert label.label == "opinion", label.summary
    assert [c.text for c in own(label, "comment_frame")] == [words]


@pytest.mark.parametrize("text", [
    "It is a measure of how much water the pumps can move.",
    "It was a Tuesday when the ferry made its last crossing.",
    "There was no reason given for the closure of the pier.",
])
def test_a_plain_noun_in_the_same_frame_is_no_comment(text):
    label = only(text)
    assert not own(label, "comment_frame")
    assert label.label == "fact", label.summary


def test_it_is_not_like_someone_to_judges_their_character():
    label = only("It is not like the harbour board to give up a fee without a fight.")
    assert label.label == "opinion", label.summary
    assert [c.text for c in own(label, "comment_frame")] == ["It is not like the harbour board to"]


def test_it_looks_like_is_no_judgment_of_character():
    label = only("It looks like the ferry will sail on time.")
    assert not own(label, "comment_frame")


def test_a_comment_frame_after_a_report_is_not_read_as_the_speaker_going_on():
    labels = label_text("The harbour board said on Monday that the pumps were working. "
                        "It is telling that the council waited until the harbour had flooded twice.")
    assert [label.label for label in labels] == ["attributed", "opinion"], [label.summary for label in labels]
