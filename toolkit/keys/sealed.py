"""Answer keys that students can check against without reading them.

The student build (`build-student`) leaves `seeds/<slug>/keys/` out, yet a lesson's own
checks (a student's marks against the span key, the sorting activity against the sentence
key) still need the keys. So the build writes `seeds/<slug>/keys.sealed.json`: the reviewed
keys sealed the same way as the exercises' answers (`toolkit.exercises.sealing`), and the
key loaders fall back to it when the plain key is absent. Like the exercises, this deters
casual peeking and is not security: the salt and the code are in the student's copy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SEALED_KEYS_FILE = "keys.sealed.json"
SEALED_KEYS_FORMAT = "toolkit.sealed-keys/1"
#: The key files a seed folder may have, by kind.
KEY_FILES = {"spans": Path("keys") / "spans.json", "sentences": Path("keys") / "sentences.json"}


def _sealer(slug: str, salt: str):
    from toolkit.exercises.sealing import Sealer

    return Sealer(f"keys:{slug}", salt)


def seal_keys(seed: Path, target: Path) -> list[str]:
    """Seal the reviewed keys of seed folder `seed` into `target/keys.sealed.json`; return the kinds sealed.

    Draft keys are left out: students are never checked against a key nobody reviewed.
    """
    from toolkit.exercises.sealing import new_salt
    from toolkit.storage.store import atomic_write_json, read_json

    slug = seed.name
    salt = new_salt()
    sealer = _sealer(slug, salt)
    sealed: dict[str, str] = {}
    for kind, relative in KEY_FILES.items():
        path = seed / relative
        if not path.is_file():
            continue
        data = read_json(path)
        if isinstance(data, dict) and data.get("status") == "reviewed":
            sealed[kind] = sealer.seal(kind, "key", data)
    if sealed:
        atomic_write_json(target / SEALED_KEYS_FILE,
                          {"format": SEALED_KEYS_FORMAT, "article": slug, "salt": salt, "keys": sealed})
    return sorted(sealed)


def open_sealed_key(seed: Path, kind: str) -> dict[str, Any] | None:
    """The key of `kind` ('spans' or 'sentences') from a seed's sealed file, or None when there is none."""
    from toolkit.storage.store import StoreError, read_json

    path = seed / SEALED_KEYS_FILE
    if not path.is_file():
        return None
    try:
        data = read_json(path)
    except StoreError:
        return None
    if not isinstance(data, dict) or data.get("format") != SEALED_KEYS_FORMAT or kind not in data.get("keys", {}):
        return None
    try:
        return _sealer(str(data.get("article")), str(data.get("salt"))).open(kind, "key", data["keys"][kind])
    except ValueError:
        return None
