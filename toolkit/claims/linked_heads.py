"""The speaker before "in", "on", "at" or "for" and a phrase: "officials in both cities insist", not the cities.

The subject reader walks back from the verb over one phrase and stops at a preposition, so "An earlier
report in a Calder paper said" was credited to "a Calder paper", "Partisans on both sides warn" to
"both sides", "Ana Ruiz in a blog post said" to "a blog post". When the word right before the
preposition heads a phrase that can speak (a name, a title or body, a word for people, a text), that
phrase speaks, with what follows it ("officials in both cities"). `reporting_frames` already reads
"People in Fort Pierce said" so for a named place after a word for people; this covers the rest.
"""

from __future__ import annotations

from toolkit.claims.group_heads import people_word
from toolkit.claims.attribution_model import DETERMINERS
from toolkit.claims.source_phrases import _Sentence, _subject_ending
from toolkit.text.tokens import word_list

__all__ = ["LINKS", "speaker_before_link"]

#: Prepositions that tie a speaker to where they are or what they belong to.
LINKS = frozenset({"in", "on", "at", "for"})


def _can_speak(s: _Sentence, k: int) -> bool:
    low = s.low(k)
    plain = s.tokens[k].text.islower() or (k == s.first and not s.name(k))  # "Officials in both towns"
    return plain and (s.noun(k) or people_word(low) or (low,) in word_list("documents").entries)


#: Words that open a described speaker: "the", "an", "several", "both".
OPENERS = DETERMINERS | frozenset({"several", "many", "some", "most", "two", "three", "both", "other", "one"})
#: How many plain words may stand before the head ("an earlier report", "several harbor leaders").
MAX_WORDS = 3


def _phrase_ending(s: _Sentence, head: int) -> int | None:
    """Where the described phrase whose last word is `head` starts ("an earlier report", "Partisans"): back
    over up to three plain words and one opener, from the start of the clause; None when it starts mid-clause."""
    i = head
    while i - 1 >= 0 and head - i < MAX_WORDS and s.tokens[i - 1].is_word and s.tokens[i - 1].text.islower() \
            and s.low(i - 1) not in s.functions:
        i -= 1
    if i - 1 >= 0 and s.low(i - 1) in OPENERS:
        i -= 1
    opens = i == (s.first or 0) or (i >= 1 and s.tokens[i - 1].text in ",;:") or (
        i >= 1 and s.low(i - 1) in ("and", "but", "that", "while", "as", "when", "because"))
    return i if opens else None


def speaker_before_link(s: _Sentence, subject: tuple[int, int, str], vi: int) -> tuple[int, int, str] | None:
    """The subject widened back over "<speaker> <link>" when `subject` (read before the verb at `vi`) starts
    right after a link word and the word before that heads a phrase that can speak; None otherwise."""
    a = subject[0]
    if a < 2 or subject[1] > vi or s.low(a - 1) not in LINKS:
        return None
    head = a - 2
    if s.name(head) and not _can_speak(s, head):
        found = _subject_ending(s, head)  # "Ana Ruiz in a blog post said"; not "Joining Rubio in the group were"
        if found is None or found[2] != "named" or s.low(found[0]).endswith("ing"):
            return None
        return found
    if not _can_speak(s, head):
        return None
    start = _phrase_ending(s, head)
    return (start, subject[1], "described") if start is not None else None  # "officials in both cities"
