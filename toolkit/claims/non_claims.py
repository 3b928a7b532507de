"""Lines that make no claim: navigation, the site's own text, credits, bylines.

"Comments are closed." is not a fact about the world, and "Read more:" is not an opinion:
they are the page talking about itself. Sorting them into fact / attributed / opinion
teaches the wrong thing, so they get a fourth label, `no_claim`, decided here from two kinds
of evidence, each with a reason a student can read:

- the block the sentence sits in (`credit` and `boilerplate` blocks, found by
  `toolkit.article.blocks`), and a photo credit at the end of a caption ("REUTERS/Grigory
  Dukor"), which speaks for the photo agency, not the writer;
- a sign-off under a quotation ("Marta Quill, Calder Pilots Guild.\"": `toolkit.claims.quote_signoffs`);
- the rules in `toolkit/data/claims/non_claims.txt` (one readable line each): navigation
  lines ("Read more:"), site text ("Share this:"), credit lines in their common forms
  ("Reporting by ...; editing by ...", "Via ... Wire Service.", "— Associated Press").

`find_non_claim` is pure: text and offsets in, a `NonClaim` (or None) out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import AbstractSet, Sequence

from toolkit.claims.quote_signoffs import MOST_WORDS as MOST_SIGNOFF_WORDS, quote_signoff
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import DATA_DIR, QUOTE_MARKS, Token, normalise, tokenize

#: The label this module gives (one of `toolkit.annotation.labels.SENTENCE_LABELS`).
NO_CLAIM = "no_claim"
#: Block kinds whose every sentence is the page speaking about itself.
BLOCK_WHY = {
    "credit": "A credit line: it says where the story comes from, not what happened.",
    "boilerplate": "The website's own text (not part of the story): it says nothing about what happened.",
}
#: What each kind of rule says to the student.
WHY = {
    "navigation": "The page pointing you to other pages: it makes no claim about the world.",
    "site_text": "The website's own text (not part of the story): it says nothing about what happened.",
    "credit": "A credit line: it says where the story comes from, not what happened.",
    "photo_credit": "A photo credit: it says who took the picture and for which agency, not what happened.",
    "byline": "A byline: it says who wrote the story, not what happened.",
}
#: Why a sign-off under a quotation makes no claim (`toolkit.claims.quote_signoffs`).
SIGNOFF_WHY = "A sign-off under a quotation: it names who said the words above, and makes no claim of its own."
#: A credit, byline or navigation line is short; a longer sentence is read as a claim.
MAX_WORDS = 30
_IS_WORD = attrgetter("is_word")
#: A photo credit such as "REUTERS/Grigory Dukor" is at most this many words.
PHOTO_CREDIT_MAX_WORDS = 6
#: A byline's name is at most this many words ("By Mary Ann Smith").
NAME_MAX_WORDS = 5
_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


@dataclass(frozen=True)
class NonClaim:
    """Why a sentence makes no claim: which kind of line it is, the reason, and who it credits."""

    kind: str  # "navigation", "site_text", "credit", "photo_credit", "byline"
    why: str
    credited: str | None = None  # the agency or outlet a credit names, when it is clear ("REUTERS")


@dataclass(frozen=True)
class _Rule:
    kind: str
    where: str  # "whole", "start" or "within"
    words: tuple[str, ...]
    needs: str = ""  # "", "agency", "name" or "named"


@dataclass(frozen=True)
class _Rules:
    rules: tuple[_Rule, ...]
    agencies: frozenset[tuple[str, ...]]


@lru_cache(maxsize=1)
def load_rules() -> _Rules:
    """Read `non_claims.txt` once; a malformed line is an error that names the line."""
    path = DATA_DIR / "non_claims.txt"
    rules: list[_Rule] = []
    agencies: set[tuple[str, ...]] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("|")]
        if fields[0] == "agency" and len(fields) == 2:
            agencies.add(normalise(fields[1]))
            continue
        if len(fields) != 3 or fields[0] not in WHY or fields[1] not in ("whole", "start", "within"):
            raise ValueError(f"{path}:{number}: expected 'what | whole/start/within | words', got {line!r}")
        words, needs = fields[2], ""
        for marker in ("+agency", "+named", "+name", "+handle"):
            if words.endswith(marker):
                words, needs = words[: -len(marker)].strip(), marker[1:]
        rules.append(_Rule(fields[0], fields[1], normalise(words), needs))
    return _Rules(tuple(rules), frozenset(agencies))


def find_non_claim(text: str, start: int, end: int, block_kind: str = "paragraph",
                   tokens: Sequence[Token] | None = None) -> NonClaim | None:
    """Why `text[start:end]` makes no claim, or None when it may make one."""
    if block_kind in BLOCK_WHY:
        kind = "site_text" if block_kind == "boilerplate" else "credit"
        return NonClaim(kind, BLOCK_WHY[block_kind], _outlet_in(text[start:end]))
    given = tokens
    tokens = list(tokens) if tokens is not None else tokenize(text, start, end)
    if len(tokens) > MAX_WORDS and sum(map(_IS_WORD, tokens)) > MAX_WORDS:
        return None  # a long sentence, told by counting its words in one C loop before they are gathered
    words = list(compress(tokens, map(_IS_WORD, tokens)))  # the words, picked in C
    if not words or len(words) > MAX_WORDS:
        return None
    photo = _agency_slash_credit(text[start:end], words)
    if photo is not None:
        return NonClaim("photo_credit", WHY["photo_credit"], photo)
    signed = quote_signoff(text, start, end, tokens) if len(words) <= MOST_SIGNOFF_WORDS else None
    if signed is not None:
        return NonClaim("credit", SIGNOFF_WHY, signed)
    words_here = sentence_words(given) if given is not None else None
    lows = tuple(words_here.lows) if words_here is not None else tuple(t.low for t in tokens)
    core = _strip_end(lows)
    for rule in _rule_index(load_rules()).candidates(lows, core, words_here.low_set if words_here else None):
        if _matches(rule, lows, core, tokens):
            credited = None
            if rule.kind == "photo_credit":
                credited = _after(tokens, len(rule.words))
            elif rule.kind == "credit":
                credited = _outlet_in(text[start:end])
            return NonClaim(rule.kind, WHY[rule.kind], credited)
    return None


class _RuleIndex:
    """The rules by the words they need, so a line is tried only against rules that could match it.

    A "whole" rule needs the line's words (`core`) to be its words, a "start" rule needs the line to
    begin with its words, a "within" rule needs its first word somewhere in the line (see
    `_matches`); `candidates` gives the rules that pass those tests, in the file's order, so the
    first rule that matches is the one the plain loop over every rule would find.
    """

    def __init__(self, rules: Sequence[_Rule]):
        self.whole: dict[tuple[str, ...], list[int]] = {}
        self.start: dict[tuple[str, ...], list[int]] = {}
        self.within: list[int] = []
        for number, rule in enumerate(rules):
            if rule.where == "whole":
                self.whole.setdefault(rule.words, []).append(number)
            elif rule.where == "within":
                self.within.append(number)
            else:
                self.start.setdefault(rule.words, []).append(number)
        self.start_sizes = sorted({len(words) for words in self.start})
        self.rules = tuple(rules)
        # The "within" rules by their first word (a set operation finds those of a line's words), and those
        # with no words, which any line may match.
        self.within_always = [n for n in self.within if not self.rules[n].words]
        self.within_by_first: dict[str, list[int]] = {}
        for n in self.within:
            if self.rules[n].words:
                self.within_by_first.setdefault(self.rules[n].words[0], []).append(n)

    def candidates(self, lows: tuple[str, ...], core: tuple[str, ...],
                   present: AbstractSet[str] | None = None) -> list[_Rule]:
        """The rules that could match a line (`present`: its words as a set, when the caller has them)."""
        present = frozenset(lows) if present is None else present
        numbers = list(self.whole.get(core, ()))
        bare = _unquoted(core)
        if bare != core:
            numbers.extend(self.whole.get(bare, ()))  # '"Related:"': the label in quotation marks
        for size in self.start_sizes:
            numbers.extend(self.start.get(lows[:size], ()))
        numbers.extend(self.within_always)
        for word in self.within_by_first.keys() & present:
            numbers.extend(self.within_by_first[word])
        if not numbers:
            return []
        numbers.sort()
        return list(map(self.rules.__getitem__, numbers))


_INDEXED: tuple[_Rules, _RuleIndex] | None = None


def _rule_index(rules: _Rules) -> _RuleIndex:
    """The index of these rules, made once (kept by identity: hashing every rule per line would cost more)."""
    global _INDEXED
    kept = _INDEXED
    if kept is None or kept[0] is not rules:
        kept = _INDEXED = (rules, _RuleIndex(rules.rules))
    return kept[1]


# ----- the rules ----------------------------------------------------------------------------

def _strip_end(lows: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without the punctuation that ends the line ("Share this:" is "share this")."""
    out = list(lows)
    while out and not (out[-1][0].isalnum()):
        out.pop()
    return tuple(out)


