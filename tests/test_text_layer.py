"""The shared text layer: one tokenizer, one quotation finder, one word count for every tool."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import parse_article, sample_article
from toolkit.loaded import density
from toolkit.loaded.context import quotations as loaded_quotations
from toolkit.readability import measure
from toolkit.storage.paths import seeds_dir
from toolkit.text.layer import TextLayer
from toolkit.text.quotations import find_quotations
from toolkit.text.tokens import quote_spans, tokenize
from toolkit.text.word_count import count_words


def _seeds():
    from toolkit import load_article

    return [load_article(folder) for folder in sorted(seeds_dir().iterdir()) if (folder / "article.txt").is_file()]


@pytest.mark.parametrize("article", _seeds(), ids=lambda a: a.slug)
def test_every_tool_counts_the_same_words_in_every_part(article):
    readability = measure(article)
    loaded = density(article)
    from toolkit.claims import voice_summary

    voices = {part.name: part.words for part in voice_summary(article)}
    for name, indices in article.parts.items():
        expected = sum(article.word_count(article.blocks[i].start, article.blocks[i].end) for i in indices)
        assert readability.by_part[name].counts.words == expected
        assert loaded.by_part[name].words == expected
        assert voices[name] == expected


def test_the_sample_framing_has_one_word_count():
    article = sample_article()
    framing = article.parts["framing"]
    words = sum(article.word_count(article.blocks[i].start, article.blocks[i].end) for i in framing)
    assert words == measure(article).by_part["framing"].counts.words == density(article).by_part["framing"].words


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 9-.,'\u2019\"\u201c\u201d\n\u2014$")), max_size=80))
def test_word_count_is_what_readability_counts(text):
    article = parse_article("Title line\n\n" + text + " end.") if text.strip() else None
    if article is None:
        return
    assert measure(article).whole.counts.words == count_words(article.text)


def test_layer_tokens_of_a_stretch_equal_tokenizing_it():
    text = "The U.S.-European deal, worth $6.40 billion, isn't \u201cdead\u201d \u2014 yet."
    layer = TextLayer(text)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            assert [(t.text, t.start) for t in layer.tokens_in(start, end)] == \
                   [(t.text, t.start) for t in tokenize(text, start, end)]


def test_one_quotation_finder_for_claims_and_loaded_language():
    text = "The minister called it 'a total disaster' on Monday."
    (quotation,) = find_quotations(text)
    assert text[quotation.inner_start:quotation.inner_end] == "a total disaster"
    assert quote_spans(text) == [quotation.span]
    assert [(q.start, q.end) for q in loaded_quotations(text)] == [(quotation.inner_start, quotation.inner_end)]


@pytest.mark.parametrize("text, inside", [
    ("He said \u201cno deal\u201d today.", ["no deal"]),
    ("Russia\u2019s \u2018hostile forces\u2019 and the students\u2019 books.", ["hostile forces"]),
    ("''The deal is dead,'' said Ann Ruiz.", ["The deal is dead,"]),
    ("Don't touch the 'red' button, it's live.", ["red"]),
    ("In the '90s it was cheap.", []),
    ("\"No deal,\u201d she said, and \u201cnot now.\" he said.", ["No deal,", "not now."]),  # marks mixed
    ("\u201cAn open quote runs on\n\nbut not across a blank line.", ["An open quote runs on"]),
])
def test_quotation_rules(text, inside):
    assert [text[q.inner_start:q.inner_end] for q in find_quotations(text)] == inside


def test_quotation_finding_is_linear_in_quote_marks():
    """Thousands of unmatched single marks: each is looked at once (a quadratic finder takes minutes)."""
    text = " 'a" * 50_000
    assert find_quotations(text) == []
