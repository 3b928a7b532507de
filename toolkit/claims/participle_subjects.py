"""The subject of a sentence that a participle of saying points back to ("And then Ruiz went on the
attack, saying ..."): joining words that open the sentence ("And", "But then") are not its subject."""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.pronoun_sources import LEADING_JOINERS
from toolkit.text.tokens import Token

#: Words that open a sentence before its subject, joining it to the one before.
OPENING_JOINERS = LEADING_JOINERS | {"then", "also"}


def joined_start(tokens: Sequence[Token], first: int | None, limit: int) -> int | None:
    """The first token of a sentence after any joining words ("And then", "But"), before `limit`;
    `first` itself when none opens it."""
    if first is None:
        return None
    start = first
    while start + 1 < limit and tokens[start].low in OPENING_JOINERS:
        start += 1
    return start
