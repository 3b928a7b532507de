"""Idioms made of a verb of saying that hand over nobody's words: "as they say", "say it all", "say goodbye".

"As they say, the tide waits for no one" quotes no one: "they" is everybody, and the proverb after it
is the writer's own way of putting things. "Her face said it all" and "the turnout says it all"
are a verdict of the writer's on what something shows, not words anyone spoke. "Saying goodbye to
the crowd", "said grace" are a parting and a prayer: an act, with no claim handed on. All are read here
as no verb of saying (`toolkit.claims.verb_look_alikes`), so the sentence is judged as the writer's.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Forms of "say" these idioms use.
SAY_FORMS = frozenset({"say", "says", "said", "saying"})
#: Objects that make "say" a greeting or a ritual, not a report: "saying goodbye to", "said grace".
GREETINGS = frozenset({"goodbye", "good-bye", "hello", "farewell", "grace", "goodnight"})
#: Words after such an object that keep it one: "goodbye to", "goodbye and", "grace before".
AFTER_GREETING = frozenset({"to", "and", "or", "but", "at", "before", "after", "as", "when", "while", "for", "on",
                            "in", "with", "from", "then", "again", "once", "twice", "one", "last", "first"})
#: Words that may close "as they say": a comma, a dash, or the sentence's end.
CLOSERS = frozenset({",", ".", "!", ";", "\u2014", "\u2013", "--", ""})
#: Where "as they say" may open: the sentence's start, or after a comma or a dash.
OPENERS = frozenset({",", "\u2014", "\u2013", "--", "(", ";"})


def idiom_saying(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the verb `tokens[i:j]` is part of "as they say", "say it all" or "say goodbye"."""
    if j - i != 1 or tokens[i].low not in SAY_FORMS:
        return False
    after = tokens[j].low if j < len(tokens) else ""
    if after in GREETINGS and (j + 1 >= len(tokens) or tokens[j + 1].low in AFTER_GREETING
                               or not tokens[j + 1].is_word):
        return True  # "saying goodbye to the crowd" (not "said goodbye was the hardest word")
    if after == "it" and j + 1 < len(tokens) and tokens[j + 1].low == "all" and (
            j + 2 >= len(tokens) or not tokens[j + 2].is_word):
        return True  # "the numbers say it all."
    if i >= 2 and tokens[i - 1].low == "they" and tokens[i - 2].low == "as" and after in CLOSERS:
        return i == 2 or tokens[i - 3].text in OPENERS or not tokens[i - 3].is_word  # "As they say, ..."
    return False
