"""A refusal to speak: "The school declined to comment.", "Stewart wouldn't say when the vote will be.".

A speaker who declines to comment, or will not say whether, when or how, is still the news's source
for that sentence: the sentence reports what they did with their words, and the question they left
open ("whether the deal is off") is theirs, not the writer's claim. The stance frame reads the
plainest of these ("The mayor declined to comment."), but not when the subject is an institution
its lists do not know ("The school declined ..."), when an appositive stands between subject and
verb ("Clinton's lawyer, David Kendall, declined ..."), or when the refusal is a negated verb of
saying ("wouldn't say", "is not saying yet", "was not willing to say"). Read only when no frame found
an attribution.

Not read: the writer ("I won't say more"), a refusal that asks no question of a speaker ("it doesn't
say much about", "did not say a word", "can't say enough about": the writer's judgment), and a
question ("Why won't the mayor comment?").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, _Sentence, read_sentence
from toolkit.claims.attribution_model import DETERMINERS
from toolkit.claims.refused_sayings import REFUSED, REFUSING
from toolkit.claims.purpose_infinitives import WRITER, clause_subject_before, credit
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.verb_look_alikes import stance_look_alike
from toolkit.text.tokens import Token

#: The forms of a refusing verb read with a plain object after a subject ("declined the offer").
REFUSING_FORMS = frozenset({"declined", "declines", "refused", "refuses"})
#: Negations before a bare verb of speaking: "wouldn't say", "did not comment", "is not saying".
NEGATIONS = frozenset({"not", "never", "wouldn't", "won't", "didn't", "doesn't", "isn't", "wasn't", "hasn't",
                       "haven't", "aren't", "weren't", "wouldn\u2019t", "won\u2019t", "didn\u2019t", "doesn\u2019t",
                       "isn\u2019t", "wasn\u2019t", "hasn\u2019t", "haven\u2019t", "aren\u2019t", "weren\u2019t"})
#: Auxiliaries before a negation, part of the refusal: "would not", "is not", "has never".
AUXILIARIES = frozenset({"would", "will", "could", "can", "did", "does", "do", "is", "are", "was", "were", "has",
                         "have", "had"})
#: "not willing to say", "unwilling to comment".
UNWILLING = frozenset({"willing", "unwilling", "prepared", "ready"})
#: Words after the refused verb that show a question or nothing at all was left open: the refusal
#: reports a speaker. ("when", "whether", "how", a full stop, "on the report", "for this story", "further")
QUESTION_WORDS = frozenset({"whether", "if", "when", "how", "why", "who", "whom", "what", "which", "where", "so",
                            "more", "further", "publicly", "specifically", "yet", "directly", "on", "about", "for",
                            "to", "in", "beyond", "the", "his", "her", "their", "its"})
#: After a negated "say", words that make it the writer's own verdict, not a refusal: "didn't say much".
NOT_A_REFUSAL = frozenset({"much", "enough", "a", "anything", "nothing", "something", "the", "his", "her", "their",
                           "its", "to", "in", "about", "for"})
#: Verbs of saying more: negated and closing the sentence ("He did not elaborate.") they leave no question open
#: and report no words (PolNeAR train marks neither of its two; "declined to elaborate on ..." it marks).
SAYING_MORE = frozenset({"elaborate"})
#: Spans of time after "for" passed over between the refusing word and "to": "declined for years to say".
SPANS_OF_TIME = frozenset({"years", "months", "weeks", "days", "decades", "now"})
#: Adverbs passed over between the refusing word and the verb: "would not immediately comment".
SKIPPED = frozenset({"immediately", "yet", "publicly", "specifically", "directly", "also", "again", "even",
                     "initially", "further", "officially", "previously", "then", "still", "be", "have"})


def add_refused_words(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                      start: int, end: int, book: NameBook) -> Found:
    """`found` with a refusal to speak credited to its speaker, when no frame found an attribution."""
    if found.attributions:
        return found
    low_set = sentence_words(tokens).low_set
    if REFUSED.isdisjoint(low_set) and REFUSING.isdisjoint(low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    if s.tokens and s.tokens[-1].text == "?":
        return found  # "Why won't the mayor comment?": a question, not a report
    first = s.first if s.first is not None else 0
    for k in range(first + 1, len(s.tokens)):
        if s.in_quote(k):
            continue
        if s.low(k) in REFUSED:
            opening = _refusal_opening(s, first, k)
        elif s.low(k) in REFUSING and _refused_object(s, k):
            opening = k  # "The harbor master declined the offer": read as "The mayor declined the offer" is
        else:
            continue
        if opening is None:
            continue
        subject = _plain_subject(s, first, opening) or clause_subject_before(s, first, opening)
        if subject is None:
            continue
        a, b, kind, _ = subject
        if kind == "writer" or s.low(a) in WRITER:
            return found
        subject = _named_appositive(s, subject, opening)
        opens = min(k + 1, len(s.tokens) - 1)
        return Found((credit(s, subject, (s.tokens[opening].start, s.tokens[k].end), opens, book),), found.cues)
    return found


def _refused_object(s: _Sentence, k: int) -> bool:
    """Whether the refusing verb at `k` takes a plain object ("declined the offer", "refused requests for
    comment"): PolNeAR marks these as the stance frame reads them; a fall ("declined in May", "declined
    3 percent") or an infinitive ("declined to attend") is no such object."""
    nxt = k + 1
    if s.low(k) not in REFUSING_FORMS or nxt >= len(s.tokens) or not s.tokens[nxt].is_word or \
            s.tokens[nxt].has_digit or not s.tokens[k].text.islower():
        return False
    if s.low(k - 1) in DETERMINERS or s.low(k - 1) == "to":
        return False  # "the decline", "the right to refuse services": a noun or an infinitive, no one's act
    if s.low(nxt) not in DETERMINERS and (s.low(nxt) in s.functions or not s.tokens[nxt].text.islower()):
        return False  # "declined for years to ...", "declined in May": no object
    return not stance_look_alike(s.tokens, k, k + 1)


def _refusal_opening(s: _Sentence, first: int, k: int) -> int | None:
    """The token that opens the refusal whose verb of speaking is at `k` ("declined" in "declined to comment",
    "wouldn't" in "wouldn't say", "not" in "was not willing to say"), or None when the verb is no refusal."""
    m = k - 1
    while m > first and s.low(m) in SKIPPED:
        m -= 1
    after = s.low(k + 1) if k + 1 < len(s.tokens) else "."
    closes = k + 1 >= len(s.tokens) or not s.tokens[k + 1].is_word
    if s.low(m) == "to":
        before = m - 1
        while before > first and (s.low(before) in SKIPPED or (s.low(before) in SPANS_OF_TIME and
                                                               s.low(before - 1) == "for")):
            before -= 2 if s.low(before) in SPANS_OF_TIME else 1  # "has declined for years to reveal"
        if s.low(before) in REFUSING:
            return before
        if s.low(before) in UNWILLING and before - 1 > first and (
                s.low(before) == "unwilling" or s.low(before - 1) in NEGATIONS):
            return before - 1
        return None
    if s.low(m) in NEGATIONS and (closes or after in QUESTION_WORDS) and not (
            s.low(k).startswith("say") and not closes and after in NOT_A_REFUSAL) and not (
            s.low(k) in SAYING_MORE and closes):  # "He did not elaborate.": no question left open, nothing said
        while m - 1 > first and s.low(m - 1) in AUXILIARIES:
            m -= 1  # "would not say": the refusal opens at "would"
        return m
    return None


#: At most this many words in a subject read plainly from the sentence's start ("The real estate mogul").
MOST_SUBJECT_WORDS = 6
#: Words that cannot open such a subject: a clause or a phrase of time opens there instead.
NOT_SUBJECT_OPENERS = frozenset({"if", "when", "while", "although", "though", "because", "as", "after", "before",
                                 "since", "until", "unless", "once", "but", "and", "so", "then", "still", "yet",
                                 "thus", "instead", "why", "how", "what", "where", "who", "there", "it", "this",
                                 "that", "in", "on", "at", "for", "by", "with", "from", "asked", "first"})


def credit_subject_before(s: _Sentence, first: int, at: int, frame: tuple[int, int], opens: int, book: NameBook,
                          found: Found) -> Found | None:
    """`found` with the words from token `opens` on credited to the subject of the clause before token `at`
    (its verb, `frame` its span); `found` itself when that subject is the writer ("I", "we"); None when the
    clause has no subject to credit."""
    subject = _plain_subject(s, first, at) or clause_subject_before(s, first, at)
    if subject is None:
        return None
    if subject[2] == "writer" or subject[3] in WRITER:
        return found
    return Found((credit(s, subject, frame, opens, book),), found.cues)


def _plain_subject(s: _Sentence, first: int, opening: int):
    """The words from the sentence's start to its first comma or to the refusal, when they can be its
    subject: a short run of words, no clause opener first ("The school", "Schilling", "Clinton's lawyer");
    None otherwise (the subject readers are asked instead)."""
    end = next((m for m in range(first, opening) if not s.tokens[m].is_word and not _possessive_mark(s, m)), opening)
    while end == opening and end - 1 > first and s.low(end - 1) in AUXILIARIES:
        end -= 1
        opening = end  # "The center has declined": the auxiliary is the verb's, not the subject's
    if not 1 <= end - first <= MOST_SUBJECT_WORDS or s.low(first) in NOT_SUBJECT_OPENERS:
        return None
    if end < opening and s.tokens[end].text != ",":
        return None  # a dash or a colon after the opening words: not a subject with an aside
    word = s.low(end - 1)
    if s.tokens[end - 1].text.islower() and (word.endswith(("ly", "ed")) or word in NEGATIONS or word in SKIPPED):
        return None
    kind = "pronoun" if end - first == 1 and word in ("he", "she", "they") else \
        ("named" if any(s.name(m) for m in range(first, end)) else "described")
    return first, end, kind, s.low(first)


def _possessive_mark(s: _Sentence, m: int) -> bool:
    """Whether token `m` is the apostrophe of a plural possessive inside a noun phrase ("the pilots' guild")."""
    return s.tokens[m].text in ("'", "\u2019") and m > 0 and s.low(m - 1).endswith("s") and \
        m + 1 < len(s.tokens) and s.tokens[m + 1].is_word


#: At most this many tokens in an appositive that names the subject ("Clinton's lawyer, David Kendall,").
MOST_APPOSITIVE = 6


def _named_appositive(s: _Sentence, subject: tuple[int, int, str, str], opening: int) -> tuple[int, int, str, str]:
    """The name in an appositive right after a subject that ends in a plain noun and right before the refusal
    ("Clinton's lawyer, David Kendall, declined"): the person is the source; else `subject` unchanged."""
    a, b, kind, low = subject
    if kind == "pronoun" or not s.tokens[b - 1].text.islower() or b >= opening or s.tokens[b].text != ",":
        return subject
    close = next((m for m in range(b + 1, min(opening, b + 2 + MOST_APPOSITIVE)) if s.tokens[m].text == ","), None)
    if close is None or any(s.tokens[m].is_word for m in range(close + 1, opening) if s.low(m) not in SKIPPED):
        return subject
    names = [m for m in range(b + 1, close) if s.name(m)]
    if not names or names[0] != b + 1 or any(not s.tokens[m].is_word and s.tokens[m].text != "." for m in range(b + 1, close)):
        return subject
    return b + 1, close, "named", s.low(b + 1)
