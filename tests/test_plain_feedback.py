"""What students read says what they found, what they missed and where, and what to look at next:
no precision, recall, F1 or "% sure". The figures stay with instructors (the gradebook, `SpanScore`).

Every student-facing text produced for the sample and the practice article is scanned: the
widgets' HTML, the feedback of every exercise question for a right, a partial and a wrong answer,
the annotation tool's check, the sorting activity, the rewrite checker and the labels' explanations.
"""

from __future__ import annotations

import re

import pytest

from toolkit import load_article
from toolkit.annotation.scoring import score_spans
from toolkit.annotation.spans import load_span_key
from toolkit.claims.sentence_labels import explain, label_sentences
from toolkit.claims.sorting import Choice, check_choices
from toolkit.exercises import Exercise
from toolkit.keys.sentence_keys import load_sentence_key
from toolkit.loaded.rewrite_comparison import compare_rewrite
from toolkit.widgets.rewrite_activity import comparison_html
from toolkit.widgets.sorting_activity import feedback_html
from toolkit.widgets.who_is_speaking import reasons_html, summary_html, voices_html
from tests.conftest import ROOT
from tests.test_exercise_content import all_questions, right_answer, wrong_answer

JARGON = re.compile(r"\bprecision\b|\brecall\b|\bF1\b|\d+\s*% sure|\bsure\)", re.IGNORECASE)
SEEDS = ("turkey-s400", "riverside-water")


def assert_plain(text: str, where: str) -> None:
    found = JARGON.search(text)
    assert found is None, f"{where}: {found.group()!r} in {text[max(0, found.start() - 80):found.end() + 40]!r}"


def partial_answer(exercise: Exercise, raw: dict, right):
    """Half right: half the marks, or one sentence relabelled, or the wrong answer where there is no half."""
    if raw["type"] == "find_spans" and isinstance(right, list) and len(right) > 1:
        return right[: len(right) // 2]
    if raw["type"] == "choice" and isinstance(right, list) and len(right) > 1:
        return right[:1]
    return wrong_answer(exercise, raw, right)


@pytest.mark.parametrize("exercise_id, raw", all_questions(), ids=[f"{e}-{q['id']}" for e, q in all_questions()])
def test_every_question_answers_in_plain_words(exercise_id, raw, work_dir):
    exercise = Exercise(exercise_id)
    right = right_answer(exercise, raw)
    for kind, answer in (("wrong", wrong_answer(exercise, raw, right)), ("partial", partial_answer(exercise, raw, right)),
                         ("right", right)):
        result = exercise.check(raw["id"], answer)
        assert_plain(result.report(), f"{exercise_id} {raw['id']} ({kind})")
        for item in result.items:
            assert_plain(f"{item.feedback} {item.label}", f"{exercise_id} {raw['id']} ({kind}) item")


@pytest.mark.parametrize("slug", SEEDS)
def test_the_widgets_and_explanations_speak_plainly(slug):
    article = load_article(ROOT / "seeds" / slug)
    labels = label_sentences(article)
    from toolkit.claims.sentence_labels import voice_summary

    assert_plain(voices_html(article, labels), "who is speaking")
    assert_plain(summary_html(voice_summary(article, labels)), "voices table")
    for label in labels:
        assert_plain(reasons_html(label), f"reasons {label.sentence_id}")
        assert_plain(explain(label), f"explain {label.sentence_id}")
    key = load_sentence_key(article)
    by_id = {label.sentence_id: label for label in labels}
    ids = [s.id for s in article.sentences]
    for choice in ("fact", "attributed", "opinion", "no_claim"):
        result = check_choices(key, {sid: Choice(choice, "someone") for sid in ids}, ids, by_id, include_no_claim=True)
        for item in result.feedback:
            assert_plain(feedback_html(item), f"sorting {item.sentence_id} as {choice}")


@pytest.mark.parametrize("slug", SEEDS)
def test_the_annotation_check_says_found_missed_where_and_what_next(slug):
    article = load_article(ROOT / "seeds" / slug)
    key = load_span_key(article)
    loaded = key.spans_with("loaded")
    from toolkit.annotation.spans import Span

    half = [Span.of(article, s.start, s.end, "loaded", id=f"m{n}") for n, s in enumerate(loaded[: len(loaded) // 2])]
    last = article.sentences[-1]
    stray = [Span.of(article, last.start, last.end, "loaded", id="stray")]
    for marks in (half, half + stray, []):
        score = score_spans(marks, key, labels="loaded", article=article)
        text = "\n".join(score.feedback)
        assert_plain(text, "annotation check")
        if marks == half:
            assert "you found" in text and "missed in" in text and "Next: reread" in text
        assert score.by_label["loaded"].recall is not None or not loaded  # the figures stay for instructors


def test_the_rewrite_checker_speaks_plainly():
    article = load_article(ROOT / "seeds" / "turkey-s400")
    original = article.blocks[2].text
    for rewrite in ("Turkey is a country.", "Turkey may be preparing to leave the western alliance.", original + " Yes."):
        assert_plain(comparison_html(compare_rewrite(original, rewrite)), "rewrite")
