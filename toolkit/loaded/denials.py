"""A quality denied: "the North Koreans are eccentric but not stupid", "we're not helpless", "adultery is no
longer sinful", "it is hardly unjust to ask".

The word after "is not" is a quality the sentence says someone or something lacks: the writer does not pin
it on anyone, so it does not work on the reader the way "they are stupid" does. The lexicon's negation rule
(`toolkit.loaded.senses.negated`) already covers words of size and alarm ("not a drastic change"); this one
covers the words of judgment and feeling, but only in the narrow frame of a denied predicate: a form of "be"
(or "but", "never be") and a negation right before the word, with at most a few degree words between ("not
so naive", "not in itself sinful"). A negation further away says nothing about the word ("no one doubts the
corrupt deal", "not only the evil men") and the word stays flagged.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between

#: Forms of "be" that make the next words a predicate ("is not corrupt"); "be" itself after "never".
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "am", "being"})
#: Contractions with "be" written as one word ("we're not", "I'm not", "it's hardly").
BE_ENDINGS = ("'re", "'m", "'s")
#: Negations that carry "be" in them: "it isn't stupid".
BE_NEGATIONS = frozenset({"isn't", "aren't", "wasn't", "weren't", "ain't"})
#: Negations that deny the predicate after a form of "be": "is not", "are never", "is hardly", "is no longer".
NEGATIONS = frozenset({"not", "never", "hardly", "scarcely"})
#: Words that may stand between the negation and the quality: degree and focus words.
BETWEEN = frozenset({"so", "too", "that", "very", "particularly", "entirely", "really", "at", "all", "in",
                     "itself", "themselves", "himself", "herself", "exactly", "remotely", "even", "quite",
                     "necessarily", "simply", "merely", "just", "always", "especially"})
#: How many of those may stand between.
MAX_BETWEEN = 3


def denies_the_quality(text: str, words: Sequence[Word], first: int) -> bool:
    """Whether word `first` is a quality denied in a predicate: "is not stupid", "we're not helpless",
    "is no longer sinful", "eccentric but not stupid" (no punctuation between). An adverb in -ly with a word
    after it is not the quality but its degree ("isn't terribly interested"), and is left to the other rules."""
    if words[first].lower.endswith("ly") and first + 1 < len(words) \
            and not broken_between(text, words[first], words[first + 1]):
        return False
    k = first - 1
    skipped = 0
    while k >= 0 and words[k].lower in BETWEEN and skipped < MAX_BETWEEN:
        if broken_between(text, words[k], words[k + 1]):
            return False
        k -= 1
        skipped += 1
    if k < 0 or broken_between(text, words[k], words[k + 1]):
        return False
    negation = _spelled(words[k])
    if negation in BE_NEGATIONS:
        return True
    if negation == "longer" and k >= 1 and words[k - 1].lower == "no":
        k -= 1  # "is no longer sinful": "no longer" is one negation
    elif negation not in NEGATIONS:
        return False
    if k < 1 or broken_between(text, words[k - 1], words[k]):
        return False
    before = _spelled(words[k - 1])
    return before in BE_FORMS or before == "but" or before.endswith(BE_ENDINGS)


def _spelled(word: Word) -> str:
    """The word as written, in lower case with a straight apostrophe ("We\u2019re" -> "we're")."""
    return word.text.lower().replace("\u2019", "'")
