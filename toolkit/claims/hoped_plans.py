"""A hope or an expectation with a plan after it: "Ruiz hopes to win the port vote", "The board expects to
close the pier in May".

The frame for verbs of belief drops "expects the vote" and "believes in" (no view reported), and with them
"to": "hopes to" was read like "hopes for". But a hope or an expectation followed by what the subject means
to do is the subject's own plan, as "plans to" and "wants to" already are (stance verbs), and PolNeAR marks
it as an attribution of that intention. So after these verbs only, "to" opens the intention they report.
The frame's other conditions hold as for any belief: a subject right before the verb (a person, a body, a
pronoun; not the writer's "I hope to"), never "is expected to", whose agentless passive stays out by design.

An expectation or a belief about someone else takes its object first: "Analysts expect the central bank to
cut rates", "The union expects the strike to last a week". After "expect" and "believe" only, a short object
and "to" with a verb after it are what the subject expects; "expects the vote" alone still reports nothing.
"""

from __future__ import annotations

__all__ = ["INTENDING_BELIEFS", "OBJECT_BELIEFS", "hope_to", "expects_object_to"]

#: Forms of belief verbs that report an intention when "to" and a verb follow ("hopes to win").
INTENDING_BELIEFS = frozenset({"hope", "hopes", "hoped", "expect", "expects"})


def hope_to(verb: str, follows: str) -> bool:
    """Whether the belief verb `verb` (lower case) with the word `follows` after it reports an intention."""
    return follows == "to" and verb in INTENDING_BELIEFS


#: Belief verbs whose object and "to" report what the subject expects of it ("expect the bank to cut rates").
OBJECT_BELIEFS = frozenset({"expect", "expects", "expected", "believe", "believes", "believed"})
#: The most words of that object ("the central bank", "the new port authority").
MOST_OBJECT_WORDS = 4


def expects_object_to(s, verb: int, follows: int) -> bool:
    """Whether the belief verb at token `verb` has a short object from token `follows` on, then "to" and a verb
    ("expect the central bank to cut"). `s` is the attribution rules' sentence."""
    if s.low(verb) not in OBJECT_BELIEFS:
        return False
    for m in range(follows + 1, min(len(s.tokens) - 1, follows + MOST_OBJECT_WORDS + 1)):
        if s.low(m) == "to":
            return s.tokens[m + 1].is_word and s.tokens[m + 1].text.islower()
        if not s.tokens[m].is_word or s.in_quote(m):
            return False
    return False
