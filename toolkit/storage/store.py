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


def current_student() -> str:
    """The student's name from the environment (JupyterHub sets one), else a default."""
    for variable in STUDENT_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if value:
            cleaned = re.sub(r"[^A-Za-z0-9._-]", "-", value)[:64].strip(".-_") or DEFAULT_STUDENT
            return validate_name(cleaned, what="student name")
    return DEFAULT_STUDENT


def student_dir(student: str | None = None) -> Path:
    return work_dir() / validate_name(student or current_student(), what="student name")


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


def read_json(path: Path) -> Any:
    """Read a JSON save file, raising `StoreError` with a clear message when it is damaged."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: is not UTF-8 text") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise StoreError(f"{path}: is not valid JSON (line {error.lineno}, column {error.colno})") from None


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
        problem = validate(data) if validate else None
    except StoreError as error:
        problem, data = str(error), None
    if problem is None:
        return Loaded(data=data)
    reason = "corrupt" if data is None else "mismatch"
    kept = set_aside(path, reason)
    return Loaded(problem=f"{problem}; the file was kept as {kept.name}", set_aside_as=kept)
