"""Few or none thought to ask: "Few reporters thought to ask why the pier closed" (issue 16).

A sentence whose subject is few people or none ("few reporters", "none of the councillors", "no
one") and whose verb is "thought to", "bothered to" or "cared to" says that people failed to do
what the writer holds was due: to ask, to check, to wonder. Nobody reported that failure; it is the
writer's verdict on them, the same kind as someone failing to see what the writer sees
(`blind_spots.txt`, family `blind_spots`), and it counts as such.

The rule: at the head of the sentence (after a linking word such as "But"), "few", "no", "none",
"nobody" or "no one", then within `REACH` words one of `NEGLECT_VERBS` followed by "to". Left
alone: the same verbs after any other subject ("She thought to ask the pilot" reports what she
did), and "few" or "no" further on in the sentence. With such a subject, "thought" is not a verb of
belief: `drop_neglect_frames` takes back the attribution the belief-verb rule would make of it.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution_model import Found
from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, subject_start

#: Subjects that are few people or none.
FEW_OR_NONE = frozenset({"few", "no", "none", "nobody", "hardly", "scarcely"})
#: Verbs that, with such a subject, say a due step was not taken ("thought to ask", "bothered to check").
NEGLECT_VERBS = frozenset({"thought", "bothered", "cared", "bothers", "cares", "thinks"})
#: Linking words before the subject ("But few ...").
_LINKS = frozenset({"but", "and", "yet", "still", "so", "sadly", "alas", "tellingly", ","})
#: How many words may stand between the subject's first word and the verb ("Few of the city's reporters thought").
REACH = 6
WHY = ("{text} says few or none did what the writer holds was due (thought to ask, bothered to check): "
       "a verdict on them by the writer, not a report of what they said or did.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = NEGLECT_VERBS


def neglect_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `blind_spots` cue from the subject to "to", when few or none "thought to" or "bothered to"."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(NEGLECT_VERBS) or lows.isdisjoint(FEW_OR_NONE):
        return []  # (most sentences)
    k = subject_start(tokens, _LINKS)
    if k is None:
        return []
    if k >= len(tokens) or tokens[k].low not in FEW_OR_NONE:
        return []
    if tokens[k].low in ("hardly", "scarcely") and (k + 1 >= len(tokens) or tokens[k + 1].low not in ("anyone",
                                                                                                   "anybody")):
        return []
    for m in range(k + 1, min(len(tokens) - 1, k + 1 + REACH)):
        if tokens[m].low in NEGLECT_VERBS and tokens[m + 1].low == "to":
            words = text[tokens[k].start:tokens[m + 1].end]
            return [make_cue(text, tokens[k].start, tokens[m + 1].end, "evaluative", WHY.format(text=quoted(words)),
                             family="blind_spots")]
        if not tokens[m].is_word and tokens[m].text not in ("'", "\u2019", "-"):
            return []  # a comma or a dash: the subject has ended without the verb
    return []


def drop_neglect_frames(found: Found, text: str, tokens: Sequence[Token]) -> Found:
    """`found` without an attribution whose verb is the "thought" of "few thought to ask".

    "thought to" with a verb after it says what someone did or failed to do, not what they believe,
    so "Few reporters thought to ask" credits no belief to the reporters.
    """
    if not found.attributions:
        return found
    cues = neglect_cues(text, tokens)
    if not cues:
        return found
    start, end = cues[0].start, cues[0].end
    kept = tuple(a for a in found.attributions
                 if not any(c.kind == "reporting_verb" and start <= c.start and c.end <= end for c in a.cues))
    if len(kept) == len(found.attributions):
        return found
    return Found(kept, found.cues)
