"""A participle of saying after a frame that closes a quotation: '"The vote was a mess," said Ruiz, suggesting that
the next meeting would be calmer.', '"...," the mayor said, before clarifying that she would run.'.

A frame after a quotation reports the words before it; a participle of saying set off by a comma after that frame
("suggesting that ...", "adding that ...", "before clarifying that ...") goes on with more of the same speaker's
words. Its clause was read as the writer's own, so a judging word in it ("won't be so chaotic", "the best
candidate") outweighed the attribution and the sentence was called the writer's opinion; PolNeAR marks all 100
such sentences on train as the speaker's. The clause joins the frame's reported words.

Not read: a participle with no clause after it ("said Ruiz, adding three names"), one that is no verb of saying
("said Ruiz, looking tired"), and a frame that opens its words rather than closing them ("Ruiz said ..., adding
that ..." already reports everything after "said").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from toolkit.claims.attribution import Found, NameBook
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.verb_clauses import subject_pronoun_at
from toolkit.text.tokens import Token

#: Participles of saying that go on with the speaker's words after a closing frame.
PARTICIPLES = frozenset({"suggesting", "adding", "noting", "saying", "arguing", "insisting", "warning",
                         "explaining", "clarifying", "stressing", "asserting", "claiming", "predicting",
                         "acknowledging", "conceding", "emphasizing", "emphasising", "stating", "declaring"})
#: Words that may stand between the comma and the participle: ", before clarifying that", ", while noting that".
JOINERS = frozenset({"before", "while", "and", "then", "later", "also"})
#: At most this many tokens between the end of the frame and its comma (", said Ruiz on Tuesday, adding").
MOST_AFTER_FRAME = 4


def add_trailing_participles(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                             start: int, end: int, book: NameBook) -> Found:
    """`found` with a participle clause after a closing frame ('"...," said Ruiz, adding that ...') joined to the
    frame's reported words (`text`, `quotes`, `start`, `end` and `book` are not read: the rule takes the arguments
    of the rules it is listed with, `toolkit.claims.speaker_rules`)."""
    primary = found.primary
    if primary is None or not primary.scope or PARTICIPLES.isdisjoint(sentence_words(tokens).low_set):
        return found
    frame_start, frame_end = primary.frame
    if any(b > frame_start for _, b in primary.scope):
        return found  # the frame opens its words (or sits inside them): what follows is reported already
    k = next((m for m, t in enumerate(tokens) if t.start >= frame_end), None)
    if k is None:
        return found
    comma = next((m for m in range(k, min(len(tokens), k + MOST_AFTER_FRAME + 1)) if tokens[m].text == ","), None)
    if comma is None:
        return found
    m = comma + 1
    while m < len(tokens) and tokens[m].low in JOINERS:
        m += 1
    if m + 1 >= len(tokens) or tokens[m].low not in PARTICIPLES or not (
            tokens[m + 1].low == "that" or subject_pronoun_at(tokens, m + 1)):
        return found
    clause = (tokens[m + 1].start, tokens[-1].end)
    widened = replace(primary, scope=tuple(sorted({*primary.scope, clause})))
    return Found(tuple(widened if x is primary else x for x in found.attributions), found.cues)
