"""Nobody does it like them: "No town runs a ferry like Harwick" (issue 16).

A sentence whose subject is no one at all ("no one", "nobody", "no other town") and that compares
with "like" or "better than" ranks one party above everyone else: nobody measured every town's
ferry, so the ranking is the writer's praise or scorn ("No one spends money like this council").
It is the evaluative comparison of the taxonomy's opinion label, said as a sweeping claim.

The rule: at the head of the sentence (after a linking word such as "But"), "no one", "nobody", "no
other" and a noun, or "none", then within `REACH` words "like", "better than" or "as well as", with
no verb of the past or perfect between ("No one was hurt like that" tells one occasion). Left alone:
"like" after a verb of resembling ("No one looks like him": a likeness, not a ranking) and any
comparison further on with another subject. Cue family `sweeping_claim`, as for the other claims
about everyone or no one (`toolkit.claims.generalisations`).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, subject_start

#: Linking words before the subject ("But no one ...").
_LINKS = frozenset({"but", "and", "yet", "still", "truly", "honestly", "frankly", ","})
#: Verbs of the past or perfect: the sentence tells one occasion, not a ranking.
_OCCASION = frozenset({"was", "were", "had", "did", "has", "have", "been", "said", "told", "would", "could"})
#: Verbs after which "like" is a likeness ("looks like", "sounds like").
_RESEMBLING = frozenset({"looks", "look", "sounds", "sound", "seems", "seem", "feels", "feel", "is", "are"})
#: How many words may follow the subject before the comparison ("No one fights the virus quite like ...").
REACH = 7
WHY = ("{text} ranks one party above everyone else (no one ... like them): nobody measured them all, so the "
       "ranking is the writer's praise or scorn.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = frozenset({"no", "nobody", "none"})


def ranking_comparison_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `sweeping_claim` cue from the subject to the comparison word, at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(("no", "nobody", "none")) or lows.isdisjoint(("like", "than", "as")):
        return []  # (most sentences)
    k = subject_start(tokens, _LINKS)
    if k is None:
        return []
    subject_end = _subject_end(tokens, k)
    if subject_end is None:
        return []
    for m in range(subject_end, min(len(tokens), subject_end + REACH)):
        low = tokens[m].low
        if low in _OCCASION or (m == subject_end and low.endswith("ed")):
            return []
        hit = None
        if low == "like" and tokens[m - 1].low not in _RESEMBLING:
            hit = m
        elif low == "better" and m + 1 < len(tokens) and tokens[m + 1].low == "than":
            hit = m + 1
        elif low == "as" and m + 2 < len(tokens) and tokens[m + 1].low == "well" and tokens[m + 2].low == "as":
            hit = m + 2
        if hit is not None:
            words = text[tokens[k].start:tokens[hit].end]
            return [make_cue(text, tokens[k].start, tokens[hit].end, "certainty", WHY.format(text=quoted(words)),
                             family="sweeping_claim")]
    return []


def _subject_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index just after "no one", "nobody", "none" or "no other X", or None."""
    if k >= len(tokens):
        return None
    low = tokens[k].low
    if low in ("nobody", "none"):
        return k + 1
    if low == "no" and k + 1 < len(tokens) and tokens[k + 1].low == "one":
        return k + 2
    if low == "no" and k + 2 < len(tokens) and tokens[k + 1].low == "other" and tokens[k + 2].is_word:
        return k + 3
    return None
