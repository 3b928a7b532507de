""""According to" that sorts or measures, not one that credits: "according to the number of dollars raised".

"According to" hands a claim to a source ("according to the city clerk", "according to records").
It also means "in proportion to" or "by" ("seats are shared according to the number of votes",
"ranked according to size"), and "as planned" ("the launch went according to plan"). Then the
phrase after it is a count, a measure or a plan, not anyone who could stand behind the claim.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Nouns of count and measure: "the number of", "the size of", "their share of".
MEASURE_NOUNS = frozenset({"number", "numbers", "amount", "amounts", "size", "sizes", "share", "shares", "level",
                           "levels", "rate", "rates", "percentage", "proportion", "count", "total", "totals",
                           "degree", "order", "value", "volume", "weight", "length", "height", "age", "ages",
                           "population", "scale", "frequency", "quantity", "sum", "score", "scores", "rank"})
#: What "according to" means "as planned" with: "went according to plan".
PLAN_WORDS = frozenset({"plan", "schedule", "script"})
#: Words that may stand before the measure: "the number of", "their share of", "each one's size".
LEADING_WORDS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "each", "total", "overall"})


def measure_follows(tokens: Sequence[Token], at: int) -> bool:
    """Whether the phrase starting at token `at` (right after "according to") is a measure or a plan."""
    k = at
    while k < len(tokens) and tokens[k].low in LEADING_WORDS and k - at < 2:
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].low
    if word in PLAN_WORDS:
        return k == at  # "according to plan", not "according to the plan's author"
    return word in MEASURE_NOUNS and k + 1 < len(tokens) and tokens[k + 1].low == "of" or (
        word in MEASURE_NOUNS and k + 1 < len(tokens) and not tokens[k + 1].is_word)
