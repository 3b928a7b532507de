"""A news epithet before a name or a role: "disgraced former FBI agent Peter Strzok", "the cardinal's
disgraced predecessor".

News writing puts "disgraced" in front of someone who lost an office or a reputation in a scandal, the
way it puts "former" in front of someone who left: the epithet tells which person is meant and reports a
fall the reader can check. Used as a verb or a verdict ("he disgraced the office", "the office was
disgraced") it is the writer's own judgment and stays flagged. The epithet is told by the words around it:
a determiner, a possessive or a preposition before it ("the", "Trump's", "between") and the name or the
role after it in the same phrase.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between

#: Participles that news writing puts before a name as an epithet.
EPITHETS = frozenset({"disgraced"})
#: Words after which the participle stands before a noun: determiners, possessives and prepositions.
ATTRIBUTIVE_AFTER = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that",
                               "these", "those", "from", "between", "of", "with", "by", "to", "for", "against",
                               "about", "and", "former"})


def names_with_an_epithet(text: str, words: Sequence[Word], first: int) -> bool:
    """Whether word `first` is an epithet before a name or role ("the disgraced former agent"), not a verb
    or a verdict ("he disgraced the office", "was disgraced")."""
    if words[first].lower not in EPITHETS or first + 1 >= len(words) or broken_between(text, words[first], words[first + 1]):
        return False
    k = first - 1
    if k >= 0 and words[k].lower.endswith("ly") and text[words[k].end:words[first].start] == "-":
        k -= 1  # "his belatedly-disgraced mentor": an adverb joined to the epithet
    if k < 0:
        return True  # the first words of a sentence: "Disgraced financier Ana Ruiz ..."
    if broken_between(text, words[k], words[k + 1]):
        return False
    spelled = words[k].text.lower().replace("\u2019", "'")
    return spelled in ATTRIBUTIVE_AFTER or spelled.endswith("'s")
