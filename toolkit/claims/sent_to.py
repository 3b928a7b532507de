"""What is sent to someone speaks for its sender, never for whom it is sent to: "The union's letter to its
members notes ...", "The deputy head of the port's delegation to the summit said ...".

The subject reader walks back from the verb over one noun phrase and so finds "its members" or "the
summit", the addressee after "to". When a document or message word ("letter", "email", "memo",
"message"; the lists `documents.txt` and `speech_nouns.txt`) or a word for people sent on a mission
("delegation") stands right before "to", the phrase before "to" is the subject, with its possessive
("the union's letter", "Sanders' email"); `source_phrases._of_start` then climbs any "of" before it.
Titles and bodies before "to" ("An adviser to the governor") are read by `employer_links`.
"""

from __future__ import annotations

from toolkit.text.tokens import word_list

__all__ = ["SENT_WORDS", "sent_phrase_start"]

#: Words for people or messages sent to someone that no word list holds.
SENT_WORDS = frozenset({"delegation", "delegations", "message", "messages", "email", "emails", "e-mail", "note",
                        "pitch", "appeal"})
#: Determiners a sent thing may open with.
OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "this", "that"})
#: How many plain words may stand before the sent word ("a two-page fundraising letter").
MAX_WORDS = 3


def _sent_word(low: str) -> bool:
    entries = word_list("documents").entries
    return low in SENT_WORDS or (low,) in entries or (low.rstrip("s"),) in entries or \
        low in word_list("speech_nouns").words


def _possessive(text: str) -> bool:
    return text.endswith(("'s", "\u2019s", "s'", "s\u2019"))


def sent_phrase_start(s, a: int) -> int:
    """Where a subject starting at token `a` starts when it is the addressee after "to" of a message or
    delegation at the head of the clause ("[The union's letter] to its members"); `a` otherwise. `s` is
    the attribution rules' sentence (`tokens`, `low`, `name`, `titles`, `functions`, `first`)."""
    if a < 2 or s.low(a - 1) != "to":
        return a
    j = a - 2
    token = s.tokens[j]
    if not (token.is_word and token.text.islower() and _sent_word(token.low)):
        return a
    start = j
    while start - 1 >= 0 and j - start < MAX_WORDS and s.tokens[start - 1].is_word and \
            s.tokens[start - 1].text.islower() and s.low(start - 1) not in s.functions:
        start -= 1  # "fundraising", "two-page"
    if start - 1 >= 0 and (s.low(start - 1) in OPENERS or _possessive(s.tokens[start - 1].text)):
        start -= 1
        if s.low(start) not in OPENERS and start - 1 >= 0 and s.low(start - 1) in OPENERS:
            start -= 1  # "the union's letter"
    else:
        return a  # a bare noun ("gave money to charity"): no phrase of its own to credit
    if _possessive(s.tokens[start].text):
        while start - 1 >= 0 and s.name(start - 1):
            start -= 1  # "Ana Ruiz's email"
    first = s.first or 0
    titled = first < start and all(s.low(k) in s.titles and s.tokens[k].text[:1].isupper() for k in range(first, start))
    opens = start == first or titled or (start >= 1 and s.low(start - 1) == "of") or (
        start >= 1 and s.tokens[start - 1].text in ",;:")
    return start if opens else a
