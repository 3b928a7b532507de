"""A verbless fragment that opens with a word of reasoning: the writer drawing a conclusion (issue 16).

"Hence the rush to borrow.", "Not more rules; only better ones.", "Of course not.": a sentence with no
verb of its own, opened by a word that links it to the argument ("hence", "thus", "therefore", "not",
"hardly", "of course"), reports nothing that happened. It is the writer's own step in an argument,
a conclusion or a retort, so it counts as the writer's comment (`verbless_comment`).

A fragment with a verb ("Hence the council raised the fee.") reports an event and is left alone: any
form of "be", "have", "do" or a modal, a word ending in "-ed" or "n't", or a reporting verb shows one.
A word ending in "-s" after anything but a determiner or preposition may be a verb too
("Thus the council spends more"), so it also rules the fragment out. Long sentences are left alone:
the rule is for short fragments, where a verb missed by these tests is unlikely.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, reporting_verbs

#: Words that open a fragment as a step in the writer's argument.
_OPENERS = frozenset({"hence", "thus", "therefore", "not", "hardly"})
#: Two-word openers.
_PAIR_OPENERS = frozenset({("of", "course")})
#: Every word a fragment may open with, alone or as the first of a pair.
_OPENING_WORDS = _OPENERS | frozenset(first for first, _ in _PAIR_OPENERS)
#: Words that make a clause: forms of "be", "have", "do" and the modals.
_VERB_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "'m", "has", "have",
                         "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall",
                         "should", "must", "'ll", "'d", "'ve", "remains", "seems", "seem", "goes", "went"})
#: Words after which a word ending in "-s" is a plural noun, not a verb ("the rules", "for taxes").
_NOUN_OPENERS = frozenset({"the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "from", "and", "or",
                           "no", "more", "less", "fewer", "their", "its", "his", "her", "our", "your", "these",
                           "those", "such", "all", "many", "some", "as", "than", "only", "new", "public", "private"})
#: The longest fragment read (in words): longer sentences hide verbs these tests miss.
MAX_WORDS = 16
WHY = ("\u201c{text}\u201d opens a sentence with no verb of its own: the writer draws a conclusion or answers back "
       "in their own voice; nothing is reported as having happened.")


def fragment_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `verbless_comment` cue over the whole verbless fragment (its reason names the opening word), or nothing.

    The cue spans the fragment, not its opener, so that a word-list cue on the opener ("of course")
    does not hide it: the fragment's shape is a second, separate reason."""
    first_at = sentence_words(tokens).first
    if first_at is None or tokens[first_at].low not in _OPENING_WORDS:
        return []  # (most sentences: no opener, told from the first word before the words are gathered)
    words = [t for t in tokens if t.is_word]
    if not words or len(words) > MAX_WORDS:
        return []
    first = words[0].low
    pair = (first, words[1].low) if len(words) > 1 else None
    if first not in _OPENERS and pair not in _PAIR_OPENERS:
        return []
    if tokens[-1].text == "?" or has_verb(words):
        return []
    opener = text[words[0].start:words[1 if pair in _PAIR_OPENERS else 0].end]
    return [make_cue(text, words[0].start, words[-1].end, "interpretation", WHY.format(text=opener),
                     family="verbless_comment")]


def has_verb(words: Sequence[Token]) -> bool:
    """Whether any of these words looks like a verb (see the module's docstring for the tests)."""
    speaking = reporting_verbs()
    for k, word in enumerate(words):
        low = word.low
        if low in _VERB_WORDS or low in speaking or low.endswith("n't"):
            return True
        if len(low) > 3 and low.endswith("ed"):
            return True
        if k and len(low) > 3 and low.endswith("s") and not low.endswith("ss") and words[k - 1].low not in _NOUN_OPENERS:
            return True
    return False
