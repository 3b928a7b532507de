"""A sentence the text has already printed word for word is highlighted only where it first stands.

Pages repeat themselves: a headline printed again as the first line, a poll or a pull quote shown twice.
A student learns nothing new from the copy, and its highlights would count the same choice twice in the
rates per 100 words. A loaded word the writer uses again in a new sentence is still shown every time
(repetition can be a device: "an enemy of NATO, but an enemy of America").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: A repeated sentence needs at least this many words to count as the same sentence printed again
#: ("Yes.", "Why?" repeat by chance, not as a copy).
MIN_REPEATED_SENTENCE_WORDS = 5


def copy_key(tokens: Sequence[Token]) -> tuple[str, ...] | None:
    """A sentence's words (the shared tokens' lower-case forms) as a key for spotting the same sentence
    printed again, spacing, punctuation and capitals aside; None when it is too short to count as a copy."""
    words = tuple(token.low for token in tokens if token.is_word)
    return words if len(words) >= MIN_REPEATED_SENTENCE_WORDS else None


class SeenSentences:
    """The sentences of a text met so far: `repeated(tokens)` is True for one printed again word for word."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, ...]] = set()

    def repeated(self, tokens: Sequence[Token]) -> bool:
        key = copy_key(tokens)
        if key is None:
            return False
        if key in self._seen:
            return True
        self._seen.add(key)
        return False
