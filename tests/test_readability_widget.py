"""The readability explorer and the report: what a student sees, escaped and named in words."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from toolkit import parse_article
from toolkit.analysis.report import analyze, format_report


@pytest.fixture(scope="module")
def explorer(sample):
    from toolkit.widgets.readability_explorer import readability_explorer

    return readability_explorer(sample)


def parts(box):
    return box.formula_picker, box.view_picker, box.hardest_picker, box.status, box.details, box.text


def test_explorer_shows_score_interpretation_and_inputs(explorer):
    formula, view, hardest, status, details, text = parts(explorer)
    assert formula.value == "flesch_kincaid_grade" and view.value == "prose"
    assert status.politeness == "polite"  # a live region that stays on the page
    assert "Flesch-Kincaid grade</b> for the prose: <b>14.2</b>, college level" in status.value
    assert "<caption>What Flesch-Kincaid grade counted in the prose</caption>" in details.value
    for count in ("words", "sentences", "syllables"):
        assert f'<th scope="row">{count}</th>' in details.value
    assert "0.39 \u00d7 (361 \u00f7 14)" in details.value
    # The hardest sentences are named in text, not only coloured.
    assert text.value.count('class="tk-span-label"') == 3
    assert "[hardest 1, grade 22.4]" in text.value and 'data-sentence="s24"' in text.value


def test_explorer_follows_the_pickers(explorer):
    formula, view, hardest, status, details, text = parts(explorer)
    labels = dict((key, label) for label, key in view.options)
    assert {"whole", "prose", "part:framing", "part:body", "kind:list_item"} <= set(labels)
    assert "group:1" not in labels  # the same sentences as the framing: not offered twice
    view.value = "part:framing"
    formula.value = "smog_index"
    assert "SMOG index</b> for the framing: <b>18.8</b>" in status.value
    assert "1.043 \u00d7 \u221a(30 \u00d7 15 \u00f7 2)" in details.value
    assert "Warning:</b> The framing has only 76 words" in details.value
    assert "(not in this part)" in text.value
    hardest.value = 1
    assert text.value.count('class="tk-span-label"') == 1 and "[hardest 1, grade 21.1]" in text.value
    view.value = "whole"
    formula.value = "flesch_reading_ease"
    assert "textstat&#x27;s own count" in details.value
    assert "39.2" in status.value
    hardest.value = 0
    assert "No sentences are highlighted" in text.value
    view.value, formula.value, hardest.value = "prose", "flesch_kincaid_grade", 3


def test_explorer_escapes_the_article():
    from toolkit.widgets.readability_explorer import readability_explorer

    article = parse_article("Title <b>here</b>\n\nThe <script>alert(1)</script> tag is long and complicated "
                            "and unnecessarily elaborate. Second sentence & more.")
    box = readability_explorer(article, view="whole")
    *_, text = parts(box)
    assert "<script>" not in text.value and "&lt;script&gt;" in text.value
    assert "<b>here</b>" not in text.value


def test_explorer_shows_withheld_scores():
    from toolkit.widgets.readability_explorer import readability_explorer
    from toolkit.readability.measure import prose_article

    box = readability_explorer(prose_article(" ".join(["words without any full stop"] * 40)))
    _, _, _, status, details, _ = parts(box)
    assert "no score, because" in status.value and "full stops are missing" in status.value
    assert "Warning:</b>" in details.value


def test_formula_table_html_is_a_labelled_table():
    from toolkit.widgets.readability_explorer import formula_table_html

    html = formula_table_html()
    assert "<caption>What each readability formula counts</caption>" in html
    assert html.count('<th scope="row">') == 8 and "Why they disagree" in html


def test_analyze_fills_readability(sample):
    report = analyze(sample)
    readability = report["readability"]
    assert {"prose", "whole", "by_kind", "warnings", "by_part", "hardest"} <= set(readability)
    assert readability["whole"]["sentences"] == 20 and readability["prose"]["sentences"] == 14
    json.dumps(report)
    text = format_report(report)
    assert "Readability (prose: paragraph sentences only" in text
    assert "Flesch-Kincaid grade" in text and "framing" in text and "Hardest prose sentences" in text
    assert "textstat reads the whole page as 20 sentences" in " ".join(text.split())


def test_analyze_command_includes_readability(project_root):
    result = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(project_root / "seeds" / "turkey-s400"),
                             "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    readability = json.loads(result.stdout)["readability"]
    assert readability["prose"]["flesch_kincaid_grade"] == pytest.approx(14.21, abs=0.01)
    assert readability["by_kind"]["list_item"]["sentences"] == 8


@pytest.mark.parametrize("text", ["Hi", "One two three", "\u00bfQu\u00e9 tal? Muy bien, gracias.", "- a\n- b\n- c"])
def test_analyze_never_fails_on_tiny_or_odd_articles(text):
    report = analyze(parse_article(text))
    json.dumps(report)
    assert "warnings" in report["readability"]
    format_report(report)
