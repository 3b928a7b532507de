"""Where a clause's subject stands, so that a later "he said" can point back to it.

"He said" most often means the person a recent clause was about, its subject, and not a person
named in an object or a prepositional phrase. A sentence's subject is not always its first words:

- an opening phrase comes first and ends with a comma: "In Washington, President Obama released
  a statement", "A few minutes later, Murphy followed up", "Speaking in Harlem, Clinton ...";
- a second clause has its own subject after a joining word: "..., and Clinton aimed her speech
  at Trump", "The moderators moved on, but Christie wasn't having it".

`clause_starts` gives the token indexes where such subjects may begin; the callers check that a
person's name stands there and is followed by what a subject is followed by (a verb, an aside).
Only tokens are read (no sentence object), so that both the attribution rules and the labeller
can ask without importing each other.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter, itemgetter
from typing import Sequence

from toolkit.claims.described_subjects import title_before_name
from toolkit.text.tokens import QUOTE_MARKS, Token, word_list

#: The longest opening phrase read past before its comma ("In a Tuesday town hall in Brooklyn,").
OPENING_MAX_TOKENS = 14
#: Words that join a second clause with a subject of its own, after a comma (", and Clinton aimed").
COMMA_JOINERS = frozenset({"and", "but", "while", "although", "though", "so", "yet", "whereas"})
#: Words that join a second clause even without a comma before them ("... on, but Christie ...").
BARE_JOINERS = frozenset({"but", "whereas"})
#: Joining words that may open a sentence before its opening phrase or subject.
LEADING_JOINERS = frozenset({"but", "and", "yet", "so", "still", "now"})
#: The longest description before the name it is set off from ("Sanders's campaign manager, Jeff Weaver,").
DESCRIPTION_MAX_TOKENS = 6
#: First words of an opening phrase that are not a subject: prepositions, subordinators, time words.
OPENING_WORDS = frozenset({
    "in", "at", "on", "after", "before", "during", "since", "until", "unlike", "like", "despite",
    "with", "without", "for", "from", "by", "as", "when", "while", "although", "though", "if",
    "because", "once", "earlier", "later", "last", "asked", "still", "meanwhile", "instead", "now",
    "then", "throughout", "amid", "among", "following", "within", "under", "over", "against",
    "besides", "outside", "inside", "across", "toward", "towards", "upon", "back", "hours", "days",
    "weeks", "months", "years", "minutes", "moments", "shortly", "soon",
})
#: Words that may open a phrase of time whose last word before the comma says so: "A few minutes
#: later,", "Eight years after backing Obama,", "Two days ago,".
COUNTING_OPENERS = frozenset({"a", "an", "the", "this", "that", "two", "three", "four", "five", "six", "seven",
                              "eight", "nine", "ten", "several", "many", "some", "just", "only", "about"})
#: Words after an opening past participle ("Alarmed by", "Asked if", "Pressed on").
PARTICIPLE_LINKS = frozenset({"by", "if", "about", "on", "to", "with", "for", "in", "at", "after", "whether"})
TIME_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                        "year", "years", "decade", "decades", "later", "earlier", "ago", "morning", "night",
                        "evening", "afternoon"})


def _is_opening_word(tokens: Sequence[Token], first: int) -> bool:
    """Whether the word at `first` can open a phrase before the subject: a preposition or time word from
    the list or a participle before its object ("Speaking in Harlem,", "Reacting to criticism,"); not a
    name with such an ending ("Irving, the mayor, ..."). A lone adverb ("Publicly,") is left out: a word
    such as "Kelly" looks the same, and the subject two words on is found without it."""
    token = tokens[first]
    low = token.low
    if low in OPENING_WORDS:
        return True
    if not token.is_word or len(low) <= 4 or first + 1 >= len(tokens):
        return False
    after = tokens[first + 1]
    return low.endswith("ing") and after.is_word and after.text.islower()


def opening_end(tokens: Sequence[Token], first: int) -> int | None:
    """The index right after an opening phrase's comma, when the sentence starting at `first` opens
    with one ("In Washington, ...", "A few minutes later, ..."); None otherwise. The phrase must
    start with an opening word (not a name: "Clinton, speaking to me, ..." is an aside after the
    subject; not "The senator, ..."), or count time ("Eight years after ...,"), and hold no
    quotation mark."""
    if first >= len(tokens):
        return None
    counting = tokens[first].low in COUNTING_OPENERS or tokens[first].text.isdigit()
    # "Alarmed by the unrest, ...", "Pressed about the vote, ...": a past participle before a preposition
    participle = tokens[first].low.endswith("ed") and first + 1 < len(tokens) and \
        tokens[first + 1].low in PARTICIPLE_LINKS
    if not (_is_opening_word(tokens, first) or counting or participle):
        return None
    for k in range(first + 1, min(len(tokens), first + OPENING_MAX_TOKENS)):
        text = tokens[k].text
        if text in QUOTE_MARKS or text in ("(", ":", ";"):
            return None
        if text == ",":
            if counting and not any(t.low in TIME_UNITS for t in tokens[first + 1:min(k, first + 4)]):
                return None  # "The senator, ...": a subject set off by an aside, not an opening phrase
            if _state_after_place(tokens, first, k):
                continue  # "At a rally in St. Clairsville, Ohio, ...": the state belongs to the place
            return k + 1 if k + 1 < len(tokens) else None
    return None


def _state_after_place(tokens: Sequence[Token], first: int, comma: int) -> bool:
    """Whether the comma at `comma` only separates a place from its state: one capitalised word (or an
    abbreviation with stops, "N.H.") and another comma follow ("in Dayton, Ohio,", "in Derry, N.H.,"),
    after a capitalised place name that is not the phrase's first word ("Still, Devine, ..." is no place)."""
    if comma < first + 2 or not tokens[comma - 1].text[:1].isupper():
        return False
    k = comma + 1
    seen = 0
    while k < len(tokens) and seen < 3 and (tokens[k].text[:1].isupper() or tokens[k].text == "."):
        seen += tokens[k].is_word
        k += 1
    abbreviation = k - (comma + 1) > seen  # "N.H." is written with stops
    return (seen == 1 or (abbreviation and seen <= 2)) and k < len(tokens) and tokens[k].text == ","


