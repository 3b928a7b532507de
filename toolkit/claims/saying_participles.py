"""A participle of saying with a clause after it, when no frame read its speaker: "The union doubled down on its
demands, saying the pay offer was an insult.".

`toolkit.claims.unread_speakers` credits "..., saying ..." to a stance the frame readers found before it ("She
mocked the plan, saying ..."). When they found none ("doubled down on its attacks", "had sued after ...", "sent a
tweet saying"), the clause after the participle is still someone's words, not the writer's: it is credited here
to the subject of the clause the participle hangs on. Read only when no frame found anything, and only with a
clause after the participle ("saying that", "saying she ...", "saying the offer was ...", "telling the crew
that ..."), so "saying goodbye", "saying exactly what people want to hear" and "a tweet saying, if ..." are left
alone.

Not read: the writer's or reader's own words ("I left, saying that ...", "That is not the same as saying ...",
"It's worth noting that ..."),
a participle after "as", "than", "without", "from" or "of" (nothing is said), and a negation or modal between
the subject and the participle ("was not saying that", "would keep saying that").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Attribution, Found, NameBook, _Sentence, read_sentence
from toolkit.claims.purpose_infinitives import UNSAID_MARKS, WRITER, clause_subject_before, credit
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.unread_speakers import _clause_after
from toolkit.claims.verb_clauses import subject_pronoun_at
from toolkit.text.tokens import Token

#: Participles of saying read here.
PARTICIPLES = frozenset({"saying", "stating", "adding", "arguing", "insisting", "noting", "claiming", "explaining",
                         "telling"})
#: Words right before the participle after which nothing is said: "as saying", "without saying", "stop saying".
NOT_SAID_AFTER = frozenset({"as", "than", "without", "from", "of", "for", "about", "stop", "stopped", "keep", "kept",
                            "avoid", "avoided", "is", "was", "are", "were", "be", "been", "am", "not", "much",
                            "like", "mean", "means", "meant", "to", "worth", "the", "a", "an", "this", "that", "his", "her",
                            "their", "its", "our", "my", "your", "i", "we", "you"})
#: Participles that need no "that" before a clause ("saying the offer was"); the others do, since they have other
#: senses ("adding Democratic strongholds like ...", "noting the date").
LOOSE_CLAUSE = frozenset({"saying", "stating"})
#: How far a "telling" may run to its clause ("telling the crew that", "telling conservative radio hosts that").
MOST_ADDRESSEE = 5


def add_saying_participles(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                           start: int, end: int, book: NameBook) -> Found:
    """`found` with a participle of saying and its clause credited to the clause's subject, when no frame found
    anything."""
    if found.attributions or PARTICIPLES.isdisjoint(sentence_words(tokens).low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 2, len(s.tokens) - 2):
        if s.low(k) not in PARTICIPLES or s.in_quote(k) or s.low(k - 1) in NOT_SAID_AFTER or \
                not s.tokens[k].text.islower() or s.tokens[-1].text == "?":
            continue
        opens = _clause_opens(s, k)
        if opens is None:
            continue
        subject = clause_subject_before(s, first, k)
        if subject is None:
            continue
        a, b, kind, _ = subject
        if kind == "writer" or s.low(a) in WRITER or \
                any(s.low(m) in UNSAID_MARKS or s.low(m).endswith(("n't", "n\u2019t")) for m in range(b, k)):
            continue
        attribution: Attribution = credit(s, subject, (s.tokens[k].start, s.tokens[k].end), opens, book)
        return Found((*found.attributions, attribution), found.cues)
    return found


def _clause_opens(s: _Sentence, k: int) -> int | None:
    """Where the clause said begins after the participle at `k`, or None: after "telling" and a short addressee
    ("telling the crew that"), else a clause right after ("saying that", "adding she", "saying the offer was";
    the last only for "saying" and "stating")."""
    if s.low(k) == "telling":
        for m in range(k + 2, min(len(s.tokens), k + 2 + MOST_ADDRESSEE)):
            if not s.tokens[m - 1].is_word:
                return None
            if s.low(m) in ("that", "how"):
                return m
        return None
    if s.low(k) in LOOSE_CLAUSE:
        return k + 1 if _clause_after(s, k) else None
    return k + 1 if s.low(k + 1) == "that" or subject_pronoun_at(s.tokens, k + 1) else None
