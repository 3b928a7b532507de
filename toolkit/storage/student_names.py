"""Student folder names that keep every student apart, in any script.

A hub user name becomes the name of the student's work folder. Cleaning it must not merge
two students: a rule that keeps only ASCII letters would turn 김민준, Мария and 李明 all into
the same folder, and josé and josè into one. So the folder name keeps the name readable in
its own script (NFC-normalised, so the same name typed on a Mac and on Windows is one
folder), drops only what is unsafe in a path (separators, control characters, a leading
dot), and, when anything had to be dropped or replaced, adds a short hash of the whole
name. Two different names therefore never share a folder, and the same name gives the same
folder on every run and every machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Characters kept besides letters, marks and digits of any script.
_KEPT_PUNCTUATION = "._-@"
#: Longest readable part, in UTF-8 bytes (file systems allow 255 bytes per name).
_MAX_READABLE_BYTES = 100
_HASH_LENGTH = 8
#: Names Windows refuses for a file or folder, whatever the extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}


def _safe_character(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" or ch in _KEPT_PUNCTUATION


def name_hash(name: str) -> str:
    """A short stable hash of a (NFC-normalised) name."""
    normal = unicodedata.normalize("NFC", name)
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:_HASH_LENGTH]


def _truncate_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def clean_student_name(raw: str, default: str = "student") -> str:
    """The folder name for a student called `raw`: readable, safe in a path, distinct for distinct names.

    Idempotent: cleaning a cleaned name gives it back unchanged.
    """
    normal = unicodedata.normalize("NFC", str(raw)).strip()
    if not normal:
        return default
    if student_name_problem(normal) is None and normal.split(".")[0].upper() not in _RESERVED:
        return normal  # already a folder name (a cleaned one too: cleaning twice changes nothing)
    readable = "".join(ch if _safe_character(ch) else "-" for ch in normal)
    readable = re.sub(r"-{2,}", "-", readable).lstrip(".-_@").rstrip("-")
    readable = _truncate_bytes(readable, _MAX_READABLE_BYTES).rstrip("-")
    changed = readable != normal or readable.split(".")[0].upper() in _RESERVED
    if not readable:
        readable = default
    return f"{readable}-{name_hash(normal)}" if changed else readable


def student_name_problem(name: str) -> str | None:
    """Why `name` cannot be a student folder name (None when it can)."""
    if not isinstance(name, str) or not name:
        return "a student name must be a non-empty string"
    if unicodedata.normalize("NFC", name) != name:
        return "a student name must be NFC-normalised"
    if len(name.encode("utf-8")) > _MAX_READABLE_BYTES + 1 + _HASH_LENGTH:
        return "a student name may be at most 109 bytes long"
    if name[0] in ".-_@":
        return "a student name must start with a letter or digit"
    if not all(_safe_character(ch) for ch in name):
        return "a student name may hold only letters, marks, digits, '.', '_', '-' and '@'"
    return None


def validate_student_name(name: str) -> str:
    """Return `name` when it is a usable student folder name; raise `ValueError` saying why not."""
    problem = student_name_problem(name)
    if problem:
        raise ValueError(f"student name {name!r} is not allowed: {problem} (toolkit.storage.store.current_student "
                         "cleans any hub user name into one)")
    return name
