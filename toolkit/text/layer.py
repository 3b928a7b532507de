"""The text layer of one article: its tokens, quotations and word counts, computed once and shared.

`Article.text_layer` holds one `TextLayer`; the claims rules, the loaded-language matcher,
readability's counts, scoring and the widgets all read it, so a passage has the same words,
the same quotations and the same word count wherever it is looked at, and a long article is
tokenized once, not once per analyzer.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property
from operator import attrgetter

from toolkit.text.language import layer_looks_english
from toolkit.text.quotations import Quotation, find_quotations
from toolkit.text.tokens import Token, tokenize
from toolkit.text.word_count import WordIndex


class TextLayer:
    """Tokens, quotations and word counts of one text, each computed on first use."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(tokenize(self.text))

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(attrgetter("start"), self.tokens))

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]`, as `tokenize(text, start, end)` would give them."""
        tokens, starts = self.tokens, self._token_starts
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        found = list(tokens[i:j])
        if i > 0 and tokens[i - 1].end > start:  # a token cut by `start`: tokenize the piece inside
            found[:0] = tokenize(self.text, start, min(tokens[i - 1].end, end))
        if found and found[-1].end > end:  # a token cut by `end`
            last = found.pop()
            found.extend(tokenize(self.text, last.start, end))
        return found

    @cached_property
    def quotations(self) -> tuple[Quotation, ...]:
        return tuple(find_quotations(self.text))

    @cached_property
    def _quotation_starts(self) -> list[int]:
        return [q.start for q in self.quotations]

    def quotations_in(self, start: int, end: int) -> list[Quotation]:
        """The quotations that overlap `[start, end)`."""
        quotations, starts = self.quotations, self._quotation_starts
        i = max(0, bisect_left(starts, start) - 1)
        found = []
        while i < len(quotations) and quotations[i].start < end:
            if quotations[i].end > start:
                found.append(quotations[i])
            i += 1
        return found

    @cached_property
    def looks_english(self) -> bool:
        """Whether the text looks English (`toolkit.text.language`), told once, from these tokens."""
        return layer_looks_english(self)

    @cached_property
    def _words(self) -> WordIndex:
        return WordIndex(self.text)

    def word_count(self, start: int = 0, end: int | None = None) -> int:
        """How many words `text[start:end]` has (`toolkit.text.word_count` defines a word)."""
        return self._words.count(start, len(self.text) if end is None else end)
