"""A subject's verb may come after an adverb: "Ana Lopez sternly reprimanded Dan Okafor, saying ...".

The speaker of a trailing ", saying ..." is the sentence's subject. To find where that subject's name
ends, the rules look for the verb right after it ("Ana Lopez reprimanded"); an adverb in between
("sternly", "also", "later") hid the verb, the whole "Ana Lopez sternly reprimanded Dan Okafor" was
read as one phrase, and the name at its end (the object) was taken for the speaker.
"""

from __future__ import annotations

#: Adverbs without the -ly ending that often stand between a subject and its verb.
PLAIN_ADVERBS = frozenset({"also", "then", "later", "again", "never", "often", "still", "even", "now", "once",
                           "already", "soon", "twice", "just", "repeatedly"})


def adverb_then_verb(tokens, k: int) -> bool:
    """Whether token `k` is an adverb ("sternly", "also") followed by a past or present verb form
    ("reprimanded", "says"), so that the name before `k` is the subject of that verb."""
    if k + 1 >= len(tokens):
        return False
    word, after = tokens[k], tokens[k + 1]
    adverb = word.is_word and word.text.islower() and (
        (word.low.endswith("ly") and len(word.low) > 4) or word.low in PLAIN_ADVERBS)
    return adverb and after.is_word and after.text.islower() and after.low.endswith(("ed", "s"))
