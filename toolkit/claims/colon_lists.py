"""A heading before a colon that introduces a list of names, not someone's words: "Maine: Tim Albrecht, Brad Anderson, ...".

`toolkit.claims.attribution` reads "NAME: words" as a speaker and their words (a transcript, a
headline quoting someone). When what follows the colon is only a run of names separated by
commas, the word before the colon heads a list (of delegates, of donors, of a state's insiders)
and nobody speaks.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: A list has at least this many commas after the colon.
MIN_COMMAS = 2
#: Each item of the list is a name of at most this many words.
MAX_ITEM_WORDS = 4
#: Words that may join or end the items of a list of names ("and", "Jr.").
LIST_JOINERS = frozenset({"and", "jr", "sr", "ii", "iii"})


def names_list_after(tokens: Sequence[Token], colon: int) -> bool:
    """Whether the tokens after `colon` are a list of names: capitalised words in short items between commas."""
    items: list[list[Token]] = [[]]
    for token in tokens[colon + 1:]:
        if token.text == ",":
            items.append([])
        elif token.is_word:
            items[-1].append(token)
        elif token.text not in ".;":
            return False
    items = [item for item in items if item]
    if len(items) < MIN_COMMAS + 1:
        return False
    return all(len(item) <= MAX_ITEM_WORDS and all(t.text[:1].isupper() or t.low in LIST_JOINERS for t in item)
               for item in items)
