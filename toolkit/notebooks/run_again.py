"""The one line every lesson and exercise opens with, for the day after the kernel stopped.

JupyterLab shows "Error displaying widget: model not found" (or nothing) for a saved tool
whose kernel is gone, and never says what to do; this line does. The lesson builder
(`toolkit.notebooks.markdown_lessons`, for built-in and generated lessons alike) and the
exercise builder (`toolkit.notebooks.exercise_notebooks`) put it under the title, and each
tool's plain-text form says the same (`toolkit.widgets.stopped_kernel`).
"""

RUN_AGAIN = ('If a tool below shows "Error displaying widget" or nothing at all, run the notebook again: '
             "**Run → Run All Cells**.")
