"""Forms of verbs of saying that are nouns here: "had their say", "posted this tweet", "Enough said.".

"say", "tweet" and "feel" are also nouns. Right after an article, a possessive or a word of amount
("their say", "a larger say", "no say", "this tweet") they name a thing, and nobody is speaking. A
word between the two is not looked through: it is as often the subject ("her campaign say", "the
women say") as an adjective ("the original tweet"). "Enough said." is an
idiom of the writer's, not a report. "Some say" and "many say" stay as they are: faceless crowds,
read as weasel words elsewhere.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Forms that are nouns after a determiner.
NOUN_FORMS = frozenset({"say", "tweet", "feel"})
#: Determiners, possessives and words of amount before such a noun ("their say", "no say").
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "their", "his", "her", "its", "our", "my", "your", "no",
                         "any", "final", "equal", "more", "greater", "larger", "bigger", "little"})


def saying_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the reporting-list form `tokens[i:j]` is a noun (or "Enough said.") here."""
    if j - i != 1:
        return False
    word = tokens[i].low
    if word == "said" and i > 0 and tokens[i - 1].low == "enough" and (j >= len(tokens) or not tokens[j].is_word):
        return True
    if word not in NOUN_FORMS or i == 0:
        return False
    return tokens[i - 1].low in DETERMINERS
