"""Loaded language: find it, say what kind it is and why, and suggest neutral wording.

    from toolkit.loaded import detect, density, load_lexicon

    spans = detect(article)                    # list[LoadedSpan], offsets into article.text
    rates = density(article, spans)            # spans per 100 words, by category, block and part
    lexicon = load_lexicon("my_terms.txt")     # the built-in lexicon plus an instructor's file
    spans = detect(article, lexicon=lexicon)

Everything here is pure: text or an `Article` in, frozen dataclasses out.
"""

from __future__ import annotations

from toolkit.loaded.categories import CATEGORIES, Category
from toolkit.loaded.detect import LoadedSpan, detect
from toolkit.loaded.lexicon import Lexicon, LexiconEntry, LexiconError, load_lexicon
from toolkit.loaded.measures import BlockRate, LoadedDensity, Rate, density

__all__ = ["CATEGORIES", "Category", "LoadedSpan", "detect", "Lexicon", "LexiconEntry", "LexiconError",
           "load_lexicon", "LoadedDensity", "Rate", "BlockRate", "density"]
