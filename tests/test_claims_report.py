"""The analyze report carries each sentence's label, source, confidence and cues, and the voice per part."""

from __future__ import annotations

import json
import subprocess
import sys

from toolkit.analysis.report import analyze, format_report


def test_every_sentence_in_the_json_has_a_label_source_confidence_and_cues(sample):
    report = json.loads(json.dumps(analyze(sample), ensure_ascii=False))
    text = report["text"]
    for sentence in report["sentences"]:
        assert sentence["label"] in ("fact", "attributed", "opinion", "no_claim")
        assert sentence["source"] is None or isinstance(sentence["source"], str)
        assert 0.0 <= sentence["confidence"] <= 1.0
        assert sentence["cues"]
        for cue in sentence["cues"]:
            assert set(cue) >= {"start", "end", "text", "kind", "why"}
            assert text[cue["start"]:cue["end"]] == cue["text"]
    by_id = {s["id"]: s for s in report["sentences"]}
    assert (by_id["s17"]["source"], by_id["s17"]["via"]) == ("Fikri Isik", "TASS")
    assert [part["name"] for part in report["voices"]][:2] == ["title", "framing"]


def test_the_terminal_report_shows_labels_and_whose_voice(sample):
    out = format_report(analyze(sample))
    assert "-> ATTRIBUTED to Fikri Isik (via TASS)" in out
    assert "-> OPINION" in out and "-> FACT" in out
    assert "Whose voice" in out and "framing" in out


def test_the_command_line_prints_labels(project_root):
    result = subprocess.run([sys.executable, "-m", "toolkit", "analyze", "-", "--json"], capture_output=True,
                            text=True, input="Headline\n\nThe mayor said the bridge is safe. It is a disgrace.",
                            timeout=120)
    assert result.returncode == 0, result.stderr
    labels = [s["label"] for s in json.loads(result.stdout)["sentences"]]
    assert labels[-2:] == ["attributed", "opinion"]


def test_a_text_that_is_not_english_gets_a_warning_not_silent_labels():
    from toolkit import parse_article

    article = parse_article("Titel\n\nDie Regierung hat am Montag beschlossen, die Steuern zu senken. Der Minister "
                            "sagte, dass die Entscheidung richtig sei und dass die Wirtschaft davon profitieren werde.\n")
    report = analyze(article)
    assert report["claims_warnings"] and "English" in report["claims_warnings"][0]
    assert "warning:" in format_report(report)
    assert analyze(parse_article("Title\n\nThe council met on Monday.\n"))["claims_warnings"] == []


def test_a_text_that_is_not_english_gets_no_labels_and_says_so_first():
    from toolkit import parse_article

    article = parse_article("El puente nuevo\n\nEl ayuntamiento aprobó ayer el presupuesto para reparar el puente "
                            "del río. La alcaldesa dijo que las obras empezarán en marzo y que durarán un año. "
                            "Los vecinos esperan que el tráfico mejore pronto.\n")
    report = analyze(article)
    assert report["claims_withheld"] and "English" in report["claims_withheld"]
    assert all(s["label"] is None and s["withheld"] for s in report["sentences"])
    assert report["voices"] == []
    text = format_report(report)
    assert text.splitlines()[2].startswith("warning:")  # right under the title, before any sentence
    assert "FACT" not in text
    assert json.loads(json.dumps(report))["sentences"][0]["label"] is None
