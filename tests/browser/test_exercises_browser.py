"""Exercises in a real Chromium: a student answers by clicking, reads the feedback, and keeps the score.

JupyterLab (what students use): exercise 4 runs, question 1 is answered by clicking a radio
button and Check, question 2 by selecting a loaded word in the narrowed annotation widget;
the feedback appears in the live region and the progress file on disk records both. Voila
(a new kernel on every page load): a question answered, the page reloaded, and the score,
the attempt and the feedback are all still there.
"""

from __future__ import annotations

from .harness import error_outputs, open_notebook, run_all_cells, wait_for_file
from .test_annotator import drag_across

EXERCISE = "04-loaded-language"
NOTEBOOK = f"exercises/{EXERCISE}.ipynb"


def progress_file(server):
    return server.work / "browser-test" / "progress" / f"{EXERCISE}.json"


def test_answering_by_clicking_gives_feedback_and_saves_progress_in_jupyterlab(page, lab):
    open_notebook(page, lab, NOTEBOOK)
    run_all_cells(page)
    assert error_outputs(page) == []

    q1 = page.locator(".tk-ex-q-q1")
    wrong = q1.locator("label.tk-choice-option", has_text="slammed the disastrous bill")
    wrong.scroll_into_view_if_needed()
    wrong.click()
    q1.get_by_role("button", name="Check", exact=True).click()
    feedback = q1.locator("[role='status'] .tk-ex-feedback")
    feedback.filter(has_text="Not right.").wait_for()
    assert "sensational verb" in feedback.inner_text() and "1 left" in feedback.inner_text()
    q1.locator("label.tk-choice-option", has_text="criticised the bill").click()
    q1.get_by_role("button", name="Check", exact=True).click()
    feedback.filter(has_text="Right.").wait_for()
    q1.locator(".tk-ex-explanation", has_text="The right answer: (b)").wait_for()
    data = wait_for_file(progress_file(lab), lambda d: d.get("questions", {}).get("q1", {}).get("finished"))
    assert data["questions"]["q1"]["attempts"] == 2 and data["questions"]["q1"]["points"] == 2
    assert data["student"] == "browser-test" and data["format"] == "toolkit.progress/1"

    q2 = page.locator(".tk-ex-q-q2")
    q2.locator(".tk-ann-text .tk-ann-block").first.wait_for()
    assert q2.locator(".tk-ann-block").count() == 8  # only the list of headlines
    drag_across(page, "appals")
    q2.locator(".tk-ann-selection.tk-ann-has-selection").filter(has_text="appals").wait_for()
    q2.get_by_role("button", name="Loaded language").click()
    q2.locator("mark.tk-ann-mark[data-label='loaded']").first.wait_for()
    wait_for_file(progress_file(lab), lambda d: d["questions"].get("q2", {}).get("draft"))
    q2.get_by_role("button", name="Check", exact=True).click()
    q2.locator("[role='status'] .tk-ex-feedback", has_text="1 of 2 marks right").wait_for()
    data = wait_for_file(progress_file(lab), lambda d: d["questions"].get("q2", {}).get("attempts") == 1)
    assert data["questions"]["q2"]["last_answer"][0]["text"] == "appals"
    assert data["questions"]["q2"]["points"] == 2

    board = page.locator(".tk-ex-scoreboard caption")
    board.scroll_into_view_if_needed()
    board.filter(has_text="4 of 18 points").wait_for()
    assert error_outputs(page) == []


def test_the_score_is_kept_when_the_page_is_reloaded_in_voila(page, voila):
    page.goto(voila.voila_url(NOTEBOOK))
    q3 = page.locator(".tk-ex-q-q3")
    q3.locator(".tk-choice").wait_for(timeout=120_000)
    q3.locator("label.tk-choice-option", has_text="Axis powers").click()
    q3.get_by_role("button", name="Check", exact=True).click()
    q3.locator("[role='status'] .tk-ex-feedback", has_text="Right.").wait_for()
    hint = page.locator(".tk-ex-q-q7").get_by_role("button", name="Hint 1 of 1")
    hint.click()
    page.locator(".tk-ex-q-q7 .tk-ex-hints", has_text="Negative is not the same as loaded").wait_for()
    wait_for_file(progress_file(voila), lambda d: d.get("questions", {}).get("q7", {}).get("hints_used") == 1
                  and d["questions"].get("q3", {}).get("finished"))

    page.reload()  # Voila runs the notebook again in a new kernel: a restart
    q3 = page.locator(".tk-ex-q-q3")
    q3.locator(".tk-ex-meta", has_text="Finished: 2 of 2 points.").wait_for(timeout=120_000)
    assert "Your last check: \u2714 Right." in q3.locator(".tk-ex-feedback").inner_text()
    assert "Axis powers" in q3.locator(".tk-choice-input:checked + label").inner_text()
    assert "Negative is not the same as loaded" in page.locator(".tk-ex-q-q7 .tk-ex-hints").inner_text()
    board = page.locator(".tk-ex-scoreboard")
    assert "Welcome back" in board.inner_text() and "2 of 18 points" in board.locator("caption").inner_text()
