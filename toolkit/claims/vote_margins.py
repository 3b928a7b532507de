"""A participle of support followed by a winning margin counts votes: "..., backing its candidates by wide margins".

"support", "back" and "favor" credit a stance to their subject ("voters back the levy"). A participle of
them set after a place's record, with a margin after its object ("by five points", "by a 6-point margin",
"by double digits", "by wide margins"), reports election results, which the writer states in their own
voice: nobody is quoted and no view is handed over ("Maine has long been loyal to the party, backing its
candidates by wide margins"). A finite verb with people as its subject ("Women back the mayor by 20
points") reports what a poll found they favour, which PolNeAR marks as their stance, so it is left alone.
The check runs only on the participles of `MARGIN_VERBS`, so it costs the labeller one set lookup.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

__all__ = ["MARGIN_VERBS", "vote_margin"]

#: The participles of stance that may count votes.
MARGIN_VERBS = frozenset({"supporting", "backing", "favoring", "favouring"})
#: Words that end a margin after "by": "by five points", "by double digits", "by a wide margin".
MARGIN_WORDS = frozenset({"point", "points", "digits", "margin", "margins", "landslide"})
#: How far after the verb its "by" may stand ("backed the party's presidential candidates by").
BY_REACH = 8
#: How many words after "by" the margin word may come ("by a 6-point margin", "by about 15 percentage points").
MARGIN_REACH = 4
#: Tokens that end the verb's phrase before any margin could belong to it.
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\u2014", "\u2013", "--"})


def vote_margin(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the participle of support `tokens[i:j]` has a margin of votes after its object ("by 12 points")."""
    if j - i != 1 or tokens[i].low not in MARGIN_VERBS:
        return False
    for k in range(j, min(len(tokens), j + BY_REACH)):
        if tokens[k].text in CLAUSE_ENDS:
            return False
        if tokens[k].low != "by":
            continue
        for m in range(k + 1, min(len(tokens), k + 1 + MARGIN_REACH)):
            word = tokens[m].low
            if word in MARGIN_WORDS or word.endswith(("-point", "-points")):
                return True
            if tokens[m].text in CLAUSE_ENDS:
                return False
        return False
    return False
