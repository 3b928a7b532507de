"""Issue 17, finding 1, in a real browser: a lesson generated from a hostile article runs no script.

`new-lesson` makes a lesson from an article whose title, outlet and author are XSS payloads;
Voila (which passes raw HTML in Markdown through) and JupyterLab serve it. No dialog may
open, no payload element may exist, and the title, outlet and author must show literally.
"""

from __future__ import annotations

import pytest

from tests.test_lesson_escaping import AUTHOR, OUTLET, TITLE, article_with

from .harness import start_jupyterlab, start_voila

HEADING = "Who is speaking?"


def generate(server, tmp_path, monkeypatch):
    from toolkit.authoring.new_lesson import new_lesson

    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(server.site))
    new_lesson(article_with(tmp_path), root=server.site, slug="hostile")
    return "lessons/hostile.ipynb"


def watch_dialogs(page) -> list[str]:
    fired: list[str] = []

    def dismiss(dialog):
        fired.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", dismiss)
    return fired


def check_page(page, fired, body_selector: str) -> None:
    page.wait_for_timeout(1500)  # give an onerror/onload handler every chance to fire
    assert fired == []
    for selector in ("img[src='x']", "svg[onload]", "script:has-text('outlet')", "a[href^='javascript:']"):
        assert page.locator(f"{body_selector} {selector}").count() == 0, selector
    text = " ".join(page.locator(body_selector).all_inner_texts())
    assert TITLE in text
    assert OUTLET in text and AUTHOR in text


@pytest.fixture
def hostile_voila(tmp_path, browser):
    server = start_voila(tmp_path / "voila")
    yield server
    server.stop()


@pytest.fixture
def hostile_lab(tmp_path, browser):
    server = start_jupyterlab(tmp_path / "lab")
    yield server
    server.stop()


def test_voila_shows_the_hostile_lesson_as_text(hostile_voila, page, tmp_path, monkeypatch):
    notebook = generate(hostile_voila, tmp_path, monkeypatch)
    fired = watch_dialogs(page)
    page.goto(hostile_voila.voila_url(notebook), timeout=240_000)
    page.get_by_text(HEADING).first.wait_for(timeout=240_000)
    check_page(page, fired, "body")


def test_jupyterlab_shows_the_hostile_lesson_as_text(hostile_lab, page, tmp_path, monkeypatch):
    notebook = generate(hostile_lab, tmp_path, monkeypatch)
    fired = watch_dialogs(page)
    page.goto(hostile_lab.lab_url(notebook))
    page.locator(".jp-RenderedMarkdown", has_text=HEADING).first.wait_for(timeout=180_000)
    page.locator(".jp-RenderedMarkdown", has_text="Instructor notes").first.wait_for(timeout=60_000)
    check_page(page, fired, ".jp-Notebook")
