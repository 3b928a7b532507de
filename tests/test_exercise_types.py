"""Each question type: right, wrong, partly right and malformed answers, with honest headlines."""

from __future__ import annotations

import pytest

from toolkit.exercises.results import AnswerError, ItemResult, headline
from tests.exercise_helpers import grade, one

CHOICE_ONE = dict(options=[{"text": "Red", "feedback": "Red is warm."},
                           {"text": "Blue", "correct": True, "feedback": "Blue is right."},
                           {"text": "Green"}])
CHOICE_MANY = dict(options=[{"text": "A", "correct": True}, {"text": "B", "correct": True},
                            {"text": "C"}, {"text": "D"}])


# ----- headlines ---------------------------------------------------------------------------------

def items(*statuses):
    return [ItemResult(f"i{n}", s, 1.0 if s == "right" else 0.0, 1 / len(statuses)) for n, s in enumerate(statuses)]


@pytest.mark.parametrize("statuses, expected", [
    (("right",), "Right."),
    (("wrong",), "Not right."),
    (("right", "right"), "Both answers right."),
    (("right", "right", "right"), "All 3 answers right."),
    (("right", "wrong", "right"), "2 of 3 answers right, 1 wrong."),
    (("right", "missing", "partly"), "1 of 3 answers right, 1 partly right, 1 not answered."),
])
def test_headline_counts_items_and_never_says_all_when_one_is_not_right(statuses, expected):
    assert headline(items(*statuses)) == expected


@pytest.mark.parametrize("bad", ["wrong", "partly", "missing"])
def test_no_headline_says_all_right_while_an_item_is_not(bad):
    for size in range(2, 6):
        line = headline(items(*(["right"] * (size - 1) + [bad])))
        assert not line.startswith(("All", "Both")) and "right" in line


# ----- choice --------------------------------------------------------------------------------------

def test_choice_single_right_wrong_and_feedback_per_option(sample):
    right = grade("choice", "b", sample, **CHOICE_ONE)
    assert right.credit == 1 and right.headline() == "Right." and "Blue is right." in right.feedback[0]
    wrong = grade("choice", "Red", sample, **CHOICE_ONE)  # an option's words work as well as its letter
    assert wrong.credit == 0 and wrong.headline() == "Not right." and "Red is warm." in wrong.feedback[0]


@pytest.mark.parametrize("answer, message", [
    (None, "Choose an answer first"), ("", "Choose an answer first"), ("z", "no option"),
    (["a", "b"], "one answer only"), (7, "no option"),
])
def test_choice_malformed_answers_say_what_to_do(sample, answer, message):
    q, _ = one("choice", sample, **CHOICE_ONE)
    with pytest.raises(AnswerError, match=message):
        q.body.parse_answer(answer)


def test_choice_multiple_partial_credit_and_wrong_picks_cost(sample):
    assert grade("choice", ["a", "b"], sample, **CHOICE_MANY).credit == 1
    half = grade("choice", ["a"], sample, **CHOICE_MANY)
    assert half.credit == 0.5 and half.headline() == "You chose 1 of the 2 right answers."
    assert "1 right answer not chosen yet." in half.feedback
    # A missed right answer is counted, never named: no item carries its option id.
    assert {i.item for i in half.items} == {"a", "missed-1"}
    mixed = grade("choice", ["a", "b", "c"], sample, **CHOICE_MANY)
    assert mixed.credit == 0.5 and "and 1 wrong one" in mixed.headline()
    assert grade("choice", ["a", "b", "c", "d"], sample, **CHOICE_MANY).credit == 0  # choosing everything earns nothing
    assert grade("choice", ["c"], sample, **CHOICE_MANY).credit == 0


def test_choice_reveal_names_the_right_options(sample):
    q, sealer = one("choice", sample, **CHOICE_MANY)
    assert q.body.reveal(sealer) == ("The right answers: (a) A; (b) B",)


# ----- label_sentences -----------------------------------------------------------------------------

LABELS = dict(sentences=["s15", "s16", "s17", "s20"], ask_source=True,
              answers={"s15": "fact", "s16": {"label": "attributed", "source": "Fikri Isik"},
                       "s17": {"label": "attributed", "source": "Fikri Isik", "via": "TASS"},
                       "s20": {"label": "opinion", "accept": ["attributed"], "note": "Considered by whom?"}})


