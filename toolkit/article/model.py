"""The article model: one immutable text, typed blocks and sentences as offsets into it.

Every other module points into `Article.text` with `(start, end)` Python string offsets, so
that highlights, answer keys and scores all refer to the same letters. Blocks and sentences
carry their own text only as a convenience; `text[start:end]` is always the truth.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from toolkit.article.block_kinds import KIND_NAMES as BLOCK_KINDS, kinds_where  # noqa: F401  (BLOCK_KINDS re-exported)
from toolkit.article.blocks import find_blocks
from toolkit.article.loading import ArticleError, ArticleSource, read_article_file, source_from_text
from toolkit.article.metadata import infer_metadata, merge_metadata
from toolkit.article.sentences import split_sentences
from toolkit.text.collector import collector_paused
from toolkit.text.frozen_records import quick_maker

if TYPE_CHECKING:
    from toolkit.text.layer import TextLayer

__all__ = ["Article", "ArticleError", "Block", "Sentence", "load_article", "parse_article", "content_hash"]

#: Blocks that are read as whole sentences, whatever their punctuation.
ONE_SENTENCE_KINDS = kinds_where(one_sentence=True)
#: Block kinds that end a run of paragraphs (a heading does not).
GROUP_BREAKING_KINDS = kinds_where(breaks_group=True)
#: File names that make a folder a seed: the article and its metadata.
SEED_ARTICLE_NAMES = ("article.md", "article.txt")
SEED_METADATA_NAMES = ("metadata.yaml", "metadata.yml", "metadata.json")


@dataclass(frozen=True)
class Block:
    """A block of the article: a title, paragraph, list item, caption, credit, boilerplate or heading."""

    index: int
    kind: str
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        return f"b{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "id": self.id, "kind": self.kind, "start": self.start,
                "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Sentence:
    """A sentence, numbered from 1 in reading order; `id` is stable for the same text."""

    index: int
    block: int
    start: int
    end: int
    text: str

    @cached_property
    def id(self) -> str:
        """"s1", "s2", ...: made once per sentence, since every layer keys its answers by it (thousands of reads)."""
        return f"s{self.index}"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "block": self.block, "start": self.start, "end": self.end, "text": self.text}


def content_hash(text: str) -> str:
    """The hash stored with every annotation and key, so they never attach to an edited text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """An article's text with its title, metadata, blocks and sentences."""

    text: str
    title: str | None
    metadata: dict[str, Any]
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    path: Path | None = field(default=None, compare=False)

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @cached_property
    def text_layer(self) -> "TextLayer":
        """Tokens, quotations and word counts of the text, computed once and shared by every analyzer."""
        from toolkit.text.layer import TextLayer

        return TextLayer(self.text)

    def word_count(self, start: int = 0, end: int | None = None) -> int:
        """Words in `text[start:end]`: the one count every lesson, exercise and tool prints."""
        return self.text_layer.word_count(start, end)

    @cached_property
    def slug(self) -> str:
        """The short name an article's keys and students' files are kept under.

        Its metadata `slug`, else its seed folder (for `article.txt`) or file name, else a
        name made from its content hash; always a safe file name.
        """
        from toolkit.storage.store import validate_name

        candidates = [self.metadata.get("slug")]
        if self.path is not None:
            path = Path(self.path)
            candidates.append(path.parent.name if path.name in SEED_ARTICLE_NAMES else path.stem)
        for candidate in candidates:
            if isinstance(candidate, str):
                cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", candidate).strip(".-_")[:64]
                try:
                    return validate_name(cleaned, what="article slug")
                except ValueError:
                    continue
        return "text-" + self.content_hash.split(":")[-1][:12]

    @cached_property
    def _sentences_by_block(self) -> dict[int, tuple[Sentence, ...]]:
        grouped: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            grouped.setdefault(sentence.block, []).append(sentence)
        return {index: tuple(items) for index, items in grouped.items()}

    def sentences_in(self, block: int | Block) -> tuple[Sentence, ...]:
        """The sentences of one block, in order."""
        index = block.index if isinstance(block, Block) else block
        return self._sentences_by_block.get(index, ())

    def sentence(self, sentence_id: str) -> Sentence:
        """Look a sentence up by its id (`"s7"`)."""
        for sentence in self.sentences:
            if sentence.id == sentence_id:
                return sentence
        raise KeyError(f"no sentence {sentence_id!r} in this article")

    def blocks_of_kind(self, *kinds: str) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind in kinds)

    def block_at(self, offset: int) -> Block | None:
        """The block containing character `offset`, if any."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    @cached_property
    def paragraph_groups(self) -> tuple[tuple[int, ...], ...]:
        """Runs of paragraphs (block indices) not interrupted by a list, caption, credit or boilerplate."""
        groups: list[list[int]] = []
        current: list[int] = []
        for block in self.blocks:
            if block.kind == "paragraph":
                current.append(block.index)
            elif block.kind in GROUP_BREAKING_KINDS and current:
                groups.append(current)
                current = []
        if current:
            groups.append(current)
        return tuple(tuple(group) for group in groups)

    @cached_property
    def parts(self) -> dict[str, tuple[int, ...]]:
        """Named parts (block indices): from metadata `parts` (name -> paragraph group numbers), else 'group N'."""
        groups = self.paragraph_groups
        named = self.metadata.get("parts")
        if isinstance(named, dict) and named:
            parts: dict[str, tuple[int, ...]] = {}
            for name, numbers in named.items():
                numbers = numbers if isinstance(numbers, list) else [numbers]
                indices = [i for n in numbers if isinstance(n, int) and 1 <= n <= len(groups) for i in groups[n - 1]]
                if indices:
                    parts[str(name)] = tuple(indices)
            if parts:
                return parts
        return {f"group {n}": group for n, group in enumerate(groups, start=1)}

    def part_of(self, block: int | Block) -> str | None:
        """The name of the part a block belongs to, if it is in one."""
        index = block.index if isinstance(block, Block) else block
        return self._part_by_block.get(index)

    @cached_property
    def _part_by_block(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for name, indices in self.parts.items():
            for index in indices:
                found.setdefault(index, name)
        return found

    def prose_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of paragraph blocks only: what readability's `prose` view measures."""
        return tuple(s for s in self.sentences if self.blocks[s.block].kind == "paragraph")

    def to_dict(self) -> dict[str, Any]:
        """The article part of the `analyze` JSON contract."""
        return {
            "text": self.text,
            "title": self.title,
            "metadata": self.metadata,
            "content_hash": self.content_hash,
            "blocks": [block.to_dict() for block in self.blocks],
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "parts": {name: list(indices) for name, indices in self.parts.items()},
        }


