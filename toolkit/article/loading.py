"""Reading an article file: decoding, refusing what is not an article, front matter.

Everything here is about bytes becoming the one text that all offsets index. The rules are
strict on purpose: an article that decodes wrongly would give every later span the wrong
letters, so anything doubtful is refused with a message that says what to do instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Largest article accepted, in characters (about 800,000 words of English).
MAX_CHARS = 5_000_000
#: Largest file read from disk, in bytes (UTF-16 doubles the size of the same text).
MAX_BYTES = 4 * MAX_CHARS

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


class ArticleError(ValueError):
    """An article that cannot be read; the message is one line meant for the user."""


@dataclass(frozen=True)
class ArticleSource:
    """The decoded text of an article with what its file said about itself."""

    text: str
    front_matter: dict[str, Any] = field(default_factory=dict)
    markdown: bool = False
    path: Path | None = None


def read_article_file(path: str | Path) -> ArticleSource:
    """Read and decode an article file (.txt or .md), refusing binary, HTML and empty files."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"{path}: {size:,} bytes is too large for an article (limit {MAX_BYTES:,})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    text = decode_article_bytes(data, name=str(path))
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    return source_from_text(text, markdown=markdown, path=path, name=str(path))


def decode_article_bytes(data: bytes, name: str = "article") -> str:
    """Decode UTF-8 (or UTF-16 with a byte-order mark); refuse binary data clearly."""
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: starts like UTF-16 text but does not decode") from None
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise ArticleError(f"{name}: looks like a binary file, not text (save the article as plain text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{name}: is not UTF-8 text (undecodable byte at position {error.start}); "
            "save it as UTF-8 and try again"
        ) from None


def _looks_binary(head: bytes) -> bool:
    control = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return control > max(4, len(head) // 50)


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(p|div|span|a|br|li|ul|script|style|img|table|h[1-6])\b[^>]*>", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def source_from_text(
    text: str, *, markdown: bool = False, path: Path | None = None, name: str = "article"
) -> ArticleSource:
    """Normalise line endings, refuse HTML and oversize text, split off YAML front matter."""
    if not isinstance(text, str):
        raise ArticleError(f"{name}: expected text, got {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > MAX_CHARS:
        raise ArticleError(f"{name}: {len(text):,} characters is too long for an article (limit {MAX_CHARS:,})")
    if "\x00" in text:
        raise ArticleError(f"{name}: contains NUL characters; it looks like binary data, not an article")
    front_matter: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        front_matter = _parse_front_matter(match.group(1) or "", name)
        text = text[match.end():]
        markdown = True
    if _looks_like_html(text):
        raise ArticleError(
            f"{name}: looks like an HTML web page; copy the article's text into a .txt file instead"
        )
    if not text.strip():
        raise ArticleError(f"{name}: has no article text")
    return ArticleSource(text=text, front_matter=front_matter, markdown=markdown, path=path)


def _looks_like_html(text: str) -> bool:
    if _HTML_START.match(text):
        return True
    tags = len(_HTML_TAG.findall(text[:20000]))
    words = max(1, len(text[:20000].split()))
    return tags >= 5 and tags / words > 0.05


def _parse_front_matter(block: str, name: str) -> dict[str, Any]:
    import yaml  # only Markdown articles pay for the import

    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise ArticleError(f"{name}: the YAML front matter does not parse{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(f"{name}: the front matter must be a mapping of keys to values")
    return {str(key): value for key, value in data.items()}
