"""Short samples of one text, and one more full stop: the limits lesson 3 shows, computed, never typed."""

from __future__ import annotations

import pytest

from toolkit.readability import measure, measure_text
from toolkit.readability.sample_size import one_more_full_stop, sample_spread


@pytest.fixture(scope="module")
def measured(sample):
    return measure(sample)


def test_every_window_is_a_run_of_the_parts_sentences_cut_from_the_article(sample, measured):
    spread = sample_spread(sample, "part:body", 2, readability=measured)
    body = measured.sentences_of("part:body")
    assert len(spread.samples) == len(body) - 1
    for window, first, last in zip(spread.samples, body, body[1:]):
        assert (window.first, window.last) == (first.id, last.id)
        assert window.text == sample.text[first.start:last.end]
        assert window.sentences == 2 and window.words == first.words + last.words
        assert window.grade == pytest.approx(measure_text(window.text).prose["flesch_kincaid_grade"])


def test_one_window_of_the_whole_part_gives_the_parts_own_grade(sample, measured):
    body = measured.by_part["body"]
    spread = sample_spread(sample, "part:body", body.counts.sentences, readability=measured)
    [whole] = spread.samples
    assert whole.grade == pytest.approx(body["flesch_kincaid_grade"], abs=1e-9)
    assert spread.spread == 0


def test_two_sentence_samples_of_the_body_spread_widely_around_its_grade(sample, measured):
    """The lesson's point: as short as the framing, samples of one text disagree by many grades."""
    spread = sample_spread(sample, "part:body", measured.by_part["framing"].counts.sentences, readability=measured)
    assert spread.lowest.grade < spread.whole_grade < spread.highest.grade
    assert spread.spread > 5
    summary = spread.summary()
    assert f"{spread.lowest.grade:.1f} to {spread.highest.grade:.1f}" in summary and "grades apart" in summary
    dale = sample_spread(sample, "part:body", 2, "dale_chall_readability_score", readability=measured)
    assert "points apart" in dale.summary()


def test_identical_sentences_give_samples_that_agree():
    text = " ".join(["The cat sat on the warm mat by the door."] * 6)
    article = measure_text(text)
    from toolkit.readability.measure import prose_article

    spread = sample_spread(prose_article(text), "prose", 2, readability=article)
    assert len(spread.samples) == 5 and spread.spread == pytest.approx(0)


def test_one_more_full_stop_moves_a_two_sentence_part_far_more_than_a_long_one(measured):
    framing, body = measured.by_part["framing"], measured.by_part["body"]
    framing_drop = framing["flesch_kincaid_grade"] - one_more_full_stop(framing)
    body_drop = body["flesch_kincaid_grade"] - one_more_full_stop(body)
    assert framing_drop > 0 and body_drop > 0
    assert framing_drop > 4 * body_drop
    # Only the words per sentence change: 0.39 for every word per sentence.
    words = framing.counts.words
    expected = 0.39 * (words / framing.counts.sentences - words / (framing.counts.sentences + 1))
    assert framing_drop == pytest.approx(expected)


def test_bad_requests_are_refused(sample, measured):
    with pytest.raises(ValueError):
        sample_spread(sample, sentences=0, readability=measured)
    with pytest.raises(ValueError):
        sample_spread(sample, metric="shoe_size", readability=measured)
    with pytest.raises(ValueError):
        one_more_full_stop(measured.by_part["body"], "shoe_size")
