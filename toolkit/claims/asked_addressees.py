"""A question put to someone, named at the end of a sentence: "Ruiz asked the harbor master.".

After a quotation or a question in the sentence before, "Lopez asked the mayor." closes a question
someone put in words; "Dunford asked Admiral Hale just that question." does the same with the
question named. The frame reader took "asked" as a verb of saying only with what was asked after
the addressee ("asked the mayor whether", "asked her to wait"), so these were left as the writer's
facts. PolNeAR marks them as speech. Only after a named, described or pronoun subject (the caller
checks it): "asked for a delay" and "asked to leave" are other frames.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Forms of "ask" that close a question put to someone.
ASKING_FORMS = frozenset({"asked", "asks"})
#: Words that show something else follows the addressee ("asked him for", "asked her to").
NOT_ADDRESSEE = frozenset({"for", "to", "about", "if", "whether", "that", "what", "why", "how", "when", "where",
                           "who", "which", "and", "but", "in", "on", "at", "by", "with"})
#: How many words an addressee may hold ("the real estate mogul", "Admiral Hale").
MOST_WORDS = 5


def asked_someone(tokens: Sequence[Token], vi: int, vj: int) -> bool:
    """Whether the verb at `vi` is "asked" with only an addressee after it to the sentence's end, or
    with the question named ("asked Admiral Hale just that question")."""
    if vj - vi != 1 or tokens[vi].low not in ASKING_FORMS or vj >= len(tokens):
        return False
    words = 0
    for k in range(vj, len(tokens)):
        token = tokens[k]
        if token.low in ("question", "questions") and words >= 1:
            return True  # "asked Hale that question", "asked her a question"
        if not token.is_word:
            return words >= 1 and token.text in (".", "!") and k == len(tokens) - 1
        if token.low in NOT_ADDRESSEE or words >= MOST_WORDS:
            return False
        words += 1
    return False
