"""The small rules that find the writer's own cues in a sentence, each tried only where its words are.

Ten rules each look for one shape of the writer's judgment ("would be a mistake", "bulldozed the
plan", "wants to silence", "a throwback to", "Few thought to ask", "no one ... like", "Politicians
always ...", "only cares about", "The Left wants", "is one thing ... another"). Each finds nothing unless the sentence
holds one of a few words, which its module names `NEEDS`; `CUE_RULES` lists the rules in the order the
labeller reads their cues (an earlier cue keeps its words from a later one), and `gated_cues` asks
each rule's words before calling it, so most sentences skip most calls. Rules with no such word test
(`compound_judgment_cues`, whose test is a search) are listed with `None` and always called. A test
checks that each rule finds nothing in a sentence without its words.
"""

from __future__ import annotations

from typing import Callable, Sequence

from toolkit.claims import (characterisations, contrast_frames, force_metaphors, group_generalisations,
                            motive_claims, narrowed_motives, neglect_frames, political_camps, ranking_comparisons,
                            verdict_nouns)
from toolkit.claims.cues import Cue
from toolkit.claims.judgment_compounds import compound_judgment_cues
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

__all__ = ["CUE_RULES", "gated_cues"]

CueRule = Callable[[str, Sequence[Token]], list[Cue]]

#: Each rule, in reading order, with the words one of which a sentence must hold for it to find a cue (None: any).
CUE_RULES: tuple[tuple[CueRule, frozenset[str] | None], ...] = (
    (verdict_nouns.verdict_noun_cues, verdict_nouns.NEEDS),
    (force_metaphors.force_metaphor_cues, force_metaphors.NEEDS),
    (motive_claims.motive_cues, motive_claims.NEEDS),
    (characterisations.characterisation_cues, characterisations.NEEDS),
    (contrast_frames.contrast_frame_cues, contrast_frames.NEEDS),
    (neglect_frames.neglect_cues, neglect_frames.NEEDS),
    (ranking_comparisons.ranking_comparison_cues, ranking_comparisons.NEEDS),
    (group_generalisations.group_generalisation_cues, group_generalisations.NEEDS),
    (narrowed_motives.narrowed_motive_cues, narrowed_motives.NEEDS),
    (political_camps.political_camp_cues, political_camps.NEEDS),
    (compound_judgment_cues, None),
)


def gated_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """The cues of every rule of `CUE_RULES` whose words the sentence holds, in the table's order."""
    words_here = sentence_words(tokens).low_set
    found: list[Cue] = []
    for rule, words in CUE_RULES:
        if words is None or not words.isdisjoint(words_here):
            found.extend(rule(text, tokens))
    return found
