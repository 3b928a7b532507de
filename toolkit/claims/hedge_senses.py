"""Hedge and weasel words used to report, not to doubt: "four times as likely", "allegedly", "a growing number of" (issue 16).

The word lists of `toolkit.claims.cues` read "likely" and "allegedly" as hedges (the writer casting
doubt without saying who doubts) and "a growing number" as weasel words (a crowd nobody could
ask). Each has a sense in news writing that reports something checkable instead, told apart by
the words around it:

- "likely" in a comparison of rates between groups ("Renters are twice as likely to move",
  "were 30 percent more likely to", "older drivers are less likely than"): a measured rate, as
  checkable as the figure behind it, not the writer's guess. It counts only with a multiplier
  before the comparison ("times", "percent", "twice") or a plural "are" / "were" just before it,
  and with "to", "than" or "as" after it. "He is more likely to win", "more likely than not" and
  "makes it more likely that" are guesses about one event and stay hedges;
- "allegedly": the news convention for a charge not yet proven ("the man who allegedly stole
  the van"). It hands the claim to the accusers, as "reportedly" hands it to a report: the writer
  is careful, not doubtful. (PolNeAR counts it as an attribution cue; "supposedly", "apparently"
  and "purportedly" stay hedges.);
- "a growing number of" before people or things that do not speak ("a growing number of
  farmers switching to oats", "reported a growing number of threats"): a counted trend. When a
  verb of saying, believing or stance follows in the same clause ("a growing number of doctors
  say"), it is still the vague crowd whose view the writer borrows, and stays a weasel cue.

`reporting_sense` says whether a word-list match is such a use, so that it makes no cue.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from toolkit.text.tokens import Token, reporting_verbs, word_list

#: Words just before "likely" that make it a comparison.
COMPARATIVES = frozenset({"more", "less", "as"})
#: Words just after the comparison that finish it ("more likely to", "less likely than", "as likely as").
COMPARISON_ENDS = frozenset({"to", "than", "as"})
#: A multiplier before the comparison: "three times as likely", "40 percent more likely", "twice as likely".
MULTIPLIERS = frozenset({"times", "percent", "per", "%", "twice", "half"})
#: A plural verb just before the comparison: a rate of a group ("women are more likely").
PLURAL_BE = frozenset({"are", "were"})
#: How far back a multiplier or a plural verb may stand ("were around four times as likely").
LOOK_BACK = 5
#: How far into the clause a verb of saying or believing may stand after "a growing number of ...".
CLAUSE_REACH = 12
#: Marks that end a clause.
CLAUSE_ENDS = frozenset({",", ".", ";", ":", "?", "!", "—", "–"})
#: The words this module can release: a sentence without them is not looked at further.
FIRST_WORDS = frozenset({"likely", "allegedly", "a"})


@lru_cache(maxsize=1)
def _view_verbs() -> frozenset[str]:
    """Verbs by which a crowd speaks or holds a view ("say", "believe", "see"), from the shared lists."""
    return reporting_verbs() | word_list("belief_verbs").words | word_list("stance_verbs").words


def reporting_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the hedge or weasel match `tokens[i:j]` reports (a rate, a charge, a trend) rather than doubts."""
    first = tokens[i].low
    if first not in FIRST_WORDS:
        return False
    if first == "allegedly":
        return j - i == 1
    if first == "likely":
        return j - i == 1 and _rate_comparison(tokens, i)
    return j - i == 3 and tokens[i + 1].low == "growing" and tokens[i + 2].low == "number" and \
        not _crowd_speaks(tokens, j)


def _rate_comparison(tokens: Sequence[Token], i: int) -> bool:
    """ "were four times as likely to", "are more likely than": a rate compared between groups."""
    if i == 0 or tokens[i - 1].low not in COMPARATIVES:
        return False
    after = [t.low for t in tokens[i + 1:i + 3]]
    if not after or after[0] not in COMPARISON_ENDS or after == ["than", "not"]:
        return False  # "more likely that ...", "more likely than not": a guess about one event
    before = [t.low for t in tokens[max(0, i - 1 - LOOK_BACK):i - 1]]
    return any(w in MULTIPLIERS or w in PLURAL_BE or w.endswith("%") for w in before)


def _crowd_speaks(tokens: Sequence[Token], j: int) -> bool:
    """Whether a verb of saying, believing or stance follows in the clause: "a growing number of experts say"."""
    verbs = _view_verbs()
    for token in tokens[j:j + CLAUSE_REACH]:
        low = token.low
        if low in CLAUSE_ENDS:
            return False
        if low in verbs:
            return True
    return False
