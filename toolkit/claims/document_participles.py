"""A document, the act that made it public, and when or where: "A poll released Sunday found ...".

The document frame reads "records released by the clerk show" and "the study found", but a participle
followed by when or where it happened ("released Sunday", "conducted last week", "published Tuesday",
"taken in South Carolina") left the verb out of its reach, so "A Marquette Law School poll released
last week showed ..." credited nobody. Here the participles that make a document public, and the few
words of time or place after them, are read past, up to "by"/"from" and its maker or to the verb.
"""

from __future__ import annotations

from toolkit.text.tokens import word_list

__all__ = ["MAKING_PUBLIC", "PUBLISHING", "RECEIVING", "after_outlet", "outlet_start", "past_publishing"]

#: Participles after which "by X" alone credits the document to X ("records released by the clerk").
MAKING_PUBLIC = frozenset({"released", "published", "obtained", "seen", "reviewed", "compiled", "provided", "issued",
                           "filed"})
#: Participles after which "by X" names who got hold of a document, not who made it: "a memo seen by Reuters",
#: "emails obtained by the Herald", "records reviewed by The Post". The document is the source, shown with them.
RECEIVING = frozenset({"obtained", "seen", "reviewed"})
#: Participles that make a document public or record how it was made; those not in `MAKING_PUBLIC` count only
#: with a verb after them ("A poll conducted last week found"), not with "by X" alone ("documents leaked from").
PUBLISHING = MAKING_PUBLIC | frozenset({"conducted", "taken", "sent", "posted", "unveiled", "circulated", "leaked"})
#: Words of time after such a participle: "released last week", "published earlier this month".
TIME_WORDS = frozenset({"last", "this", "earlier", "late", "early", "week", "month", "year", "weekend", "night",
                        "morning", "evening", "afternoon", "today", "yesterday", "on", "in", "recently", "friday's"})
#: The most words of time or place read past.
REACH = 5


def past_publishing(s, k: int) -> int:
    """The token after a publishing participle at `k` and the words of time or place that follow it
    ("released last week", "taken in South Carolina"), stopping before "by", "from" or anything else;
    `k` itself when token `k` is no such participle. `s` is the attribution rules' sentence."""
    if s.low(k) not in PUBLISHING:
        return k
    months_days = word_list("time_words").words
    m = k + 1
    while m < len(s.tokens) and m - k <= REACH and (
            s.low(m) in TIME_WORDS or s.low(m) in months_days or s.tokens[m].has_digit
            or (s.name(m) and m > k + 1 and s.low(m - 1) in ("in", "on") or (s.name(m) and s.name(m - 1) and m > k + 2))):
        m += 1
    if m < len(s.tokens) and s.low(m - 1) in ("in", "on"):
        m -= 1  # "released in", with no place or day after it: not read past
    return m


#: Nouns for where a study is published, read past after "published in the": "the journal Nature".
OUTLET_NOUNS = frozenset({"journal", "magazine", "newspaper", "review", "bulletin"})


def outlet_start(s, a: int) -> bool:
    """Whether the phrase at token `a` is where a document came out, after "published in" ("A study published in
    the journal Nature suggests"): the outlet only printed it, so it is no speaker of the verb after it."""
    m = a if s.low(a) == "the" else a - 1
    if m >= 0 and s.low(m) in OUTLET_NOUNS:
        m -= 1
    if m >= 0 and s.low(m) == "the":
        m -= 1
    if m < 1 or s.low(m) != "in":
        return False
    months_days = word_list("time_words").words
    m -= 1
    while m > 0 and a - m <= REACH + 3 and (s.low(m) in TIME_WORDS or s.low(m) in months_days):
        m -= 1  # "published Tuesday in the Lancet"
    return s.low(m) == "published"


def after_outlet(s, k: int, phrase_at) -> int:
    """The token after "in <outlet>" at token `k` following "published" ("published in the journal Nature"),
    `k` itself when there is none there. `phrase_at(s, i)` reads the outlet's phrase from token `i`."""
    if k < 1 or s.low(k) != "in" or not outlet_start(s, k + 1):
        return k
    m = k + 1
    if s.low(m) == "the":
        m += 1
    if s.low(m) in OUTLET_NOUNS:
        m += 1
    outlet = phrase_at(s, m)
    return outlet[1] if outlet is not None else k