def load_article(source: str | Path, *, title: str | None = None, metadata: dict[str, Any] | None = None) -> Article:
    """Load an article from a file, a seed folder, or a string of article text.

    A `Path`, or a one-line string naming an existing file or folder, is read from disk;
    any other string is the article text itself. A seed folder holds `article.txt` or
    `article.md` and optionally `metadata.yaml`. Raises `ArticleError` with a one-line
    message for anything that is not a readable article.
    """
    path = _as_path(source)
    if path is None:
        return parse_article(str(source), title=title, metadata=metadata)
    given: dict[str, Any] = {}
    if path.is_dir():
        article_file = next((path / n for n in SEED_ARTICLE_NAMES if (path / n).is_file()), None)
        if article_file is None:
            raise ArticleError(f"{path}: is a folder without article.txt or article.md")
        given.update(read_seed_metadata(path))
        path = article_file
    elif path.name in SEED_ARTICLE_NAMES:
        given.update(read_seed_metadata(path.parent))
    loaded = read_article_file(path)
    given.update(loaded.front_matter)
    given.update(metadata or {})
    return _build(loaded, given, title=title)


def parse_article(text: str, *, title: str | None = None, metadata: dict[str, Any] | None = None,
                  markdown: bool = False) -> Article:
    """Build an article from text already in memory (front matter, if any, is read too)."""
    loaded = source_from_text(text, markdown=markdown)
    given = {**loaded.front_matter, **(metadata or {})}
    return _build(loaded, given, title=title)


def read_seed_metadata(folder: Path) -> dict[str, Any]:
    """The metadata file of a seed folder (YAML or JSON), or `{}` when there is none."""
    for name in SEED_METADATA_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return _read_mapping(candidate)
    return {}


def _read_mapping(path: Path) -> dict[str, Any]:
    import json

    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise ArticleError(f"{path}: the metadata file cannot be read ({type(error).__name__})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(f"{path}: the metadata file must be a mapping of keys to values")
    return data


def _as_path(source: str | Path) -> Path | None:
    if isinstance(source, Path):
        return source
    if not isinstance(source, str):
        raise ArticleError(f"expected a path or article text, got {type(source).__name__}")
    if "\n" in source or len(source) > 4096 or not source.strip():
        return None
    candidate = Path(source).expanduser()
    try:
        if candidate.exists():
            return candidate
    except OSError:
        return None
    if candidate.suffix.lower() in {".txt", ".md", ".markdown", ".text"} and len(source.split()) == 1:
        raise ArticleError(f"{source}: no such file")
    return None


def _build(loaded: ArticleSource, given: dict[str, Any], *, title: str | None) -> Article:
    with collector_paused():  # thousands of blocks and sentences, no cycles: see `toolkit.text.collector`
        return _built(loaded, given, title=title)


#: A block and a sentence record per paragraph and sentence of a long article: made without the frozen guard's
#: cost (toolkit.text.frozen_records).
_make_block = quick_maker(Block)
_make_sentence = quick_maker(Sentence)


def _built(loaded: ArticleSource, given: dict[str, Any], *, title: str | None) -> Article:
    text = loaded.text
    # Plain text puts the title on its first line; Markdown marks it with '#' or front matter.
    raw_blocks = find_blocks(text, title_line=not loaded.markdown, markdown=loaded.markdown)
    blocks = tuple(
        _make_block(index=i, kind=raw.kind, start=raw.start, end=raw.end, text=text[raw.start:raw.end])
        for i, raw in enumerate(raw_blocks)
    )
    sentences = tuple(_sentences(text, blocks))
    title_block = next((b for b in blocks if b.kind == "title"), None)
    inferred = infer_metadata((b.kind, b.text) for b in blocks)
    metadata = merge_metadata(inferred, given)
    final_title = title or (title_block.text if title_block else None) or given.get("title")
    if final_title is not None:
        metadata.setdefault("title", final_title)
    return Article(text=text, title=final_title, metadata=metadata, blocks=blocks,
                   sentences=sentences, path=loaded.path)


def _sentences(text: str, blocks: Iterable[Block]) -> Iterable[Sentence]:
    index = 1
    for block in blocks:
        if block.kind in ONE_SENTENCE_KINDS:
            spans = [(block.start, block.end)]
        else:
            spans = split_sentences(text, block.start, block.end) or [(block.start, block.end)]
        for start, end in spans:
            yield _make_sentence(index=index, block=block.index, start=start, end=end, text=text[start:end])
            index += 1
