"""The subject and the asides around a reporting verb, and the cue that names the source.

Part of `toolkit.claims.attribution` (the facade other code imports from). The reporting-verb
frames (`toolkit.claims.reporting_frames`) ask many small questions about the words before or
after the verb: is this an appositive (", a trade analyst at ...,"), a dash or bracket aside, a
relative clause, a crowd ("experts say"), a stance subject, a pronoun whose person is named
earlier? Those questions live here, apart from the long frame reader, together with
`_source_cue` and `_resolve`, which every frame uses to turn a source phrase into a cue and a
full name.
"""

from __future__ import annotations

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.crowd_sources import described_by_clause, vague_source_cue
from toolkit.claims.placed_asides import person_before_address
from toolkit.claims.people import FEMALE, given_name_sex, is_given_name, person_name, pronoun_fits, sex_of
from toolkit.claims.pronoun_sources import LEADING_JOINERS, opening_end
from toolkit.text.tokens import QUOTE_MARKS, word_list
from toolkit.claims.attribution_model import (ABBREVIATED_TITLES, APPOSITIVE_OPENERS, Attribution, DETERMINERS,
                                              FORECAST_MODALS, NOUN_MARKERS, NameBook, OTHER_PRONOUNS, PARTY_AND_STATE,
                                              PERSON_PRONOUNS, STRENGTH, WRITER_PRONOUNS, _bare, looks_like_person)
from toolkit.claims.source_phrases import (ADJUNCT_STARTERS, ASIDE_DASHES, ASIDE_MAX_TOKENS, CLAUSE_OPENERS,
                                           KNOWING_PHRASES, ONE_OF_MANY, _Sentence, _backward_phrase,
                                           _determiner_phrase, _forward_phrase, _subject_ending, _title_stop, describe)


def _source_cue(s: _Sentence, display: str, named: bool, span: tuple[int, int],
                resolved_from: str | None = None) -> Cue:
    shown = s.text[span[0]:span[1]]
    if resolved_from:
        why = f"{quoted(shown)} is {display}, named in full earlier: the words are credited to them."
    elif named:
        why = f"{quoted(shown)} is who the words are credited to."
    else:
        why = f"{quoted(shown)} describes the source without naming them: you know the kind of source, not who."
    return make_cue(s.text, span[0], span[1], "source", why, family="source")


def _resolve(display: str, named: bool, person: bool, book: NameBook,
             title_sex: str | None = None) -> tuple[str, bool, str | None]:
    """A lone surname as the full name met earlier; not across sexes ("Mrs. Clinton" is not "Bill Clinton")."""
    if named and len(display.split()) == 1:
        full = book.resolve(display)
        if full != display:
            if title_sex is not None and not pronoun_fits("she" if title_sex == FEMALE else "he",
                                                          given_name_sex(full.split()[0])):
                return display, True, None
            return full, True, display
    return display, person, None


def _crowd_attribution(s: _Sentence, a: int, b: int, kind: str, frame: tuple[int, int],
                       scope: tuple[tuple[int, int], ...], lead: Cue) -> Attribution:
    """A crowd credited with words, its source cue saying the source is vague ("legal experts said")."""
    wider = _backward_phrase(s, b - 1)
    if wider is not None and wider[0] < a and not any(s.name(x) for x in range(*wider)):
        a = wider[0]  # "law enforcement experts", not only "experts"
    verb_at = next((k for k, t in enumerate(s.tokens) if t.start == lead.start), b)
    if described_by_clause(s.tokens, (a, b), verb_at):
        b = verb_at  # "people who have fought spam for years": the clause says who they are
    display = describe(s, a, b)[0]
    cue = vague_source_cue(s.text, s.tokens[a].start, s.tokens[b - 1].end)
    return Attribution(display, kind, STRENGTH["unnamed"], False, (min(frame[0], s.tokens[a].start), frame[1]),
                       scope, (lead, cue))


