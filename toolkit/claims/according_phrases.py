"""An "according to" whose phrase the readers did not take as a source.

Whatever follows "according to" is, by the phrase's meaning, who stands behind the claim, unless it
sorts or measures ("according to the number of votes", `toolkit.claims.according_measures`). The
frame readers take a name, a described person or a document whose noun comes first; longer phrases
slip past them: "according to the most recent data available from the state police", "according
to new Harbor Institute research", "according to the latest average of regional polls". And a crowd
told apart by what it knows or where it was is described, not vague: "according to people familiar
with the plans", "according to people in attendance", "according to many local party officials".
For a sentence with no attribution, this module credits the claim to that phrase, up to where the
sentence or a clause of its own goes on. A bare crowd ("according to some", "according to people",
"according to some on social media") still names nobody and stays a weasel cue.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.according_measures import measure_follows
from toolkit.claims.attribution import STRENGTH, Attribution, Found, NameBook, _resolve, _source_cue, describe, \
    read_sentence
from toolkit.claims.cues import make_cue
from toolkit.claims.knowing_sources import KNOWING_LINKS
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, word_list

#: Tokens that end the source phrase: the sentence, an aside or a clause of its own.
PHRASE_ENDS = frozenset({",", ".", ";", ":", "(", ")", "\u2014", "\u2013", "--", "!", "?", "who", "which", "that",
                         "and", "but"})
#: The longest source phrase read, in tokens.
REACH = 12
#: Places after a bare crowd that still name nobody: "some on Twitter", "people in the party".
PLACE_WORDS = frozenset({"on", "in", "at", "across", "around", "from"})
#: Possessives that tie a plan or a report to someone named before ("her plan", "their report").
OWNERS = frozenset({"her", "his", "their", "its", "our"})
#: What ties a crowd to where it was and so describes it ("people in attendance").
PRESENT = (("in", "attendance"), ("at", "the", "meeting"), ("in", "the", "room"))


def add_according_phrases(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                          start: int, end: int, book: NameBook) -> Found:
    """`found` with the phrase after an unread "according to" as its source, when it has no attribution."""
    if found.attributions or "according" not in sentence_words(tokens).low_set:
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    for i in range(len(s.tokens) - 2):
        if s.low(i) != "according" or s.low(i + 1) != "to" or s.in_quote(i):
            continue
        at = i + 2
        if measure_follows(s.tokens, at):
            continue
        b = at
        while b < len(s.tokens) and b - at < REACH and s.low(b) not in PHRASE_ENDS and \
                s.tokens[b].text not in PHRASE_ENDS:
            b += 1
        if b - at >= REACH or b == at or not s.tokens[b - 1].is_word or _bare_crowd(s, at, b):
            continue
        frame = (s.tokens[i].start, s.tokens[b - 1].end)
        frame_cue = make_cue(s.text, s.tokens[i].start, s.tokens[i + 1].end, "according_to",
                             "\u201caccording to\u201d hands the claim to someone else: the writer reports it, "
                             "the source stands behind it.", family="according_to")
        display, named, span, person = describe(s, at, b)
        if any(q0 < span[1] and span[0] < q1 for q0, q1 in s.quotes):
            # a name inside a quoted title ("the \u201cHarbor First\u201d plan") is no source: the whole phrase is
            span = (s.tokens[at].start, s.tokens[b - 1].end)
            display, named, person = s.text[span[0]:span[1]], False, False
        display, person, resolved_from = _resolve(display, named, person, book)
        first = s.first or 0
        scope = ((frame[1], s.end),) if i <= first + 1 else ((s.start, frame[0]),)
        attribution = Attribution(display, "according_to", STRENGTH["named" if named else "described"], named,
                                  frame, scope, (frame_cue, _source_cue(s, display, named, span, resolved_from)),
                                  person=person)
        # the weasel cue the crowd reader left on the same words ("according to people") is this source now
        kept = tuple(c for c in found.cues if not (c.kind == "weasel" and frame[0] <= c.start < frame[1]))
        return Found((*found.attributions, attribution), kept)
    return found


def _bare_crowd(s, at: int, b: int) -> bool:
    """Whether the phrase `[at, b)` names nobody: a crowd ("some", "people", "some on Twitter", "many
    experts") or evidence nobody made ("research", "new studies"). A crowd described by what it knows or
    where it was is not bare, nor a plan or report that is someone's ("her plan")."""
    low = [s.low(k) for k in range(at, b)]
    vague = word_list("vague_crowd").entries
    size = next((n for n in (3, 2, 1) if tuple(low[:n]) in vague), 0)
    if not size:
        # "according to research", "according to new studies": evidence nobody made, in a few plain words
        words = [k for k in range(at, b) if s.tokens[k].is_word]
        return len(words) <= 3 and low[0] not in OWNERS and not any(s.name(k) or s.noun(k) for k in words)
    rest = low[size:]
    if not rest:
        return True
    if any(tuple(rest[:len(link)]) == link for link in (*KNOWING_LINKS, *PRESENT)):
        return False  # "people familiar with the plans", "people in attendance"
    return rest[0] in PLACE_WORDS  # "some on Twitter"; but "many local party officials" describes them
