"""A school laptop's screen (1366x768) in JupyterLab: labels in view, no cut button text, keys that work.

Screenshots of what was checked are saved in test-artifacts/ (school-laptop-*.png) for a
person to look at; the assertions measure the same thing on the page.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from .conftest import ARTIFACTS
from .harness import error_outputs, open_notebook, run_all_cells

NOTEBOOK = "school_laptop.ipynb"
WIDTH, HEIGHT = 1366, 768
#: The page area of a maximised browser on a 1366x768 screen: taskbar, tabs, address and bookmarks bars take the rest.
WINDOW_HEIGHT = 600
CELLS = [
    "from toolkit import sample_article\nfrom toolkit.exercises import Exercise\narticle = sample_article()",
    "from toolkit.widgets.annotate import annotate\nannotate(article, student='laptop')",
    "from toolkit.widgets.rewrite_activity import rewrite_activity\nrewrite_activity(article)",
    "from toolkit.widgets.review_sentence_key import review_sentence_key\nreview_sentence_key(article)",
    "ex = Exercise('01-annotation', student='laptop')\nex.show('q4')",
    "ex.hand_in()",
]


@pytest.fixture(params=[HEIGHT, WINDOW_HEIGHT], ids=lambda h: f"{WIDTH}x{h}")
def laptop(browser, lab, request):
    context = browser.new_context(viewport={"width": WIDTH, "height": request.param})
    context.set_default_timeout(60_000)
    page = context.new_page()
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code) for code in CELLS])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, lab.site / NOTEBOOK)
    open_notebook(page, lab, NOTEBOOK)
    run_all_cells(page)
    assert error_outputs(page) == []
    page.locator(".tk-ann-text .tk-ann-block").first.wait_for()
    ARTIFACTS.mkdir(exist_ok=True)
    yield page
    context.close()


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.evaluate("e => { const r = e.getBoundingClientRect(); "
                                                 "return {top: r.top, bottom: r.bottom, height: r.height}; }")


def test_the_labels_stay_in_view_with_the_end_of_the_article(laptop):
    page = laptop
    annotator = ".jp-OutputArea .tk-ann"
    text = page.locator(f"{annotator} .tk-ann-text").first
    # Read to the end of the article, then bring the end of the text area into view.
    text.evaluate("e => { e.scrollTop = e.scrollHeight; e.scrollIntoView({block: 'end'}); }")
    page.wait_for_timeout(300)
    panel = _box(page, ".jp-NotebookPanel .jp-WindowedPanel-outer")
    palette = _box(page, f"{annotator} .tk-ann-palette")
    end = _box(page, f"{annotator} .tk-ann-text")
    page.screenshot(path=str(ARTIFACTS / f"school-laptop-annotator-{page.viewport_size['height']}.png"))
    assert palette["top"] >= panel["top"] - 1 and end["bottom"] <= panel["bottom"] + 1, \
        f"labels {palette} and the end of the article {end} do not fit in the notebook's view {panel}"
    last = page.locator(annotator).first.locator(".tk-ann-text .tk-ann-block").last
    assert last.evaluate("e => e.getBoundingClientRect().bottom") <= end["bottom"] + 1  # the article's end shows
    assert last.is_visible()


def test_no_button_text_is_cut(laptop):
    page = laptop
    cut = page.evaluate("""() => [...document.querySelectorAll('.jp-OutputArea button')]
        .filter(b => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
        .map(b => b.textContent.trim())""")
    page.locator(".jp-OutputArea button").filter(has_text="Check my rewrite").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"school-laptop-buttons-{page.viewport_size['height']}.png"))
    assert cut == [], f"buttons whose words do not fit: {cut}"
    for words in ("Check my rewrite", "Accept every answer", "Save as reviewed", "Hand in my work"):
        assert page.locator(".jp-OutputArea button").filter(has_text=words).count() >= 1, words


def test_the_keyboard_line_names_the_key_that_marks_the_selection(laptop):
    page = laptop
    question = page.locator(".tk-ex-question").first
    question.scroll_into_view_if_needed()
    page.wait_for_timeout(500)  # JupyterLab draws cells as they scroll into view
    line = " ".join(question.locator(".tk-keys").first.text_content().split())
    found = re.search(r"(\w) marks the selection as (\w[\w ]*)", line)
    assert found, line
    key, title = found.groups()
    palette = question.locator(".tk-ann-palette").text_content()
    assert title.lower() in palette.lower() and key in palette, (line, palette)
    text = question.locator(".tk-ann-text")
    text.scroll_into_view_if_needed()
    text.focus()
    for _ in range(3):
        page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press(key)
    question.locator("mark.tk-ann-mark").first.wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / f"school-laptop-keyboard-{page.viewport_size['height']}.png"))
