"""A sentence the text has already printed word for word is highlighted only where it first stands.

Pages repeat themselves: a headline printed again as the first line, a poll or a pull quote shown twice.
A student learns nothing new from the copy, and its highlights would count the same choice twice in the
rates per 100 words. A loaded word the writer uses again in a new sentence is still shown every time
(repetition can be a device: "an enemy of NATO, but an enemy of America").
"""

from __future__ import annotations

import re

#: A repeated sentence needs at least this many words to count as the same sentence printed again
#: ("Yes.", "Why?" repeat by chance, not as a copy).
MIN_REPEATED_SENTENCE_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+|\d+")


def sentence_key(sentence: str) -> str | None:
    """The words of a sentence, lower-case, as a key for spotting the same sentence printed again
    (spacing, punctuation and capitals aside); None when it is too short to count as a copy."""
    found = _WORD.findall(sentence.lower())
    if len(found) < MIN_REPEATED_SENTENCE_WORDS:
        return None
    return " ".join(found)


class SeenSentences:
    """The sentences of a text met so far: `repeated(text)` is True for one printed again word for word."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def repeated(self, sentence: str) -> bool:
        key = sentence_key(sentence)
        if key is None:
            return False
        if key in self._seen:
            return True
        self._seen.add(key)
        return False