def test_label_sentences_right_with_sources(sample):
    result = grade("label_sentences", {"s15": "fact", "s16": {"label": "attributed", "source": "Defense Minister Isik"},
                                       "s17": {"label": "Attributed claim", "source": "isik"}, "s20": "opinion"},
                   sample, **LABELS)
    assert result.credit == 1 and result.headline() == "All 4 sentences right."


def test_label_sentences_partial_credit_per_sentence(sample):
    result = grade("label_sentences", {"s15": "opinion", "s16": {"label": "attributed", "source": ""},
                                       "s17": {"label": "attributed", "source": "TASS"},
                                       "s20": "attributed"}, sample, **LABELS)
    by_item = {i.item: i for i in result.items}
    assert by_item["s15"].status == "wrong" and by_item["s15"].credit == 0
    assert by_item["s16"].credit == pytest.approx(0.6) and "name who" in by_item["s16"].feedback
    assert by_item["s17"].credit == pytest.approx(0.8) and "passed the words on" in by_item["s17"].feedback
    assert by_item["s20"].credit == 0.5 and "defensible" in by_item["s20"].feedback
    assert result.credit == pytest.approx((0 + 0.6 + 0.8 + 0.5) / 4)
    assert result.headline() == "0 of 4 sentences right, 3 partly right, 1 wrong."
    # Wrong-label feedback never names the right label.
    assert "fact" not in by_item["s15"].feedback.lower()


def test_label_sentences_answers_come_from_the_reviewed_key_by_default(sample):
    right = {"s2": "opinion", "s16": "attributed", "s23": "fact"}
    assert grade("label_sentences", right, sample, sentences=["s2", "s16", "s23"]).credit == 1
    q, sealer = one("label_sentences", sample, passage={"paragraph": 10})
    assert q.body.sentence_ids == ["s25", "s26"]
    assert any("writer's own guess" in line for line in q.body.reveal(sealer))  # the key's note, once finished


@pytest.mark.parametrize("answer, message", [
    ({}, "Choose a label"), ({"s15": "fact"}, "s16, s17 and s20|s16, s17, s20"),
    ({"s99": "fact"}, "not s99"), ({"s15": "maybe", "s16": "fact", "s17": "fact", "s20": "fact"}, "not a label"),
    (["fact"], "one label per sentence"), ("fact", "Choose a label"),
])
def test_label_sentences_malformed_answers(sample, answer, message):
    q, _ = one("label_sentences", sample, **LABELS)
    with pytest.raises(AnswerError, match=message):
        q.body.parse_answer(answer)


def test_label_sentences_listed_in_order(sample):
    assert grade("label_sentences", ["fact", "attributed", "attributed", "opinion"], sample,
                 sentences=["s15", "s16", "s17", "s20"]).credit == 1


# ----- find_spans ----------------------------------------------------------------------------------

FRAMING = dict(passage={"part": "framing"}, label="loaded", find=4)


def test_find_spans_counts_marks_that_match_the_key(sample):
    right = grade("find_spans", ["enemy", "enemy", "hold American soldiers hostage", "world-war axis"], sample, **FRAMING)
    assert right.credit == 1 and right.headline() == "All 4 marks right."
    some = grade("find_spans", ["enemy", "Turkey", "jumping ship"], sample, **FRAMING)
    assert some.credit == 0.5
    assert some.headline() == "2 of 4 marks right, 1 wrong, 1 not made yet."
    assert any("\u201cTurkey\u201d (paragraph 1) is not one of" in line for line in some.feedback)
    assert "Find 2 more loaded phrases in the framing (paragraphs 1 and 2)." in some.feedback


def test_find_spans_partial_mark_and_too_long_marks(sample):
    soldiers = sample.text.index("soldiers hostage at Incirlik")
    near = grade("find_spans", [{"start": soldiers, "end": soldiers + len("soldiers hostage at Incirlik")}],
                 sample, **FRAMING)
    assert near.items[0].status == "right" and "other words" in near.items[0].feedback  # half the words is enough
    graze = grade("find_spans", ["hostage at Incirlik"], sample, **FRAMING)
    assert graze.items[0].status == "wrong" and "touches one" in graze.items[0].feedback
    paragraph = sample.blocks[1]
    whole = grade("find_spans", [{"start": paragraph.start, "end": paragraph.end}], sample, **FRAMING)
    assert whole.items[0].status == "partly" and whole.credit == pytest.approx(0.5 / 4)


