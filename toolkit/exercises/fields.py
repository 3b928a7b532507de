"""Reading a hand-written spec field by field, so every mistake is reported with where it is.

A spec is YAML or JSON written by a person. `Fields` reads one object of it and records a
problem for each field that is missing, of the wrong type, out of range or unknown (a
misspelt field name is a mistake worth reporting, not something to ignore), each with its
path: ``questions[2] (q3).options[1].correct: must be true or false``. `SpecError` lists
them all at once with the file's name, so an instructor fixes a spec in one pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping

_MISSING = object()


class SpecError(ValueError):
    """An exercise spec that cannot be used; the message names the file and every problem, one per line."""

    def __init__(self, path: str | Path | None, problems: Iterable[str]):
        self.path = Path(path) if path is not None else None
        self.problems = tuple(problems)
        where = str(path) if path is not None else "the exercise spec"
        if len(self.problems) == 1:
            message = f"{where}: {self.problems[0]}"
        else:
            message = f"{where}: {len(self.problems)} problems:\n" + "\n".join(f"- {p}" for p in self.problems)
        super().__init__(message)


class Problems:
    """The problems found so far in one spec."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}" if where else message)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self, path: str | Path | None) -> None:
        if self.items:
            raise SpecError(path, self.items)


def path_of(parent: str, key: str | int, name: str | None = None) -> str:
    """`questions[2] (q3)` and `questions[2] (q3).options` style paths."""
    if isinstance(key, int):
        step = f"{parent}[{key}]"
    else:
        step = f"{parent}.{key}" if parent else key
    return f"{step} ({name})" if name else step


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "empty"}.get(type(value), type(value).__name__)


class Fields:
    """One object of a spec: typed getters that record problems instead of raising."""

    def __init__(self, raw: Any, where: str, problems: Problems, allowed: Iterable[str] | None = None):
        self.where = where
        self.problems = problems
        if not isinstance(raw, Mapping):
            problems.add(where, f"must be an object with named fields, not {_type_name(raw)}")
            raw = {}
        self.raw: Mapping[str, Any] = raw
        if allowed is not None:
            known = list(allowed)
            for name in raw:
                if name not in known:
                    problems.add(path_of(where, str(name)),
                                 f"unknown field (known here: {', '.join(known)})")

    def at(self, name: str | int) -> str:
        return path_of(self.where, name)

    def has(self, name: str) -> bool:
        return name in self.raw and self.raw[name] is not None

    def problem(self, name: str, message: str) -> None:
        self.problems.add(self.at(name), message)

    def get(self, name: str, default: Any = None) -> Any:
        value = self.raw.get(name, default)
        return default if value is None else value

    def text(self, name: str, *, required: bool = True, default: str | None = None) -> str | None:
        value = self.raw.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(name, "is missing")
            return default
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # YAML reads `answer: 2016` as a number; as text it is what was meant
        if not isinstance(value, str):
            self.problem(name, f"must be text, not {_type_name(value)}")
            return default
        if not value.strip():
            if required:
                self.problem(name, "is empty")
            return default
        return value.strip()

    def number(self, name: str, *, default: float | None = None, required: bool = False,
               minimum: float | None = None, maximum: float | None = None, above: float | None = None) -> float | None:
        value = self.raw.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(name, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(name, f"must be a number, not {_type_name(value)}")
            return default
        if value != value or value in (float("inf"), float("-inf")):
            self.problem(name, "must be a finite number")
            return default
        if minimum is not None and value < minimum:
            self.problem(name, f"must be at least {minimum:g}, not {value:g}")
            return default
        if above is not None and value <= above:
            self.problem(name, f"must be more than {above:g}, not {value:g}")
            return default
        if maximum is not None and value > maximum:
            self.problem(name, f"must be at most {maximum:g}, not {value:g}")
            return default
        return float(value)

    def integer(self, name: str, *, default: int | None = None, required: bool = False,
                minimum: int | None = None) -> int | None:
        value = self.raw.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(name, "is missing")
            return default
        if type(value) is not int:
            self.problem(name, f"must be a whole number, not {_type_name(value)}")
            return default
        if minimum is not None and value < minimum:
            self.problem(name, f"must be at least {minimum}, not {value}")
            return default
        return value

    def boolean(self, name: str, default: bool = False) -> bool:
        value = self.raw.get(name, _MISSING)
        if value is _MISSING or value is None:
            return default
        if not isinstance(value, bool):
            self.problem(name, f"must be true or false, not {value!r}")
            return default
        return value

    def items(self, name: str, *, required: bool = True, minimum: int = 0) -> list[Any]:
        value = self.raw.get(name, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.problem(name, "is missing")
            return []
        if not isinstance(value, list):
            self.problem(name, f"must be a list, not {_type_name(value)}")
            return []
        if len(value) < minimum:
            self.problem(name, f"needs at least {minimum} entr{'y' if minimum == 1 else 'ies'}, has {len(value)}")
        return value

    def choice(self, name: str, options: Iterable[str], *, default: str | None = None,
               required: bool = False) -> str | None:
        options = list(options)
        value = self.text(name, required=required, default=None)
        if value is None:
            return default
        if value not in options:
            self.problem(name, f"must be one of {', '.join(options)}, not {value!r}")
            return default
        return value
