"""The sorting activity: credit against the key, and choices that are saved, restored and never lost."""

from __future__ import annotations

import json

import pytest

from toolkit.keys.sentence_keys import load_sentence_key
from toolkit.claims.sorting import (SORTING_FORMAT, Choice, SortingStore, check_choices, check_rewrite, passage_ids)


@pytest.fixture(scope="module")
def key(sample):
    return load_sentence_key(sample)


def feedback_for(key, choices, ids):
    result = check_choices(key, choices, ids)
    return {item.sentence_id: item for item in result.feedback}, result


def test_partial_credit_rules(key):
    from dataclasses import replace

    # A label a careful reader could defend without a taught rule earns part credit. The sample's key has
    # none left (every such case now has a rule), so one is made here: s9 with attributed as only defensible.
    entries = dict(key.entries)
    entries["s9"] = replace(entries["s9"], accept=("attributed",), also_right=())
    key = replace(key, entries=entries)
    choices = {
        "s16": Choice("attributed", "Isik"),          # right label, right source (surname)
        "s17": Choice("attributed", "TASS"),          # right label, named only the messenger
        "s18": Choice("attributed", ""),              # right label, no source yet
        "s19": Choice("attributed", "Erdogan"),       # right label, wrong source
        "s20": Choice("attributed", ""),              # also right: the taught rule on "is considered"
        "s9": Choice("attributed", ""),               # defensible, not taught: part credit
        "s21": Choice("fact", ""),                    # right
        "s26": Choice("fact", ""),                    # wrong
        "s28": Choice("fact", ""),                    # makes no claim: not scored
    }
    ids = ["s16", "s17", "s18", "s19", "s20", "s9", "s21", "s26", "s23", "s28"]
    items, result = feedback_for(key, choices, ids)
    assert {sid: items[sid].credit for sid in items} == {
        "s16": 1.0, "s17": 0.8, "s18": 0.6, "s19": 0.6, "s20": 1.0, "s9": 0.5, "s21": 1.0, "s26": 0.0, "s23": 0.0}
    assert items["s17"].verdict == "partly" and "TASS passed the words on" in items["s17"].message
    assert items["s20"].verdict == "right" and "rule you were taught" in items["s20"].message
    assert items["s9"].verdict == "defensible"
    assert items["s23"].verdict == "unanswered"
    assert "s28" not in items
    assert result.score == 5.5 and result.out_of == 9 and result.answered == 8
    with_furniture = check_choices(key, {"s28": Choice("no_claim")}, ["s28"], include_no_claim=True)
    assert with_furniture.feedback[0].credit == 1.0
    assert items["s26"].note and "guess" in items["s26"].note


def test_feedback_carries_the_toolkits_label_and_reasons(sample, key):
    from toolkit.claims.sentence_labels import label_sentences

    labels = {label.sentence_id: label for label in label_sentences(sample)}
    result = check_choices(key, {"s20": Choice("fact")}, ["s20"], labels)
    item = result.feedback[0]
    assert item.toolkit_label == "opinion"
    assert any("is considered" in reason for reason in item.toolkit_reasons)
    assert json.loads(json.dumps(result.to_dict()))["feedback"][0]["toolkit_reasons"]


def test_passages_by_part_kind_or_ids(sample):
    assert passage_ids(sample, "framing") == ["s2", "s3"]
    assert passage_ids(sample, "body")[0] == "s15" and passage_ids(sample, "body")[-1] == "s26"
    assert passage_ids(sample, "list_item") == [f"s{i}" for i in range(5, 13)]
    assert passage_ids(sample, ["s26", "s2"]) == ["s26", "s2"]
    with pytest.raises(ValueError, match="no sentence 's99'"):
        passage_ids(sample, ["s99"])
    with pytest.raises(ValueError, match="no part or block kind"):
        passage_ids(sample, "middle")


