"""What a tool says when it cannot be drawn because the notebook is no longer running.

A widget lives in the kernel: after the kernel stops (the next day, a restart), a saved
notebook still holds the widget's output, but JupyterLab shows "Error displaying widget:
model not found" and other front ends show the output's plain-text form. That plain text
(the `text/plain` part of the widget's output) is ours to choose, so every tool a lesson or
an exercise shows says, in words, what to do: run the notebook again. The lessons' first cell
says the same (`RUN_AGAIN`), for JupyterLab, which shows its own error instead.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from toolkit.notebooks.run_again import RUN_AGAIN  # noqa: F401 (the lessons' line, public here too)

W = TypeVar("W")


def fallback_text(what: str) -> str:
    """The plain text shown in place of a tool that is not live."""
    return (f"[{what}: not live. If you see this line, \"Error displaying widget\" or nothing, run the notebook "
            "again: Run > Run All Cells.]")


def explains_stopped_kernel(widget: W, what: str) -> W:
    """Make `widget`'s plain-text form say how to bring it back; the widget itself is unchanged.

    A class's own `__repr__` (the annotator's says how to get the simpler version) is kept
    after the line. IPython looks the method up on the instance, so no subclass is needed.
    """
    original = getattr(widget, "_repr_mimebundle_", None)
    if original is None:
        return widget
    own_repr = "ipywidgets" not in type(widget).__repr__.__module__ and type(widget).__repr__ is not object.__repr__

    def bundle(**options):
        result = original(**options)
        data, metadata = (dict(result[0]), result[1]) if isinstance(result, tuple) else (dict(result), None)
        text = fallback_text(what)
        data["text/plain"] = f"{text}\n{widget!r}" if own_repr else text
        return data if metadata is None else (data, metadata)

    widget._repr_mimebundle_ = bundle  # type: ignore[attr-defined]
    return widget


def tool(what: str) -> Callable[[Callable[..., W]], Callable[..., W]]:
    """Decorate a function that returns a tool so that its plain-text form explains a stopped kernel."""
    import functools

    def decorate(function: Callable[..., W]) -> Callable[..., W]:
        @functools.wraps(function)
        def wrapper(*args, **kwargs) -> W:
            return explains_stopped_kernel(function(*args, **kwargs), what)

        return wrapper

    return decorate
