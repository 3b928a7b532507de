"""A surname the article never writes in full: "Carson took the stage. ... he said".

A later "he said" is credited to the person last named as a subject. A full name is remembered
from any sentence, but a lone capitalised word as a subject ("Carson", "Okafor") could as well be
a place or a body ("Ohio", "Congress"), so it used to be remembered only when the article had
given the full name elsewhere. When the article writes the same word after an honorific
("Mr. Carson", "Mrs. Okafor"), the word is a person's surname, and the honorific tells which
pronoun fits. So does a pronoun later in the same sentence with no other name between
("Obama, for all the progress he made, seems to agree").
"""

from __future__ import annotations

from typing import Collection, Mapping, Sequence

from toolkit.claims.people import FEMALE, MALE
from toolkit.text.tokens import Token


def lone_surname_person(word: str, common: Collection[str], honorifics: Mapping[str, str]) -> bool:
    """Whether a one-word subject is a person's surname: capitalised, never written in lower case by
    the article (`common`), and written after an honorific somewhere in it (`honorifics`, by lower-case
    surname)."""
    if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
        return False
    low = word.lower()
    return low not in common and low in honorifics


#: Pronouns that show a person of a sex: a lone word they point back to is that person.
MALE_WORDS = frozenset({"he"})
FEMALE_WORDS = frozenset({"she"})


def sex_pointed_back(tokens: Sequence[Token], end: int) -> str | None:
    """The sex of the first personal pronoun after a subject ending at token `end`, when no other
    capitalised word comes between ("Obama, for all the progress he made, agreed": male), else None."""
    for token in tokens[end:]:
        if token.is_word and token.text[:1].isupper() and token.low not in ("i",):
            return None  # another name may be whom the pronoun means
        if token.low in MALE_WORDS:
            return MALE
        if token.low in FEMALE_WORDS:
            return FEMALE
    return None


def mid_sentence_capitals(tokens: Sequence[Token]) -> frozenset[str]:
    """Words (lower case) the text capitalises right after a lower-case word: capitalised for being a
    name, not for opening a sentence ("Lately", "Twelve" at a sentence's head are not surnames)."""
    found = set()
    for before, token in zip(tokens, tokens[1:]):
        if token.is_word and token.text[:1].isupper() and before.is_word and before.text.islower():
            found.add(token.low)
    return frozenset(found)
