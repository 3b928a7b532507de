"""Frames that argue by contrast: "The fee is one thing; the closure is another", "What matters is ..." (issue 16).

Two shapes of the writer setting one thing against another to make a point:

- "X is one thing; Y is another" and "It is one thing to X, (but) quite another to Y": the sentence
  reports nothing; it tells the reader that two things the reader might lump together differ, which
  is the writer's argument (on `train_en` the one such sentence is subjective);
- "What matters is ...", "What really counts is ...", "All that matters is ...": the writer ranking
  what is important, which a reader can dispute.

Left alone: "one thing" with no "another" after it ("one thing is certain" is another rule's, and
"They did one thing well" reports), and "what matters" after a speaker ("She said what matters is
...": the labeller marks a cue in reported words `reported`, so it does not count).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, first_word_index

#: Forms of "be" before "one thing" ("is one thing", "it's one thing").
_BE = frozenset({"is", "are", "was", "were", "be", "'s", "it's", "that's"})
#: Verbs of importance after "what" ("What matters is", "What counts is").
_IMPORTANCE = frozenset({"matters", "counts", "mattered", "counted"})
#: Words between "what" and its verb ("What really matters", "What truly counts").
_BETWEEN = frozenset({"really", "truly", "actually", "ultimately", "finally", "most", "all", "that", "else"})
ONE_THING_WHY = ("{text} sets two things against each other (one thing ... another): the writer's argument "
                 "that they differ, not a report.")
MATTERS_WHY = ("{text} ranks what is important: the writer's judgment of what counts, which a reader can "
               "dispute.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = frozenset({"another"}) | _IMPORTANCE


def contrast_frame_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `contrast_frame` cue for "is one thing ... another" or an opening "What matters is", at most one."""
    lows = sentence_words(tokens).low_set
    if "another" in lows and "thing" in lows:
        cue = _one_thing(text, tokens)
        if cue is not None:
            return [cue]
    if not lows.isdisjoint(_IMPORTANCE):
        cue = _what_matters(text, tokens)
        if cue is not None:
            return [cue]
    return []


def _one_thing(text: str, tokens: Sequence[Token]) -> Cue | None:
    for k in range(1, len(tokens) - 1):
        if tokens[k].low != "one" or tokens[k + 1].low != "thing" or tokens[k - 1].low not in _BE:
            continue
        if not any(t.low == "another" for t in tokens[k + 2:]):
            return None
        words = text[tokens[k - 1].start:tokens[k + 1].end]
        return make_cue(text, tokens[k - 1].start, tokens[k + 1].end, "interpretation",
                        ONE_THING_WHY.format(text=quoted(words)), family="contrast_frame")
    return None


def _what_matters(text: str, tokens: Sequence[Token]) -> Cue | None:
    first = first_word_index(tokens)
    if first is None:
        return None
    k = first
    if tokens[k].low == "all" and k + 1 < len(tokens) and tokens[k + 1].low == "that":
        k += 2  # "All that matters is"
    elif tokens[k].low == "what":
        k += 1
    else:
        return None
    while k < len(tokens) and tokens[k].low in _BETWEEN and k - first <= 3:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].low not in _IMPORTANCE:
        return None
    m = k + 1
    if m < len(tokens) and tokens[m].low == "most":
        m += 1
    if m >= len(tokens) or tokens[m].low not in ("is", "are", "was", "here", "now"):
        return None
    words = text[tokens[first].start:tokens[k].end]
    return make_cue(text, tokens[first].start, tokens[k].end, "interpretation", MATTERS_WHY.format(text=quoted(words)),
                    family="contrast_frame")
