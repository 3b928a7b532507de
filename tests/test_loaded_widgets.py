"""The loaded-language widgets: escaped HTML, toggles, span details, the rewrite activity, the report."""

from __future__ import annotations

import pytest

from toolkit.loaded import detect


@pytest.fixture(autouse=True)
def _agg(monkeypatch):
    monkeypatch.setenv("MPLBACKEND", "Agg")


def test_highlighted_html_escapes_the_text_and_labels_each_span():
    from toolkit.widgets.loaded_highlighter import highlighted_html

    text = "<script>alert(1)</script> The enemy is \u201cdisgraceful\u201d, they said. \U0001f600"
    spans = detect(text)
    html = highlighted_html(text, spans)
    assert "<script>" not in html and "&lt;script&gt;" in html
    for number, span in enumerate(spans, start=1):
        assert f'data-span="{number}"' in html
        assert f"[{number} " in html  # the number and category badge in text, not only colour


def test_hidden_categories_are_not_drawn(sample):
    from toolkit.widgets.loaded_highlighter import highlighted_html

    spans = detect(sample)
    html = highlighted_html(sample, spans, shown=["idiom"])
    assert "tk-loaded-idiom" in html and 'class="tk-loaded tk-loaded-hostility' not in html


def test_highlighter_widget_toggles_and_explains(sample):
    from toolkit.widgets.loaded_highlighter import loaded_highlighter

    widget = loaded_highlighter(sample, chart=False)
    toggles = widget.children[1].children
    status, article, controls, detail = widget.children[2:6]
    total = len(detect(sample))
    assert f"Showing {total} of {total}" in status.value
    toggles[0].value = False
    assert f"of {total}" in status.value and f"Showing {total} of" not in status.value
    chooser = controls.children[0]
    chooser.value = 0
    assert "Why:" in detail.value and "Neutral alternatives" in detail.value
    assert detail.politeness == "polite" and "tk-selected" in article.value
    controls.children[2].click()  # Next
    assert chooser.value == 1


def test_highlighter_chart_and_summary(sample):
    from toolkit.widgets.loaded_highlighter import category_chart, loaded_highlighter, summary_html

    spans = detect(sample)
    html = summary_html(sample, spans)
    assert "<caption>Loaded language by category</caption>" in html and "framing" in html
    figure = category_chart(spans)
    assert len(figure.axes[0].patches) == len({s.category for s in spans})
    assert len(loaded_highlighter(sample).children) == 8


def test_highlighter_on_text_without_loaded_words():
    from toolkit.widgets.loaded_highlighter import loaded_highlighter

    widget = loaded_highlighter("The council met on Tuesday.")
    assert "No loaded words found" in widget.children[1].value


def test_rewrite_activity_checks_the_students_text(sample):
    from toolkit.widgets.rewrite_activity import pick_paragraph, rewrite_activity

    assert pick_paragraph(sample).startswith("Turkey has declared itself an enemy")
    activity = rewrite_activity(sample)
    activity.textarea.value = "Turkey bought Chinese military hardware; NATO objected."
    activity.check()
    assert activity.result.value.startswith("<ul><li>") and "Loaded words or phrases" in activity.details.value
    with pytest.raises(ValueError):
        pick_paragraph(sample, block=999)


def test_analyze_report_fills_loaded(sample):
    from toolkit.analysis.report import analyze, format_report

    report = analyze(sample)
    assert report["loaded"] and all(sample.text[s["start"]:s["end"]] == s["text"] for s in report["loaded"])
    assert {"start", "end", "text", "category", "strength", "why", "alternatives"} <= set(report["loaded"][0])
    assert report["loaded_density"]["by_part"]["framing"]["spans"] >= 4
    text = format_report(report)
    assert "Loaded language" in text and "framing" in text and "\u201cfever pitch\u201d idiom" in text


def test_quality_benchmark_skips_without_data(tmp_path, capsys, project_root):
    import sys

    sys.path.insert(0, str(project_root / "bench"))
    try:
        import bench_loaded_quality
    finally:
        sys.path.remove(str(project_root / "bench"))
    assert bench_loaded_quality.main(["--eval", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
    (tmp_path / "empty").mkdir()
    assert bench_loaded_quality.main(["--eval", str(tmp_path / "empty"), "--no-speed"]) == 0
    out = capsys.readouterr().out
    assert "PTC: skipped" in out and "BABE: skipped" in out
    assert bench_loaded_quality.parse_word_list("['bizarre', \"it's\"]") == ["bizarre", "it's"]
