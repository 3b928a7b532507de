"""Where the project's folders are, seen from a notebook, a test or the command line.

Lessons run with their own folder as the working directory, and the package may be
installed in a virtual environment elsewhere, so the project root is found by looking
upward for its marker folders rather than assumed.
"""

from __future__ import annotations

import os
from pathlib import Path

from toolkit.storage.names import validate_name

#: The folder name of the sample article under `seeds/`.
SAMPLE_SLUG = "turkey-s400"
_MARKERS = ("seeds", "lessons")


def project_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` (default: the working folder) holding seeds/ and lessons/.

    `TOOLKIT_PROJECT_ROOT` overrides the search; the package's own checkout is the fallback.
    """
    override = os.environ.get("TOOLKIT_PROJECT_ROOT")
    if override:
        return Path(override).expanduser().resolve()
    for origin in (start or Path.cwd(), Path(__file__).resolve().parent):
        for folder in (origin, *origin.parents):
            if all((folder / marker).is_dir() for marker in _MARKERS):
                return folder
    return None


def require_project_root() -> Path:
    root = project_root()
    if root is None:
        raise FileNotFoundError(
            "cannot find the project folder (one with seeds/ and lessons/); "
            "run from inside the project or set TOOLKIT_PROJECT_ROOT"
        )
    return root


def seeds_dir() -> Path:
    return require_project_root() / "seeds"


def seed_dir(slug: str) -> Path:
    """The folder of one seed article, with the slug checked so it cannot leave seeds/."""
    return seeds_dir() / validate_name(slug, what="article slug")


def sample_article_path() -> Path:
    return seed_dir(SAMPLE_SLUG)
