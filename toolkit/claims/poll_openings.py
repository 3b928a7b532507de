"""A sentence that opens with the poll it reports: "In a Gazette poll released Monday, 52 percent of islanders
backed the levy", "In the latest harbor survey, Ruiz led by nine points".

The opening names where the figures after its comma come from, as "according to a Gazette poll" would, and
PolNeAR marks such sentences as attributions to the poll. Only the opening form is read: "leads in the polls"
in mid-sentence is the writer's summary of many polls (and PolNeAR leaves most of those unmarked), and "In the
polls, anyway." has no clause after its comma. The poll is named as the document frame names documents: its
maker when "by X" says who made it, else the poll itself.

Runs only when no frame found an attribution, and only in a sentence holding one of `POLL_WORDS`.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Attribution, Found, NameBook, _Sentence, _scope, read_sentence
from toolkit.claims.attribution_model import DETERMINERS
from toolkit.claims.attribution_rules import _document_phrase
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

__all__ = ["POLL_WORDS", "add_poll_openings"]

#: Nouns for a poll or a survey whose figures a sentence can open with.
POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "study"})
#: The most tokens from "In" to the comma that ends the opening ("In a NBC News/Wall Street Journal poll
#: released Monday,").
REACH = 16
#: The most words between the determiner and the poll's noun ("a NBC News/Wall Street Journal poll").
MOST_MODIFIERS = 8
#: The fewest words after the comma: a clause of its own ("50 percent chose Ruiz"), not "anyway".
FEWEST_AFTER = 3


def add_poll_openings(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                      start: int, end: int, book: NameBook) -> Found:
    """`found` with the words after an opening "In a ... poll ...," credited to the poll, when no frame found an
    attribution."""
    if found.attributions or POLL_WORDS.isdisjoint(sentence_words(tokens).low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    if s.low(first) != "in" or s.low(first + 1) not in DETERMINERS - {"that"} | {"the"}:
        return found
    attribution = _opening_poll(s, book, first)
    return Found((attribution,), found.cues) if attribution is not None else found


def _opening_poll(s: _Sentence, book: NameBook, first: int) -> Attribution | None:
    """The poll named by the opening "In <determiner> ... <poll> ...," at token `first`, crediting the clause after
    the comma; None when the opening holds no poll noun among its first words or no clause follows."""
    comma = next((m for m in range(first + 2, min(len(s.tokens), first + REACH)) if s.tokens[m].text == ","), None)
    if comma is None or s.words_between(s.tokens[comma].end, s.end) < FEWEST_AFTER:
        return None
    d = next((m for m in range(first + 2, min(comma, first + 2 + MOST_MODIFIERS)) if s.low(m) in POLL_WORDS
              and not s.in_quote(m)), None)
    if d is None or not all(s.tokens[m].is_word or s.tokens[m].text in ("/", "-", "&", ".", "'s", "\u2019s")
                            for m in range(first + 1, comma)):
        return None
    before = _Sentence(s.text, s.tokens[:comma], s.quotes, s.start, s.tokens[comma].start)
    result = _document_phrase(before, book, first + 1, d, None)
    if result is None or result[0] is None:
        return None
    poll = result[0]
    frame = (s.tokens[first].start, s.tokens[comma].end)
    return Attribution(poll.source, poll.kind, poll.strength, poll.named, frame, _scope(s, frame, False), poll.cues)
