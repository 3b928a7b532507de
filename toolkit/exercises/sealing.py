"""Keeping answers out of plain sight in the exercise files students receive.

Two forms, both tied to the exercise's salt and the question's id:

* **digests** for exact answers (a choice's correctness, a sentence's label, an accepted
  short answer): a keyed SHA-256 (HMAC) of the normalised answer, one per item, so a
  student's answer is checked item by item (and partial credit still works) by digesting it
  the same way and comparing;
* **sealed values** for what a grader needs to read back (a numeric target and its
  tolerance, the key's spans, a source's name, hints, feedback and explanations): JSON
  XOR-ed with a SHA-256 keystream and base64-encoded, so nothing is readable in the file.

This deters casual peeking (opening the JSON file, searching it for an answer). It is not
security: the salt sits in the same file and this code is public, so a determined student
can recover every answer. Grade anything that matters from the students' saved answers
with the instructor's own source specs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

SEALED_PREFIX = "sealed:v1:"
DIGEST_LENGTH = 32  # hex characters kept of each HMAC


def new_salt() -> str:
    """A fresh random salt for a newly built exercise (kept on rebuilds, so digests stay stable)."""
    return secrets.token_hex(16)


class Sealer:
    """Digests and seals values for one exercise (its id and salt)."""

    def __init__(self, exercise_id: str, salt: str):
        if not isinstance(salt, str) or len(salt) < 16:
            raise ValueError("an exercise's salt must be a string of at least 16 characters")
        self.exercise_id = exercise_id
        self.salt = salt
        self._key = salt.encode("utf-8")

    # ----- exact answers ---------------------------------------------------------------------

    def digest(self, question: str, item: str, value: str) -> str:
        """The digest of one exact answer to one item of one question."""
        message = "\x1f".join((self.exercise_id, question, item, value)).encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:DIGEST_LENGTH]

    def matches(self, question: str, item: str, value: str, digest: str | list[str] | tuple[str, ...]) -> bool:
        """Whether `value` is the answer behind `digest` (or behind any of a list of digests)."""
        mine = self.digest(question, item, value)
        targets = [digest] if isinstance(digest, str) else list(digest)
        return any(hmac.compare_digest(mine, target) for target in targets if isinstance(target, str))

    # ----- values a grader reads back --------------------------------------------------------

    def seal(self, question: str, purpose: str, value: Any) -> str:
        """`value` (anything JSON can hold) as an unreadable token."""
        plain = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
        return SEALED_PREFIX + base64.b64encode(self._xor(question, purpose, plain)).decode("ascii")

    def open(self, question: str, purpose: str, token: str) -> Any:
        """The value behind a token made by `seal` with the same question and purpose."""
        if not isinstance(token, str) or not token.startswith(SEALED_PREFIX):
            raise ValueError(f"{question}: {purpose} is not a sealed value")
        try:
            raw = base64.b64decode(token[len(SEALED_PREFIX):], validate=True)
            return json.loads(self._xor(question, purpose, raw).decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as error:
            raise ValueError(f"{question}: {purpose} cannot be opened (the file is damaged or was built "
                             "with another salt)") from error

    def _xor(self, question: str, purpose: str, data: bytes) -> bytes:
        seed = "\x1f".join((self.salt, self.exercise_id, question, purpose)).encode("utf-8")
        stream = bytearray()
        counter = 0
        while len(stream) < len(data):
            stream += hashlib.sha256(seed + counter.to_bytes(8, "big")).digest()
            counter += 1
        return bytes(a ^ b for a, b in zip(data, stream))


def is_sealed(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(SEALED_PREFIX)
