"""The annotation session (the widgets' state): rules, undo, autosave, restore, key review."""

from __future__ import annotations

import json
import shutil

import pytest

from toolkit import parse_article
from toolkit.annotation.session import AnnotationSession, KeyReviewSession
from toolkit.annotation.spans import SpanError, load_span_key, span_key_path

TEXT = ("A test of marks \U0001F389\n\n"
        "The council\u2019s plan was called a \u201creckless gamble\u201d by critics \u2014 caf\u00e9 owners agree.")


@pytest.fixture
def article():
    return parse_article(TEXT, metadata={"slug": "session-test"})


def at(article, phrase):
    start = article.text.index(phrase)
    return start, start + len(phrase)


def saved(session):
    return json.loads(session.path.read_text(encoding="utf-8"))


def test_every_change_is_saved_and_announced(article, work_dir):
    session = AnnotationSession(article, "amir")
    heard = []
    session.on_change(lambda change: heard.append(change))
    span = session.add(*at(article, "\u201creckless gamble\u201d"), "loaded")
    assert saved(session)["spans"][0]["text"] == "\u201creckless gamble\u201d"
    assert "Marked \u201c\u201creckless gamble\u201d\u201d as Loaded language in paragraph 1. 1 mark in all." == heard[-1].message
    session.relabel(span.id, "opinion")
    assert saved(session)["spans"][0]["label"] == "opinion"
    session.set_note(span.id, "  the writer's own word  ")
    assert saved(session)["spans"][0]["note"] == "the writer's own word"
    session.remove(span.id)
    assert saved(session)["spans"] == [] and "Undo brings it back" in heard[-1].message
    assert all(change.kind == "info" for change in heard)


def test_undo_walks_back_through_changes(article, work_dir):
    session = AnnotationSession(article, "amir")
    first = session.add(*at(article, "reckless"), "loaded")
    session.relabel(first.id, "opinion")
    session.add(*at(article, "critics"), "source")
    assert session.undo() and [s.label for s in session.spans] == ["opinion"]
    assert session.undo() and [s.label for s in session.spans] == ["loaded"]
    assert session.undo() and session.spans == ()
    assert saved(session)["spans"] == []
    assert not session.undo() and not session.can_undo


def test_selection_snaps_then_takes_a_label(article, work_dir):
    session = AnnotationSession(article, "amir")
    start, end = at(article, "eckless gam")
    assert session.select(start, end) == at(article, "reckless gamble")
    span = session.label_selection("loaded")
    assert span.text == "reckless gamble" and session.selection is None
    assert session.label_selection("loaded") is None  # nothing selected any more
    assert session.select(*at(article, "\n\n")) is None


def test_rules_refuse_unknown_labels_and_keep_one_label_per_passage(article, work_dir):
    session = AnnotationSession(article, "amir")
    with pytest.raises(SpanError, match="unknown label"):
        session.add(*at(article, "critics"), "spin")
    first = session.add(*at(article, "critics"), "source")
    assert session.add(*at(article, "critics"), "source") is first
    assert len(session.spans) == 1
    with pytest.raises(SpanError, match="no words"):
        session.add(*at(article, "\n\n"), "fact", snap=True)
    with pytest.raises(KeyError):
        session.remove("nope")


def test_restored_on_a_new_session(article, work_dir):
    first = AnnotationSession(article, "amir")
    first.add(*at(article, "caf\u00e9 owners"), "source", "who is this?")
    again = AnnotationSession(article, "amir")
    assert [(s.text, s.note) for s in again.spans] == [("caf\u00e9 owners", "who is this?")]
    assert again.notice.startswith("Restored 1 mark") and again.notice_kind == "info"
    assert not again.can_undo  # restoring is not a change to undo


def test_a_save_that_cannot_be_written_is_reported(article, work_dir, monkeypatch):
    session = AnnotationSession(article, "amir")
    heard = []
    session.on_change(heard.append)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("toolkit.storage.merge_save.atomic_write_json", full_disk)
    session.add(*at(article, "critics"), "source")
    assert heard[-1].kind == "warning" and "No space left on device" in heard[-1].message
    assert session.save_error and len(session.spans) == 1


