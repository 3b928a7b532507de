"""A speaker who "noted" a thing: "Ruiz noted the storm damage and the lost fares".

"noted" was read as a verb of saying only before a clause ("noted that ...", "noted the city
returned ..."). With a plain object ("Clinton noted the attacks", "CNN also noted the sparse crowd")
the speaker still points something out in words, and PolNeAR marks every such use with a subject
on train. Only after a named, described or pronoun subject (the caller checks it): "noted scholars",
"It should be noted" and "notes in the margin" have none.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Words that open the object of "noted": a determiner, a possessive, a count.
OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those",
                            "several", "two", "three", "many", "some", "both"})


def noted_a_thing(tokens: Sequence[Token], vi: int, vj: int) -> bool:
    """Whether the verb at `vi` is the past "noted" followed by the object it points out."""
    if vj - vi != 1 or tokens[vi].low != "noted" or vj >= len(tokens):
        return False
    after = tokens[vj]
    return after.low in OBJECT_OPENERS or (after.is_word and after.text[:1].isupper())
