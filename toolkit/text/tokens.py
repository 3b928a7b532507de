"""Words with their offsets, the project's word lists, quotation marks and names.

The fact/opinion rules read sentences as tokens that remember where they came from, so
every cue they find is a span of the article text. No part-of-speech tagger is used (the
usable ones are downloads): the rules lean on word lists (package data in
`toolkit/data/claims/`, one entry per line), capital letters and punctuation instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import AbstractSet, Sequence

from toolkit.text.quotations import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS, find_quotations, inside  # noqa: F401

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "claims"

# A word: letters or digits, joined by apostrophes, hyphens, dots inside abbreviations
# ("U.S") or thousands separators ("5,000"). Anything else that is not a space is one token.
_TOKEN = re.compile(r"\w+(?:(?:['\u2019\u02bc\-]|\.(?=\w)|,(?=\d{3}(?!\d)))\w+)*|[^\w\s]")

_DIGIT = re.compile(r"\d")


class Token:
    """A word or a punctuation mark, with offsets into the text it came from.

    `low` is the form word lists are matched in: lower case, curly apostrophes made straight.
    A plain class with slots rather than a dataclass: a long article has hundreds of
    thousands of tokens, and each is made once per article (see `toolkit.text.layer`).
    """

    __slots__ = ("text", "start", "end", "low", "is_word")

    def __init__(self, text: str, start: int, end: int, low: str = ""):
        self.text = text
        self.start = start
        self.end = end
        self.low = low or text.lower().replace("\u2019", "'").replace("\u02bc", "'")
        first = text[0]
        self.is_word = first.isalnum() or first == "_"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def has_digit(self) -> bool:
        text = self.text
        return not text.isalpha() and _DIGIT.search(text) is not None  # a letter is never a digit: most words skip the search

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into `text`.

    Each distinct token text has its `low` and `is_word` worked out once per call (a text repeats
    its words), and the tokens are filled in directly: the same tokens `Token(text, start, end)` makes.
    """
    end = len(text) if end is None else end
    facts: dict[str, tuple[str, bool]] = {}
    found: list[Token] = []
    append = found.append
    new = object.__new__
    for match in _TOKEN.finditer(text, start, end):
        piece = match.group()
        known = facts.get(piece)
        if known is None:
            known = facts[piece] = _token_facts(piece)
        token = new(Token)
        token.text = piece
        token.start, token.end = match.span()
        token.low, token.is_word = known
        append(token)
    return found


def _token_facts(text: str) -> tuple[str, bool]:
    """`low` and `is_word` of a token's text, as `Token.__init__` sets them."""
    first = text[0]
    return text.lower().replace("\u2019", "'").replace("\u02bc", "'"), first.isalnum() or first == "_"


def spelling_facts(text: str) -> tuple[str, bool]:
    """`low` and `is_word` of every token with this text (both follow from the text alone), for rules that read
    a whole article's tokens once per spelling rather than once per token."""
    return _token_facts(text)


def normalise(phrase: str) -> tuple[str, ...]:
    """A phrase as the tuple of lower-case tokens the matcher compares."""
    return tuple(token.low for token in tokenize(phrase))


# ----- word lists ---------------------------------------------------------------------------

@dataclass(frozen=True)
class WordList:
    """One data file: its entries (as token tuples) and what its header says.

    `words` holds the one-word entries (for membership tests) and `lengths` the entry
    lengths by first word (so matching looks only where an entry can start).
    """

    name: str
    kind: str
    why: str
    entries: frozenset[tuple[str, ...]]
    marked: dict[str, frozenset[tuple[str, ...]]]
    words: frozenset[str] = frozenset()
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(e[0] for e in self.entries if len(e) == 1))
        lengths: dict[str, set[int]] = {}
        for entry in self.entries:
            lengths.setdefault(entry[0], set()).add(len(entry))
        object.__setattr__(self, "lengths", {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})

    def __contains__(self, word: str) -> bool:
        return word in self.words


#: Marks a list line may start with: "vague" (points to nothing you could find: "studies show"),
#: "plain" (a neutral verb of saying, never loaded).
LINE_MARKS = ("vague", "plain")


@lru_cache(maxsize=None)
def reporting_verbs(*, plain_only: bool = False) -> frozenset[str]:
    """The one list of reporting verbs (every form), or only its neutral ones ("said", not "claimed")."""
    lists = (word_list("reporting_verbs"), word_list("reporting_verbs_weak"))
    if plain_only:
        return frozenset(entry[0] for words in lists for entry in words.marked.get("plain", ()))
    return frozenset(word for words in lists for word in words.words)


