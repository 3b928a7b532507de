"""A hope or an expectation with a plan after it: "Ruiz hopes to win the port vote", "The board expects to
close the pier in May".

The frame for verbs of belief drops "expects the vote" and "believes in" (no view reported), and with them
"to": "hopes to" was read like "hopes for". But a hope or an expectation followed by what the subject means
to do is the subject's own plan, as "plans to" and "wants to" already are (stance verbs), and PolNeAR marks
it as an attribution of that intention. So after these verbs only, "to" opens the intention they report.
The frame's other conditions hold as for any belief: a subject right before the verb (a person, a body, a
pronoun; not the writer's "I hope to"), never "is expected to", whose agentless passive stays out by design.
"""

from __future__ import annotations

__all__ = ["INTENDING_BELIEFS", "hope_to"]

#: Forms of belief verbs that report an intention when "to" and a verb follow ("hopes to win").
INTENDING_BELIEFS = frozenset({"hope", "hopes", "hoped", "expect", "expects"})


def hope_to(verb: str, follows: str) -> bool:
    """Whether the belief verb `verb` (lower case) with the word `follows` after it reports an intention."""
    return follows == "to" and verb in INTENDING_BELIEFS
