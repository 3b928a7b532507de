"""The name of a real killing ("the Las Vegas massacre", "the 1 October massacre") is its plain sense.

"Massacre" is the plain word for the killing of many people and a metaphor for anything else
(a "massacre" at the polls). When a place, a date or the kind of place where it happened stands
right before it ("the Srebrenica massacre", "the October 1 massacre", "the synagogue massacre"),
the word is the event's name: the reader is told which killing, not how to feel about a defeat.
Like a literal cue, such a name also shows the plain sense to the sentences around it that only
say "the massacre" (one sense per text, `toolkit.loaded.detect`).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between, PHRASE_BREAKS_WITH_SINGLE_QUOTES

#: Lexicon terms (as the lexicon writes them) that a name before them makes the name of a real event.
EVENT_TERMS = frozenset({"massacre"})
#: Kinds of place a killing is named after ("the school massacre").
PLACE_KINDS = frozenset({"school", "synagogue", "church", "mosque", "temple", "concert", "nightclub", "festival",
                         "campus", "village", "refugee", "camp", "market", "highway", "embassy"})


def names_an_event(term: str, text: str, words: Sequence[Word], first: int, title_case: bool = False) -> str | None:
    """The word before a match of `term` that makes it the name of a real event (a place, a date, a kind of
    place), or None. In a title-case headline every word has a capital, so there only a date or a kind of
    place counts."""
    if term not in EVENT_TERMS or first == 0:
        return None
    before = words[first - 1]
    if broken_between(text, before, words[first], PHRASE_BREAKS_WITH_SINGLE_QUOTES):
        return None
    if before.lower in PLACE_KINDS or any(c.isdigit() for c in before.text):
        return before.text
    if before.text[:1].isupper() and first - 1 > 0 and not title_case:
        return before.text  # "the Las Vegas massacre" (a capital inside the sentence: a place's name)
    return None
