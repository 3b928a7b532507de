"""A verdict put first: "Much more worrying is ...", "Stranger still was ...", "Equally striking is ..." (issue 16).

English normally puts the subject first ("The silence is more worrying"). A writer who turns the
sentence round, opening with a graded adjective and only then the verb "be" and the thing judged,
leads with their own verdict: the comparison ("more worrying" than what?) is one only the writer
has made, and the word order is an essayist's device for stressing it. Such sentences often carry
no judgment word a list would know ("Much more potent are the forces ..."), so the shape is the cue.

The rule: at the start of the sentence (after at most one opening word such as "Now," or "But"), a
word of degree or comparison ("more", "less", "most", "least", "equally", "even", "far", "much"),
then an adjective, then optionally "still", "yet" or "of all", then "is", "are", "was" or "were".
A comparative that is a judgment in itself ("Worse", "Stranger", "Odder") may stand without a
degree word. The word after the verb must open the subject put last ("the", "that", "how", a name):
"More votes are needed" and "More people are working" are a noun and its verb, not an inversion. Left alone: words of frequency or number ("More common is ...", "Most numerous were
...": a count someone could check) and of knowledge ("Less clear is whether ...": news reports what
is not yet known that way), questions, and anything but an adjective after the degree word
("Most of the ...", "More than ...").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.text.tokens import Token, first_word_index, word_list

#: Words of degree or comparison that grade the adjective after them.
_DEGREE = frozenset({"more", "less", "most", "least", "equally"})
#: Words that may stand before or between the degree words ("much more", "even less", "just as").
_BOOSTERS = frozenset({"much", "far", "even", "still", "yet", "just", "perhaps", "arguably", "especially",
                       "particularly", "all", "the", "as", "more", "less", "most", "least", "equally"})
#: Comparatives and superlatives that judge on their own ("Stranger still is ...").
_JUDGING_COMPARATIVES = frozenset({"worse", "worst", "better", "best", "stranger", "strangest", "odder", "oddest",
                                   "sadder", "saddest", "weirder", "weirdest", "funnier", "funniest", "bolder",
                                   "boldest", "sillier", "silliest", "wiser", "wisest"})
#: Adjectives that count or report knowledge: a check or a report, not a verdict.
_NOT_VERDICTS = frozenset({"common", "frequent", "numerous", "recent", "widespread", "prevalent", "plentiful",
                           "abundant", "often", "likely", "clear", "unclear", "certain", "uncertain", "known",
                           "unknown", "obvious", "popular", "expensive", "costly", "affected", "exposed", "vulnerable",
                           "senior", "junior", "recently", "than", "of", "at", "in", "to"})
#: Words that may sit between the adjective and the verb.
_AFTER = frozenset({"still", "yet", "of", "all", "perhaps", "though", ","})
_BE = frozenset({"is", "are", "was", "were", "'s"})
#: Opening words skipped before the verdict ("Now, much more ...", "But equally striking is ...").
_OPENERS = frozenset({"now", "but", "and", "yet", "so", "then", "still", "here", "today"})
WHY = ("{text} puts the writer's verdict first, before the thing it judges: a comparison only the writer has "
       "made, stressed by turning the sentence round, not a detail anyone reported.")


def fronted_verdict_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """One `fronted_verdict` cue from the degree word to the verb "be", or nothing."""
    first = first_word_index(tokens)
    if first is None or len(tokens) < 4 or tokens[-1].text == "?":
        return []
    i = first
    if tokens[i].low in _OPENERS and i + 1 < len(tokens):
        i += 2 if tokens[i + 1].text == "," else 1
    start = i
    degree = False
    while i < len(tokens) and tokens[i].low in _BOOSTERS and i - start < 3:
        degree = degree or tokens[i].low in _DEGREE
        i += 1
    if i >= len(tokens):
        return []
    adjective = tokens[i]
    if not degree and adjective.low not in _JUDGING_COMPARATIVES:
        return []  # the set test first: it turns away nearly every sentence before the word's own checks
    if not _is_adjective_word(adjective, opens=i == start) or adjective.low in _NOT_VERDICTS:
        return []
    k = i + 1
    while k < len(tokens) and tokens[k].low in _AFTER and k - i <= 3:
        k += 1
    if k >= len(tokens) or tokens[k].low not in _BE:
        return []
    if k + 1 >= len(tokens) or not _opens_the_subject(tokens[k + 1]):
        return []  # "More votes are needed", "More people are working": a noun and its verb, no verdict put first
    span = text[tokens[start].start:tokens[k].end]
    return [make_cue(text, tokens[start].start, tokens[k].end, "evaluative", WHY.format(text=quoted(span)),
                     family="fronted_verdict")]


#: Words that open the inverted subject after the verb ("is the silence", "is that ...", "is how little ...").
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "that", "this", "these", "those", "how", "what", "why", "whether",
                              "when", "where", "who", "his", "her", "its", "their", "our", "my", "your", "any", "some",
                              "one", "two", "three", "all", "both", "such"})


def _opens_the_subject(token: Token) -> bool:
    """Whether the word after the verb can open the inverted subject: a determiner, a question word, or a name.

    This is what tells an inversion ("More worrying is the silence") from a noun and its verb ("More votes are
    needed"), where a participle follows."""
    return token.is_word and (token.low in _SUBJECT_OPENERS or token.is_capitalised)


def _is_adjective_word(token: Token, opens: bool) -> bool:
    """A lower-case word (or, opening the sentence, a capitalised one) that is not a function word and holds no
    digit: the rule's stand-in for an adjective."""
    if not token.is_word or token.has_digit:
        return False
    if not (token.text.islower() or opens and token.text[:1].isupper() and token.text[1:].islower()):
        return False
    return token.low not in word_list("function_words")
