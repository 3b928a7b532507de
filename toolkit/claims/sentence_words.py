"""One sentence's lower-case words, worked out once and read by every rule that labels the sentence.

The labeller hands the same list of tokens to some twenty rules (attribution frames, word-list
cues, judgment cues, checkable details, non-claim lines ...). Most of them only fire when one of a
few trigger words is in the sentence ("according", "citing", "it", "one", a time word), yet each
used to walk the tokens itself to find out, or to start its search at once. `sentence_words(tokens)`
gives the sentence's lower-case forms as a list, as a set and joined, made once; a rule then asks
`trigger_words.isdisjoint(words.low_set)` (one set operation in C) and skips the sentence when none
is there.

The answer is kept for the token sequence last asked about, by identity: the labeller passes one
list object per sentence to all its rules, so each sentence is read exactly once whatever its
text (two sentences with the same words cost the same as two different ones), and nothing is
kept past the sentence being labelled. The sequence is held while it is the last one, so its id
cannot be taken by another object meanwhile; rules never change a sentence's tokens in place.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Iterator, Sequence

from toolkit.text.tokens import Token, first_word_index, is_title_case

__all__ = ["SentenceWords", "sentence_words", "word_places"]


class SentenceWords:
    """The lower-case forms (`Token.low`) of one sentence's tokens, in order, as a set, and joined by spaces;
    where its first word stands (`first_word_index`) and whether it is a Title Case headline (`is_title_case`),
    which most word-list rules read before anything else."""

    __slots__ = ("tokens", "lows", "low_set", "joined", "first", "title_case")

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self.lows: list[str] = list(map(_LOW, tokens))
        self.low_set: frozenset[str] = frozenset(self.lows)
        self.joined = " ".join(self.lows) + " "  # a token never holds a space, so each form ends at a space
        self.first: int | None = first_word_index(tokens)
        self.title_case: bool = is_title_case(tokens)

    def has_ending(self, ending: str) -> bool:
        """Whether some word ends in `ending` ("ly", "'s"): one search of the joined words, not a loop."""
        return ending + " " in self.joined


_LOW = attrgetter("low")
_last: SentenceWords | None = None


def sentence_words(tokens: Sequence[Token]) -> SentenceWords:
    """The words of this very token sequence, made once while the labeller is on its sentence."""
    global _last
    last = _last
    if last is not None and last.tokens is tokens:
        return last
    last = _last = SentenceWords(tokens)
    return last


def word_places(words: list[str], word: str) -> Iterator[int]:
    """Every index at which `word` stands in `words` (a sentence's `lows`), found by the list's own search:
    a rule that needs the places of a few trigger words need not walk every token in Python."""
    k = -1
    while True:
        try:
            k = words.index(word, k + 1)
        except ValueError:
            return
        yield k
