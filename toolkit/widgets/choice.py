"""A one-question check with feedback: choose an answer, press Check, read why.

Kept deliberately small for the lessons; the self-graded exercises have their own module.
"""

from __future__ import annotations

from typing import Sequence

from ..render import escape


def choice_check(question: str, options: Sequence[str], answer: int, explanations: Sequence[str]):
    """Radio buttons for `options`; Check says right or wrong and shows the explanation of the choice."""
    import ipywidgets as widgets

    if not 0 <= answer < len(options) or len(explanations) != len(options):
        raise ValueError("choice_check needs one explanation per option and a valid answer index")
    prompt = widgets.HTML(f"<p><b>{escape(question)}</b></p>")
    choices = widgets.RadioButtons(options=list(options), value=None, layout=widgets.Layout(width="auto"),
                                   description="Answer:", style={"description_width": "initial"})
    check = widgets.Button(description="Check", icon="check", tooltip="check your answer")
    feedback = widgets.HTML('<p role="status" aria-live="polite"></p>')

    def on_check(_=None) -> None:
        if choices.value is None:
            message = "Choose an answer first."
        else:
            index = list(options).index(choices.value)
            verdict = "Right." if index == answer else "Not quite."
            message = f"{verdict} {explanations[index]}"
        feedback.value = f'<p role="status" aria-live="polite">{escape(message)}</p>'

    check.on_click(on_check)
    box = widgets.VBox([prompt, choices, check, feedback])
    box.check = on_check
    box.choices = choices
    return box
