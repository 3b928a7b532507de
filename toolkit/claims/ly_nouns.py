"""Words ending in -ly that are nouns, not adverbs: "the family said", "a lawyer for the family said".

Frame readers step over an adverb between a subject and its verb ("Ana Ruiz quietly said") and stop a
described speaker at one ("..., said the organiser firmly"). They told an adverb by its -ly ending, so
"the family" lost its head noun: '"We will win," the family said.' had no subject at all, and the
quotation was left as the writer's scare quote. A listed title or body word ending in -ly, or after
an inverted verb a -ly word closing a phrase that a determiner opens, is the phrase's head noun.
"""

from __future__ import annotations

from toolkit.claims.attribution_model import DETERMINERS


def ly_noun(s, k: int, before_verb: bool = False) -> bool:
    """Whether token `k` of the read sentence `s` ends in -ly and is a noun ("the family", "his
    family", a listed body word), not an adverb ("quietly", "later") nor an adjective before its noun
    ("an early tweet", "the only reporter"). `before_verb`: the caller knows a verb comes next."""
    if k < 0 or k >= len(s.tokens) or not s.low(k).endswith("ly"):
        return False
    if not before_verb and k + 1 < len(s.tokens) and s.tokens[k + 1].is_word and s.tokens[k + 1].text.islower():
        return False  # "an early tweet": the -ly word describes the noun after it
    if s.noun(k):
        return True  # "the family", "the assembly": a listed body word
    # "..., said the family": a determiner, then the -ly word closing the phrase. Before a verb that
    # is not enough ("An early tweet quoted ...": "tweet" is the noun there).
    return not before_verb and k > 0 and s.low(k - 1) in DETERMINERS
