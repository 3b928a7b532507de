"""A speaker who makes a stance known, with the stance as the verb's object: "Ruiz stated her opposition to the levy",
"The pilots voiced their support for the pier", "Okafor reiterated his belief that ...", "offered his thoughts on".

"state" and "declare" frame someone's words only before "that", a quotation or a colon ("the state", "declared
bankruptcy"), and "voiced", "expressed", "reiterated", "signaled", "offered", "shared", "posted", "aired" are on no
reporting list. Followed by a
possessive or determiner and a noun that names a position taken ("her opposition", "their approval", "any
preferences", "his intention to run", "a desire to ..."), or, after "expressed", "voiced", "signaled",
"reiterated" or "reaffirmed", by the stance noun alone ("expressed concern that", "voiced cautious optimism",
"signaled support for"), each reports what the subject made known in words:
PolNeAR marks every such sentence on train that has a subject. The subject is credited; read only when no frame
found an attribution.

Not read: another object ("declared bankruptcy", "stated the obvious", "voiced the ads": no stance noun), the
writer ("I stated my position"), and a noun of place before the verb ("the state the support it needed": the
state is a noun there, `toolkit.claims.verb_look_alikes`).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, read_sentence
from toolkit.claims.attribution_model import DETERMINERS
from toolkit.claims.called_names import adjacent_subject
from toolkit.claims.purpose_infinitives import credit
from toolkit.claims.refused_words import credit_subject_before
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.verb_look_alikes import saying_look_alike
from toolkit.text.tokens import Token

#: Verbs that make a stance known when the stance is their object.
STATING = frozenset({
    "state", "states", "stated", "stating", "declare", "declares", "declared", "declaring", "restate", "restated",
    "restates", "voice", "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing",
    "reiterate", "reiterates", "reiterated", "reiterating", "reaffirm", "reaffirms", "reaffirmed", "reaffirming",
    "signal", "signals", "signaled", "signalled", "signaling", "signalling", "offer", "offers", "offered",
    "offering", "share", "shares", "shared", "sharing", "post", "posts", "posted", "posting", "air", "airs", "aired",
    "outline", "outlines", "outlined", "outlining",
})
#: Words that open the object: a possessive or a determiner ("her opposition", "any preferences", "a desire").
OPENERS = frozenset({"his", "her", "their", "its", "our", "any", "a", "an", "some", "the", "no", "strong", "full"})
#: Nouns that name a position taken, a wish or a reason given.
STANCES = frozenset({
    "interest", "intention", "intentions", "intent", "approval", "disapproval", "allegiance", "preference",
    "preferences", "support", "opposition", "position", "positions", "reason", "reasons", "view", "views",
    "concern", "concerns", "objection", "objections", "candidacy", "displeasure", "frustration", "belief",
    "commitment", "desire", "willingness", "innocence", "loyalty", "neutrality", "disagreement", "agreement",
    "hope", "hopes", "dismay", "anger", "outrage", "disappointment", "skepticism", "scepticism", "doubt", "doubts",
    "reservations", "confidence", "regret", "regrets", "stance", "wish", "unwillingness", "sympathy", "gratitude",
    "thanks", "condolences", "endorsement", "solidarity", "determination", "readiness", "openness", "thoughts",
    "opinion", "opinions", "optimism", "pessimism", "alarm", "surprise", "unease",
})
#: Verbs whose stance noun may follow with no opener: "expressed concern", "voiced cautious optimism", "signaled
#: support for".
BARE_STATING = frozenset({"voice", "voices", "voiced", "voicing", "express", "expresses", "expressed", "expressing",
                          "signal", "signals", "signaled", "signalled", "signaling", "signalling", "reiterate",
                          "reiterates", "reiterated", "reiterating", "reaffirm", "reaffirms", "reaffirmed",
                          "reaffirming"})
#: The most words of a subject running from the sentence's start straight into a bare "expressed concern".
MOST_PLAIN_SUBJECT = 5
#: Words allowed between the opener and the stance noun: "their full support", "a deep regret".
MODIFIERS = frozenset({"own", "strong", "full", "firm", "clear", "deep", "continued", "unwavering", "personal",
                       "public", "strongest", "growing", "renewed", "early", "qualified", "total", "general",
                       "particular", "cautious", "similar", "serious", "grave", "some", "mixed"})


def add_stated_stances(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                       start: int, end: int, book: NameBook) -> Found:
    """`found` with a stance made known ("stated her opposition to") credited to the subject, when no frame found
    an attribution."""
    words_here = sentence_words(tokens).low_set
    if found.attributions or STATING.isdisjoint(words_here) or STANCES.isdisjoint(words_here):
        return found  # (most sentences: no such verb, or no stance for it to make known)
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 1, len(s.tokens) - 2):
        if s.low(k) not in STATING or s.in_quote(k) or not s.tokens[k].text.islower():
            continue
        noun = _stance_after(s.tokens, k)
        if noun is None or (s.low(k) in ("state", "states") and saying_look_alike(s.tokens, k, k + 1)):
            continue
        frame, opens = (s.tokens[k].start, s.tokens[noun].end), min(noun + 1, len(s.tokens) - 1)
        if s.low(k + 1) not in OPENERS:  # "expressed concern": the subject must stand right before the verb
            if s.low(k - 1) in DETERMINERS or s.low(k - 1) == "to":
                continue  # "the expressed preferences", "an action to signal interest": no one makes it known
            subject = adjacent_subject(s, first, k)
            if subject is not None:
                return Found((credit(s, subject, frame, opens, book),), found.cues)
            if k - first > MOST_PLAIN_SUBJECT or not all(s.tokens[m].is_word for m in range(first, k)):
                continue  # (a short run of words from the sentence's start is the subject: "The harbor master")
        credited = credit_subject_before(s, first, k, frame, opens, book, found)
        if credited is not None:
            return credited
    return found


def _stance_after(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the stance noun that is the object of the verb at `k` ("stated her [opposition]"), or None."""
    m = k + 1
    if m >= len(tokens):
        return None
    if tokens[m].low in OPENERS:
        m += 1
    elif tokens[k].low not in BARE_STATING:
        return None  # "the state support for schools": a bare noun after "state" is no stance made known
    while m < len(tokens) and m <= k + 3 and tokens[m].low in MODIFIERS:
        m += 1
    if m < len(tokens) and tokens[m].low in STANCES:
        return m
    return None
