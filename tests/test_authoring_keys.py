"""Drafted answer keys: every entry fits the text, says where it came from, and follows the analyzers."""

from __future__ import annotations

import pytest

from toolkit import load_article
from toolkit.annotation.spans import span_key_problems
from toolkit.keys.drafting import DRAFT_NOTE, draft_keys, draft_spans, is_drafted_note, reviewed_note
from toolkit.claims.sentence_labels import label_sentences
from toolkit.annotation.labels import LABELS
from toolkit.loaded import detect
from toolkit.keys.sentence_keys import validate_sentence_key
from tests.authoring_helpers import ARTICLE
from tests.conftest import ROOT


@pytest.fixture(scope="module", params=["library", "riverside"])
def article(request):
    return load_article(ARTICLE if request.param == "library" else ROOT / "seeds" / "riverside-water")


def test_every_drafted_span_fits_the_text_and_says_why(article):
    spans = draft_spans(article)
    assert spans
    for span in spans:
        assert article.text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.label in LABELS
        assert span.note.startswith(DRAFT_NOTE) and len(span.note) > len(DRAFT_NOTE) + 5
    ids = [span.id for span in spans]
    assert len(ids) == len(set(ids))
    assert [s.to_dict() for s in draft_spans(article)] == [s.to_dict() for s in spans], "drafting is deterministic"


def test_drafted_spans_follow_the_analyzers(article):
    spans = draft_spans(article)
    found = detect(article)
    loaded = {(s.start, s.end) for s in found if s.counts_as_loaded}
    assert {(s.start, s.end) for s in spans if s.label == "loaded"} == loaded
    vague = {(s.start, s.end) for s in found if not s.counts_as_loaded}
    assert vague <= {(s.start, s.end) for s in spans if s.label == "opinion"}, "vague sourcing is drafted as opinion"
    labels = label_sentences(article)
    attributed = [label for label in labels if label.label == "attributed"]
    marked = {(s.start, s.end) for s in spans if s.label == "attributed"}
    for label in attributed:  # the whole sentence, without the spaces at its ends
        text = article.text[label.start:label.end]
        start = label.start + len(text) - len(text.lstrip())
        assert (start, start + len(text.strip())) in marked, label.text
    assert len(marked) == len(attributed)
    sources = [s for s in spans if s.label == "source"]
    for label in attributed:
        if label.source:  # each named source is marked inside its sentence
            assert any(label.start <= s.start and s.end <= label.end for s in sources), label.text
    opinions = {(s.start, s.end) for s in spans if s.label == "opinion"} - vague
    assert len(opinions) == sum(1 for label in labels if label.label == "opinion"
                                and article.blocks[article.sentence(label.sentence_id).block].kind
                                in ("title", "heading", "paragraph", "list_item", "caption"))


def test_the_outlet_in_the_credit_line_is_a_source(article):
    credit = next(b for b in article.blocks if b.kind == "credit")
    marks = [s for s in draft_spans(article) if s.label == "source" and credit.start <= s.start < credit.end]
    assert [m.text.lower() for m in marks] == [article.metadata["outlet"].lower()]


def test_draft_keys_are_drafts_that_the_validators_accept(article):
    drafts = draft_keys(article)
    assert drafts.spans.status == "draft" and drafts.sentences["status"] == "draft"
    assert span_key_problems(drafts.spans.to_dict(), article) == []
    assert validate_sentence_key(drafts.sentences, article) == []
    assert set(drafts.sentences["sentences"]) == {s.id for s in article.sentences}
    counts = drafts.counts()
    assert counts["loaded spans"] == sum(1 for s in drafts.spans.spans if s.label == "loaded")


def test_an_instructor_lexicon_changes_the_draft(tmp_path):
    from toolkit.loaded import load_lexicon

    article = load_article(ARTICLE)
    assert not any(s.text == "pet projects" for s in draft_spans(article))
    words = tmp_path / "lexicon.txt"
    words.write_text("pet project | contempt | 0.5 | Says spending serves someone's whim. | project; scheme\n",
                     encoding="utf-8")
    drafted = draft_spans(article, lexicon=load_lexicon(words))
    assert any(s.text == "pet projects" and s.label == "loaded" for s in drafted)


def test_reviewed_notes_lose_the_draft_mark():
    assert is_drafted_note(DRAFT_NOTE + "why") and not is_drafted_note("my own note") and not is_drafted_note(None)
    assert reviewed_note(DRAFT_NOTE + "why") == "why" and reviewed_note("mine") == "mine" and reviewed_note(None) == ""
