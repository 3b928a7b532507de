"""Verbs of feeling that report a state, not a view: "the mayor felt blindsided", "voters feel so beleaguered".

"Feel" credits a view to its subject when a clause or "that" follows ("Ruiz feels the levy is
unfair"). Followed by a past participle or an adjective of mood, with at most a word of degree
between ("felt squeezed out", "feel so beleaguered", "felt deeply hurt"), it says how the subject
was, and there is no claim of theirs to read: the writer describes them.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Forms of "feel" read as a state before a participle or a mood.
FEEL_FORMS = frozenset({"feel", "feels", "felt", "feeling"})
#: Words of degree that may stand between: "felt so", "feel deeply".
DEGREE_WORDS = frozenset({"so", "very", "too", "deeply", "increasingly", "badly", "somewhat", "rather", "quite",
                          "more", "less", "most", "genuinely", "truly", "a", "bit", "little", "particularly",
                          "personally", "utterly", "completely", "totally", "really", "extremely"})
#: Moods that are not "-ed" participles: "felt betrayed" needs no list, "felt uneasy" does.
MOODS = frozenset({"uneasy", "sad", "angry", "lonely", "alone", "afraid", "ashamed", "helpless", "powerless",
                   "hopeless", "vulnerable", "unwelcome", "welcome", "uncomfortable", "comfortable", "safe",
                   "unsafe", "sick", "tired", "guilty", "proud", "grateful", "thankful", "relieved", "anxious",
                   "nervous", "upset", "hurt", "torn", "stuck", "left", "beaten", "overwhelmed", "abandoned"})
#: "-ed" words that still open a view: "felt obliged to say", "felt inclined to agree" are left as they are.
NOT_STATES = frozenset({"need", "seed", "speed", "feed", "bleed", "indeed", "inclined", "obliged", "compelled",
                        "prepared", "entitled", "red", "bed"})


def feeling_state(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether "feel" at `tokens[i:j]` describes a state ("felt blindsided"), not a view."""
    if j - i != 1 or tokens[i].low not in FEEL_FORMS:
        return False
    k = j
    while k < len(tokens) and k < j + 2 and tokens[k].low in DEGREE_WORDS:
        k += 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    word = tokens[k].low
    if word in NOT_STATES:
        return False
    return word in MOODS or (word.endswith("ed") and len(word) > 4 and tokens[k].text.islower())
