"""Sweeping generalisations: "No government ever gives up power", "Nobody can answer that" (issue 16).

A sentence whose subject is everyone or no one ("no government", "nobody", "every voter", "all
the banks") and whose verb is in the timeless present ("gives up", "can", "will", "ever") states a
rule about the world as if it were settled. Nobody could check it case by case: it is the writer's
generalisation, presented as a truth, which the CheckThat! subjectivity guidelines count as opinion.

The same subject with a past or perfect verb reports what happened ("Nobody was hurt", "No cases
have been found"), and a passive present announces a decision ("No ruling is expected"): neither
counts, nor does a progressive ("No trains are running"). Nor does a sentence tied to a date, a
number or "today", which is about one occasion, not about all.
Only the subject at the head of the sentence (after a linking word such as "But") is read: "no"
further on is most often part of an object ("found no one at the site").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.text.tokens import Token, first_word_index, word_list

#: Linking words that may come before the subject ("But nobody ...", "And yet no one ...").
_LINKS = frozenset({"but", "and", "yet", "so", "still", "or", "thus", "hence", "indeed", "after", "all", "then"})
#: Subjects that are a whole crowd on their own.
_CROWDS = frozenset({"nobody", "everyone", "everybody", "nothing", "everything"})
#: Words that make a crowd of the noun after them ("no government", "every voter", "all the banks").
_QUANTIFIERS = frozenset({"no", "every", "each", "all"})
#: Words after a quantifier that make it something else ("no doubt", "no matter", "all of this", "all we need").
_NOT_A_CROWD = frozenset({"doubt", "matter", "wonder", "longer", "more", "less", "sooner", "of", "this", "that",
                          "these", "those", "it", "we", "they", "you", "i", "he", "she", "but", "in", "at", "too",
                          "right", "one", "two", "three", "four", "five", "other", "else", "told", "along", "over",
                          "around", "the", "this", "is", "are", "was", "were"})
#: Verbs (and their companions) of the timeless present: the rule holds at any time.
_TIMELESS = frozenset({"ever", "never", "always", "can", "cannot", "can't", "will", "won't", "is", "are", "isn't",
                       "aren't", "does", "do", "doesn't", "don't", "really", "truly", "wants", "knows", "cares",
                       "likes", "needs", "believes", "trusts", "gets"})
#: Verbs that report one occasion: the sentence tells what happened, it does not state a rule.
_OCCASION = frozenset({"was", "were", "wasn't", "weren't", "had", "hadn't", "did", "didn't", "has", "have", "hasn't",
                       "haven't", "been", "said", "says", "told", "would", "could", "might", "may", "should"})
#: Words that tie a present verb to this moment ("No trains are running today"): news of now, not a rule.
_NOW = frozenset({"now", "today", "tonight", "currently", "yesterday", "tomorrow"})
#: How far after the subject's first word the verb may stand ("No major government in Europe ever ...").
_REACH = 7


def generalisation_cues(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> list[Cue]:
    """The sweeping subject and its timeless verb, when the sentence states a rule about everyone or no one."""
    found = _sweeping_subject(tokens)
    if found is None:
        return []
    i, j = found
    if any(s < tokens[i].start < e for s, e in quotes):
        return []
    times = word_list("time_words")
    if any(t.has_digit or (t.low in times and t.is_capitalised) or t.low in _NOW for t in tokens):
        return []  # a date, a number or "today" ties the sentence to one occasion
    words = text[tokens[i].start:tokens[j - 1].end]
    return [make_cue(text, tokens[i].start, tokens[j - 1].end, "certainty",
                     f"{quoted(words)} states a rule about everyone or no one, in the timeless present: a "
                     "generalisation the writer presents as a truth, which nobody could check case by case.",
                     family="sweeping_claim")]


def _sweeping_subject(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Token indices from the crowd subject to its timeless verb, or None."""
    first = first_word_index(tokens)
    if first is None:
        return None
    k = first
    skipped = 0
    while k < len(tokens) and skipped < 3 and (tokens[k].low in _LINKS or tokens[k].text == ","):
        if tokens[k].low == "all" and k + 1 < len(tokens) and tokens[k + 1].is_word:
            break  # "All the banks ...": a quantifier, not "after all"
        k += 1
        skipped += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return None
    head = tokens[k]
    singular = True
    if head.low in _CROWDS:
        noun_end = k + 1
    elif head.low == "no" and k + 1 < len(tokens) and tokens[k + 1].low == "one":
        noun_end = k + 2
    elif head.low in _QUANTIFIERS and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        if not nxt.is_word or nxt.low in _NOT_A_CROWD and not (head.low == "all" and nxt.low == "the") or \
                nxt.has_digit or nxt.is_capitalised or nxt.low in word_list("time_words"):
            return None  # "no doubt", "all of this", "all three", "every Monday", "each year": not a crowd
        noun_end = k + 2
        singular = head.low in ("every", "each") or not nxt.low.endswith("s")
    else:
        return None
    for m in range(noun_end, min(len(tokens), k + _REACH)):
        token = tokens[m]
        if not token.is_word:
            if token.text in ",;:()\u2014\u2013-":
                return None  # the subject runs into an aside or a new clause: too far to read safely
            continue
        low = token.low
        if low in _OCCASION or (low.endswith("ed") and len(low) > 4):
            return None
        if low in _TIMELESS:
            if low in ("is", "are") and m + 1 < len(tokens) and _participle(tokens[m + 1].low):
                return None  # "No ruling is expected", "No trains are running": news of one occasion, not a rule
            return k, m + 1
        if singular and m == noun_end and _present_third_person(low):
            return k, m + 1  # "No government surrenders", "Nobody knows"
    return None


def _participle(low: str) -> bool:
    return len(low) > 4 and low.endswith(("ed", "en", "ing"))


def _present_third_person(low: str) -> bool:
    """ "surrenders", "fights", "goes": a verb ending that names what always happens (a rough test)."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "'s"))
