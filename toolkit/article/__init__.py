"""The article: one immutable text, its blocks and sentences as offsets into it, and its metadata.

    from toolkit.article import load_article
    article = load_article("seeds/turkey-s400")   # a file or a seed folder
    article.blocks, article.sentences, article.parts

Modules: `loading` (bytes to the one text; what is refused and why), `blocks` (kinds of
block), `sentences` (Punkt without downloads), `metadata` (outlet, credit, photo agency),
`model` (the `Article`, `Block` and `Sentence` records), `places` ("paragraph 3").
"""

from __future__ import annotations

from toolkit.article.loading import ArticleError
from toolkit.article.model import Article, Block, Sentence, content_hash, load_article, parse_article

__all__ = ["Article", "ArticleError", "Block", "Sentence", "content_hash", "load_article", "parse_article"]
