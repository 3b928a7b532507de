"""One choice among a few, as a labelled group of radio buttons drawn as buttons.

ipywidgets' `ToggleButtons` look right but tell a screen reader nothing: the buttons carry
no pressed state and the group has no name. `ChoiceGroup` (an anywidget, `static/choices.js`)
is a `<fieldset>` with a `<legend>` and real radio buttons sharing a name, so a screen reader
hears the group's name, each choice and which one is chosen, and the keyboard works as for
any radio group: Tab enters the group, the arrow keys move the choice, Space picks the one
with focus. The chosen button shows a tick as well as a heavier border, not colour alone.
Where custom widgets cannot be drawn, `choice_group()` gives ipywidgets' `RadioButtons`.
"""

from __future__ import annotations

import pathlib
from typing import Sequence

import traitlets

from toolkit.widgets.custom import anywidget, custom_widgets_available

STATIC = pathlib.Path(__file__).parent / "static"
_Base = anywidget.AnyWidget if anywidget is not None else object


class ChoiceGroup(_Base):
    """A radio group: `options` are [{"label", "value", "hint"}], `value` the chosen value (or None)."""

    _esm = STATIC / "choices.js"
    _css = STATIC / "choices.css"

    options = traitlets.List().tag(sync=True)
    value = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    description = traitlets.Unicode("").tag(sync=True)  # the group's name, shown as its legend
    labelled_by = traitlets.Unicode("").tag(sync=True)  # ids of elements that also name it (e.g. a sentence)
    disabled = traitlets.Bool(False).tag(sync=True)
    vertical = traitlets.Bool(False).tag(sync=True)  # one choice per line (for long answers)

    @traitlets.validate("value")
    def _known_value(self, proposal):
        value = proposal["value"]
        if value is not None and value not in {option["value"] for option in self.options}:
            raise traitlets.TraitError(f"{value!r} is not one of the choices")
        return value


def choice_group(options: Sequence[tuple[str, str]], *, value: str | None = None, description: str = "",
                 hints: Sequence[str] = (), labelled_by: str = "", vertical: bool = False, plain: bool | None = None):
    """A group of choices, `options` as (label, value) pairs; `hints` are shown on hover and read as descriptions."""
    use_plain = (not custom_widgets_available()) if plain is None else plain
    if use_plain or anywidget is None:
        import ipywidgets as widgets

        return widgets.RadioButtons(options=list(options), value=value, description=description,
                                    orientation="vertical" if vertical else "horizontal",
                                    style={"description_width": "initial"}, layout=widgets.Layout(width="auto"))
    hints = list(hints) + [""] * (len(options) - len(hints))
    records = [{"label": label, "value": key, "hint": hint} for (label, key), hint in zip(options, hints)]
    return ChoiceGroup(options=records, value=value, description=description, labelled_by=labelled_by,
                       vertical=vertical)
