"""What a poll, a survey or a study found, when words stand between the document and its verb.

The document frame (`toolkit.claims.attribution_rules`) reads "the poll shows", "a report by the
Pentagon found" and "a poll released last week showed": the verb right after the document, its maker or
the time it came out. News writing often puts more between them: when it was taken ("A CNN poll last
month showed"), what it asked about ("Polling of union voters shows", "Exit polls in Iowa, which Ruiz
won, showed"), a maker with a time ("A survey by the institute in March found"), an aside set off
by commas ("A Gazette poll, conducted jointly with two firms, shows"). The document is still the subject of
the finding and the writer passes its result on; PolNeAR marks such sentences as attributions to the
document. Here the subject is read forward from the clause's start to the document's noun, and the words
between the noun and the verb are read past when they are only phrases (prepositions, times, names,
participles) or one aside between commas. The document is described as the frame does: its maker when
named ("by the institute"), else the document itself; unnamed "studies" or "research" stay vague (no source),
as the frame leaves them.

People who report a finding: "The authors found that ...", "Okafor and her colleagues found that ...",
credited to the subject; "found" counts here only with "that" after it ("found the keys", "found it hard"
report no one's words).

Runs only when no frame found an attribution, and only in a sentence holding one of `FINDING`.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Attribution, Found, NameBook, _Sentence, read_sentence
from toolkit.claims.attribution_model import DETERMINERS
from toolkit.claims.attribution_rules import _document_phrase, document_speaking
from toolkit.claims.idiom_sayings import idiom_saying
from toolkit.claims.purpose_infinitives import WRITER, credit
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.unread_speakers import _clause_subject
from toolkit.text.tokens import Token, word_list

__all__ = ["FINDING", "add_document_findings", "reaching_subject"]

#: Verbs with which a document reports what it found.
FINDING = frozenset({"show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests",
                     "suggested", "reveal", "reveals", "revealed", "indicate", "indicates", "indicated"})
#: Nouns for documents and results the documents list leaves out, as subjects of a finding ("Exit polling
#: showed", "Surveys of voters show", "The results show").
MORE_DOCUMENTS = frozenset({"polling", "surveys", "results", "returns", "footage", "video", "videos", "analyses",
                            "reviews", "audits", "exit", "tests"})
#: Words between a document and its verb that belong to the verb ("has shown", "now suggest", "also found").
BEFORE_VERB = frozenset({"has", "have", "had", "now", "also", "still", "clearly", "consistently", "repeatedly",
                         "recently", "already", "further", "again"})
#: Words that stop the reading between the document and its verb: another clause or a list of clauses.
STOPS = frozenset({"that", "who", "which", "whose", "where", "when", "while", "because", "but", "and", "if", "as",
                   "is", "are", "was", "were", "will", "would", "could", "should", "can", "may", "might", "not",
                   "said", "says", "say", "told", "to"})
#: Words that join a partner or a body to the subject before its verb: "Okafor and her colleagues", "A
#: spokesman for the ferry line", "Researchers at the institute".
SUBJECT_LINKS = frozenset({"and", "for", "at", "of", "with", "from"})
#: The most tokens of such a joined phrase ("and her colleagues", "for the ferry line").
PARTNER_REACH = 6
#: The most tokens read between a document's noun and its verb.
REACH = 24
#: The most words before the document's noun in its phrase ("the latest Gazette/Harbor Institute tracking poll").
MODIFIER_REACH = 6


def add_document_findings(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                          start: int, end: int, book: NameBook) -> Found:
    """`found` with a finding credited to the document or the people who made it, when no frame found an
    attribution and a verb of `FINDING` stands in the writer's words."""
    if found.attributions or FINDING.isdisjoint(sentence_words(tokens).low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 1, len(s.tokens)):
        if s.low(k) not in FINDING or s.in_quote(k) or not s.tokens[k].text.islower() or \
                idiom_saying(s.tokens, k, k + 1):
            continue
        document = _document_subject(s, book, first, k)
        if document is not None:
            return Found((document,), found.cues)
        if s.low(k) in ("found", "finds") and s.low(k + 1) == "that" and k + 2 < len(s.tokens):
            finder = _finder(s, first, k)
            if finder is not None:
                return Found((credit(s, finder, (s.tokens[k].start, s.tokens[k + 1].end), k + 2, book),), found.cues)
    return found


