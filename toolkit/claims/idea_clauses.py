"""Ideas a sentence describes: "the idea that companies should serve society" (issue 16).

A clause that spells out an idea, a view or a proposal ("the notion that taxes must fall", "the
suggestion that it will pay") gives the content of that idea, not the writer's own verdict: the
"should" belongs to the idea, as it would to a speaker's quotation. The writer may still judge
the idea in their own words around it ("the absurd idea that ..."), and those words count.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Nouns of thought and proposal whose "that"-clause is their content.
IDEA_NOUNS = frozenset({"idea", "notion", "view", "belief", "claim", "suggestion", "argument", "theory", "premise",
                        "assumption", "proposal", "principle", "doctrine", "conviction", "contention", "thesis"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "their", "his", "her", "its", "our", "whose"})
#: Marks that end the idea's clause: what follows is the writer's again.
_CLAUSE_ENDS = frozenset({";", ":", "\u2014", "\u2013", "(", ")"})


def idea_clauses(text: str, tokens: Sequence[Token]) -> list[tuple[Cue, tuple[int, int]]]:
    """Each idea's "that"-clause: a cue on the noun and "that" saying why, and the clause's span (after "that").

    Opinion cues inside the span are the idea's, not the writer's: the labeller counts them as reported.
    """
    found: list[tuple[Cue, tuple[int, int]]] = []
    low_set = sentence_words(tokens).low_set
    if "that" not in low_set or IDEA_NOUNS.isdisjoint(low_set):
        return found  # no idea noun, or no "that": no clause to find
    for i in range(1, len(tokens) - 2):
        if tokens[i].low not in IDEA_NOUNS or tokens[i + 1].low != "that":
            continue
        if not any(t.low in _DETERMINERS for t in tokens[max(0, i - 3):i]):
            continue  # "the idea that", "a widely held view that"; not "in view that"
        end = len(tokens)
        for k in range(i + 2, len(tokens)):
            if tokens[k].text in _CLAUSE_ENDS:
                end = k
                break
        if end <= i + 2:
            continue
        clause = text[tokens[i + 2].start:tokens[end - 1].end]
        cue = make_cue(text, tokens[i].start, tokens[i + 1].end, "plain",
                       f"{quoted(text[tokens[i].start:tokens[i + 1].end])} introduces the content of an idea "
                       f"({quoted(clause[:60])}): any \u201cshould\u201d or judgment inside it belongs to the idea "
                       "described, not to the writer.", family="described_idea")
        found.append((cue, (tokens[i + 2].start, tokens[end - 1].end)))
    return found
