"""The annotation widget in a real Chromium: a student selects with the mouse and the keyboard.

Voila serves a small notebook over an article written for the test, with an emoji (two
UTF-16 units) before the phrase and curly quotes in it, so an offset error in the UTF-16
conversion would save the wrong letters. The test drags the mouse across the phrase, picks
a label, reads the save file the kernel wrote, reloads the page (a new kernel) and finds the
mark drawn again.
"""

from __future__ import annotations

import json

import nbformat

from .a11y import focused, tab_to
from .harness import wait_for_file

STUDENT = "browser-test"
SLUG = "utf16-test"
TEXT = ("A test of marks \U0001F389 for the widget\n\n"
        "The council\u2019s plan \U0001F600 was called a \u201creckless gamble\u201d by critics \u2014 caf\u00e9 owners "
        "agree with them.\n\n"
        "Later the mayor said the plan would go ahead, na\u00efve or not \U00010348.")
PHRASE = "\u201creckless gamble\u201d"


def write_notebook(site, name="annotate_test.ipynb"):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(
        "from toolkit import parse_article\n"
        "from toolkit.widgets.annotate import annotate\n"
        f"article = parse_article({TEXT!r}, metadata={{'slug': {SLUG!r}}})\n"
        "marks = annotate(article)\n"
        "marks"
    )]
    nbformat.write(notebook, site / name)
    return name


FIND_PHRASE = """(args) => {
    const [phrase, scroll] = args;
    const root = document.querySelector('.tk-ann-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(phrase);
        if (at < 0) continue;
        if (scroll) node.parentElement.scrollIntoView({block: 'center'});
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        const rects = [...range.getClientRects()];
        const first = rects[0], last = rects[rects.length - 1];
        return {x1: first.left + 2, y1: first.top + first.height / 2,
                x2: last.right - 2, y2: last.top + last.height / 2};
    }
    return null;
}"""


def phrase_box(page, phrase):
    """Where the phrase is on screen, once scrolling into view has settled (JupyterLab renders lazily)."""
    page.evaluate(FIND_PHRASE, [phrase, True])
    box = None
    for _ in range(50):
        page.wait_for_timeout(100)
        again = page.evaluate(FIND_PHRASE, [phrase, False])
        if again is not None and again == box:
            return box
        box = again
    raise AssertionError(f"{phrase!r} is not on the page, or never stops moving")


def drag_across(page, phrase):
    """Press the mouse just inside the phrase's first character and release just inside its last one."""
    box = phrase_box(page, phrase)
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, box["y2"], steps=5)
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def mark_in_sample(page, save, sample, phrase: str) -> dict:
    """Drag across a phrase of the sample, press 1 (loaded language) and check the save file's one
    span has the phrase's Python offsets; returns what was saved."""
    drag_across(page, phrase)
    page.locator(".tk-ann-selection.tk-ann-has-selection").filter(has_text=phrase).wait_for()
    page.keyboard.press("1")  # the palette's shortcut for loaded language
    data = wait_for_file(save, lambda d: len(d.get("spans", [])) == 1)
    [span] = data["spans"]
    start = sample.text.index(phrase)
    assert (span["start"], span["end"], span["text"], span["label"]) == (start, start + len(phrase), phrase, "loaded")
    assert data["content_hash"] == sample.content_hash
    return data


def open_widget(page, voila, name):
    page.goto(voila.voila_url(name))
    page.locator(".tk-ann-text .tk-ann-block").first.wait_for(timeout=120_000)


def test_mouse_selection_is_saved_in_python_offsets_and_restored(page, voila):
    name = write_notebook(voila.site)
    save = voila.work / STUDENT / "annotations" / f"{SLUG}.json"
    open_widget(page, voila, name)

    drag_across(page, PHRASE)
    page.locator(".tk-ann-selection.tk-ann-has-selection").wait_for()
    assert PHRASE in page.locator(".tk-ann-selection").inner_text()
    page.get_by_role("button", name="Loaded language").click()

    data = wait_for_file(save, lambda d: len(d.get("spans", [])) == 1)
    [span] = data["spans"]
    start = TEXT.index(PHRASE)
    assert (span["start"], span["end"], span["text"], span["label"]) == (start, start + len(PHRASE), PHRASE, "loaded")
    assert TEXT[span["start"]:span["end"]] == span["text"]
    assert data["format"] == "toolkit.annotations/1" and data["article"] == SLUG and data["student"] == STUDENT
    page.get_by_role("status").filter(has_text="Marked").wait_for()

    page.reload()  # Voila runs the notebook again in a new kernel, which restores the save file
    page.locator(".tk-ann-text .tk-ann-block").first.wait_for(timeout=120_000)
    mark = page.locator("mark.tk-ann-mark[data-label='loaded']")
    mark.first.wait_for()
    assert "".join(mark.all_inner_texts()) == PHRASE
    badge = page.locator(".tk-ann-badge[data-label='loaded']")
    assert badge.inner_text().startswith("L")
    assert PHRASE in badge.get_attribute("aria-label")
    assert "Restored 1 mark" in page.locator(".tk-ann-notice").inner_text()


