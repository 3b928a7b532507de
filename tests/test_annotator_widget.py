"""The annotation widget's Python side: UTF-16 at the boundary, messages from the page, the fallback."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from toolkit import parse_article
from toolkit.annotation.session import AnnotationSession
from toolkit.text.utf16 import Utf16Map
from toolkit.widgets.annotate import STATIC, Annotator, annotate, review_key
from toolkit.widgets.sentence_annotator import SentenceAnnotator

TEXT = ("A test of marks \U0001F389\n\n"
        "The council\u2019s plan \U0001F600 was called a \u201creckless gamble\u201d by critics \u2014 caf\u00e9 owners agree.\n\n"
        "Second paragraph: na\u00efve \U00010348 words.")
PHRASE = "\u201creckless gamble\u201d"


@pytest.fixture
def article():
    return parse_article(TEXT, metadata={"slug": "widget-test"})


@pytest.fixture
def widget(article, work_dir):
    return annotate(article, student="amir")


def page_says(widget, **content):
    """Deliver a message as the page's JavaScript would."""
    widget._message(widget, content, [])


def utf16(text, phrase):
    start = text.index(phrase)
    return Utf16Map(text).span_to_utf16(start, start + len(phrase))


def test_the_page_gets_utf16_offsets(widget, article):
    mapping = Utf16Map(article.text)
    assert widget.text == article.text
    block = widget.blocks[1]
    assert (block["start"], block["end"]) == mapping.span_to_utf16(article.blocks[1].start, article.blocks[1].end)
    assert block["margin"] == "\u00b61" and block["place"] == "paragraph 1"
    start = article.text.index(PHRASE)
    widget.add(start, start + len(PHRASE), "loaded")
    drawn = widget.spans[0]
    assert (drawn["start"], drawn["end"]) == utf16(article.text, PHRASE) != (start, start + len(PHRASE))
    assert len(widget.words) == 2 * len(widget.session.words)


def test_a_selection_from_the_page_is_saved_in_python_offsets(widget, article):
    start16, end16 = utf16(article.text, PHRASE)
    page_says(widget, action="select", start=start16, end=end16)
    assert widget.selection["text"] == PHRASE
    page_says(widget, action="label", label="loaded")
    data = json.loads(widget.path.read_text(encoding="utf-8"))
    [span] = data["spans"]
    start = article.text.index(PHRASE)
    assert (span["start"], span["end"], span["text"], span["label"]) == (start, start + len(PHRASE), PHRASE, "loaded")
    assert widget.annotations == [{**span}]
    assert widget.status["message"].startswith("Marked") and widget.selection == {}


def test_a_sloppy_selection_snaps_to_words(widget, article):
    start16, end16 = utf16(article.text, "eckless gam")
    page_says(widget, action="select", start=start16, end=end16)
    assert widget.selection["text"] == "reckless gamble"


def test_edits_from_the_page(widget, article):
    start = article.text.index("critics")
    span = widget.add(start, start + len("critics"), "source")
    page_says(widget, action="relabel", id=span.id, label="opinion")
    page_says(widget, action="note", id=span.id, note="who are they?")
    assert widget.annotations[0]["label"] == "opinion" and widget.annotations[0]["note"] == "who are they?"
    page_says(widget, action="remove", id=span.id)
    assert widget.annotations == [] and widget.can_undo
    page_says(widget, action="undo")
    assert widget.annotations[0]["note"] == "who are they?"


@pytest.mark.parametrize("content", [
    {"action": "label", "label": "spin"},
    {"action": "relabel", "id": "nope", "label": "fact"},
    {"action": "select", "start": "x", "end": 3},
    {"action": "teleport"},
])
def test_bad_messages_become_warnings_not_tracebacks(widget, content):
    if content.get("action") == "label":
        page_says(widget, action="select", start=20, end=30)
    page_says(widget, **content)
    assert widget.status["kind"] == "warning"


def test_selection_offsets_beyond_the_text_are_clamped(widget, article):
    page_says(widget, action="select", start=-5, end=10_000)
    assert widget.selection["text"] == article.text.strip()


def test_restored_marks_are_drawn_again(article, work_dir):
    first = annotate(article, student="amir")
    start = article.text.index("caf\u00e9")
    first.add(start, start + 4, "fact")
    again = annotate(article, student="amir")
    assert [s["text"] for s in again.spans] == ["caf\u00e9"]
    assert again.notice["message"].startswith("Restored 1 mark")


