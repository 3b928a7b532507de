"""Every word list's phrases in a run of tokens, found in one pass instead of one pass per list.

The claims rules ask about some two dozen word lists for each sentence ("certainty", "hedges",
"reporting_verbs", "time_phrases" ...). Matching them one list at a time walks the sentence's
tokens two dozen times; `listed_phrases(tokens, name)` walks them once, looking each word up in
one index of every list's first words, and keeps the answers for the sentence until the rules
move on to another. The answers are exactly `find_phrases(tokens, word_list(name))`: for each list
separately, the longest entry at each place, left to right, never overlapping.

Lists join the index the first time a rule asks for them, so a new word list needs no change here.
"""

from __future__ import annotations

import operator
from itertools import compress, repeat
from operator import attrgetter
from typing import Sequence

from toolkit.text.tokens import Token, WordList, word_list

__all__ = ["listed_phrases", "listed_phrases_of", "opening_words", "PhraseIndex"]


class PhraseIndex:
    """The first words of several word lists, each with its lists, their entry lengths, entries and second words.

    `by_first[word]` is (whether some list has the word alone as an entry, every second word of the longer
    entries it opens, and per list: its slot, name, the lengths of its longer entries with this first word
    (longest first), whether the word alone is an entry, the entries and the second words of the longer
    ones). A word that is no entry alone ("the", "in") and is not followed by a second word of any entry
    it opens is passed over at once.
    """

    def __init__(self, lists: Sequence[WordList], _base: "PhraseIndex | None" = None):
        self.lists = tuple(lists)
        self.names = tuple(words.name for words in self.lists)
        self.slots = {words.name: slot for slot, words in enumerate(self.lists)}
        # `_base` holds the first lists already (see `adding`): only the lists after them are read here.
        by_first = dict(_base.by_first) if _base is not None else {}
        for slot in range(len(_base.lists) if _base is not None else 0, len(self.lists)):
            words = self.lists[slot]
            for first, (longer, alone, seconds) in _rows(words).items():
                hit = (slot, words.name, longer, alone, words.entries, seconds)
                known = by_first.get(first)
                if known is None:
                    by_first[first] = (alone, seconds, (hit,))
                else:
                    by_first[first] = (known[0] or alone, known[1] | seconds, (*known[2], hit))
        self.by_first = by_first

    def adding(self, words: WordList) -> "PhraseIndex":
        """This index with one more list (whose name it does not hold yet), reading only that list."""
        return PhraseIndex((*self.lists, words), _base=self)

    def match(self, tokens: Sequence[Token]) -> list[list[tuple[int, int]]]:
        """Per list (in `lists` order): token ranges `(i, j)` as `find_phrases` gives them."""
        found = self.matches(tokens)
        return [found.get(name, []) for name in self.names]

    def matches(self, tokens: Sequence[Token]) -> dict[str, list[tuple[int, int]]]:
        """`match`, by list name, holding only the lists with a phrase in the tokens (most sentences hold a few)."""
        by_first = self.by_first
        lows = list(map(_LOW, tokens))
        if by_first.keys().isdisjoint(lows):
            return {}
        found: dict[str, list[tuple[int, int]]] = {}
        n = len(lows)
        free = [0] * len(self.lists)  # per list: where its next match may start (matches never overlap)
        # Each word's row, read in C; only the words that open some entry (a few in a sentence) are visited.
        rows = list(map(by_first.get, lows))
        for i in compress(range(n), rows):
            known = rows[i]
            following = lows[i + 1] if i + 1 < n else None
            alone_somewhere, seconds_anywhere, hits = known
            if not alone_somewhere and following not in seconds_anywhere:
                continue
            for slot, name, longer, alone, entries, seconds in hits:
                if i < free[slot]:
                    continue
                size = 0
                if longer and following in seconds:  # a longer entry only where the next word can be its second
                    for length in longer:
                        if i + length <= n and tuple(lows[i:i + length]) in entries:
                            size = length
                            break
                if not size:
                    if not alone:
                        continue
                    size = 1
                if name in found:
                    found[name].append((i, i + size))
                else:
                    found[name] = [(i, i + size)]
                free[slot] = i + size
        return found