#: Verbs of replying that a headline follows with "To" and what was answered: "Okafor Responds To Critics".
HEADLINE_REPLIES = frozenset({"responds", "responded", "replies", "replied", "answers", "answered"})
#: Words for a message someone sends out ("a statement", "an email", "a letter"), besides the nouns of saying.
MESSAGE_WORDS = frozenset({"email", "emails", "e-mail", "message", "messages", "release", "letter", "letters",
                           "note", "post", "video", "text", "memo", "tweet", "tweets", "ad", "advertisement",
                           "pitch", "appeal", "plea"})
#: Verbs of writing or speaking to someone: "wrote to the board saying ...", "spoke to the pilots saying".
ADDRESSING_VERBS = frozenset({"wrote", "writes", "write", "spoke", "speaks", "talked", "talks", "appealed",
                              "appeals", "pitched", "reached", "turned"})


def _sent_message(s: _Sentence, subject: tuple[int, int, str]) -> bool:
    """Whether the phrase before a participle of saying is a message that a verb sends, not a speaker:
    "issued a statement saying", "sent an email Wednesday saying" (a time word may follow the message)."""
    a, b, _ = subject
    last = b - 1
    if s.low(last) in word_list("time_words").words and last > a:
        last -= 1
    if a >= 3 and s.low(a - 1) == "to" and _sent_message(s, (a - 3, a - 1, "described")) or \
            a >= 2 and s.low(a - 1) == "to" and _sent_message(s, (a - 2, a - 1, "described")):
        return True  # "wrote a letter to the mayor asking ...": the writer asks, not the mayor
    if a >= 2 and s.low(a - 1) == "to" and s.low(a - 2) in ADDRESSING_VERBS:
        return True  # "wrote to the board saying ...": whoever wrote says it, not the board
    if not (s.low(last) in MESSAGE_WORDS or s.low(last) in word_list("speech_nouns").words):
        return False
    before = s.tokens[a - 1] if a > 0 else None
    return before is not None and before.is_word and before.text.islower() and before.low not in s.functions


def _head_person(s: _Sentence, book: NameBook, pronoun_at: int, pronoun: str) -> str | None:
    """The person named as the subject at the head of this sentence, before its "he" or "she", when
    the pronoun can mean them: "Okafor saw it otherwise: \u201c...,\u201d she said" is Okafor's, whoever
    spoke in the sentence before. A name after an opening phrase ("In Ohio, ...") is no subject."""
    first = s.first
    if first is not None and s.low(first) in LEADING_JOINERS and first + 1 < pronoun_at:
        first += 1  # "But Okafor, who had moved a year earlier, tossed cold water on it, she wrote"
    if first is not None and s.low(first) in ADJUNCT_STARTERS | OPENING_PREPOSITIONS:
        # "In her speech, Rhimes declared ...": the subject follows an opening phrase
        comma = next((x for x in range(first, min(first + 8, pronoun_at)) if s.tokens[x].text == ","), None)
        first = comma + 1 if comma is not None else first
    elif first is not None:
        first = opening_end(s.tokens, first) or first  # "A few minutes later, Murphy followed up: ..., he said"
    if first is None or first >= pronoun_at or s.in_quote(first):
        return None
    end = first
    while end < pronoun_at and (s.name(end) or _title_stop(s, end)):
        end += 1
    after = s.tokens[end].text
    aside = after == "(" or (after == "," and s.low(end + 1) not in PERSON_PRONOUNS | OTHER_PRONOUNS | WRITER_PRONOUNS
                             and (s.low(end + 1) in APPOSITIVE_OPENERS or s.low(end + 1) in s.titles
                                  or s.tokens[min(end + 1, len(s.tokens) - 1)].text.islower()))
    if end == first or not s.name(end - 1) or s.noun(end) or s.low(end - 1).endswith("'s") or \
            not (aside or (s.tokens[end].is_word and after.islower())):
        # no name first; a name before a noun or a possessive ("Okafor aides", "Okafor's aide"); a name
        # set off by a comma ("Ohio, he said, is ..."), which is what is spoken of, not who speaks
        return None
    display, named, _, person = describe(s, first, end)
    if not named:
        return None
    full = book.resolve(display) if len(display.split()) == 1 else display
    known = _bare(full.split()[-1]) in book.honorifics or any(
        _bare(r.split()[-1]) == _bare(full.split()[-1]) for r, _ in book.recent)
    if not (person or (full != display and looks_like_person(full.split())) or known):
        return None  # "Facebook created the tool, she said": a lone name nobody called a person
    full = person_name(full, book.common, book.by_surname, opens_sentence=True) or full
    if pronoun_fits(pronoun, sex_of(full, book.honorifics)):
        return full
    # "Murphy ..., he said" after "Anne Marie Murphy": another person of that surname, named as written
    return display if full != display and pronoun_fits(pronoun, sex_of(display, book.honorifics)) else None


