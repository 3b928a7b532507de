"""How a student who applies lesson 5's printed rules sorts a sentence, with the lessons' tools.

The student tries the rules in `reading_rules.yaml`'s sorting order and lets the first that fits
decide. Where a rule needs an eye for a kind of words, the student uses what the lessons show: the
non-claim lines, who is speaking, the reasons behind a label ("why this label?"), the loaded-language
highlighter, and the rule's own `look_for` words. Drafted keys give this reading full credit, so a
student who follows the lessons is never marked wrong by a draft, even where the toolkit's own
weighing (a lone hedge does not flip a sentence) reads the sentence another way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolkit.claims.reading_rules import ReadingRule, looks_for, sorting_order

#: The toolkit's reasons that say the writer judges, accuses, interprets, advises or talks to you.
JUDGING_FAMILIES = frozenset({"evaluative", "interpretation", "certainty", "imperative", "second_person",
                              "question", "exclamation", "modal_prescription", "stance_adverbs", "first_person",
                              "first_person_plural",
                              # the eighth round's judging shapes: a verdict put first, a verdict noun, force done
                              # to an idea, someone failing to see, a harmful motive read into someone
                              "fronted_verdict", "verdict_noun", "force_metaphor", "blind_spots", "motive_claim",
                              # the earlier rounds' word lists and shapes by which the writer judges or advises
                              "judgment_adjectives", "judgment_adverbs", "judgment_idioms", "judgment_nouns",
                              "judgment_verbs", "judgment_ranking", "comment_frame", "excess_degree", "figurative",
                              "sarcasm_markers", "verbless_comment", "deontic_frame", "rhetorical_question",
                              # the ninth round's: filing something under another name ("is a revival of"),
                              # an argument by contrast ("is one thing; ... another", "What matters is")
                              "characterisation", "contrast_frame"})


@dataclass(frozen=True)
class TaughtReading:
    """The rule that decides a sentence for the rule-following student, and the label it gives."""

    rule: ReadingRule
    label: str


def _fits(rule: ReadingRule, seen: Any) -> bool:
    own = [c for c in seen.cues if not c.reported]
    if rule.id == "no-claim":
        return any(c.kind == "no_claim" for c in own)
    if rule.id in ("credited-is-attributed", "unnamed-report"):
        return seen.label == "attributed"
    if rule.id == "judging-is-opinion":
        return any(c.family in JUDGING_FAMILIES for c in own)
    if rule.id == "loaded-word-in-a-fact":
        return any(c.family == "loaded" for c in own)
    if rule.id == "fact-means-checkable":
        return True
    return bool(looks_for(rule, seen.text))


def taught_reading(seen: Any) -> TaughtReading:
    """The first rule in sorting order that fits the toolkit's view of a sentence (`SentenceLabel`)."""
    for rule in sorting_order():
        if _fits(rule, seen):
            label = rule.label or "fact"
            if rule.id == "loaded-word-in-a-fact":
                loaded = [c for c in seen.cues if c.family == "loaded" and not c.reported]
                label = "opinion" if len(loaded) >= 2 else "fact"  # nothing checkable left without them
            return TaughtReading(rule, label)
    raise ValueError("the sorting order ends with fact-means-checkable, which always fits")
