"""A motive narrowed to one thing: "The club only cares about the money" (issue 16).

What someone cares about is inside them; a writer who says in their own voice that a person, a
party or a firm "only cares about", "cares only about" or "is only interested in" one thing claims
to see their whole mind and finds one motive there, most often a low one. Nobody quoted it and
nobody could check it: it is the writer's reading of the motive and a judgment of them, the same
kind as a harmful aim pinned on someone (`toolkit.claims.motive_claims`, family `motive_claim`).

The rule: "only" or "just" next to a verb of caring ("only cares about", "cares only about"), or
before "interested in" / "in it for" after a form of "be". Left alone: caring with no "only" ("the
club cares about its fans" is a plain claim a club makes of itself), and "not only" ("cares not
only about ... but"), which widens rather than narrows. ("cares about nothing but" needs no rule
here: "nothing but" is already the writer's interpretation, `interpretation.txt`.) Inside someone
else's words the labeller marks the cue `reported`, so it counts for the speaker.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Verbs of caring ("only cares about").
CARING = frozenset({"care", "cares", "cared", "caring"})
#: Words that narrow the motive to one thing.
NARROWING = frozenset({"only", "just", "solely", "merely"})
#: Forms of "be" before "only interested in" / "only in it for".
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
#: A sentence is read only when it holds a narrowing word and a word the phrase is built on.
_HEADS = CARING | {"interested", "it"}
#: Words a narrowed motive opens with ("only cares", "cares only").
_OPENERS = NARROWING | CARING
WHY = ("{text} says the only thing someone cares about: a motive the writer reads into them and narrows to one, "
       "which nobody quoted and nobody could check.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = NARROWING


def narrowed_motive_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `motive_claim` cue on the narrowing words and the verb of caring, at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(NARROWING) or lows.isdisjoint(_HEADS):
        return []  # (nearly every sentence)
    for k, token in enumerate(tokens):
        if token.low not in _OPENERS:
            continue
        span = _narrowed_at(tokens, k)
        if span is not None:
            i, j = span
            words = text[tokens[i].start:tokens[j].end]
            return [make_cue(text, tokens[i].start, tokens[j].end, "interpretation", WHY.format(text=quoted(words)),
                             family="motive_claim")]
    return []


def _narrowed_at(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """(first, last) token of a narrowed motive starting at `k`, or None."""
    low = tokens[k].low
    before = tokens[k - 1].low if k else ""
    if low in NARROWING and before != "not":
        after = [t.low for t in tokens[k + 1:k + 4]]
        if after[:2] and after[0] in CARING and after[1:2] == ["about"]:
            return k, k + 2  # "only cares about"
        be = before in _BE or before.endswith(("'s", "'re"))  # "he's only interested in"
        if be and after[:2] == ["interested", "in"]:
            return k, k + 2  # "is only interested in"
        if be and after[:3] == ["in", "it", "for"]:
            return k, k + 3  # "are only in it for"
    if low in CARING:
        after = [t.low for t in tokens[k + 1:k + 4]]
        if after[:2] and after[0] in NARROWING and after[1:2] == ["about"] and before != "not":
            return k, k + 2  # "cares only about"
    return None