def test_counts_and_summary(article, work_dir):
    session = AnnotationSession(article, "amir")
    assert session.summary() == "No marks yet."
    session.add(*at(article, "critics"), "source")
    session.add(*at(article, "reckless"), "loaded")
    assert session.counts()["loaded"] == 1 and "Source: 1" in session.summary()


def test_check_uses_the_sample_key(sample, work_dir):
    session = AnnotationSession(sample, "amir")
    key = load_span_key(sample)
    for span in key.spans_with("loaded")[:3]:
        session.add(span.start, span.end, "loaded")
    score = session.check("loaded")
    assert score.by_label["loaded"].matched == 3
    assert score.by_label["loaded"].recall == pytest.approx(3 / len(key.spans_with("loaded")))


# ----- an instructor's key review ------------------------------------------------------------

@pytest.fixture
def draft_key(sample, tmp_path):
    """A draft copy of the sample key: three of its spans, none accepted yet."""
    data = json.loads(span_key_path(sample).read_text(encoding="utf-8"))
    data["status"] = "draft"
    data["spans"] = data["spans"][:3]
    path = tmp_path / "keys" / "spans.json"
    path.parent.mkdir()
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_review_accepts_fixes_and_saves_a_reviewed_key(sample, draft_key):
    review = KeyReviewSession(sample, path=draft_key)
    assert review.status == "draft" and not review.accepted and len(review.spans) == 3
    first, second, third = review.spans
    review.accept(first.id)
    assert load_span_key(draft_key, sample).accepted == {first.id}
    review.relabel(second.id, "fact")  # fixing a mark accepts it
    added = review.add(*at(sample, "Comments are closed."), "source", snap=True)
    key = load_span_key(draft_key, sample)
    assert key.status == "draft" and key.accepted == {first.id, second.id, added.id}
    assert "3 of 4 marks accepted" in review.progress()
    review.mark_reviewed()
    key = load_span_key(draft_key, sample)
    assert key.status == "reviewed" and len(key.spans) == 4
    review.undo()
    assert load_span_key(draft_key, sample).status == "draft"


def test_editing_a_reviewed_key_makes_it_a_draft_again(sample, tmp_path):
    path = tmp_path / "spans.json"
    shutil.copy(span_key_path(sample), path)
    review = KeyReviewSession(sample, path=path)
    assert review.status == "reviewed" and len(review.accepted) == len(review.spans)
    review.remove(review.spans[0].id)
    assert load_span_key(path, sample).status == "draft"


def test_a_key_for_another_text_is_set_aside(sample, tmp_path):
    path = tmp_path / "spans.json"
    shutil.copy(span_key_path(sample), path)
    edited = parse_article(sample.text.replace("enemy", "rival"), metadata={"slug": "turkey-s400"})
    review = KeyReviewSession(edited, path=path)
    assert review.notice_kind == "warning" and "different version" in review.notice
    assert review.spans == () and not path.exists()
    assert any(p.name.startswith("spans.mismatch-") for p in tmp_path.iterdir())


def test_a_huge_article_is_refused_with_a_clear_message(work_dir):
    from toolkit import ArticleError

    huge = parse_article("Huge\n\n" + "Words go on and on. " * 12_000)
    with pytest.raises(ArticleError, match="annotation tool takes up to 200,000"):
        AnnotationSession(huge, "amir")


def test_two_notebooks_open_on_the_same_article_keep_each_others_marks(article, work_dir):
    first = AnnotationSession(article, "amir")
    second = AnnotationSession(article, "amir")  # opened before the first one saved anything
    first.add(*at(article, "reckless"), "loaded")
    heard = []
    second.on_change(heard.append)
    second.add(*at(article, "critics"), "source")
    assert "1 mark saved from another notebook was kept too" in heard[-1].message
    first.add(*at(article, "caf\u00e9"), "fact")
    assert sorted(s["text"] for s in saved(first)["spans"]) == ["caf\u00e9", "critics", "reckless"]
    first.remove(first.spans[0].id)  # a mark this notebook removes is not brought back by the merge
    assert len(saved(first)["spans"]) == 2
