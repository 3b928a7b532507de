"""The loaded-language lexicon: a readable text file, parsed, validated and merged.

One entry per line, five fields separated by `|` (a sixth is optional):

    term | category | strength | why it is loaded | neutral alternatives; separated; by semicolons
    hold ... hostage | hostility | 0.8 | ... | keep; detain | literal: kidnap, ransom, captor

- term: one or more words. Each word matches all its inflections (through its stem);
  `=word` matches that exact form only, `word*` any word that starts so, and `...` lets up
  to four words stand between the words around it (within one clause).
- category: one of the built-in categories, or one declared in the same file with
  `@category name | Title | one-line definition`.
- strength: how strongly loaded, from 0.05 (faint) to 1 (very strong).
- literal: words that, found in the same sentence, show the term is used in its plain,
  literal sense (a real hostage-taking), so it is not flagged there. `+word` counts only as the
  word right before the term, a compound ("a sanctions regime"), not anywhere in the sentence
  ("the regime faces sanctions" still names a government by a label).

`!term` on a line of its own removes a term (an instructor's file can switch a built-in
entry off). `#` starts a comment. An instructor's file is merged over the built-in list:
an entry with the same term replaces the built-in one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from toolkit.loaded.categories import CATEGORIES, Category, custom_category, valid_category_name
from toolkit.loaded.irregular_verbs import past_forms_by_stem
from toolkit.text.stemmed_words import Word, crosses_clause, joined_as_phrase, normalise, stem
from toolkit.text.tokens import reporting_verbs

#: How many words `...` in a term may skip.
MAX_GAP = 4
BUILT_IN = "built-in"
@lru_cache(maxsize=1)
def reporting_stems() -> frozenset[str]:
    """Stems of the plain reporting verbs of the one list (`toolkit.text.tokens.reporting_verbs`), and of
    "according": never loaded, so no lexicon may list them on their own."""
    return frozenset(stem(w) for w in (*reporting_verbs(plain_only=True), "according"))
_TERM_WORD = re.compile(r"^(?:=[^\W\d_]+(?:'[^\W\d_]+)*|[^\W\d_]+(?:'[^\W\d_]+)*\*?|\.\.\.)$")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and line of each problem."""

    def __init__(self, path: str, problems: list[tuple[int, str]]):
        self.path = path
        self.problems = problems
        shown = "; ".join(f"line {line}: {problem}" for line, problem in problems[:8])
        more = f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""
        super().__init__(f"{path}: {shown}{more}")


@dataclass(frozen=True)
class LexiconEntry:
    """One term of the lexicon, with why it is loaded and what to say instead."""

    term: str
    category: str
    strength: float
    why: str
    alternatives: tuple[str, ...]
    literal_cues: tuple[str, ...] = ()
    origin: str = BUILT_IN  # "built-in", or "path:line" of an instructor's file

    @property
    def key(self) -> tuple[tuple[str, str], ...]:
        return term_key(self.term)

    def to_dict(self) -> dict:
        return {"term": self.term, "category": self.category, "strength": self.strength, "why": self.why,
                "alternatives": list(self.alternatives), "literal_cues": list(self.literal_cues),
                "origin": self.origin}


@dataclass(frozen=True)
class Match:
    """A lexicon entry found at words `first`..`last` (inclusive)."""

    first: int
    last: int
    entry: LexiconEntry


def term_key(term: str) -> tuple[tuple[str, str], ...]:
    """A term as a sequence of (kind, value) elements: stem, exact form, prefix or gap."""
    elements = []
    for token in re.split(r"[\s\-\u2010\u2011\u2013]+", term.strip()):
        if not token:
            continue
        token = token.replace("\u2019", "'")
        if token == "...":
            elements.append(("gap", ""))
        elif token.startswith("="):
            elements.append(("exact", normalise(token[1:])))
        elif token.endswith("*"):
            elements.append(("prefix", normalise(token[:-1])))
        else:
            elements.append(("stem", stem(token)))
    return tuple(elements)


#: How many word forms a node remembers its next steps for before it starts afresh (memory stays bounded).
STEP_MEMO_LIMIT = 50_000


