"""A verdict noun as what something *is*: "The bridge was a mistake", "The reform is a step backwards" (issue 16).

"mistake", "blunder", "failure", "success" name no group and carry no loaded charge, so no word list
flags them; in a report they mostly stand in someone's words ("the minister called it a mistake").
Said in the writer's own voice as what the subject is ("The fee was a mistake", "It would be a
blunder to ..."), the noun is the whole claim and it is a verdict: whether something was a mistake
or a success is a judgment a reader can dispute, not a detail to check.

The rule: one of the verdict nouns below, after "a" or "an" (with at most two grading words between,
"a costly mistake", "a resounding success"), after a form of "be" ("is", "was", "would be") with at
most a few words between (`toolkit.claims.verdict_predicates`). Left alone: the noun followed by
"of" ("a failure of the pump", "a success of the season's first half": a thing that broke or a part
of something), and any other place in the sentence ("after the failure, the board met").
Inside someone else's words the labeller marks the cue `reported`, so it does not count.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.verdict_predicates import is_verdict_predicate
from toolkit.text.tokens import Token

#: Nouns that pass a verdict on what the subject is (one word, or the last word of a phrase below).
VERDICT_NOUNS = frozenset({"mistake", "blunder", "misstep", "failure", "success", "triumph", "flop", "misjudgment",
                           "misjudgement", "miscalculation", "disappointment", "letdown", "godsend", "masterstroke",
                           "non-starter", "nonstarter", "no-brainer"})
#: Two-word verdicts ("an own goal", "a step backwards").
VERDICT_PAIRS = frozenset({("own", "goal"), ("step", "backwards"), ("step", "backward"), ("step", "forward"),
                           ("wrong", "turn")})
#: The second words of `VERDICT_PAIRS`: a sentence holding none of them and no verdict noun holds no verdict.
_PAIR_SECONDS = frozenset(second for _, second in VERDICT_PAIRS)
#: Grading words that may stand between the article and the noun ("a costly mistake").
_GRADES = frozenset({"big", "huge", "grave", "serious", "costly", "terrible", "major", "strategic", "historic",
                     "colossal", "complete", "total", "resounding", "spectacular", "qualified", "partial", "great",
                     "real", "genuine", "clear", "welcome", "bold", "badly-needed", "much-needed", "rare", "tragic",
                     "fatal", "political", "policy"})
#: "be" after one of these is the copula of a guess or a warning ("It would be a mistake to ...").
_MODALS = frozenset({"would", "will", "could", "might", "may", "must", "to", "can"})
#: Words that mean the noun names a thing or a part, not a verdict ("a failure of the pump").
_AFTER_NOT = frozenset({"of", "rate", "rates"})
WHY = ("{text} says what something is by passing a verdict on it (a mistake, a failure, a success): "
       "whether it was one is the writer's judgment, which a reader can dispute.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = VERDICT_NOUNS | _PAIR_SECONDS


def verdict_noun_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `verdict_noun` cue over "a ... mistake" after a form of "be", at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(VERDICT_NOUNS) and lows.isdisjoint(_PAIR_SECONDS):
        return []  # (most sentences: no verdict noun at all)
    for k, token in enumerate(tokens):
        end = k
        if token.low not in VERDICT_NOUNS:
            if k + 1 < len(tokens) and (token.low, tokens[k + 1].low) in VERDICT_PAIRS:
                end = k + 1
            else:
                continue
        if end + 1 < len(tokens) and tokens[end + 1].low in _AFTER_NOT:
            continue
        m = k - 1
        while m >= 0 and k - m <= 2 and tokens[m].low in _GRADES:
            m -= 1
        if m < 0 or tokens[m].low not in ("a", "an"):
            continue
        if not (is_verdict_predicate(tokens, tokens[m].start) or _after_modal_be(tokens, m)):
            continue
        span = text[tokens[m].start:tokens[end].end]
        return [make_cue(text, tokens[m].start, tokens[end].end, "evaluative", WHY.format(text=quoted(span)),
                         family="verdict_noun")]
    return []


def _after_modal_be(tokens: Sequence[Token], m: int) -> bool:
    """ "would be a mistake", "to be a success": "be" after a modal or "to", right before the article at `m`."""
    return m >= 2 and tokens[m - 1].low == "be" and tokens[m - 2].low in _MODALS
