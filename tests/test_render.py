"""HTML rendering escapes article text and draws overlapping highlights."""

from __future__ import annotations

import re

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


# ----- render_article: the one renderer every view uses -------------------------------------------

from toolkit.article.model import parse_article  # noqa: E402
from toolkit.render.article_html import MarginNote, SentenceMark, render_article, render_sentence  # noqa: E402

HOSTILE = ("The <b>mayor</b> & co\n\n"
           "- <script>alert(1)</script> one\n- two\n\n"
           "Photo: \"x\" onerror=1 / Agency\n\n"
           "The minister said the plan was <i>fine</i>. It may fail.\n")


def test_every_block_is_drawn_once_with_its_kind_and_escaped():
    article = parse_article(HOSTILE)
    html = render_article(article)
    assert "<script>" not in html and "<b>mayor" not in html and "<i>fine" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html
    for block in article.blocks:
        assert html.count(f'data-block="{block.index}"') == 1
        assert f'class="tk-block tk-kind-{block.kind}"' in html
    assert {b.kind for b in article.blocks} >= {"title", "list_item", "paragraph"}


def test_blocks_can_be_chosen_named_by_place_and_muted():
    article = parse_article(HOSTILE)
    last = len(article.blocks) - 1
    html = render_article(article, blocks=[0, last], where="place", muted=[0], muted_note=" (not here)",
                          label='a "region"')
    assert html.count("data-block=") == 2 and 'data-block="1"' not in html
    assert 'class="tk-block tk-kind-title tk-block-out"' in html and "(not here)" in html
    assert 'role="region" aria-label="a &quot;region&quot;"' in html
    assert "paragraph 1" in html  # the place a question would name


def test_sentence_marks_keep_the_text_and_carry_badges_words_and_highlights():
    article = parse_article(HOSTILE)
    last = article.sentences[-1]
    opinion = SentenceMark(last.id, classes=("tk-label-opinion",), badge="<O>", spoken="(Opinion)",
                           title='"><img src=x>', data={"label": "opinion"})
    start, end = article.text.index("fine"), article.text.index("It may") + 2
    html = render_article(article, sentence_marks=[opinion, SentenceMark(article.sentences[-2].id)],
                          highlights=[Highlight(start, end, classes=["x"], label="crosses")],
                          blocks=[article.sentences[-1].block], where="none")
    assert f'class="tk-sentence tk-label-opinion" data-sentence="{last.id}" data-label="opinion"' in html
    assert '<span class="tk-sentence-badge" aria-hidden="true">&lt;O&gt;</span>' in html
    assert '<span class="tk-sr-only"> (Opinion)</span>' in html
    assert "<img" not in html
    # A highlight that crosses from one sentence into the next is cut at the sentence edges, not lost:
    # the end of one sentence, the space between, the start of the next; its label once, at its end.
    assert html.count('<mark class="x">') == 3 and html.count("[crosses]") == 1
    visible = re.sub(r"<span class=\"tk-(sentence-badge|sr-only|span-label)\"[^>]*>[^<]*</span>", "", html)
    visible = re.sub(r"<[^>]+>", "", visible)
    block = article.blocks[last.block]
    assert visible == escape(block.text)


def test_margin_notes_sit_beside_their_block_escaped():
    article = parse_article(HOSTILE)
    block = article.sentences[-1].block
    html = render_article(article, notes=[MarginNote(block, "<Isik>", lead="s9", detail="via <TASS>")],
                          margin="Sources")
    assert html.count('class="tk-margin" role="note" aria-label="Sources"') == 1
    assert "<p><b>s9</b>: &lt;Isik&gt; <i>via &lt;TASS&gt;</i></p>" in html
    assert html.count('class="tk-margin-empty"') == len(article.blocks) - 1  # the grid keeps its column


def test_plain_text_and_single_sentences():
    assert render_article("a <b> c", highlights=[Highlight(0, 1, classes=["k"])], where="none") == (
        '<div class="tk-article"><div class="tk-block tk-kind-paragraph" data-block="0">'
        '<div class="tk-block-text"><mark class="k">a</mark> &lt;b&gt; c</div></div></div>')
    row = render_sentence("s3", "<x>", element_id='id"3', classes=["tk-sort-text"])
    assert row == ('<div class="tk-sentence-row tk-sort-text" id="id&quot;3" data-sentence="s3">'
                   '<span class="tk-sentence-id">s3</span>&lt;x&gt;</div>')


@given(st.text(max_size=120), st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=5))
def test_rendered_article_shows_exactly_the_escaped_blocks(text, pairs):
    from toolkit.article.model import ArticleError

    try:
        article = parse_article(text)
    except ArticleError:
        return
    spans = [Highlight(min(a, b), max(a, b), classes=["x"]) for a, b in pairs]
    marks = [SentenceMark(s.id, badge="B") for s in article.sentences[::2]]
    html = render_article(article, highlights=spans, sentence_marks=marks, where="none")
    shown = re.sub(r"<[^>]+>", "", html.replace('<span class="tk-sentence-badge" aria-hidden="true">B</span>', ""))
    expected = "".join(escape(article.text[b.start:b.end]) for b in article.blocks)
    assert "".join(shown.split()) == "".join(expected.split())
