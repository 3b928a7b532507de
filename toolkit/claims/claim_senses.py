""""Claim" where nobody says anything: "have claims in the area", "claimed the prize".

"claims" after "have"/"has" is the plural noun (a right someone holds, "Vietnam and Taiwan have claims
in the area"), and "claim" with a prize, a majority or a seat as its object is taking the thing
("Ruiz claimed the prize for the best stall", "will claim a commanding majority"), not saying that
something is so. PolNeAR marks "claimed victory" and "claimed the nomination" as attributions (they
announce a result), so those stay verbs of saying.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Verbs after which "claims" is a noun they govern.
HAVE_WORDS = frozenset({"have", "has", "had", "having"})
#: Things one claims by taking them, not by saying anything.
TAKEN_THINGS = frozenset({"prize", "prizes", "majority", "lead", "advantage", "seat", "seats", "title", "titles",
                          "crown", "trophy", "spot", "place", "medal", "jackpot", "reward"})
#: Words that may stand between "claim" and the thing ("the", "a commanding", "an early").
_BETWEEN = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "top", "first", "second", "third",
                      "commanding", "early", "narrow", "outright", "clear", "big", "grand", "only"})


def claim_without_words(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the "claim" form `tokens[i:j]` names a right held or a thing taken, not a statement."""
    if j - i != 1:
        return False
    word = tokens[i].low
    if word == "claims" and i > 0 and tokens[i - 1].low in HAVE_WORDS:
        return True  # "have claims in the area"
    if word not in ("claim", "claims", "claimed", "claiming"):
        return False
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].low in _BETWEEN:
        k += 1
    return k > j and k < len(tokens) and tokens[k].low in TAKEN_THINGS