class _Node:
    __slots__ = ("stems", "exact", "prefixes", "prefix_sizes", "gap", "entry", "_steps")

    def __init__(self) -> None:
        self.stems: dict[str, _Node] = {}
        self.exact: dict[str, _Node] = {}
        self.prefixes: dict[str, _Node] = {}
        self.prefix_sizes: tuple[int, ...] = ()  # the lengths of the prefixes above, shortest first
        self.gap: _Node | None = None
        self.entry: LexiconEntry | None = None
        # (stem, lower) -> what `advance` yields for a word of that form: an article repeats its words,
        # and most of them lead nowhere, so each form is looked up once per node.
        self._steps: dict[tuple[str, str], tuple[_Node, ...]] = {}

    def child(self, kind: str, value: str) -> "_Node":
        if kind == "gap":
            if self.gap is None:
                self.gap = _Node()
            return self.gap
        self._steps.clear()  # a new child changes where words lead
        table = {"stem": self.stems, "exact": self.exact, "prefix": self.prefixes}[kind]
        if kind == "prefix":
            self.prefix_sizes = tuple(sorted({*self.prefix_sizes, len(value)}))
        return table.setdefault(value, _Node())

    def also_exact(self, forms: tuple[str, ...], node: "_Node") -> None:
        """Let exact word forms lead to `node` too (an irregular verb's past forms), unless a term lists them."""
        for form in forms:
            if form not in self.exact:
                self.exact[form] = node
                self._steps.clear()

    def advance(self, word: Word) -> Iterable["_Node"]:
        found = self.stems.get(word.stem)
        if found is not None:
            yield found
        found = self.exact.get(word.lower)
        if found is not None:
            yield found
        if self.prefixes:
            # Look up the word's beginnings of the lengths the lexicon has: the cost does not grow with its size.
            lower, prefixes = word.lower, self.prefixes
            for size in self.prefix_sizes:
                if size > len(lower):
                    break
                found = prefixes.get(lower[:size])
                if found is not None:
                    yield found

    def step(self, word: Word) -> tuple["_Node", ...]:
        """What `advance(word)` yields, remembered per word form (stem and lower-case form decide it)."""
        key = (word.stem, word.lower)
        found = self._steps.get(key)
        if found is None:
            if len(self._steps) >= STEP_MEMO_LIMIT:
                self._steps.clear()
            found = self._steps[key] = tuple(self.advance(word))
        return found


@dataclass(frozen=True)
class Lexicon:
    """Entries and categories, merged from the built-in file and any instructor files."""

    entries: tuple[LexiconEntry, ...]
    categories: Mapping[str, Category] = field(default_factory=lambda: dict(CATEGORIES))
    files: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def entry(self, term: str) -> LexiconEntry | None:
        """The entry for a term as written in a lexicon file (any inflection of its words)."""
        return self._by_key.get(term_key(term))

    def category(self, name: str) -> Category:
        return self.categories.get(name) or custom_category(name)

    @cached_property
    def _by_key(self) -> dict:
        return {entry.key: entry for entry in self.entries}

    @cached_property
    def _root(self) -> _Node:
        root = _Node()
        pasts = past_forms_by_stem()
        for entry in self.entries:
            node = root
            for kind, value in entry.key:
                parent, node = node, node.child(kind, value)
                if kind == "stem" and value in pasts:
                    parent.also_exact(pasts[value], node)  # "throw" also matches "threw" and "thrown"
            node.entry = entry
        return root

    def matches(self, text: str, words: list[Word]) -> list[Match]:
        """Every place an entry matches, longest first at each start (overlaps are resolved later)."""
        found: list[Match] = []
        root = self._root
        for i, word in enumerate(words):
            if not root.step(word):  # no entry starts with this word: the usual case
                continue
            ends: list[tuple[int, LexiconEntry]] = []
            self._walk(text, words, i, self._root, None, ends)
            for last, entry in ends:
                found.append(Match(i, last, entry))
        return found

    def _walk(self, text: str, words: list[Word], i: int, node: _Node, previous: Word | None,
              out: list[tuple[int, LexiconEntry]]) -> None:
        if node.entry is not None and previous is not None:
            out.append((previous.index, node.entry))
        if node.gap is not None and previous is not None:
            for j in range(i, min(len(words), i + MAX_GAP + 1)):
                if crosses_clause(text, previous, words[j]):
                    break
                for child in node.gap.step(words[j]):
                    self._walk(text, words, j + 1, child, words[j], out)
        if i < len(words):
            word = words[i]
            if previous is None or joined_as_phrase(text, previous, word):
                for child in node.step(word):
                    self._walk(text, words, i + 1, child, word, out)