#: A token's lower-case form, read for a whole sentence at once (`map` calls it without a Python frame).
_LOW = attrgetter("low")
def _rows(words: WordList) -> dict[str, tuple[tuple[int, ...], bool, frozenset[str]]]:
    """Per first word of the list: the lengths of its longer entries (longest first), whether the word alone
    is an entry, and the second words of the longer ones. Read once per list (a list read again is a new
    object, and is read again)."""
    known = _ROWS.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    seconds: dict[str, set[str]] = {}
    for entry in words.entries:
        if len(entry) > 1:
            seconds.setdefault(entry[0], set()).add(entry[1])
    rows = {first: (tuple(size for size in sizes if size > 1), 1 in sizes, frozenset(seconds.get(first, ())))
            for first, sizes in words.lengths.items()}
    _ROWS[id(words)] = (words, rows)  # the list is held, so its id stays its own
    return rows


#: id of a word list -> (the list, its rows): see `_rows`.
_ROWS: dict[int, tuple[WordList, dict[str, tuple[tuple[int, ...], bool, frozenset[str]]]]] = {}
_index = PhraseIndex(())
#: The last run of tokens matched: the sequence given (kept alive, so its tokens' ids stay theirs),
#: those ids, the index used and its answers by list name (only the lists with a phrase in the run). The same sequence object asked about
#: again is taken to hold the same tokens (the rules never change a sentence's tokens in place).
_last: tuple[Sequence[Token], list[int], PhraseIndex, dict[str, list[tuple[int, int]]]] | None = None


def listed_phrases(tokens: Sequence[Token], name: str) -> list[tuple[int, int]]:
    """`find_phrases(tokens, word_list(name))`, from one pass over the tokens for every list asked about."""
    last = _last
    if last is not None and last[0] is tokens:  # the rules asking about the sentence they just asked about
        found = last[3].get(name)
        if found is not None:
            return list(found)
        if name in last[2].slots:
            return []  # a list matched with the others: none of its phrases is in the sentence
    return _match(tokens, name)


def listed_phrases_of(tokens: Sequence[Token], names: Sequence[str]) -> list[Sequence[tuple[int, int]]]:
    """`listed_phrases(tokens, name)` for each name, in one call (a rule that reads many lists asks once).

    The answers are the matcher's own lists, not copies: read them, do not change them.
    """
    if not names:
        return []
    first = listed_phrases(tokens, names[0])  # the sentence matched: its answers for every list are in `_last`
    last = _last
    if last is None or last[0] is not tokens:
        return [first] + [listed_phrases(tokens, name) for name in names[1:]]
    found = last[3]
    slots = last[2].slots
    rest = names[1:]
    if all(map(slots.__contains__, rest)):  # every list matched with the others (the usual case): read in C
        return [first, *map(found.get, rest, repeat(_NONE))]
    return [first] + [found[name] if name in found else _NONE if name in slots else listed_phrases(tokens, name)
                      for name in rest]


#: What `listed_phrases_of` gives for a list matched with the others that has no phrase in the sentence.
_NONE: tuple[tuple[int, int], ...] = ()


def _match(tokens: Sequence[Token], name: str) -> list[tuple[int, int]]:
    """`listed_phrases` for a sequence not asked about just before, or a list not indexed yet (or read again)."""
    global _index, _last
    words = word_list(name)
    index = _index
    slot = index.slots.get(name)
    if slot is None and all(word_list(w.name) is w for w in index.lists):
        index = _index = index.adding(words)  # a list asked about for the first time: the others stand
    elif slot is None or index.lists[slot] is not words:
        lists = [w for w in index.lists if w.name != name] + [words]
        index = _index = PhraseIndex([word_list(w.name) for w in lists])
    last = _last
    ids = list(map(id, tokens))
    if last is None or last[2] is not index or last[1] != ids:
        found = index.matches(tokens)  # only the lists with a phrase here; every other list of the index has none
    else:
        found = last[3]  # the same tokens in another sequence: answered already
    _last = (tokens, ids, index, found)
    return list(found.get(name, ()))


def opening_words(names: tuple[str, ...]) -> frozenset[str]:
    """Every word that opens an entry of the lists named: a sentence holding none of them holds no phrase of
    theirs, so a rule that reads only those lists can skip it with one set operation, before any matching.
    Joined once for the lists as they are read (a list read again is a new object, and is joined again)."""
    lists = tuple(map(word_list, names))
    known = _OPENING.get(names)
    if known is not None and all(map(operator.is_, known[0], lists)):
        return known[1]
    words = frozenset().union(*(words.lengths.keys() for words in lists))
    _OPENING[names] = (lists, words)  # the lists are held, so the identity check above cannot be fooled
    return words


#: names of lists -> (the lists, every word that opens one of their entries): see `opening_words`.
_OPENING: dict[tuple[str, ...], tuple[tuple[WordList, ...], frozenset[str]]] = {}
