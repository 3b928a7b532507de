"""JupyterLab in Chromium: lesson 05 runs, a student sorts sentences by clicking, and the choices are on disk."""

from __future__ import annotations

from .harness import error_outputs, open_notebook, run_all_cells, wait_for_file

LESSON = "lessons/05-fact-or-opinion.ipynb"


def row(page, sentence_id: str):
    return page.locator(".tk-sort-row", has=page.locator(f"#tk-sort-{sentence_id}")).first


def test_sorting_widget_saves_what_the_student_clicks(page, lab):
    open_notebook(page, lab, LESSON)
    run_all_cells(page)
    assert error_outputs(page) == []

    isik = row(page, "s16")
    isik.locator(".widget-toggle-button", has_text="Attributed").click()
    source = isik.locator("input[type='text']")
    source.wait_for()
    source.fill("Isik")
    guess = row(page, "s26")
    guess.locator(".widget-toggle-button", has_text="Opinion").click()

    saved = lab.work / "browser-test" / "sorting" / "turkey-s400.json"
    data = wait_for_file(saved, lambda d: d.get("choices", {}).get("s26", {}).get("label") == "opinion"
                         and d["choices"].get("s16", {}).get("source") == "Isik")
    assert data["choices"]["s16"]["label"] == "attributed"
    assert data["student"] == "browser-test" and data["article"] == "turkey-s400"
    assert "mod-active" in (guess.locator(".widget-toggle-button", has_text="Opinion").get_attribute("class") or "")

    page.locator(".tk-sorting").first.locator("button.widget-button", has_text="Check").click()
    feedback = row(page, "s16").locator(".tk-sort-feedback")
    feedback.wait_for()
    assert "Fikri Isik" in feedback.inner_text()
    assert "Score:" in page.locator(".tk-sort-score").first.inner_text()
