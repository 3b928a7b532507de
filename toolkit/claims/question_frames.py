"""Questions put to someone: "Okafor was asked about the tolls", "she has been asked whether".

News reports an exchange by the question as often as by the answer. A passive "asked" with
what was asked after it (about, whether, if, why, what, which, how, to ...) or ending the
sentence ("Mr. Okafor was asked.") tells the reader the sentence relays an exchange with
someone, even when the one asking is not named. `toolkit.claims.attribution` reads verbs of
saying with their subject, and skips passives; this module adds the passive question, with no
source when no "by X" names the asker (a "by X" is read by `toolkit.claims.agent_frames`).
Only when nothing else in the sentence already credits it.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (PASSIVE_MARKERS, STRENGTH, Attribution, Found, NameBook, _scope,
                                        read_sentence)
from toolkit.claims.cues import make_cue, quoted
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
    if found.attributions or not any(t.low == "asked" for t in tokens):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
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
