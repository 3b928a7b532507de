"""Whose words a quotation holds when no verb of saying names them: the subject of the sentence.

"Lopez gushed about a \u201cnew dawn for the harbour and everyone in it\u201d", "He went on to call
the levy \u201cthe worst tax this town has seen\u201d": the verb is one no list holds, but the
person the sentence is about is who the quoted words belong to. When `toolkit.claims.attribution`
found a quotation and no source, the sentence's subject (a name, a person described by a title,
or "he"/"she" read as the last person met) is given as the source. The label does not change:
the quotation already made the sentence `attributed`; only the "who" is filled in.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (ORGANISATION_WORDS, PERSON_PRONOUNS, Attribution, Found, NameBook, _forward_subject, _resolve,
                                        _Sentence, _source_cue, describe, read_sentence)
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.people import stands_for_person
from toolkit.text.tokens import Token


def add_quote_owner(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                    start: int, end: int, book: NameBook) -> Found:
    """`found` with its sourceless quotation credited to the sentence's subject, when there is one."""
    if any(a.source for a in found.attributions):
        return found
    quotation = next((a for a in found.attributions if a.kind == "quotation" and a.source is None), None)
    if quotation is None:
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    if s.first is None or s.title_case or s.in_quote(s.first) or s.tokens[s.first].start >= quotation.frame[0]:
        return found
    subject = _forward_subject(s, s.first)
    if subject is None or subject[2] not in ("named", "described", "pronoun"):
        return found
    a, b, kind = subject
    if b >= len(s.tokens) or s.tokens[b].end > quotation.frame[0] or not _verb_follows(s, b):
        return found
    if kind == "pronoun":
        if s.low(a) not in PERSON_PRONOUNS:
            return found
        who = book.person_for(s.low(a))
        if who is None:
            return found
        display, named, span, person, resolved_from = who, True, (s.tokens[a].start, s.tokens[a].end), True, None
        why = f"{quoted(s.tokens[a].text)} points back to {who}, the last person named: the quoted words are theirs."
        source_cue = make_cue(s.text, *span, "source", why, family="pronoun")
    else:
        display, named, span, person = describe(s, a, b)
        display, person, resolved_from = _resolve(display, named, person, book)
        if not (person or (named and stands_for_person(display) and display.lower() not in ORGANISATION_WORDS) or
                (not named and s.noun(b - 1) and not s.low(b - 1).endswith("s"))):
            return found  # a body or a thing ("The ad", "Congress") is no owner of spoken words
        source_cue = _source_cue(s, display, named, span, resolved_from)
    owner_cue = make_cue(s.text, s.tokens[a].start, s.tokens[b - 1].end, "quotation",
                         f"{quoted(s.text[s.tokens[a].start:s.tokens[b - 1].end])} is who the sentence is about, "
                         "and no one else is named: the quoted words are most likely theirs.", family="quote_owner")
    owned = Attribution(display, quotation.kind, quotation.strength, named, quotation.frame, quotation.scope,
                        (*quotation.cues, owner_cue, source_cue), person=person)
    return Found(tuple(owned if x is quotation else x for x in found.attributions), found.cues)


def _verb_follows(s: _Sentence, b: int) -> bool:
    """Whether the subject phrase ending before token `b` is followed by a verb-like lower-case word."""
    k = b
    while k < len(s.tokens) and s.low(k) in ("has", "had", "have", "also", "then", "later", "again", "once"):
        k += 1
    token = s.tokens[k] if k < len(s.tokens) else None
    return token is not None and token.is_word and token.text.islower() and token.low not in s.functions
