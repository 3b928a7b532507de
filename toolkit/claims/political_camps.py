"""A whole political camp as one actor: "The Left wants to ...", "the far right's plan" (issue 16).

"The left" and "the far right" name no party, office or person: they lump millions of people
into one actor with one will. A news report says who did something (a party, a group, a named
politician); a writer who says what "the Left" wants, believes or will do, or speaks of "the
radical left's agenda", is generalising about a whole camp in their own voice, the same kind as
"Politicians always promise more than they deliver" (`toolkit.claims.group_generalisations`), and
it counts as a `sweeping_claim`.

Only the camp as the doer is read: "the left" or "the far right" (with at most one word such as
"radical" or "far" between) followed by a verb ("wants", "is", "will", "keeps") or as an owner
("the left's agenda"). Left alone: a direction or a side ("the left lane", "turn to the left",
"the left of the stage"), "left-wing" as an adjective ("the left-wing government"), a camp only
mentioned after a preposition ("votes from the far right decided it"; but "a vehicle for the left's
revolution" still gives the camp an aim of its own), and "the right" without "far", "radical" or the like ("the right
to vote"). Inside someone else's words ("the minister said the left wants chaos") the labeller
marks the cue `reported`, so it counts for the speaker.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Words that name a camp after "the" on their own ("the left", "the far-right").
_CAMPS = frozenset({"left", "far-left", "hard-left", "far-right", "hard-right", "alt-right", "alt-left"})
#: "right" names a camp only after one of these ("the far right"), never alone ("the right to vote").
_RIGHT_AFTER = frozenset({"far", "hard", "radical", "extreme", "religious", "alt", "populist", "christian"})
#: Words that may stand between "the" and "left" ("the radical left", "the loony left").
_LEFT_AFTER = _RIGHT_AFTER | frozenset({"loony", "woke", "progressive", "militant", "liberal", "socialist",
                                        "authoritarian", "illiberal", "modern", "new", "whole", "entire"})
#: Verbs that may follow the camp as its doer, besides any word in "-s" or "-ed" (a rough test).
_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                    "might", "must", "should", "does", "do", "did", "doesn't", "don't", "didn't", "won't",
                    "can't", "isn't", "wasn't", "hasn't", "want", "hate", "love", "never", "always", "only",
                    "also", "now", "just", "still", "simply", "really", "already", "seem", "think", "know",
                    "went", "got", "made", "took", "saw", "knew", "thought", "won", "lost", "sees", "keep"})
#: Nouns after "the left" that make it a side of something, not a camp ("the left lanes", "the left knees").
_SIDES = frozenset({"hands", "sides", "lanes", "banks", "feet", "eyes", "arms", "legs", "wings", "flanks", "turns",
                    "ears", "knees", "shoulders", "columns", "panels", "margins", "corners", "fields", "goalposts"})
#: Words before "the" that make the camp the object of a preposition ("votes from the far right decided"), not the doer.
_PREPOSITIONS = frozenset({"from", "of", "on", "to", "by", "with", "against", "for", "at", "in", "among", "toward",
                           "towards", "over", "about", "between", "into", "onto", "within", "beyond", "behind"})
WHY = ("{text} treats a whole political camp as one actor with one will: a generalisation about millions of "
       "people in the writer's voice, which no one could check.")

#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = frozenset(_CAMPS | {"right"} | {camp + "'s" for camp in _CAMPS | {"right"}})


def political_camp_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `sweeping_claim` cue over "the <camp>" and its verb, when a political camp is the doer or an owner."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(NEEDS) or "the" not in lows:
        return []  # (nearly every sentence)
    for k, token in enumerate(tokens):
        if token.low not in NEEDS:
            continue
        first = _camp_start(tokens, k)
        if first is None:
            continue
        if token.low.endswith("'s"):
            end = token.end  # "the radical left's agenda", "a vehicle for the left's revolution": the camp owns something
        else:
            if first >= 1 and tokens[first - 1].low in _PREPOSITIONS:
                continue  # "votes from the far right decided it": the camp is no doer
            doer = _verb_after(tokens, k)
            if doer is None:
                continue
            end = tokens[doer].end
        words = text[tokens[first].start:end]
        return [make_cue(text, tokens[first].start, end, "certainty", WHY.format(text=quoted(words)),
                         family="sweeping_claim")]
    return []


def _camp_start(tokens: Sequence[Token], k: int) -> int | None:
    """The index of "the" before the camp word at `k` ("the left", "the far right"), or None if it names no camp."""
    head = tokens[k].low.removesuffix("'s")
    before = tokens[k - 1].low if k >= 1 else ""
    if head == "right":
        if before not in _RIGHT_AFTER or k < 2 or tokens[k - 2].low != "the":
            return None
        return k - 2
    if before == "the":
        return k - 1
    if head == "left" and before in _LEFT_AFTER and k >= 2 and tokens[k - 2].low == "the":
        return k - 2
    return None


def _verb_after(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the verb straight after the camp word ("the Left wants"), or None (a side, an object)."""
    if k + 1 >= len(tokens):
        return None
    nxt = tokens[k + 1]
    low = nxt.low
    if not nxt.is_word or nxt.is_capitalised or nxt.has_digit:
        return None
    if low in _VERBS:
        return k + 1
    if low in _SIDES or low.endswith(("ss", "'s")) or len(low) < 4:
        return None
    return k + 1 if low.endswith(("s", "ed")) else None
