"""Frozen dataclass records made quickly, for the few kinds an article makes by the ten thousand.

A frozen dataclass's own `__init__` sets each field through `object.__setattr__` (to get past
its frozen guard): some 3 microseconds for a record of nine fields. A long article makes a `Word`
per word (loaded language) and several `Cue`s per sentence, and copies each cue with
`dataclasses.replace` once or twice while weighing it, so that guard alone cost a tenth of the
whole analysis. `quick_maker(cls)` and `replaced(record, ...)` make the very same records (same
class, same fields, defaults filled in: equal, with equal hashes, `repr` and `asdict`) by
filling the new instance's dictionary at once.

Only for frozen dataclasses whose fields are all set by `__init__`, with no `__post_init__`,
no `__slots__` and no default factories: `quick_maker` refuses any other class. A wrong or
missing field name is a `TypeError` naming the class's `__init__`, as the class itself would raise.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, Callable, TypeVar

__all__ = ["quick_maker", "replaced"]

T = TypeVar("T")

#: Field names of each class `replaced` has copied (a frozenset, to check changes against).
_NAMES: dict[type, frozenset[str]] = {}


def _check(cls: type) -> None:
    params = getattr(cls, "__dataclass_params__", None)
    if not is_dataclass(cls) or params is None or not params.frozen:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} has __post_init__ or __slots__: make it the ordinary way")
    for field in fields(cls):
        if not field.init or field.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{field.name} is not a plain init field")


def quick_maker(cls: type[T]) -> Callable[..., T]:
    """A function `make(**fields)` that returns what `cls(**fields)` would, without the frozen guard's cost.

    The function is written for the class, as dataclasses write `__init__`: the same parameters and
    defaults (so a missing or unknown field is Python's own `TypeError`, naming `cls.__init__`), and a
    body that fills the new instance's dictionary from one dictionary display, in field order.
    """
    _check(cls)
    every = fields(cls)
    parameters = ", ".join(f.name if f.default is MISSING else f"{f.name}=_quick_default_{f.name}" for f in every)
    state = ", ".join(f"{f.name!r}: {f.name}" for f in every)
    namespace: dict[str, Any] = {"_quick_new": object.__new__, "_quick_class": cls}
    namespace.update({f"_quick_default_{f.name}": f.default for f in every if f.default is not MISSING})
    exec(f"def make({parameters}):\n"
         f"    record = _quick_new(_quick_class)\n"
         f"    record.__dict__.update({{{state}}})\n"
         f"    return record\n", namespace)
    make = namespace["make"]
    make.__name__, make.__qualname__ = "__init__", f"{cls.__qualname__}.__init__"  # as errors name it
    make.__doc__ = f"`{cls.__name__}(**fields)`, made quickly (see toolkit.text.frozen_records)."
    return make


def replaced(record: T, /, **changes: Any) -> T:
    """`dataclasses.replace(record, **changes)` for a frozen dataclass record, made quickly."""
    cls = type(record)
    names = _NAMES.get(cls)
    if names is None:
        _check(cls)
        names = _NAMES[cls] = frozenset(field.name for field in fields(cls))
    state = record.__dict__
    if not changes.keys() <= names or len(state) != len(names):
        from dataclasses import replace

        # An unknown field (dataclasses says so in its own words), or something kept beside the
        # fields that a copy made through __init__ would not carry over.
        return replace(record, **changes)
    copy = object.__new__(cls)
    copied = copy.__dict__
    copied.update(state)
    copied.update(changes)
    return copy