def test_keyboard_only_marking_editing_and_undo(page, voila):
    """A whole annotation with key presses only: reach the text with Tab, select, label, note, delete, undo."""
    name = write_notebook(voila.site)
    save = voila.work / STUDENT / "annotations" / f"{SLUG}.json"
    open_widget(page, voila, name)
    tab_to(page, ".tk-ann-text")  # from the top of the page: help, the labels, then the text
    # Words in order: A test of marks for the widget The council's plan was called a reckless ...
    words_before_cafe = ["A", "test", "of", "marks", "for", "the", "widget", "The", "council\u2019s", "plan", "was",
                         "called", "a", "reckless", "gamble", "by", "critics"]
    for _ in range(len(words_before_cafe) + 1):  # the first press lands on the first word
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Shift+ArrowRight")  # "café owners"
    page.locator(".tk-ann-selection.tk-ann-has-selection").filter(has_text="caf\u00e9 owners").wait_for()
    page.keyboard.press("5")  # the shortcut of "source"
    data = wait_for_file(save, lambda d: len(d.get("spans", [])) == 1)
    assert data["spans"][0]["text"] == "caf\u00e9 owners" and data["spans"][0]["label"] == "source"
    assert data["spans"][0]["start"] == TEXT.index("caf\u00e9 owners")
    page.get_by_role("status").filter(has_text="Marked").wait_for()

    page.keyboard.press("Enter")  # edit the mark under the cursor
    editor = page.locator(".tk-ann-editor")
    editor.wait_for()
    page.keyboard.press("Escape")  # close it: focus goes to the mark's badge
    editor.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.classList.contains('tk-ann-badge')")
    page.keyboard.press("Enter")  # the badge is a real button
    editor.wait_for()
    assert editor.get_by_role("button", name="Source").get_attribute("aria-pressed") == "true"
    page.keyboard.press("4")  # in the editor, a label's key relabels this mark
    wait_for_file(save, lambda d: d["spans"] and d["spans"][0]["label"] == "attributed")
    tab_to(page, "textarea.tk-ann-note")
    page.keyboard.type("who are these owners? 5 of them")  # digits typed in a note stay in the note
    tab_to(page, "button", within=".tk-ann-editor-actions")  # "Save note"
    assert "Save note" in focused(page)
    page.keyboard.press("Enter")
    wait_for_file(save, lambda d: d["spans"] and d["spans"][0]["note"] == "who are these owners? 5 of them")
    tab_to(page, "button.tk-ann-danger")  # "Delete mark"
    page.keyboard.press("Enter")
    wait_for_file(save, lambda d: d["spans"] == [])
    editor.wait_for(state="hidden")
    assert "tk-ann-text" in focused(page)  # focus goes back to the text, not to the top of the page
    page.keyboard.press("Control+z")
    data = wait_for_file(save, lambda d: len(d["spans"]) == 1)
    assert data["spans"][0]["label"] == "attributed" and data["spans"][0]["note"] == "who are these owners? 5 of them"
    status = page.get_by_role("status")
    status.filter(has_text="Undone").wait_for()
    assert page.locator(".tk-ann-badge[data-label='attributed']").inner_text().startswith("A")


