"""The writer's own look at something is no source: "A close look at the port's ferries suggests that ...".

A study, a review or an analysis made by someone speaks for its makers ("A review by the Gazette shows",
"an analysis by the budget office found"), and PolNeAR marks them. "A look at", "a closer look at", "a
glance at" or "a comparison with" with nobody named as the one looking is the writer's own reading of the
evidence, put as a subject so that it can "suggest" or "show" something; the conclusion is the writer's,
and the thing looked at (the ferries, last year's accounts) said nothing. `drop_own_looks` takes away an
attribution whose frame lies in such a subject or is its verb, so the sentence is read in the writer's voice.

It runs only when the sentence holds one of `LOOK_NOUNS`, so most sentences cost one set question.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution_model import Found
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

__all__ = ["LOOK_NOUNS", "drop_own_looks", "own_look_span"]

#: Nouns of looking that the writer makes the subject of a verb of showing.
LOOK_NOUNS = frozenset({"look", "glance", "comparison"})
#: What follows such a noun: what was looked at.
LOOK_LINKS = frozenset({"at", "with", "of", "between", "through"})
#: Where the look's phrase may begin: the sentence's start or a new clause.
PHRASE_OPENERS = frozenset({",", "and", "but", "yet", "however", ";", "\u2014", "\u2013", "--"})
#: Words that may stand between "a" and the noun: "a close look", "a quick glance", "a side-by-side comparison".
MODIFIER_REACH = 2
#: The verbs by which the look shows something.
SHOWING_VERBS = frozenset({"suggest", "suggests", "suggested", "show", "shows", "showed", "reveal", "reveals",
                           "revealed", "indicate", "indicates", "indicated", "highlight", "highlights", "highlighted",
                           "underscore", "underscores", "underscored", "find", "finds", "found", "confirms",
                           "confirmed", "makes", "made"})
#: Words that name who did the looking ("a look by the Gazette at"): then the looker speaks.
AGENT_WORDS = frozenset({"by", "from"})
#: Tokens that end the subject before any verb of showing is reached (a full stop inside a sentence is an
#: abbreviation: "Mr.").
SENTENCE_BREAKS = frozenset({";", ":", "!", "?"})
#: How far after the noun its verb may stand (the thing looked at may be long: "two airplanes - ... - and").
VERB_REACH = 30


def own_look_span(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """The character span from "a (close) look at ..." to its verb of showing, or None when the sentence has
    no such subject (or it names who looked)."""
    for n, token in enumerate(tokens):
        if token.low not in LOOK_NOUNS or n + 1 >= len(tokens) or tokens[n + 1].low not in LOOK_LINKS:
            continue
        d = next((k for k in range(n - 1, max(-1, n - 2 - MODIFIER_REACH), -1) if tokens[k].low in ("a", "an")), None)
        if d is None or any(not t.is_word for t in tokens[d + 1:n]):
            continue
        if d > 0 and tokens[d - 1].low not in PHRASE_OPENERS:
            continue  # "take a look at", "a new look at": a verb's object, not a subject
        for v in range(n + 2, min(len(tokens), n + 2 + VERB_REACH)):
            word = tokens[v].low
            if word in AGENT_WORDS or tokens[v].text in SENTENCE_BREAKS:
                break
            if word in SHOWING_VERBS:
                return tokens[d].start, tokens[v].end
    return None


def drop_own_looks(found: Found, tokens: Sequence[Token]) -> Found:
    """`found` without the attributions framed inside the writer's own look and its verb of showing."""
    if not found.attributions or LOOK_NOUNS.isdisjoint(sentence_words(tokens).low_set):
        return found
    span = own_look_span(tokens)
    if span is None:
        return found
    start, end = span
    kept = tuple(a for a in found.attributions if not (start <= a.frame[0] < end))
    if len(kept) == len(found.attributions):
        return found
    return Found(kept, found.cues)
