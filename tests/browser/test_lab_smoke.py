"""JupyterLab in Chromium: the welcome lesson opens, runs, and its widget answers a click."""

from __future__ import annotations

from playwright.sync_api import expect

from .harness import error_outputs, open_notebook, run_all_cells


def test_welcome_lesson_runs_and_its_widget_responds(page, lab):
    open_notebook(page, lab, "lessons/00-welcome.ipynb")
    run_all_cells(page)
    assert error_outputs(page) == []
    page.locator("label.tk-choice-option", has_text="caption").click()
    # The kernel redraws after the click returns: wait for the paragraphs to go.
    expect(page.locator(".tk-kind-paragraph")).to_have_count(0)
    expect(page.locator(".tk-kind-caption")).to_have_count(1)
    assert "REUTERS/Grigory Dukor" in page.locator(".tk-kind-caption").first.inner_text()
    expect(page.get_by_role("radio", name="caption")).to_be_checked()
    expect(page.get_by_role("group", name="Show:")).to_be_visible()
    # The same with the keyboard: the arrow keys move the choice inside JupyterLab too.
    page.get_by_role("radio", name="caption").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="credit")).to_be_checked()
    expect(page.get_by_role("status").filter(has_text="who wrote or first published")).to_have_count(1)
