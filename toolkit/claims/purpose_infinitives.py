"""An infinitive of saying with a clause after it: "The mayor rushed to the radio station to say she had no part in it.".

"went on to say" and "took to Twitter to say" are read by the frame readers
(`toolkit.claims.infinitive_frames`), but most infinitives of saying hang on some other act: "stood
up at the meeting to say he was leaning ...", "are taking pains to say they ...", "spent the week
trying to tell the country that ...", "led the trustees to say that ...". When a clause follows
("that", a subject pronoun, "how"), the words are the speaker's, not the writer's: the subject of the
clause says them, or the people a verb of causing names right before "to" ("led the trustees to
say"). Read only when no frame found reported words.

Not read: the writer's own judgment on what can be said ("It is too soon to say whether", "it's fair
to say that", "suffice it to say"), advice or a wish ("would do better to say that", "wants to say"),
a refusal ("refused to say that ...": the words were not said), a question ("to say whether"), and
the writer's own "I" / "we" ("I am here to tell you ...").
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Attribution, Found, NameBook, _Sentence, read_sentence
from toolkit.claims.attribution_model import DETERMINERS, PERSON_PRONOUNS
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.subject_credits import subject_attribution
from toolkit.claims.unread_speakers import BREAKS, OPENING_FILLERS, SUBORDINATORS, _subject_at
from toolkit.claims.verb_clauses import subject_pronoun_at
from toolkit.text.tokens import Token

#: The infinitives read here.
SAYING = frozenset({"say", "tell"})
#: Words before "to" that make the infinitive the writer's judgment, a wish, advice or a refusal: nothing
#: was said ("too soon to say", "would do better to say", "refused to say", "pressure on her to say").
NOT_SAID_BEFORE = frozenset({
    "soon", "hard", "harder", "fair", "safe", "easy", "easier", "difficult", "early", "premature", "suffice",
    "needless", "better", "honest", "wrong", "right", "fairer", "safer", "impossible", "possible", "enough",
    "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining", "unwilling",
    "willing", "reluctant", "hesitant", "afraid", "want", "wants", "wanted", "wanting", "like", "love", "hope",
    "pressure", "ought", "have", "has", "had", "need", "needs", "needed", "going", "gonna", "able", "unable",
    "likely", "unlikely", "bound", "sure", "certain", "supposed", "expected", "time", "chance", "order",
    "failed", "fails", "fail", "forgot", "forget", "dare", "dared",
})
#: Words anywhere between the clause's subject and "to" that keep the words unsaid: a modal, a negation.
UNSAID_MARKS = frozenset({
    "would", "could", "should", "might", "may", "must", "can", "will", "shall", "not", "never", "n't", "no",
    "wouldn't", "couldn't", "shouldn't", "won't", "can't", "cannot", "didn't", "doesn't", "don't", "wouldn\u2019t",
    "couldn\u2019t", "shouldn\u2019t", "won\u2019t", "can\u2019t", "didn\u2019t", "doesn\u2019t", "don\u2019t",
    "if", "unless", "whether",
})
#: Verbs that make the people right after them the speakers: "led the trustees to say", "allowing users to tell".
CAUSING = frozenset({"led", "leading", "leads", "lead", "allowing", "allowed", "allows", "prompted", "prompting",
                     "prompts", "forced", "forcing", "caused", "causing", "pushed", "pushing", "pressed", "pressing",
                     "encouraged", "encouraging", "inspired", "inspiring", "moved", "spurred", "spurring"})
#: Words that open the clause said or told ("how tough it is"); "whether" and "if" ask, they report nothing.
CLAUSE_OPENERS = frozenset({"that", "how"})
#: The writer's own pronouns: the writer is no source.
WRITER = frozenset({"i", "we", "you", "i'm", "we're", "i\u2019m", "we\u2019re"})
#: How many words an addressee of "tell" may run to ("tell their neighbors that", "tell the whole country that").
MOST_ADDRESSEE = 4


def add_purpose_infinitives(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                            start: int, end: int, book: NameBook) -> Found:
    """`found` with an infinitive of saying ("... to say she had no part in it") credited to its speaker,
    when no frame found reported words and a clause follows the infinitive."""
    if any(a.scope for a in found.attributions) or SAYING.isdisjoint(sentence_words(tokens).low_set):
        return found
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 2, len(s.tokens) - 1):
        if s.low(k) not in SAYING or s.low(k - 1) != "to" or s.in_quote(k):
            continue
        opens = _clause_opens(s, k)
        if opens is None or s.low(k - 2) in NOT_SAID_BEFORE or s.tokens[-1].text == "?":
            continue
        attribution = _speaker(s, first, k, opens, book)
        if attribution is not None:
            return Found((*found.attributions, attribution), found.cues)
    return found


def _clause_opens(s: _Sentence, k: int) -> int | None:
    """Where the clause said begins after the infinitive at `k`: right after "say" ("say that", "say she
    ..."), or after a short addressee of "tell" ("tell their neighbors that", "tell itself that"); None
    when no clause follows."""
    if s.low(k) == "say":
        return k + 1 if (s.low(k + 1) in CLAUSE_OPENERS or subject_pronoun_at(s.tokens, k + 1)) else None
    for m in range(k + 2, min(len(s.tokens), k + 2 + MOST_ADDRESSEE)):
        if not s.tokens[m - 1].is_word:
            return None  # a mark inside the addressee: "tell Holder, who ..." is no clause told
        if s.low(m) in CLAUSE_OPENERS:
            return m
    return None


def _speaker(s: _Sentence, first: int, k: int, opens: int, book: NameBook) -> Attribution | None:
    """The attribution of the words after `opens` to whoever says them: the people named right after a verb
    of causing, else the subject of the clause the infinitive hangs on; None for the writer, a modal or a
    negation between subject and infinitive, or no subject at all."""
    to = k - 1
    caused = next((m for m in range(max(first, to - 4), to) if s.low(m) in CAUSING), None)
    if caused is not None and to - caused >= 2 and all(s.tokens[m].is_word for m in range(caused + 1, to)):
        a, b = caused + 1, to
        kind = "pronoun" if s.low(a) in PERSON_PRONOUNS | {"they", "them"} else \
            ("named" if any(s.name(m) for m in range(a, b)) else "described")
        if s.low(a) in WRITER or s.low(a) in ("me", "us", "him", "her", "them", "it"):
            return None  # "led me to say": the writer; an object pronoun names no one new here
    else:
        subject = clause_subject_before(s, first, to)
        if subject is None:
            return None
        a, b, kind, _ = subject
        if kind == "writer" or s.low(a) in WRITER or \
                any(s.low(m) in UNSAID_MARKS or s.low(m).endswith(("n't", "n\u2019t")) for m in range(b, to)):
            return None
    return credit(s, (a, b, kind, s.low(a)), (s.tokens[to].start, s.tokens[k].end), opens, book)


def clause_subject_before(s: _Sentence, first: int, to: int):
    """The subject of the clause the infinitive or participle at `to` hangs on: read forward from the first place a clause
    can start before it (the sentence's start, then each mark), past "But" and "however", not from an opening
    adverb ("Recently,"), a phrase of condition or time ("When ...", "Prior to ...") or a participle ("rushing
    to TV"): those are no subjects, and the next clause is tried instead."""
    starts = [first] + [m + 1 for m in range(first, to - 1) if s.tokens[m].text in BREAKS]
    for c in starts:
        while c < to and s.low(c) in OPENING_FILLERS:
            c += 1
        token = s.tokens[c] if c < to else None
        if token is None or not token.is_word or s.in_quote(c) or s.low(c) in SUBORDINATORS or \
                s.low(c) in ("prior", "even", "ready", "eager", "keen") or \
                (s.low(c).endswith(("ly", "ing")) and (s.tokens[c].text.islower() or s.low(c + 1) in (",", "to"))):
            continue
        subject = _subject_at(s, c, to)
        if subject is None:
            continue
        a, b, kind, low = subject
        if kind != "pronoun" and s.tokens[b - 1].text.islower() and b - 1 > a and (
                (b == to and s.low(b - 1).endswith("s")) or
                (b < to and (s.low(b) in DETERMINERS or (s.low(b).endswith("ing") and s.tokens[b].text.islower())))):
            b -= 1  # "The board continues to tell", "The board spent the month", "The union keeps trying": a verb
        if b <= a:
            continue
        return a, b, kind, low
    return None


def credit(s: _Sentence, subject: tuple[int, int, str, str], frame: tuple[int, int], opens: int,
           book: NameBook) -> Attribution:
    """The attribution of the words from token `opens` to the sentence's end to `subject` (a pronoun points back
    to the person the name book last met), with the verb of saying at `frame` as its cue."""
    a, b, kind, _ = subject
    verb_cue = make_cue(s.text, *frame, "reporting_verb",
                        f"{quoted(s.text[frame[0]:frame[1]])} hands on what follows as someone's words: the "
                        f"writer passes them on.", family="reporting_verbs")
    scope = ((s.tokens[opens].start, s.end),)
    pronoun = s.low(a) if kind == "pronoun" else ""
    who = None
    if kind == "pronoun":
        who = book.person_for(pronoun) if pronoun in PERSON_PRONOUNS else (book.last_source or book.last_person)
    return subject_attribution(s, a, b, kind, pronoun, who, frame, scope, verb_cue, book)

