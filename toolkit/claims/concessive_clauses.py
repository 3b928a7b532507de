"""A report conceded before the writer's own main clause: "Although the mayor claimed ..., the city ...".

A reporting frame hands over the words after it, up to the end of the sentence. When the frame
stands inside an opening clause of concession or contrast ("Although X claimed ...", "While X
insisted ...", "Even though X said ..."), what was reported ends with that clause: the main clause
after its comma is the writer's own statement, and its judgment words count for the writer as
they would in a sentence of its own. (Whether they outweigh the attribution is still decided by
the labeller's usual bar; a main clause that credits someone else carries its own frame.)
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Words that open a clause of concession or contrast before the main clause.
CONCESSIVE_OPENERS = frozenset({"although", "though", "while", "whilst", "whereas"})
#: Two-word openers: "even though", "even if", "even as".
CONCESSIVE_PAIRS = frozenset({("even", "though"), ("even", "if"), ("even", "as")})
#: Words before the opener that leave it opening the sentence: "But although ...".
LEADING_CONJUNCTIONS = frozenset({"but", "and", "yet", "still", "so"})
#: How far into the sentence the comma that ends the opening clause may stand.
MAX_CLAUSE_TOKENS = 45


def concession_end(tokens: Sequence[Token], frame: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> int | None:
    """Where the writer's main clause starts after a concessive opening holding the frame, or None.

    `frame` is the reporting frame's (start, end) in the text; the opening clause ends at the first
    comma after the frame that is outside quotation marks.
    """
    low_set = sentence_words(tokens).low_set
    if CONCESSIVE_OPENERS.isdisjoint(low_set) and "even" not in low_set:
        return None  # no word that could open a concession: one set test turns away most sentences
    words = [k for k, t in enumerate(tokens) if t.is_word]
    if not words:
        return None
    first = words[0]
    if tokens[first].low in LEADING_CONJUNCTIONS and len(words) > 1:
        first = words[1]
    opener_end = None
    if tokens[first].low in CONCESSIVE_OPENERS:
        opener_end = tokens[first].end
    elif first + 1 < len(tokens) and (tokens[first].low, tokens[first + 1].low) in CONCESSIVE_PAIRS:
        opener_end = tokens[first + 1].end
    if opener_end is None or frame[0] < opener_end:
        return None
    if any(t.text == "," and opener_end <= t.start < frame[0] for t in tokens):
        return None  # "Although the bridge is old, engineers said ...": the frame is in the main clause
    for k in range(first + 1, min(len(tokens), first + MAX_CLAUSE_TOKENS)):
        token = tokens[k]
        if token.start < frame[1] or token.text != ",":
            continue
        if any(a < token.start < b for a, b in quotes):
            continue
        following = next((t for t in tokens[k + 1:] if t.is_word), None)
        return following.start if following is not None else None
    return None
