"""An intensifier is loaded when it piles feeling on a loaded word, not when it measures a plain one.

"Absolutely ludicrous", "incredibly offensive", "grossly corrupt": the adverb doubles a judgment
the reader is meant to share. "Extremely close to the venue", "totally new", "absolutely
nothing in return" use the same adverbs to say how far, how new or how little: a matter of
degree that can be checked. So a degree adverb from the lexicon is shown only when the word it
leads into is itself charged: a loaded word found in the sentence, or a word the sentiment
dictionary gives a feeling to. A word of denial or of none ("absolutely no evidence", "totally
without merit") is never a feeling, though the sentiment dictionary scores "no" as mildly negative:
the adverb says how complete the absence is, which can be checked. Nor is a word of certainty,
agreement or resolve ("absolutely clear", "totally agree", "absolutely determined"), though the
sentiment dictionary scores it as mildly warm: the adverb says how sure or how set someone is, a
claim to ask about ("how do they know?"), not a feeling pressed on the reader.
"""

from __future__ import annotations

from toolkit.loaded.senses import NEGATIONS
from toolkit.loaded.sentiment import valence

#: The lexicon's degree adverbs, as the lexicon writes them.
DEGREE_TERMS = frozenset({"=absolutely", "=totally", "=utterly", "=extremely", "incredibl*", "unbelievabl*",
                          "=massively", "=hugely", "=enormously", "=wildly", "downright", "=severely"})
#: Words of none besides the negations (`toolkit.loaded.senses.NEGATIONS`): "totally devoid of", "absolutely none".
ABSENCE_WORDS = frozenset({"none", "nothing", "nobody", "devoid", "free", "zero"})
#: Words of certainty, agreement or resolve: a degree adverb before them says how sure or how set someone is.
CERTAINTY_WORDS = frozenset({"clear", "certain", "sure", "convinced", "confident", "committed", "determined", "agree",
                             "agreed", "agrees", "true", "aware"})
#: The least VADER valence (in size) that makes the next word a charged one.
CHARGED_VALENCE = 1.0


def measures_a_plain_word(term: str, matched: str, next_word: str | None, next_is_loaded: bool) -> bool:
    """Whether a degree adverb (`term` in the lexicon, `matched` as written) only measures the plain word after it."""
    if term not in DEGREE_TERMS or not matched.lower().endswith("ly"):
        return False  # "incredible", "unbelievable": adjectives that carry the judgment themselves
    if next_word is None or next_is_loaded:
        return False
    if next_word.lower() in NEGATIONS or next_word.lower() in ABSENCE_WORDS:
        return True  # "absolutely no evidence": how complete the absence is, not a feeling
    if next_word.lower() in CERTAINTY_WORDS:
        return True  # "absolutely clear", "totally agree": how sure someone is, not a feeling
    return abs(valence(next_word.lower())) < CHARGED_VALENCE
