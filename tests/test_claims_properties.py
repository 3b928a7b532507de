"""Property tests: labels and cues hold valid offsets on any text, and never crash."""

from __future__ import annotations

from hypothesis import example, given, strategies as st

from toolkit import ArticleError, parse_article
from toolkit.claims.sentence_labels import label_sentences, label_text
from toolkit.annotation.labels import SENTENCE_LABELS

pieces = st.sampled_from([
    "The", "minister", "said", "says", "Isik", "Fikri", "according", "to", "TASS", "records", "show", "may", "should",
    "you", "Say", "goodbye", "is", "considered", "some", "very", "disastrous", "most", "advanced", "U.S.", "5,000",
    "May", "9,", "2016", "\u201c", "\u201d", "\u2018", "\u2019", "'", '"', ".", "!", "?", ",", ":", ";", "\n", "\n\n",
    "- ", "REUTERS/Jane Doe", "Comments are closed.", "\u00a0", " ", "caf\u00e9", "\U0001f600", "\u2026", "\u2014",
    "al-Assad", "as", "quoted", "in", "citing", "officials", "he", "I", "think", "What", "doing",
])
structured = st.lists(pieces, max_size=80).map(" ".join)


def check_labels(text: str, labels) -> None:
    previous = 0
    for label in labels:
        assert label.label in SENTENCE_LABELS
        assert 0.0 <= label.confidence <= 1.0
        assert text[label.start:label.end] == label.text
        assert label.start >= previous
        previous = label.end
        assert label.cues
        for cue in label.cues:
            assert label.start <= cue.start < cue.end <= label.end
            assert text[cue.start:cue.end] == cue.text
            assert cue.why
        if label.label != "attributed":
            assert label.source is None


@given(st.text(max_size=300))
def test_label_text_on_any_unicode(text):
    check_labels(text, label_text(text))
    check_labels(text, label_text(text, split=False))


@given(structured)
@example("\u201c Isik \u201c Say minister")  # a quotation read as a title once still made the sentence attributed
def test_label_text_on_article_like_text(text):
    check_labels(text, label_text(text))


@given(structured)
def test_label_sentences_on_any_article(text):
    try:
        article = parse_article(text)
    except ArticleError:
        return
    labels = label_sentences(article)
    assert [label.sentence_id for label in labels] == [s.id for s in article.sentences]
    check_labels(article.text, labels)
