"""Showing up is not seeming, and testifying with nothing said reports an appearance, not a claim.

"appear" credits a view or a look to its subject before "to", "that", "like" or a quality ("the mayor
appears to be winning", "Ruiz appeared pleased"), and PolNeAR marks those. With nothing after it, the
clause ending there, it says that someone or something turned up: "A photograph of the old pier again
appears.", "every hall where the mayor appeared, often drawing hundreds". Only "it" keeps the look ("It
appears, though, that ...", "harder than it appears"), as do "than" and "as" comparisons.

"testified" already reports an appearance when nothing said follows it (`verb_look_alikes`); an opening
clause of time ("After the harbour master testified, the committee ...") ends at its comma, and the comma
there opens the main clause, not the witness's words.

Both checks run only on their own verbs, so a sentence without them pays nothing.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

__all__ = ["APPEAR_FORMS", "TESTIFY_FORMS", "shows_up", "testified_in_opening"]

APPEAR_FORMS = frozenset({"appear", "appears", "appeared"})
TESTIFY_FORMS = frozenset({"testify", "testifies", "testified"})
#: Adverbs that may stand between "appears" and the end of its clause: "appeared together.", "appears again,".
TRAILING_ADVERBS = frozenset({"again", "briefly", "together", "twice", "once", "onstage", "live", "here", "there",
                              "too", "also", "later", "first", "alone"})
#: Tokens that end the clause right after the verb.
CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "\u2014", "\u2013", "--", ")"})
#: Subjects and words before them that keep "appears" a look: "it appears", "harder than it appears".
LOOK_KEEPERS = frozenset({"it", "than", "as", "so", "what", "how"})
#: How far before the verb a keeper is looked for ("than it now appears").
KEEPER_REACH = 3
#: Words that open a clause of time before the main one: "After Ruiz testified, ...".
TIME_OPENERS = frozenset({"after", "before", "when", "once", "since", "until", "while", "as"})


def shows_up(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the form of "appear" at `tokens[i:j]` ends its clause, so that something turned up
    ("footage of the mayor again appears."), rather than looked some way."""
    if j - i != 1 or tokens[i].low not in APPEAR_FORMS:
        return False
    k = j
    while k < len(tokens) and tokens[k].low in TRAILING_ADVERBS:
        k += 1
    if k < len(tokens) and tokens[k].text not in CLAUSE_ENDS:
        return False
    return not any(t.low in LOOK_KEEPERS for t in tokens[max(0, i - KEEPER_REACH):i])


def testified_in_opening(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether "testified" at `tokens[i:j]` ends an opening clause of time at a comma: "After Ruiz testified,"."""
    if j - i != 1 or tokens[i].low not in TESTIFY_FORMS or j >= len(tokens) or tokens[j].text != ",":
        return False
    first = next((n for n, t in enumerate(tokens) if t.is_word), None)
    if first is None or tokens[first].low not in TIME_OPENERS:
        return False
    return not any(t.text in CLAUSE_ENDS for t in tokens[first:i])
