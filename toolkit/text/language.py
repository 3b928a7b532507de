"""Is this text English? A cheap check that keeps English-only measures honest.

Readability formulas, the loaded-language lexicon and the opinion cues are all written for
English. Rather than fail on a French or Turkish article, the toolkit warns. The check
counts how many words are common English function words, which every English text of a
few sentences is full of and other languages (even ones written in Latin letters) are not.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from toolkit.text.tokens import Token, tokenize
from toolkit.text.word_count import count_words

if TYPE_CHECKING:
    from toolkit.text.layer import TextLayer

_FUNCTION_WORDS = frozenset(
    """
    the a an and or but of to in on at by for with from as is are was were be been being have has
    had do does did not no it its this that these those he she they we you i his her their our my
    your them him us me who which what when where why how there here than then so if about into
    over after before also can could will would should may might must more most some any all
    """.split()
)

#: Share of function words below which a text of enough words is called not English.
ENGLISH_THRESHOLD = 0.12
#: Fewer words than this and the check does not judge.
MIN_WORDS = 12
#: The check reads this many characters at most: plenty to tell a language, and a long text costs no more.
SAMPLE_CHARS = 50_000


@lru_cache(maxsize=8)
def english_word_share(text: str) -> float:
    """The share of words in `text` that are common English function words (0.0 to 1.0)."""
    return _share(tokenize(text, 0, min(len(text), SAMPLE_CHARS)))


def _share(tokens: Sequence[Token]) -> float:
    """The share of the words among `tokens` (numbers left out) that are common English function words."""
    # a word of letters only holds no digit: only the others are looked at character by character
    words = [token.low for token in tokens
             if token.is_word and (token.text.isalpha() or not any(c.isdigit() for c in token.text))]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)


@lru_cache(maxsize=8)
def looks_english(text: str) -> bool:
    """True unless the text has enough words and too few English function words among them."""
    if count_words(text, 0, min(len(text), SAMPLE_CHARS)) < MIN_WORDS:
        return True
    return english_word_share(text) >= ENGLISH_THRESHOLD


def layer_looks_english(layer: "TextLayer") -> bool:
    """`looks_english(layer.text)`, read from the tokens the text layer holds already (its `looks_english`
    keeps the answer): an article is not tokenized a second time to tell its language."""
    text = layer.text
    end = min(len(text), SAMPLE_CHARS)
    if count_words(text, 0, end) < MIN_WORDS:
        return True
    return _share(layer.tokens_in(0, end)) >= ENGLISH_THRESHOLD
