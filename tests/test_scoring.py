"""Scoring marks against a key: lenient overlap, one-to-one matching, exact figures, honest feedback."""

from __future__ import annotations

import pytest

from toolkit.annotation.spans import Span, load_span_key
from toolkit.annotation.scoring import match_spans, overlaps_enough, score_spans

#           0         1         2         3         4
#           0123456789012345678901234567890123456789012345
TEXT = "alpha bravo charlie delta echo foxtrot golf hotel"


def s(start, end, label="loaded", id=None):
    return Span.of(TEXT, start, end, label, id=id)


def test_overlap_is_measured_against_the_shorter_span():
    key = s(0, 11)  # "alpha bravo" (11)
    assert overlaps_enough(s(6, 11), key)  # "bravo" lies wholly inside the key span
    assert overlaps_enough(s(0, 30), key)  # a long mark covering all of the key span
    assert not overlaps_enough(s(9, 19), key)  # "vo charlie" shares "vo": 2 of 10 characters
    assert not overlaps_enough(s(12, 19), key)  # no shared characters at all


def test_the_threshold_is_exactly_half_of_the_shorter():
    key = s(0, 19)  # "alpha bravo charlie" (19)
    mark = s(15, 23)  # "rlie del" (8): shares "rlie" = 4 = half of 8
    assert mark.overlap(key) == 4 and overlaps_enough(mark, key)
    shorter = s(16, 24)  # "lie delt" (8): shares "lie" = 3 < 4
    assert shorter.overlap(key) == 3 and not overlaps_enough(shorter, key)


def test_perfect_marks():
    key = [s(0, 5), s(12, 19)]
    score = score_spans([s(0, 5), s(12, 19)], key)
    figures = score.by_label["loaded"]
    assert (figures.precision, figures.recall, figures.f1) == (1.0, 1.0, 1.0)
    assert (figures.exact_precision, figures.exact_recall, figures.exact_f1) == (1.0, 1.0, 1.0)
    assert score.missed == () and score.unmatched == ()
    assert "every edge exact" in score.report()


def test_one_long_mark_over_three_key_phrases_finds_one():
    key = [s(0, 5), s(6, 11), s(12, 19)]
    mark = s(0, 19)  # "alpha bravo charlie": overlaps each by all of the key phrase
    score = score_spans([mark], key)
    figures = score.by_label["loaded"]
    assert figures.matched == 1 and figures.recall == pytest.approx(1 / 3) and figures.precision == 1.0
    assert figures.f1 == pytest.approx(0.5)
    assert figures.exact == 0
    assert len(score.missed) == 2


def test_marking_one_phrase_twice_counts_once():
    key = [s(0, 11)]
    score = score_spans([s(0, 5), s(0, 11), s(6, 11)], key)
    figures = score.by_label["loaded"]
    assert (figures.matched, figures.student_count) == (1, 3)
    assert figures.precision == pytest.approx(1 / 3) and figures.recall == 1.0
    assert figures.exact == 1


def test_matching_is_maximal_not_greedy():
    # The first mark could take either key span; the second only the first one. A greedy pass
    # that gave key 0 to mark 0 would find 1 match; the maximum matching finds 2.
    key = [s(0, 5, id="k0"), s(6, 11, id="k1")]
    marks = [s(0, 11, id="m0"), s(0, 5, id="m1")]
    assert match_spans(marks, key) == [(0, 1), (1, 0)]
    score = score_spans(marks, key)
    assert score.by_label["loaded"].matched == 2
    assert sorted(score.matches) == [("m0", 1), ("m1", 0)]


def test_labels_are_scored_separately():
    key = [s(0, 5, "loaded"), s(12, 19, "fact")]
    score = score_spans([s(0, 5, "fact"), s(12, 19, "fact")], key)
    assert score.by_label["loaded"].matched == 0 and score.by_label["loaded"].precision is None
    assert score.by_label["fact"].matched == 1 and score.by_label["fact"].precision == 0.5
    assert score.missed[0].marked_as == "fact"
    assert score.total.key_count == 2 and score.total.student_count == 2 and score.total.matched == 1


def test_empty_sides_give_honest_figures():
    nothing = score_spans([], [], labels=["loaded"])
    assert nothing.by_label["loaded"].f1 is None
    unmarked = score_spans([], [s(0, 5)])
    assert unmarked.by_label["loaded"].recall == 0.0 and unmarked.by_label["loaded"].precision is None
    assert unmarked.by_label["loaded"].f1 == 0.0
    assert "not marked any loaded phrases yet" in unmarked.report()
    extra = score_spans([s(0, 5)], [], labels=["loaded"])
    assert extra.by_label["loaded"].precision == 0.0 and extra.by_label["loaded"].f1 == 0.0


def test_labels_filter_and_not_scored():
    key = [s(0, 5, "loaded"), s(12, 19, "fact")]
    score = score_spans([s(0, 5, "loaded"), s(20, 25, "opinion")], key, labels="loaded")
    assert score.labels == ("loaded",) and score.not_scored == ("opinion",)
    assert "Not scored here" in score.report()
    default = score_spans([s(0, 5, "loaded")], key)
    assert default.labels == ("loaded", "fact")


def test_records_from_the_widget_are_accepted():
    key = [s(0, 5).to_dict()]
    score = score_spans([s(0, 5).to_dict()], key)
    assert score.by_label["loaded"].f1 == 1.0


# ----- on the sample, with places ----------------------------------------------------------

@pytest.fixture(scope="module")
def key():
    from toolkit import sample_article

    return load_span_key(sample_article())


def test_feedback_says_where_without_quoting_the_key(sample, key):
    framing = sample.blocks[1]
    loaded_in_p1 = [k for k in key.spans_with("loaded") if framing.start <= k.start < framing.end]
    assert len(loaded_in_p1) == 3
    found = loaded_in_p1[0]
    score = score_spans([Span.of(sample, found.start, found.end, "loaded")], key, labels="loaded", article=sample)
    report = score.report()
    assert "2 loaded phrases missed in paragraph 1." in report
    assert "missed in paragraph 2" in report and "of the list" in report
    own = {found.text}
    for span in key.spans:
        if span.text not in own and len(span.text) > 4:
            assert span.text not in report, span.text
        assert span.note not in report
    assert "text" not in str(score.to_dict()["missed"])


def test_a_student_who_marks_the_key_scores_perfectly(sample, key):
    marks = [Span.of(sample, k.start, k.end, k.label) for k in key.spans]
    score = score_spans(marks, key, article=sample)
    assert score.total.f1 == 1.0 and score.total.exact_f1 == 1.0
    assert all(figures.f1 == 1.0 for figures in score.by_label.values())


def test_near_misses_and_extra_marks_are_named(sample, key):
    first = key.spans_with("loaded")[0]
    wider = sample.text.rindex(" ", 0, first.start - 1) + 1  # one word earlier: "an enemy"
    extra_start = sample.text.index("strengthening")
    marks = [Span.of(sample, wider, first.end, "loaded"),
             Span.of(sample, extra_start, extra_start + len("strengthening"), "loaded")]
    score = score_spans(marks, key, labels=["loaded"], article=sample)
    figures = score.by_label["loaded"]
    assert figures.matched == 1 and figures.exact == 0 and score.near["loaded"] == 1
    report = score.report()
    assert "1 of your matching marks starts or ends on different words" in report
    assert "\u201cstrengthening\u201d in paragraph 2 is not in the key" in report
