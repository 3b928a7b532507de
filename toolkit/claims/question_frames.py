"""Questions put to someone: "Okafor was asked about the tolls", "she has been asked whether".

News reports an exchange by the question as often as by the answer. A passive "asked" with
what was asked after it (about, whether, if, why, what, which, how, to ...) or ending the
sentence ("Mr. Okafor was asked.") tells the reader the sentence relays an exchange with
someone, even when the one asking is not named. `toolkit.claims.attribution` reads verbs of
saying with their subject, and skips passives; this module adds the passive question, with no
source when no "by X" names the asker (a "by X" is read by `toolkit.claims.agent_frames`).
A sentence that opens with the question ("Asked whether she would run, Okafor demurred.",
"When asked about the tolls, ...") credits the one who answers: the subject after the comma.
Only when nothing else in the sentence already credits it.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (PASSIVE_MARKERS, STRENGTH, Attribution, Found, NameBook, _Sentence,
                                        _forward_described, _forward_subject, _resolve, _scope, _source_cue, describe, read_sentence)
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Words that may stand between the passive marker and "asked": "was once asked", "has even been asked".
BETWEEN = frozenset({"also", "once", "later", "then", "repeatedly", "even", "often", "again", "specifically",
                     "recently", "never", "not", "first", "directly", "already"})
#: What a question put to someone opens with: "asked about", "asked whether", "asked to name".
ASKED_WHAT = frozenset({"about", "whether", "if", "why", "what", "which", "who", "how", "when", "where", "to",
                        "for", "a", "the", "this", "that", "yet", "again", "point-blank", "repeatedly"})
#: Words that end a sentence or clause right after "asked": "Mr. Okafor was asked."
ENDS = frozenset({".", "!", "?", ";"})


def add_question_frames(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                        start: int, end: int, book: NameBook) -> Found:
    """`found` with a passive question added, when the sentence credits nobody else."""
    if found.attributions or "asked" not in sentence_words(tokens).low_set:
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    opening = _opening_question(s, book)
    if opening is not None:
        return Found((*found.attributions, opening), found.cues)
    for i, token in enumerate(s.tokens):
        if token.low != "asked" or s.in_quote(i) or i < 1:
            continue
        k = i - 1
        while k > 0 and s.low(k) in BETWEEN:
            k -= 1
        if s.low(k) not in PASSIVE_MARKERS:
            continue
        after = s.low(i + 1) if i + 1 < len(s.tokens) else "."
        if after == "by" or not (after in ASKED_WHAT or after in ENDS):
            continue  # "by X" names the asker (agent frames); "was asked out" is no question
        frame = (s.tokens[k].start, token.end)
        cue = make_cue(s.text, *frame, "reporting_verb",
                       f"{quoted(s.text[frame[0]:frame[1]])}: the sentence relays a question put to someone, "
                       "though not who asked it.", family="asked")
        question = Attribution(None, "reporting_verb", STRENGTH["unnamed"], False, frame,
                               _scope(s, frame, False), (cue,))
        return Found((*found.attributions, question), found.cues)
    return found


#: What an opening question starts with after "Asked": "Asked whether", "Asked by a reporter if".
QUESTION_WORDS = frozenset({"about", "whether", "if", "why", "what", "which", "who", "how", "when", "where", "by"})
#: How far the comma closing an opening question may stand from "Asked".
OPENING_REACH = 30


def _opening_question(s: _Sentence, book: NameBook) -> Attribution | None:
    """ "Asked whether she would run, Okafor demurred": the one asked, after the comma, answers."""
    i = s.first
    if i is None or s.in_quote(i):
        return None
    if s.low(i) == "when" and s.low(i + 1) == "asked":
        i += 1
    while s.low(i + 1) in BETWEEN:
        i += 1  # "Asked later whether", "Asked specifically what"
    asked = s.first if s.low(s.first) == "asked" else (i if s.low(i) == "asked" else None)
    if asked is None or s.low(i + 1) not in QUESTION_WORDS:
        return None  # "Asked to leave, the crowd stayed": a request, no exchange of words
    comma = next((x for x in range(i + 1, min(len(s.tokens), i + OPENING_REACH))
                  if s.tokens[x].text == "," and not s.in_quote(x)), None)
    if comma is None or comma == i + 1:
        return None
    subject = _forward_subject(s, comma + 1) or _forward_described(s, comma + 1)
    if subject is None or subject[2] not in ("named", "described"):
        return None
    a, b, _ = subject
    if b - a > 2 and s.low(b - 1).endswith("ed") and s.tokens[b - 1].text.islower():
        b -= 1  # "the harbor master laughed": a described subject stops before its verb
    display, named, span, person = describe(s, a, b)
    display, person, resolved_from = _resolve(display, named, person, book)
    frame = (s.tokens[s.first].start, s.tokens[comma].start)
    cue = make_cue(s.text, s.tokens[s.first].start, s.tokens[asked].end, "reporting_verb",
                   f"{quoted(s.text[s.tokens[s.first].start:s.tokens[asked].end])} opens with a question put to "
                   f"{display}: what follows is their answer.", family="asked")
    return Attribution(display, "reporting_verb", STRENGTH["named" if named else "described"], named, frame,
                       ((s.tokens[comma].end, s.end),), (cue, _source_cue(s, display, named, span, resolved_from)),
                       person=person)
