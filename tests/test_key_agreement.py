"""The two answer keys of an article must agree: `validate` reports a sentence key and a span key
that contradict each other, and the shipped keys agree with each other and with the reading rules."""

from __future__ import annotations

import json
import shutil

import pytest

from toolkit import load_article
from toolkit.authoring.validate import validate_seed
from toolkit.claims.reading_rules import get_rule, load_reading_rules
from toolkit.keys.key_agreement import key_contradictions
from tests.conftest import ROOT

SEEDS = ("turkey-s400", "riverside-water")


def _keys(slug: str):
    folder = ROOT / "seeds" / slug / "keys"
    return (json.loads((folder / "sentences.json").read_text(encoding="utf-8")),
            json.loads((folder / "spans.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("slug", SEEDS)
def test_the_shipped_keys_agree(slug):
    article = load_article(ROOT / "seeds" / slug)
    sentences, spans = _keys(slug)
    assert [str(c) for c in key_contradictions(article, sentences, spans)] == []


@pytest.mark.parametrize("slug", SEEDS)
def test_every_cited_rule_gives_its_labels_full_credit(slug):
    sentences, _ = _keys(slug)
    for sentence_id, entry in sentences["sentences"].items():
        full = {entry["label"], *entry.get("also_right", [])}
        for rule_id in entry.get("rules", []):
            rule = get_rule(rule_id)
            if rule.label is not None and rule.label in full:
                assert set(rule.also_right) <= full, (slug, sentence_id, rule_id)


def test_validate_reports_a_contradicting_pair(tmp_path):
    seed = tmp_path / "turkey-s400"
    shutil.copytree(ROOT / "seeds" / "turkey-s400", seed)
    assert validate_seed(seed) == []
    article = load_article(seed)
    sentences_path, spans_path = seed / "keys" / "sentences.json", seed / "keys" / "spans.json"
    sentences = json.loads(sentences_path.read_text(encoding="utf-8"))
    spans = json.loads(spans_path.read_text(encoding="utf-8"))
    # The sentence key says the "is considered" sentence is plain opinion, with no attributed alternative,
    # while the span key marks it attributed; and it calls the fever-pitch sentence a fact with no
    # alternative while the span key marks its last clause as opinion.
    sentences["sentences"]["s20"].pop("also_right")
    sentences["sentences"]["s15"].pop("also_right")
    # And a headline the sentence key calls attributed loses its attributed and source spans.
    s7 = article.sentence("s7")
    spans["spans"] = [s for s in spans["spans"] if not (s7.start <= s["start"] < s7.end)]
    sentences_path.write_text(json.dumps(sentences, indent=2, ensure_ascii=False), encoding="utf-8")
    spans_path.write_text(json.dumps(spans, indent=2, ensure_ascii=False), encoding="utf-8")
    problems = [p for p in validate_seed(seed) if "contradicts spans.json" in p.message]
    messages = "\n".join(p.message for p in problems)
    assert "s20 / span att-05: the span key marks an attributed claim" in messages
    assert "s15 / span opi-03: the span key marks an opinion clause" in messages
    assert "s7: the sentence key calls it attributed, but the span key has no attributed span" in messages
    assert "s7: the sentence key credits it to 'unnamed reports', but the span key marks no source" in messages
    lines = sentences_path.read_text(encoding="utf-8").splitlines()
    s20 = next(p for p in problems if p.message.startswith("contradicts spans.json: s20"))
    assert '"s20"' in lines[s20.line - 1]


def test_a_no_claim_line_may_hold_a_source_but_not_a_claim():
    article = load_article(ROOT / "seeds" / "turkey-s400")
    credit = article.sentence("s27")
    sentences = {"sentences": {"s27": {"label": "no_claim", "source": None}}}
    source = {"id": "a", "start": credit.end - 17, "end": credit.end - 1, "label": "source"}
    assert key_contradictions(article, sentences, {"spans": [source]}) == []
    fact = {"id": "b", "start": credit.start, "end": credit.end, "label": "fact"}
    assert [c.span_id for c in key_contradictions(article, sentences, {"spans": [source, fact]})] == ["b"]


def test_the_rules_file_is_complete_and_readable():
    rules = load_reading_rules()
    assert {"no-claim", "loaded-word-in-a-fact", "vague-attribution", "quoted-words-are-the-speakers",
            "plain-news-verbs", "calm-is-not-true", "no-new-sources", "guess-stays-a-guess"} <= {r.id for r in rules}
    for rule in rules:
        assert rule.rule.endswith(".") and len(rule.rule.split()) < 60, rule.id
        assert rule.example and 0 < rule.lesson < 7


def test_reviewing_a_key_keeps_its_rules_and_full_credit_labels(tmp_path):
    from toolkit.keys.sentence_review import SentenceKeyReview

    seed = tmp_path / "turkey-s400"
    shutil.copytree(ROOT / "seeds" / "turkey-s400", seed)
    article = load_article(seed)
    review = SentenceKeyReview(article)
    review.set_note("s15", "A checkable report with a loaded phrase.")
    review.set_also_right("s9", ["attributed"])
    review.set_label("s4", "no_claim")
    review.save()
    saved = json.loads((seed / "keys" / "sentences.json").read_text(encoding="utf-8"))["sentences"]
    assert saved["s15"]["also_right"] == ["opinion"] and saved["s15"]["rules"] == ["loaded-word-in-a-fact"]
    assert saved["s9"]["also_right"] == ["attributed"] and "attributed" not in saved["s9"].get("accept", [])
    assert saved["s4"]["label"] == "no_claim"