def test_instructor_reviews_a_draft_key_and_saves_it_reviewed(page, voila):
    # A draft key for the test article: one drafted span, not yet accepted.
    keys = voila.site / "keys"
    keys.mkdir()
    start = TEXT.index("critics")
    draft = {"format": "toolkit.span-key/1", "article": SLUG, "status": "draft", "labels": [],
             "spans": [{"id": "d1", "start": start, "end": start + 7, "text": "critics", "label": "source", "note": ""}]}
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(
        "import json\n"
        "from toolkit import parse_article\n"
        "from toolkit.widgets.annotate import review_key\n"
        f"article = parse_article({TEXT!r}, metadata={{'slug': {SLUG!r}}})\n"
        f"draft = json.loads({json.dumps(draft)!r})\n"
        "draft['content_hash'] = article.content_hash\n"
        "open('keys/spans.json', 'w', encoding='utf-8').write(json.dumps(draft))\n"
        "review_key(article, path='keys/spans.json')"
    )]
    nbformat.write(notebook, voila.site / "review_test.ipynb")
    open_widget(page, voila, "review_test.ipynb")
    summary = page.locator(".tk-ann-key-summary")
    assert "draft" in summary.inner_text() and "0 of 1" in summary.inner_text()
    badge = page.locator(".tk-ann-badge[data-span-id='d1']")
    assert "Not yet accepted" in badge.get_attribute("aria-label")

    drag_across(page, "caf\u00e9 owners")  # the instructor adds a span the draft missed
    page.locator(".tk-ann-selection.tk-ann-has-selection").wait_for()
    page.get_by_role("button", name="Source").first.click()
    key_file = voila.site / "keys" / "spans.json"
    data = wait_for_file(key_file, lambda d: len(d["spans"]) == 2)
    added = next(s for s in data["spans"] if s["id"] != "d1")
    assert added["text"] == "caf\u00e9 owners" and added["start"] == TEXT.index("caf\u00e9 owners") and added["accepted"]

    page.get_by_role("button", name="Save as reviewed").click()
    data = wait_for_file(key_file, lambda d: d["status"] == "reviewed")
    assert {s["id"] for s in data["spans"]} >= {"d1"}
    summary.filter(has_text="reviewed").wait_for()
    assert "2 of 2" in summary.inner_text()


def test_sentence_fallback_saves_the_same_file(page, voila):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(
        "from toolkit import parse_article\n"
        "from toolkit.widgets.annotate import annotate\n"
        f"article = parse_article({TEXT!r}, metadata={{'slug': {SLUG!r}}})\n"
        "annotate(article, fallback=True)"
    )]
    nbformat.write(notebook, voila.site / "fallback_test.ipynb")
    page.goto(voila.voila_url("fallback_test.ipynb"))
    second_sentence = page.get_by_label("Label of s2:")  # s1 is the headline
    second_sentence.wait_for(timeout=120_000)
    second_sentence.select_option(label="O \u00b7 Opinion")
    save = voila.work / STUDENT / "annotations" / f"{SLUG}.json"
    data = wait_for_file(save, lambda d: len(d.get("spans", [])) == 1)
    [span] = data["spans"]
    assert span["label"] == "opinion" and TEXT[span["start"]:span["end"]] == span["text"]
    assert span["text"].startswith("The council\u2019s plan \U0001F600")
    page.get_by_role("status").filter(has_text="Marked").wait_for()
    chosen = second_sentence.evaluate("el => el.options[el.selectedIndex].text")
    assert chosen.replace("\u00a0", " ") == "O \u00b7 Opinion"  # ipywidgets draws spaces as no-break spaces


def test_keyboard_extends_a_mouse_selection_by_word_and_by_sentence(page, voila):
    name = write_notebook(voila.site)
    save = voila.work / STUDENT / "annotations" / f"{SLUG}.json"
    open_widget(page, voila, name)
    drag_across(page, "reckless")
    selection = page.locator(".tk-ann-selection.tk-ann-has-selection")
    selection.filter(has_text="\u201creckless\u201d").wait_for()
    page.locator(".tk-ann-text").focus()
    page.keyboard.press("Shift+ArrowRight")
    selection.filter(has_text="\u201creckless gamble\u201d").wait_for()
    page.keyboard.press("Shift+ArrowDown")  # to the end of the sentence
    expected = TEXT[TEXT.index("reckless"):TEXT.index("with them") + len("with them")]
    selection.filter(has_text="agree with them").wait_for()
    page.keyboard.press("2")
    data = wait_for_file(save, lambda d: len(d.get("spans", [])) == 1)
    assert data["spans"][0]["text"] == expected and data["spans"][0]["label"] == "opinion"
    page.keyboard.press("ArrowDown")  # the next sentence starts the next paragraph
    selection.filter(has_text="\u201cLater\u201d").wait_for()
