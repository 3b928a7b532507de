"""What a speaker had to say about something: "Ruiz had nothing good to say about the levy", "The pilots will have
more to say about it next week", "Okafor has had harsh words to say about the pier".

"have ... to say about" reports what the subject said (or will say) about the thing after "about": the words
between ("nothing good", "less than kind words", "more") weigh what was said, and they are the speaker's
judgment, not the writer's. The infinitive readers leave it alone ("have to say" is an obligation after "have"),
so nothing credited these sentences; PolNeAR marks each of them on train. Read only when no frame found an
attribution; the subject before the verb "have" is credited.

Not read: the writer ("I have nothing to say about it", "we have more to say"), a question, and "to say about"
with no form of "have" a few words before it ("it is hard to say about").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found, NameBook, read_sentence
from toolkit.claims.refused_words import credit_subject_before
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Forms of "have" that open the phrase.
HAVE_FORMS = frozenset({"have", "has", "had", "having"})
#: How many words may stand between "have" and "to say" ("nothing but positive things").
MOST_BETWEEN = 5


def add_things_to_say(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                      start: int, end: int, book: NameBook) -> Found:
    """`found` with "X had nothing good to say about Y" credited to X, when no frame found an attribution."""
    if found.attributions:
        return found
    words = sentence_words(tokens)
    if "to say about " not in words.joined:
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    if s.tokens and s.tokens[-1].text == "?":
        return found
    first = s.first if s.first is not None else 0
    for k in range(first + 2, len(s.tokens) - 1):
        if s.low(k) != "say" or s.low(k - 1) != "to" or s.low(k + 1) != "about" or s.in_quote(k):
            continue
        have = next((m for m in range(k - 2, max(first, k - 2 - MOST_BETWEEN) - 1, -1) if s.low(m) in HAVE_FORMS),
                    None)
        if have is None or have == k - 2 or not all(s.tokens[m].is_word for m in range(have + 1, k - 1)):
            continue  # "have to say about" is an obligation; a mark between is another phrase
        credited = credit_subject_before(s, first, have, (s.tokens[have].start, s.tokens[k + 1].end),
                                         min(k + 2, len(s.tokens) - 1), book, found)
        if credited is not None:
            return credited
    return found
