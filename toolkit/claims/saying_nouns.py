"""Forms of verbs of saying that are nouns here: "had their say", "posted this tweet", "Enough said.".

"say", "tweet" and "feel" are also nouns. Right after an article, a possessive or a word of amount
("their say", "a larger say", "no say", "this tweet") they name a thing, and nobody is speaking. A
word between the two is not looked through: it is as often the subject ("her campaign say", "the
women say") as an adjective ("the original tweet"). "Enough said." is an
idiom of the writer's, not a report. "Some say" and "many say" stay as they are: faceless crowds,
read as weasel words elsewhere.

One word between is looked through in two places where no subject can stand. After "a" or "an"
the word and the base form cannot be a subject and its verb ("a congressional report that could",
"an additional report"): a singular subject would take "reports". After an article or a
possessive, a form followed at once by "was", "is", "that's" and the like is the subject of that
verb ("the original tweet was deleted", "the rowdy feel that's typical of the fair"). Only forms
that are plain nouns are looked through: "a forceful promise to", "a defiant answer to" hand over
someone's words, and PolNeAR marks them so.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Forms that are nouns after a determiner.
NOUN_FORMS = frozenset({"say", "tweet", "feel"})
#: Determiners, possessives and words of amount before such a noun ("their say", "no say").
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "their", "his", "her", "its", "our", "my", "your", "no",
                         "any", "final", "equal", "more", "greater", "larger", "bigger", "little"})


#: Base forms of verbs of saying and believing that are also everyday nouns.
MODIFIED_NOUN_FORMS = frozenset({"say", "tweet", "feel", "report", "plan", "charge", "question", "call"})
#: Determiners that only stand before one thing: "a congressional report" cannot be a subject and "report".
SINGULAR_DETERMINERS = frozenset({"a", "an", "another"})
#: Articles and possessives before the modifier when a verb follows ("that they say has" is a clause, not a noun).
SUBJECT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"})
#: Words after "a" that make what follows plural ("a few report", "a lot say"): left alone.
AMOUNT_WORDS = frozenset({"few", "lot", "number", "couple", "handful", "majority", "minority", "dozen", "third",
                          "quarter", "half", "host", "group", "bunch", "slew", "series", "range", "variety"})
#: Verbs right after the form that make it their subject: "the original tweet was deleted".
NOUN_SUBJECT_VERBS = frozenset({"was", "is", "were", "are", "has", "had", "that's", "remains", "became"})


def _modified_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the base form at `i` is a noun after a determiner and one modifier ("an additional report")."""
    if tokens[i].low not in MODIFIED_NOUN_FORMS or i < 2 or not tokens[i - 1].is_word or \
            not tokens[i - 1].text.islower():
        return False
    determiner = tokens[i - 2].low
    if determiner in SINGULAR_DETERMINERS and tokens[i - 1].low not in AMOUNT_WORDS:
        return True
    return determiner in SUBJECT_DETERMINERS and j < len(tokens) and tokens[j].low in NOUN_SUBJECT_VERBS


def saying_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the reporting-list form `tokens[i:j]` is a noun (or "Enough said.") here."""
    if j - i != 1:
        return False
    word = tokens[i].low
    if word == "said" and i > 0 and tokens[i - 1].low == "enough" and (j >= len(tokens) or not tokens[j].is_word):
        return True
    if _modified_noun(tokens, i, j):
        return True
    if word not in NOUN_FORMS or i == 0:
        return False
    return tokens[i - 1].low in DETERMINERS
