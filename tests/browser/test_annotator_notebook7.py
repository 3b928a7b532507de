"""Notebook 7, the other Jupyter front end a class may use: lesson 1's annotation tool works there too.

The anywidget module is the same one JupyterLab loads; this checks that Notebook 7 draws it,
that a mouse selection and a label key reach the kernel, and that the save file holds the
right offsets.
"""

from __future__ import annotations

import json
import time
import urllib.request

import pytest

from .harness import TOKEN, error_outputs, start_jupyterlab
from .test_annotator import mark_in_sample

LESSON = "lessons/01-first-read.ipynb"
PHRASE = "jumping ship"


@pytest.fixture
def notebook7(tmp_path, browser):
    server = start_jupyterlab(tmp_path, app="notebook")
    yield server
    server.stop()


def wait_for_idle_kernel(server, timeout: float = 120) -> None:
    """Notebook 7 shows the kernel's state as an icon, so ask the server instead."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"{server.base}/api/sessions?token={TOKEN}", timeout=5) as response:
            sessions = json.load(response)
        if any(s.get("kernel", {}).get("execution_state") == "idle" for s in sessions):
            return
        time.sleep(0.5)
    raise AssertionError(f"no idle kernel within {timeout:.0f} s:\n{server.log_tail()}")


def test_a_mark_made_in_notebook7_is_saved(page, notebook7, sample):
    save = notebook7.work / "browser-test" / "annotations" / "turkey-s400.json"
    page.goto(notebook7.notebook7_url(LESSON))
    page.locator(".jp-Notebook").first.wait_for(timeout=120_000)
    wait_for_idle_kernel(notebook7)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.locator(".tk-ann-text .tk-ann-block").first.wait_for(timeout=180_000)
    assert error_outputs(page) == []

    mark_in_sample(page, save, sample, PHRASE)
    page.locator("mark.tk-ann-mark[data-label='loaded']").filter(has_text=PHRASE).wait_for()