def test_find_spans_without_a_count_scores_f1_over_the_key(sample):
    spec = dict(passage={"paragraph": 5}, label="source")  # the key: Isik, Russia's TASS news agency
    assert grade("find_spans", ["Isik", "Russia\u2019s TASS news agency"], sample, **spec).credit == 1
    found_one = grade("find_spans", ["Isik"], sample, **spec)
    assert found_one.credit == pytest.approx(2 / 3, abs=1e-3)
    assert found_one.headline() == "You found 1 of the 2 sources in paragraph 5."
    extra = grade("find_spans", ["Isik", "Russia\u2019s TASS news agency", "Putin"], sample, **spec)
    assert extra.credit == pytest.approx(0.8) and "1 of your marks is not in the key" in extra.headline()


def test_find_spans_key_may_be_listed_as_phrases(sample):
    spec = dict(passage={"paragraph": 1}, label="loaded", key=["enemy"])  # every occurrence is a key span
    assert grade("find_spans", ["enemy", "enemy"], sample, **spec).credit == 1
    assert grade("find_spans", ["enemy"], sample, **spec).credit == pytest.approx(2 / 3, abs=1e-3)


@pytest.mark.parametrize("answer, message", [
    ([], "Mark at least one"), (None, "Mark at least one"), (["not in the text"], "is not in the framing"),
    (["NATO ally Turkey"], "is not in the framing"), ([{"start": 1500, "end": 1510}], "outside the framing"),
    ([{"start": 5, "end": 2}], "start and end"), (["enemy", "enemy", "hostage", "jumping ship", "world-war axis"],
                                                   "at most 4"),
    ([{"start": 117, "end": 122, "label": "source"}], "checks Loaded language marks only"), (42, "list of phrases"),
])
def test_find_spans_malformed_answers(sample, answer, message):
    q, _ = one("find_spans", sample, **FRAMING)
    with pytest.raises(AnswerError, match=message):
        q.body.parse_answer(answer)


def test_find_spans_phrases_take_the_next_occurrence(sample):
    q, _ = one("find_spans", sample, **FRAMING)
    marks = q.body.parse_answer(["enemy", "Enemy"])
    assert [m["start"] for m in marks] == [117, 188] and all(m["text"] == "enemy" for m in marks)


# ----- numeric -------------------------------------------------------------------------------------

NUMBER = dict(answer=13.05, tolerance=0.3, partial={"within": 1.5, "credit": 0.5}, unit="grade")


@pytest.mark.parametrize("answer, credit, word", [
    ("13.0", 1, "right"), (13.3, 1, "right"), ("13,1", 1, "right"), ("about 13", 1, "right"),
    ("14", 0.5, "a little too high"), (12, 0.5, "a little too low"), ("20", 0, "too high"), (-3, 0, "too low"),
])
def test_numeric_tolerance_and_partial_credit(sample, answer, credit, word):
    result = grade("numeric", answer, sample, **NUMBER)
    assert result.credit == credit and word in result.feedback[0]
    assert "13.05" not in result.feedback[0]  # the answer itself is never in the feedback


@pytest.mark.parametrize("answer", ["", "many", "12 or 13", None, True, float("nan"), [13]])
def test_numeric_malformed_answers(sample, answer):
    q, _ = one("numeric", sample, **NUMBER)
    with pytest.raises(AnswerError):
        q.body.parse_answer(answer)


def test_numeric_reads_thousands_and_decimal_commas(sample):
    q, _ = one("numeric", sample, answer=1200)
    assert q.body.parse_answer("1,200") == 1200 and q.body.parse_answer("1,5") == 1.5
    assert q.body.parse_answer("\u22123") == -3


# ----- short_text ----------------------------------------------------------------------------------

OUTLET = dict(answers=["The Daily Caller", "dailycaller.com"],
              near=[{"answer": "Reuters", "feedback": "that is the photo agency."}])


@pytest.mark.parametrize("answer", ["The Daily Caller", "daily caller", "  DAILY   CALLER. ", "the Daily-Caller",
                                    "dailycaller.com", "\u201cDaily Caller\u201d"])
