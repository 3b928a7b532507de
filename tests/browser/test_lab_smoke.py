"""JupyterLab in Chromium: the welcome lesson opens, runs, and its widget answers a click."""

from __future__ import annotations

from playwright.sync_api import expect

from .harness import error_outputs, open_notebook, run_all_cells


def test_welcome_lesson_runs_and_its_widget_responds(page, lab):
    open_notebook(page, lab, "lessons/00-welcome.ipynb")
    run_all_cells(page)
    assert error_outputs(page) == []
    button = page.locator(".widget-toggle-button", has_text="caption")
    button.click()
    # The kernel redraws after the click returns: wait for the paragraphs to go, not for captions
    # (they are already shown under "all").
    expect(page.locator(".tk-kind-paragraph")).to_have_count(0, timeout=60_000)
    assert "REUTERS/Grigory Dukor" in page.locator(".tk-kind-caption").first.inner_text()
    assert "mod-active" in (button.get_attribute("class") or "")
