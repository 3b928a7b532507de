"""Judgment built into a compound: "a scandal-ridden council", "fear-mongering ads" (issue 16).

English lets a writer grade anything by joining a noun to a judging second half: "-ridden" and
"-crazed" (the thing is overrun or maddened by it), "-obsessed", "-addled", "-mongering" and
"-baiting" (someone stirs up fear or hatred on purpose), "-bashing" (someone attacks a group
for gain), "-grubbing" (someone grasps greedily). The first half can be any noun ("disaster-ridden",
"budget-obsessed", "union-bashing"), so no word list can hold every compound; the second half is
what judges, and a student can learn to spot it. Such a compound counts as a judgment adjective
(family `judgment_adjectives`), as "paltry" or "ill-conceived" do.

Left out on purpose: halves that mostly describe ("-driven", "-laden", "-fuelled", "-loving",
"-hungry": "data-driven", "debt-laden", "energy-hungry" appliances) and "-riddled", which news uses
for bullets and holes ("a bullet-riddled car"), "-monger", a trade as often as a sneer ("a
fish-monger"), and "bed-ridden", an illness. Inside someone
else's words the labeller marks the cue `reported`, so it counts for the speaker.
"""

from __future__ import annotations

import re
from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Second halves that grade what the compound describes, each with what it says.
JUDGING_HALVES: dict[str, str] = {
    "ridden": "overrun by it",
    "crazed": "maddened by it",
    "obsessed": "obsessed with it",
    "addled": "muddled by it",
    "mongering": "stirring it up on purpose",
    "baiting": "provoking it on purpose",
    "bashing": "attacking it for gain",
    "grubbing": "grasping at it",
}
#: A word of a sentence's joined lower-case words (each followed by a space) that ends in "-" and a judging half.
_JUDGING_ENDING = re.compile("-(?:" + "|".join(map(re.escape, JUDGING_HALVES)) + ") ")
#: Compounds with such a half that describe rather than judge.
_PLAIN = frozenset({"bed-ridden", "bedridden", "hag-ridden"})
WHY = ("{text} joins a noun to \"-{half}\" ({says}): the second half grades what it describes, "
       "the writer's judgment rather than a report.")


def compound_judgment_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `judgment_adjectives` cue on each compound whose second half judges."""
    if _JUDGING_ENDING.search(sentence_words(tokens).joined) is None:
        return []  # (most sentences: no word ends in a judging half, "S-400" and "long-term" included)
    cues = []
    for token in tokens:
        low = token.low
        if "-" not in low or low in _PLAIN:
            continue
        first, _, half = low.rpartition("-")
        says = JUDGING_HALVES.get(half)
        if says is None or len(first) < 3 or not first.replace("-", "").isalpha():
            continue
        cues.append(make_cue(text, token.start, token.end, "evaluative",
                             WHY.format(text=quoted(token.text), half=half, says=says), family="judgment_adjectives"))
    return cues
