"""What follows a verb of saying shows it is one: "claims she was never told", "stated earlier this week that".

Some verb forms are also plural nouns ("claims", "notes", "states"), so the attribution rules
want proof that a clause follows them. A subject pronoun right after the form is such proof: a
noun is not followed by "she" ("Okafor claims she was never told"). And the words between a verb
and its "that" may say only when it was said ("stated earlier this week that", "said on Monday
that"); the clause after "that" is still what was said.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token, word_list

#: Pronouns that open a clause as its subject (and their contractions: "he's", "they'd").
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
#: Words that only say when something was said: "earlier this week", "last month", "on Monday".
WHEN_WORDS = frozenset({"earlier", "later", "this", "last", "past", "week", "month", "year", "weekend", "morning",
                        "afternoon", "evening", "night", "today", "yesterday", "tonight", "recently", "on", "again",
                        "first", "once", "privately", "publicly", "repeatedly"})


def subject_pronoun_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether token `j` is a subject pronoun opening a clause ("she", "he's", "they'd")."""
    if j >= len(tokens):
        return False
    low = tokens[j].low.replace("\u2019", "'")
    return low.split("'")[0] in SUBJECT_PRONOUNS


def only_when_before_that(ahead: Sequence[str]) -> bool:
    """Whether the words between a verb and its "that" (`ahead`, lower case) only say when: "earlier this week"."""
    times = word_list("time_words").words
    return bool(ahead) and all(w in WHEN_WORDS or w in times for w in ahead)