def _unquoted(core: tuple[str, ...]) -> tuple[str, ...]:
    """`core` without the quotation marks that open it: '"Related:"' is the navigation line "Related:"."""
    k = 0
    while k < len(core) and core[k] in QUOTE_MARKS:
        k += 1
    return core[k:] if k else core


def _matches(rule: _Rule, lows: tuple[str, ...], core: tuple[str, ...], tokens: Sequence[Token]) -> bool:
    n = len(rule.words)
    if rule.where == "whole":
        return core == rule.words or _unquoted(core) == rule.words
    if rule.where == "within":
        # Only a lead-in ("For further information, see the following articles:") or a short line.
        short = sum(1 for t in tokens if t.is_word) <= 6
        if not (lows and lows[-1] == ":") and not short:
            return False
        return any(lows[i:i + n] == rule.words for i in range(len(lows) - n + 1))
    if lows[:n] != rule.words or len(core) <= n and rule.needs:
        return False
    rest = [t for t in tokens[n:] if t.is_word]
    if rule.needs == "agency":
        ends = tuple(t.low for t in rest)
        return any(ends[-len(a):] == a for a in load_rules().agencies if len(a) <= len(ends)) and len(rest) <= 8
    if rule.needs == "named":
        return bool(rest) and rest[0].is_capitalised
    if rule.needs == "handle":
        return _handle_only(tokens[n:])
    if rule.needs == "name":
        return 0 < len(rest) <= NAME_MAX_WORDS and all(t.is_capitalised or t.low in ("and", "de", "van", "von")
                                                       for t in rest)
    return True


