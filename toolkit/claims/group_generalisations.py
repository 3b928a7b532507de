"""A rule about a whole group: "Politicians always promise more than they deliver" (issue 16).

A sentence that opens with a group named by a bare plural ("politicians", "landlords", "young
voters"), then "always", "never", "rarely", "seldom" or "invariably", then a verb in the present
tense, says what every member of the group does at every time. Nobody could check that case by
case: it is the writer's generalisation about people, the same kind as "No government ever gives
up power" (`toolkit.claims.generalisations`, family `sweeping_claim`), and it counts as such.

Left alone, because they report: a past verb ("Landlords never paid the levy" tells what happened),
a group with a determiner ("The landlords never ..." is one set of people, "Some landlords ..."
no longer all of them), a verb in "-s" after the adverb ("Jones always says": one person, not a
plural), and a sentence tied to a date, a number or "today". Inside someone else's words the
labeller marks the cue `reported`, so it counts for the speaker.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, subject_start, word_list

#: Adverbs that make a statement about a group hold at all times.
ALL_TIMES = frozenset({"always", "never", "rarely", "seldom", "invariably"})
#: Linking words that may open the sentence before the group ("But politicians never ...").
_LINKS = frozenset({"but", "and", "yet", "still", "so", "sadly", "alas", "of", "course", "after", "all"})
#: Words that open a noun phrase naming one set of people or part of a group, not all of it.
_NOT_BARE = frozenset({"the", "these", "those", "some", "many", "most", "few", "several", "our", "their", "his",
                       "her", "its", "my", "your", "both", "two", "three", "four", "five", "such", "other", "we",
                       "they", "you", "i", "he", "she", "it", "this", "that", "there", "here", "what", "who"})
#: Common past forms with no "-ed" ending: after the adverb they report what happened. (Verbs whose past is
#: their present, "cut", "read", "put", are read as present: "Landlords never cut rents".)
_IRREGULAR_PAST = frozenset({"was", "were", "had", "did", "said", "went", "got", "made", "took", "saw", "knew",
                             "thought", "bought", "paid", "told", "gave", "came", "found", "left", "kept", "felt",
                             "held", "brought", "ran", "won", "lost", "sold", "spent", "meant", "became", "began",
                             "wrote", "spoke", "stood", "heard", "met", "sent", "built", "taught", "caught",
                             "fought", "sought", "understood", "forgot", "forgave", "wore", "ate", "drank",
                             "drove", "rode", "rose", "fell", "grew", "threw", "flew", "chose", "broke", "led",
                             "fed", "sat", "slept", "struck", "hid", "bore", "swore", "tore"})
#: Words that tie the sentence to now ("Trains never run today"): news of one day, not a rule.
_NOW = frozenset({"now", "today", "tonight", "currently", "yesterday", "tomorrow"})
WHY = ("{text} says what a whole group always or never does, in the present tense: a generalisation about "
       "people that the writer presents as a truth, which nobody could check case by case.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = ALL_TIMES


def group_generalisation_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `sweeping_claim` cue from the group to its verb, when a bare plural group always or never does something."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(ALL_TIMES):
        return []  # (nearly every sentence)
    k = subject_start(tokens, _LINKS)
    if k is None:
        return []
    found = _group_and_verb(tokens, k)
    if found is None:
        return []
    times = word_list("time_words")
    if any(t.has_digit or (t.low in times and t.is_capitalised) or t.low in _NOW for t in tokens):
        return []  # a date, a number or "today" ties the sentence to one occasion
    words = text[tokens[k].start:tokens[found].end]
    return [make_cue(text, tokens[k].start, tokens[found].end, "certainty", WHY.format(text=quoted(words)),
                     family="sweeping_claim")]


def _group_and_verb(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the verb after "<group> always/never", when the group is a bare plural; else None."""
    head = tokens[k]
    if not head.is_word or head.low in _NOT_BARE:
        return None
    # the group: one plural noun, or one word before it ("young voters", "British landlords")
    for noun in (k, k + 1):
        adverb = noun + 1
        if adverb + 1 >= len(tokens) or tokens[adverb].low not in ALL_TIMES:
            continue
        if not all(tokens[m].is_word and not tokens[m].has_digit for m in range(k, adverb)):
            return None
        if not _plural(tokens[noun].low):
            return None
        verb = tokens[adverb + 1]
        if not verb.is_word or not _present_plural(verb.low):
            return None
        return adverb + 1
    return None


def _plural(low: str) -> bool:
    """ "politicians", "landlords", "voters": a plural ending (a rough test; "-ss", "-us", "-is" are not)."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))


def _present_plural(low: str) -> bool:
    """ "promise", "pass", "do", "can": a verb that agrees with a plural subject in the present tense."""
    if low in _IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3):
        return False  # what happened once: a report
    if low.endswith("s") and not low.endswith("ss"):
        return False  # "always says", "never does": one person ("Jones"), not a group
    return low not in ("been", "being")
