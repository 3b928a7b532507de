"""A state or country set off by commas after "Name of Town": where the person is from, never who speaks.

"Tom Okafor of Flint, Michigan, said ..." looks to the frame readers like "The minister, Ana Lopez,
said": a name between two commas right before the verb, which is read as the speaker named in an
aside. But a place from the word list (`places.txt`) after a town and its comma only finishes the
address begun by "of", "from" or "in"; the speaker is the person before that word. Only a place
is read so: "The minister, Ana Lopez, said" keeps its name.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.place_names import names_a_place
from toolkit.claims.source_phrases import _Sentence, _subject_ending
from toolkit.text.tokens import Token

__all__ = ["ADDRESS_LINKS", "TELLING", "person_before_abbreviated_address", "person_before_address",
           "told_after_aside"]

#: Words that link a person to the town they are from: "Tom Okafor of Flint", "a nurse from Salem".
ADDRESS_LINKS = frozenset({"of", "from", "in"})


def person_before_address(s: _Sentence, comma: int, start: int, end: int) -> tuple[int, int, str] | None:
    """The speaker's span when the name at tokens `start:end`, after the comma at `comma`, is a place that
    completes "<someone> of <Town>," ("Tom Okafor of Flint, Michigan, said" -> "Tom Okafor"), or None when
    it is not a place or no link word and town come before its comma."""
    if not names_a_place(s.text[s.tokens[start].start:s.tokens[end - 1].end]):
        return None
    j = comma - 1
    while j >= 0 and s.name(j):
        j -= 1  # the town's words: "Flint", "Grand Rapids"
    if j == comma - 1 or j < 1 or s.low(j) not in ADDRESS_LINKS:
        return None
    return _subject_ending(s, j - 1)


#: The longest abbreviated state or country read between an address's commas: "D.C." is four tokens.
ABBREVIATION_REACH = 4


def _abbreviated_place(s: _Sentence, start: int, end: int) -> bool:
    """Whether tokens `start:end` are a short capitalised word and its full stop ("Ore.", "Mich.") or letters
    with stops ("D.C.", "N.Y."): how news writing shortens a state after a town."""
    pieces = [t.text for t in s.tokens[start:end]]
    return 2 <= len(pieces) <= ABBREVIATION_REACH and pieces[-1] == "." and all(
        p == "." or (p[:1].isupper() and len(p.replace(".", "")) <= 5 and p.replace(".", "").isalpha())
        for p in pieces)


def person_before_abbreviated_address(s: _Sentence, comma: int) -> tuple[int, int, str] | None:
    """The speaker's span when an abbreviated state between commas ends right before the verb's comma at
    `comma`, after "<someone> of <Town>" ("Tom Okafor of Salem, Ore., explained" -> "Tom Okafor"), or None."""
    opening = comma - 1
    while opening > 0 and comma - opening <= ABBREVIATION_REACH + 1 and s.tokens[opening].text != ",":
        opening -= 1
    if opening <= 0 or s.tokens[opening].text != "," or not _abbreviated_place(s, opening + 1, comma):
        return None
    j = opening - 1
    while j >= 0 and s.name(j):
        j -= 1  # the town's words
    if j == opening - 1 or j < 1 or s.low(j) not in ADDRESS_LINKS:
        return None
    return _subject_ending(s, j - 1)


#: Verbs whose object is whom the words were told, never a speaker after them: "..., told reporters".
TELLING = frozenset({"told", "tells", "tell"})


def told_after_aside(tokens: Sequence[Token], vi: int) -> bool:
    """Whether the verb at `vi`, right after a comma, is one of telling, whose object is whom the words were
    told: "Tom Okafor of Calder, Ore., told reporters the pier ..." (an aside closes at the comma; nobody is
    named after "told" as after an inverted "said")."""
    return tokens[vi].low in TELLING
