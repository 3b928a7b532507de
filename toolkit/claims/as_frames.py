"""Speakers in an "as" clause: "As Lena Ortiz, a professor of law, put it: ...", "..., as the
paper noted", "However, as Bishop Varga told the AP, ...".

The clause names who said the words, but its verb comes after the speaker and often after an
aside, so the reading of a subject backwards from the verb (`toolkit.claims.attribution`) can
stop inside the aside or miss "put it", which no list of verbs of saying holds. Here the words
after "as" are read forwards: a subject, an optional aside between commas or brackets, then a
verb of saying (or "put it"). The clause's speaker replaces whatever other reading claimed the
same verb; attributions elsewhere in the sentence are kept.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (STRENGTH, Attribution, Found, NameBook, _forward_subject, _resolve,
                                        _Sentence, _source_cue, describe, read_sentence)
from toolkit.claims.cues import make_cue, quoted
from toolkit.text.tokens import Token, word_list

#: Where an "as" clause of saying may start: the sentence's start, or after a comma or "Or,".
AS_OPENERS = frozenset({",", ";", "(", "\u2014", "\u2013", "--"})
#: Words that open where a speaker works or comes from, between the name and the verb.
WHERE_WORDS = frozenset({"of", "from", "at"})
#: The longest aside between the speaker and the verb ("Lena Ortiz, professor of law at X,").
ASIDE_REACH = 16


def add_as_frames(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                  start: int, end: int, book: NameBook) -> Found:
    """`found` with the speaker of an "as X said" clause, in place of a reading of the same verb."""
    if not any(t.low == "as" for t in tokens):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    for i, token in enumerate(s.tokens):
        if token.low != "as" or s.in_quote(i) or not (i == s.first or (i > 0 and s.tokens[i - 1].text in AS_OPENERS)):
            continue
        attribution = _as_clause(s, book, i)
        if attribution is not None:
            kept = tuple(a for a in found.attributions
                         if not (a.frame[0] < attribution.frame[1] and attribution.frame[0] < a.frame[1]))
            return Found((attribution, *kept), found.cues)
    return found


def _verb_at(s: _Sentence, k: int) -> int | None:
    """The end of a verb of saying starting at token `k` ("noted", "put it", "told"), else None."""
    if k >= len(s.tokens) or not s.tokens[k].text.islower():
        return None
    if s.low(k) == "put" and s.low(k + 1) == "it":
        return k + 2
    if s.low(k) in word_list("reporting_verbs").words or s.low(k) in word_list("reporting_verbs_weak").words:
        return k + 1
    return None


def _as_clause(s: _Sentence, book: NameBook, i: int) -> Attribution | None:
    subject = _forward_subject(s, i + 1)
    if subject is None:
        # "as the paper noted": a short phrase of words straight before the verb
        v = next((x for x in range(i + 2, min(len(s.tokens), i + 5)) if _verb_at(s, x) is not None), None)
        if v is None or not all(s.tokens[x].is_word for x in range(i + 1, v)) or s.low(i + 1) not in ("the", "a", "an"):
            return None
        subject = (i + 1, v, "named" if any(s.name(x) for x in range(i + 1, v)) else "described")
    if subject[2] not in ("named", "described"):
        return None
    a, b, _ = subject
    k = b
    if s.low(k) in WHERE_WORDS:
        # "Bishop Leon Varga of the Harbor Church told": where the speaker is from, then the verb
        k = next((x for x in range(k + 1, min(len(s.tokens), k + ASIDE_REACH))
                  if not s.tokens[x].is_word or _verb_at(s, x) is not None), k)
    if k < len(s.tokens) and s.tokens[k].text in (",", "("):
        close = "," if s.tokens[k].text == "," else ")"
        end = next((x for x in range(k + 1, min(len(s.tokens), k + ASIDE_REACH)) if s.tokens[x].text == close), None)
        if end is None:
            return None
        k = end + 1  # past "a former harbor master," or "(R-Ohio)"
    verb_end = _verb_at(s, k)
    if verb_end is None:
        return None
    display, named, span, person = describe(s, a, b)
    display, person, resolved_from = _resolve(display, named, person, book)
    frame = (s.tokens[i].start, s.tokens[verb_end - 1].end)
    shown = s.text[s.tokens[i].start:s.tokens[verb_end - 1].end]
    cue = make_cue(s.text, s.tokens[k].start, s.tokens[verb_end - 1].end, "reporting_verb",
                   f"{quoted(shown)}: an \u201cas\u201d clause says whose words these are.", family="as_clause")
    scope_start = s.tokens[verb_end].end if verb_end < len(s.tokens) else s.end
    scope = ((s.start, s.tokens[i].start), (scope_start, s.end))
    return Attribution(display, "reporting_verb", STRENGTH["named" if named else "described"], named, frame,
                       scope, (cue, _source_cue(s, display, named, span, resolved_from)), person=person)
