"""A plain verb of saying whose speaker the frame readers could not place.

`toolkit.claims.reporting_frames` reads a speaker right next to its verb, with the asides news
writing puts between them. Some subjects are longer than those readers go: "Three in five party
insiders across the four states -- and two-thirds of the county chairs -- said ...", "Democrats
trying to win the Senate in November say ...", "The ministry less than a week ago said ...",
"Marta Ruiz, 60, a nurse, said ...". When a sentence has no attribution at all and still holds
"said", "says", "say", "told" or "tells" as the finite verb of a clause in the writer's own words,
the words are someone's: this module credits them to the clause's subject, read forward from where
the clause begins (past an opening phrase such as "On Monday, however,"), up to the head of the
phrase ("One pastor supporting the mayor", "pilots across the region"); for an inverted "..., said a
former senior trade official", to the phrase after the verb; for "..., a spokeswoman, Ada Quill,
said on Friday, ...", to the name between the commas. A verb of saying joined to a stance the
readers did find ("The harbor master blamed the weather and said ...") reports words too: they are
credited to the stance's subject, so the writer is not held to what the clause says; so does a
participle after a comma ("He mocked the plan, saying ..."). Verbs whose form is also a noun
("claims", "notes", "states", "writes") and other verbs of saying ("argued", "declared", "warned",
"wrote") count only with a clause after them ("Okafor claims she's owed ...", "Supporters of the levy,
on the other hand, argued that ..."), and "asked" only with what was asked after its addressee
("asked the board during Monday's call whether ...").

Not read as speech: the writer's own "I said" / "we say" (the writer is no source), an addressee's
"you said", infinitives and modals ("to say", "would say", "can't say": nothing was said), the
passive ("it is said": nobody named), the noun ("their say"), the filler ", say, five" and the
fixed phrases "That said", "All told", "Enough said". With no subject to read the words are still
credited, to nobody named, and so count as attributed only while the writer's own words stay plain.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import STRENGTH, Attribution, Found, NameBook, _forward_subject, _resolve, \
    _Sentence, _source_cue, describe, read_sentence
from toolkit.claims.attribution_model import CLAUSE_VERBS, DETERMINERS, OTHER_PRONOUNS, PERSON_PRONOUNS
from toolkit.claims.cues import make_cue, quoted
from toolkit.claims.idiom_sayings import idiom_saying
from toolkit.claims.placed_asides import told_after_aside
from toolkit.claims.pronoun_sources import LEADING_JOINERS, opening_end
from toolkit.claims.source_phrases import DESCRIBED_ENDS
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.subject_credits import subject_attribution
from toolkit.claims.verb_clauses import subject_pronoun_at
from toolkit.text.tokens import QUOTE_MARKS, Token

#: The plainest finite verbs of saying: whoever their subject is, what follows was said.
SAYING = frozenset({"said", "says", "say", "told", "tells"})
#: Verbs of saying whose form is also a plural noun ("his claims", "the notes"): read only with a clause after
#: them and their subject right before ("Okafor claims she's owed", "The institute notes the fund is ...").
NOUN_LIKE_SAYING = frozenset({"claims", "notes", "states", "writes"})
#: Verbs of saying read here only with a clause after them, like the forms above: their subject may be long
#: or set off by an aside ("Supporters of the levy, on the other hand, argued that ...").
CLAUSE_SAYING = NOUN_LIKE_SAYING | frozenset({
    "wrote", "argued", "argues", "declared", "warned", "warns", "admitted", "admits", "claimed", "stated", "noted",
    "insisted", "insists", "acknowledged", "acknowledges", "added", "adds", "explained", "explains"})
#: Participles of saying that hand on words for the subject of the clause before them: "..., saying ...".
PARTICIPLES = frozenset({"saying", "telling", "stating", "adding", "noting", "arguing", "insisting", "explaining",
                         "warning", "claiming"})
#: Verbs of asking: the question put ("asked the board whether ...") is someone's words as much as a claim.
ASKING = frozenset({"asked", "asks"})
#: Words that open what was asked, after the addressee: "if", "whether", "to", a question word.
QUESTION_OPENERS = frozenset({"if", "whether", "to", "why", "how", "what", "when", "where", "who", "which"})
TRIGGERS = SAYING | CLAUSE_SAYING | PARTICIPLES | ASKING
#: Words right before the verb that show nothing was said, or that the writer or reader said it.
NOT_SAID_AFTER = frozenset({
    "to", "would", "could", "can", "will", "might", "should", "must", "may", "shall", "cannot", "wouldn't",
    "couldn't", "can't", "won't", "didn't", "doesn't", "don't", "not", "never", "be", "been", "being", "is", "was",
    "are", "were", "am", "i", "we", "you", "i've", "we've", "you've", "him", "her", "them", "me", "us", "it",
    "enough", "than", "all", "that", "let", "larger", "final", "more", "little", "much", "no", "who", "which",
    "wouldn\u2019t", "couldn\u2019t", "can\u2019t", "won\u2019t", "didn\u2019t", "doesn\u2019t", "don\u2019t",
    "i\u2019ve", "we\u2019ve", "you\u2019ve",
})
#: Words after a forward verb that show no words are handed on: "says something about", "said goodbye".
SAID_NOTHING = frozenset({"something", "nothing", "much", "little", "so", "goodbye", "hello", "thanks", "grace",
                          "otherwise", "yes", "no", "more", "less", "anything"})
#: Adverbs read past between a verb and what shows it reports nothing ("will not yet say", "can't quite say").
SKIPPED_ADVERBS = frozenset({"yet", "also", "still", "just", "now", "ever", "quite", "only", "really", "simply",
                             "then", "even", "actually", "necessarily", "publicly"})
#: A pronoun with a verb joined to it ("He's said", "they've said"): the pronoun is the subject.
JOINED_PRONOUN_ENDS = ("'s", "\u2019s", "'ve", "\u2019ve", "'d", "\u2019d")
#: The writer's own pronouns, alone or joined ("I've"): where a subject phrase read forward must stop.
WRITER_FORMS = frozenset({"i", "we", "you", "i've", "we've", "i'm", "we're", "i\u2019ve", "we\u2019ve", "i\u2019m",
                          "we\u2019re"})
#: Prepositions that tie a speaker to a place or time ("pilots across the region"): the head comes before.
PLACE_LINKS = frozenset({"across", "in", "at", "from", "on", "during", "around", "throughout", "near", "like",
                         "including"})
#: Plural nouns of places, which note and argue nothing themselves.
PLACE_NOUNS = frozenset({"states", "countries", "cities", "counties", "districts", "regions", "areas", "towns",
                         "nations", "markets", "places", "provinces"})
#: Number words that make "in" part of a count ("two in three pilots"), not a place.
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: Words that open a clause that is no subject: "Even if Ruiz wins, ...", "When the vote came, ...".
SUBORDINATORS = frozenset({"if", "when", "while", "although", "though", "because", "as", "after", "before",
                           "since", "unless", "until", "once", "whether", "despite", "unlike", "like", "with",
                           "without", "for", "to", "in", "on", "at", "by", "from", "during", "among", "outside"})
#: Words passed over at the start of a clause: "But", ", however,".
OPENING_FILLERS = frozenset({"however", "meanwhile", "though", "also", ","}) | LEADING_JOINERS
#: Marks that end an aside or a clause before a subject may start.
BREAKS = frozenset({",", "\u2014", "\u2013", "--", ";", ":", "(", ")"})


def add_unread_speakers(found: Found, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                        start: int, end: int, book: NameBook) -> Found:
    """`found` with one attribution added for a plain verb of saying no frame read, when no frame found
    reported words (none at all, or only a stance: "She blamed the heat and said ...")."""
    if any(a.scope for a in found.attributions) or TRIGGERS.isdisjoint(sentence_words(tokens).low_set):
        return found  # (most sentences: reported words already, or none of the five verbs)
    s = read_sentence(text, tokens, quotes, start, end)
    first = s.first if s.first is not None else 0
    for k in range(first + 1, len(s.tokens)):
        if s.low(k) in PARTICIPLES:
            joined = _joined_to_stance(s, k, found) if found.attributions and s.tokens[k - 1].text == "," else None
            if joined is not None:
                return joined
            continue
        if s.low(k) not in TRIGGERS or s.in_quote(k) or not _said(s, k, first) or \
                any(a.frame[0] <= s.tokens[k].start < a.frame[1] for a in found.attributions):
            continue
        if s.low(k) in CLAUSE_SAYING or s.low(k) in ASKING:
            said = _noun_like_said(s, k, first, book) if not found.attributions else None
            if said is not None:
                return Found((*found.attributions, said), found.cues)
            continue
        if found.attributions:
            joined = _joined_to_stance(s, k, found)
            if joined is not None:
                return joined
            continue
        subject = _inverted_subject(s, k)
        inverted = subject is not None
        if not inverted and s.low(k + 1) in SAID_NOTHING:
            continue  # "says something about", "said goodbye": no words handed on
        subject = subject or _aside_speaker(s, k)
        if subject is None and (s.tokens[k - 1].text == "," or s.closes_quote(k - 1)) and \
                s.words_between(s.tokens[k].end, s.end) <= 3:
            continue  # "The plan is fair, said some.": an inverted verb whose speaker is nobody named
        subject = subject or _clause_subject(s, first, k)
        frame = (s.tokens[k].start, s.tokens[k].end)
        shown = s.text[frame[0]:frame[1]]
        verb_cue = make_cue(s.text, *frame, "reporting_verb",
                            f"{quoted(shown)} reports someone's words: the writer passes them on.",
                            family="reporting_verbs")
        scope = ((s.start, s.tokens[k - 1].start),) if inverted else ((frame[1], s.end),)
        if subject is not None and subject[2] == "writer":
            continue  # "I went home and said ...": the writer is no source
        if subject is None:
            attribution = Attribution(None, "reporting_verb", STRENGTH["unnamed"], False, frame, scope, (verb_cue,))
            return Found((*found.attributions, attribution), found.cues)
        a, b, kind, pronoun = subject
        who = None
        if kind == "pronoun":
            who = book.person_for(pronoun) if pronoun in PERSON_PRONOUNS else (book.last_source or book.last_person)
        attribution = subject_attribution(s, a, b, kind, pronoun, who, frame, scope, verb_cue, book)
        return Found((*found.attributions, attribution), found.cues)
    return found


def _noun_like_said(s: _Sentence, k: int, first: int, book: NameBook) -> Attribution | None:
    """ "Okafor claims she's owed $2 million", "The institute notes the fund is short", "Lind writes in The
    Harbor Review that ...": a named or described subject right before the verb (or before an aside that
    ends with a comma or a dash) and a clause after it: "that", a subject pronoun, or a verb within a few
    words. Else the form is the noun ("has claims in the area", "false claims")."""
    after = _question_after(s, k) if s.low(k) in ASKING else _clause_after(s, k)
    if not (s.tokens[k].text.islower() or s.title_case) or not after:
        return None  # "the United States": a name's word
    subject = _clause_subject(s, first, k)
    if subject is None or subject[2] not in ("named", "described"):
        return None
    a, b, _, _ = subject
    aside = s.tokens[k - 1].text in (",", "\u2014", "\u2013") and s.low(k) != "states"  # ", states that vote"
    plain = s.low(k) not in NOUN_LIKE_SAYING and s.tokens[k - 1].text.islower() and \
        s.low(k - 1).endswith("s") and not s.low(k - 1).endswith(("'s", "\u2019s")) and \
        s.low(k - 1) not in PLACE_NOUNS  # "some party figures declared"; places do not speak ("swing states noted")
    if not (aside or (b == k and (s.name(k - 1) or s.noun(k - 1) or plain))) or \
            any(s.low(m).endswith(("'s", "\u2019s")) for m in range(a, b)):
        return None  # "false claims", "the mayor's claims that": the noun
    display, named, span, person = describe(s, a, b)
    display, person, resolved_from = _resolve(display, named, person, book)
    frame = (s.tokens[k].start, s.tokens[k].end)
    verb_cue = make_cue(s.text, *frame, "reporting_verb",
                        f"{quoted(s.text[frame[0]:frame[1]])} reports someone's words: the writer passes them on.",
                        family="reporting_verbs")
    return Attribution(display, "reporting_verb", STRENGTH["named" if named else "described"], named, frame,
                       ((frame[1], s.end),), (verb_cue, _source_cue(s, display, named, span, resolved_from)),
                       person=person)


def _question_after(s: _Sentence, k: int) -> bool:
    """Whether what was asked follows "asked" at `k`: an addressee, then "if", "whether", "to" or a question
    word within ten words ("asked the harbor master during a call on Monday whether ..."), with no stop
    between; not "asked for" (a request for a thing) and not a bare "asked if" with nobody asked."""
    if s.low(k + 1) in ("for", "about", "after", "around"):
        return False
    for m in range(k + 2, min(len(s.tokens), k + 12)):
        token = s.tokens[m]
        if not token.is_word and token.text not in ("'", "\u2019", ".", "(", ")", "-"):
            return False
        if token.low in QUESTION_OPENERS:
            return True
    return False


def _clause_after(s: _Sentence, k: int) -> bool:
    """Whether a clause follows the verb at `k`: "that" after at most a short phrase of where ("writes in
    The Harbor Review that"), a subject pronoun ("claims she's owed"), or a verb within five words ("notes
    the fund is short"), with no stop between."""
    if subject_pronoun_at(s.tokens, k + 1):
        return True
    for m in range(k + 1, min(len(s.tokens), k + 7)):
        token = s.tokens[m]
        if not token.is_word and token.text not in ("'", "\u2019"):
            return False  # (an apostrophe of a possessive goes on: "wrote to the Lopez' office that")
        if token.low == "that":
            if s.low(m + 1) in CLAUSE_VERBS or (s.tokens[m + 1].text.islower() and s.low(m + 1).endswith("ed")
                                                 if m + 1 < len(s.tokens) else False):
                return False  # "states that will vote", "notes that voted": a relative clause on the noun
            return m == k + 1 or s.low(k + 1) in ("in", "on", "to")  # "wrote to the board that"
        if m <= k + 5 and m > k + 1 and (token.low in CLAUSE_VERBS or (
                token.low.endswith("s") and token.text.islower() and s.name(m - 1))):
            return True  # "notes the fund is short", "claims Okafor runs the port"
    return False


def _joined_to_stance(s: _Sentence, k: int, found: Found) -> Found | None:
    """"She blamed the heat and said ...", "He mocked the plan, saying ...": a verb of saying joined by "and"
    or "but", or a participle after a comma, following a stance read before it has the stance's subject; its
    words are reported, credited to the same source."""
    participle = s.low(k) in PARTICIPLES and s.tokens[k - 1].text == ","  # "mocked the plan, saying ..."
    if not participle and s.low(k - 1) not in ("and", "but", "then") and not (
            s.low(k - 1) in ("also", "then") and s.low(k - 2) in ("and", "but")):
        return None
    stance = next((a for a in found.attributions if a.frame[1] <= s.tokens[k].start), None)
    if stance is None:
        return None
    frame = (s.tokens[k].start, s.tokens[k].end)
    shown = s.text[frame[0]:frame[1]]
    verb_cue = make_cue(s.text, *frame, "reporting_verb",
                        f"{quoted(shown)} reports what {stance.source or 'the subject'} said: the writer passes it on.",
                        family="reporting_verbs")
    level = ("named" if stance.named else "described") if stance.source else "unnamed"
    said = Attribution(stance.source, "reporting_verb", STRENGTH[level],
                       stance.named, frame, ((frame[1], s.end),), (verb_cue,), person=stance.person)
    return Found((*found.attributions, said), found.cues)


def _said(s: _Sentence, k: int, first: int) -> bool:
    """Whether the verb at token `k` reports words: not after a modal, "to", a passive, the writer's "I"
    (read past adverbs: "will not yet say"), not in a question, not "easier said than done"."""
    j = k - 1
    while j > first and s.low(j) in SKIPPED_ADVERBS:
        j -= 1
    before = s.low(j)
    if before in NOT_SAID_AFTER or before in DETERMINERS or (before.endswith(("'s", "\u2019s")) and
                                                           before[:-2] in ("it", "that", "there", "what")):
        return False
    if before in ("have", "has", "had") and s.low(j - 1) in NOT_SAID_AFTER:
        return False  # "should have said", "would not have said": what was not said
    if s.low(k + 1) == "than" or s.tokens[-1].text == "?":
        return False  # "easier said than done"; "Does he say ...?" asks, reports nothing
    if s.low(k) == "say" and before == "," and s.low(k + 1) == ",":
        return False  # "to, say, single digits": a filler
    if idiom_saying(s.tokens, k, k + 1):
        return False  # "as they say", "the numbers say it all": nobody's words
    return not (k == first + 1 and before in ("that", "all", "enough"))


def _subject_at(s: _Sentence, j: int, verb: int):
    """`_forward_subject` at token `j`, kept before the verb at `verb` and before a writer's "I've" inside it
    ("Several people I've spoken with"); a pronoun joined to its verb ("He's said") is a pronoun."""
    low = s.low(j)
    for ending in JOINED_PRONOUN_ENDS:
        if low.endswith(ending) and low[:-len(ending)] in PERSON_PRONOUNS | OTHER_PRONOUNS:
            return j, j + 1, "pronoun", low[:-len(ending)]
    subject = _forward_subject(s, j) or _short_subject(s, j, verb)
    if subject is None:
        return None
    a, b, kind = subject
    if kind != "pronoun":
        # "numerous military veterans interviewed ...", "The Democratic presidential front-runner and ...":
        # plain nouns after the last listed one still belong to the phrase, up to a participle or a small word
        while b < verb and b - subject[1] < 3 and _plain_noun(s, b):
            b += 1
        # "One pastor supporting Mr. Cruz", "Several people I've spoken with": the head comes before
        cut = next((m for m in range(a + 1, b) if s.low(m) in WRITER_FORMS or (
            s.tokens[m].text.islower() and s.low(m).endswith("ing")) or (
            s.low(m) in PLACE_LINKS and not s.tokens[m - 1].has_digit and s.low(m - 1) not in NUMBER_WORDS)), b)
        b = min(b, cut)
    b = min(b, verb)
    if b <= a or (kind != "pronoun" and not any(s.name(m) or s.noun(m) for m in range(a, b)) and
                  not s.tokens[b - 1].text.islower()):
        return None
    return a, b, kind, low


#: The most words in a short subject, and in the verb and object read past after it.
MOST_SUBJECT_WORDS = 5
MOST_OBJECT_WORDS = 3
#: Small words that join a noun to the phrase after it ("most of the pilots"), not verbs.
OBJECT_LINKS = frozenset({"of", "in", "at", "for", "from", "with", "on", "to", "by", "about", "and", "or"})


def _short_subject(s: _Sentence, j: int, verb: int):
    """A subject of a few plain words running up to the verb that the phrase reader passed over ("some party
    figures", "most harbor pilots"): at most five words, no mark between, ending in a noun or a plural. A
    lower-case word before a determiner is a verb with its object ("The ferry club issued a statement
    saying"): the subject ends before it."""
    if verb >= len(s.tokens) or not 1 <= verb - j <= MOST_SUBJECT_WORDS + MOST_OBJECT_WORDS or \
            s.low(j) in SUBORDINATORS:
        return None
    if not all(s.tokens[m].is_word and s.low(m) not in WRITER_FORMS for m in range(j, verb)):
        return None
    cut = next((m - 1 for m in range(j + 2, verb) if s.low(m) in DETERMINERS and s.tokens[m - 1].text.islower()
                and s.low(m - 1) not in OBJECT_LINKS), None)
    verb = verb if cut is None else cut
    if not 1 <= verb - j <= MOST_SUBJECT_WORDS:
        return None
    last = verb - 1
    if cut is not None and s.low(j) in DETERMINERS and s.tokens[last].text.islower():
        return j, verb, "described"  # "The ferry club": a determiner and its noun
    if not (s.noun(last) or s.name(last) or (s.tokens[last].text.islower() and s.low(last).endswith("s"))):
        return None
    return j, verb, "named" if any(s.name(m) for m in range(j, verb)) else "described"


def _plain_noun(s: _Sentence, k: int) -> bool:
    """A lower-case word that can go on a noun phrase: no small word, verb of saying, participle or adverb."""
    token = s.tokens[k]
    low = token.low
    return token.is_word and token.text.islower() and low not in s.functions and low not in SAYING and \
        not low.endswith(("ed", "ing", "ly")) and not token.has_digit


def _aside_speaker(s: _Sentence, k: int):
    """A name set off by commas right before the verb, after a description of it: "Facebook built the tool, a
    spokeswoman, Anna Ruiz, said on Saturday" -- the name between the last two commas speaks."""
    if s.tokens[k - 1].text != ",":
        return None
    m = k - 2
    while m >= 0 and k - 2 - m < 5 and (s.name(m) or s.tokens[m].text == "."):
        m -= 1
    if m < 1 or m == k - 2 or s.tokens[m].text != "," or not s.name(m + 1):
        return None
    before = m - 1
    while before >= 0 and m - before < 6 and s.tokens[before].text != ",":
        before -= 1
    if before < 0 or s.tokens[before].text != "," or s.low(before + 1) not in ("a", "an", "the"):
        return None  # "Ruiz, a nurse, said": read as the clause's subject; here a description stands before it
    return m + 1, k - 1, "named", s.low(m + 1)


def _inverted_subject(s: _Sentence, k: int):
    """The speaker after an inverted verb closing the words before it ('..., said a former trade official'):
    a phrase that is no pronoun ("..., said she was" reports forward) and ends the sentence, an aside or
    a clause of its own ("who ...", "in Paris")."""
    if not (s.tokens[k - 1].text == "," or s.closes_quote(k - 1)) or s.words_between(s.start, s.tokens[k].start) < 3:
        return None
    if s.tokens[k - 1].text == "," and told_after_aside(s.tokens, k):
        return None  # "Okafor of Calder, Ore., told reporters on Monday ...": whom it was told, no speaker
    subject = _subject_at(s, k + 1, len(s.tokens)) or _plain_described(s, k + 1)
    if subject is None or subject[2] in ("pronoun", "writer"):
        return None
    if any(s.low(m) in CLAUSE_VERBS for m in range(subject[0], subject[1])):
        return None  # "Okafor of Flint, Mich., said the pier would close": a clause of its own, no speaker
    after = subject[1]
    if after < len(s.tokens) and s.low(after) not in DESCRIBED_ENDS and s.tokens[after].text not in DESCRIBED_ENDS:
        return None
    return subject


def _clause_subject(s: _Sentence, first: int, k: int):
    """The subject of the clause whose verb is token `k`: read forward from where the clause starts (after
    "But", an opening phrase such as "On Monday, however," or a leading clause ending in a comma)."""
    start = first
    if s.low(start) in LEADING_JOINERS and start + 1 < k:
        start += 1
    start = opening_end(s.tokens, start) or start
    candidates = [start] + [m + 1 for m in range(start, k - 1) if s.tokens[m].text in BREAKS]
    for c in candidates:
        while c < k and (s.low(c) in OPENING_FILLERS or (s.low(c) == "even" and s.low(c + 1) not in SUBORDINATORS)):
            c += 1  # "But", ", however,", an "Even" that only stresses the subject ("Even the hawks say")
        if s.low(c) == "even":
            continue  # "Even if ...": a clause of condition, no subject
        if c >= k or s.low(c) in SUBORDINATORS or s.in_quote(c) or s.tokens[c].text in QUOTE_MARKS:
            continue
        subject = _subject_at(s, c, k)
        if subject is not None:
            return subject
    return None


def _plain_described(s: _Sentence, j: int):
    """A described speaker after an inverted verb, longer than the frame readers take: "..., said a former
    senior trade official", "..., said one of two witnesses who ...": from a determiner up to where the
    sentence, an aside or a clause begins, at most eight words."""
    if s.low(j) not in ("a", "an", "the", "one", "another", "two", "three", "several", "many"):
        return None
    k = j + 1
    while k < len(s.tokens) and k - j <= 8 and s.low(k) not in DESCRIBED_ENDS and \
            s.tokens[k].text not in DESCRIBED_ENDS:
        k += 1
    if k == j + 1 or k - j > 8 or not s.tokens[k - 1].is_word:
        return None
    return j, k, "described", s.low(j)
