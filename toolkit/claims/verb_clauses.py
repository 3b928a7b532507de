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


#: Prepositions that open where or in what something was said: "wrote in a letter to ...", "noted at a forum on ...".
SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
#: How far a "that" may stand after such a phrase: "noted in a guest column in Saturday's New York Times that".
SETTING_REACH = 16
#: Words inside the phrase that show a clause has begun there, so its "that" is not the verb's.
CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
                          "may", "might", "must", "did", "does", "do", "which", "who", "whom", "whose", "where",
                          "when", "because", "if", "whether", "and", "or", "but"})


def that_after_setting(tokens: Sequence[Token], vj: int) -> bool:
    """Whether a long phrase of where or in what it was said, then "that", follows a verb of saying
    ending before token `vj`: "wrote in a letter to the editor of the paper that ...". The phrase holds
    only words (a possessive "'s" too), none that opens a clause of its own."""
    if vj >= len(tokens) or tokens[vj].low not in SETTING_PREPOSITIONS:
        return False
    for j in range(vj + 1, min(len(tokens), vj + SETTING_REACH)):
        token = tokens[j]
        if token.low == "that":
            return j > vj + 1
        if not (token.is_word or token.low in ("'s", "\u2019s")) or token.low in CLAUSE_WORDS:
            return False
    return False
