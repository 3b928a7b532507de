"""Reviewing a sentence key: from the toolkit's draft to a reviewed key, saved atomically, never lost."""

from __future__ import annotations

import json
import shutil

import pytest

from toolkit import load_article
from toolkit.keys.drafting import DRAFT_NOTE
from toolkit.keys.sentence_review import SentenceKeyReview, SentenceReviewError
from toolkit.keys.sentence_keys import draft_sentence_key, load_sentence_key
from tests.authoring_helpers import ARTICLE


@pytest.fixture
def article(tmp_path):
    seed = tmp_path / "seeds" / "library-hours"
    seed.mkdir(parents=True)
    shutil.copy(ARTICLE, seed / "article.txt")
    return load_article(seed)


def key_file(article):
    return article.path.parent / "keys" / "sentences.json"


def test_without_a_key_the_review_starts_from_the_draft_and_saves_nothing_yet(article):
    review = SentenceKeyReview(article)
    assert "starting from the toolkit's draft" in review.notice
    assert review.status == "draft" and set(review.entries) == {s.id for s in article.sentences}
    assert not key_file(article).exists()
    assert review.unchecked() == [s.id for s in article.sentences]


def test_a_fix_is_saved_at_once_as_a_draft_and_counts_as_checked(article):
    review = SentenceKeyReview(article)
    critics = next(s.id for s in article.sentences if s.text.startswith("Critics say"))
    message = review.set_label(critics, "fact")
    assert "is now Reported fact" in message and "1 of" in message
    data = json.loads(key_file(article).read_text(encoding="utf-8"))
    assert data["status"] == "draft" and data["sentences"][critics] == {
        "label": "fact", "source": None, "text": article.sentence(critics).text, "accepted": True}
    assert critics not in review.unchecked()


def test_relabelling_drops_the_toolkits_reason_and_accepting_keeps_it_without_the_draft_mark(article):
    review = SentenceKeyReview(article)
    first, second = article.sentences[1].id, article.sentences[2].id
    assert review.entries[first]["note"].startswith(DRAFT_NOTE)
    review.accept(first)
    assert not review.entries[first]["note"].startswith(DRAFT_NOTE) and review.entries[first]["note"]
    other = "fact" if review.entries[second]["label"] != "fact" else "opinion"
    review.set_label(second, other)
    assert review.entries[second].get("note", "") == ""


def test_sources_belong_to_attributed_sentences_only(article):
    review = SentenceKeyReview(article)
    target = next(s.id for s in article.sentences if s.text.startswith("Kowalski said"))
    review.set_source(target, "Dana Kowalski", via="the council's newsletter")
    assert review.entries[target]["label"] == "attributed"
    assert (review.entries[target]["source"], review.entries[target]["via"]) == ("Dana Kowalski",
                                                                                "the council's newsletter")
    review.set_label(target, "opinion")
    assert review.entries[target]["source"] is None and review.entries[target]["via"] is None
    review.set_accept(target, ["attributed", "opinion"])
    assert review.entries[target]["accept"] == ["attributed"]


def test_saved_as_reviewed_the_key_loads_as_the_exercises_load_it(article):
    review = SentenceKeyReview(article)
    review.set_note(article.sentences[0].id, "The headline states the vote as fact.")
    path = review.mark_reviewed()
    key = load_sentence_key(article)
    assert key.status == "reviewed" and len(key.entries) == len(article.sentences)
    assert key.get(article.sentences[0].id).note == "The headline states the vote as fact."
    assert not any(entry.note.startswith(DRAFT_NOTE) for entry in key.entries.values())
    assert "accepted" not in path.read_text(encoding="utf-8")
    again = SentenceKeyReview(article)
    assert again.status == "reviewed" and again.unchecked() == []
    again.set_label(article.sentences[0].id, "opinion")
    assert json.loads(path.read_text(encoding="utf-8"))["status"] == "draft", "an edit makes it a draft again"


def test_a_key_missing_sentences_cannot_be_saved_as_reviewed_until_they_are_added(article):
    draft = draft_sentence_key(article)
    missing = article.sentences[-1].id
    del draft["sentences"][missing]
    key_file(article).parent.mkdir(parents=True)
    key_file(article).write_text(json.dumps(draft), encoding="utf-8")
    review = SentenceKeyReview(article)
    assert review.unanswered() == [missing]
    with pytest.raises(SentenceReviewError, match=missing):
        review.mark_reviewed()
    assert json.loads(key_file(article).read_text(encoding="utf-8"))["status"] == "draft"
    review.add(missing, "fact")
    review.mark_reviewed()
    assert load_sentence_key(article).status == "reviewed"


def test_mistakes_are_refused_with_a_reason(article):
    review = SentenceKeyReview(article)
    with pytest.raises(SentenceReviewError, match="no sentence 's99'"):
        review.set_label("s99", "fact")
    with pytest.raises(SentenceReviewError, match="label must be one of"):
        review.set_label("s1", "rumour")
    with pytest.raises(SentenceReviewError, match="accept must list"):
        review.set_accept("s1", ["rumour"])


def test_a_key_for_another_version_of_the_text_is_set_aside_not_overwritten(article):
    draft = draft_sentence_key(article)
    draft["content_hash"] = "sha256:" + "0" * 64
    key_file(article).parent.mkdir(parents=True)
    key_file(article).write_text(json.dumps(draft), encoding="utf-8")
    review = SentenceKeyReview(article)
    assert review.notice_kind == "warning" and "could not be used" in review.notice
    kept = [p for p in key_file(article).parent.iterdir() if p.name.startswith("sentences.mismatch-")]
    assert len(kept) == 1 and json.loads(kept[0].read_text(encoding="utf-8"))["content_hash"].endswith("0" * 64)


def test_the_review_widget_is_the_sorting_tool_in_instructor_mode(article):
    from toolkit.widgets.review_sentence_key import review_sentence_key

    widget = review_sentence_key(article)
    critics = next(s.id for s in article.sentences if s.text.startswith("Critics say"))
    row = widget.rows[critics]
    assert row.toggle.value == widget.review.entries[critics]["label"]
    assert 'role="status"' in widget.status.value and 'aria-live="polite"' in widget.status.value
    row.toggle.value = "fact"
    assert widget.review.entries[critics]["label"] == "fact" and row.checked.value
    assert "is now Reported fact" in widget.status.value
    quoted = next(s.id for s in article.sentences if s.text.startswith("Librarian Omar Haddad"))
    widget.rows[quoted].toggle.value = "attributed"
    widget.rows[quoted].source.value = "Omar Haddad"
    assert widget.review.entries[quoted]["source"] == "Omar Haddad"
    widget.filter.value = "unchecked"
    shown = [sid for sid, r in widget.rows.items() if r.layout.display != "none"]
    assert critics not in shown and quoted not in shown and shown
    widget.accept_all_button.click()
    assert widget.review.unchecked() == []
    widget.save_button.click()
    assert load_sentence_key(article).status == "reviewed"
    assert "Saved the key as reviewed" in widget.status.value
