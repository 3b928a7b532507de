"""The hand-in button at the end of an exercise: a submission is written only when pressed.

A cell that called `ex.export_submission()` handed in whenever it ran, so "Run All Cells" on
the first day wrote a 0-point submission. Showing this widget writes nothing; the student's
press of the button (or `HandIn.hand_in()` from code) does.
"""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.exercises.exercise import Exercise, Submission
from toolkit.render.html import escape
from toolkit.render.theme import keyboard_help
from toolkit.widgets.live import live_region
from toolkit.widgets.stopped_kernel import explains_stopped_kernel


class HandIn(widgets.VBox):
    """A button that writes the submission file, and a status line that says where it went."""

    def __init__(self, exercise: Exercise):
        self.exercise = exercise
        assessment = exercise.mode == "assessment"
        what = "your answers" if assessment else "your answers and score"
        self.intro = widgets.HTML(
            f'<div class="tk-ex"><p>When you have finished, press the button: it saves {what} in a file for your '
            "teacher and says where it is. Pressing it again replaces that file with your latest work.</p>"
            + keyboard_help("[Tab] to the button and press [Enter]") + "</div>")
        self.button = widgets.Button(description="Hand in my work", button_style="primary",
                                     tooltip="Write the file your teacher collects",
                                     layout=widgets.Layout(width="max-content"))
        self.status = live_region(name="Hand-in")
        self.submission: Submission | None = None
        super().__init__([self.intro, self.button, self.status], layout=widgets.Layout(max_width="56em"))
        self.add_class("tk-ex-hand-in")
        self.add_class("tk-widget")
        self.button.on_click(lambda _: self.hand_in())

    def hand_in(self) -> Submission | None:
        """What pressing the button does (tests and keyboard users get the same)."""
        try:
            self.submission = self.exercise.export_submission()
        except OSError as error:
            self.status.say(f"Could not write your submission ({error.strerror or error}). Nothing was lost: "
                            "your work is still saved as you go. Ask your teacher.")
            return None
        self.status.say_html(f'<div class="tk-ex"><p>{escape(self.submission.message)}</p></div>')
        return self.submission


def hand_in_button(exercise: Exercise) -> HandIn:
    return explains_stopped_kernel(HandIn(exercise), "The hand-in button")