#: "seem" and "appear" credit a look to someone only before "to", "that", "like" or a quality.
SEEM_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
PLACE_PREPOSITIONS = frozenset({"before", "at", "on", "in", "with", "alongside", "onstage", "during", "together",
                                "outside", "inside", "near", "beside", "behind"})


def _conditional(s: _Sentence, a: int, vi: int) -> bool:
    """Whether the subject at `a` and the verb at `vi` sit in an "if"/"whether" clause with a modal:
    "whether he would support Trump", "if the board will back the plan"."""
    return s.low(a - 1) in ("if", "whether") and any(s.low(x) in FORECAST_MODALS for x in range(a, vi))


def _names_person(s: _Sentence, subject: tuple[int, int, str], strict: bool = False) -> bool:
    """Whether a subject phrase is a person's name ("Ann Lee"), not a body or a description; `strict`
    asks for a given name, since two capitalised words may be a body too ("Harbour Watch")."""
    a, b, kind = subject
    if kind != "named":
        return False
    words = [t.text for t in s.tokens[a:b] if t.is_word and t.low not in DETERMINERS]
    return (bool(words) and is_given_name(words[0])) or (not strict and looks_like_person(words))


def _knowing_phrase(s: _Sentence, k: int):
    """A described source tied to what it knows, ending at token `k`: "a source close to him",
    "officials familiar with the talks" (the phrase before "close to" is who speaks)."""
    for x in range(k, max(-1, k - 7), -1):
        for phrase in KNOWING_PHRASES:
            if s.low(x) == phrase[0] and tuple(s.low(x + n) for n in range(len(phrase))) == phrase and \
                    x + len(phrase) <= k:  # the first word alone rules out nearly every place
                head = _subject_ending(s, x - 1) or _determiner_phrase(s, x - 1)  # "a person close to"
                if head is not None and head[2] in ("named", "described"):
                    return head[0], k + 1, "described"
                return None
        if s.tokens[x].text in ",;:.!?" or s.tokens[x].text in QUOTE_MARKS:
            return None
    return None


#: Prepositions after a sentence's first word that show it opens a phrase of time or place
#: ("Later on Sunday, ...", "Here in Columbia, ..."), not the subject.
OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "that", "this", "last"})


def _stance_subject(s: _Sentence, k: int, vi: int):
    """The subject of a stance verb: a source right before it ("Ruiz backs", "the union plans"), no possessive."""
    if k < 0 or s.tokens[k].text in (",", ")") or s.low(k).endswith("'s") or s.in_quote(vi):
        return None
    subject = _subject_ending(s, k)
    if subject is None or subject[2] not in ("named", "described", "pronoun"):
        return None
    if s.low(vi - 1) in ("to", "not") and vi - 1 == k:
        return None
    if (subject[1] - subject[0] == 1 and s.low(subject[0] - 1) in NOUN_MARKERS) or s.low(vi + 1) == "of":
        return None  # "decades of Republican support", "the plans of": the verb is a noun here
    core = next((x for x in range(subject[0], subject[1]) if s.name(x) or s.noun(x)), subject[0])
    if subject[2] == "named" and subject[1] - core == 1:
        if core > subject[0]:
            return None  # "The Orlando attack", "tepid Latino support": a name before a noun
        before = s.tokens[core - 1].text if core > 0 else ""
        if before.lower() in FORECAST_MODALS or (before.islower() and before.isalpha() and before not in CLAUSE_OPENERS
                                                 and before not in s.functions):
            return None  # "relatively tepid Latino support", "will Clinton attack"
    if any(s.low(x) in FORECAST_MODALS for x in range(subject[1], vi)) and any(
            t.low in ("perhaps", "maybe", "probably", "likely", "possibly") for t in s.tokens):
        return None  # "Perhaps Russia will oppose": the writer's guess, not Russia's stated stance
    return subject


