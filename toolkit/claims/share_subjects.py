"""A share of the people asked speaks: "More than half of respondents in the Harbor poll said",
"About 4 in 10 say", "Most of the vulnerable Senate Republicans have said", "Those over 60 say".

Poll stories give the count of those who answered as the subject. The subject reader walks back
from the verb over one phrase, so it finds "the Harbor poll" (the object of "in"), "Senate
Republicans" (the group the share is of), or nothing at all when a word such as "About" or
"Almost" comes first. `share_subject` reads the whole subject instead: from the start of the
clause, past a word of about-ness ("More than", "Almost", "Some"), a share ("half", "78 percent",
"4 in 10", "a majority", "most", "a significant number", "those over 60"), then whatever says
of whom, up to the verb. The source shown is that whole phrase.
"""

from __future__ import annotations

from toolkit.text.tokens import QUOTE_MARKS

#: Words of about-ness before a share ("almost half", "some 78 percent").
APPROXIMATORS = frozenset({"almost", "nearly", "about", "some", "only", "just", "roughly", "around", "over",
                           "under", "barely", "approximately", "fully", "exactly"})
#: Words that only stress the share and are left out of the source shown ("Just 31 percent").
FOCUS_WORDS = frozenset({"just", "only"})
#: Two-word forms of the same ("more than half", "at least a third").
APPROXIMATOR_PAIRS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"),
                                ("just", "over"), ("just", "under"), ("well", "over"), ("a", "little")})
#: Words that are a share on their own ("half", "most", "majorities").
#: ("most", "many", "some" are left to the crowd rules: "many experts say" is a vague source.)
SHARE_HEADS = frozenset({"half", "majorities", "minorities"})
#: Shares written after "a" or "the" ("a third", "a majority", "the majority").
ARTICLE_SHARES = frozenset({"third", "quarter", "fifth", "majority", "minority", "plurality", "handful",
                            "fraction", "number"})
