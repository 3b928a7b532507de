"""Every lesson in a real JupyterLab: open it, Run All, no error output, its main tool and its challenge on screen.

One JupyterLab server serves all the lessons (started once for this module; each lesson's
kernel is shut down after its test, so memory stays flat). Deeper browser tests of single
lessons (marking in lesson 1, the explorer in lesson 3, sorting in lesson 5) live in their own
modules; this one checks that the whole sequence runs as students meet it. One lesson is also
served by Voila, the way a teacher projects it as an app.
"""

from __future__ import annotations

import json
import re
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .harness import TOKEN, error_outputs, open_notebook, run_all_cells, start_jupyterlab, wait_for_file

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
#: The element each lesson's main tool draws (tests/test_lessons.py checks each lesson shows its tool).
MAIN_WIDGET = {
    "00": "label.tk-choice-option:has-text('caption')",
    "01": ".tk-ann-text .tk-ann-block",
    "02": ".tk-voices",
    "03": "[role='status'] .tk-rd-score",
    "04": ".tk-loaded-article",
    "05": ".tk-sorting",
    "06": ".tk-report-table",
    "07": ".tk-evidence",
    "08": ".tk-sorting",
}


def challenge_question(name: str) -> str:
    """The question id the lesson's challenge shows, read from the notebook."""
    notebook = json.loads((ROOT / "lessons" / name).read_text(encoding="utf-8"))
    source = "\n".join("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code")
    return re.search(r'Exercise\("[\w-]+"\)\.show\("(\w+)"\)', source).group(1)


@pytest.fixture(scope="module")
def lessons_lab(tmp_path_factory, browser):
    server = start_jupyterlab(tmp_path_factory.mktemp("lessons-lab"))
    yield server
    server.stop()


def shut_down_kernels(server) -> None:
    """End every session's kernel, so one lesson's kernel does not outlive its test."""
    base = f"{server.base}/api/sessions"
    with urllib.request.urlopen(f"{base}?token={TOKEN}", timeout=10) as response:
        sessions = json.load(response)
    for session in sessions:
        request = urllib.request.Request(f"{base}/{session['id']}?token={TOKEN}", method="DELETE")
        urllib.request.urlopen(request, timeout=10).close()


def test_every_lesson_has_a_smoke_test():
    assert sorted(MAIN_WIDGET) == [name[:2] for name in LESSONS]


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_runs_in_jupyterlab_and_shows_its_tool(page, lessons_lab, name):
    try:
        open_notebook(page, lessons_lab, f"lessons/{name}")
        run_all_cells(page)
        assert error_outputs(page) == []
        tool = page.locator(MAIN_WIDGET[name[:2]]).first
        tool.scroll_into_view_if_needed()
        expect(tool).to_be_visible()
        challenge = page.locator(f".tk-ex-q-{challenge_question(name)}").first
        challenge.scroll_into_view_if_needed()
        expect(challenge.get_by_role("button", name="Check", exact=True)).to_be_visible()
        if name.startswith("00"):  # the welcome lesson's tool answers a click, and the keyboard
            tool.click()
            expect(page.locator(".tk-kind-paragraph")).to_have_count(0)  # the kernel redraws after the click
            expect(page.locator(".tk-kind-caption")).to_have_count(1)
            caption = page.get_by_role("radio", name="caption", exact=True)
            expect(caption).to_be_checked()
            expect(page.get_by_role("group", name="Show:")).to_be_visible()
            caption.focus()
            page.keyboard.press("ArrowRight")  # inside JupyterLab too, the arrow keys move the choice
            expect(page.get_by_role("radio", name="credit", exact=True)).to_be_checked()
            expect(page.get_by_role("status").filter(has_text="who wrote or first published")).to_have_count(1)
        if name.startswith("07"):  # a written answer is saved in the work folder as the student types
            box = page.locator(".widget-textarea textarea").first
            box.scroll_into_view_if_needed()
            box.fill("Late April 2017: the Sochi meeting on May 3 is still to come.")
            box.press("Tab")  # the box saves when it loses focus
            saved = lessons_lab.work / "browser-test" / "written" / "07-lateral-reading.json"
            data = wait_for_file(saved, lambda d: "dates" in d.get("answers", {}))
            assert data["answers"]["dates"]["text"].startswith("Late April 2017")
            expect(page.get_by_text("Saved (", exact=False).first).to_be_visible()
        if name.startswith("08"):  # the highlighter marks the words the release's own lexicon.txt adds
            marked = page.locator(".tk-loaded-article").first
            marked.scroll_into_view_if_needed()
            expect(marked).to_contain_text("lifelines")
            expect(marked.locator("mark", has_text="hit the ground running").first).to_be_visible()
        assert error_outputs(page) == []
    finally:
        shut_down_kernels(lessons_lab)


def test_lesson_six_renders_and_saves_in_voila(page, voila):
    """Served as an app: the report, the new story's sorting and the challenge appear, and a click is saved."""
    page.goto(voila.voila_url("lessons/06-putting-it-together.ipynb"))
    report = page.locator(".tk-report-table").first
    report.wait_for(timeout=120_000)
    assert "part by part" in report.locator("caption").inner_text()
    assert page.locator(".tk-report-table").count() == 2  # the sample's report and the new story's
    row = page.locator(".tk-sort-row", has=page.locator(".tk-sort-text[data-sentence='s12']")).first
    row.scroll_into_view_if_needed()
    row.locator("label.tk-choice-option", has_text="Reported fact").click()
    saved = voila.work / "browser-test" / "sorting" / "riverside-water.json"
    data = wait_for_file(saved, lambda d: d.get("choices", {}).get("s12", {}).get("label") == "fact")
    assert data["article"] == "riverside-water"
    page.locator(".tk-ex-q-q3 .tk-ann-text").first.wait_for()
    assert "Traceback" not in page.locator("body").inner_text()