def test_choices_are_saved_and_restored(sample, work_dir):
    store = SortingStore(sample, "alice")
    assert store.load() == {} and store.problem is None
    store.set("s2", label="opinion")
    store.set("s16", label="attributed")
    store.set("s16", source="Fikri Isik")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert store.path == work_dir / "alice" / "sorting" / "turkey-s400.json"
    assert data["format"] == SORTING_FORMAT and data["article"] == "turkey-s400"
    assert data["content_hash"] == sample.content_hash and data["student"] == "alice" and data["saved_at"]
    assert data["choices"]["s16"] == {"label": "attributed", "source": "Fikri Isik"}
    again = SortingStore(sample, "alice")
    assert again.load() == {"s2": Choice("opinion"), "s16": Choice("attributed", "Fikri Isik")}


def test_two_passages_of_one_article_do_not_overwrite_each_other(sample, work_dir):
    body, framing = SortingStore(sample, "bo"), SortingStore(sample, "bo")
    body.load(), framing.load()
    body.set("s26", label="opinion")
    framing.set("s2", label="opinion")
    body.set("s25", label="attributed")
    assert set(SortingStore(sample, "bo").load()) == {"s2", "s25", "s26"}


def test_a_corrupt_save_is_set_aside_and_reported(sample, work_dir):
    store = SortingStore(sample, "carol")
    store.path.parent.mkdir(parents=True)
    store.path.write_text('{"format": "toolkit.sorting/1", "choi', encoding="utf-8")
    assert store.load() == {}
    assert "not valid JSON" in store.problem and "kept as" in store.problem
    kept = [p.name for p in store.path.parent.iterdir()]
    assert len(kept) == 1 and kept[0].startswith("turkey-s400.corrupt-")
    store.set("s2", label="fact")
    assert json.loads(store.path.read_text(encoding="utf-8"))["choices"] == {"s2": {"label": "fact", "source": ""}}


@pytest.mark.parametrize("change, reason", [
    (lambda d: d.update(student="mallory"), "belongs to student 'mallory'"),
    (lambda d: d.update(content_hash="sha256:0"), "different version"),
    (lambda d: d.update(article="other"), "for article 'other'"),
    (lambda d: d.update(format="something/2"), "format"),
    (lambda d: d["choices"].update(s999={"label": "fact"}), "unknown sentence"),
    (lambda d: d["choices"].update(s3={"label": "gossip"}), "unreadable choice"),
])
def test_a_foreign_save_is_set_aside_not_used(sample, work_dir, change, reason):
    store = SortingStore(sample, "dave")
    store.load()
    store.set("s2", label="opinion")
    data = json.loads(store.path.read_text(encoding="utf-8"))
    change(data)
    store.path.write_text(json.dumps(data), encoding="utf-8")
    fresh = SortingStore(sample, "dave")
    assert fresh.load() == {}
    assert reason in fresh.problem
    assert any(p.name.startswith("turkey-s400.mismatch-") for p in store.path.parent.iterdir())


def test_student_names_cannot_escape_the_work_folder(sample, work_dir):
    with pytest.raises(ValueError):
        SortingStore(sample, "../../etc")


def test_rewrite_challenge_checks_with_the_toolkit():
    ok, message = check_rewrite("That alone may be enough for Russia, Kasapoglu said.", "attributed")
    assert ok and "Kasapoglu" in message
    ok, message = check_rewrite("That alone may be enough for Russia.", "fact")
    assert not ok and "opinion" in message
    assert check_rewrite("Hi", "fact")[0] is False
    with pytest.raises(ValueError):
        check_rewrite("A whole sentence here.", "rumour")


def test_rewrite_challenge_follows_the_reading_rules_given_the_original():
    original = "That alone may be enough for Russia."
    ok, message = check_rewrite("That alone may be enough for Russia, Kasapoglu said.", "attributed", original=original)
    assert not ok and "Never add a source the original did not give" in message
    ok, message = check_rewrite("That alone is enough for Russia.", "fact", original=original)
    assert not ok and "does not turn a guess into a fact" in message
    ok, _ = check_rewrite("The story's reporter suggests that the sale alone may be enough for Russia.", "attributed",
                          original=original)
    assert ok
    assert check_rewrite("China bought the S-400 before Turkey did.", "fact", original=original)[0]
    assert check_rewrite("That alone may be enough for Russia, according to the Daily Caller.", "attributed",
                         original=original, allowed_sources=["The Daily Caller"])[0]
