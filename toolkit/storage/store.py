"""Saving students' work so that it is never lost: atomic JSON files in a folder per student.

Layout (the folder an instructor collects)::

    <work dir>/<student>/annotations/<article slug>.json
    <work dir>/<student>/progress/<exercise>.json

The work dir is `TOOLKIT_WORK_DIR`, else `work/` in the project folder, else
`~/media-literacy-work`. Files are written to a temporary file and renamed over the old
one, so a kernel killed mid-save leaves the previous file whole. A file that cannot be read
back is renamed aside (never overwritten) and reported.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.storage.names import validate_name  # noqa: F401 (re-exported: callers import the name rule from here)

#: Environment variables that may name the student, most specific first.
STUDENT_VARIABLES = ("TOOLKIT_STUDENT", "JUPYTERHUB_USER")
DEFAULT_STUDENT = "student"


class StoreError(ValueError):
    """A save file that cannot be used; the message says which file and why."""


def work_dir() -> Path:
    """The folder holding every student's saved work."""
    override = os.environ.get("TOOLKIT_WORK_DIR")
    if override:
        return Path(override).expanduser()
    from toolkit.storage.paths import project_root

    root = project_root()
    return root / "work" if root else Path.home() / "media-literacy-work"


def _student_from_environment() -> tuple[str, str] | None:
    """(raw name, folder name) of the student the environment names, or None."""
    from toolkit.storage.student_names import clean_student_name

    for variable in STUDENT_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if value:
            return value, clean_student_name(value, DEFAULT_STUDENT)
    return None


def current_student() -> str:
    """The student's folder name from the environment (JupyterHub sets one), else a default.

    Any hub user name works: letters of every script are kept, and a name that had to be
    cleaned gets a short stable hash, so two students never share a folder
    (`toolkit.storage.student_names`).
    """
    found = _student_from_environment()
    return found[1] if found else DEFAULT_STUDENT


def student_dir(student: str | None = None) -> Path:
    from toolkit.storage.student_names import validate_student_name

    folder = work_dir() / validate_student_name(student or current_student())
    _remember_student_name(folder)
    return folder


#: A small file in a student's folder giving the name the folder was made from (when cleaning changed it).
STUDENT_NAME_FILE = "student.json"


def _remember_student_name(folder: Path) -> None:
    found = _student_from_environment()
    if not found or found[0] == found[1] or found[1] != folder.name or (folder / STUDENT_NAME_FILE).exists():
        return
    try:
        atomic_write_json(folder / STUDENT_NAME_FILE, {"format": "toolkit.student/1", "name": found[0],
                                                       "folder": found[1]})
    except OSError:
        pass  # only a convenience for the teacher's gradebook; never in the way of saving work


def atomic_write_json(path: Path, data: Any) -> None:
    """Write JSON to a temporary file in the same folder, flush it to disk, then rename it into place."""
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    """Write UTF-8 text (a notebook, a CSV, a README) the same way: whole or not at all."""
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def atomic_write_bytes(path: Path, payload: bytes, *, mode: int = 0o600) -> None:
    """The one way the toolkit saves a file: a temporary file in the same folder, flushed to disk, renamed into place.

    A kernel killed or a disk filled mid-save leaves the previous file whole; the rename is
    atomic on one file system, which is why the temporary file sits beside the target.
    `mode` is the new file's permissions: private by default (students' work), 0o644 for
    what is meant to be shared (notebooks, figures, caches of public data).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftover_temporaries(path, older_than=STALE_TEMPORARY_SECONDS)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode != 0o600:
            os.chmod(temporary, mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(path.parent)


#: A temporary file of an interrupted save older than this is removed by the next save of the same file.
STALE_TEMPORARY_SECONDS = 600.0


def remove_leftover_temporaries(path: Path, *, older_than: float = 0.0) -> int:
    """Remove the hidden temporary files (`.<name>.*.tmp`) that interrupted saves of `path` left behind.

    Only files older than `older_than` seconds go, so a save in progress in another process
    keeps its file; a caller holding the file's lock passes 0. Returns how many were removed.
    """
    path = Path(path)
    prefix = f".{path.name}."
    removed = 0
    try:
        names = os.listdir(path.parent)
    except OSError:
        return 0
    now = time.time()
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        leftover = path.parent / name
        try:
            status = leftover.lstat()
            if stat.S_ISREG(status.st_mode) and now - status.st_mtime >= older_than:
                leftover.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


#: Largest save file read (bytes): a bigger one is treated as damaged, never loaded into memory.
MAX_JSON_BYTES = 16 * 1024 * 1024
#: Deepest nesting of arrays and objects accepted in a save file.
MAX_JSON_DEPTH = 64


def read_json(path: Path, *, max_bytes: int | None = None) -> Any:
    """Read a JSON save file, raising `StoreError` with a clear one-line message when it cannot be used.

    Only a regular file is read (a FIFO or a device is refused without blocking), at most
    `max_bytes` (default `MAX_JSON_BYTES`) of it; text that is not UTF-8, not JSON, nested
    deeper than `MAX_JSON_DEPTH`, or holding a number Python will not convert is damaged.
    """
    path = Path(path)
    limit = MAX_JSON_BYTES if max_bytes is None else max_bytes
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise StoreError(f"{path}: is not a regular file (a device, pipe or folder); not read")
        if status.st_size > limit:
            raise StoreError(f"{path}: is too large to be a save file ({status.st_size:,} bytes; "
                             f"the limit is {limit:,})")
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            blob = handle.read(limit + 1)
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if len(blob) > limit:
        raise StoreError(f"{path}: is too large to be a save file (over {limit:,} bytes)")
    try:
        raw = blob.decode("utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: is not UTF-8 text") from None
    if "\x00" in raw:
        raise StoreError(f"{path}: holds binary data, not JSON text")
    depth = _nesting_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise StoreError(f"{path}: is nested {depth} levels deep (a save file has at most {MAX_JSON_DEPTH})")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise StoreError(f"{path}: is not valid JSON (line {error.lineno}, column {error.colno})") from None
    except (ValueError, RecursionError, MemoryError) as error:
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise StoreError(f"{path}: cannot be read as JSON ({reason})") from None


_STRUCTURE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _nesting_depth(raw: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (strings skipped), without recursion."""
    depth = deepest = 0
    for match in _STRUCTURE.finditer(raw):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_JSON_DEPTH:
                    return deepest
        elif token in "]}":
            depth -= 1
    return deepest


