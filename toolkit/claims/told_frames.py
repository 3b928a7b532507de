"""Words passed on by someone unnamed: "I was told that ...", "the pilots had been told that ...".

A passive of "tell" with no "by" hands over what was said while hiding who said it: the claim
after "that" is credited to someone, but the sentence does not say who. It is attributed, with
no source, and the cue asks the question a student should ask: who told them? (With "by X" the
agent is the source: `toolkit.claims.agent_frames`.)
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import STRENGTH, Attribution, Found
from toolkit.claims.cues import make_cue
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Forms of "tell" (and its like) whose passive hands over words.
TOLD_FORMS = frozenset({"told", "informed", "assured"})
#: Auxiliaries of the passive before them: "was told", "had been told", "are being told".
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "am", "be", "get", "got"})
#: How many words may stand between the participle and its "that" ("told just before the vote that").
REACH = 6


def add_told_frames(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                    start: int, end: int) -> Found:
    """`found` with an unnamed teller added for "was told that ...", when the sentence has no attribution yet."""
    if found.attributions or TOLD_FORMS.isdisjoint(sentence_words(tokens).low_set):
        return found  # (most sentences: no form of "told" at all, found with one set operation)
    for k in range(1, len(tokens) - 1):
        if tokens[k].low not in TOLD_FORMS or tokens[k - 1].low not in PASSIVE_AUXILIARIES:
            continue
        if any(a <= tokens[k].start < b for a, b in quotes):
            continue
        that = next((m for m in range(k + 1, min(len(tokens), k + 2 + REACH))
                     if tokens[m].low == "that" or tokens[m].text in ",;:()" or tokens[m].low == "by"), None)
        if that is None or tokens[that].low != "that" or that + 1 >= len(tokens):
            continue
        frame = (tokens[k - 1].start, tokens[k].end)
        shown = text[frame[0]:frame[1]]
        cue = make_cue(text, frame[0], frame[1], "reporting_verb",
                       f"\u201c{shown}\u201d hands on what someone said without naming them: who told them?",
                       family="reporting_verbs")
        attribution = Attribution(None, "reporting_verb", STRENGTH["unnamed"], False, frame,
                                  ((tokens[that].end, end),), (cue,))
        return Found((*found.attributions, attribution), found.cues)
    return found
