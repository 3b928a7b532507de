"""`voice_rewrite(lesson, sentence)`: rewrite a sentence so someone else speaks, or so it states a checkable fact.

It replaces a code cell in which students edited Python strings: each version goes in a box,
**Check** asks `toolkit.claims.sorting.check_rewrite` how the toolkit reads it, and both boxes
are saved with the student's written answers (`toolkit.written`), so they come back after a
restart and reach the gradebook.
"""

from __future__ import annotations

from toolkit.claims.sorting import check_rewrite
from toolkit.render.html import escape
from toolkit.written.answers import load_answers, save_answer

WANTS = (("attributed", "As an attributed claim (credit it to someone):"),
         ("fact", "As a plain fact (drop the guess, say something checkable):"))


def voice_rewrite(lesson: str, sentence: str, *, task: str = "change-who-speaks"):
    """Two answer boxes (attributed, fact) for rewriting `sentence`, a Check button and the toolkit's reading."""
    import ipywidgets as widgets

    saved = load_answers(lesson)
    boxes = {}
    rows = [widgets.HTML(f"<p><b>The sentence:</b> <i>{escape(sentence)}</i></p>")]
    for want, label in WANTS:
        previous = saved.get(f"{task}-{want}")
        box = widgets.Text(value=previous.text if previous else "", placeholder=sentence, description=label,
                           style={"description_width": "initial"}, layout=widgets.Layout(width="min(100%, 52em)"))
        box.observe(lambda change, want=want: save_answer(lesson, f"{task}-{want}", change["new"]), names="value")
        boxes[want] = box
        rows.append(box)
    check = widgets.Button(description="Check", button_style="primary", icon="check",
                           tooltip="how does the toolkit read each version?")
    result = widgets.HTML()

    def on_check(_=None) -> None:
        lines = []
        for want, box in boxes.items():
            ok, message = check_rewrite(box.value, want, original=sentence)
            lines.append(f"<li>{'&#10004;' if ok else '&#10008;'} <b>{escape(want)}</b>: {escape(message)}</li>")
        result.value = f'<ul role="status">{"".join(lines)}</ul>'

    check.on_click(on_check)
    view = widgets.VBox([*rows, check, result])
    view.boxes, view.check, view.result = boxes, check, result
    return view
