"""The sorting widget in Chromium: lesson 05 in JupyterLab with the mouse, and a keyboard-only run.

In JupyterLab a student sorts sentences by clicking and the choices are on disk. With the
keyboard alone, a student reaches each sentence's choices with Tab, chooses with the arrow
keys or Space, presses Check with Enter and hears the score; what they chose is on disk.
"""

from __future__ import annotations

import nbformat

from .a11y import focused, tab_to
from .harness import error_outputs, open_notebook, run_all_cells, wait_for_file

LESSON = "lessons/05-fact-or-opinion.ipynb"


def row(page, sentence_id: str):
    return page.locator(".tk-sort-row", has=page.locator(f".tk-sort-text[data-sentence='{sentence_id}']")).first


def choose(row_locator, label: str) -> None:
    row_locator.locator("label.tk-choice-option", has_text=label).click()


def test_sorting_widget_saves_what_the_student_clicks(page, lab):
    open_notebook(page, lab, LESSON)
    run_all_cells(page)
    assert error_outputs(page) == []

    isik = row(page, "s16")
    choose(isik, "Attributed")
    source = isik.locator("input[type='text']")
    source.wait_for()
    source.fill("Isik")
    guess = row(page, "s26")
    choose(guess, "Opinion")

    saved = lab.work / "browser-test" / "sorting" / "turkey-s400.json"
    data = wait_for_file(saved, lambda d: d.get("choices", {}).get("s26", {}).get("label") == "opinion"
                         and d["choices"].get("s16", {}).get("source") == "Isik")
    assert data["choices"]["s16"]["label"] == "attributed"
    assert data["student"] == "browser-test" and data["article"] == "turkey-s400"
    assert guess.get_by_role("radio", name="Opinion").is_checked()

    page.locator(".tk-sorting").first.locator("button.widget-button", has_text="Check").click()
    feedback = row(page, "s16").locator(".tk-sort-feedback")
    feedback.wait_for()
    assert "Fikri Isik" in feedback.inner_text()
    assert "Score:" in page.locator(".tk-sort-score").first.inner_text()


def test_sorting_with_the_keyboard_only(page, voila):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(
        "from toolkit import sample_article\n"
        "from toolkit.widgets.sorting_activity import sorting_activity\n"
        "sorting_activity(sample_article(), 'framing')"
    )]
    nbformat.write(notebook, voila.site / "sorting_keys.ipynb")
    page.goto(voila.voila_url("sorting_keys.ipynb"))
    page.locator(".tk-sort-status").wait_for(timeout=120_000)
    saved = voila.work / "browser-test" / "sorting" / "turkey-s400.json"

    # s2: Tab into its choices (focus lands on the first, "Reported fact"); Left goes round to the last,
    # "No claim", and once more to "Opinion".
    tab_to(page, "input.tk-choice-input", within=".tk-sort-row")
    assert "Reported fact" in page.evaluate("document.activeElement.labels[0].textContent")
    page.keyboard.press("ArrowLeft")
    assert "No claim" in page.evaluate("document.activeElement.labels[0].textContent")
    page.keyboard.press("ArrowLeft")
    data = wait_for_file(saved, lambda d: d.get("choices", {}).get("s2", {}).get("label") == "opinion")
    page.locator(".tk-sort-status", has_text="Saved: 1 of 2").wait_for()  # the live region says so
    # s3: the next Tab goes to the next sentence's choices; Space picks the focused one ("Reported fact").
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.tk-sort-row').querySelector('.tk-sort-text')"
                         ".dataset.sentence") == "s3"
    page.keyboard.press("Space")
    data = wait_for_file(saved, lambda d: d["choices"].get("s3", {}).get("label") == "fact")
    assert data["choices"]["s2"] == {"label": "opinion", "source": ""}
    tab_to(page, "button.widget-button")
    assert "Check" in focused(page)
    page.keyboard.press("Enter")
    score = page.locator(".tk-live .tk-sort-score")
    score.wait_for()
    assert "Score: 1 out of 2" in score.inner_text()  # s2 is opinion in the key, s3 is not a fact
    assert page.locator(".tk-sort-feedback[data-verdict='right']").count() == 1
    assert page.locator(".tk-sort-feedback[data-verdict='wrong']").count() == 1
