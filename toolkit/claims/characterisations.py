"""The writer saying what something really is: "The marina is a revival of the old harbour trade" (issue 16).

"The bridge is a kind of monument", "The new levy is a version of the old toll", "The fund is a
reflection of the council's fear": the sentence does not report what the thing is made of or who
runs it; it files the thing under another name, and that filing is the writer's reading, which a
reader can dispute. The CheckThat! guidelines count such framing as subjective, and on `train_en`
each sentence of this shape in the writer's voice was labelled subjective.

The rule: a form of "be" (or "'s"), then "a" / "an" with at most one word between ("a new kind
of", "a modern version of"), then one of `FRAMING_NOUNS` and "of". Left alone: "kind" and "sort"
as hedges ("is kind of slow", already a hedge elsewhere), "a form of" and "a type of" (a class
anyone can look up: "shingles is a form of herpes"), and the nouns after any other verb ("a
revival of the play opened" reports an event). Inside someone else's words the labeller marks the
cue `reported`, so it does not count.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Nouns that file the subject under another name: the writer's reading of what it really is.
FRAMING_NOUNS = frozenset({"kind", "sort", "revival", "version", "reflection", "throwback", "caricature",
                           "parody", "travesty", "rerun", "replay", "reincarnation"})
#: Forms of "be" that state what the subject is.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "'s", "it's", "that's", "this's", "what's"})
#: Words that may stand between "be" and the article ("is really a", "is simply a", "is just a").
_BETWEEN = frozenset({"really", "simply", "just", "merely", "essentially", "basically", "only", "now", "thus",
                      "therefore", "in", "effect", "fact", ","})
WHY = ("{text} files the subject under another name (a kind of, a version of, a revival of): what something "
       "really is, in the writer's reading, which a reader can dispute.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = FRAMING_NOUNS


def characterisation_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `characterisation` cue from the form of "be" to "of", at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(FRAMING_NOUNS) or "of" not in lows:
        return []  # (most sentences: no framing noun at all)
    for k, token in enumerate(tokens):
        if token.low not in FRAMING_NOUNS or k + 1 >= len(tokens) or tokens[k + 1].low != "of":
            continue
        a = k - 1
        if a >= 0 and tokens[a].low not in ("a", "an"):
            a -= 1  # one word between: "a new kind of", "a modern version of"
        if a < 0 or tokens[a].low not in ("a", "an"):
            continue
        b = a - 1
        while b >= 0 and tokens[b].low in _BETWEEN and a - b <= 3:
            b -= 1
        if b < 0 or tokens[b].low not in _BE:
            continue
        words = text[tokens[b].start:tokens[k + 1].end]
        return [make_cue(text, tokens[b].start, tokens[k + 1].end, "interpretation", WHY.format(text=quoted(words)),
                         family="characterisation")]
    return []
