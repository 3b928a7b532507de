"""The words of a question put to a speaker are reported, not the writer's: "Asked what was wrong with the pier,
Ruiz said the board had failed.", "Ruiz, when asked whether the levy should rise, responded that ...".

A question the writer retells ("asked what was wrong", "asked whether the board should resign") words what
someone asked the speaker; the judging words in it ("wrong", "should") are the asker's, as the answer's are the
speaker's. The frames report the answer after the verb of saying; this step adds the question, from "asked" to
the comma that closes it, to the reported words of the sentence's main attribution, when the sentence has one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from toolkit.claims.attribution import Found, NameBook
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Forms of asking whose question may follow.
ASKED = frozenset({"asked", "asking"})
#: Words that open the question after "asked" (an adverb may come first: "asked specifically what").
QUESTION_OPENERS = frozenset({"what", "whether", "if", "why", "how", "who", "which", "when", "where", "about"})
#: How far the question may run to its closing comma.
MOST_TOKENS = 40


def add_asked_questions(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                        start: int, end: int, book: NameBook) -> Found:
    """`found` with the words of a question put to the speaker added to its main attribution's reported words
    (`text`, `start`, `end` and `book` are not read: the rule takes the arguments of the rules it is listed with)."""
    primary = found.primary
    if primary is None or ASKED.isdisjoint(sentence_words(tokens).low_set):
        return found
    spans = []
    for k, token in enumerate(tokens):
        if token.low not in ASKED or any(a <= token.start < b for a, b in quotes):
            continue
        q = k + 1
        if q < len(tokens) and tokens[q].low.endswith("ly") and tokens[q].text.islower():
            q += 1  # "asked specifically what"
        if q >= len(tokens) or tokens[q].low not in QUESTION_OPENERS:
            continue
        close = next((m for m in range(q + 1, min(len(tokens), q + MOST_TOKENS)) if tokens[m].text == ","), None)
        if close is None or tokens[close].start >= primary.frame[1]:
            continue  # the question must close before the answer's verb: "Asked what ..., Ruiz said"
        spans.append((tokens[q].start, tokens[close].start))
    if not spans:
        return found
    widened = replace(primary, scope=tuple(sorted({*primary.scope, *spans})))
    return Found(tuple(widened if a is primary else a for a in found.attributions), found.cues)