def test_the_fallback_saves_the_same_file(article, work_dir, monkeypatch):
    monkeypatch.setenv("TOOLKIT_ANNOTATOR", "sentences")
    fallback = annotate(article, student="amir")
    assert isinstance(fallback, SentenceAnnotator)
    sentence = article.sentences[1]
    fallback.choose(sentence.id, "opinion")
    data = json.loads(fallback.path.read_text(encoding="utf-8"))
    assert data["spans"][0]["text"] == sentence.text and data["spans"][0]["label"] == "opinion"
    fallback.choose(sentence.id, "fact")
    assert [s["label"] for s in fallback.annotations] == ["fact"]
    monkeypatch.delenv("TOOLKIT_ANNOTATOR")
    full = annotate(article, student="amir")
    assert isinstance(full, Annotator) and full.annotations[0]["label"] == "fact"
    start = article.text.index("critics")
    full.add(start, start + 7, "source")
    back = annotate(article, student="amir", fallback=True)
    assert "Also marked here" in back._others[sentence.id].value and len(back.annotations) == 2
    back.choose(sentence.id, "")
    assert [s["text"] for s in back.annotations] == ["critics"]


def test_the_fallback_escapes_the_article(work_dir):
    hostile = parse_article("Title\n\nA <b>bold</b> claim & more.", metadata={"slug": "hostile"})
    fallback = annotate(hostile, student="amir", fallback=True)
    html = " ".join(child.children[0].value for child in fallback.children[2:-2])
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


def test_key_review_mode(sample, tmp_path):
    from toolkit.annotation.spans import span_key_path

    path = tmp_path / "spans.json"
    data = json.loads(span_key_path(sample).read_text(encoding="utf-8"))
    data["status"] = "draft"
    path.write_text(json.dumps(data), encoding="utf-8")
    widget = review_key(sample, path=path)
    assert widget.mode == "key" and widget.key_state["status"] == "draft" and widget.key_state["accepted"] == 0
    first = widget.spans[0]
    page_says(widget, action="accept", id=first["id"], accepted=True)
    assert widget.key_state["accepted"] == 1 and widget.spans[0]["accepted"] is True
    page_says(widget, action="mark_reviewed")
    assert json.loads(path.read_text(encoding="utf-8"))["status"] == "reviewed"
    assert widget.key_state == {"status": "reviewed", "accepted": len(data["spans"]), "total": len(data["spans"])}


def test_the_front_end_is_a_plain_module_that_never_parses_article_text_as_html():
    source = (STATIC / "annotator.js").read_text(encoding="utf-8")
    assert "export default" in source
    assert not re.search(r"^\s*import\s", source, re.MULTILINE)  # no imports: no CDN, no build step
    assert "http://" not in source and "https://" not in source
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in source, sink
    assert (STATIC / "annotator.css").exists()


def test_the_text_repr_points_to_the_fallback(widget):
    assert "fallback=True" in repr(widget)


ALPHABET = st.sampled_from(list("ab \n\u00e9\u2019\u201c\u201d\u2014") + ["\U0001F600", "\U0001F389", "\U00010348"])


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=ALPHABET, min_size=1, max_size=40), data=st.data())
def test_any_selection_from_the_page_is_saved_as_the_same_letters(body, data):
    from toolkit import ArticleError

    try:
        article = parse_article("Title \U0001F600\n\n" + body + " end.", metadata={"slug": "prop"})
    except ArticleError:
        return
    never_written = Path(tempfile.gettempdir()) / "toolkit-property-test-never-written.json"
    widget = Annotator(session=AnnotationSession(article, "prop", path=never_written, autosave=False))
    mapping = Utf16Map(article.text)
    start16 = data.draw(st.integers(0, mapping.length16))
    end16 = data.draw(st.integers(0, mapping.length16))
    page_says(widget, action="select", start=start16, end=end16)
    if not widget.selection:
        return
    page_says(widget, action="label", label="fact")
    [span] = widget.annotations
    assert article.text[span["start"]:span["end"]] == span["text"] == widget.spans[0]["text"]
    drawn = widget.spans[0]
    assert mapping.span_to_utf16(span["start"], span["end"]) == (drawn["start"], drawn["end"])
