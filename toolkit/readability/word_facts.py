"""What textstat knows about words, loaded once and fast: syllables, familiar words, cleaning.

textstat counts a word's syllables as the stressed vowels of its first pronunciation in the
CMU Pronouncing Dictionary, and for words the dictionary lacks, as Pyphen's hyphenation
points plus one. It reads that dictionary through NLTK, which parses all 135,000 entries
(about a second) in every new kernel. We read the very file NLTK reads (written offline by
`toolkit.storage.offline`), keep only the number textstat uses, and cache that small table beside
it, so the first result in a notebook comes quickly and the counts stay textstat's own.

Everything else comes from textstat itself, through `prepared_textstat()`: its rules for
stripping punctuation, its list of familiar words (Dale-Chall), its Pyphen dictionary, its
language constants and its sentence counter for the page as a whole. The tests check, on
the sample and on random texts, that every count here equals textstat's.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Callable

#: The language textstat uses by default; the formulas and word lists are for English.
LANG = "en_US"
#: Stop remembering Pyphen's answers for new words after this many (memory stays bounded).
PYPHEN_MEMO_LIMIT = 100_000
_TABLE_HEADER = "# toolkit syllable table 1; source: "

_LOCK = threading.Lock()
_LEXICON: "Lexicon | None" = None


class Lexicon:
    """textstat's word knowledge: `syllables(word)`, `familiar(word)`, `clean(token)`, constants."""

    def __init__(self, syllable_table: dict[str, int], easy_words: frozenset[str], pyphen_positions: Callable,
                 clean: Callable[[str], str], count_sentences: Callable[[str], int],
                 constants: dict[str, float]):
        self._table = syllable_table
        self._pyphen_positions = pyphen_positions
        self._guesses: dict[str, int] = {}
        self.easy_words = easy_words
        self.clean = clean
        self.count_sentences = count_sentences
        self.constants = constants

    def syllables(self, word: str) -> int:
        """Syllables of one cleaned word, exactly as textstat's `syllable_count` counts them."""
        lower = word.lower()
        count = self._table.get(lower)
        if count is None:
            count = self._guesses.get(lower)
            if count is None:
                count = len(self._pyphen_positions(lower)) + 1
                if len(self._guesses) < PYPHEN_MEMO_LIMIT:
                    self._guesses[lower] = count
        return count

    def forget_guesses(self) -> None:
        """Drop remembered hyphenation guesses (benchmarks start each timing from the dictionary alone)."""
        self._guesses.clear()

    def in_dictionary(self, word: str) -> bool:
        """True when the CMU dictionary knows the word; otherwise its syllables are a hyphenation guess."""
        return word.lower() in self._table

    def familiar(self, word: str) -> bool:
        """True when the word is on textstat's list of familiar (Dale-Chall 'easy') words."""
        return word.lower() in self.easy_words


def lexicon() -> Lexicon:
    """The shared lexicon, built on first use (a few tenths of a second; once per process)."""
    global _LEXICON
    if _LEXICON is not None:
        return _LEXICON
    with _LOCK:
        if _LEXICON is None:
            _LEXICON = _build()
        return _LEXICON


def _build() -> Lexicon:
    from toolkit.storage.offline import prepared_textstat

    textstat = prepared_textstat()
    from textstat.backend.counts import count_sentences
    from textstat.backend.utils import get_lang_cfg, get_lang_easy_words, get_pyphen
    from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

    del textstat  # imported for its offline preparation; the backend functions are what we use
    pyphen_cache: list = []

    def pyphen_positions(word: str):
        if not pyphen_cache:
            pyphen_cache.append(get_pyphen(LANG))  # loads a hyphenation dictionary: only when needed
        return pyphen_cache[0].positions(word)

    apostrophe = re.compile(RE_NONCONTRACTION_APOSTROPHE)
    punctuation = re.compile(r"[^\w\s\']")

    def clean(token: str) -> str:
        """textstat's `remove_punctuation` (apostrophes of contractions kept) on one token."""
        return punctuation.sub("", apostrophe.sub("", token))

    constants = {key: get_lang_cfg(LANG, key) for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word")}
    return Lexicon(syllable_table(), frozenset(get_lang_easy_words(LANG)), pyphen_positions, clean,
                   count_sentences, constants)


def syllable_table() -> dict[str, int]:
    """word (lower case) -> syllables of its first CMU pronunciation, from the cached table or built now."""
    from toolkit.storage.offline import ensure_nltk_data

    root = ensure_nltk_data()
    source = root / "corpora" / "cmudict" / "cmudict"
    stamp = _source_stamp(source)
    cached = root.parent / "cmudict-syllables.txt"
    table = _read_table(cached, stamp)
    if table is not None:
        return table
    table = _table_from_nltk_file(source)
    try:
        _write_table(cached, stamp, table)
    except OSError:
        pass  # a read-only folder: keep the table in memory only
    return table


def _source_stamp(source: Path) -> str:
    version = source.with_name("VERSION")
    label = version.read_text(encoding="utf-8").strip() if version.is_file() else "unversioned"
    return f"{label}; {source.stat().st_size} bytes"


def _table_from_nltk_file(source: Path) -> dict[str, int]:
    """Parse NLTK's cmudict file as NLTK does (key lower-cased, first pronunciation wins)."""
    table: dict[str, int] = {}
    with source.open(encoding="utf-8") as handle:  # the encoding NLTK reads it with
        for line in handle:
            pieces = line.split()
            if not pieces:
                continue
            word = pieces[0].lower()
            if word not in table:
                table[word] = sum(1 for phone in pieces[2:] if phone[-1].isdigit())
    return table


def _read_table(path: Path, stamp: str) -> dict[str, int] | None:
    """The cached table, or None when it is missing, stale or damaged (it is then rebuilt)."""
    try:
        with path.open(encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != _TABLE_HEADER + stamp:
                return None
            table: dict[str, int] = {}
            for line in handle:
                count, _, words = line.partition("\t")
                number = int(count)
                table.update(dict.fromkeys(words.split(), number))
            return table
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def _write_table(path: Path, stamp: str, table: dict[str, int]) -> None:
    """One line per syllable count listing its words: small, and quick to read back."""
    by_count: dict[int, list[str]] = {}
    for word, count in table.items():
        by_count.setdefault(count, []).append(word)
    lines = [_TABLE_HEADER + stamp + "\n"]
    lines += [f"{count}\t{' '.join(words)}\n" for count, words in sorted(by_count.items())]
    from toolkit.storage.store import atomic_write_text

    atomic_write_text(path, "".join(lines), mode=0o644)  # only a copy of public data: readable by all
