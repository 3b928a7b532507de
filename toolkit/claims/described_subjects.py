"""A subject written as a description before the name: "Democratic presidential candidate Ana Lopez is
choosing ...", "Former Secretary of State Dan Okafor said ...".

The capitalised word at the front ("Democratic") only says which candidate; the person is the name after
the title. A later "he said" or "she said" means that person, so the reader of subjects passes over the
front word (`title_before_name`); a subject shown as a whole description still yields the person it
ends in (the labeller's `_person_in`: "Former Secretary of State Dan Okafor" -> "Dan Okafor").
"""

from __future__ import annotations

#: How many lower-case words may stand between the front word and the title ("presidential candidate").
MAX_LOWER_WORDS = 2


def title_before_name(sentence, b: int) -> int | None:
    """The index of a title word that follows the name run ending at `b` after at most two lower-case
    words and stands right before another name: "Democratic [presidential] candidate Ana Lopez" gives
    the index of "candidate". None otherwise. `sentence` is the attribution rules' sentence (`noun`,
    `name`, `tokens`, `functions`)."""
    tokens = sentence.tokens
    for k in range(b, min(len(tokens) - 1, b + MAX_LOWER_WORDS)):
        token = tokens[k]
        if not (token.is_word and token.text.islower() and token.low not in sentence.functions):
            return None
        if sentence.noun(k) and sentence.name(k + 1):
            return k
    return None

