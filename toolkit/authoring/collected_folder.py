"""Reading a class's collected folder without trusting it.

A folder collected from a hub or a shared drive may hold anything: a symlink to
`/dev/zero` or to a file outside the folder, a FIFO that blocks whoever opens it, a file of
gigabytes, a folder whose name is a spreadsheet formula. The gradebook reads it through
these helpers: only real folders and regular files inside the collected folder, each file
at most `MAX_COLLECTED_BYTES`, and every skipped entry is reported in a line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from toolkit.storage.store import StoreError, read_json

#: Largest collected file the gradebook reads (bytes).
MAX_COLLECTED_BYTES = 8 * 1024 * 1024


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path`, with every link followed, stays inside `root`."""
    try:
        resolved = Path(os.path.realpath(path))
        base = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return False
    return resolved == base or base in resolved.parents


def folder_problem(path: Path, root: Path) -> str | None:
    """Why `path` is not a folder the gradebook may look into (None when it is)."""
    try:
        status = os.lstat(path)
    except OSError as error:
        return f"{path}: cannot be read ({error.strerror or error}); skipped"
    if stat.S_ISLNK(status.st_mode):
        if not is_inside(path, root):
            return f"{path}: a link pointing outside the collected folder; skipped"
        try:
            status = os.stat(path)
        except OSError:
            return f"{path}: a broken link; skipped"
    if not stat.S_ISDIR(status.st_mode):
        return f"{path}: not a folder; skipped"
    return None


def subfolders(folder: Path, root: Path, skipped: list[str] | None = None) -> list[Path]:
    """The usable folders in `folder` (sorted; hidden ones ignored), each unusable one reported in `skipped`."""
    found = []
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError as error:
        if skipped is not None:
            skipped.append(f"{folder}: cannot be listed ({error.strerror or error}); skipped")
        return []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder_like = entry.is_dir() or entry.is_symlink()
        except OSError:
            is_folder_like = True
        if not is_folder_like:
            continue
        problem = folder_problem(entry, root)
        if problem is None:
            found.append(entry)
        elif skipped is not None:
            skipped.append(problem)
    return found


def usable_folder(path: Path, root: Path) -> bool:
    """Whether `path` exists and is a folder the gradebook may read (not a link out of `root`)."""
    return os.path.lexists(path) and folder_problem(path, root) is None


def read_collected_json(path: Path, root: Path, *, max_bytes: int = MAX_COLLECTED_BYTES) -> Any:
    """Read a JSON file of a collected folder: a regular file inside `root`, at most `max_bytes`.

    Raises `StoreError` (one line, naming the file) for anything else: a link out of the
    folder, a FIFO or device (refused without opening it for long), a file too large, or a
    damaged one. Never blocks, never reads more than `max_bytes + 1` bytes.
    """
    path = Path(path)
    if not is_inside(path, root):
        raise StoreError(f"{path}: a link pointing outside the collected folder; skipped")
    try:
        status = os.stat(path)
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error}); skipped") from None
    if not stat.S_ISREG(status.st_mode):
        raise StoreError(f"{path}: not a regular file (a device, pipe or folder); skipped")
    return read_json(path, max_bytes=max_bytes)
