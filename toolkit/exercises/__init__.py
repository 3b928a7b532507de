"""Self-graded exercises: question types, checking, hints, partial credit, sealed answers, saved progress.

    from toolkit.exercises import Exercise
    ex = Exercise("04-loaded-language")
    ex.show("q1")

Modules, one idea each: `spec` (reading and checking specs, source and built), `fields`
(field-by-field validation with paths), `passages` (which part of the article), `types/`
(one module per question type: its spec, its sealed form, its pure check), `results`
(`CheckResult` and friends), `sealing` (digests and sealed values), `textforms` (normal
forms of short answers), `flow` (attempts, hints, points), `progress` (the save file),
`build` (source specs -> built specs), `exercise` (the `Exercise` API) and `views` (the
registry through which `Exercise.show` finds its widgets, which live in
`toolkit.widgets.exercise_view`: the model never imports them). Names are imported on first
use, so `import toolkit.exercises` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Exercise": "exercise",
    "Score": "exercise",
    "Submission": "exercise",
    "find_spec": "exercise",
    "CheckResult": "results",
    "HintResult": "results",
    "ItemResult": "results",
    "Grade": "results",
    "AnswerError": "results",
    "SpecError": "fields",
    "load_spec": "spec",
    "compile_source": "spec",
    "compile_file": "spec",
    "ProgressStore": "progress",
    "QuestionState": "flow",
    "build_exercises": "build",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit.exercises' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
