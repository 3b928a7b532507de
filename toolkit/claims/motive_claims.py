"""A destructive aim pinned on someone: "The council wants to destroy the high street" (issue 16).

What people do can be reported; what they are *out to* do is read into them. A writer who says
in their own voice that a party, a government or a group "wants to destroy", "is trying to silence"
or "seeks to dismantle" something states a motive nobody quoted and nobody could check: the
writer's reading of their intent, and a judgment of them. (Someone's stated plan, "the council
plans to close the pool", is a report: plans are announced. Only wanting, seeking and trying are
read here, and only with a verb of destruction or suppression after them.)

Inside someone else's words ("the union said the board wants to destroy the crews") the labeller
marks the cue `reported`, so it counts for the speaker, not against the writer.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Verbs of wanting and trying, with the word that may follow them before "to".
_AIMS = frozenset({"wants", "want", "wanted", "seeks", "seek", "sought", "trying", "tries", "tried", "determined",
                   "out", "aims", "aim", "aiming"})
#: Verbs of destruction and suppression: the aim is harm.
_HARMS = frozenset({"destroy", "dismantle", "erase", "silence", "censor", "devalue", "ruin", "wreck", "undermine",
                    "weaken", "erode", "punish", "crush", "cancel", "smear", "demonise", "demonize", "gut", "sabotage",
                    "subvert", "bankrupt", "abolish", "eliminate", "obliterate", "demolish", "muzzle", "gag",
                    "intimidate", "indoctrinate", "brainwash", "disarm", "destabilise", "destabilize"})
#: Words that may stand between "to" and the harm ("to slowly destroy", "to quietly dismantle").
_ADVERBS = frozenset({"slowly", "quietly", "gradually", "systematically", "deliberately", "further", "finally",
                      "simply", "effectively", "completely", "utterly"})
#: Objects whose abolition is a plain policy, not harm ("abolish the fee", "eliminate the deficit").
_POLICY_OBJECTS = frozenset({"fee", "fees", "tax", "taxes", "tariff", "tariffs", "charge", "charges", "deficit",
                             "debt", "waste", "backlog", "rule", "rules", "limit", "limits", "cap", "requirement",
                             "requirements", "subsidy", "subsidies", "loophole", "loopholes", "toll", "tolls",
                             "program", "programme", "scheme", "department", "agency", "post", "position"})
WHY = ("{text} says what someone is out to do, and that it is harm: a motive read into them by the writer, "
       "which nobody quoted and nobody could check.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = _HARMS


def motive_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `motive_claim` cue from the verb of wanting to the verb of harm, at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(_HARMS) or lows.isdisjoint(_AIMS) or "to" not in lows:
        return []  # (nearly every sentence)
    for k, token in enumerate(tokens):
        if token.low not in _AIMS:
            continue
        m = k + 1
        if m >= len(tokens) or tokens[m].low != "to":
            continue
        m += 1
        while m < len(tokens) and tokens[m].low in _ADVERBS:
            m += 1
        if m >= len(tokens) or tokens[m].low not in _HARMS:
            continue
        if tokens[m].low in ("abolish", "eliminate", "cancel", "gut", "demolish") and _policy_object(tokens, m + 1):
            continue
        span = text[token.start:tokens[m].end]
        return [make_cue(text, token.start, tokens[m].end, "interpretation", WHY.format(text=quoted(span)),
                         family="motive_claim")]
    return []


def _policy_object(tokens: Sequence[Token], m: int) -> bool:
    """Whether the object after the verb (past "the", "its", an adjective) is a fee, a rule or a programme."""
    for token in tokens[m:m + 4]:
        if token.low in _POLICY_OBJECTS:
            return True
        if not token.is_word:
            return False
    return False
