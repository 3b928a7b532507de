"""Whom words were said to is never who said them: "In an interview with the Calder Courier, Ruiz laughed off
the charge.", "Farrant walked back his remarks while speaking to the harbor pilots.".

The via reader (`toolkit.claims.attribution_rules`) joins "told X", "speaking to X", "in an interview with X"
to a verb of saying it finds in the sentence, as the outlet or audience the words went through. With no such
verb it once made X the source, so the addressee ("would have to tell Ruiz, who ...", "speaking to a party
that ...") was credited with the sentence. It now leaves those phrases alone, and this reader, run when no frame
found anything, credits the words to the subject of the clause the phrase belongs to: the subject before it
("Farrant walked back ... while speaking to X"), or, for a phrase that opens the sentence, the subject after
its comma ("In an interview with X, Ruiz ...").

Not read: the writer ("I told the mayor that ..."), a modal or a negation between the subject and the phrase
("she would have to tell Ruiz": nothing was said yet), and a question.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import PASSIVE_MARKERS, Found, NameBook, _forward_subject, _Sentence, read_sentence
from toolkit.claims.attribution_model import ADDRESSEE_PHRASES
from toolkit.claims.group_heads import people_word
from toolkit.claims.purpose_infinitives import UNSAID_MARKS, WRITER, clause_subject_before, credit
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: The addressee phrases by their first word, so each token is tried only against the phrases it can open.
PHRASES_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    word: tuple(phrase for phrase in ADDRESSEE_PHRASES if phrase[0] == word)
    for word in {phrase[0] for phrase in ADDRESSEE_PHRASES}}
#: The longest word of each phrase ("told", "interview", "statement"): a sentence holding none of them holds no
#: phrase and is passed at once (the first words alone would let through every sentence with "in").
KEY_WORDS = frozenset(max(phrase, key=len) for phrase in ADDRESSEE_PHRASES)
#: Pronouns that can stand for a speaker.
SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})
#: Words that open a subject and name nobody: "That's the picture ...", "There was ...".
NO_SPEAKERS = frozenset({"that", "this", "it", "there", "here", "what"})
#: How far an opening phrase may run to the comma after which its subject stands.
MOST_OPENING = 14


def add_addressed_speakers(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                           start: int, end: int, book: NameBook) -> Found:
    """`found` with an addressee phrase credited to the subject of its clause, when no frame found anything."""
    if found.attributions or KEY_WORDS.isdisjoint(sentence_words(tokens).low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    if not s.tokens or s.tokens[-1].text == "?":
        return found
    first = s.first if s.first is not None else 0
    for i in range(first, len(s.tokens)):
        size = _phrase_at(s, i)
        if size is None or s.in_quote(i) or i + size >= len(s.tokens) or not s.tokens[i + size].is_word or \
                s.low(i - 1) in PASSIVE_MARKERS:
            continue  # "Truth be told, ...", "was told that": no addressee after it, or a passive
        subject = _subject_of(s, first, i, i + size)
        if subject is None:
            continue
        a, b, kind, low = subject
        if kind == "writer" or low in WRITER:
            return found
        frame = (s.tokens[i].start, s.tokens[i + size - 1].end)
        opens = min(i + size, len(s.tokens) - 1)
        return Found((credit(s, subject, frame, opens, book),), found.cues)
    return found


def _phrase_at(s: _Sentence, i: int) -> int | None:
    """The length of the addressee phrase starting at token `i` ("speaking to", "told"), else None."""
    for phrase in PHRASES_BY_FIRST_WORD.get(s.low(i), ()):
        if all(s.low(i + n) == phrase[n] for n in range(1, len(phrase))):
            return len(phrase)
    return None


def _subject_of(s: _Sentence, first: int, i: int, after: int):
    """(start, end, kind, first word) of the speaker for the phrase at `i`: the subject before it with no modal or
    negation between, else, when the phrase opens the sentence, the subject after the comma that closes it."""
    if i > first:
        opening = _forward_subject(s, first)  # the sentence's subject, read as the frames read it
        subject = (opening[0], opening[1], opening[2], s.low(opening[0])) if opening is not None and opening[1] <= i \
            and _speaker_kind(s, opening) else clause_subject_before(s, first, i)
        if subject is not None:
            a, b, kind, _ = subject
            if not _speaker_kind(s, (a, b, kind)) or (s.tokens[b - 1].text.islower() and not s.noun(b - 1)
                                                      and not people_word(s.low(b - 1)) and kind != "pronoun"):
                return None  # "That's the picture ...", "The former leader went on the record": no speaker read
            if any(s.low(m) in UNSAID_MARKS or s.low(m).endswith("n't") for m in range(b, i)):
                return None  # "she would have to tell Ruiz": a telling to come, nothing said
            return subject
        if any(s.tokens[m].is_word for m in range(first, i)) and s.low(first) not in ("while", "when", "after"):
            return None
    comma = next((m for m in range(after, min(len(s.tokens), after + MOST_OPENING)) if s.tokens[m].text == ","), None)
    if comma is None:
        return None
    found = _forward_subject(s, comma + 1)
    if found is None or not _speaker_kind(s, found):
        return None
    return found[0], found[1], found[2], s.low(found[0])


def _speaker_kind(s: _Sentence, subject: tuple[int, int, str]) -> bool:
    """Whether a subject the frames read can speak: a name, a described source or a personal pronoun ("That's
    the picture ...": "that" is none)."""
    if s.low(subject[0]).split("'")[0] in NO_SPEAKERS:
        return False
    return subject[2] in ("named", "described") or (subject[2] == "pronoun" and s.low(subject[0]) in SPEAKING_PRONOUNS)
