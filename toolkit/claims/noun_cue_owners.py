"""Whose promise? The owner of a noun of saying or stance that a modifier sets apart from its article.

"Mrs. Clinton delivered a forceful promise to strengthen unions", "his ten-zillionth claim that ...",
"Clinton began Sunday with a personally signed tweet": the reporting-list form is a noun here, and
PolNeAR marks these as attributions (so they are kept: see `toolkit.claims.saying_nouns`). The
frame reader, though, takes the words before a verb for its subject, and so would credit the words
to "a forceful" or "his ten-zillionth", which is no one. The one who promised, claimed or tweeted
is the noun's owner:

- a possessive ("his", "her", "their", "its", "Okafor's") is the owner, read as the pronoun or the
  name it is ("his" as "he" is read in "he said");
- after an article ("a", "an", "one", "the") the owner is the subject of the clause whose verb
  takes the noun ("Mrs. Clinton delivered a forceful promise"), or, when the noun stands in an
  opening phrase ("In a casual remark, Okafor conflated ..."), the subject after that phrase;
- with no owner to be found (or the writer: "my latest claim") nobody is named.

Only a form that is a noun of saying (`OWNED_NOUN_FORMS`) right after a lower-case modifier that is
no noun (an adjective, an ordinal or a participle: `modifier_word`) is read this way; "the judge
said", "her campaign claims" and "a third said" keep their subjects. A sentence whose verb form is
no such noun pays one set look-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from toolkit.claims.pronoun_sources import opening_end
from toolkit.claims.attribution_model import OTHER_PRONOUNS, PERSON_PRONOUNS
from toolkit.claims.source_phrases import _Sentence, _title_stop
from toolkit.text.tokens import QUOTE_MARKS, word_list

#: Reporting-list forms that are nouns of saying or stance after a modifier ("a forceful promise").
OWNED_NOUN_FORMS = frozenset({
    "promise", "promises", "pledge", "pledges", "vow", "vows", "claim", "claims", "tweet", "tweets",
    "remark", "remarks", "comment", "comments", "statement", "statements", "warning", "warnings", "answer",
    "answers", "reply", "response", "threat", "threats", "boast", "boasts", "denial", "denials", "hope", "hopes",
    "worry", "worries", "saying", "assertion", "assertions", "accusation", "accusations", "allegation",
    "allegations", "plea", "pleas", "call", "calls", "charge", "charges", "demand", "demands", "insistence",
    "criticism", "complaint", "complaints", "admission", "announcement", "prediction", "predictions",
    "suggestion", "assurance", "assurances", "report", "reports", "message", "post", "posts", "interview",
    "testimony", "speech", "argument", "arguments", "view", "views", "plan", "plans", "endorsement", "doubt",
    "doubts", "fear", "fears", "support",
})
#: Possessive pronouns, read as the pronoun they are ("his" as "he").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: The writer's own possessives: the writer is no source ("my latest claim", "our earlier report").
WRITER_POSSESSIVES = frozenset({"my", "our", "your"})
#: Articles and words of one before the modifier; the owner is the clause's subject.
ARTICLES = frozenset({"a", "an", "one", "the", "another"})
#: Ordinals and words of order ("his second tweet", "her latest claim").
ORDER_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                         "tenth", "umpteenth", "zillionth", "nth", "last", "latest", "next", "final", "previous",
                         "earlier", "later", "initial", "original", "own", "only", "usual"})
#: Everyday adjectives news puts before a promise or a claim (suffix rules catch the rest).
PLAIN_ADJECTIVES = frozenset({"new", "recent", "early", "big", "biggest", "main", "major", "stern", "vain", "common",
                              "casual", "constant", "private", "personal", "formal", "bold", "blunt", "firm", "clear",
                              "vague", "strong", "simple", "solemn", "sweeping", "sharp", "harsh", "angry", "brief",
                              "short", "long", "rare", "false", "bogus", "empty", "hollow", "sincere", "broad",
                              "frequent", "famous", "fiery", "key", "central", "solid", "grand", "lofty", "wild",
                              "odd", "strange", "curious", "controversial", "explicit", "implicit", "public"})
#: Parts after a hyphen that make a time or a degree, not a thing ("mid-morning", "last-minute").
TIME_PARTS = frozenset({"morning", "night", "evening", "afternoon", "minute", "day", "week", "hour"})
#: Adjective endings; the words on the titles and bodies lists ("official", "executive") are nouns.
_ADJECTIVE_END = re.compile(r"(?:ful|ous|ive|less|ical|ic|able|ible|est)$")
#: A participle ending ("signed", "debunked"), not a noun in "-eed" ("creed", "greed").
_PARTICIPLE_END = re.compile(r"[^e]ed$")
#: The longest run of modifiers looked through ("a personally signed").
MAX_MODIFIERS = 3
#: The furthest the clause's verb may stand from the noun's article ("began Sunday with a ...").
MAX_VERB_REACH = 6
#: Words between a subject and the noun that start a clause of their own: the subject is not the owner.
CLAUSE_BREAKS = frozenset({"that", "which", "who", "whom", "whose", "when", "because", "and", "but", "while", "as",
                           "if", "after", "before", "since", "although", "though", "where", "said", "says"})


@dataclass(frozen=True)
class NounOwner:
    """Who owns a noun of saying: `span` the owner's tokens and how they are read (as the frame reader's
    subjects are: "named", "described" or "pronoun"), or None when nobody is named."""

    span: tuple[int, int, str] | None
    #: Whether the span ends in a possessive ("Okafor's"), whose ending the display drops.
    possessive: bool = False


@lru_cache(maxsize=4096)
def modifier_word(word: str) -> bool:
    """Whether a lower-case word before a noun of saying modifies it (an adjective, an ordinal, a participle)
    rather than being a noun that could be the verb's subject ("the judge", "her campaign")."""
    if not word.isalpha() and "-" not in word:
        return False
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        return bool(last) and (last in TIME_PARTS or last.endswith("th") or modifier_word(last))
    if word in ORDER_WORDS or word in PLAIN_ADJECTIVES or word in _judging_adjectives():
        return True
    if word in _person_nouns():
        return False
    return bool(_ADJECTIVE_END.search(word) or _PARTICIPLE_END.search(word)) and len(word) > 4