def set_aside(path: Path, reason: str) -> Path:
    """Rename a file that cannot be used to `<name>.<reason>-<time><suffix>`, keeping it for a human to look at."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    tag = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "unusable"
    for attempt in range(1000):
        suffix = f"-{attempt}" if attempt else ""
        target = path.with_name(f"{path.stem}.{tag}-{stamp}{suffix}{path.suffix}")
        if not target.exists():
            os.replace(path, target)
            return target
    raise StoreError(f"{path}: cannot find a free name to set it aside")


#: How `header_problem` names each checked field in its message.
_FIELD_WORDS = {
    "article": "is for article",
    "exercise": "is for exercise",
    "student": "belongs to student",
}


def header_problem(data: Any, file_format: str, *, what: str = "the save file", content_hash: str | None = None,
                   optional: tuple[str, ...] = (), **expected: str) -> str | None:
    """Why a save file's header does not fit (None when it does): a JSON object of `file_format`
    whose fields equal `expected` (a field named in `optional` may also be missing) and, when
    given, whose `content_hash` matches the article's text."""
    if not isinstance(data, dict):
        return f"{what} is not a JSON object"
    if data.get("format") != file_format:
        return f"{what} has format {data.get('format')!r}, expected {file_format!r}"
    for field_name, value in expected.items():
        found = data.get(field_name)
        if found != value and not (found is None and field_name in optional):
            return f"{what} {_FIELD_WORDS.get(field_name, 'has ' + field_name)} {found!r}, not {value!r}"
    if content_hash is not None and data.get("content_hash") != content_hash:
        return (f"{what} was made for a different version of this article's text (its content hash does not "
                "match), so its work would land on the wrong words")
    return None


def shape_problem(data: Any, validate=None) -> str | None:
    """`validate(data)`, where a validator that trips over an unexpected shape counts as a problem, not a crash."""
    if validate is None:
        return None
    try:
        return validate(data)
    except (AttributeError, KeyError, TypeError, ValueError, IndexError, RecursionError) as error:
        return f"the file has an unexpected shape ({type(error).__name__})"


@dataclass(frozen=True)
class Loaded:
    """What came back from a save file: its data, or why it was not usable and where it was put."""

    data: Any = None
    problem: str | None = None
    set_aside_as: Path | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def load_or_set_aside(path: Path, *, validate=None) -> Loaded:
    """Load a save file; if it is damaged (or `validate(data)` returns a problem), set it aside and say so.

    A missing file is not a problem: it gives `Loaded(data=None)`.
    """
    path = Path(path)
    if not path.exists():
        return Loaded()
    try:
        data = read_json(path)
    except StoreError as error:
        problem, data = str(error), None
    else:
        problem = shape_problem(data, validate)
    if problem is None:
        return Loaded(data=data)
    reason = "corrupt" if data is None else "mismatch"
    kept = set_aside(path, reason)
    return Loaded(problem=f"{problem}; the file was kept as {kept.name}", set_aside_as=kept)
