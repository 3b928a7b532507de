"""Date clues in an article's own text: full dates, days and months, weekdays, years and anniversaries.

An article that shows no date can still be dated from inside: a caption's date, an event
"expected" on a day, "Monday", "in October", "the 71st anniversary". `date_clues` finds them
with their offsets and place on the page, so a lesson can show them and students reason from
them (what is before, what is after) instead of being told a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.article.model import Article

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
#: The kinds of clue, most precise first; each pattern is tried in this order and overlaps are dropped.
PATTERNS = (
    ("full date", rf"\b(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}\b|\b\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}\b"),
    ("day and month", rf"\b(?:{MONTHS})\s+\d{{1,2}}\b(?!,?\s*\d{{4}})"),
    ("anniversary", r"\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\b"),
    ("month", rf"\bin\s+(?:{MONTHS})\b"),
    ("weekday", rf"\b(?:{WEEKDAYS})\b"),
    ("year", r"\b(?:19|20)\d{2}\b"),
)
WHY = {
    "full date": "a date in full: the event it names happened then",
    "day and month": "a day with no year: find the year from another clue",
    "anniversary": "an anniversary: count from the event to find the year",
    "month": "a month with no year: probably the most recent one before the story",
    "weekday": "a weekday: the story was written within a week of it",
    "year": "a year on its own",
}


@dataclass(frozen=True)
class DateClue:
    """A date clue: where it is (offsets into the article's text, and the place in words), its kind and why it helps."""

    start: int
    end: int
    text: str
    kind: str
    place: str
    why: str


def date_clues(article: Article) -> list[DateClue]:
    """Every date clue of the article, in reading order (a span matched by a more precise kind is not repeated)."""
    from toolkit.article.places import place_of

    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in PATTERNS:
        for match in re.finditer(pattern, article.text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append(DateClue(start, end, match.group(0), kind, place_of(article, start), WHY[kind]))
    return sorted(found, key=lambda clue: clue.start)
