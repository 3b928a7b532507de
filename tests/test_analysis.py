"""One analysis per article and lexicon: each layer once, the instructor's lexicon everywhere, nothing swallowed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import toolkit.analysis.article_analysis as article_analysis
from toolkit import parse_article, sample_article
from toolkit.analysis import analysis_of, analyze, part_report
from toolkit.keys.drafting import draft_keys
from toolkit.keys.sentence_keys import draft_sentence_key
from toolkit.loaded import load_lexicon

TEXT = "Council meeting\n\nThe council frobnicated the budget on Tuesday. It met at noon."


@pytest.fixture
def course_lexicon(tmp_path):
    path = tmp_path / "lexicon.txt"
    path.write_text("frobnicated | contempt | 0.9 | A made-up insult, for this test. | cut\n", encoding="utf-8")
    return load_lexicon(path)


def test_loaded_language_is_found_once_for_every_view(monkeypatch):
    calls = []
    real = article_analysis.detect

    def counting_detect(article, lexicon=None):
        calls.append(article)
        return real(article, lexicon=lexicon)

    monkeypatch.setattr(article_analysis, "detect", counting_detect)
    article = sample_article()
    analyze(article)
    part_report(article)
    analysis_of(article).sentence_labels
    assert len(calls) == 1
    assert analysis_of(article) is analysis_of(article)


def test_the_instructors_lexicon_reaches_the_labels_and_the_drafted_keys(course_lexicon):
    article = parse_article(TEXT)
    sentence = "The council frobnicated the budget on Tuesday."
    built_in = {s.text: s.label for s in analysis_of(article).sentence_labels}
    with_course = {s.text: s.label for s in analysis_of(article, course_lexicon).sentence_labels}
    assert built_in[sentence] == "fact" and with_course[sentence] == "opinion"
    drafted = draft_sentence_key(article, lexicon=course_lexicon)["sentences"]
    assert {entry["text"]: entry["label"] for entry in drafted.values()}[sentence] == "opinion"
    spans = draft_keys(article, lexicon=course_lexicon).spans
    assert any(span.text == "frobnicated" and span.label == "loaded" for span in spans.spans)


def test_analyze_gives_every_layer_of_the_contract():
    report = analyze(sample_article())
    assert {"text", "blocks", "sentences", "loaded", "readability", "voices"} <= set(report)
    assert all(s["label"] in ("fact", "attributed", "opinion") or s["label"] for s in report["sentences"])


def test_a_failing_layer_is_not_swallowed(monkeypatch):
    def broken(article, lexicon=None):
        raise RuntimeError("the lexicon layer broke")

    monkeypatch.setattr(article_analysis, "detect", broken)
    with pytest.raises(RuntimeError, match="lexicon layer broke"):
        analyze(parse_article(TEXT))


@pytest.mark.slow
def test_analyze_uses_the_course_lexicon_of_the_project(tmp_path):
    seed = tmp_path / "seeds" / "council"
    seed.mkdir(parents=True)
    (tmp_path / "lessons").mkdir()
    (seed / "article.txt").write_text(TEXT + "\n", encoding="utf-8")
    (tmp_path / "lexicon.txt").write_text("frobnicated | contempt | 0.9 | A made-up insult. | cut\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(seed), "--json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [span["text"] for span in report["loaded"]] == ["frobnicated"]
