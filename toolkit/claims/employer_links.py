"""Someone described by whom they work for speaks, not the employer: "A spokesman for the buyer said",
"a lawyer for the family said", "An adviser to the governor told reporters".

The subject reader walks back from the verb over one noun phrase and so finds "the buyer". When a
title or body word ("spokesman", "lawyer", "adviser") stands right before "for", "to" or "at" and its
phrase opens the clause, the source is the whole phrase. (The same for "of" is read by
`source_phrases._one_of_start`: "the owner of a seafront cafe".)
"""

from __future__ import annotations

from toolkit.claims.group_heads import people_word
from toolkit.text.tokens import QUOTE_MARKS

#: Words that tie a described person to whom they work for.
EMPLOYER_LINKS = frozenset({"for", "to", "at"})
#: Determiners a described person may open with.
OPENERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "their", "its", "many", "some", "several",
                     "most", "two", "three", "four", "five"})
#: How many plain words may stand before the title word ("a longtime senior adviser").
MAX_WORDS = 3


def employer_link_start(s, a: int) -> int:
    """Where a subject starting at token `a` starts when it is the employer after "for", "to" or "at" of
    a described person at the head of the clause ("A spokesman for [the buyer]"); `a` otherwise. `s` is
    the attribution rules' sentence (`tokens`, `low`, `noun`, `functions`, `first`)."""
    if a < 2 or s.low(a - 1) not in EMPLOYER_LINKS:
        return a
    j = a - 2
    token = s.tokens[j]
    if not (token.is_word and token.text.islower() and (s.noun(j) or people_word(token.low))):
        return a  # a title or body word ("spokesman"), or a word for people ("speakers", "rivals")
    start = j
    while start - 1 >= 0 and j - start < MAX_WORDS and s.tokens[start - 1].is_word and \
            s.tokens[start - 1].text.islower() and s.low(start - 1) not in s.functions:
        start -= 1
    if start - 1 >= 0 and s.low(start - 1) in OPENERS:
        start -= 1
    opens = start == (s.first or 0) or (start >= 1 and (s.tokens[start - 1].text in ",;:" or
                                                         s.tokens[start - 1].text in QUOTE_MARKS))
    return start if opens else a
