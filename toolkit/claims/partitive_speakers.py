"""One of a group after an inverted verb of saying speaks: '"...," said one of the pilots'.

The phrase reader after an inverted "said" takes a name, a title or a described person ("said the
designer"), but "one of the pilots" opens with a count and "of", so the speaker was lost and the
sentence credited to nobody. Here a count word ("one", "another", "several", "both", "two" ...) and
"of" before a phrase the readers do take make one speaker: "one of the mayor's aides", "several of
the pilots". Only after the verb: before it, "One of the men, Jessie Ruiz, said" names the person in
the aside, which the subject readers already find.
"""

from __future__ import annotations

from toolkit.claims.source_phrases import GROUP_QUANTIFIERS, ONE_OF_MANY, _Sentence, _forward_described
from toolkit.claims.subject_readers import _forward_subject

__all__ = ["COUNT_WORDS", "partitive_after_verb"]

#: Count words that open "<count> of <group>": "one of", "several of", "both of".
COUNT_WORDS = ONE_OF_MANY | GROUP_QUANTIFIERS


def partitive_after_verb(s: _Sentence, j: int) -> tuple[int, int, str] | None:
    """(start, end, "described") of "<count> of <group>" starting at token `j` right after an inverted verb
    ("said one of the pilots"), or None; a pronoun group ("one of them") is left to the crowd readers."""
    if s.low(j) not in COUNT_WORDS or s.low(j + 1) != "of" or j + 2 >= len(s.tokens) or \
            s.low(j + 2) in COUNT_WORDS:
        return None
    rest = _forward_subject(s, j + 2) or _forward_described(s, j + 2)
    if rest is None or rest[2] in ("pronoun", "writer"):
        return None
    return j, rest[1], "described"
