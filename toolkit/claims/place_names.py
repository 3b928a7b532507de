"""Places, groups and pairs among capitalised names: never the person a later "he said" means.

Two capitalised words look like a person's name ("New Hampshire", "Muslim Americans"), and one
capitalised word can be a lone surname ("Ohio"). When such a name is taken for the subject of a
sentence, or for a speaker by mistake, it must not become whom the next "he said" points back to:
"“The New Hampshire drug problem must end,” he wrote" is not said by New Hampshire. The places are a
word list (`places.txt`: US states, countries, regions, cities often in the news); a compass word
in front ("South Florida", "Western Pennsylvania") still names a place; a capitalised plural at the
end ("Muslim Americans", "Mainstream Republicans") names a group (`people.names_a_group`).
"""

from __future__ import annotations

from functools import lru_cache

from toolkit.claims.people import names_a_group
from toolkit.text.tokens import normalise, word_list

#: Words before a place that still name a place ("South Florida", "Upstate New York").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                           "central", "upstate", "downstate", "rural", "suburban", "northeast", "northwest",
                           "southeast", "southwest", "the"})


@lru_cache(maxsize=8192)  # the same names come back in every article: tokenise each spelling once
def names_a_place(name: str) -> bool:
    """Whether a name is a place on the list, maybe after a compass word: "Ohio", "the United States",
    "South Florida"; not "Steve Israel" or "Jordan Lee" (a person named like a place is left alone)."""
    words = normalise(name)
    entries = word_list("places").entries
    while words and words not in entries and words[0] in COMPASS_WORDS:
        words = words[1:]
    return bool(words) and words in entries


@lru_cache(maxsize=8192)
def names_nobody(name: str) -> bool:
    """Whether a name cannot be one person whom "he" or "she" means: a place, a group written as a
    capitalised plural at its end ("Latinos", "Muslim Americans"), or two people joined by "and"
    ("Tom Okafor and Bill Ruiz say ... He said" is neither of them for certain)."""
    words = name.split()
    return bool(words) and (names_a_pair(name) or names_a_place(name) or names_a_group(words[-1]))


def names_a_pair(name: str) -> bool:
    """Whether a source names two or more people joined by "and" ("Tom Okafor and Bill Ruiz")."""
    return " and " in name or " & " in name or " And " in name

