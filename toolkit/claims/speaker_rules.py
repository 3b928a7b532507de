"""The rules that find a speaker the frames missed, tried in order, each only where its words are.

After the frames (`find_attributions` and the rules just after it), a dozen rules look for a speaker or
reported words the frames could not read: "he said, adding that ...", "Asked whether ..., Ruiz said",
"Noting that ..., the board ...", "declined to comment", "stated her opposition to", "had nothing good
to say about", "in an interview with X". Each returns what it was given unless the sentence holds one
of a few words, its own first test. `SPEAKER_RULES` pairs each rule with those words, so the labeller
asks one set question per rule and calls only the rules whose words are there: most sentences hold
none, and skip the calls. A test checks, on written sentences and the seed articles, that each rule
leaves a sentence without its words as it found it.
"""

from __future__ import annotations

from typing import Callable, Sequence

from toolkit.claims.according_phrases import add_according_phrases
from toolkit.claims.addressed_speakers import KEY_WORDS, add_addressed_speakers
from toolkit.claims.asked_openings import add_asked_openings
from toolkit.claims.asked_questions import ASKED, add_asked_questions
from toolkit.claims.attribution import Found, NameBook
from toolkit.claims.called_names import CALLING, DESCRIBING, add_called_names
from toolkit.claims.document_findings import FINDING, add_document_findings
from toolkit.claims.poll_openings import POLL_WORDS, add_poll_openings
from toolkit.claims.opening_sayings import OPENING_SAYINGS, add_opening_sayings
from toolkit.claims.purpose_infinitives import SAYING as PURPOSE_SAYING, add_purpose_infinitives
from toolkit.claims.refused_sayings import REFUSED, REFUSING
from toolkit.claims.refused_words import add_refused_words
from toolkit.claims.saying_participles import PARTICIPLES as SAYING_PARTICIPLES, add_saying_participles
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.stated_stances import STATING, add_stated_stances
from toolkit.claims.things_to_say import add_things_to_say
from toolkit.claims.trailing_participles import PARTICIPLES as TRAILING_PARTICIPLES, add_trailing_participles
from toolkit.claims.unread_speakers import TRIGGERS as UNREAD_TRIGGERS, add_unread_speakers
from toolkit.text.tokens import Token

__all__ = ["SPEAKER_RULES", "add_missed_speakers"]

SpeakerRule = Callable[[Found, str, Sequence[Token], Sequence[tuple[int, int]], int, int, NameBook], Found]

#: Each rule, in the order it is tried, with the words one of which a sentence must hold for it to change anything.
SPEAKER_RULES: tuple[tuple[SpeakerRule, frozenset[str]], ...] = (
    (add_unread_speakers, UNREAD_TRIGGERS),
    (add_asked_openings, frozenset({"asked"})),
    (add_asked_questions, ASKED),
    (add_opening_sayings, OPENING_SAYINGS),
    (add_purpose_infinitives, PURPOSE_SAYING),
    (add_saying_participles, SAYING_PARTICIPLES),
    (add_trailing_participles, TRAILING_PARTICIPLES),
    (add_according_phrases, frozenset({"according"})),
    (add_refused_words, REFUSED | REFUSING),
    (add_stated_stances, STATING),
    (add_things_to_say, frozenset({"say"})),  # its own test: "to say about " among the sentence's words
    (add_addressed_speakers, KEY_WORDS),
    (add_document_findings, FINDING),
    (add_called_names, CALLING | DESCRIBING),
    (add_poll_openings, POLL_WORDS),
)


def add_missed_speakers(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                        start: int, end: int, book: NameBook) -> Found:
    """`found` after each rule of `SPEAKER_RULES` whose words the sentence holds, in order."""
    words_here = sentence_words(tokens).low_set
    for rule, words in SPEAKER_RULES:
        if not words.isdisjoint(words_here):
            found = rule(found, text, tokens, quotes, start, end, book)
    return found
