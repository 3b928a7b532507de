"""Who speaks in "X of Y": the group X, not the thing Y it is of.

"Supporters of the levy argued", "an average of recent polls shows", "dozens of members of his
party condemned": the verb's subject is headed by the first noun, the people (or the count of
people, or the summary of polls) before "of". What follows "of" only says which ones. A reader
who is told the levy argued has been told something false, so the source shown must run from
the head. The rules in `toolkit.claims.attribution` already take a share ("some of the riders",
"58 percent of voters") and a lower-case noun ("the owner of a cafe"); the words here add the
group nouns that open a sentence with a capital letter ("Supporters of", "Families of") and let
one "of" follow another ("dozens of members of his party").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token, word_list

#: Nouns for a group of people, or for a summary of many sources, that head an "X of Y" subject.
GROUP_HEADS = frozenset({
    "supporters", "opponents", "proponents", "backers", "critics", "advocates", "organizers", "organisers",
    "families", "members", "heads", "leaders", "friends", "allies", "aides", "residents", "majorities",
    "majority", "minority", "dozens", "hundreds", "thousands", "millions", "scores", "most", "many", "some",
    "several", "both", "none", "few", "all", "half", "people", "analysts", "experts", "officials", "veterans",
    "parents", "relatives", "descendants", "survivors", "victims", "defenders", "detractors", "fans",
    "average", "group", "panel", "coalition", "array", "number", "series", "chorus", "army",
})
#: How many "of" links a subject may climb back over ("dozens of members of the staff of the mayor").
MOST_LINKS = 3


def group_head(low: str) -> bool:
    """Whether a word, in lower case, names a group that heads an "X of Y" subject."""
    return low in GROUP_HEADS


def capitalised_group_head(text: str, at_sentence_start: bool) -> bool:
    """A group noun written with a capital because it opens the sentence ("Supporters of the levy"),
    or in a headline's title case ("Families Of Victims"); never a name ("Friends of the Earth" inside
    a sentence is an organisation and is read as one)."""
    return at_sentence_start and text[:1].isupper() and text[1:].islower() and group_head(text.lower())


#: Nouns for a summary or a part of documents: "an average of recent polls", "a copy of the memo".
SUMMARY_NOUNS = frozenset({"average", "analysis", "review", "summary", "copy", "transcript", "series", "batch",
                           "trove", "cache", "set", "draft", "version", "excerpt", "excerpts", "results"})
#: Words that may open such a summary: an article, a possessive, an adjective of time.
SUMMARY_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "early",
                             "latest", "new", "recent", "final", "rolling", "redacted", "partial"})


def summary_start(tokens: Sequence[Token], a: int) -> int:
    """Where a document phrase starting at token `a` starts when a summary noun and "of" come before it:
    "an average of recent polls" speaks, not the polls one by one; `a` itself otherwise."""
    if a < 2 or tokens[a - 1].low != "of" or tokens[a - 2].low not in SUMMARY_NOUNS:
        return a
    start = a - 2
    while start >= 1 and start > a - 6 and (tokens[start - 1].low in SUMMARY_OPENERS or (
            tokens[start - 1].is_word and tokens[start - 1].text[:1].isupper() and tokens[start - 1].low not in
            SUMMARY_OPENERS and start - 1 > 0 and tokens[start - 2].low in SUMMARY_OPENERS)):
        start -= 1
    return start


#: Prepositions that tie people to a place or a body they belong to: "people in Fort Pierce", "a producer
#: for Harbor Studios", "delegates at the convention".
PLACE_LINKS = frozenset({"in", "at", "for", "from", "on", "with", "across", "throughout", "around", "near"})
#: Nouns for people that head a subject whose name only says where they are or work.
PEOPLE_WORDS = frozenset({"people", "staff", "delegates", "voters", "residents", "producer", "producers", "source",
                          "sources", "hands", "democrats", "republicans", "officials", "aides", "members", "workers",
                          "activists", "protesters", "students", "lawmakers", "leaders", "businessman",
                          "businesswoman", "organizers", "supporters", "critics", "analysts", "experts", "parents",
                          "man", "woman", "person"})


#: Words ending in "men" that are no people: the suffix test above passes over them.
NOT_PEOPLE_MEN = frozenset({"abdomen", "specimen", "regimen", "acumen", "omen", "yemen", "stamen", "semen", "hymen",
                            "cyclamen", "albumen", "bitumen", "lumen", "rumen", "tegmen", "dolmen", "gravamen"})


def people_word(low: str) -> bool:
    """Whether a lower-case word is a noun for people ("people", "delegates", "a producer"), so that a
    name after it and a preposition only says where they are: the people speak."""
    return low in PEOPLE_WORDS or low.endswith(PEOPLE_ENDINGS) or (
        low.endswith("men") and low not in NOT_PEOPLE_MEN) or (  # "fishermen", "congresswomen", "spokesmen"
        low.endswith(PERSON_ENDINGS) and (low + "s" in PEOPLE_WORDS or (low + "s",) in word_list("bodies").entries))


#: Endings of plural nouns for people: "teachers", "economists", "historians", "migrants", "residents".
PEOPLE_ENDINGS = ("ers", "ists", "ians", "ants", "ents")
#: Endings of one person's noun whose plural is on the lists: "a teacher", "a nurse", "a resident", "a voter".
PERSON_ENDINGS = ("er", "ist", "ian", "ant", "ent", "or", "se")
