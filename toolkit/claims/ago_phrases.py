"""A span of time counted back between a subject and its verb: "The ministry less than a week ago said".

The frame reader steps back from a verb of saying over what may stand between it and its subject
("in a statement", "also", an aside between dashes). A phrase ending in "ago" was not among them, so
the words "a week ago" were taken for a described speaker. The phrase is read back from "ago" over a
count, its unit and a few words of measure ("less than", "about", "just over"), and skipped.
"""

from __future__ import annotations

#: Units of time a count before "ago" is made of ("two weeks ago", "a decade ago").
TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years", "decade", "decades", "while"})
#: Words of count and measure that may stand before the unit ("less than a week", "just over two years").
COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                         "eleven", "twelve", "few", "several", "couple", "of", "less", "more", "than", "about",
                         "just", "only", "over", "under", "nearly", "almost", "some", "roughly", "barely"})


def ago_phrase_start(tokens, k: int) -> int | None:
    """Where a span of time ending in "ago" at token `k` begins ("less than a week ago": at "less"),
    or None when token `k` is no such "ago" (a unit must come right before it)."""
    if k < 1 or tokens[k].low != "ago" or tokens[k - 1].low not in TIME_UNITS:
        return None
    i = k - 1
    while i - 1 >= 0 and k - i < 6 and (tokens[i - 1].low in COUNT_WORDS or tokens[i - 1].has_digit):
        i -= 1
    return i if i < k - 1 else None
