"""Sources given after "by" or with a possessive: passives and nouns of saying.

`toolkit.claims.attribution` reads a speaker as the subject of a verb of saying. News also
names the speaker as the agent of a passive, or as the owner of a noun that stands for
what they said:

- a passive with its agent: "the pilots were told by the harbour director that ...",
  "the levy was criticized by Ana Lopez" (a verb of saying or a stance, then "by X");
- a noun of saying with its maker: "according to remarks by the director", "the criticism
  of the levy by Ana Lopez", "in comments to reporters from Okafor" (word list
  `speech_nouns.txt`);
- a possessive before a noun of saying that opens the words: "in Okafor's statement, ...",
  "..., in Lopez's words" (not "Ryan's comments came a day later": the remark is what is spoken of;
  after "to" only with "according" or with words after the noun: "responded to Hale's tweet." turns
  to an event, "in response to Ruiz's attacks on the budget" gives what was said).

These run only when the sentence has no source yet (a possessive or an agent is weaker
evidence than a subject with its verb), and only where "by" or a possessive stands, so
most sentences cost one look at their words.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import (PASSIVE_MARKERS, STRENGTH, Attribution, Found, NameBook, _forward_subject,
                                        _resolve, _scope, _Sentence, _source_cue, describe, read_sentence)
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, word_list

#: Verb lists whose past participle before "by" hands the words to the agent, and the participles
#: of the weaker lists that do so too (not "backed by", "maintained by", "continued by").
AGENT_VERB_LISTS = ("reporting_verbs",)
AGENT_PARTICIPLES = frozenset({
    "asked", "accused", "described", "urged", "called", "confirmed", "denied", "quoted", "criticized",
    "criticised", "praised", "blamed", "denounced", "condemned", "attacked", "blasted", "slammed", "mocked",
    "derided", "questioned", "claimed", "assailed", "lambasted", "ridiculed", "rebuked", "reminded", "assured",
    "promised",
})  # not rulings and decisions ("rejected by the court", "dismissed by the judge"): nothing said is reported
#: How far after a noun of saying its "by X" may stand ("criticism of the new levy by X").
BY_REACH = 6
#: An agent or an owner is less sure than a subject with its verb.
AGENT_FACTOR = 0.9


def add_agent_frames(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                     start: int, end: int, book: NameBook) -> Found:
    """`found` with an attribution to an agent or an owner added, when it names no source yet."""
    if any(a.source for a in found.attributions):
        return found
    words = sentence_words(tokens)
    if "by" not in words.low_set and "from" not in words.low_set and not words.has_ending("'s"):
        return found  # the usual case: nothing here can name an agent or an owner
    s = read_sentence(text, tokens, quotes, start, end)
    attribution = _passive_agent(s, book) or _noun_of_saying(s, book)
    if attribution is None:
        return found
    return Found((*found.attributions, attribution), found.cues)


def _speech_nouns() -> frozenset[str]:
    return word_list("speech_nouns").words


def _agent_verbs() -> frozenset[str]:
    """The verbs of `AGENT_VERB_LISTS` and `AGENT_PARTICIPLES`, joined once for the lists as they are read
    (a list read again is a new object, and is joined again), not once per sentence with a "by"."""
    global _AGENT_VERBS
    lists = tuple(map(word_list, AGENT_VERB_LISTS))
    kept = _AGENT_VERBS
    if kept is None or any(a is not b for a, b in zip(kept[0], lists)):
        kept = _AGENT_VERBS = (lists, frozenset().union(*(words.words for words in lists), AGENT_PARTICIPLES))
    return kept[1]


#: The lists `_agent_verbs` joined last (held, so their ids stay theirs) and what it made of them.
_AGENT_VERBS: tuple[tuple, frozenset[str]] | None = None


def _passive_agent(s: _Sentence, book: NameBook) -> Attribution | None:
    """ "were told by the harbour director", "was criticized by Ana Lopez": the agent is the source."""
    verbs = _agent_verbs()
    for i, token in enumerate(s.tokens):
        if token.low != "by" or i < 2 or s.in_quote(i):
            continue
        v = i - 1
        if s.low(v).endswith("ly") and s.tokens[v].text.islower():
            v -= 1  # "was sharply criticized by"
        participle = s.low(v)
        if participle not in verbs or not (participle.endswith(("ed", "en")) or participle in ("told", "said")):
            continue
        marker = v - 1
        if s.low(marker) in ("also", "not", "later", "widely", "then"):
            marker -= 1
        if s.low(marker) not in PASSIVE_MARKERS and s.tokens[marker].text != ",":
            continue
        attribution = _credited(s, book, i + 1, (s.tokens[v].start, token.end),
                                f"{quoted(s.text[s.tokens[v].start:token.end])}: a passive names who did the "
                                "saying after \u201cby\u201d.")
        if attribution is not None:
            return attribution
    return None


def _noun_of_saying(s: _Sentence, book: NameBook) -> Attribution | None:
    """ "remarks by the director", "criticism of the levy by Lopez", "Okafor's statement"."""
    nouns = _speech_nouns()
    for d, token in enumerate(s.tokens):
        if token.low.removesuffix("'s") not in nouns or s.in_quote(d):
            continue
        # the maker after "by", right after the noun or after what it is about ("criticism of the levy by")
        for k in range(d + 1, min(len(s.tokens), d + 1 + BY_REACH)):
            if s.tokens[k].text in ",;:.!?" or s.tokens[k].text in "\u201c\u201d\"" or (
                    k == d + 1 and s.low(k) not in ("by", "of", "on", "about", "against")):
                break  # "a speech given by": someone gave it, nobody is said to have said it
            if s.low(k) == "by":
                attribution = _credited(s, book, k + 1, (token.start, s.tokens[k].end),
                                        f"{quoted(s.text[token.start:s.tokens[k].end])}: the words are credited to "
                                        "whoever made them.")
                if attribution is not None:
                    return attribution
                break
        # the owner before it: "Okafor's statement", "the director's remarks"
        owner = d - 1
        if owner >= 0 and s.low(owner).endswith("'s") and s.low(owner)[:-2] and (s.name(owner) or s.noun(owner)) \
                and _opens_words(s, owner):
            a = owner
            while a - 1 >= 0 and (s.name(a - 1) or s.noun(a - 1)) and owner - a < 4:
                a -= 1
            if a - 1 >= 0 and s.low(a - 1) in ("the", "a", "an"):
                a -= 1
            attribution = _credited_span(s, book, a, owner + 1, (s.tokens[a].start, token.end),
                                         f"{quoted(s.text[s.tokens[a].start:token.end])}: the words are "
                                         "credited to whoever said them.")
            if attribution is not None:
                return attribution
    return None


#: What may follow a noun of saying to open its words: "Lopez's remarks that ...", "Okafor's statement: ...".
WORDS_OPENERS = frozenset({"that", ":", ",", "\u201c", '"', "\u2014", "--"})
#: Words after such a noun that give what it was about ("Sanders's attacks on her record"), unless a time follows.
TOPIC_WORDS = frozenset({"on", "about", "against"})


def _opens_words(s: _Sentence, owner: int) -> bool:
    """Whether "in X's statement" opens what was said: "In Okafor's statement, the port ...", "..., in
    Lopez's words"; not "Ryan's comments come two days after ..." (the remark itself is the subject)."""
    a = owner
    while a - 1 >= 0 and (s.name(a - 1) or s.noun(a - 1)) and owner - a < 4:
        a -= 1
    if a - 1 >= 0 and s.low(a - 1) in ("the", "a", "an"):
        a -= 1
    if s.low(a - 1) == "in":
        return True
    # "to" opens words after "according" ("according to Okafor's statement") or when words follow the noun
    # ("to Lopez's remarks that ..."); "responded to Hale's tweet.", "listening to the mayor's statement on
    # Tuesday" name an event someone turned to, and hand over nobody's words
    if s.low(a - 1) != "to":
        return False
    after = s.low(owner + 2)
    return s.low(a - 2) == "according" or after in WORDS_OPENERS or (
        after in TOPIC_WORDS and s.low(owner + 3) not in word_list("time_words").words)  # "attacks on her record"


def _credited(s: _Sentence, book: NameBook, j: int, frame: tuple[int, int], why: str) -> Attribution | None:
    subject = _forward_subject(s, j)
    if subject is None or subject[2] not in ("named", "described"):
        return None
    return _credited_span(s, book, subject[0], subject[1], (frame[0], s.tokens[subject[1] - 1].end), why)


def _credited_span(s: _Sentence, book: NameBook, a: int, b: int, frame: tuple[int, int],
                   why: str) -> Attribution | None:
    display, named, span, person = describe(s, a, b)
    display, person, resolved_from = _resolve(display, named, person, book)
    if display.lower().endswith(("'s", "\u2019s")):
        display = display[:-2]
    if not display:
        return None
    cue = make_cue(s.text, frame[0], frame[1], "reporting_verb", why, family="agent")
    level = "named" if named else "described"
    return Attribution(display, "reporting_verb", round(STRENGTH[level] * AGENT_FACTOR, 3), named, frame,
                       _scope(s, frame, False), (cue, _source_cue(s, display, named, span, resolved_from)),
                       person=person)
