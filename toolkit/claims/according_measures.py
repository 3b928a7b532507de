""""According to" that sorts or measures, not one that credits: "according to the number of dollars raised".

"According to" hands a claim to a source ("according to the city clerk", "according to records").
It also means "in proportion to" or "by" ("seats are shared according to the number of votes",
"ranked according to size"), and "as planned" ("the launch went according to plan"). Then the
phrase after it is a count, a measure or a plan, not anyone who could stand behind the claim.

A body of ideas is no speaker either: "according to their doctrine", "according to this logic",
"according to tradition". It says whose way of thinking a step follows; the sentence still
credits no one who could be asked, so the writer's own words around it count as the writer's.
A doctrine "of" someone ("according to the theory of its founder") is left to the usual rules.
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
#: Bodies of ideas: "according to their doctrine", "according to this logic", "according to tradition".
IDEA_NOUNS = frozenset({"doctrine", "doctrines", "creed", "creeds", "ideology", "ideologies", "theory", "theories",
                        "logic", "reasoning", "thinking", "view", "views", "worldview", "tradition", "traditions",
                        "principle", "principles", "philosophy", "dogma", "dogmas", "orthodoxy", "faith",
                        "belief", "beliefs", "gospel", "custom", "customs", "convention", "wisdom", "mindset"})
#: Words that may stand before the measure: "the number of", "their share of", "each one's size".
LEADING_WORDS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "each", "total", "overall",
                           "this", "that", "such", "own", "my", "your"})


def measure_follows(tokens: Sequence[Token], at: int) -> bool:
    """Whether the phrase starting at token `at` (right after "according to") is a measure, a plan or a body of ideas."""
    k = at
    while k < len(tokens) and tokens[k].low in LEADING_WORDS and k - at < 2:
        k += 1
    if k >= len(tokens):
        return False
    word = tokens[k].low
    if word in IDEA_NOUNS:
        return not (k + 1 < len(tokens) and tokens[k + 1].low == "of")  # "the theory of its founder": who?
    if word in PLAN_WORDS:
        return k == at  # "according to plan", not "according to the plan's author"
    return word in MEASURE_NOUNS and k + 1 < len(tokens) and tokens[k + 1].low == "of" or (
        word in MEASURE_NOUNS and k + 1 < len(tokens) and not tokens[k + 1].is_word)
