"""What the source-naming tests ask of a short invented article: the last sentence's source, and a
sentence's shared tokens."""

from __future__ import annotations

from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences
from toolkit.text.layer import TextLayer


def last_source(text: str) -> str | None:
    """The source of the article's last sentence, which must be attributed."""
    labels = label_sentences(parse_article(text))
    assert labels[-1].label == "attributed"
    return labels[-1].source


def tokens_of(text: str):
    """The shared text layer's tokens of a whole text."""
    return TextLayer(text).tokens_in(0, len(text))
