"""`read_once`: a property worked out at its first read and kept on the instance, for records read per sentence.

`functools.cached_property` does the same, but on Python 3.11 its first read takes a lock and looks
the answer up twice: a few microseconds each, paid for every sentence's `_Sentence` (its word set,
its token starts) and `Found` (its primary attribution), thousands of times in a long article.
The labeller's records are made and read by one thread, so no lock is needed; the answer is
stored in the instance's `__dict__` under the property's name, where Python finds it first at
every later read (a non-data descriptor), exactly as `cached_property` stores it.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar, overload

__all__ = ["read_once"]

T = TypeVar("T")


class read_once(Generic[T]):  # noqa: N801 (named like the decorator it stands in for)
    """Like `functools.cached_property`, without the lock (see the module's doc)."""

    def __init__(self, function: Callable[[Any], T]):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> "read_once[T]": ...

    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: Any, owner: type) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value
