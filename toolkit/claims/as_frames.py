"""Speakers in an "as" clause: "As Lena Ortiz, a professor of law, put it: ...", "..., as the
paper noted", "However, as Bishop Varga told the AP, ...", and "Okafor was quoted (by the
Herald) as saying": there the sentence's subject speaks and the paper only passed it on.

The clause names who said the words, but its verb comes after the speaker and often after an
aside, so the reading of a subject backwards from the verb (`toolkit.claims.attribution`) can
stop inside the aside or miss "put it", which no list of verbs of saying holds. Here the words
after "as" are read forwards: a subject, an optional aside between commas or brackets, then a
verb of saying (or "put it"). The clause's speaker replaces whatever other reading claimed the
same verb; attributions elsewhere in the sentence are kept.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (PASSIVE_MARKERS, PERSON_PRONOUNS, STRENGTH, Attribution, Found, NameBook, _forward_subject, _resolve,
                                        _Sentence, _source_cue, describe, read_sentence)
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.verb_look_alikes import saying_look_alike
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
    if "as" not in sentence_words(tokens).low_set:
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    quoted_as = _quoted_as(s, book)
    if quoted_as is not None:
        kept = tuple(a for a in found.attributions
                     if not (a.frame[0] < quoted_as.frame[1] and quoted_as.frame[0] < a.frame[1]))
        return Found((quoted_as, *kept), found.cues)
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
        # "as a former secretary of state", "As Soviet states and neighbors": the noun, no verb of saying
        return None if saying_look_alike(s.tokens, k, k + 1) else k + 1
    return None


def _noun_before_verb(s: _Sentence, v: int) -> bool:
    """Whether the verb-like word at `v` is a noun because a verb of saying or showing follows it at once:
    "report" in "as the harbor report states" heads the subject, and "states" is the verb."""
    after = v + 1
    return s.tokens[after].text.islower() and (
        _verb_at(s, after) is not None or s.low(after) in word_list("document_verbs").words)


def _as_clause(s: _Sentence, book: NameBook, i: int) -> Attribution | None:
    subject = _forward_subject(s, i + 1)
    if subject is None:
        # "as the paper noted": a short phrase of words straight before the verb
        v = next((x for x in range(i + 2, min(len(s.tokens), i + 5)) if _verb_at(s, x) is not None), None)
        if v is None or not all(s.tokens[x].is_word for x in range(i + 1, v)) or s.low(i + 1) not in ("the", "a", "an"):
            return None
        while v + 1 < len(s.tokens) and _noun_before_verb(s, v):
            v += 1  # "as the harbor report states": the noun that looks like a verb heads the subject
        subject = (i + 1, v, "named" if any(s.name(x) for x in range(i + 1, v)) else "described")
    if subject[2] == "pronoun" and s.low(subject[0]) in PERSON_PRONOUNS:
        return _as_pronoun(s, book, i, subject[0])
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


def _as_pronoun(s: _Sentence, book: NameBook, i: int, p: int) -> Attribution | None:
    """ "as she put it": the last person met whose sex fits, when the verb follows the pronoun."""
    verb_end = _verb_at(s, p + 1)
    who = book.person_for(s.low(p)) if verb_end is not None else None
    if verb_end is None or who is None:
        return None
    frame = (s.tokens[i].start, s.tokens[verb_end - 1].end)
    cue = make_cue(s.text, s.tokens[p + 1].start, s.tokens[verb_end - 1].end, "reporting_verb",
                   f"{quoted(s.text[frame[0]:frame[1]])}: an \u201cas\u201d clause says whose words these are.",
                   family="as_clause")
    source = make_cue(s.text, s.tokens[p].start, s.tokens[p].end, "source",
                      f"{quoted(s.tokens[p].text)} points back to {who}, the last person named.", family="pronoun")
    scope_start = s.tokens[verb_end].end if verb_end < len(s.tokens) else s.end
    return Attribution(who, "reporting_verb", STRENGTH["named"], True, frame,
                       ((s.start, s.tokens[i].start), (scope_start, s.end)), (cue, source), person=True)


#: Adverbs between "was" and "quoted": "was later quoted", "was widely quoted".
QUOTED_ADVERBS = frozenset({"later", "also", "once", "widely", "often", "then", "previously", "reportedly"})
#: Participles after "quoted as": "was quoted as saying", "quoted as calling the plan ...".
QUOTED_AS = frozenset({"saying", "telling", "calling", "describing", "stating", "arguing", "claiming"})


def _quoted_as(s: _Sentence, book: NameBook) -> Attribution | None:
    """ "Okafor was quoted by the Herald as saying ...": the subject speaks; the Herald passes it on."""
    q = next((x for x, t in enumerate(s.tokens) if t.low == "quoted" and not s.in_quote(x)), None)
    if q is None or q < 1 or s.first is None:
        return None
    a_s = next((x for x in range(q + 1, min(len(s.tokens) - 1, q + 10)) if s.low(x) == "as"), None)
    if a_s is None or s.low(a_s + 1) not in QUOTED_AS:
        return None
    marker = q - 2 if q >= 2 and s.low(q - 1) in QUOTED_ADVERBS else q - 1
    via = None
    if s.low(marker) in PASSIVE_MARKERS:
        subject = _forward_subject(s, s.first)  # "Okafor was (later) quoted (by X) as saying"
        if subject is None or subject[1] > marker:
            return None
        if s.low(q + 1) == "by" and q + 2 < a_s:
            via = s.text[s.tokens[q + 2].start:s.tokens[a_s - 1].end]
    else:
        subject = _forward_subject(s, q + 1)  # "The report quoted Okafor as saying": the report passes it on
        if subject is None or subject[1] != a_s:
            return None
        opening = _forward_subject(s, s.first)
        if opening is not None and opening[1] == q:
            via = s.text[s.tokens[opening[0]].start:s.tokens[opening[1] - 1].end]
    if via is not None and via.lower().startswith("the "):
        via = via[4:]
    a, b, kind = subject
    if kind == "pronoun":
        who = book.person_for(s.low(a)) if s.low(a) in PERSON_PRONOUNS else None
        if who is None:
            return None
        display, named, person = who, True, True
        source = make_cue(s.text, s.tokens[a].start, s.tokens[a].end, "source",
                          f"{quoted(s.tokens[a].text)} points back to {who}, the last person named.", family="pronoun")
    elif kind in ("named", "described"):
        display, named, span, person = describe(s, a, b)
        display, person, resolved_from = _resolve(display, named, person, book)
        source = _source_cue(s, display, named, span, resolved_from)
    else:
        return None
    frame = (s.tokens[a].start, s.tokens[a_s + 1].end)
    cue = make_cue(s.text, s.tokens[q - 1].start, s.tokens[a_s + 1].end, "reporting_verb",
                   f"{quoted(s.text[s.tokens[q - 1].start:s.tokens[a_s + 1].end])}: the words are the subject's; "
                   "whoever quoted them passed them on.", family="as_clause")
    scope_start = s.tokens[a_s + 1].end
    return Attribution(display, "reporting_verb", STRENGTH["named" if named else "described"], named, frame,
                       ((scope_start, s.end),), (cue, source), via=via, person=person)