def _handle_only(tokens: Sequence[Token]) -> bool:
    """Whether `tokens` are just a social-media handle ("@ana_ruiz", "at @ana_ruiz", "on Twitter @ana_ruiz"),
    with the line's own stop: what a writer's bio line ("He tweets @ana_ruiz.") ends with."""
    lows = [t.low for t in tokens]
    while lows and lows[-1] in (".", "!"):
        lows.pop()
    while lows and lows[0] in ("at", "on", "twitter", "instagram", "x"):
        lows.pop(0)
    return len(lows) == 2 and lows[0] == "@" and lows[1][:1].isalnum()


def _agency_slash_credit(line: str, words: Sequence[Token]) -> str | None:
    """ "REUTERS/Grigory Dukor", "AP Photo/Jane Doe": an agency, a slash, a photographer, no full stop."""
    stripped = line.strip()
    if "/" not in stripped or stripped.endswith(".") or len(words) > PHOTO_CREDIT_MAX_WORDS:
        return None
    agency, _, person = stripped.partition("/")
    if not agency.strip()[:1].isupper() or not person.strip()[:1].isupper():
        return None
    return agency.strip().strip("(")


def _after(tokens: Sequence[Token], n: int) -> str | None:
    rest = tokens[n:]
    while rest and not rest[-1].is_word:
        rest = rest[:-1]
    if not rest:
        return None
    return " ".join(t.text for t in rest)


def _outlet_in(line: str) -> str | None:
    """The outlet a credit line names in brackets at its end ("... (The Daily Caller)")."""
    stripped = line.strip().rstrip(".")
    if stripped.endswith(")") and "(" in stripped:
        inner = stripped[stripped.rfind("(") + 1:-1].strip()
        return inner or None
    return None
