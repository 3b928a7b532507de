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

from typing import Sequence

from toolkit.text.tokens import Token, WordList, word_list

__all__ = ["listed_phrases", "listed_phrases_of", "PhraseIndex"]


class PhraseIndex:
    """The first words of several word lists, each with its lists, their entry lengths, entries and second words."""

    def __init__(self, lists: Sequence[WordList]):
        self.lists = tuple(lists)
        self.names = tuple(words.name for words in self.lists)
        self.slots = {words.name: slot for slot, words in enumerate(self.lists)}
        by_first: dict[str, list[tuple[int, tuple[int, ...], frozenset[tuple[str, ...]], frozenset[str]]]] = {}
        seconds: dict[tuple[int, str], set[str]] = {}  # per list and first word: the second words of longer entries
        for slot, words in enumerate(self.lists):
            for entry in words.entries:
                if len(entry) > 1:
                    seconds.setdefault((slot, entry[0]), set()).add(entry[1])
        for slot, words in enumerate(self.lists):
            for first, sizes in words.lengths.items():
                by_first.setdefault(first, []).append(
                    (slot, sizes, words.entries, frozenset(seconds.get((slot, first), ()))))
        self.by_first = {first: tuple(hits) for first, hits in by_first.items()}

    def match(self, tokens: Sequence[Token]) -> list[list[tuple[int, int]]]:
        """Per list (in `lists` order): token ranges `(i, j)` as `find_phrases` gives them."""
        found: list[list[tuple[int, int]]] = [[] for _ in self.lists]
        by_first = self.by_first
        lows = [token.low for token in tokens]
        if by_first.keys().isdisjoint(lows):
            return found
        n = len(lows)
        free = [0] * len(self.lists)  # per list: where its next match may start (matches never overlap)
        for i, low in enumerate(lows):
            hits = by_first.get(low)
            if hits is None:
                continue
            for slot, sizes, entries, seconds in hits:
                if i < free[slot]:
                    continue
                for size in sizes:  # a longer entry is looked for only when the next word can be its second
                    if size == 1 or (i + size <= n and lows[i + 1] in seconds and tuple(lows[i:i + size]) in entries):
                        found[slot].append((i, i + size))
                        free[slot] = i + size
                        break
        return found


_index = PhraseIndex(())
#: The last run of tokens matched: the sequence given (kept alive, so its tokens' ids stay theirs),
#: those ids, the index used and its answers by list name. The same sequence object asked about
#: again is taken to hold the same tokens (the rules never change a sentence's tokens in place).
_last: tuple[Sequence[Token], list[int], PhraseIndex, dict[str, list[tuple[int, int]]]] | None = None


def listed_phrases(tokens: Sequence[Token], name: str) -> list[tuple[int, int]]:
    """`find_phrases(tokens, word_list(name))`, from one pass over the tokens for every list asked about."""
    last = _last
    if last is not None and last[0] is tokens:  # the rules asking about the sentence they just asked about
        found = last[3].get(name)
        if found is not None:
            return list(found)
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
    return [first] + [found[name] if name in found else listed_phrases(tokens, name) for name in names[1:]]


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
        found = dict(zip(index.names, index.match(tokens)))
    else:
        found = last[3]  # the same tokens in another sequence: answered already
    _last = (tokens, ids, index, found)
    return list(found[name])