def clause_starts(tokens: Sequence[Token], first: int) -> list[int]:
    """Indexes where a clause's subject may start, in text order: the sentence's first word or the
    word after its opening phrase, then the word after each joining word of a later clause (past
    that clause's own opening phrase: ", but in Ohio, Kasich won")."""
    if first + 1 < len(tokens) and tokens[first].low in LEADING_JOINERS:
        first += 1  # "But at another event on Thursday, Mr. Sanders showed ..."
    head = opening_end(tokens, first)
    starts = [head if head is not None else first]
    functions = word_list("function_words").words
    for k in _joining_places(tokens, first + 1, len(tokens) - 1):
        low = tokens[k].low
        joined = (low in COMMA_JOINERS and tokens[k - 1].text == ",") or low in BARE_JOINERS or \
            tokens[k].text == ";"
        if not joined or k + 1 <= starts[-1]:
            continue
        following = tokens[k + 1].low  # (an opening word, or no function word: `functions - OPENING_WORDS`, unbuilt)
        after = opening_end(tokens, k + 1) if following in OPENING_WORDS or following not in functions else None
        starts.append(after if after is not None else k + 1)
    return starts


#: Every word that may join a later clause (with or without a comma before it), and the semicolon.
_JOINING = COMMA_JOINERS | BARE_JOINERS | {";"}
_LOW = attrgetter("low")


def _joining_places(tokens: Sequence[Token], start: int, end: int) -> list[int]:
    """The indexes in `[start, end)` of the tokens that may join a clause (`_JOINING`), in order; none, told by one
    set operation, in a sentence without such a word."""
    lows = list(map(_LOW, tokens))
    joining = _JOINING.intersection(lows)
    if not joining:
        return []
    return [k for k in range(start, end) if lows[k] in joining]


def follows_as_subject(tokens: Sequence[Token], end: int) -> bool:
    """Whether the token at `end`, right after a name, is what follows a subject: a lower-case word
    that is no preposition or conjunction ("Christie wasn't", "Clinton aimed", "Obama released"),
    or a comma opening an aside ("Jeff Weaver, his campaign manager, appeared")."""
    if end >= len(tokens):
        return False
    token = tokens[end]
    if token.text == ",":
        return True
    if not token.is_word or not token.text[:1].islower():
        return False
    return token.low not in NOT_AFTER_SUBJECT


#: Lower-case words after a name that show it is no subject ("Clinton and Sanders", "Trump of ...").
NOT_AFTER_SUBJECT = frozenset({"and", "or", "of", "in", "at", "on", "to", "for", "from", "with", "by", "as",
                               "than", "that", "who", "which", "whose", "the", "a", "an", "nor"})


