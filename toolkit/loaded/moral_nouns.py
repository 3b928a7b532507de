"""A moral word used as a noun names the idea under discussion; used of someone, it judges them.

"Evil men", "how evil the scheme was", "an evil act": the writer calls people or deeds evil, a
judgment the reader is asked to share. "The fight between good and evil", "sin and evil", "to
oppose evil", "the righteous and the wicked": the same words as nouns name a moral or religious
idea (or, "the righteous" and "the wicked", a kind of people in scripture) that a sermon, an essay on ethics or a quoted
prayer is about, and they judge nobody in particular.

No part-of-speech tagger is used (toolkit.text has none): the word counts as a noun when the
word after it ends the phrase (punctuation, the end of the sentence, or a joining word such as
"and", "that", "with"), unless the word before it is one that leads into an adjective ("so",
"how", "most", "is", "as"), as in "they were evil." or "how evil and cruel".
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between, PHRASE_BREAKS_WITH_SINGLE_QUOTES

#: Lexicon terms (as the lexicon writes them) that are loaded as adjectives but name an idea as nouns.
MORAL_NOUN_TERMS = frozenset({"=evil", "=wicked", "righteous"})
#: Words after which the moral word's phrase has ended: it was not describing a noun that follows.
PHRASE_ENDERS = frozenset({"and", "or", "nor", "but", "that", "which", "who", "with", "within", "in", "into", "out",
                           "of", "from", "to", "for", "at", "by", "on", "than", "is", "was", "are", "were", "will",
                           "shall", "should", "can", "cannot", "could", "would", "may", "must", "spreads", "spread"})
#: Words that lead into an adjective: a degree word, a linking verb, or "as" ("classified as evil").
ADJECTIVE_LEADS = frozenset({"so", "too", "very", "how", "most", "more", "truly", "really", "utterly", "purely",
                             "pure", "simply", "downright", "manifestly", "thoroughly", "deeply", "as", "is", "was",
                             "are", "were", "be", "been", "being", "seem", "seems", "seemed", "become", "becomes",
                             "became", "look", "looks", "looked", "sound", "sounds", "sounded", "'s", "not"})


def names_a_moral_idea(term: str, text: str, words: Sequence[Word], index: int) -> bool:
    """Whether the moral word at `index` (a match of lexicon `term`) is a noun naming the idea, not a judgment."""
    if term not in MORAL_NOUN_TERMS:
        return False
    breaks = PHRASE_BREAKS_WITH_SINGLE_QUOTES
    before = words[index - 1] if index > 0 and not broken_between(text, words[index - 1], words[index], breaks) else None
    if before is not None and before.lower in ADJECTIVE_LEADS:
        return False
    if index + 1 >= len(words) or broken_between(text, words[index], words[index + 1], breaks):
        return before is not None  # "to oppose evil." (a sentence that is only "Evil." says nothing either way)
    return words[index + 1].lower in PHRASE_ENDERS and before is not None