def _parenthesis_opening(s: _Sentence, k: int) -> int | None:
    """The "(" that the ")" at token `k` closes, if a short aside lies between them."""
    m = k - 1
    while m >= 0 and k - m <= ASIDE_MAX_TOKENS:
        text = s.tokens[m].text
        if text == "(":
            return m if m < k - 1 else None
        if text in ";!?()" or text in QUOTE_MARKS:
            return None
        m -= 1
    return None


def _appositive_start(s: _Sentence, k: int) -> int | None:
    """The comma opening an appositive that ends at comma `k`, if the words between describe someone."""
    m = k - 1
    nested = False
    while m >= 0 and k - m < 45:
        text = s.tokens[m].text
        if text == "." and m > 0 and (PARTY_AND_STATE.match(s.tokens[m - 1].text) or _title_stop(s, m)
                                      or _place_abbreviation(s, m) or _number_sign(s, m)):
            m -= 1  # "D-N.Y.", "Mrs. Obama's chief of staff", "Flint, Mich.,", "the No. 2 Republican": an abbreviation's full stop
            continue
        if text in APOSTROPHES and m > 0 and s.tokens[m - 1].end == s.tokens[m].start and \
                s.low(m - 1).endswith("s") and s.tokens[m - 1].is_word:
            m -= 1  # "Sanders' campaign manager": a possessive, not a quotation
            continue
        if text in QUOTE_MARKS and m > 0:
            # a short title in quotation marks inside the aside: 'the co-author of "Going Viral," said'
            opening_mark = next((x for x in range(m - 1, max(-1, m - 8), -1) if s.tokens[x].text in QUOTE_MARKS), None)
            if opening_mark is not None and opening_mark > 0 and s.tokens[opening_mark - 1].is_word:
                m = opening_mark - 1
                continue
            return None
        if text in ".;!?":
            return None
        if text == ",":
            opener = s.low(m + 1)
            if (opener in APPOSITIVE_OPENERS or opener in s.titles or s.tokens[m + 1].has_digit
                    or PARTY_AND_STATE.match(s.tokens[m + 1].text) or _possessive_description(s, m + 1, k)
                    or _where_aside(s, m + 1) or s.low(m + 1) in ONE_OF_MANY or _job_of(s, m + 1)
                    or _participle_aside(s, m + 1)
                    or (s.low(m + 1) in ("both", "all") and s.tokens[m + 2].text[:1].isupper()
                        if m + 2 < len(s.tokens) else False)):  # "Berger and Moore, both Republicans, said"
                return m
            place = s.name(m + 1) and s.name(m - 1)  # "Columbus, Ohio,": a place inside the aside
            if not (s.name(m + 1) and (not nested or place)):
                return _relative_clause_start(s, m, k)
            nested = nested or not place  # "Vian, the editor of the paper, L'Osservatore Romano, said"
        m -= 1
    return None


def _number_sign(s: _Sentence, m: int) -> bool:
    """The full stop of "No." before a number ("the No. 2 Republican in the Senate"): no sentence ends."""
    return s.tokens[m - 1].text in ("No", "Nos") and m + 1 < len(s.tokens) and s.tokens[m + 1].has_digit