def subject_runs(sentence, runs: Sequence[tuple[int, int]],
                 place_words: frozenset[str]) -> list[list[tuple[int, int]]]:
    """For each clause of `sentence`, in order, the name runs (token index pairs) that may be its subject
    (the attribution rules' sentence: `tokens`, `first`, `low`, `noun`, `name`): the first at the head
    of the sentence, then one per later clause. A name right before a title word only says whose
    ("Former Okafor aide Ben Hart left": Ben Hart); a name after a place word ("In Ohio") is no subject.
    The caller takes the first of a clause's runs that names a person."""
    tokens = sentence.tokens
    first = sentence.first or 0
    if first >= len(tokens):
        return []  # a sentence of control characters or marks only has no words to be a subject
    starts = clause_starts(tokens, first)
    first = starts[0] if tokens[first].low in LEADING_JOINERS and starts[0] == first + 1 else first
    found: list[list[tuple[int, int]]] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(tokens)
        head = start
        clause: list[tuple[int, int]] = []
        for a, b in runs:
            if a < start:
                continue
            if a >= end or a > head + DESCRIPTION_MAX_TOKENS + 1:
                break
            if sentence.noun(b) and not sentence.name(b) and a <= head + 2:
                head = b  # "Former Okafor aide Ben Hart": the first name only says whose aide
                continue
            titled = title_before_name(sentence, b) if a == start else None
            if titled is not None:
                head = titled  # "Democratic presidential candidate Ana Lopez": the front word says which
                continue
            if a > 0 and sentence.low(a - 1) in place_words:
                continue  # "In New Hampshire, ...": a place, not the subject
            if a > head + 2 and not _named_after_description(tokens, head, a, b):
                break
            if (start != first or number > 0) and not follows_as_subject(tokens, b):
                break  # after an opening phrase or a joining word, only a name before a verb is a subject
            clause.append((a, b))
        if clause:
            found.append(clause)
    return found


#: Short titles written before a name, as the word a later description uses ("Gov. Kasich" ... "the governor").
SHORT_TITLES = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
                "gen": "general", "congressman": "representative", "congresswoman": "representative"}
#: How far before a name a title may stand ("Ohio Gov. John Kasich", "former Secretary of State John Kerry").
TITLE_REACH = 4


def title_word(word: str) -> str | None:
    """The title a word names, in the form a description uses ("Gov" -> governor), or None."""
    low = word.lower().strip(".")
    low = SHORT_TITLES.get(low, low)
    return low if low in word_list("titles").words else None


def titles_near(tokens: Sequence[Token], a: int, b: int) -> set[str]:
    """The titles written next to the name at tokens [a, b): just before it ("Ohio Gov. John Kasich",
    "the city manager Michael Cernech") or in an aside right after it ("Jeff Weaver, Sanders's campaign
    manager,", "Michael Cernech, the city manager,")."""
    found = set()
    for k in range(max(0, a - TITLE_REACH), a):
        if tokens[k].text in (",", ";", ":") or tokens[k].text in QUOTE_MARKS:
            found.clear()  # a title in an earlier phrase belongs to someone else
            continue
        title = title_word(tokens[k].text)
        if title is not None:
            found.add(title)
    if b < len(tokens) and tokens[b].text == ",":
        for k in range(b + 1, min(len(tokens), b + 8)):
            if tokens[k].text in (",", ".", ";", ":", "(") or not tokens[k].is_word:
                break
            title = title_word(tokens[k].text)
            if title is not None and tokens[k].text.islower():
                found.add(title)
    return found


def described_title(description: str) -> str | None:
    """The title a description of one person ends in: "the Ohio governor" -> governor, "the former
    president" -> president; None for a description of a body or of several people."""
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the" or not words[-1].islower():
        return None  # "a spokesman" is someone new; "the spokesman" is one met before
    return title_word(words[-1])


def last_titled(titled: Sequence[tuple[int, str, str]], title: str, before: int) -> str | None:
    """The person last named with this title before offset `before` (`titled`: offset, title, name in
    text order), whom "the governor" or "the senator" then means.

    The entries before `before` are found by bisection and read back from the nearest: a long article's
    described speakers ("the governor said") no longer each walk every title named since its start."""
    for k in range(bisect_left(titled, before, key=_OFFSET) - 1, -1, -1):
        if titled[k][1] == title:
            return titled[k][2]
    return None


_OFFSET = itemgetter(0)


def _named_after_description(tokens: Sequence[Token], start: int, a: int, b: int) -> bool:
    """Whether the name at tokens [a, b) is set off by commas right after a short description that opens
    the clause at `start`: "His wife, Jane, called for ...", "Sanders's campaign manager, Jeff Weaver,
    appeared", "Another superdelegate, Michael Brown, explained" (the name is the subject)."""
    if a - start > DESCRIPTION_MAX_TOKENS or a < 1 or tokens[a - 1].text != "," or b >= len(tokens):
        return False
    if tokens[b].text not in (",", "("):
        return False
    described = tokens[start:a - 1]
    return bool(described) and all(t.is_word for t in described) and tokens[a - 2].text[:1].islower()
