"""A verb form that is also a plural noun, right before "are", "were" or "did": the noun, saying nothing.

"The weapons charges are serious", "China's Central Asian plans did not go down well", "Nomination
questions are likely to move": "charges", "plans", "questions" are forms of the reporting and stance
lists (`NOUN_LIKE_VERB_FORMS`), but a copula or an auxiliary right after one makes it the subject's
plural noun; a verb of saying takes "that", a clause or an object, never "are". Only these forms are
read so ("what he believes are the facts" keeps its belief), and not after a relative word ("the fees,
which the board claims are fair": the board claims), nor before a modal ("which the institute
estimates would cost").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution_model import NOUN_LIKE_VERB_FORMS
from toolkit.text.tokens import Token

__all__ = ["NOUN_FOLLOWERS", "plural_noun_before_verb"]

#: A copula or auxiliary that only a plural subject takes here: "the charges are", "the plans did".
NOUN_FOLLOWERS = frozenset({"are", "were", "did", "do", "have", "had", "remain", "remained", "aren't", "weren't",
                            "didn't", "don't", "haven't"})
#: Words that open a relative or reported clause whose subject the form may be the verb of.
CLAUSE_WORDS = frozenset({"which", "what", "that", "who", "whom", "whatever", "he", "she", "it", "they", "we", "i",
                          "you", "one", "as"})
#: How far back a relative word is looked for: "which the harbor board claims are".
CLAUSE_REACH = 4


def plural_noun_before_verb(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the form `tokens[i:j]` is a plural noun: a noun-like verb form right before "are", "were",
    "did" and the like, with no relative word or pronoun among the few words before it."""
    if j - i != 1 or tokens[i].low not in NOUN_LIKE_VERB_FORMS or j >= len(tokens) or \
            tokens[j].low not in NOUN_FOLLOWERS or i == 0:
        return False
    return not any(t.low in CLAUSE_WORDS for t in tokens[max(0, i - CLAUSE_REACH):i])
