"""The widget gallery: every widget of the toolkit in a known state, in one notebook, for the audit.

Each `Item` is one widget: a name (its area on the page is the box with the CSS class
`tk-gallery-<name>`), the code that builds it (its last line is the widget), and optionally
what a student does next in the browser (`then`), after which the audit runs again, so
markup that only appears after an interaction (an editor, feedback, a score) is audited too.

To audit a new widget, add one `Item` line to `GALLERY`. To look at the gallery yourself:

    python -m tests.browser.gallery /tmp/gallery.ipynb     # then open it in JupyterLab or Voila
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat

NAME = "a11y_gallery.ipynb"
AREA = "tk-gallery"
STUDENT = "gallery"

SETUP = f"""\
import ipywidgets as widgets
from toolkit import sample_article
from toolkit.exercises import Exercise
article = sample_article()
loaded_at = article.text.index("hold American soldiers hostage")
quoted_at = article.text.index("is considered")

def gallery(name, widget):
    \"\"\"The widget inside a box that marks its area on the page for the audit.\"\"\"
    box = widgets.VBox([widget])
    box.add_class({AREA!r})
    box.add_class({AREA!r} + "-" + name)
    return box
"""


# ----- what a student does next (run in the browser, then the audit runs again) ------------------

def choose(area, text: str, nth: int = 0) -> None:
    """Click a choice of a `ChoiceGroup` by its words (the radio button itself is drawn by its label)."""
    area.locator("label.tk-choice-option", has_text=text).nth(nth).click()


def open_annotation_editor(page, area) -> None:
    """Open the editor of a mark with the keyboard: focus its badge, press Enter."""
    area.locator(".tk-ann-badge").first.focus()
    page.keyboard.press("Enter")
    area.locator(".tk-ann-editor").wait_for()


def explain_first_loaded_word(page, area) -> None:
    area.get_by_label("Explain:").select_option(index=1)
    area.locator(".tk-loaded-detail").wait_for()


def check_a_rewrite(page, area) -> None:
    area.get_by_label("Your rewrite:").fill("The country bought a missile system from Russia.")
    area.get_by_role("button", name="Check my rewrite").click()
    area.locator("table caption", has_text="Your rewrite compared").wait_for()


def sort_and_check(page, area) -> None:
    choose(area, "Opinion")
    choose(area, "Attributed", 1)
    area.locator(".tk-sort-status", has_text="Saved: 2").wait_for()
    area.get_by_role("button", name="Check").click()
    area.locator(".tk-sort-feedback").first.wait_for()


def explain_a_sentence(page, area) -> None:
    area.get_by_label("Why this label?").select_option(index=3)
    choose(area, "Opinion")
    area.locator(".tk-voices .tk-block-text span[data-sentence]:not(.tk-voice)").first.wait_for()


def choose_a_block_kind(page, area) -> None:
    choose(area, "caption")
    area.locator(".tk-kind-caption").wait_for()


def label_a_sentence(page, area) -> None:
    area.get_by_label("Label of s2:").select_option(label="O \u00b7 Opinion")
    area.locator(".tk-sa-status", has_text="Marked").wait_for()


def answer_and_check(page, area) -> None:
    """Answer an exercise question wrongly or partly (the first choice, or a typed answer), Check, Hint."""
    choices = area.locator("label.tk-choice-option")
    boxes = area.locator("input[type='checkbox']")
    typed = area.locator("input[type='text']:visible, textarea:visible")
    if choices.count():
        choices.first.click()
    elif boxes.count():
        boxes.first.check()
    for index in range(typed.count()):
        typed.nth(index).fill("12")
        typed.nth(index).press("Tab")  # a box sends its value when it loses focus
    area.get_by_role("button", name="Check", exact=True).click()
    area.locator(".tk-ex-feedback").wait_for()
    hint = area.get_by_role("button", name=re.compile(r"^Hint 1 of"))
    if hint.count():
        hint.click()
        area.locator(".tk-ex-hints li").first.wait_for()


def pick_a_part(page, area) -> None:
    area.get_by_label("Part of the article:").select_option(label="the body")
    area.locator(".tk-rd-score", has_text="for the body").wait_for()


@dataclass(frozen=True)
class Item:
    """One widget in the gallery: its name, the code that makes it, and an optional interaction."""

    name: str
    code: str
    then: Callable | None = None  # then(page, area_locator): what a student does next
    ready: str = ""  # a selector inside the area that shows the widget has finished drawing


GALLERY: list[Item] = [
    Item("anatomy", "from toolkit.widgets.article_anatomy import article_anatomy\narticle_anatomy(article)",
         choose_a_block_kind),
    Item("readability-explorer", "from toolkit.widgets.readability_explorer import readability_explorer\n"
         "readability_explorer(article)", pick_a_part, ready=".tk-rd-score"),
    Item("formula-table", "from toolkit.widgets.readability_explorer import formula_table_html\n"
         "widgets.HTML(formula_table_html())"),
    Item("readability-figure", "from toolkit.readability.figure import readability_figure\n"
         "widgets.HTML(readability_figure(article)._repr_html_())", ready="img"),
    Item("loaded-highlighter", "from toolkit.widgets.loaded_highlighter import loaded_highlighter\n"
         "loaded_highlighter(article)", explain_first_loaded_word, ready="figure img"),
    Item("rewrite", "from toolkit.widgets.rewrite_activity import rewrite_activity\nrewrite_activity(article)",
         check_a_rewrite),
    Item("sorting", "from toolkit.widgets.sorting_activity import sorting_activity\n"
         f"sorting_activity(article, 'body', student={STUDENT!r})", sort_and_check, ready=".tk-sort-status"),
    Item("voices", "from toolkit.widgets.who_is_speaking import who_is_speaking\nwho_is_speaking(article)",
         explain_a_sentence),
    Item("annotator", "from toolkit.widgets.annotate import annotate\n"
         f"marks = annotate(article, student={STUDENT!r})\n"
         "marks.add(loaded_at, loaded_at + 30, 'loaded', 'scary words')\n"
         "marks.add(loaded_at, loaded_at + 13, 'opinion')\n"
         "marks.add(quoted_at, quoted_at + 13, 'source')\n"
         "marks", open_annotation_editor, ready=".tk-ann-badge"),
    Item("key-review", "from toolkit.widgets.annotate import review_key\nreview_key(article)",
         open_annotation_editor, ready=".tk-ann-badge"),
    Item("sentence-annotator", "from toolkit.widgets.annotate import annotate\n"
         f"annotate(article, student={STUDENT!r} + '-fallback', fallback=True)", label_a_sentence),
    Item("part-report", "from toolkit.widgets.article_report import article_report\narticle_report(article)"),
    Item("exercise-choice", f"Exercise('04-loaded-language', student={STUDENT!r} + '-1').show('q1')", answer_and_check),
    Item("exercise-checkboxes", f"Exercise('04-loaded-language', student={STUDENT!r} + '-2').show('q7')",
         answer_and_check),
    Item("exercise-sentences", f"Exercise('05-fact-or-opinion', student={STUDENT!r} + '-3').show('q1')",
         answer_and_check),
    Item("exercise-spans", f"Exercise('04-loaded-language', student={STUDENT!r} + '-4').show('q2')", answer_and_check,
         ready=".tk-ann-text"),
    Item("exercise-phrases", f"Exercise('04-loaded-language', student={STUDENT!r} + '-5').show('q2', fallback=True)",
         answer_and_check),
    Item("exercise-number", f"Exercise('03-readability', student={STUDENT!r} + '-6').show('q1')", answer_and_check),
    Item("exercise-text", f"Exercise('02-sources-and-framing', student={STUDENT!r} + '-7').show('q1')",
         answer_and_check),
    Item("exercise-rewrite", f"Exercise('04-loaded-language', student={STUDENT!r} + '-8').show('q6')",
         answer_and_check),
    Item("exercise-article", f"Exercise('04-loaded-language', student={STUDENT!r} + '-9').show_article()"),
    Item("exercise-scoreboard", f"Exercise('04-loaded-language', student={STUDENT!r} + '-1').scoreboard()"),
]


def notebook(items: list[Item] | None = None) -> nbformat.NotebookNode:
    """The gallery notebook: a setup cell, then one heading and one cell per widget."""
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    cells = [nbformat.v4.new_markdown_cell("# Widget gallery (accessibility audit)"),
             nbformat.v4.new_code_cell(SETUP)]
    for item in items or GALLERY:
        *lines, last = item.code.strip().splitlines()
        cells.append(nbformat.v4.new_markdown_cell(f"## {item.name}"))
        cells.append(nbformat.v4.new_code_cell("\n".join([*lines, f"gallery({item.name!r}, {last})"])))
    book.cells = cells
    return book


def write(folder: Path, items: list[Item] | None = None) -> str:
    """Write the gallery notebook into `folder`; return its file name."""
    nbformat.write(notebook(items), Path(folder) / NAME)
    return NAME


def area_selector(name: str) -> str:
    return f".{AREA}-{name}"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else NAME)
    nbformat.write(notebook(), target)
    print("wrote", target)
