"""`written_answer(lesson, task)`: a box for a written answer that saves itself as the student types.

It replaces "double-click to write" Markdown cells, whose text was never saved with the rest of
the student's work. The box saves (through `toolkit.written`) whenever the text changes and
pauses, and says so in a status line; running the cell again, after a restart, brings the text
back. The gradebook collects the files.
"""

from __future__ import annotations

from toolkit.render.html import escape
from toolkit.written.answers import MAX_CHARS, load_answers, save_answer


def written_answer(lesson: str, task: str, *, rows: int = 6, placeholder: str = "Write your answer here."):
    """The answer box for one written task of a lesson, filled with what the student saved before."""
    import ipywidgets as widgets

    saved = load_answers(lesson).get(task)
    box = widgets.Textarea(value=saved.text if saved else "", placeholder=placeholder, rows=rows,
                           continuous_update=False, description="Your answer:",
                           style={"description_width": "initial"}, layout=widgets.Layout(width="min(100%, 52em)"))
    status = widgets.HTML()

    def say(message: str) -> None:
        status.value = f'<span role="status">{escape(message)}</span>'

    say("Saved earlier: your answer is back." if saved else "Your answer is saved as you write.")

    def on_change(change) -> None:
        text = change["new"]
        if len(text) > MAX_CHARS:
            say(f"Too long to save: keep it under {MAX_CHARS} characters.")
            return
        answer = save_answer(lesson, task, text)
        say(f"Saved ({answer.words} words).")

    box.observe(on_change, names="value")
    view = widgets.VBox([box, status])
    view.box, view.status = box, status  # for tests and the browser harness
    return view
