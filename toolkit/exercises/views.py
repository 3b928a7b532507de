"""Where an exercise finds the widgets that draw it, so the model never imports a widget module.

`Exercise.show`, `show_article` and `scoreboard` ask this registry for a view by name
("question", "article", "scoreboard"). The widget module registers its views when it is
imported; the first time a view is asked for and none is registered, the registry imports
`VIEW_MODULE` (ipywidgets is only loaded then). So the dependency runs one way, widgets on
the exercise model, and a test or another front end can register views of its own.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Callable

#: The module that registers the notebook widgets for exercises.
VIEW_MODULE = "toolkit.widgets.exercise_view"
_VIEWS: dict[str, Callable[..., Any]] = {}


def register_view(name: str, factory: Callable[..., Any]) -> None:
    """Make `factory(exercise, ...)` the view called `name`, replacing any earlier one."""
    _VIEWS[name] = factory


def view(name: str) -> Callable[..., Any]:
    """The factory registered as `name`, importing the default widget module on first use."""
    if name not in _VIEWS:
        import_module(VIEW_MODULE)
    try:
        return _VIEWS[name]
    except KeyError:
        raise LookupError(f"no exercise view called {name!r}; known: {', '.join(sorted(_VIEWS)) or 'none'}") from None
