"""The kinds of block an article has, and everything the toolkit says or decides about each, in one table.

A headline, a list of links, a photo caption, a credit line and the site's own text are not
the story's prose. Every analyzer, view and message that treats a kind differently reads
its row here, so adding or renaming a kind is one edit.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BlockKind:
    """One kind of block: its name, how the analyses treat it, and how it is named to a reader."""

    name: str
    #: Running prose: what readability's `prose` view measures.
    prose: bool
    #: The whole block is one sentence (a headline, a list line), never split further.
    one_sentence: bool
    #: Ends a run of paragraphs (so the paragraphs on either side are different parts).
    breaks_group: bool
    #: The site's or an agency's wording rather than the writer's: loaded language is not looked for.
    not_the_writers: bool
    #: Where it is, as a student finds it ("the photo caption").
    place: str
    #: What it is, in words a student can read (the article-anatomy view).
    description: str
    #: A short tag shown beside the block ("caption"); "" for plain paragraphs.
    tag: str
    #: Named as a view of readability ("the caption"), and counted in a list ("caption", "captions").
    view_name: str
    one: str
    many: str
    #: The group the voices view puts its sentences in.
    voice_group: str


BLOCK_KIND_TABLE: tuple[BlockKind, ...] = (
    BlockKind("title", False, True, True, False, "the headline", "the headline at the top", "headline",
              "the title", "the title", "titles", "title"),
    BlockKind("paragraph", True, False, False, False, "the paragraphs",
              "running prose: the story itself, or someone's framing of it", "", "the paragraphs", "paragraph",
              "paragraphs", "other paragraphs"),
    BlockKind("heading", False, True, False, False, "a heading line", "a short line that introduces what follows",
              "heading", "the headings", "heading", "headings", "links"),
    BlockKind("list_item", False, True, True, False, "the list of headlines",
              "one line of a list, such as links to other stories", "list", "the list items", "list item",
              "list items", "links"),
    BlockKind("caption", False, False, True, False, "the photo caption",
              "the text under a photo, often with the photo agency's credit", "caption", "the caption", "caption",
              "captions", "caption"),
    BlockKind("credit", False, False, True, True, "the credit line",
              "a line saying who wrote or first published the story", "credit", "the credit line", "credit line",
              "credit lines", "credit"),
    BlockKind("boilerplate", False, False, True, True, "the website's text at the end",
              "the website's own furniture, not part of the story", "site text", "the site text",
              "line of site text", "lines of site text", "site text"),
)

BLOCK_KINDS: dict[str, BlockKind] = {kind.name: kind for kind in BLOCK_KIND_TABLE}
#: The kind names in the order of the table (the JSON contract's `kind` values).
KIND_NAMES: tuple[str, ...] = tuple(BLOCK_KINDS)


def kinds_where(**wanted: bool) -> frozenset[str]:
    """The names of the kinds whose flags have the given values: `kinds_where(prose=True)`."""
    return frozenset(kind.name for kind in BLOCK_KIND_TABLE
                     if all(getattr(kind, flag) == value for flag, value in wanted.items()))
