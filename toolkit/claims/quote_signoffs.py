"""A sign-off under a quotation: the line that names who said the words above it.

Statements, tweets and pull quotes are often printed as the quotation on one line and the speaker
on the next, the closing mark after the name ("... until the repairs are done.\nFormer harbor
master Leo Farrant."). The name line sits inside the quotation marks, so it reads as someone's words,
but it says nothing of its own: it credits the quotation above, like a credit line. It makes no
claim (`toolkit.claims.non_claims`).

A sign-off: its own line, ending with a closing quotation mark, opens none of its own, and is a name with
at most a title or a role before it and a short role or organisation after a comma ("Marta Quill,
Calder Pilots Guild."). A line with a verb of saying ("said Leo Farrant.") is the writer's frame, and
is read as one.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, word_list

#: At most this many words in a sign-off, name, title and role together.
MOST_WORDS = 10
#: At most this many plain (lower-case) words before the name: "Former NAACP president Ben Jealous".
MOST_PLAIN_BEFORE = 2
#: Pronouns: a line holding one is a sentence ("I thank Ann Lee."), not a name.
PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them"})
#: Small words a role or an organisation after the comma may hold: "Center for Economic and Policy Research".
ROLE_LINKS = frozenset({"of", "for", "and", "the", "at", "on"})
#: Closing marks a sign-off may end with (straight marks close as often as curly ones).
CLOSERS = frozenset(CLOSING_QUOTES + "\"'")


def quote_signoff(text: str, start: int, end: int, tokens: Sequence[Token]) -> str | None:
    """The name a sign-off line credits (`text[start:end]` being that line), or None when it is no sign-off."""
    line = text[start:end].rstrip()
    if not line or line[-1] not in CLOSERS or any(
            c in OPENING_QUOTES or c == '"' or (c == "'" and (k == 0 or not line[k - 1].isalnum()))
            for k, c in enumerate(line[:-1])):
        return None  # a quotation opens on this line ("Reid: 'Never underestimate him.'"): not a sign-off
    if "\n" in text[start:end].strip() or text[text.rfind("\n", 0, start) + 1:start].strip():
        return None  # a sign-off has its own line
    words = [t for t in tokens if t.is_word]
    if not 2 <= len(words) <= MOST_WORDS:
        return None
    saying = word_list("reporting_verbs").words | word_list("reporting_verbs_weak").words
    if any(t.low in saying for t in words):
        return None  # "said Leo Farrant.": a frame, read as one
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    head = [t for t in tokens[:comma] if t.is_word or t.text == "."]
    head_words = [t for t in head if t.is_word]
    if len(head_words) < 2 or not head_words[0].is_capitalised or head_words[0].low in PRONOUNS:
        return None
    name = []
    for t in reversed(head_words):
        if not t.is_capitalised:
            break
        name.append(t)
    if len(name) < 2:
        return None  # a name is two capitalised words or more: "Donald Trump", "Rep. Jim Clyburn"
    plain = [t for t in head_words[:len(head_words) - len(name)] if not t.is_capitalised]
    functions = word_list("function_words").words
    if len(plain) > MOST_PLAIN_BEFORE or any(t.low.endswith("ed") or t.low in functions for t in plain) or \
            any(t.low in PRONOUNS for t in head_words):
        return None  # "and I thank Donald Trump.": a sentence, not a name with its title
    rest = [t for t in tokens[comma:] if t.is_word]
    if any(t.low in functions and t.low not in ROLE_LINKS for t in rest):
        return None  # ", who lives in ...": a clause, not a role
    return " ".join(t.text for t in reversed(name))
