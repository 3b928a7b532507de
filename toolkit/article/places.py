"""Naming a place in an article the way a student finds it: "paragraph 3", "the photo caption".

Feedback must say *where* something was missed without quoting it, and the annotation widget
numbers its paragraphs with the same numbers, so "2 loaded phrases missed in paragraph 1" can
be acted on at a glance. Paragraphs are numbered from 1 over the whole article; list items
from 1 within their list.
"""

from __future__ import annotations

from toolkit.article.block_kinds import BLOCK_KINDS
from toolkit.article.model import Article, Block



def paragraph_numbers(article: Article) -> dict[int, int]:
    """Block index -> paragraph number (1, 2, ...) for every paragraph block."""
    numbers: dict[int, int] = {}
    for block in article.blocks:
        if block.kind == "paragraph":
            numbers[block.index] = len(numbers) + 1
    return numbers


def _list_position(article: Article, block: Block) -> int:
    position = 1
    index = block.index - 1
    while index >= 0 and article.blocks[index].kind == "list_item":
        position += 1
        index -= 1
    return position


def place_of_block(article: Article, block: Block | int) -> str:
    """Where a block is, in words: "paragraph 4", "item 2 of the list", "the headline"."""
    block = article.blocks[block] if isinstance(block, int) else block
    if block.kind == "paragraph":
        return f"paragraph {paragraph_numbers(article)[block.index]}"
    if block.kind == "list_item":
        return f"item {_list_position(article, block)} of the list"
    kind = BLOCK_KINDS.get(block.kind)
    return kind.place if kind is not None and block.kind != "paragraph" else f"block {block.index + 1}"


def block_of(article: Article, offset: int) -> Block | None:
    """The block holding `offset`, or the next block when the offset falls in the space between two."""
    for block in article.blocks:
        if offset < block.end:
            return block
    return article.blocks[-1] if article.blocks else None


def place_of(article: Article | None, offset: int) -> str:
    """Where character `offset` is, in words ("the text" when no article is given)."""
    if article is None:
        return "the text"
    block = block_of(article, offset)
    return place_of_block(article, block) if block is not None else "the text"
