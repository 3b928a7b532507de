"""The words a refusal to speak is about: "refused to say that the pier should close", "declined to say whether".

A speaker who refuses to say something is still the source of the sentence (`toolkit.claims.refused_words`),
and what they would not say is their matter, not the writer's claim: "after he refused to say that the pier
should be closed" does not make "should" the writer's own prescription. The stance frame that reads "refused"
gives a stance no reported words (its object is the writer's description of the stance); a refusal of a verb of
saying is the exception, and its words after the verb are reported as a verb of saying's are.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Verbs of speaking a speaker may refuse; "tell" is left out ("doesn't tell us much" is the writer's verdict).
REFUSED = frozenset({"say", "saying", "comment", "commenting", "elaborate", "specify", "disclose", "discuss",
                     "reveal", "confirm", "answer"})
#: Verbs that refuse the infinitive after them: "declined to comment", "refused to say".
REFUSING = frozenset({"declined", "declines", "decline", "declining", "refused", "refuses", "refuse", "refusing"})


def refuses_saying(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the verb `tokens[i:j]` refuses a verb of saying: "refused" before "to say", or a phrase that holds
    it ("declined to comment"); an adverb may stand before the verb of saying ("refused to publicly say")."""
    if tokens[i].low not in REFUSING:
        return False
    if tokens[j - 1].low in REFUSED:
        return True
    if j >= len(tokens) or tokens[j].low != "to":
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].low.endswith("ly") and tokens[k].text.islower():
        k += 1
    return k < len(tokens) and tokens[k].low in REFUSED