def _finder(s: _Sentence, first: int, k: int) -> tuple[int, int, str, str] | None:
    """The subject of the clause whose verb is "found" at `k`, when it stands right before the verb (at most
    "has" or "also" between): "The authors found that", "What's more, they found that". None for the writer
    ("I found that", "we found that") or a subject the reader took from further back (an opening phrase)."""
    verb = k
    while verb - 1 > first and s.low(verb - 1) in BEFORE_VERB:
        verb -= 1
    subject = _clause_subject(s, first, verb)
    if subject is None or subject[2] == "writer" or subject[3] in WRITER:
        return None
    return reaching_subject(s, subject, verb)


def reaching_subject(s: _Sentence, subject: tuple[int, int, str, str], verb: int) -> tuple[int, int, str, str] | None:
    """The subject the reader gave, when it still reaches the verb at `verb`: it ends right before it, or only a
    partner joined by "and" ("Okafor and her colleagues found": Okafor leads) or a short phrase tying it to a body
    or a place ("A spokesman for the ferry line called", which then names the speaker whole) stands between, words
    only, no mark; None otherwise."""
    a, b, kind, low = subject
    if b == verb:
        return subject
    if s.low(b) not in SUBJECT_LINKS or verb - b > PARTNER_REACH or \
            not all(s.tokens[m].is_word for m in range(b + 1, verb)):
        return None
    return subject if s.low(b) == "and" else (a, verb, kind, low)


def _is_document(s: _Sentence, i: int) -> bool:
    low = s.low(i)
    return (low,) in word_list("documents").entries or low in MORE_DOCUMENTS


def _document_subject(s: _Sentence, book: NameBook, first: int, k: int) -> Attribution | None:
    """The document that is the subject of the finding verb at `k`, read from the start of a clause before it
    (the sentence's start or just after a comma), as an attribution; None when there is none. The document's
    phrase is read from the words before the verb only: a maker's name ("by the Harbor Institute") would
    otherwise run on into "showed Ruiz leading"."""
    verb = k
    while verb - 1 > first and s.low(verb - 1) in BEFORE_VERB:
        verb -= 1
    starts = [first] + [m + 1 for m in range(first, verb - 1) if s.tokens[m].text == ","]
    for c in starts:
        d = _document_noun(s, c, verb)
        if d is None or not _reaches(s, d + 1, verb):
            continue
        before = _Sentence(s.text, s.tokens[:verb], s.quotes, s.start, s.tokens[verb].start)
        result = _document_phrase(before, book, c, d, None)
        if result is None or result[0] is None:
            return None  # "Research suggests": unnamed studies stay vague, as the document frame leaves them
        return document_speaking(s, result[0], k)
    return None


def _document_noun(s: _Sentence, c: int, verb: int) -> int | None:
    """The head noun of a document phrase opening at token `c` ("A CNN/ORC [poll]", "Exit [polls]", "The
    latest [survey]"): the last document noun of the opening run of modifiers; None when the clause does not
    open with one."""
    m = c
    if m < verb and s.low(m) in DETERMINERS - {"that"}:
        m += 1
    head = None
    while m < verb and m - c <= MODIFIER_REACH:
        token = s.tokens[m]
        if _is_document(s, m) and token.is_word and not s.in_quote(m):
            head = m
        elif head is not None:
            break
        elif not (token.is_word and s.low(m) not in s.functions or token.text in ("/", "-", "&", "'s", "\u2019s")
                  or token.has_digit):
            return None
        m += 1
    if head is not None and s.low(head) == "exit":
        return None  # "exit" alone is a modifier ("Exit polls")
    return head


def _reaches(s: _Sentence, a: int, verb: int) -> bool:
    """Whether the tokens from `a` up to the verb at `verb` are only phrases after the document ("last month",
    "of union voters", "by the institute in March", "released Sunday") or one aside between commas (", which
    Ruiz won,", ", conducted by two firms,"): no clause of their own outside the aside."""
    if verb - a > REACH:
        return False
    m = a
    while m < verb:
        token = s.tokens[m]
        if token.text == ",":
            close = next((n for n in range(m + 1, verb) if s.tokens[n].text == ","), None)
            if close is None or close != verb - 1 and any(s.tokens[n].is_word for n in range(close + 1, verb)):
                return False  # a comma that does not close an aside right before the verb
            if any(s.tokens[n].text in (";", ":") or s.low(n) in FINDING for n in range(m + 1, close)):
                return False
            m = close + 1
            continue
        if not (token.is_word or token.has_digit or token.text in ("/", "-", "&", "'s", "\u2019s", ".", "%")) or \
                (s.low(m) in STOPS and token.text.islower()) or s.low(m) in FINDING or s.in_quote(m):
            return False
        m += 1
    return True
