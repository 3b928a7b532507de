"""Judgment words inside fixed phrases that judge nothing: "his best friend", "on good terms", "told a joke".

The evaluative list (`evaluative.txt`) holds words of praise and blame ("good", "best", "wrong",
"joke"). Inside some fixed phrases they describe a relation or an act, not the writer's view:
"her best friend" is a friend, "did his best" tried, "on good terms" gets along, "told a joke"
joked, and "the party establishment" names a group. There they are no opinion cue.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Words after "best" that make it part of a name for a relation: "best friend", "best man".
BEST_RELATIONS = frozenset({"friend", "friends", "man", "men", "pal", "pals", "buddy", "buddies"})
#: Possessives before "best" in "do one's best": "doing his best", "tried her best".
POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your", "its"})
#: Verbs of telling and making before "a joke": an act, not the writer calling something a joke.
JOKE_VERBS = frozenset({"told", "tell", "tells", "telling", "made", "make", "makes", "making", "cracked", "crack",
                        "cracks", "cracking", "shared", "his", "her", "their", "a"})
#: Words before "establishment" that name the group: "the party establishment", "the GOP establishment".
ESTABLISHMENT_OWNERS = frozenset({"party", "gop", "republican", "democratic", "political", "washington",
                                  "media", "foreign-policy", "military", "conservative", "liberal", "medical"})


def judges_nothing(tokens: Sequence[Token], k: int) -> bool:
    """Whether the evaluative word at token `k` stands in a fixed phrase that judges nothing."""
    word = tokens[k].low
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    before = tokens[k - 1].low if k > 0 else ""
    if word == "best":
        return after in BEST_RELATIONS or (before in POSSESSIVES and after in ("to", ".", ",", "")) or (
            before in POSSESSIVES and k >= 2 and tokens[k - 2].low in ("do", "does", "did", "doing", "done", "tried",
                                                                      "try", "tries", "trying"))
    if word == "good" and before == "on" and after == "terms":
        return True  # "left on good terms"
    if word in ("joke", "jokes") and before in ("a", "jokes") and k >= 2 and tokens[k - 2].low in JOKE_VERBS:
        return True  # "told a joke"
    if word == "establishment":
        return before in ESTABLISHMENT_OWNERS or tokens[k - 1].text.isupper() if k > 0 else False
    return False
