"""Names inside someone's quoted words are not whom the next "he said" means.

"“I believe Ana Lopez is ruining the party,” Tom Lind said. ... He added, ..." : the "he" is Lind,
the speaker, though Lopez is the subject of a clause the sentence holds. When a sentence names no
speaker of its own (a quotation going on from the sentence before, its speaker credited later), the
labeller remembers the subject of its clauses for a later pronoun; the names inside quotation marks
are the quoted speaker's words, not the writer's subjects, so they are passed over.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.layer import TextLayer
from toolkit.text.tokens import Token


def runs_outside_quotations(layer: TextLayer, tokens: Sequence[Token], runs: Sequence[tuple[int, int]],
                            start: int, end: int) -> list[tuple[int, int]]:
    """The name runs (token index pairs) of the sentence `[start, end)` that stand outside every quotation
    (one opened in an earlier sentence included). The quotations are looked up only when there are runs."""
    if not runs:
        return []
    quotes = [(q.start, q.end) for q in layer.quotations_in(start, end)]
    if not quotes:
        return list(runs)
    return [(a, b) for a, b in runs if not any(qs < tokens[a].start < qe for qs, qe in quotes)]
