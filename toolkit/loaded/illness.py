"""The medical sense: in a sentence about an illness, "a more dangerous strain", "among the most virulent
pathogens" and "other unpleasant symptoms" describe the illness itself, not the writer's feelings.

The sentiment dictionary rates these words strongly negative, and in most sentences they do push the
reader ("a dangerous idea", "an unpleasant little man"). Said of a disease they are the plain words of
medicine and public health: how likely a germ is to harm, how a symptom feels. The word describes an
illness when a word of disease (strain, virus, pathogen, symptoms) follows it within a few words of the same
phrase; a word of fear or scale about the same disease ("could explode", "a ticking time bomb") is still
shown, because those are the writer's pictures rather than the disease's description. Lexicon terms with a
medical sense ("sicken", "out of control") say so with `literal:` cues in the lexicon itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from toolkit.text.stemmed_words import Word, stem, broken_between


#: Words that name an illness or what carries it (their inflections match too).
ILLNESS_WORDS = ("disease", "outbreak", "epidemic", "pandemic", "virus", "infection", "pathogen", "bacteria",
                 "bacterium", "symptom", "fever", "plague", "strain", "illness", "tumour", "tumor", "germ")
#: Illness words that also make figures with "of" ("a virus of rumours", "a plague of lawsuits", "an outbreak of
#: violence", "a symptom of decline"); "a strain of the virus" stays the illness.
FIGURES_WITH_OF = ("virus", "plague", "epidemic", "pandemic", "disease", "symptom", "outbreak", "tumour", "tumor")
#: How many words after the term the illness may be named ("a more dangerous airborne pneumonic strain").
REACH = 4
#: Sentiment-dictionary words that, in such a sentence, describe the illness itself.
ILLNESS_SENSE_WORDS = frozenset({"dangerous", "virulent", "unpleasant"})


@lru_cache(maxsize=1)
def _illness_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in ILLNESS_WORDS)


@lru_cache(maxsize=1)
def _figure_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in FIGURES_WITH_OF)


def describes_an_illness(text: str, sentence_words: Sequence[Word], index: int) -> bool:
    """Whether word `index` is one of the words that describe an illness and the illness it describes follows
    within a few words of the same phrase ("the most virulent pathogens", "other unpleasant symptoms"). An
    illness word that makes figures is one when "of" follows ("a dangerous virus of misinformation"),
    and an illness named elsewhere in the sentence does not tell what the word describes ("a dangerous idea
    in the middle of a pandemic")."""
    if sentence_words[index].lower not in ILLNESS_SENSE_WORDS:
        return False
    stems = _illness_stems()
    for k in range(index + 1, min(index + 1 + REACH, len(sentence_words))):
        if broken_between(text, sentence_words[k - 1], sentence_words[k]):
            return False
        if sentence_words[k].stem in stems:
            return not (sentence_words[k].stem in _figure_stems() and k + 1 < len(sentence_words)
                        and sentence_words[k + 1].lower == "of")
    return False
