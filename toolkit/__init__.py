"""A media-literacy teaching toolkit for Jupyter: read the news critically.

The names below are imported on first use, so that `import toolkit` in a notebook's first
cell is instant and only the analyses a lesson uses pay for their libraries.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Article": "article",
    "Block": "article",
    "Sentence": "article",
    "ArticleError": "article",
    "load_article": "article",
    "parse_article": "article",
    "content_hash": "article",
    "analyze": "analysis",
    "sample_article_path": "storage",
}

__all__ = sorted([*_EXPORTS, "sample_article"])


def sample_article():
    """The sample article (seeds/turkey-s400) as an `Article`."""
    from toolkit.article.model import load_article
    from toolkit.storage.paths import sample_article_path

    return load_article(sample_article_path())


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'toolkit' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