@lru_cache(maxsize=1)
def _judging_adjectives() -> frozenset[str]:
    return word_list("judgment_adjectives").words


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Titles and bodies ("official", "executive", "critic"): nouns whatever their ending."""
    return word_list("titles").words | word_list("bodies").words


def noun_cue_owner(s: _Sentence, a: int, b: int, vi: int, vj: int) -> NounOwner | None:
    """The owner of the noun of saying at `vi` when the subject read for it, `tokens[a:b]`, ends in modifiers
    of that noun ("a forceful", "his ten-zillionth", "the police's biggest") or in the verb that takes it ("the
    White House expressed"); None when the form is read as a verb, as in "the judge claims"."""
    if s.low(vi) not in OWNED_NOUN_FORMS or vj != vi + 1 or b != vi or b - a < 2:
        return None
    tokens = s.tokens
    m = b  # the first of the modifiers before the noun
    while m - 1 > a and b - m < MAX_MODIFIERS and tokens[m - 1].is_word and tokens[m - 1].text.islower() and (
            modifier_word(s.low(m - 1)) or (m < b and s.low(m - 1).endswith("ly"))  # "personally signed"
            or s.low(m - 1) == "one"):  # "its one major pledge"
        m -= 1
    if m < b and s.low(m).endswith("ed") and (_subject_word(s, m - 1) or (m - 1 > a and s.low(a) in SUBJECT_ARTICLES)):
        # "the White House expressed doubt", "the clash raised serious doubts": the verb's subject owns the noun
        return NounOwner((a, m, _kind(s, a, m)))
    if m == b:
        return None  # no modifier: "the judge", "her campaign"
    lead = s.low(m - 1)
    if m > a + 1 and _possessive(s, m - 1):
        # "The Cleveland police's biggest worry", "Okafor's second tweet"
        return NounOwner((a, m, _kind(s, a, m)), possessive=True)
    if m != a + 1:
        return None
    if lead in WRITER_POSSESSIVES:
        return NounOwner(None)  # "my latest claim": the writer is no source
    if lead in POSSESSIVE_PRONOUNS:
        # "In his speech, Rhimes declared": a possessive in an opening phrase points ahead to the subject;
        # "The company kept its pledge": "its" and "their" mean the clause's subject when there is one.
        ahead = _opening_phrase_owner(s, a)
        if ahead is not None and ahead[2] == "named":
            return NounOwner(ahead)
        within = _clause_owner(s, a) if POSSESSIVE_PRONOUNS[lead] in ("it", "they") else None
        if within is not None and within[2] != "pronoun":
            return NounOwner(within)
        return NounOwner((a, a + 1, "pronoun"))
    if lead not in ARTICLES:
        return None
    return NounOwner(_opening_phrase_owner(s, a) or _clause_owner(s, a))


def without_possessive(display: str) -> str:
    """A possessor as shown: "the Cleveland police's" -> "the Cleveland police", "Okafor’s" -> "Okafor"."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if display.endswith(ending) and len(display) > len(ending):
            return display[:-len(ending)]
    return display


def _subject_word(s: _Sentence, k: int) -> bool:
    """Whether token `k` can end a verb's subject: a name, a title or body word, or a capitalised word."""
    low = s.low(k)
    if k < 0 or low in ARTICLES or low in POSSESSIVE_PRONOUNS or low in WRITER_POSSESSIVES:
        return False  # "The debunked claim": an article, no subject
    return s.name(k) or s.noun(k) or s.tokens[k].text[:1].isupper()


def _possessive(s: _Sentence, k: int) -> bool:
    """Whether token `k` is a possessive noun ("police's", "Okafor's", "Okafor’s")."""
    return s.low(k).replace("\u2019", "'").endswith("'s") and len(s.low(k)) > 2


def _kind(s: _Sentence, a: int, b: int) -> str:
    """How the frame reader reads a subject: "named" when it holds a name, else "described"."""
    return "named" if any(s.name(x) for x in range(a, b)) else "described"


def _opening_phrase_owner(s: _Sentence, at: int) -> tuple[int, int, str] | None:
    """The subject after an opening phrase that holds the noun: "In a casual remark, Okafor conflated ..."
    (one participle aside after the phrase, ", made in passing,", is read past)."""
    first = s.first
    if first is None or first >= at:
        return None
    after = opening_end(s.tokens, first)
    if after is None or after <= at:
        return None
    if s.tokens[after].text.islower() and s.low(after).endswith("ed"):
        comma = next((k for k in range(after, min(len(s.tokens), after + 12)) if s.tokens[k].text == ","), None)
        after = comma + 1 if comma is not None else after  # ", inserted in the middle of a story,"
    return _subject_before_verb(s, _subject_run(s, after, len(s.tokens)), len(s.tokens))


def _clause_owner(s: _Sentence, at: int) -> tuple[int, int, str] | None:
    """The subject of the sentence's first clause when its verb takes the noun at `at` as object
    ("Mrs. Clinton delivered a forceful promise", "Clinton began Sunday with a personally signed tweet")."""
    first = s.first
    if first is None:
        return None
    first = opening_end(s.tokens, first) or first
    if first >= at:
        return None
    subject = _subject_before_verb(s, _subject_run(s, first, at), at)
    if subject is None or at - subject[1] > MAX_VERB_REACH:
        return None
    for k in range(subject[1], at):
        text = s.tokens[k].text
        if not s.tokens[k].is_word or text in QUOTE_MARKS or s.low(k) in CLAUSE_BREAKS:
            return None  # a clause or an aside between them: the subject may not be the owner
    return subject


def _subject_before_verb(s: _Sentence, subject: tuple[int, int, str] | None, limit: int
                         ) -> tuple[int, int, str] | None:
    """A subject read forward that a lower-case word (its verb) follows, inside `limit`; None otherwise."""
    if subject is None or subject[2] not in ("named", "described", "pronoun") or subject[1] >= limit:
        return None
    if s.in_quote(subject[0]):
        return None
    verb = s.tokens[subject[1]]
    return subject if verb.is_word and verb.text.islower() else None


#: Articles a subject may open with ("The president revisited ...").
SUBJECT_ARTICLES = frozenset({"the", "a", "an"})
#: The most plain lower-case words read inside a subject ("the Republican presidential candidate").
MAX_LOWER_IN_SUBJECT = 3


def _subject_run(s: _Sentence, j: int, limit: int) -> tuple[int, int, str] | None:
    """The subject starting at token `j`: a pronoun, or an optional article, then names, short titles' stops,
    title and body words, and adjectives between them ("Mrs. Clinton", "New York Times reporter Matt
    Flegenheimer", "the Republican presidential candidate"), ending at its last name or noun. Shorter than the
    frame reader's forward phrase, which also takes in lower-case words after a name ("Trump made conflicting
    statements"), since here a verb, not the sentence's end, follows the subject."""
    if j >= limit:
        return None
    if s.low(j) in PERSON_PRONOUNS or s.low(j) in OTHER_PRONOUNS:
        return j, j + 1, "pronoun"
    k = j + 1 if s.low(j) in SUBJECT_ARTICLES else j
    end = None
    lower = 0
    while k < limit:
        if s.name(k) or _title_stop(s, k) or s.noun(k):
            k += 1
            end = k
            lower = 0
        elif s.tokens[k].is_word and s.tokens[k].text.islower() and lower < MAX_LOWER_IN_SUBJECT and \
                not s.low(k).endswith("ed") and (end is None or modifier_word(s.low(k)) or s.low(k).endswith("al")):
            # "the harbour board" (any word before the head), "Ruiz's presidential campaign" (adjectives after a
            # name); never a past form ("Okafor conflated"), which is the verb
            k += 1
            lower += 1
        else:
            break
    if end is None:
        return None
    return j, end, _kind(s, j, end)
