"""Verb forms of the reporting lists that are nouns by what follows them: "are", or a verb of saying.

A plural before "are", "were" or "did": "The weapons charges are serious", "China's Central Asian plans
did not go down well", "Nomination questions are likely to move": "charges", "plans", "questions" are
forms of the reporting and stance lists (`NOUN_LIKE_VERB_FORMS`), but a copula or an auxiliary right
after one makes it the subject's plural noun; a verb of saying takes "that", a clause or an object,
never "are". Only these forms are read so ("what he believes are the facts" keeps its belief), and not
after a relative word ("the fees, which the board claims are fair": the board claims), nor before a
modal ("which the institute estimates would cost").

A text before a verb of saying: '"...," the congressional report said', "the note says": "report" and
"note" are forms of the lists too, but a verb of saying right after one makes it the text that speaks,
the subject of that verb, not a verb whose subject is "the congressional".
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution_model import NOUN_LIKE_VERB_FORMS
from toolkit.text.tokens import Token

__all__ = ["NOUN_FOLLOWERS", "SAYING_AFTER_TEXT", "TEXT_FORMS", "noun_before_saying", "plural_noun_before_verb"]

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


#: Verbs of saying whose subject a text can be: "the report said", "the memo stated", "the note says".
SAYING_AFTER_TEXT = frozenset({"said", "says", "say", "stated", "states", "noted", "notes", "added", "adds", "argued",
                               "argues", "concluded", "concludes", "found", "finds", "warned", "warns", "claimed",
                               "claims", "read", "reads", "showed", "shows"})
#: Forms of the reporting lists that also name a text: "the report said", "the note says", "his remarks noted".
TEXT_FORMS = frozenset({"report", "reports", "note", "notes", "statement", "statements", "remarks", "comments",
                        "claim", "claims"})


#: Words before which such a form is still a verb: "will report", "to report", "did note".
VERB_BEFORE = frozenset({"will", "would", "to", "can", "could", "should", "may", "might", "must", "did", "does", "do",
                         "shall", "also", "not", "never"})


def noun_before_saying(tokens: Sequence[Token], i: int, j: int, saying: frozenset[str]) -> bool:
    """Whether the form `tokens[i:j]` names a text: a `TEXT_FORMS` word after a word of its own ("the", "his",
    "congressional") and right before a verb of saying of `saying` ("the congressional report said")."""
    return j - i == 1 and i > 0 and j < len(tokens) and tokens[i].low in TEXT_FORMS and \
        tokens[j].low in saying and tokens[i - 1].is_word and tokens[i - 1].low not in VERB_BEFORE
