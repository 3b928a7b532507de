"""JupyterLab in Chromium: the readability lesson runs, its explorer follows a student's choices."""

from __future__ import annotations

from .harness import error_outputs, open_notebook, run_all_cells


def test_readability_lesson_explorer_figure_and_challenge(page, lab):
    open_notebook(page, lab, "lessons/03-readability.ipynb")
    run_all_cells(page)
    assert error_outputs(page) == []

    status = page.locator("[role='status'] .tk-rd-score").first
    status.wait_for()
    status.scroll_into_view_if_needed()
    assert "for the framing" in status.text_content()
    assert page.locator(".tk-span-label", has_text="hardest 1").count() >= 1

    part = page.get_by_label("Part of the article:")
    part.focus()
    part.press("ArrowDown")  # from the framing to the body: the menu's choice changes, not the notebook's cell
    page.locator("[role='status'] .tk-rd-score", has_text="for the body").wait_for()
    formula = page.get_by_label("Formula:")
    formula.select_option(label="Dale-Chall score")
    page.locator("[role='status'] .tk-rd-score", has_text="Dale-Chall score").wait_for()
    counted = page.locator("table.tk-rd-inputs", has_text="What Dale-Chall score counted in the body")
    counted.wait_for()
    assert "words not on the familiar-word list" in counted.text_content()

    image = page.locator("figure img[alt^='Bar chart']")
    image.scroll_into_view_if_needed()
    assert "the framing" in image.get_attribute("alt")

    challenge = page.locator(".tk-ex-q-q4")  # question 4 of exercise 3, shown in the lesson
    answer = challenge.locator("label.tk-choice-option", has_text="sentences are much longer")
    answer.scroll_into_view_if_needed()
    answer.click()
    challenge.get_by_role("button", name="Check").click()
    challenge.locator("[role='status'] .tk-ex-feedback", has_text="Right.").wait_for()