#: Apostrophes that may stand alone after a name ending in "s" ("Sanders’ campaign manager").
APOSTROPHES = frozenset({"'", "\u2019"})


def _until_comma(s: _Sentence, j: int, most: int) -> list[str]:
    """The lower-case words from token `j` up to the next comma, at most `most` of them."""
    out = []
    for x in range(j, min(j + most, len(s.tokens))):
        if s.tokens[x].text == ",":
            break
        out.append(s.low(x))
    return out


#: Past participles that open an aside describing someone: "Ana Lopez, clad in a red cape, said".
ASIDE_PARTICIPLES = frozenset({"clad", "dressed", "flanked", "surrounded", "accompanied", "joined", "seated",
                               "standing", "sitting", "speaking", "wearing", "holding", "citing", "pointing",
                               "referring", "reflecting", "responding", "echoing", "appearing", "returning"})


def _participle_aside(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` describes what someone was doing or wearing: "wearing a
    cowboy hat", "clad in a red cape", "citing data from the department", "speaking in Ohio"."""
    token = s.tokens[j] if j < len(s.tokens) else None
    return token is not None and token.is_word and token.text.islower() and (
        token.low in ASIDE_PARTICIPLES or (token.low.endswith("ing") and len(token.low) > 5
                                           and token.low not in s.functions
                                           and j + 1 < len(s.tokens) and s.tokens[j + 1].is_word)
        or (token.low in ("in", "after", "while", "before", "when") and s.low(j + 1).endswith("ing")))
    # "Judicial Watch, in releasing the email, noted"


def _place_abbreviation(s: _Sentence, k: int) -> bool:
    """Whether the full stop at `k` closes a short place name after a comma: "Flint, Mich.,", "Dover, Del.,"."""
    word = s.tokens[k - 1] if k >= 1 else None
    return (word is not None and word.is_word and word.text[:1].isupper() and word.text.isalpha()
            and len(word.text) <= 5 and word.end == s.tokens[k].start and k >= 2 and s.tokens[k - 2].text == ","
            and s.low(k + 1) == ",")


def _possessive_description(s: _Sentence, j: int, k: int) -> bool:
    """Whether the words from token `j` to comma `k` describe someone by whose they are: "Sanders'
    campaign manager", "Mrs. Obama's chief of staff" (a possessive name, then a title or a job)."""
    m = j
    while m < k and m - j < 5 and (s.name(m) or _title_stop(s, m) or s.low(m) in ABBREVIATED_TITLES):
        low = s.low(m).replace("\u2019", "'")
        if low.endswith("'s"):
            return m + 1 < k and (s.noun(m + 1) or s.noun(k - 1))
        if s.tokens[m + 1].text in APOSTROPHES and s.tokens[m + 1].start == s.tokens[m].end and low.endswith("s"):
            return m + 2 < k and (s.noun(m + 2) or s.noun(k - 1))
        m += 1
    return False


def _relative_clause_start(s: _Sentence, m: int, k: int) -> int | None:
    """The ", who" opening a relative clause that has commas of its own ("Amsel, who flew to Bangor,
    Maine, on Friday to open the pier, said"), searching back from comma `m`."""
    while m >= 0 and k - m < 45:
        text = s.tokens[m].text
        if text in ".;!?" and not _title_stop(s, m) or text in QUOTE_MARKS:
            return None
        if text == "," and s.low(m + 1) in ("who", "whose"):
            return m
        m -= 1
    return None


def _named_appositive(s: _Sentence, k: int):
    """A name between two commas right before the verb: "The minister, Ana Lopez, said"; the name
    may say where the person works ("Another pollster, Tom Reyes of Bay College, said")."""
    m = k - 1
    end = k
    while m >= 0 and (s.name(m) or (s.low(m) in WHERE_WORDS and s.name(m - 1) and s.name(m + 1))):
        if not s.name(m):
            end = m  # the person's name ends before "of Bay College"
        m -= 1
    if end < k and not looks_like_person([t.text for t in s.tokens[m + 1:end]]):
        return None
    if m < k - 1 and m >= 1 and s.tokens[m].text == "," and (s.noun(m - 1) or s.name(m - 1) or (
            m >= 2 and s.low(m - 2) in DETERMINERS and s.tokens[m - 1].text.islower()) or (
            s.tokens[m - 1].is_word and looks_like_person([t.text for t in s.tokens[m + 1:end]]))):
        # "Tom Okafor of Flint, Michigan, said": the state ends an address; the person before it speaks
        return person_before_address(s, m, m + 1, end) or (m + 1, end, "named")  # "the skipper, John Moss, told"
    return None


#: Words that open an aside saying where someone is from or works ("Novak, at the Harbour Institute,").
WHERE_WORDS = frozenset({"at", "from", "of"})
#: Party words that open an aside with "of" ("Senator Ana Lopez, Republican of Maine, said").
PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "independent", "conservative", "labour", "liberal"})


def _job_of(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` is a job at a place: "dean of the law school",
    "co-founder of Harbour Watch", "professor at Bay College" (a lower-case noun, then of/at/for)."""
    def plain(k: int) -> bool:
        token = s.tokens[k] if k < len(s.tokens) else None
        return (token is not None and token.is_word and token.text.islower() and token.low not in s.functions
                and not token.low.endswith("ly"))

    if plain(j) and s.low(j + 1) in ("of", "at", "for", "to"):
        return True  # "dean of the law school", "assistant to the president"
    # "communications director for the campaign", "senior policy adviser at": a few words, then the title
    k = j
    while k < j + 3 and plain(k) and s.low(k) not in s.titles:
        k += 1
    return k > j and plain(k) and s.low(k) in s.titles and s.low(k + 1) in ("of", "at", "for", "to")


def _where_aside(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` says where someone works or whom they represent:
    "at the Harbour Institute", "from Derry", "Republican of Maine"."""
    if s.low(j) in ("at", "from"):
        return s.low(j + 1) in DETERMINERS or s.name(j + 1)
    return s.low(j) in PARTY_WORDS and s.low(j + 1) in ("of", "from") and s.name(j + 2)


def _dash_opening(s: _Sentence, k: int) -> int | None:
    """The dash that opens the aside closed by the dash at `k`, if the aside is short and follows a word."""
    for x in range(k - 1, max(0, k - ASIDE_MAX_TOKENS) - 1, -1):
        if s.tokens[x].text == s.tokens[k].text:
            return x if x >= 1 and s.tokens[x - 1].is_word and _aside_dash(s, x) else None
    return None


def _aside_dash(s: _Sentence, k: int) -> bool:
    """A dash that sets off an aside: a long dash, or a hyphen typed with a space on each side ("Kim - who ... - said")."""
    token = s.tokens[k]
    if token.text in ASIDE_DASHES:
        return True
    return token.text == "-" and 0 < token.start and token.end < len(s.text) and \
        s.text[token.start - 1] == " " and s.text[token.end] == " "


def _forward_subject(s: _Sentence, j: int):
    if j >= len(s.tokens):
        return None
    low = s.low(j)
    if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return j, j + 1, "pronoun"
    if low in WRITER_PRONOUNS:
        return j, j + 1, "writer"
    phrase = _forward_phrase(s, j)
    if phrase is None:
        return None
    a, b = phrase
    return a, b, "named" if any(s.name(x) for x in range(a, b)) else "described"


def _scope(s: _Sentence, frame: tuple[int, int], closes: bool) -> tuple[tuple[int, int], ...]:
    """The reported words: before a frame that closes them ('..., said Isik'), else after the frame."""
    before = s.words_between(s.start, frame[0])
    after = s.words_between(frame[1], s.end)
    if closes and before >= 2:
        return ((s.start, frame[0]),)
    if after >= 2:
        return ((frame[1], s.end),)
    return ((s.start, frame[0]),) if before else ()
