"""The writer's "we" of a signpost: "as we have seen", "let us turn to" (issue 16).

"We" and "us" usually put the writer and the reader on one side, a way of arguing (the
`first_person_plural` cue). In a signpost the same word only guides the reader through the text:
"As we have seen, the fee rose twice" or "Let us turn to the harbour accounts" says where the
argument goes, not what to think of anything. Such a "we" keeps its cue, so a student sees it was
read, but with no weight (family `signpost`, weighed 0 in `toolkit.claims.sentence_labels.WEIGHTS`).
The phrases are in `toolkit/data/claims/signposts.txt`.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue
from toolkit.text.frozen_records import replaced
from toolkit.text.tokens import Token, find_phrases, word_list

#: The words of a signpost that make the plural first-person cue.
_WE = frozenset({"we", "us", "let's", "let us"})


def signpost_spans(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Character spans of the signpost phrases in these tokens."""
    return [(tokens[i].start, tokens[j - 1].end) for i, j in find_phrases(tokens, word_list("signposts"))]


def as_signposts(text: str, cues: Sequence[Cue], tokens: Sequence[Token]) -> list[Cue]:
    """The cues, with each plural first-person cue inside a signpost turned into a `signpost` cue."""
    spans: list[tuple[int, int]] | None = None
    out = []
    for cue in cues:
        if cue.family == "first_person_plural" and cue.text.lower().replace("\u2019", "'") in _WE:
            if spans is None:
                spans = signpost_spans(tokens)
            span = next(((a, b) for a, b in spans if a <= cue.start and cue.end <= b), None)
            if span is not None:
                why = word_list("signposts").why.replace("{text}", " ".join(text[span[0]:span[1]].split()))
                cue = replaced(cue, family="signpost", why=why)
        out.append(cue)
    return out
