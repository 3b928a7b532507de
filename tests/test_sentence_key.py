"""The sentence answer key: the sample's reviewed key loads; a wrong one fails with clear reasons."""

from __future__ import annotations

import json

import pytest

from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences
from toolkit.keys.sentence_keys import (SentenceKeyError, draft_sentence_key, key_path, load_sentence_key,
                                  source_matches, validate_sentence_key)


@pytest.fixture
def key_data(sample):
    return json.loads(key_path(sample).read_text(encoding="utf-8"))


def write(tmp_path, data) -> str:
    path = tmp_path / "sentences.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_sample_key_is_reviewed_and_answers_every_sentence(sample):
    key = load_sentence_key(sample)
    assert key.status == "reviewed" and key.article == "turkey-s400"
    assert list(key.entries) == [s.id for s in sample.sentences]
    assert all(entry.note for entry in key.entries.values())


def test_the_sample_key_records_the_issues_done_when_cases(sample):
    key = load_sentence_key(sample)
    body = {s.text.split()[0] + " " + s.text.split()[1]: key.get(s.id) for s in sample.sentences}
    assert body["That alone"].label == "opinion"
    assert (body["Isik noted"].label, body["Isik noted"].source) == ("attributed", "Fikri Isik")
    assert body["China is"].label == "fact"
    assert key.get("s17").via == "TASS"


def test_the_toolkit_agrees_with_the_key_on_most_sentences(sample):
    """Not all: the headline is a judgment call. Loaded-language cues (when that module is there) may move a
    headline or two towards opinion, so the bar leaves room for that."""
    key = load_sentence_key(sample)
    labels = label_sentences(sample)
    agree = sum(1 for label in labels if label.label == key.get(label.sentence_id).label
                or label.label in key.get(label.sentence_id).accept)
    exact = sum(1 for label in labels if label.label == key.get(label.sentence_id).label)
    assert agree >= len(labels) - 2 and exact >= len(labels) - 4


def test_a_key_for_another_text_version_is_refused(sample, key_data, tmp_path):
    key_data["content_hash"] = "sha256:" + "0" * 64
    with pytest.raises(SentenceKeyError, match="different version of the article"):
        load_sentence_key(sample, write(tmp_path, key_data))


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="toolkit.sentence-key/9"), "format is"),
    (lambda d: d.update(article="another-story"), "article is 'another-story'"),
    (lambda d: d.update(status="final"), "status is 'final'"),
    (lambda d: d["sentences"].update(s99={"label": "fact", "source": None}), "no sentence 's99'"),
    (lambda d: d["sentences"]["s2"].update(label="rumour"), "label 'rumour' is not one of"),
    (lambda d: d["sentences"]["s2"].update(source="Isik"), "only attributed sentences have a source"),
    (lambda d: d["sentences"]["s16"].pop("source"), "source is missing"),
    (lambda d: d["sentences"]["s2"].update(text="Something else."), "text does not match"),
    (lambda d: d["sentences"]["s2"].update(accept=["opinion"]), "accept must list other labels"),
    (lambda d: d["sentences"].pop("s5"), "missing: s5"),
])
def test_validation_names_each_problem(sample, key_data, tmp_path, change, message):
    change(key_data)
    with pytest.raises(SentenceKeyError, match=message) as error:
        load_sentence_key(sample, write(tmp_path, key_data))
    assert str(error.value).startswith(str(tmp_path))


def test_a_draft_key_may_be_partial(sample, key_data):
    key_data["status"] = "draft"
    key_data["sentences"] = {"s2": key_data["sentences"]["s2"]}
    assert validate_sentence_key(key_data, sample) == []


def test_unreadable_key_files_give_one_clear_error(sample, tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(SentenceKeyError, match="no sentence key here"):
        load_sentence_key(sample, missing)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(SentenceKeyError, match="not valid JSON"):
        load_sentence_key(sample, broken)
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SentenceKeyError, match="not UTF-8"):
        load_sentence_key(sample, binary)
    with pytest.raises(SentenceKeyError, match="must be a JSON object"):
        load_sentence_key(sample, write(tmp_path, [1, 2]))


def test_a_draft_from_the_toolkit_validates(sample):
    draft = draft_sentence_key(sample)
    assert draft["status"] == "draft"
    assert validate_sentence_key(draft, sample) == []
    assert draft["sentences"]["s16"]["source"] == "Fikri Isik"


def test_an_article_without_a_slug_gets_one_from_its_hash():
    article = parse_article("A headline\n\nOne sentence of text here.\n")
    assert article.slug.startswith("text-")


@pytest.mark.parametrize("given, expected, ok", [
    ("Isik", "Fikri Isik", True),
    ("isik", "Fikri Isik", True),
    ("Defense Minister Isik", "Fikri Isik", True),
    ("Turkish Defense Minister Fikri Isik", "Fikri Isik", True),
    ("Fikri", "Fikri Isik", True),
    ("Russia's TASS news agency", "TASS", True),
    ("tass", "TASS", True),
    ("reports", "unnamed reports", True),
    ("a report", "unnamed report", True),
    ("the city clerk", "the city clerk", True),
    ("city clerk", "the city clerk", True),
    ("the clerk", "the city clerk", True),
    ("officials", "Turkish officials", True),
    ("Putin", "Fikri Isik", False),
    ("the minister", "Fikri Isik", False),
    ("", "Fikri Isik", False),
    ("TASS", None, False),
])
def test_source_matching_forgives_case_titles_and_surnames(given, expected, ok):
    assert source_matches(given, expected) is ok
