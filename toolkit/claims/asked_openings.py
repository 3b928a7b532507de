"""An answer after an opening "Asked ...,": "Asked whether he would back the levy, Ruiz gave a vague answer.".

An opening participle of asking ("Asked in Calder whether ...", "But when asked how ...") says the
sentence's subject was put a question, and what follows is their answer, however the writer words
it ("gave a roundabout answer", "fought back", "chuckled"). The frames read such a sentence only
when a verb of saying follows ("Asked ..., Ruiz said"); PolNeAR marks the "Asked" itself as a cue
of speech, with the subject as its source. Read here only when no frame found reported words, and
only with a person or a described speaker after the opening phrase's comma (a share of those asked,
"32 percent picked ...", is a poll's count and is left alone).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, _forward_subject, read_sentence
from toolkit.claims.attribution_model import PERSON_PRONOUNS
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.subject_credits import subject_attribution
from toolkit.text.tokens import Token

#: Words that may come before the opening "asked": "But when asked", "Whenever asked".
LEADS = frozenset({"but", "and", "when", "whenever", "once", "if"})
#: What follows "Asked" in an opening of asking: the question or when and where it was put.
AFTER_ASKED = frozenset({"if", "whether", "about", "how", "what", "why", "who", "which", "where", "when", "in",
                         "on", "at", "during", "later", "recently", "again", "repeatedly", "directly",
                         "specifically", "by"})  # not "to": "Asked to leave, ..." is a request
#: How far the opening phrase's comma may be from "Asked".
MOST_TOKENS = 40


def add_asked_openings(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                       start: int, end: int, book: NameBook) -> Found:
    """`found` with the answer of a sentence opened by "Asked ...," credited to its subject, when no
    frame found reported words."""
    if any(a.scope for a in found.attributions):
        return found
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    if first is None:
        return found
    k = first
    while k < len(tokens) and k - first < 2 and tokens[k].low in LEADS:
        k += 1
    if k >= len(tokens) - 2 or tokens[k].low != "asked" or tokens[k + 1].low not in AFTER_ASKED:
        return found
    comma = next((m for m in range(k + 2, min(len(tokens), k + MOST_TOKENS)) if tokens[m].text in (",", "-", "\u2014",
                                                                                                    "\u2013", "--")),
                 None)
    if comma is None or comma + 1 >= len(tokens):
        return found
    if tokens[comma].text != ",":  # "Asked later - war or not - the admiral chuckled": the dash's pair
        comma = next((m for m in range(comma + 1, min(len(tokens), comma + MOST_TOKENS))
                      if tokens[m].text == tokens[comma].text), None)
        if comma is None or comma + 1 >= len(tokens):
            return found
    s = read_sentence(text, tokens, quotes, start, end)
    subject = _forward_subject(s, comma + 1)
    if subject is None or subject[2] not in ("named", "described", "pronoun"):
        return found
    a, b, kind = subject
    if b >= len(s.tokens) or not (s.tokens[b].is_word and s.tokens[b].text.islower()):
        return found  # the subject must be followed by its verb
    frame = (s.tokens[k].start, s.tokens[k].end)
    verb_cue = make_cue(s.text, *frame, "reporting_verb",
                        f"{quoted(s.text[frame[0]:frame[1]])}: the subject was put a question, and what follows "
                        f"is their answer.", family="reporting_verbs")
    scope = ((s.tokens[b].start, s.end),)
    pronoun = s.low(a) if kind == "pronoun" else ""
    who = book.person_for(pronoun) if pronoun in PERSON_PRONOUNS else None
    attribution = subject_attribution(s, a, b, kind, pronoun, who, frame, scope, verb_cue, book)
    return Found((*found.attributions, attribution), found.cues)
