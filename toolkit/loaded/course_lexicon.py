"""The loaded-language word list a lesson uses: the built-in lexicon plus the course's own files.

An instructor adds terms without touching the toolkit, in two places a lesson looks:

- `lexicon.txt` in the project folder: terms for every lesson of the course;
- `seeds/<slug>/lexicon.txt`: terms for one article (later files win over earlier ones).

Both use the format of `toolkit.loaded.lexicon` (`term | category | strength | why |
alternatives`). Generated lessons highlight with `lesson_lexicon(article)`, and `new-lesson`
drafts the span key with it, so a term added here shows up in both.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from toolkit.article.model import Article
    from toolkit.loaded import Lexicon

LEXICON_FILE = "lexicon.txt"


def lexicon_files(article: "Article | None" = None, *, root: Path | None = None,
                  seed: Path | None = None) -> list[Path]:
    """The instructor's lexicon files that exist, course-wide first, then the article's own."""
    from toolkit.storage.paths import project_root

    root = root or project_root()
    candidates: list[Path] = []
    if root is not None:
        candidates.append(Path(root) / LEXICON_FILE)
    if seed is None and article is not None and article.path is not None:
        seed = Path(article.path).parent
    if seed is not None:
        candidates.append(Path(seed) / LEXICON_FILE)
    seen, found = set(), []
    for path in candidates:
        resolved = path.resolve()
        if resolved not in seen and path.is_file():
            seen.add(resolved)
            found.append(path)
    return found


def lesson_lexicon(article: "Article | None" = None, *, root: Path | None = None,
                   seed: Path | None = None) -> "Lexicon":
    """The built-in lexicon merged with the course's `lexicon.txt` and the article's (if any).

    A mistake in a file raises `toolkit.loaded.LexiconError` naming the file and line.
    """
    files = lexicon_files(article, root=root, seed=seed)
    stamp = tuple((str(path.resolve()), path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return _merged(stamp)


@lru_cache(maxsize=16)
def _merged(stamp: tuple[tuple[str, int, int], ...]) -> "Lexicon":
    """One `Lexicon` per set of files as they are now: every widget of a lesson shares it (and its analyses);
    an edited file has a new stamp, so it is read again."""
    from toolkit.loaded import load_lexicon

    return load_lexicon(*(path for path, _, _ in stamp))
