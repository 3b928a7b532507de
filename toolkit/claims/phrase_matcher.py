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

from operator import attrgetter
from typing import Sequence

from toolkit.text.tokens import Token, WordList, word_list

__all__ = ["listed_phrases", "listed_phrases_of", "PhraseIndex"]


class PhraseIndex:
    """The first words of several word lists, each with its lists, their entry lengths, entries and second words."""

    def __init__(self, lists: Sequence[WordList]):
        self.lists = tuple(lists)
        self.names = tuple(words.name for words in self.lists)
        self.slots = {words.name: slot for slot, words in enumerate(self.lists)}
        by_first: dict[str, list[tuple[int, str, tuple[int, ...], bool, frozenset[tuple[str, ...]],
                                       frozenset[str]]]] = {}
        seconds: dict[tuple[int, str], set[str]] = {}  # per list and first word: the second words of longer entries
        for slot, words in enumerate(self.lists):
            for entry in words.entries:
                if len(entry) > 1:
                    seconds.setdefault((slot, entry[0]), set()).add(entry[1])
        for slot, words in enumerate(self.lists):
            for first, sizes in words.lengths.items():
                # per list: its name, the lengths of its longer entries with this first word (longest first),
                # whether the word alone is an entry, the entries and the second words of the longer ones
                by_first.setdefault(first, []).append(
                    (slot, words.name, tuple(size for size in sizes if size > 1), 1 in sizes, words.entries,
                     frozenset(seconds.get((slot, first), ()))))
        # Per first word: whether some list has the word alone as an entry, every second word of its longer
        # entries, and the lists: a word that is no entry alone ("the", "in") and is not followed by a second
        # word of any entry it opens is passed over at once.
        self.by_first = {first: (any(hit[3] for hit in hits), frozenset().union(*(hit[5] for hit in hits)), tuple(hits))
                         for first, hits in by_first.items()}

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
        get = by_first.get
        for i, low in enumerate(lows):
            known = get(low)
            if known is None:
                continue
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
    return [first] + [found[name] if name in found else _NONE if name in slots else listed_phrases(tokens, name)
                      for name in names[1:]]


#: What `listed_phrases_of` gives for a list matched with the others that has no phrase in the sentence.
_NONE: tuple[tuple[int, int], ...] = ()


def _match(tokens: Sequence[Token], name: str) -> list[tuple[int, int]]:
    """`listed_phrases` for a sequence not asked about just before, or a list not indexed yet (or read again)."""
    global _index, _last
    words = word_list(name)
    index = _index
    slot = index.slots.get(name)
    if slot is None or index.lists[slot] is not words:
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
