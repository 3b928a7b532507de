"""A document whose maker's name stands before it: "according to a CNN/WMUR poll", "a 2015 Pew
Research survey", "U.S. Census data", "HuffPost Pollster's polling average".

"According to a CNN/WMUR poll" credits the poll, which you could look up; the names before the
noun only say whose it is. The older rule read at most four plain words before a document noun,
so a slash between two makers, an abbreviation with full stops or a possessive ended the search,
and the source shown was the maker's name alone ("CNN"), or stopped at a name that is itself a
document word ("Pew Research" in "a Pew Research survey"). The reading here walks over names,
numbers, slashes, hyphens and possessives to the document noun that ends the phrase.
"""

from __future__ import annotations

from typing import Callable, Sequence

from toolkit.text.tokens import Token

#: How many tokens a maker's name and modifiers may take before the document noun.
REACH = 10
#: Marks that join a maker's names or abbreviations: "CNN/WMUR", "U.S.", "HuffPost Pollster's".
JOINING_MARKS = frozenset({"/", "-", ".", "'s", "\u2019s", "'", "\u2019", "&"})
#: Lower-case words a document noun may follow: "recent", "national", "polling", "exit".
LEADING_WORDS = frozenset({"a", "an", "the", "recent", "new", "latest", "national", "statewide", "exit", "polling",
                           "just-released", "internal", "final", "joint", "online", "annual", "weekly", "daily"})


def document_noun_at(tokens: Sequence[Token], start: int, is_document: Callable[[str], bool]) -> int | None:
    """The index of the document noun that ends the phrase starting at `start`, when at least one
    capitalised name stands before it, else None: "a CNN/WMUR poll" gives the index of "poll"; a
    document word followed by another ("Pew Research survey") gives the later one."""
    named = False
    k = start
    while k < len(tokens) and k - start < REACH:
        token = tokens[k]
        low = token.low
        if token.is_word and is_document(low) and named and not token.text[:1].isupper():
            while k + 1 < len(tokens) and tokens[k + 1].is_word and is_document(tokens[k + 1].low):
                k += 1  # "polling data"
            return k
        if token.is_word and token.text[:1].isupper():
            named = True
        elif token.is_word and (low in LEADING_WORDS or token.has_digit):
            pass
        elif token.text in JOINING_MARKS or low in JOINING_MARKS:
            pass
        else:
            return None
        k += 1
    return None


def according_document_nouns(tokens: Sequence[Token], is_document: Callable[[str], bool]) -> set[int]:
    """The indices of the document nouns that end an "according to" phrase with a maker's name before
    them ("according to a Federal Elections Commission report"): a noun there, however much it looks
    like a verb of saying ("report", "notes"), is not one."""
    found = set()
    for k in range(len(tokens) - 2):
        if tokens[k].low == "according" and tokens[k + 1].low == "to":
            noun = document_noun_at(tokens, k + 2, is_document)
            if noun is not None:
                found.add(noun)
    return found


def closing_according(attributions: Sequence, chosen):
    """The attribution that speaks for a whole sentence: an "according to" after the chosen frame whose
    reach holds it ("Ruiz said the vote was rigged, according to a transcript of the call." is the
    transcript's account of what Ruiz said: it is what the reader could check; so is "Ruiz said the
    vote, according to the clerk, was rigged", the clerk's account), else `chosen`.
    Attributions are `toolkit.claims.attribution.Attribution`s (frame, scope, cues, covers)."""
    for other in attributions:
        if other is chosen or not any(c.family == "according_to" for c in other.cues):
            continue
        if other.frame[0] > chosen.frame[1] and other.covers(*chosen.frame):
            return other
    return chosen
