"""Saving by merging: two notebooks on one save file both keep their work.

A student often has the same save file open twice (a lesson's challenge cell and the
exercise notebook, or two tabs of one lesson). If each notebook wrote out its own copy,
the last one to save would wipe out what the other did. So every save of a student's work
(annotations, sorting, exercise progress) goes through `update_json`:

1. take an exclusive lock on a small sidecar file (`.<name>.lock` beside the save file);
2. read the file as it is now, inside the lock (a damaged file is set aside, bytes kept);
3. apply this notebook's operations to what was read (add, delete, edit, attempt, draft):
   the caller's `change` function does this, and sees the other notebook's latest work;
4. write the result atomically (temporary file, then rename) and release the lock.

The lock is `fcntl.flock` on POSIX, `msvcrt.locking` on Windows, and, where neither
exists, a lock folder created atomically (`mkdir`) and taken over when it is clearly stale.
Waiting for the lock is bounded: after `LOCK_TIMEOUT` seconds the save fails with an
`OSError`, which every tool already handles by keeping the work in memory and saving it
with the next change.
"""

from __future__ import annotations

import contextlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from toolkit.storage.store import StoreError, atomic_write_json, read_json, remove_leftover_temporaries, set_aside, shape_problem

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows and others
    fcntl = None
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None

#: Longest wait for another notebook's save to finish (seconds).
LOCK_TIMEOUT = 15.0
#: A lock folder (the last-resort lock) older than this is taken to be left by a killed process.
STALE_LOCK_SECONDS = 60.0


class LockTimeout(OSError):
    """Another process held the save file's lock for longer than `LOCK_TIMEOUT`."""


def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock for `path` (between processes, and between notebooks of one process)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sidecar = lock_path(path)
    if fcntl is None and msvcrt is None:  # pragma: no cover - exotic platforms
        with _folder_lock(sidecar.with_suffix(".lockdir"), timeout):
            yield
        return
    descriptor = os.open(sidecar, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(descriptor, sidecar, timeout)
        try:
            yield
        finally:
            _release(descriptor)
    finally:
        os.close(descriptor)


def _try_lock(descriptor: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError as error:
        if error.errno in (11, 13, 35, 36):  # EAGAIN, EACCES, EWOULDBLOCK (BSD), EDEADLOCK (Windows)
            return False
        raise


def _acquire(descriptor: int, sidecar: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pause = 0.002
    while not _try_lock(descriptor):
        if time.monotonic() >= deadline:
            raise LockTimeout(f"another notebook kept {sidecar.name} locked for over {timeout:g} seconds")
        time.sleep(pause)
        pause = min(pause * 2, 0.05)


def _release(descriptor: int) -> None:
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            os.lseek(descriptor, 0, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    except OSError:
        pass  # closing the descriptor releases it anyway


@contextlib.contextmanager
def _folder_lock(folder: Path, timeout: float) -> Iterator[None]:  # pragma: no cover - exotic platforms
    deadline = time.monotonic() + timeout
    while True:
        try:
            os.mkdir(folder)
            break
        except FileExistsError:
            try:
                if time.time() - folder.stat().st_mtime > STALE_LOCK_SECONDS:
                    os.rmdir(folder)
                    continue
            except OSError:
                pass
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{folder.name} stayed locked for over {timeout:g} seconds") from None
            time.sleep(0.01)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.rmdir(folder)


#: What a `change` function returns when there is nothing to write.
NO_CHANGE = object()


@dataclass(frozen=True)
class Merged:
    """What a merged save wrote, and whether the file found on disk had to be set aside first."""

    data: Any
    problem: str | None = None
    set_aside_as: Path | None = None


def update_json(path: Path, change: Callable[[Any | None], Any], *,
                validate: Callable[[Any], str | None] | None = None) -> Merged:
    """Read `path` under its lock, write `change(current)` atomically, and return what was written.

    `change` may return `NO_CHANGE` to leave the file as it is. `current` is the file's JSON data, or None when there is no file, or when the file is
    damaged or fails `validate` (then it is set aside with its bytes kept, and `problem`
    says so). Leftover temporary files of interrupted saves are removed on the way.
    """
    path = Path(path)
    with file_lock(path):
        remove_leftover_temporaries(path)
        current, problem, kept = None, None, None
        if os.path.lexists(path):
            try:
                current = read_json(path)
            except StoreError as error:
                problem = str(error)
            else:
                problem = shape_problem(current, validate)
            if problem is not None:
                kept = set_aside(path, "corrupt" if current is None else "mismatch")
                problem = f"{problem}; the file was kept as {kept.name}"
                current = None
        data = change(current)
        if data is NO_CHANGE:
            return Merged(current, problem, kept)
        atomic_write_json(path, data)
    return Merged(data, problem, kept)
