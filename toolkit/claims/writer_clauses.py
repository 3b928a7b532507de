"""The writer's own clause after a report: "X declared it a mission, but in practice it was a slogan".

A reporting frame hands over the words after it, up to the end of the sentence. When the writer
turns from the report with a contrasting "but" or "yet" after a comma or semicolon, and what
follows is not a speaker going on ("but added that ...", "but he warned ...", "but that ...", "but
the council disagreed"), the clause after the turn is the writer's own comment on what was reported:
its judgment words count for the writer, as they would in a sentence of its own. (Whether they
outweigh the attribution is still decided by the labeller's usual bar.) After a dash, "and" turns the
same way: "investors felt confident they understood the market \u2013 and the market was left in the
doldrums" adds the writer's own sequel, under the same tests.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, word_list

#: Words that turn from the report to the writer's comment, after a comma or a semicolon.
_TURNS = frozenset({"but", "yet"})
_BREAKS = frozenset({",", ";", "\u2014", "\u2013"})
#: Dashes, after which "and" turns to the writer's aside too ("... felt confident \u2013 and the market slumped").
_DASHES = frozenset({"\u2014", "\u2013"})
#: Words right after the turn that show the speaker is still speaking ("but that they opposed ...").
_CONTINUING = frozenset({"that", "also", "added", "adds", "not", "only", "insisted", "stressed", "warned", "noted",
                         "conceded", "acknowledged", "admitted", "cautioned", "said", "says"})
#: Verbs of saying, seeing and believing: one of them in the first words after the turn means a speaker goes on.
_SPEAKING_LISTS = ("reporting_verbs", "reporting_verbs_weak", "stance_verbs", "belief_verbs")


def writer_clause_start(tokens: Sequence[Token], frame_end: int, quotes: Sequence[tuple[int, int]]) -> int | None:
    """Where the writer's own clause starts after a report ending its frame at `frame_end`, or None."""
    low_set = sentence_words(tokens).low_set
    if _TURNS.isdisjoint(low_set) and _DASHES.isdisjoint(low_set):
        return None  # no "but" or "yet", and no dash for an "and" to follow: no turn (one set test, most sentences)
    verbs = [word_list(name) for name in _SPEAKING_LISTS]
    for k in range(1, len(tokens) - 2):
        token = tokens[k]
        if token.start < frame_end or tokens[k - 1].text not in _BREAKS:
            continue
        if token.low not in _TURNS and not (token.low == "and" and tokens[k - 1].text in _DASHES):
            continue
        if any(s < token.start < e for s, e in quotes):
            continue
        after = [t.low for t in tokens[k + 1:k + 6] if t.is_word]
        if not after or after[0] in _CONTINUING:
            continue
        if any(word in words for word in after for words in verbs):
            continue  # "but she praised ...", "but the council disagreed": someone else speaks on
        return token.start
    return None
