"""A stance adverb right after a verb of saying tells how the speaker spoke: "said happily", "adding hopefully".

"Happily", "hopefully", "sadly" open a sentence as the writer's feeling ("Happily, the ferry
survived"), and the word lists count them for the writer. Right after the verb that hands words on
("the spokesman said happily on the radio", "adding hopefully that the crews would stay") they
describe the speaker's manner, part of the report: they do not make the sentence the writer's
opinion. A judging adverb before the verb ("ridiculously claimed") still does, by design.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token, reporting_verbs


def manner_of_saying(tokens: Sequence[Token], i: int) -> bool:
    """Whether the adverb at token `i` follows a verb of saying directly ("said happily")."""
    return i > 0 and tokens[i - 1].is_word and tokens[i - 1].text.islower() and \
        tokens[i - 1].low in reporting_verbs()
