"""Whose enemy: "his enemies" reports a relation between other people; "our enemy" enlists the reader.

"Enemy" and "foe" are loaded when the writer casts someone as the enemy: "the enemy is at the
gates", "our enemy", "an enemy of the people". The same nouns with a third party's possessive
("his enemies", "Iran's regional enemies", "their political foes") or after "make" ("she made
enemies in the ministry") report who opposes whom, as "his rivals" would: the writer takes no side,
and the reader has nobody to fear or hate. The first-person "our" and "my" stay loaded, since they
draw the reader into one side of a fight.

No part-of-speech tagger is used: one word (an adjective such as "political" or "bitter") may
stand between the possessive and the noun, and up to three between "make" and the noun ("made
some very serious enemies").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between

#: Lexicon terms (as the lexicon writes them) naming someone as an enemy.
ENEMY_TERMS = frozenset({"enemy", "foe"})
#: Possessives of people other than the writer and the reader.
THIRD_PARTY_POSSESSIVES = frozenset({"his", "her", "their", "its", "whose"})
#: Forms of "make" that, before "enemies", tell that someone earned opponents.
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
#: Words between "make" and the noun that turn "make" into "become": "making themselves the enemies of".
NOT_EARNED = frozenset({"the", "a", "an", "themselves", "himself", "herself", "itself", "ourselves", "yourselves"})
#: How many words may stand between the possessive and the noun, and between "make" and the noun.
POSSESSIVE_GAP = 1
MAKE_GAP = 3


def reports_a_relation(term: str, text: str, words: Sequence[Word], index: int) -> bool:
    """Whether the enemy noun at `index` (a match of lexicon `term`) is someone else's enemy or enemies made."""
    if term not in ENEMY_TERMS:
        return False
    for gap in range(MAKE_GAP + 1):
        k = index - 1 - gap
        if k < 0 or broken_between(text, words[k], words[k + 1]):
            return False
        before = words[k]
        if gap <= POSSESSIVE_GAP and (before.lower in THIRD_PARTY_POSSESSIVES or _possessive_name(before)):
            return True
        if before.lower in MAKE_FORMS:
            # "made enemies", "making some very serious enemies"; not "making themselves the enemies of Christ",
            # where "make" means become and the writer names whose enemy they are.
            return not any(w.lower in NOT_EARNED for w in words[k + 1:index])
    return False


def _possessive_name(word: Word) -> bool:
    """A name or noun with a possessive ending: "Iran's", "the party's"."""
    return word.text.endswith(("'s", "\u2019s")) and word.text.lower().replace("\u2019", "'") not in ("it's", "that's", "what's", "who's", "he's",
                                                                        "she's", "there's", "here's", "let's")
