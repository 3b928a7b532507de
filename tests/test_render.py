"""HTML rendering escapes article text and draws overlapping highlights."""

from __future__ import annotations

from hypothesis import given, strategies as st

from toolkit.render.html import Highlight, escape, highlight_html


def test_script_in_article_text_is_escaped():
    text = 'Hello <script>alert("x")</script> & goodbye'
    html = highlight_html(text, [Highlight(0, 5, classes=["loaded"], title='"><img src=x onerror=1>')])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&quot;&gt;&lt;img" in html


def test_overlapping_spans_nest():
    text = "one two three"
    html = highlight_html(text, [Highlight(0, 7, classes=["a"]), Highlight(4, 13, classes=["b"])])
    assert html == ('<mark class="a">one </mark><mark class="a"><mark class="b">two</mark></mark>'
                    '<mark class="b"> three</mark>')


def test_labels_are_written_in_text_after_spans():
    html = highlight_html("alpha beta", [Highlight(0, 5, classes=["loaded"], label="loaded")])
    assert html.startswith('<mark class="loaded">alpha</mark><span class="tk-span-label">[loaded]</span>')


def test_class_names_cannot_break_out():
    html = highlight_html("x", [Highlight(0, 1, classes=['a" onclick="evil'])])
    assert 'onclick="' not in html


@given(st.text(max_size=80), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=6))
def test_visible_text_is_always_the_escaped_text(text, pairs):
    import re

    spans = [Highlight(min(a, b), max(a, b), classes=["x"]) for a, b in pairs]
    html = highlight_html(text, spans, paragraph_breaks=False)
    assert re.sub(r"</?mark[^>]*>", "", html) == escape(text)