def parse_lexicon(text: str, path: str = BUILT_IN, categories: Mapping[str, Category] | None = None
                  ) -> tuple[list[LexiconEntry], list[tuple[str, ...]], dict[str, Category]]:
    """Parse one lexicon file: its entries, the term keys it removes, and the categories it declares.

    Raises `LexiconError` listing every problem with its line number.
    """
    known = dict(categories if categories is not None else CATEGORIES)
    declared: dict[str, Category] = {}
    entries: list[LexiconEntry] = []
    removed: list[tuple[tuple[str, str], ...]] = []
    problems: list[tuple[int, str]] = []
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@category"):
            fields = [f.strip() for f in line[len("@category"):].split("|")]
            name = fields[0]
            if not valid_category_name(name):
                problems.append((number, f"category name {name!r}: use lower-case letters, digits, '-' or '_'"))
                continue
            category = custom_category(name, *(fields[1:3]))
            declared[name] = category
            known[name] = category
            continue
        if line.startswith("!"):
            term = line[1:].strip()
            problem = _term_problem(term)
            if problem:
                problems.append((number, problem))
            else:
                removed.append(term_key(term))
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) not in (5, 6):
            problems.append((number, f"expected 5 or 6 fields separated by '|' "
                                     f"(term | category | strength | why | alternatives), found {len(fields)}"))
            continue
        term, category, strength_text, why, alternatives = fields[:5]
        problem = _term_problem(term)
        if problem:
            problems.append((number, problem))
            continue
        if category not in known:
            problems.append((number, f"unknown category {category!r}; use one of {', '.join(sorted(known))} "
                                     f"or declare it with '@category {category} | Title | definition'"))
            continue
        try:
            strength = float(strength_text)
        except ValueError:
            problems.append((number, f"strength {strength_text!r} is not a number between 0.05 and 1"))
            continue
        if not 0.05 <= strength <= 1:
            problems.append((number, f"strength {strength} must be between 0.05 and 1 (use '!{term}' to remove a term)"))
            continue
        if len(why) < 8:
            problems.append((number, "the explanation (4th field) is missing or too short to help a student"))
            continue
        cues: tuple[str, ...] = ()
        if len(fields) == 6:
            extra = fields[5]
            if not extra.lower().startswith("literal:"):
                problems.append((number, "the 6th field must start with 'literal:' followed by cue words"))
                continue
            cues = tuple(c.strip() for c in extra[len("literal:"):].split(",") if c.strip())
            bad = [c for c in cues if not re.match(r"^(?:\+[^\W\d_]+(?:['\u2019][^\W\d_]+)*|[^\W\d_]+(?:['\u2019][^\W\d_]+)*\*?)$", c)]
            if bad or not cues:
                problems.append((number, f"literal cues must be single words separated by commas: {', '.join(bad) or '(none)'}"))
                continue
        key = term_key(term)
        if key in seen:
            problems.append((number, f"{term!r} is already listed on line {seen[key]}"))
            continue
        seen[key] = number
        alternatives_list = tuple(a.strip() for a in alternatives.split(";") if a.strip())
        origin = BUILT_IN if path == BUILT_IN else f"{path}:{number}"
        entries.append(LexiconEntry(term, category, round(strength, 3), why, alternatives_list, cues, origin))
    if problems:
        raise LexiconError(path, problems)
    return entries, removed, declared


def _term_problem(term: str) -> str | None:
    tokens = [t for t in re.split(r"[\s\-\u2010\u2011\u2013]+", term.replace("\u2019", "'")) if t]
    if not tokens:
        return "the term (1st field) is empty"
    bad = [t for t in tokens if not _TERM_WORD.match(t)]
    if bad:
        return (f"term {term!r}: {bad[0]!r} is not a word (use letters, '=word' for an exact form, "
                f"'word*' for a prefix, '...' for a gap)")
    if tokens[0] == "..." or tokens[-1] == "...":
        return f"term {term!r}: '...' must stand between two words"
    if any(a == b == "..." for a, b in zip(tokens, tokens[1:])):
        return f"term {term!r}: write '...' once between two words"
    if len(tokens) == 1 and not tokens[0].startswith("=") and not tokens[0].endswith("*") \
            and stem(tokens[0]) in reporting_stems():
        return f"term {term!r} is a plain reporting verb; the toolkit never flags those"
    return None


@lru_cache(maxsize=1)
def built_in_lexicon() -> Lexicon:
    """The toolkit's own lexicon (package data), parsed once."""
    from importlib.resources import files

    text = files("toolkit").joinpath("data", "loaded_lexicon.txt").read_text(encoding="utf-8")
    entries, removed, declared = parse_lexicon(text)
    return Lexicon(tuple(entries), {**CATEGORIES, **declared}, (BUILT_IN,))


def load_lexicon(*extra_paths: str | Path) -> Lexicon:
    """The built-in lexicon, merged with instructors' lexicon files (later files win).

    Raises `LexiconError` (file and line of each problem) for a file that cannot be used,
    and `FileNotFoundError` for one that is missing.
    """
    lexicon = built_in_lexicon()
    if not extra_paths:
        return lexicon
    by_key = {entry.key: entry for entry in lexicon.entries}
    categories = dict(lexicon.categories)
    files = list(lexicon.files)
    for extra in extra_paths:
        path = Path(extra).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such lexicon file")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise LexiconError(str(path), [(0, "the file is not UTF-8 text")]) from None
        entries, removed, declared = parse_lexicon(text, str(path), categories)
        categories.update(declared)
        for key in removed:
            by_key.pop(key, None)
        for entry in entries:
            by_key[entry.key] = entry
        files.append(str(path))
    return Lexicon(tuple(by_key.values()), categories, tuple(files))
