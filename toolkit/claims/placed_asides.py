"""A state or country set off by commas after "Name of Town": where the person is from, never who speaks.

"Tom Okafor of Flint, Michigan, said ..." looks to the frame readers like "The minister, Ana Lopez,
said": a name between two commas right before the verb, which is read as the speaker named in an
aside. But a place from the word list (`places.txt`) after a town and its comma only finishes the
address begun by "of", "from" or "in"; the speaker is the person before that word. Only a place
is read so: "The minister, Ana Lopez, said" keeps its name.
"""

from __future__ import annotations

from toolkit.claims.place_names import names_a_place
from toolkit.claims.source_phrases import _Sentence, _subject_ending

__all__ = ["ADDRESS_LINKS", "person_before_address"]

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


#: Verbs whose object is whom the words were told, never a speaker after them: "..., told reporters".
TELLING = frozenset({"told", "tells", "tell"})


def told_after_aside(tokens, vi: int) -> bool:
    """Whether the verb at `vi`, right after a comma, is one of telling, whose object is whom the words were
    told: "Tom Okafor of Calder, Ore., told reporters the pier ..." (an aside closes at the comma; nobody is
    named after "told" as after an inverted "said")."""
    return tokens[vi].low in TELLING
