"""The one rule for names that become file or folder names (students, articles, exercises).

A name is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit, never
containing '..': so a name typed by a student or read from a spec cannot climb out of the
folder it is joined to. Both `paths` (seed folders) and `store` (student folders) use it.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def validate_name(name: str, what: str = "name") -> str:
    """Accept names made of letters, digits, '.', '_' and '-' (no path separators, no '..')."""
    if not isinstance(name, str) or not _NAME.match(name) or ".." in name:
        raise ValueError(
            f"{what} {name!r} is not allowed: use 1-64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return name
