"""Verbs of saying used for an act with no words handed over: "Obama called Okafor on Tuesday", "Germany responded by building ...".

"Called" is a verb of saying when it names or judges ("called the plan a disaster", "called for
calm"); with only a person after it, and then nothing or only when, it is a telephone call
("Then, last week, Okafor called.", "The mayor called Ann Ruiz on Tuesday and left"), unless a verb
of saying follows ("called Hale and told him ..."). "Responded"
hands over words when words follow it, and "Ruiz responded." is the short form of a reply; in a
question with nothing after it ("How has the board responded?"), after an emergency crew ("Firefighters
responded."), or followed by "by" and a deed ("responded by building a new pier") or "as if", it reports an
action. Either way nobody's words are in the sentence, so it is not credited to anyone. A
sentence holding a quotation is left alone: there the words are the quotation's ('"No," Okafor
responded.').
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token, word_list

#: Quotation marks as tokens: a sentence holding one has words to hand over.
QUOTE_TOKENS = frozenset({"\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "''", "``"})
#: Ends of a sentence or clause right after the verb.
ENDS = frozenset({".", "?", "!", ""})
#: A question ending on "responded" asks about an action ("How has the board responded?"); a statement ending
#: on it ("Ruiz responded.") is the short form of a reply, whose words stand in the sentences around it.
QUESTION_ENDS = frozenset({"?"})
#: Crews whose "responded." is arriving at a call, not replying: "Firefighters responded."
EMERGENCY_CREWS = frozenset({"police", "officers", "deputies", "troopers", "firefighters", "paramedics", "medics",
                             "crews", "units", "ambulances", "rescuers", "responders", "departments", "agencies"})
#: Objects of a call that are a person: pronouns, and "both candidates"-like words after "both".
CALLED_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you"})
#: What may follow the person called: the end, or when and what next.
AFTER_CALLED = frozenset({".", "?", "!", "", "on", "last", "this", "yesterday", "earlier", "and", "monday",
                          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight", "today",
                          "again"})
#: Titles that may open a name: "Mr. Obama called Ann Ruiz".
NAME_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president"})
#: Deeds after "responded by" that are themselves speech: then words may follow after all.
SAYING_DEEDS = frozenset({"saying", "stating", "noting", "arguing", "insisting", "telling", "writing", "tweeting",
                          "posting", "calling", "asking", "issuing", "releasing", "pointing", "accusing", "claiming",
                          "declaring", "announcing", "suggesting", "questioning", "denying", "defending",
                          "criticizing", "attacking", "blasting", "slamming", "urging", "warning", "vowing"})


def wordless_act(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the verb `tokens[i:j]` ("called", "responded") reports an act with no words here."""
    if j - i != 1 or any(t.text in QUOTE_TOKENS for t in tokens):
        return False
    word = tokens[i].low
    if word in ("call", "calls", "called"):
        return _a_phone_call(tokens, j)
    if word in ("respond", "responds", "responded"):
        after = tokens[j].low if j < len(tokens) else ""
        nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
        if after in ENDS:
            return after in QUESTION_ENDS or _emergency_crew_before(tokens, i)
        return (after == "by" and nxt.endswith("ing") and nxt not in SAYING_DEEDS) or (after == "as" and nxt == "if")
    return False


def _emergency_crew_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word before the verb at `i`, past adverbs in -ly ("quickly"), names an emergency crew."""
    k = i - 1
    while k >= 0 and tokens[k].low.endswith("ly") and tokens[k].text.islower():
        k -= 1
    return k >= 0 and tokens[k].low in EMERGENCY_CREWS


def _a_phone_call(tokens: Sequence[Token], j: int) -> bool:
    """Nothing after "called", or only a person (a pronoun, "both candidates", a name) and then an end or a when."""
    after = tokens[j].low if j < len(tokens) else ""
    if after in ENDS:
        return True
    k = j
    if after in CALLED_PRONOUNS:
        k += 1
    elif after == "both" and k + 1 < len(tokens) and tokens[k + 1].text.islower():
        k += 2
    else:
        if tokens[k].low.rstrip(".") in NAME_TITLES:
            k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
        start = k
        while k < len(tokens) and k - start < 3 and tokens[k].is_word and tokens[k].text[:1].isupper():
            k += 1
        if k == start:
            return False
    if (tokens[k].low if k < len(tokens) else "") not in AFTER_CALLED:
        return False
    saying = word_list("reporting_verbs").words | word_list("reporting_verbs_weak").words
    return not any(t.low in saying for t in tokens[k:])  # "called Hale and told him ...": the call carries words
