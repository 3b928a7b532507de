"""Sources described by what they know: "officials familiar with the talks", "people briefed on the move".

Unnamed sources are often told apart only by the phrase after their noun: "a source close to the
campaign" is not just "a source", and in "People briefed on the move said" the speaker is "People",
not "the move" that stands next to the verb. A subject found next to a verb of saying is widened
here over such a phrase, in either direction, so the source shown is the whole description.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: The words that tie a described source to what it knows, each with the word that follows it.
KNOWING_LINKS: tuple[tuple[str, ...], ...] = (
    ("familiar", "with"), ("involved", "in"), ("briefed", "on"), ("close", "to"), ("privy", "to"),
    ("knowledgeable", "about"), ("with", "knowledge", "of"), ("with", "direct", "knowledge", "of"),
)

#: The first word of each link: a name shown that stops right before one is widened over it.
KNOWING_LINK_WORDS = frozenset(link[0] for link in KNOWING_LINKS)

#: Tokens that end the object of the link ("familiar with the talks, who ...").
_STOPS = frozenset({",", ".", ";", ":", "(", ")", "\u2014", "\u2013", "-", "--", "who", "that", "said", "says",
                    "say", "told", "added", "according", "and"})

#: At most this many tokens are read for the object and for the head before a link.
_REACH = 6


def _link_at(tokens: Sequence[Token], i: int) -> int:
    """The length of the knowing link starting at token `i`, or 0."""
    if 0 <= i < len(tokens) and tokens[i].low not in KNOWING_LINK_WORDS:
        return 0  # no link opens with this word (nearly every place asked about): no phrase is compared
    for link in KNOWING_LINKS:
        if tuple(t.low for t in tokens[i:i + len(link)]) == link:
            return len(link)
    return 0


def _object_end(tokens: Sequence[Token], i: int, limit: int) -> int:
    """The end of the noun phrase that starts at `i`, before `limit`: up to a comma, a clause word or
    a verb of saying."""
    j = i
    while j < min(limit, i + _REACH) and tokens[j].low not in _STOPS and tokens[j].is_word:
        j += 1
    return j


def widened_source(tokens: Sequence[Token], a: int, b: int, verb_at: int) -> tuple[int, int]:
    """The subject span (a, b) of the verb at `verb_at` widened over a knowing link: forward when the
    link follows the subject ("a source close to the campaign said"; "said one Democrat familiar with
    the talks"), backward when the subject found is the link's object ("People briefed on the move
    said" gives "People briefed on the move"). Unchanged when there is no such link."""
    limit = verb_at if b <= verb_at else len(tokens)
    for k in range(max(a + 1, b - 3), min(b, limit) + 1):  # the link may begin inside the span found
        n = _link_at(tokens, k)
        if n and k + n >= b:
            end = _object_end(tokens, k + n, limit)
            return (a, end) if end > k + n else (a, b)
    for n in range(2, 5):  # the object found, the link just before it
        start = a - n
        if start >= 1 and _link_at(tokens, start) == n and tokens[start - 1].is_word:
            head = start - 1
            while head > 0 and start - head < _REACH and tokens[head - 1].is_word and \
                    tokens[head - 1].low not in _STOPS and tokens[head].text[:1].islower():
                head -= 1  # "Several senior aides familiar": back to the phrase's first word
            return head, b
    return a, b