#: Adjectives between "a" and "number" or before "majorities" ("a significant number", "large majorities").
SIZE_WORDS = frozenset({"significant", "large", "small", "growing", "sizable", "sizeable", "substantial",
                        "overwhelming", "slim", "narrow", "clear", "solid", "bare", "majority", "vast", "slight",
                        "strong"})
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty sixty seventy eighty ninety""".split())
#: Tokens that end the clause before a subject.
BOUNDARIES = frozenset({",", ";", ":", "(", "\u2014", "\u2013", "--", "that", "while", "whereas", "because",
                        "although"}) | frozenset(QUOTE_MARKS)
#: Words that may open a sentence before its subject ("And almost half said").
LEADING_JOINERS = frozenset({"and", "but", "yet", "still"})
#: Words after a share that end its subject: a possessive belongs to an object ("supported his call").
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Past participles that say who was asked ("4 in 10 polled", "those surveyed").
ASKED_WORDS = frozenset({"polled", "surveyed", "asked", "questioned", "interviewed", "sampled", "registered",
                         "unaffiliated"})
#: The longest share phrase read (share and of whom), in tokens.
MAX_TOKENS = 16


def _number(token) -> bool:
    return token.text.isdigit() or all(part in NUMBER_WORDS for part in token.low.split("-"))


def _share_end(tokens, h: int) -> int | None:
    """The index after the share that starts at `h`, or None when no share starts there."""
    n = len(tokens)
    low = tokens[h].low
    nxt = tokens[h + 1].low if h + 1 < n else ""
    if _number(tokens[h]) and nxt in ("percent", "%"):
        return h + 2  # "78 percent", "56 %"
    if _number(tokens[h]) and nxt in ("in", "of") and h + 2 < n and _number(tokens[h + 2]):
        return h + 3  # "4 in 10", "one in four", "six of 10"
    if _number(tokens[h]) and nxt == "out" and h + 3 < n and tokens[h + 2].low == "of" and _number(tokens[h + 3]):
        return h + 4  # "two out of three"
    if low.endswith(("-thirds", "-quarters", "-fifths", "-third", "-quarter")):
        return h + 1  # "two-thirds"
    if low in SHARE_HEADS:
        return h + 1
    if low in SIZE_WORDS and nxt == "majorities":
        return h + 2  # "large majorities"
    if low in ("a", "the", "one") and h + 1 < n:
        k = h + 1
        if tokens[k].low in SIZE_WORDS and k + 1 < n:
            k += 1
        if tokens[k].low in ARTICLE_SHARES:
            return k + 1  # "a third", "a significant number", "the majority"
    if low == "those" and nxt in ("over", "under", "older", "younger", "aged") and h + 2 < n:
        k = h + 2 + (tokens[h + 2].low == "than")
        if k < n and _number(tokens[k]):
            return k + 1  # "those over 60", "those older than 65"
    return None


def _share_after(tokens, start: int, limit: int) -> int | None:
    """The end of the share that opens at `start` past a word of about-ness, before `limit`; or None."""
    h = start
    if h + 1 < limit and (tokens[h].low, tokens[h + 1].low) in APPROXIMATOR_PAIRS:
        h += 2
    elif h + 1 < limit and tokens[h].low in APPROXIMATORS:
        h += 1
    end = _share_end(tokens, h) if h < limit else None
    return end if end is not None and end <= limit else None


def opens_with_share(tokens, a: int, b: int) -> bool:
    """Whether the source phrase at tokens [a, b) opens with a share of people ("Almost half", "A
    significant number of Democrats"): it is shown whole, not as the name inside it."""
    return a < b and _may_open_share(tokens[a]) and _share_after(tokens, a, b) is not None


#: Every word a share phrase may open with (besides a number): read first, so most phrases cost one look-up.
SHARE_OPENERS = APPROXIMATORS | FOCUS_WORDS | SHARE_HEADS | SIZE_WORDS | NUMBER_WORDS | frozenset(
    first for first, _ in APPROXIMATOR_PAIRS) | frozenset({"a", "the", "one", "those"})


def _may_open_share(token) -> bool:
    low = token.low
    return low in SHARE_OPENERS or low[:1].isdigit() or "-" in low


def share_subject(s, k: int) -> tuple[int, int, str] | None:
    """(start, end, "described") of a share of the people asked that opens its clause and runs up to
    token `k` (the word before the verb, past any "have already"), or None. `s` is the attribution
    rules' sentence (`tokens`, `first`, `low`)."""
    tokens = s.tokens
    if k < 0 or k >= len(tokens):
        return None
    start = k
    while start - 1 >= 0 and tokens[start - 1].text not in BOUNDARIES and start - 1 >= (s.first or 0) \
            and k - start < MAX_TOKENS:
        start -= 1
    if start - 1 >= 0 and tokens[start - 1].text not in BOUNDARIES and start - 1 >= (s.first or 0):
        return None  # longer than a share phrase: some other clause
    subject_start = start + 1 if start < k and tokens[start].low in LEADING_JOINERS else start
    if not _may_open_share(tokens[subject_start]):
        return None  # the usual case: no share word opens the clause
    if subject_start < k and tokens[subject_start].low in FOCUS_WORDS and \
            (tokens[subject_start].low, tokens[subject_start + 1].low) not in APPROXIMATOR_PAIRS:
        subject_start += 1  # "Just 31 percent of voters said": the share is "31 percent of voters"
    end = _share_after(tokens, subject_start, k + 1)
    if end is None:
        return None
    if any(not t.is_word and t.text not in (".", "%", "-", "/", "'", "\u2019") for t in tokens[end:k + 1]):
        return None
    if any(t.low in POSSESSIVES or (t.low.endswith("ed") and t.low not in ASKED_WORDS and t.text.islower())
           for t in tokens[end:k + 1]):
        return None  # "65 percent of Republicans supported his call": a verb of its own, not a subject
    return subject_start, k + 1, "described"
