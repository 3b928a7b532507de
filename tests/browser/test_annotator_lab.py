"""JupyterLab, as students use it: mark up the sample in lesson 1, restart the kernel, find the work."""

from __future__ import annotations

from .harness import KERNEL_STATUS_IDLE, error_outputs, open_notebook, run_all_cells, wait_for_file
from .test_annotator import mark_in_sample

LESSON = "lessons/01-first-read.ipynb"
PHRASE = "hold American soldiers hostage"


def test_marks_survive_a_kernel_restart_in_jupyterlab(page, lab, sample):
    save = lab.work / "browser-test" / "annotations" / "turkey-s400.json"
    open_notebook(page, lab, LESSON)
    run_all_cells(page)
    assert error_outputs(page) == []
    page.locator(".tk-ann-text .tk-ann-block").first.wait_for()

    data = mark_in_sample(page, save, sample, PHRASE)
    page.locator("mark.tk-ann-mark[data-label='loaded']").first.wait_for()

    # Kernel -> Restart Kernel and Run All Cells: a fresh kernel runs the lesson again.
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    page.get_by_role("menuitem", name="Restart Kernel and Run All Cells…").click()
    page.get_by_role("button", name="Confirm Kernel Restart").click()
    notice = page.locator(".tk-ann-notice").filter(has_text="Restored 1 mark")
    notice.wait_for(timeout=180_000)
    page.get_by_text(KERNEL_STATUS_IDLE).first.wait_for(timeout=180_000)
    mark = page.locator("mark.tk-ann-mark[data-label='loaded']")
    assert "".join(mark.all_inner_texts()) == PHRASE
    assert error_outputs(page) == []
    assert wait_for_file(save)["spans"] == data["spans"]  # the restart changed nothing on disk
