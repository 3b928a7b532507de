"""A speaker who puts a name on something: "Ruiz called the levy a tax on islanders", "Okafor calls himself a
moderate", "The mayor described the pier as “unsafe”", "He described the storm damage".

"call" and "describe" are weak verbs of saying: the frame counts them only before "that", a quotation or a
colon, so a characterisation with its object first ("called the plan “reckless”") went unread. Yet to call
something a name, or to describe it, is to say so in words, and PolNeAR marks such sentences as the
subject's attribution. Read here, when no frame found an attribution:

- "call", "dub", "label", "brand" with a reflexive object ("calls himself a socialist"), or with an object
  and then a name for it: a quotation, or a phrase opened by "a", "an", a possessive ("called Ruiz a liar",
  "calls the harbor her home"); not "called a meeting", "called off", "called for", "called him on Monday";
- "describe" with an object: "described the plan as risky", "described her years at sea".

The subject must stand right before the verb (an aside between commas, a day or "also" may come between),
and be a person, a body or a pronoun; not the writer ("I call it") and not a participle after a noun ("a
website called Real News": no subject before it).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, _Sentence, read_sentence
from toolkit.claims.document_findings import reaching_subject
from toolkit.claims.purpose_infinitives import WRITER, credit
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.unread_speakers import _clause_subject
from toolkit.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, word_list

__all__ = ["CALLING", "DESCRIBING", "add_called_names", "adjacent_subject"]

#: Verbs that put a name on their object ("called the plan a tax").
CALLING = frozenset({"call", "calls", "called", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled",
                     "brand", "brands", "branded"})
#: Verbs that describe their object in the subject's words.
DESCRIBING = frozenset({"describe", "describes", "described"})
#: Reflexive objects: "calls himself a moderate".
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "yourself", "ourselves", "myself"})
#: Words right after "call" that make it another verb: "called off", "called for", "called on", "called up".
PARTICLES = frozenset({"off", "for", "on", "upon", "up", "in", "out", "back", "into", "to", "at", "by", "from",
                       "with"})
#: Words that open the name given to the object: "called Ruiz [a] liar", "calls the harbor [her] home".
NAME_OPENERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "one", "the"})
#: Words that may stand between the subject and the verb: "Ruiz on Tuesday called", "Ruiz also described".
BETWEEN = frozenset({"also", "then", "later", "once", "has", "have", "had", "repeatedly", "often", "on", "again",
                     "even", "publicly", "recently", "previously", "earlier", "now", "did", "does", "do", "is", "are",
                     "was", "were", "been", "openly", "overwhelmingly"})
#: The most tokens read after the verb for the object and its name.
REACH = 12


def add_called_names(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                     start: int, end: int, book: NameBook) -> Found:
    """`found` with a name put on something ("called the levy a tax") credited to the subject, when no frame
    found an attribution."""
    words_here = sentence_words(tokens).low_set
    if found.attributions or (CALLING.isdisjoint(words_here) and DESCRIBING.isdisjoint(words_here)):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 1, len(s.tokens) - 2):
        low = s.low(k)
        if (low not in CALLING and low not in DESCRIBING) or s.in_quote(k) or not s.tokens[k].text.islower():
            continue
        if not (_describes(s, k) if low in DESCRIBING else _names(s, k)):
            continue
        subject = adjacent_subject(s, first, k)
        if subject is not None and low.endswith("ed") and subject[1] == k and s.low(subject[0]) in ("a", "an") \
                and s.tokens[k + 1].text[:1].isupper():
            continue  # "a band called Harbor Lights got ...": a participle naming the band, no speaker
        if subject is not None:
            frame = (s.tokens[k].start, s.tokens[k].end)
            return Found((credit(s, subject, frame, k + 1, book),), found.cues)
    return found


def _names(s: _Sentence, k: int) -> bool:
    """Whether "call" at `k` puts a name on its object: a reflexive, or an object then a quotation or a phrase
    opened by `NAME_OPENERS`."""
    after = k + 1
    if s.low(after) in PARTICLES:
        return False
    if s.low(after) in REFLEXIVES:
        return True
    # "called a meeting", "called an election": the thing called; a name put on it only as a quotation
    # ("called a report “outrageous”")
    quoted_only = s.low(after) in ("a", "an")
    m = after
    while m < len(s.tokens) and m - k <= REACH:
        token = s.tokens[m]
        if token.text in OPENING_QUOTES + '"' or (token.text in ("''", "``") and m > after):
            return m > after  # "called the plan “reckless”"
        if token.text in (",", ";", ":", ".", "(") or token.text in CLOSING_QUOTES:
            return False
        if not quoted_only and m > after and s.low(m) in NAME_OPENERS and s.low(m) != "the" and _object_ends(s, m):
            return True  # "called Ruiz a liar", "calls the harbor her home"
        m += 1
    return False


def _object_ends(s: _Sentence, m: int) -> bool:
    """Whether the object of "call" can end before token `m`: the word before is a name, a noun or a pronoun
    (not "of" or "the")."""
    before = s.tokens[m - 1]
    return before.is_word and (s.name(m - 1) or s.noun(m - 1) or before.low in ("him", "her", "them", "it", "us")
                               or (before.text.islower() and before.low not in s.functions))


def _describes(s: _Sentence, k: int) -> bool:
    """Whether "described" at `k` has an object: not "described by", "described as" (a passive) or a stop."""
    nxt = s.tokens[k + 1]
    return nxt.is_word and s.low(k + 1) not in ("by", "as", "in", "to", "at", "on")


def adjacent_subject(s: _Sentence, first: int, k: int) -> tuple[int, int, str, str] | None:
    """The subject of the clause whose verb is at `k`, standing right before it (an aside between commas, a
    day or an adverb of `BETWEEN` may come between); None for the writer, a crowd or a subject further off."""
    verb = k
    while verb - 1 > first and (s.low(verb - 1) in BETWEEN or s.low(verb - 1) in _days()):
        verb -= 1
    if s.low(verb - 1) in ("he", "she", "they") and verb - 1 >= first:
        return verb - 1, verb, "pronoun", s.low(verb - 1)  # "Then he described": the pronoun just before
    subject = _clause_subject(s, first, verb)
    if subject is None or subject[2] in ("writer", "vague") or subject[3] in WRITER:
        return None
    b = subject[1]
    reaching = reaching_subject(s, subject, verb)
    if reaching is not None:
        return reaching
    if s.tokens[b].text == "," and s.tokens[verb - 1].text == "," and b < verb - 1:
        return subject  # "Speaker Ruiz, the harbor's highest official, called"
    return None


def _days() -> frozenset[str]:
    return word_list("time_words").words