@lru_cache(maxsize=None)
def word_list(name: str) -> WordList:
    """Read `toolkit/data/claims/<name>.txt` once."""
    path = DATA_DIR / f"{name}.txt"
    header: dict[str, str] = {}
    entries: set[tuple[str, ...]] = set()
    marked: dict[str, set[tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            key, colon, value = line[1:].partition(":")
            if colon and key.strip() in ("kind", "why"):
                header[key.strip()] = value.strip()
            continue
        mark, _, rest = line.partition(" ")
        if mark in LINE_MARKS and rest:
            marked.setdefault(mark, set()).add(normalise(rest))
            line = rest
        entry = normalise(line)
        if entry:
            entries.add(entry)
    return WordList(name, header.get("kind", "list"), header.get("why", ""), frozenset(entries),
                    {key: frozenset(value) for key, value in marked.items()})


def find_phrases(tokens: Sequence[Token], words: WordList) -> list[tuple[int, int]]:
    """Token ranges `(i, j)` matching an entry of the list, longest first, not overlapping."""
    found: list[tuple[int, int]] = []
    lengths = words.lengths
    lows = [token.low for token in tokens]
    if lengths.keys().isdisjoint(lows):  # the usual case, decided without a Python-level loop
        return found
    n = len(tokens)
    i = 0
    while i < n:
        sizes = lengths.get(lows[i])
        if sizes:
            for size in sizes:
                if size == 1 or (i + size <= n and tuple(lows[i:i + size]) in words.entries):
                    found.append((i, i + size))
                    i += size
                    break
            else:
                i += 1
        else:
            i += 1
    return found


# ----- quotation marks ----------------------------------------------------------------------

def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Quotations in `text[start:end]` as `(start, end)` spans, quote marks included (see `toolkit.text.quotations`)."""
    return [q.span for q in find_quotations(text, start, end)]


# ----- names --------------------------------------------------------------------------------

#: Lower-case words allowed inside a name when capitalised words stand on both sides.
#: "al-Assad", "bin-Salman", "de-Gaulle": a small particle joined to a capitalised name.
_PARTICLE_NAME = re.compile(r"^(?:al|el|bin|ibn|ben|abu|de|van|von|le|la|di|da|du)[-\u2019'][^\W\d_]", re.IGNORECASE)
_PARTICLE_CAPITAL = re.compile(r"[-\u2019'][A-Z\u00c0-\u00de]")
NAME_JOINERS = frozenset({"of", "for", "and", "the", "de", "del", "da", "di", "van", "von", "al", "bin", "la", "le",
                          "du", "dos", "&"})


def is_title_case(tokens: Sequence[Token]) -> bool:
    """A headline in Title Case or CAPITALS: capital letters then say nothing about names."""
    global _last_title_case
    if not tokens:
        return False
    first = tokens[0]
    last = _last_title_case
    # The sentence asked about just before (the labeller's rules ask some six times each): the same
    # sequence object, still holding the same first and last token objects and as many of them.
    if last[0] is tokens and last[1] is first and last[2] is tokens[-1] and last[3] == len(tokens):
        return last[4]
    key = ("title_case", first.start, tokens[-1].end, len(tokens))  # `remembered`'s key, made once here
    known = _SEEN.get(key)
    if known is not None and known[0] is first:  # most calls ask again about a run already answered
        answer = known[1]
    else:
        answer = _kept(key, first, _is_title_case(tokens))
    _last_title_case = (tokens, first, tokens[-1], len(tokens), answer)  # held, so no other object takes its id
    return answer


#: The token sequence `is_title_case` answered last, its first and last tokens, its length and the answer.
_last_title_case: tuple = (None, None, None, 0, False)


#: Answers about a run of tokens that each sentence's rules ask for several times (title case, name runs),
#: kept for the last few thousand runs. A run is known by its first token object (an article's tokens are
#: made once, in its text layer) and its extent, so a run tokenized afresh is simply worked out again.
_SEEN: dict[tuple, tuple[Token, object]] = {}


def remembered(kind: str, tokens: Sequence[Token], compute, *args):
    """`compute(tokens, *args)` for this run of tokens, or its remembered answer (see `_SEEN`). The function and
    its arguments are passed, not a closure over them: the rules ask a few times per sentence, mostly answered."""
    key = (kind, tokens[0].start, tokens[-1].end, len(tokens), args)
    known = _SEEN.get(key)
    if known is not None and known[0] is tokens[0]:
        return known[1]
    return _kept(key, tokens[0], compute(tokens, *args))


def _kept(key: tuple, first: Token, answer):
    """`answer`, kept in `_SEEN` under `key` for the run of tokens that opens with `first`."""
    if len(_SEEN) > 32768:
        _SEEN.clear()
    _SEEN[key] = (first, answer)
    return answer


#: Finite verbs a Title Case headline would capitalise: written in lower case, they show a sentence
#: of running text whose words are mostly names ("Former New York Gov. George Pataki is endorsing John Kasich.").
LOWER_CASE_FINITE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
                                     "could", "does", "did", "said", "says", "told", "tells"})


def _is_title_case(tokens: Sequence[Token]) -> bool:
    # What each spelling counts as (`_title_case_kind`), read for the whole run at once: C loops, not Python ones.
    counted = list(map(_TITLE_CASE_KINDS.__getitem__, token_texts(tokens)))  # a new spelling: see `_TitleCaseKinds`
    words = len(counted) - counted.count(0)
    if words < 3:
        return False
    return counted.count(2) >= 0.8 * words and not _running_text(tokens)


def _title_case_kind(text: str) -> int:
    """0: a token `is_title_case` does not count (punctuation, a short word, a number); 1: a counted word in
    lower case; 2: a counted word with a capital letter (a token is a word when it starts with a letter, a
    digit or "_", as `Token.is_word` says)."""
    first = text[0]
    if not (first.isalnum() or first == "_") or len(text) <= 3 or not first.isalpha():
        return 0
    return 2 if first.isupper() else 1


_TEXT = attrgetter("text")


def token_texts(tokens: Sequence[Token]) -> list[str]:
    """The texts of a run of tokens, in order: read once for the run asked about last, since the name rules read
    the same sentence's texts one after another (its title case, its name flags, the stops among its names).
    The list is shared: read it, do not change it."""
    global _last_texts
    if not tokens:
        return []
    last = _last_texts
    # The same sequence object, still holding the same first and last token objects and as many (as `is_title_case`).
    if last[0] is tokens and last[1] is tokens[0] and last[2] is tokens[-1] and last[3] == len(tokens):
        return last[4]
    texts = list(map(_TEXT, tokens))
    _last_texts = (tokens, tokens[0], tokens[-1], len(tokens), texts)  # held, so no other object takes its id
    return texts


#: The token sequence `token_texts` read last, its first and last tokens, its length and its texts.
_last_texts: tuple = (None, None, None, 0, [])


class _TitleCaseKinds(dict):
    """token text -> what `_title_case_kind` says of it, for every spelling met (a few tens of thousands at most):
    a spelling met for the first time is worked out as it is looked up, so a run is read with one `map`."""

    def __missing__(self, text: str) -> int:
        if len(self) >= 65536:
            self.clear()
        kind = self[text] = _title_case_kind(text)
        return kind


_TITLE_CASE_KINDS: dict[str, int] = _TitleCaseKinds()


def _running_text(tokens: Sequence[Token]) -> bool:
    """A sentence that ends in a full stop and has a finite verb in lower case (an auxiliary, a verb of
    saying, or a past tense in "-ed") is running text, however many of its words are names: a Title Case
    headline capitalises its verbs and seldom ends in a full stop."""
    ends = [t.text for t in tokens[-3:] if t.text not in QUOTE_MARKS]
    if not ends or ends[-1] != ".":
        return False
    saying = word_list("reporting_verbs").words
    if any(t.is_word and t.text[:1].isupper() and t.low in saying and t.low.endswith("s") for t in tokens[1:]):
        return False  # "Maher Tells Guest Violence is Beyond Compare.": a headline's capitalised verb of saying
    return any(t.is_word and t.text.islower() and (t.text in LOWER_CASE_FINITE_VERBS or (
        len(t.text) > 4 and t.text.endswith("ed"))) for t in tokens)


def first_word_index(tokens: Sequence[Token]) -> int | None:
    for i, token in enumerate(tokens):
        if token.is_word:
            return i
    return None


def subject_start(tokens: Sequence[Token], openers: AbstractSet[str], most: int = 3) -> int | None:
    """Where a sentence's subject starts: its first word, past at most `most` opening words from
    `openers` ("But sadly few ..."); None for a sentence without words."""
    first = first_word_index(tokens)
    if first is None:
        return None
    k = first
    while k < len(tokens) and tokens[k].low in openers and k - first < most:
        k += 1
    return k


def is_name_word(tokens: Sequence[Token], i: int, first: int | None, title_case: bool = False) -> bool:
    """Whether token `i` can be part of a name: capitalised, and not a function word opening the sentence."""
    token = tokens[i]
    facts = _NAME_FACTS.get(token.text)
    if facts is None:
        facts = _name_facts(token)
    kind, function_word, opener = facts
    if kind != _CAPITALISED:
        return kind == _ALWAYS
    if title_case:
        return not function_word
    starts_clause = i == first or (i > 0 and (tokens[i - 1].text in _CLAUSE_OPENERS or
                                              (tokens[i - 1].text == "'" and i > 1 and not tokens[i - 2].is_word)))
    if starts_clause:
        return not function_word and not opener
    return True


def name_word_flags(tokens: Sequence[Token], first: int | None, title_case: bool = False) -> list[bool]:
    """`is_name_word(tokens, i, first, title_case)` for every token `i`, in one pass over the sentence.

    The name rules ask about every token, most of them more than once, and the name runs and the
    attribution rules each ask about the same sentence: one loop with the facts of each spelling read
    from `_NAME_FACTS`, remembered for the run of tokens (see `remembered`), costs far less than a
    call per token and question. The list is the caller's own to change.
    """
    if not tokens:
        return []
    return list(remembered("name_flags", tokens, _kept_name_word_flags, first, title_case))


def _kept_name_word_flags(tokens: Sequence[Token], first: int | None, title_case: bool) -> tuple[bool, ...]:
    """`_name_word_flags` as a tuple, to be remembered (each caller gets a list of its own)."""
    return tuple(_name_word_flags(tokens, first, title_case))


def _name_word_flags(tokens: Sequence[Token], first: int | None, title_case: bool) -> list[bool]:
    texts = token_texts(tokens)
    # Each token's answer where it stands inside a clause, looked up by its spelling (see `_SpellingFlags`) ...
    if title_case:
        return list(map(_FLAG_IN_TITLE.__getitem__, texts))
    flags = list(map(_FLAG_IN_CLAUSE.__getitem__, texts))
    # ... then the capitalised words that open a clause, which are names only when no common opener.
    starts = {first} if first is not None else set()
    n = len(texts)
    for mark in _CLAUSE_MARKS.intersection(texts):
        k = -1
        for _ in range(texts.count(mark)):  # each place of the mark, found in C (and no ValueError after the last)
            k = texts.index(mark, k + 1)
            if mark != "'" or mark in _CLAUSE_OPENERS or (k > 0 and not tokens[k - 1].is_word):
                starts.add(k + 1)
    for i in starts:
        if 0 <= i < n:
            flags[i] = _FLAG_OPENING_CLAUSE[texts[i]]
    return flags


_CLAUSE_OPENERS = OPENING_QUOTES + '":.!?\u2026'
#: Every token text after which a word may open a clause: each piece of `_CLAUSE_OPENERS` (what `in` finds
#: in it) and a single quote (which opens one only after a mark, see `is_name_word`).
_CLAUSE_MARKS = frozenset({_CLAUSE_OPENERS[a:b] for a in range(len(_CLAUSE_OPENERS))
                           for b in range(a + 1, len(_CLAUSE_OPENERS) + 1)} | {"'"})
#: What `is_name_word` decides from a token's text alone: never a name word, always one (a lower-case
#: particle name, "al-Assad"), or a capitalised word whose answer depends on where it stands.
_NEVER, _ALWAYS, _CAPITALISED = 0, 1, 2
#: token text -> (kind, is a function word, is a common sentence opener): worked out once per spelling.
_NAME_FACTS: dict[str, tuple[int, bool, bool]] = {}
#: What `is_name_word` answers for a token with these facts inside a clause (not opening one), in running
#: text and in a title-case headline: never, always, or for a capitalised word, True / not a function word.
_FLAG_BY_FACTS = {(kind, function_word, opener): kind == _ALWAYS or kind == _CAPITALISED
                  for kind in (_NEVER, _ALWAYS, _CAPITALISED) for function_word in (False, True) for opener in (False, True)}
_FLAG_BY_FACTS_IN_TITLE = {(kind, function_word, opener): kind == _ALWAYS or (kind == _CAPITALISED and not function_word)
                           for kind in (_NEVER, _ALWAYS, _CAPITALISED) for function_word in (False, True)
                           for opener in (False, True)}


class _SpellingFlags(dict):
    """token text -> what `is_name_word` answers for a token of that spelling in one position: inside a
    clause, in a title-case headline, or opening a clause (`_FLAG_IN_CLAUSE`, `_FLAG_IN_TITLE`,
    `_FLAG_OPENING_CLAUSE`). A spelling met for the first time is worked out (`_name_facts`) for all three
    as it is looked up, so a sentence's flags are read with one `map` and no check for missing ones."""

    def __missing__(self, text: str) -> bool:
        kind, function_word, opener = _NAME_FACTS.get(text) or _name_facts(Token(text, 0, len(text)))
        if len(_FLAG_IN_CLAUSE) >= 65536:
            for table in (_FLAG_IN_CLAUSE, _FLAG_IN_TITLE, _FLAG_OPENING_CLAUSE):
                table.clear()
        facts = (kind, function_word, opener)
        _FLAG_IN_CLAUSE[text] = _FLAG_BY_FACTS[facts]
        _FLAG_IN_TITLE[text] = _FLAG_BY_FACTS_IN_TITLE[facts]
        _FLAG_OPENING_CLAUSE[text] = not function_word and not opener if kind == _CAPITALISED else \
            _FLAG_BY_FACTS[facts]
        return self[text]


_FLAG_IN_CLAUSE: dict[str, bool] = _SpellingFlags()
_FLAG_IN_TITLE: dict[str, bool] = _SpellingFlags()
_FLAG_OPENING_CLAUSE: dict[str, bool] = _SpellingFlags()


def _name_facts(token: Token) -> tuple[int, bool, bool]:
    """The facts `is_name_word` reads from a token's text (see `_NAME_FACTS`), remembered for the next time."""
    text, low = token.text, token.low
    if not token.is_word or text == "I":
        facts = (_NEVER, False, False)
    elif not text[0].isupper():
        particle = bool(_PARTICLE_NAME.match(text) and _PARTICLE_CAPITAL.search(text))
        facts = (_ALWAYS if particle else _NEVER, False, False)
    elif low in _time_words():
        facts = (_NEVER, False, False)
    else:
        facts = (_CAPITALISED, low in _function_words(), _common_opener(low))
    if len(_NAME_FACTS) >= 65536:
        _NAME_FACTS.clear()
    _NAME_FACTS[text] = facts
    return facts


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return word_list("time_words").words


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return word_list("function_words").words


@lru_cache(maxsize=8192)
def _common_opener(low: str) -> bool:
    """Words that start sentences with a capital letter without being names ("Officials", "Experts", "Say")."""
    stem = low[:-1] if low.endswith("s") else low
    return any(low in word_list(name) or stem in word_list(name) for name in
               ("imperative_verbs", "hedges", "certainty", "bodies", "titles", "vague_crowd", "documents",
                "stance_adverbs", "evaluative", "intensifiers"))


def name_runs(tokens: Sequence[Token], title_case: bool | None = None) -> list[tuple[int, int]]:
    """Token ranges of capitalised names ("Fikri Isik", "Center for Economics and Foreign Policy Studies")."""
    if title_case is None:
        title_case = is_title_case(tokens)
    if not tokens:
        return []
    return list(remembered("name_runs", tokens, _name_runs, title_case))


def _name_runs(tokens: Sequence[Token], title_case: bool) -> tuple[tuple[int, int], ...]:
    first = first_word_index(tokens)
    names = name_word_flags(tokens, first, title_case)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not names[i]:
            try:
                i = names.index(True, i)  # the next name word, found in C
            except ValueError:
                break
        j = i + 1
        organisation = False
        while j < len(tokens):
            if names[j]:
                j += 1
                continue
            low = tokens[j].low
            joinable = low in NAME_JOINERS and (low != "and" or organisation)
            if joinable and j + 1 < len(tokens) and names[j + 1]:
                organisation = organisation or low in ("of", "for")
                j += 2
                continue
            break
        runs.append((i, j))
        i = j
    return tuple(runs)
