"""A live region: a status line that screen readers read out whenever its text changes.

Screen readers announce changes inside a live region (`role="status"`) that was already on
the page; a region that arrives together with its text is often not announced. Replacing
the value of an ipywidgets `HTML` widget replaces its whole inside, so a `role="status"`
written into that value is a new region every time. `LiveRegion` is a small anywidget
(`static/live.js`) whose outer element is the live region and stays in place: only its
contents change. Where custom widgets cannot be drawn, `live_region()` gives the plain
`HTML` version, which shows the same text but may not be announced.

    status = live_region()
    status.say("Saved: 3 of 12 sentences sorted.")   # escaped text
    status.say_html("<b>Score: 7</b> out of 12")      # HTML the caller has escaped
"""

from __future__ import annotations

import pathlib

import traitlets

from toolkit.render.html import escape
from toolkit.widgets.custom import anywidget, custom_widgets_available

STATIC = pathlib.Path(__file__).parent / "static"
_Base = anywidget.AnyWidget if anywidget is not None else object


class LiveRegion(_Base):
    """A `role="status"` element kept on the page; `value` is its HTML (escaped by the caller)."""

    _esm = STATIC / "live.js"
    _css = STATIC / "live.css"

    value = traitlets.Unicode("").tag(sync=True)
    n = traitlets.Int(0).tag(sync=True)  # bumped by say(): the same words said twice are read twice
    politeness = traitlets.Unicode("polite").tag(sync=True)  # or "assertive" for warnings
    visible = traitlets.Bool(True).tag(sync=True)  # False: heard by screen readers, not shown
    name = traitlets.Unicode("").tag(sync=True)  # what the region is, e.g. "Score"

    def say_html(self, html: str) -> None:
        self.value = html
        self.n += 1

    def say(self, text: str) -> None:
        self.say_html(escape(text))


def _plain_region(value: str = "", *, politeness: str = "polite", visible: bool = True, name: str = ""):
    """The plain ipywidgets version: an HTML widget that writes the region into its value."""
    import ipywidgets as widgets

    class PlainLiveRegion(widgets.HTML):
        def say_html(self, html: str) -> None:
            hidden = "" if visible else ' class="tk-sr-only"'
            label = f' aria-label="{escape(name)}"' if name else ""
            self.value = f'<div role="status" aria-live="{politeness}"{label}{hidden}>{html}</div>'

        def say(self, text: str) -> None:
            self.say_html(escape(text))

    region = PlainLiveRegion()
    region.say_html(value)
    return region


def live_region(value: str = "", *, politeness: str = "polite", visible: bool = True, name: str = "",
                plain: bool | None = None):
    """A live region (`value` is HTML the caller escaped); `plain=True` forces the ipywidgets version."""
    if politeness not in ("polite", "assertive"):
        raise ValueError("politeness is 'polite' or 'assertive'")
    use_plain = (not custom_widgets_available()) if plain is None else plain
    if use_plain or anywidget is None:
        return _plain_region(value, politeness=politeness, visible=visible, name=name)
    return LiveRegion(value=value, politeness=politeness, visible=visible, name=name)