def test_short_text_matches_normal_forms(sample, answer):
    assert grade("short_text", answer, sample, **OUTLET).credit == 1


def test_short_text_wrong_and_near_answers(sample):
    near = grade("short_text", "reuters", sample, **OUTLET)
    assert near.credit == 0 and "photo agency" in near.feedback[0]
    wrong = grade("short_text", "Daily Mail", sample, **OUTLET)
    assert wrong.credit == 0 and "check the spelling" in wrong.feedback[0]


def test_short_text_accents_do_not_matter(sample):
    assert grade("short_text", "Isik", sample, answers=["I\u015f\u0131k"]).credit == 1


def test_short_text_blanks_partial_credit_and_any_order(sample):
    blanks = dict(blanks=[{"label": "Agency", "answers": ["Reuters"]}, {"label": "Photographer", "answers": ["Dukor"]}])
    assert grade("short_text", ["Reuters", "Dukor"], sample, **blanks).credit == 1
    half = grade("short_text", {"Agency": "Reuters", "Photographer": "Smith"}, sample, **blanks)
    assert half.credit == 0.5 and half.headline() == "1 of 2 blanks right, 1 wrong."
    assert grade("short_text", ["Dukor", "Reuters"], sample, **blanks).credit == 0
    assert grade("short_text", ["Dukor", "Reuters"], sample, any_order=True, **blanks).credit == 1


@pytest.mark.parametrize("answer, message", [
    ("", "Type your answer"), ("...", "Type your answer"), (["a", "b"], "Type your answer"),
    ("x" * 300, "under 200"), ({"b9": "x"}, "Type your answer"),
])
def test_short_text_malformed_answers(sample, answer, message):
    q, _ = one("short_text", sample, **OUTLET)
    with pytest.raises(AnswerError, match=message):
        q.body.parse_answer(answer)


def test_short_text_empty_blank_is_named(sample):
    q, _ = one("short_text", sample, blanks=[{"label": "Agency", "answers": ["Reuters"]},
                                              {"label": "Photographer", "answers": ["Dukor"]}])
    with pytest.raises(AnswerError, match="Photographer is empty"):
        q.body.parse_answer(["Reuters", " "])


# ----- rewrite -------------------------------------------------------------------------------------

REWRITE = dict(passage={"paragraph": 2})
NEUTRAL = ("Turkey is strengthening its defense positions. It may be preparing to leave the western alliance and "
           "move closer to the Shanghai Cooperation Organization, which is led by Russia and China and acts as a "
           "counterweight to NATO and the West.")


def test_rewrite_neutral_version_is_right(sample):
    result = grade("rewrite", NEUTRAL, sample, **REWRITE)
    assert result.credit == 1 and result.headline() == "Both parts right."
    assert "Loaded words or phrases: 3 before, 0 after." in result.feedback


def test_rewrite_partial_credit_for_loaded_words_left_and_facts_lost(sample):
    still_loaded = grade("rewrite", "Turkey may be jumping ship from NATO and the West to join the world-war axis of "
                                    "the Shanghai Cooperation Organization, Russia and China.", sample, **REWRITE)
    by_item = {i.item: i for i in still_loaded.items}
    assert by_item["loaded"].status in ("partly", "wrong") and by_item["facts"].status == "right"
    assert 0 < still_loaded.credit < 1 and not still_loaded.headline().startswith(("All", "Both"))
    lost = grade("rewrite", "A country is changing its alliances.", sample, **REWRITE)
    assert {i.item: i for i in lost.items}["facts"].status != "right"
    assert any("no longer says" in line for line in lost.feedback)


@pytest.mark.parametrize("answer, message", [("", "Write your rewrite"), ("   ", "Write your rewrite"),
                                             (None, "Write your rewrite")])
def test_rewrite_malformed_answers(sample, answer, message):
    q, _ = one("rewrite", sample, **REWRITE)
    with pytest.raises(AnswerError, match=message):
        q.body.parse_answer(answer)


def test_rewrite_same_as_original_is_not_checked(sample):
    q, _ = one("rewrite", sample, **REWRITE)
    with pytest.raises(AnswerError, match="same as the original"):
        q.body.parse_answer(sample.blocks[2].text.replace("\u2019", "'").upper())
