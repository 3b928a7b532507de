"""The writer's "I" telling what they did: "I covered the story in May", "I first wrote about it" (issue 16).

A bare "I" is a weak sign of opinion: alone it is capped (`LONE_SIGNALS` in
`toolkit.claims.sentence_labels`), because "I have taught here for twenty years" tells who is
speaking, not what to think. Beside another cue it used to count in full, so "I covered the
story in May, relying on the important work of local reporters" added the narrator to the mild
rating and read as opinion. When "I" is the subject of a verb in the past tense that reports an
act ("covered", "started", "wrote", "had to explain"), the sentence tells what the writer did,
which could be checked: such an "I" keeps its cue, so a student sees it was read, but as family
`writer_narration`, weighed 0 (as the "we" of a signpost is, `toolkit.claims.signposts`).

Left as the writer's view: a verb of thinking, feeling or judging ("I thought", "I loved", "I
argued", "I found it absurd"), any other tense ("I think", "I have argued", "I will show"), and
"I was" (often a feeling: "I was appalled").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue
from toolkit.text.frozen_records import replaced
from toolkit.text.tokens import Token, word_list

#: Words that may stand between "I" and the verb: "I first wrote", "I then asked".
BETWEEN = frozenset({"first", "then", "also", "once", "later", "recently", "just", "soon", "last", "finally",
                     "eventually", "originally", "briefly"})
#: Past forms of acts that do not end in "-ed".
IRREGULAR_ACTS = frozenset({"wrote", "went", "saw", "met", "spoke", "took", "made", "had", "got", "began", "drove",
                            "ran", "heard", "sent", "gave", "left", "came", "sat", "stood", "taught", "bought",
                            "brought", "flew", "spent", "paid", "built", "kept", "rode", "swam", "won", "lost",
                            "grew", "dug", "led", "caught", "sought", "chose", "became"})
#: Past forms that report the writer's thinking, feeling or judging rather than an act.
VIEW_VERBS = frozenset({"loved", "hated", "liked", "disliked", "enjoyed", "preferred", "admired", "agreed",
                        "disagreed", "argued", "concluded", "realised", "realized", "wondered", "wished", "assumed",
                        "supposed", "judged", "deemed", "considered", "regarded", "reckoned", "questioned",
                        "objected", "insisted", "claimed", "contended", "maintained", "predicted", "warned",
                        "noticed", "learned", "learnt", "decided", "found", "failed", "welcomed", "resented",
                        "despised", "trusted", "distrusted", "valued", "appreciated", "praised", "blamed",
                        "criticised", "criticized", "condemned", "opposed", "supported", "favoured", "favored"})


def as_narration(cues: Sequence[Cue], tokens: Sequence[Token]) -> list[Cue]:
    """The cues, with each bare "I" that is the subject of a past act turned into a `writer_narration` cue."""
    out = []
    for cue in cues:
        if cue.family == "first_person" and cue.text == "I" and _tells_an_act(tokens, cue.start):
            cue = replaced(cue, family="writer_narration", why=f"{_QUOTED_I} tells what the writer did (a past act), "
                           "which could be checked: it says who is telling, not what to think.")
        out.append(cue)
    return out


_QUOTED_I = "\u201cI\u201d"


def _tells_an_act(tokens: Sequence[Token], start: int) -> bool:
    """Whether the "I" starting at character `start` is followed (past at most two of `BETWEEN`) by a past act."""
    at = next((k for k, t in enumerate(tokens) if t.start == start), None)
    if at is None:
        return False
    k = at + 1
    while k < len(tokens) and k - at <= 2 and tokens[k].low in BETWEEN:
        k += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    verb = tokens[k].low
    if verb in VIEW_VERBS or verb in word_list("belief_verbs").words or verb in word_list("stance_verbs").words:
        return False
    return verb in IRREGULAR_ACTS or (verb.endswith("ed") and len(verb) > 4)
