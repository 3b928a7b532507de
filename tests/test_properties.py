"""Property tests: any Unicode text loads without crashing and every offset holds."""

from __future__ import annotations

from hypothesis import given, strategies as st

from toolkit import ArticleError, parse_article
from toolkit.article.blocks import BLOCK_KINDS

# Text built from pieces that exercise the rules: words, punctuation, quotes, bullets, breaks.
pieces = st.sampled_from([
    "The", "minister", "said", "U.S.", "Gen.", "a.m.", "$6.40", "5-2", "\u201c", "\u201d", "\u2019", ".", "!",
    "?", ",", ":", "\n", "\n\n", "\n\n\n", "- ", "* ", "1. ", "# ", "REUTERS/Jane Doe", "Comments are closed.",
    "Full article: X (Outlet)", "\u00a0", " ", "caf\u00e9", "\U0001f600", "\u2026", "\u2014", "\t", "\r\n",
])
structured = st.lists(pieces, max_size=60).map(" ".join)
anything = st.text(max_size=400)


def check(text: str) -> None:
    try:
        article = parse_article(text)
    except ArticleError:
        return
    body = article.text
    previous_end = 0
    for block in article.blocks:
        assert block.kind in BLOCK_KINDS
        assert body[block.start:block.end] == block.text
        assert 0 <= block.start < block.end <= len(body)
        assert block.start >= previous_end
        previous_end = block.end
    previous_end = 0
    for index, sentence in enumerate(article.sentences, start=1):
        assert sentence.index == index
        assert body[sentence.start:sentence.end] == sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
    assert article.to_dict()["text"] == body


@given(anything)
def test_any_unicode_text_loads_with_valid_offsets(text):
    check(text)


@given(structured)
def test_article_like_text_loads_with_valid_offsets(text):
    check(text)


@given(st.text(min_size=1, max_size=200).filter(lambda t: t.strip()))
def test_markdown_mode_holds_offsets_too(text):
    try:
        article = parse_article(text, markdown=True)
    except ArticleError:
        return
    for block in article.blocks:
        assert article.text[block.start:block.end] == block.text
