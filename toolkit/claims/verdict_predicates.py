"""A loaded word as what the sentence says its subject *is*: "Cable news is poison" (issue 16).

A loaded word in the body of a sentence may describe an event ("the riot spread"); the same kind of
word after "is" or "are" is the writer's verdict on the subject itself: "The plan is a disgrace",
"These people are zealots", "The tax was theft". There the word is the whole claim, so it counts
in full (`toolkit.claims.sentence_labels` raises its weight to the loaded family's full weight),
however mild the lexicon rates the word elsewhere.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from toolkit.text.tokens import Token

#: Forms of "be" that make what follows a description of the subject.
_COPULAS = frozenset({"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "remains", "remain",
                      "becomes", "become", "became", "'s", "’s"})
#: Words that may stand between the copula and the loaded word ("is a", "are nothing but", "was an utter").
_BETWEEN = frozenset({"a", "an", "the", "not", "nothing", "but", "just", "simply", "plain", "pure", "sheer", "utter",
                      "outright", "real", "total", "complete", "such", "now", "still", "also", "little", "more",
                      "than", "no", "so", "truly", "really", "clearly", "obviously"})

#: Prepositions that open a phrase of place or state ("under attack", "in chaos"): a situation, not a verdict.
_PLACES = frozenset({"under", "in", "on", "at", "into", "out", "of", "off", "up", "down", "beyond", "amid"})


def is_verdict_predicate(tokens: Sequence[Token], start: int) -> bool:
    """Whether the word at character offset `start` follows "is" / "are" (with at most three words between)."""
    starts = [t.start for t in tokens]
    k = bisect_left(starts, start)
    if k >= len(tokens) or tokens[k].start != start or tokens[k].low in _PLACES:
        return False  # "is under attack", "was in turmoil": where the subject is, not what it is
    m = k - 1
    while m >= 0 and k - m <= 4 and tokens[m].low in _BETWEEN:
        m -= 1
    if m < 0 or tokens[m].low not in _COPULAS:
        return False
    if tokens[m].low in ("'s", "’s") and not (m > 0 and tokens[m - 1].low in ("it", "that", "this", "he", "she",
                                                                              "what", "there")):
        return False  # "the mayor's" is a possessive, not "is"
    return True
