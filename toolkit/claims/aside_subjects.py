"""A speaker set off by an aside speaks, not the subject of what they said.

"Rashad Okafor, Color of Change's executive director, said his group will keep pressing": when the
aside is not recognised as one (a capitalised body in it, "South Carolina director for Lopez"), the
rules used to read "said his group" as an inverted frame ('"...," said the mayor') and credit the
words to "his group". Two readings fix the kind:

- `opens_reported_clause`: a phrase right after a verb of saying that is followed by a verb of its own
  ("his group will", "the campaign has opened", "the committee appears") or by "that" after "told"
  ("told the group that") is the subject or the listener of the reported words, never the speaker;
- `subject_before_aside`: when the verb follows an aside between commas that holds a title or body
  word ("director", "spokesman"), the name that opens the sentence before the aside is the subject.
"""

from __future__ import annotations

from toolkit.text.tokens import QUOTE_MARKS

#: Words that show a phrase is the subject of a clause of its own: modals and auxiliaries.
CLAUSE_VERBS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall", "is", "are",
                          "was", "were", "has", "have", "had", "does", "do", "did", "appears", "appear",
                          "seems", "seem", "won't", "wouldn't", "can't", "isn't", "wasn't", "hasn't", "doesn't",
                          "didn't", "that"})
#: Words right after a verb of saying that open where or when it was said, so no speaker follows.
ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "while", "via", "through"})
#: The longest aside read between the subject and the verb, in tokens.
MAX_ASIDE = 22
#: Words inside an aside that stop it being one: a clause of its own, or quoted words.
NOT_IN_ASIDE = frozenset({"who", "which", "whose", "that", "said", "says"})


def opens_reported_clause(tokens, end: int) -> bool:
    """Whether the phrase that ends before token `end` is followed by a verb of its own or by "that":
    the subject ("said his group will") or the listener ("told the group that") of the reported words."""
    return end < len(tokens) and tokens[end].low in CLAUSE_VERBS


def closes_aside(tokens, k: int) -> bool:
    """Whether token `k`, right before a verb, ends an aside: a comma, or a closing quotation mark
    after one ('star of the show "The Boat," said')."""
    return tokens[k].text == "," or (k >= 1 and tokens[k].text in QUOTE_MARKS and tokens[k - 1].text == ",") or (
        k >= 2 and tokens[k].text == "'" and tokens[k - 1].text == "'" and tokens[k - 2].text == ",")  # ,'' said


def subject_before_aside(s, comma: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the name ("named") or the plain description of people ("described": "The
    aides") that opens the sentence and is followed by an aside ending at token `comma` (the comma right
    before the verb), or None. `s` is the attribution rules' sentence (`tokens`, `first`, `name`, `noun`)."""
    tokens = s.tokens
    first = s.first
    if first is None or comma <= first + 1:
        return None
    opening = comma - 1
    while opening > first and (tokens[opening].text != "," or s.in_quote(opening)):
        opening -= 1  # the comma that opens the aside, not one inside quoted words in it
    size = comma - opening - 1
    if opening <= first or not 1 <= size <= MAX_ASIDE:
        return None
    aside = range(opening + 1, comma)
    marks = sum(tokens[x].text in QUOTE_MARKS for x in range(opening + 1, comma + 1))
    if any(tokens[x].low in NOT_IN_ASIDE for x in aside) or marks % 2:
        return None  # a clause of its own, or quoted words left open: no aside
    participle = tokens[opening + 1].text.islower() and tokens[opening + 1].low.endswith("ing") and marks > 0
    if not participle and not any(s.noun(x) and tokens[x].text.islower() for x in aside):
        return None  # "Ana Lopez, Ohio, said": no title or body word makes the words between an aside
    # ("Ruiz, citing "the harsh winter," said": a participle's aside ending in a quotation is one too)
    if 1 <= opening - first <= 5 and s.name(opening - 1) and all(
            s.name(x) or tokens[x].text == "." or s.low(x) in s.titles for x in range(first, opening)):
        # ("Mr. Okafor, citing ..., said": a short title before the name is part of it)
        return first, opening, "named"  # "Rashad Okafor, Color of Change's executive director, said"
    if 2 <= opening - first <= 4 and tokens[first].low in ("the", "a", "an") and all(
            tokens[x].is_word and tokens[x].text.islower() for x in range(first + 1, opening)) and \
            s.noun(opening - 1):
        return first, opening, "described"  # "The aides, led by campaign manager Ana Ruiz, told"
    return None
