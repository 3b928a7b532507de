"""An opening participle of saying with its clause: "Noting that the pier was a disgrace, Ruiz said the vote would
wait.", "Declaring that she alone could fix the port, Ruiz offered a plan.".

A sentence may open with the subject's own words, put as a participle of saying and its "that" clause, before
the comma after which the subject stands. The clause is what the subject noted, promised or declared: its
judging words ("a disgrace", "appalling") are the subject's, not the writer's. When a frame found the
subject's verb of saying after the comma, the clause joins that frame's reported words; when none did
("Declaring that ..., Ruiz offered a plan", "Noting that ..., Ruiz put her finger on ..."), the participle
credits the sentence to the subject, as PolNeAR marks it.

Not read: a participle that says nothing ("Assuming that ...", "Being that ..."), the writer ("Noting that ...,
I ..."), and no subject followed by its verb after the comma.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, _forward_subject, read_sentence
from toolkit.claims.attribution_model import PERSON_PRONOUNS
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.subject_credits import subject_attribution
from toolkit.text.tokens import Token

#: Participles of saying that may open a sentence with the subject's words in a "that" clause.
OPENING_SAYINGS = frozenset({"noting", "declaring", "promising", "arguing", "insisting", "claiming", "stating",
                             "saying", "acknowledging", "conceding", "warning", "explaining", "recalling",
                             "asserting", "predicting", "pledging", "vowing", "suggesting", "contending"})
#: How far the clause may run to the comma after which the subject stands.
MOST_TOKENS = 50


def add_opening_sayings(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                        start: int, end: int, book: NameBook) -> Found:
    """`found` with an opening "Noting that ...," clause reported: joined to the frame after it, or credited to the
    subject when no frame found one."""
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    if first is None or first + 2 >= len(tokens) or tokens[first].low not in OPENING_SAYINGS or \
            tokens[first + 1].low != "that":
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    for comma in range(first + 3, min(len(s.tokens) - 1, first + MOST_TOKENS)):
        if s.tokens[comma].text != "," or s.in_quote(comma):
            continue
        subject = _forward_subject(s, comma + 1)
        if subject is None or subject[2] not in ("named", "described", "pronoun"):
            continue
        a, b, kind = subject
        if b >= len(s.tokens) or not (s.tokens[b].is_word and s.tokens[b].text.islower()):
            continue  # the subject must be followed by its verb
        if kind == "pronoun" and s.low(a) not in PERSON_PRONOUNS | {"they"}:
            return found
        clause = (s.tokens[first + 1].start, s.tokens[comma].start)
        primary = found.primary
        if primary is not None:
            if primary.frame[0] < s.tokens[comma].start:
                return found  # the frame is inside the clause: not the subject's answer after it
            widened = replace(primary, scope=tuple(sorted({*primary.scope, clause})))
            return Found(tuple(widened if x is primary else x for x in found.attributions), found.cues)
        frame = (s.tokens[first].start, s.tokens[first].end)
        verb_cue = make_cue(s.text, *frame, "reporting_verb",
                            f"{quoted(s.tokens[first].text)}: the clause after it is what the subject said.",
                            family="reporting_verbs")
        pronoun = s.low(a) if kind == "pronoun" else ""
        who = book.person_for(pronoun) if pronoun in PERSON_PRONOUNS else None
        attribution = subject_attribution(s, a, b, kind, pronoun, who, frame, (clause,), verb_cue, book)
        return Found((*found.attributions, attribution), found.cues)
    return found
