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

from typing import Sequence

from toolkit.text.tokens import QUOTE_MARKS, Token, word_list

#: The longest opening phrase read past before its comma ("In a Tuesday town hall in Brooklyn,").
OPENING_MAX_TOKENS = 14
#: Words that join a second clause with a subject of its own, after a comma (", and Clinton aimed").
COMMA_JOINERS = frozenset({"and", "but", "while", "although", "though", "so", "yet", "whereas"})
#: Words that join a second clause even without a comma before them ("... on, but Christie ...").
BARE_JOINERS = frozenset({"but", "whereas"})
#: First words of an opening phrase that are not a subject: prepositions, subordinators, time words.
OPENING_WORDS = frozenset({
    "in", "at", "on", "after", "before", "during", "since", "until", "unlike", "like", "despite",
    "with", "without", "for", "from", "by", "as", "when", "while", "although", "though", "if",
    "because", "once", "earlier", "later", "last", "this", "that", "on", "a", "an", "the", "asked",
    "still", "meanwhile", "instead", "yet", "now", "then", "here", "there", "throughout", "amid",
    "among", "following", "within", "beyond", "under", "over", "against", "besides", "outside",
    "inside", "across", "toward", "towards", "upon", "given", "back", "over", "weeks", "days",
    "months", "years", "hours", "minutes", "moments", "shortly", "soon", "speaking",
})


def _is_opening_word(token: Token) -> bool:
    """A word that can open a phrase before the subject: a preposition or time word from the list,
    a participle ("Speaking in Harlem,", "Reacting to criticism,") or an adverb ("Publicly,")."""
    low = token.low
    return low in OPENING_WORDS or (token.is_word and len(low) > 4 and low.endswith(("ing", "ly")))


def opening_end(tokens: Sequence[Token], first: int) -> int | None:
    """The index right after an opening phrase's comma, when the sentence starting at `first` opens
    with one ("In Washington, ...", "A few minutes later, ..."); None otherwise. The phrase must
    start with an opening word (not a name: "Clinton, speaking to me, ..." is an aside after the
    subject) and hold no quotation mark."""
    if first >= len(tokens) or not _is_opening_word(tokens[first]):
        return None
    for k in range(first + 1, min(len(tokens), first + OPENING_MAX_TOKENS)):
        text = tokens[k].text
        if text in QUOTE_MARKS or text in ("(", ":", ";"):
            return None
        if text == ",":
            return k + 1 if k + 1 < len(tokens) else None
    return None


def clause_starts(tokens: Sequence[Token], first: int) -> list[int]:
    """Indexes where a clause's subject may start, in text order: the sentence's first word or the
    word after its opening phrase, then the word after each joining word of a later clause (past
    that clause's own opening phrase: ", but in Ohio, Kasich won")."""
    head = opening_end(tokens, first)
    starts = [head if head is not None else first]
    functions = word_list("function_words").words
    for k in range(first + 1, len(tokens) - 1):
        low = tokens[k].low
        joined = (low in COMMA_JOINERS and tokens[k - 1].text == ",") or low in BARE_JOINERS or \
            tokens[k].text == ";"
        if not joined or k + 1 <= starts[-1]:
            continue
        after = opening_end(tokens, k + 1) if tokens[k + 1].low not in functions - OPENING_WORDS else None
        starts.append(after if after is not None else k + 1)
    return starts


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
    starts = clause_starts(tokens, first)
    found: list[list[tuple[int, int]]] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(tokens)
        head = start
        clause: list[tuple[int, int]] = []
        for a, b in runs:
            if a < start:
                continue
            if a >= end or a > head + 2:
                break
            if sentence.noun(b) and not sentence.name(b):
                head = b  # "Former Okafor aide Ben Hart": the first name only says whose aide
                continue
            if a > 0 and sentence.low(a - 1) in place_words:
                continue  # "In New Hampshire, ...": a place, not the subject
            if (start != first or number > 0) and not follows_as_subject(tokens, b):
                break  # after an opening phrase or a joining word, only a name before a verb is a subject
            clause.append((a, b))
        if clause:
            found.append(clause)
    return found
