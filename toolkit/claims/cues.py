"""Cues: the words and marks that show whose voice a sentence speaks in.

A cue is a span of the article text with a kind ("hedge", "reporting_verb", ...), the label
it points to, and one line a student can read saying why it matters. This module finds the
cues that come from word lists and from the shape of a sentence (a question, an order to
the reader, a date). Who a claim is credited to is found by `toolkit.claims.attribution`; how much
each cue counts is decided in `toolkit.claims.sentence_labels`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from operator import attrgetter
from typing import Any, Sequence

from toolkit.text.tokens import (OPENING_QUOTES, QUOTE_MARKS, Token, is_title_case, name_runs,
                                 word_list)
from toolkit.claims.fixed_phrases import judges_nothing
from toolkit.claims.phrase_matcher import listed_phrases, listed_phrases_of
from toolkit.claims.plain_senses import plain_sense
from toolkit.claims.hedge_senses import reporting_sense
from toolkit.claims.sentence_words import sentence_words, word_places
from toolkit.claims.saying_manner import manner_of_saying
from toolkit.text.frozen_records import quick_maker

#: Every cue kind, the label it points to, and a short name for it in the widgets.
CUE_KINDS: dict[str, tuple[str, str]] = {
    "reporting_verb": ("attributed", "reporting verb"),
    "according_to": ("attributed", "according to"),
    "quotation": ("attributed", "quotation"),
    "document": ("attributed", "document as source"),
    "source": ("attributed", "source"),
    "via": ("attributed", "passed on by"),
    "hedge": ("opinion", "hedge"),
    "weasel": ("opinion", "weasel words"),
    "modal": ("opinion", "prediction or should"),
    "evaluative": ("opinion", "judgment word"),
    "intensifier": ("opinion", "intensifier"),
    "loaded": ("opinion", "loaded language"),
    "second_person": ("opinion", "talks to you"),
    "imperative": ("opinion", "gives an order"),
    "certainty": ("opinion", "claims certainty"),
    "interpretation": ("opinion", "interprets"),
    "first_person": ("opinion", "the writer's 'I' or 'we'"),
    "question": ("opinion", "question"),
    "exclamation": ("opinion", "exclamation"),
    "scare_quote": ("opinion", "scare quotes"),
    "navigation": ("opinion", "points you elsewhere"),
    "specific": ("fact", "checkable detail"),
    "plain": ("fact", "plain statement"),
    "credit": ("fact", "credit line"),
    "no_claim": ("no_claim", "makes no claim"),  # navigation, site text, credits: toolkit.claims.non_claims
}

#: Word lists that make cues directly, in the order they win when two match the same words.
CUE_LISTS = (
    "certainty", "interpretation", "weasel", "navigation", "first_person", "first_person_plural", "second_person",
    "modal_prescription", "modal_speculation", "modal_future", "hedges", "stance_adverbs", "intensifiers",
    "evaluative", "evaluative_mild", "absolutes", "figurative", "figurative_verbs",
)

#: Words that open a sentence without being its verb, skipped when looking for an order ("So, imagine ...").
_OPENERS = frozenset({"so", "and", "but", "now", "then", "just", "please", "okay", "ok", "well", "oh", "first",
                      "next", "finally", "also", "simply", "go", "come"})
#: Words after "most"/"least" that do not make a ranking judgment ("most of", "most recent").
_NOT_SUPERLATIVE = frozenset({"of", "people", "recent", "recently", "likely", "often", "frequently", "common",
                              "commonly", "part", "times", "cases", "americans", "countries", "states", "votes",
                              "seats", "populous", "widely", "used", "read", "viewed"})
#: Words before "will", "must", "may" that make them nouns ("the will of the people", "a must").
_NOUN_MAKERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "free", "political",
                          "good", "ill", "last", "own", "this"})
#: Nouns after "good" / "great" that make it an amount ("a great deal of", "a good many", "the great majority").
_AMOUNT_NOUNS = frozenset({"deal", "many", "number", "numbers", "majority", "part", "portion", "share", "while"})
#: Judgment words that are also the names of offences, and the words of a legal case that make them so.
_OFFENCES = frozenset({"fraud", "corruption", "corrupt", "scam"})
_LEGAL_WORDS = frozenset({"charged", "charge", "charges", "convicted", "conviction", "accused", "indicted", "sued",
                          "lawsuit", "suit", "guilty", "arrested", "prosecuted", "prosecution", "investigated",
                          "investigation", "investigating", "trial", "sentenced", "jailed", "alleged", "allegations",
                          "alleging", "probe", "acquitted"})
#: Superlatives in the judgment lists that a stated record can make checkable ("the worst floods on record").
_SUPERLATIVE_JUDGMENTS = frozenset({"best", "worst", "greatest", "finest"})
_NUMBER_JOINERS = frozenset({",", "$", "\u00a3", "\u20ac", "%", "percent", "per", "cent", "-", ".", "/"})


@dataclass(frozen=True)
class Cue:
    """A span of the text that says something about whose voice a sentence is in.

    `kind` is one of `CUE_KINDS`, `family` the word list or rule that found it, `points_to`
    the label it argues for, `weight` how much it moved the sentence towards opinion
    (negative: towards fact; 0 for attribution cues, which work by rule), and `reported`
    whether it sits inside someone else's words, where it says nothing about the writer.
    """

    start: int
    end: int
    text: str
    kind: str
    why: str
    family: str = ""
    points_to: str = ""
    weight: float = 0.0
    reported: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def make_cue(text: str, start: int, end: int, kind: str, why: str, family: str = "", **fields: Any) -> Cue:
    """A cue over `text[start:end]`, its quoted text filled in and its label looked up."""
    if fields:  # a weight or `reported` given (a loaded word)
        return _make_cue(start=start, end=end, text=text[start:end], kind=kind, why=why, family=family or kind,
                         points_to=CUE_KINDS[kind][0], **fields)
    # (the usual cue, with the defaults: the fields by position, without `**fields`, which costs more than the rest)
    return _make_cue(start, end, text[start:end], kind, why, family or kind, CUE_KINDS[kind][0])


_make_cue = quick_maker(Cue)  # a few cues per sentence: made without the frozen guard's cost


def quoted(words: str) -> str:
    return "\u201c" + " ".join(words.split()) + "\u201d"


def why_for(list_name: str, matched: str) -> str:
    """The student-facing reason of a word list, with the matched words put in."""
    template = word_list(list_name).why or "{text}"
    return template.replace('"{text}"', quoted(matched)).replace("{text}", matched)


# ----- cues from word lists -----------------------------------------------------------------

def lexical_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """Cues found by the word lists of `CUE_LISTS`, one per span (the first list wins a tie)."""
    words = sentence_words(tokens)
    title_case, first = words.title_case, words.first
    taken: list[tuple[int, int]] = []
    cues: list[Cue] = []
    candidates: list[tuple[int, int, str]] = []
    found = listed_phrases_of(tokens, CUE_LISTS)
    for name, phrases in zip(CUE_LISTS, found) if any(found) else ():  # (most lists match nothing: one C pass)
        for i, j in phrases:
            if _keeps(tokens, i, j, name, first, title_case):
                candidates.append((i - j, _LIST_RANK[name], i, j, name))
    # Longer phrases first, then the list order above (one list's phrases never start at the same token,
    # so the first three items decide and the tuples sort as they are).
    candidates.sort()
    for _, _, i, j, name in candidates:
        if any(i < b and a < j for a, b in taken):
            continue
        taken.append((i, j))
        start, end = tokens[i].start, tokens[j - 1].end
        cues.append(make_cue(text, start, end, word_list(name).kind, why_for(name, text[start:end]), family=name))
    cues.extend(superlative_cues(text, tokens, title_case, taken))
    cues.sort(key=_BY_PLACE)
    return cues


#: Where each list of `CUE_LISTS` stands in it (the earlier list wins a tie).
_LIST_RANK = {name: rank for rank, name in enumerate(CUE_LISTS)}
_BY_PLACE = attrgetter("start", "end")
_BY_START = attrgetter("start")


def _keeps(tokens: Sequence[Token], i: int, j: int, name: str, first: int | None, title_case: bool) -> bool:
    """Rules that stop a word-list match from counting where the word means something else."""
    token = tokens[i]
    previous = tokens[i - 1].low if i > 0 else ""
    following = tokens[j].low if j < len(tokens) else ""
    # A capitalised word inside a sentence is part of a name: "Great Britain", "Key West", "May 9".
    if token.is_capitalised and i != first and not title_case and token.text != "I" and name not in (
            "first_person", "first_person_plural"):
        if not (i > 0 and tokens[i - 1].text in OPENING_QUOTES + '":'):
            return False
    # Short words in capitals are abbreviations, not words: "US" is not "us", "IT" is not "it".
    if j - i == 1 and token.text.isupper() and len(token.text) <= 3 and token.text != "I" and not title_case:
        return False
    if name == "first_person" and token.low == "i" and token.text != "I":
        return False
    # "Feeding Our Future", "Save Our Schools": a capitalised "Our" between capitalised words is a name's.
    if name in ("first_person", "first_person_plural") and token.text != "I" and token.is_capitalised and \
            i != first and not title_case and 0 < i and j < len(tokens) and \
            tokens[i - 1].is_capitalised and tokens[j].is_capitalised:
        return False
    if name in ("modal_speculation", "modal_future", "modal_prescription") and j - i == 1:
        if previous in _NOUN_MAKERS:
            return False
        if token.low == "may" and (tokens[j].has_digit if j < len(tokens) else False):
            return False
    if name == "modal_prescription" and token.low == "should" and _conditional_should(tokens, i, first):
        return False
    if name == "modal_prescription" and _procedure(tokens, j):
        return False  # "must be approved by the Senate": a rule and who acts under it, not the writer's "ought"
    if name == "stance_adverbs" and manner_of_saying(tokens, i):
        return False  # "said happily": how the speaker spoke, not the writer's feeling (saying_manner.py)
    if token.low in ("kind", "sort") and previous in {"a", "the", "this", "that", "what", "any", "every", "some",
                                                       "one", "same", "new", "another"}:
        return False
    if name == "evaluative_mild" and token.low in ("key", "major") and following in ("to", "of"):
        return False
    if name == "evaluative" and token.low in ("good", "great") and (
            following in _AMOUNT_NOUNS or previous == "for" and (j == len(tokens) or not tokens[j].is_word)):
        return False  # "a great deal of", "a good many", "gone for good": an amount or "for ever", not praise
    if name == "evaluative" and token.low in _OFFENCES and any(
            t.low in _LEGAL_WORDS for t in tokens[max(0, i - 8):i]):
        return False  # "sued for fraud", "charged with corruption": the offence a court is asked about
    if name == "evaluative" and j - i == 1 and token.low in _SUPERLATIVE_JUDGMENTS and _measured_record(tokens, j + 1):
        return False  # "the best pay rise in forty years": a record you can check
    if name == "evaluative" and j - i == 1 and judges_nothing(tokens, i):
        return False  # "her best friend", "on good terms", "told a joke" (toolkit.claims.fixed_phrases)
    if name in _PLAIN_SENSE_LISTS and plain_sense(tokens, i, j):
        return False  # "when necessary", "to welcome visitors", "empty flats" (toolkit.claims.plain_senses)
    if name in _REPORTING_SENSE_LISTS and reporting_sense(tokens, i, j):
        return False  # "twice as likely to", "allegedly stole", "a growing number of farmers" (toolkit.claims.hedge_senses)
    return True


#: Lists whose words have a plain sense that `toolkit.claims.plain_senses` tells apart.
_PLAIN_SENSE_LISTS = frozenset({"evaluative", "evaluative_mild", "certainty"})
#: Lists whose words have a reporting sense that `toolkit.claims.hedge_senses` tells apart.
_REPORTING_SENSE_LISTS = frozenset({"hedges", "weasel"})


#: Spans of time a record is counted over ("the best year in four decades").
_RECORD_SPANS = frozenset({"year", "years", "decade", "decades", "century", "centuries", "month", "months", "week",
                           "weeks", "generation", "generations"})
_COUNT_WORDS = frozenset({"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                          "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                          "hundred", "several", "many", "over", "nearly", "almost", "more", "than", "the", "past",
                          "last", "at", "least"})
_RECORD_STOPS = frozenset({",", ";", ":", ".", "!", "?", "and", "but"})


def _measured_record(tokens: Sequence[Token], j: int) -> bool:
    """ "the best pay rise in forty years", "the wettest June on record", "the lowest since 2008".

    A superlative measured against a stated record (a span of years, "on record", "since" a date)
    is a ranking anyone can check, not the writer's verdict. `j` is the index just after the superlative.
    """
    times = word_list("time_words")
    window: list[Token] = []
    for token in tokens[j:j + 10]:
        if token.low in _RECORD_STOPS:
            break
        window.append(token)
    lows = [t.low for t in window]
    for k, low in enumerate(lows):
        after = lows[k + 1:k + 5]
        if low == "on" and after[:1] == ["record"]:
            return True
        if low in ("ever", "yet") and after[:1] in (["recorded"], ["measured"]):
            return True
        if low == "since" and any(t.has_digit or t.low in times or t.low == "records" for t in window[k + 1:k + 4]):
            return True
        if low == "in":
            for m, word in enumerate(after):
                if word in _RECORD_SPANS:
                    if m > 0 and all(w in _COUNT_WORDS or window[k + 1 + n].has_digit
                                     for n, w in enumerate(after[:m])):
                        return True  # "in over forty years", "in 12 months"; not a bare "in years"
                    break
                if not (word in _COUNT_WORDS or window[k + 1 + m].has_digit):
                    break
    return False


#: Words that open a condition: "if it should rain" is a supposition, not an "ought".
_CONDITION_OPENERS = frozenset({"if", "unless", "lest", "case"})


def _conditional_should(tokens: Sequence[Token], i: int, first: int | None) -> bool:
    """ "if prices should fall", "Should the talks fail, ...": "should" supposing, not prescribing.

    A condition opener at most three words before "should", or "Should" opening a sentence that is not a
    question (an inverted condition: "Should the vote fail, the bill returns").
    """
    if any(t.low in _CONDITION_OPENERS for t in tokens[max(0, i - 3):i]):
        return True
    if i == first:
        last = next((t for t in reversed(tokens) if t.text not in QUOTE_MARKS and t.text not in ")]"), None)
        return last is not None and last.text != "?" and any(t.text == "," for t in tokens[i + 1:])
    return False


#: Words that may stand between an obligation and its passive verb ("needs to still be ratified").
_PROCEDURE_FILLERS = frozenset({"still", "first", "also", "now", "yet", "then", "ultimately", "formally"})


#: The last word of an obligation that a procedure imposes ("must", "need to", "has to"; not "should").
_PROCEDURE_MODALS = frozenset({"must", "to"})
#: The steps of a procedure: approving, signing, ratifying, deciding a case.
_PROCEDURE_VERBS = frozenset({"approved", "ratified", "signed", "confirmed", "certified", "authorised", "authorized",
                              "cleared", "endorsed", "passed", "reviewed", "settled", "decided", "submitted", "filed",
                              "validated", "countersigned", "rubber-stamped", "vetted", "licensed", "registered",
                              "notified", "published", "audited", "adopted"})


def _procedure(tokens: Sequence[Token], j: int) -> bool:
    """ "needs to be ratified by members", "must first be approved by the Senate": an obligation in the passive
    whose agent is named with "by" states a procedure (who must act under a rule), which can be checked.

    `j` is the index just after the modal words.
    """
    if tokens[j - 1].low not in _PROCEDURE_MODALS or (j >= 2 and tokens[j - 2].low in ("ought", "time")):
        return False  # "should (ought to) be approved by the Senate" is still the writer's "ought"
    k = j
    while k < len(tokens) and tokens[k].low in _PROCEDURE_FILLERS:
        k += 1
    if k + 2 >= len(tokens) or tokens[k].low != "be":
        return False
    if tokens[k + 1].low not in _PROCEDURE_VERBS:
        return False  # "must be stopped by Congress" is a demand; only the steps of a procedure are checkable
    return tokens[k + 2].low == "by" or (k + 3 < len(tokens) and tokens[k + 3].low == "by")


def superlative_cues(text: str, tokens: Sequence[Token], title_case: bool,
                     taken: list[tuple[int, int]]) -> list[Cue]:
    """"the most advanced", "one of the most serious": ranking that is a judgment unless someone measured it."""
    cues = []
    low_set = sentence_words(tokens).low_set
    if "most" not in low_set and "least" not in low_set:
        return cues
    for i, token in enumerate(tokens[:-1]):
        if token.low not in ("most", "least") or any(a <= i < b for a, b in taken):
            continue
        nxt = tokens[i + 1]
        if not nxt.is_word or nxt.low in _NOT_SUPERLATIVE or nxt.has_digit:
            continue
        if nxt.is_capitalised and not title_case:
            continue
        before = tokens[i - 1].low if i > 0 else ""
        if not (before in ("the", "one") or before.endswith("'s") or title_case or before == "of"):
            continue
        if _measured_record(tokens, i + 2):
            continue
        start, end = token.start, nxt.end
        words = text[start:end]
        cues.append(make_cue(text, start, end, "evaluative",
                             f"{quoted(words)} ranks something as the top or bottom of its kind: a judgment, "
                             "unless the writer says who measured it.", family="superlative"))
    return cues


# ----- cues from the shape of a sentence ----------------------------------------------------

def shape_cues(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> list[Cue]:
    """Questions, exclamations and orders to the reader, outside quotation marks."""
    cues: list[Cue] = []
    last = _last_mark(tokens)
    if last is not None and not _in_quotes(quotes, last.start):
        if last.text == "?":
            cues.append(make_cue(text, last.start, last.end, "question",
                                 "A question in the writer's own voice often steers you towards an answer "
                                 "instead of reporting one.", family="question"))
        elif last.text == "!":
            cues.append(make_cue(text, last.start, last.end, "exclamation",
                                 "An exclamation mark shows strong feeling: reports state, arguments exclaim.",
                                 family="exclamation"))
    order = imperative_cue(text, tokens, quotes)
    if order is not None:
        cues.append(order)
    cleft = cleft_cue(text, tokens, quotes, last)
    if cleft is not None:
        cues.append(cleft)
    return cues


def cleft_cue(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
              last: Token | None) -> Cue | None:
    """"What Turkey is now doing is ...": the writer announces what something *really* is, an interpretation."""
    first = sentence_words(tokens).first
    if first is None or tokens[first].low != "what" or (last is not None and last.text == "?"):
        return None
    if _in_quotes(quotes, tokens[first].start):
        return None
    verbs = [i for i, t in enumerate(tokens[first + 1:first + 12], start=first + 1)
             if t.low in ("is", "are", "was", "were")]
    if len(verbs) < 2 and not (verbs and verbs[0] > first + 2):
        return None
    end = tokens[verbs[-1]].end
    words = text[tokens[first].start:end]
    return make_cue(text, tokens[first].start, end, "interpretation",
                    f"{quoted(words)} tells you what something really is: the writer's interpretation, "
                    "presented as if it were a report.", family="interpretation")


def _last_mark(tokens: Sequence[Token]) -> Token | None:
    for token in reversed(tokens):
        if token.text in QUOTE_MARKS or token.text in ")]":
            continue
        return token if token.text in "?!" else None
    return None


def _in_quotes(quotes: Sequence[tuple[int, int]], offset: int) -> bool:
    return any(s < offset < e for s, e in quotes)


def _first_words(tokens: Sequence[Token], count: int) -> list[int]:
    """The indices of the first `count` words (fewer when the sentence has fewer)."""
    found = []
    for i, token in enumerate(tokens):
        if token.is_word:
            found.append(i)
            if len(found) == count:
                break
    return found


def imperative_cue(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]]) -> Cue | None:
    """An order to the reader at the start of the sentence: "Say goodbye to ...", "For more, see ..."."""
    verbs = word_list("imperative_verbs")
    if verbs.words.isdisjoint(sentence_words(tokens).low_set):
        return None  # no verb of the list anywhere: nothing below could find one (most sentences)
    words = _first_words(tokens, 3)  # the rule reads at most the first three words, and whether there are two
    if len(words) < 2:
        return None
    candidates = []
    k = 0
    while k < len(words) and tokens[words[k]].low in _OPENERS and k < 2:
        k += 1
    if k < len(words):
        candidates.append(words[k])
    # After a short opening phrase and a comma: "For further information, see ...".
    for i, token in enumerate(tokens[:10]):
        if token.text == ",":
            nxt = next((w for w in range(i + 1, len(tokens)) if tokens[w].is_word), None)
            if nxt is not None:
                candidates.append(nxt)
            break
    for i in candidates:
        token = tokens[i]
        if _in_quotes(quotes, token.start) or token.low not in verbs:
            continue
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if after in {"is", "are", "was", "were", "has", "have", "had", "will", "would", "'s", "said", "says", "of",
                     "and", ",", "."} or tokens[i + 1:i + 2] and tokens[i + 1].text == "-":
            continue
        if i != words[0] and not token.text.islower() and not is_title_case(tokens):
            continue  # (a headline capitalises every word: "Fares Rise Again, Brace For More")
        if i == words[0] and token.text.islower() and not is_title_case(tokens):
            continue  # a sentence that starts in lower case is a fragment, not an order
        return make_cue(text, token.start, token.end, "imperative", why_for("imperative_verbs", token.text),
                        family="imperative")
    return None


# ----- checkable details --------------------------------------------------------------------

def specific_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """Numbers, dates and names: details a reader could look up, which make a statement checkable."""
    cues: list[Cue] = []
    times = word_list("time_words").words  # the one-word entries, as `x in WordList` reads them (without the call)
    amounts = word_list("quantities").words
    i = 0
    for k in _detail_places(tokens, times):  # in order; the tokens between them hold no digit and no time word
        if k < i:
            continue  # inside the detail just read
        i = k
        token = tokens[i]
        is_time = token.low in times and (token.is_capitalised or token.low not in ("may", "march"))
        if token.has_digit or is_time:
            j = i + 1
            while j < len(tokens) and (tokens[j].has_digit or tokens[j].low in times or tokens[j].low in amounts or
                                       (tokens[j].low in _NUMBER_JOINERS and j + 1 < len(tokens) and
                                        (tokens[j + 1].has_digit or tokens[j + 1].low in ("percent", "%")))
                                       or tokens[j].low in ("percent", "%")):
                j += 1
            if _is_name_code(tokens, i, j):
                i = j
                continue
            start, end = tokens[i].start, tokens[j - 1].end
            family = "date" if any(t.low in times for t in tokens[i:j]) or _looks_like_year(tokens[i:j]) else "number"
            what = "a date" if family == "date" else "a number"
            cues.append(make_cue(text, start, end, "specific",
                                 f"{quoted(text[start:end])} is {what}: a detail you could check.", family=family))
            i = j
    for name, family in (("time_phrases", "date"), ("quantities", "number")):
        for a, b in listed_phrases(tokens, name):
            start, end = tokens[a].start, tokens[b - 1].end
            if any(c.start < end and start < c.end for c in cues):
                continue
            cues.append(make_cue(text, start, end, "specific", why_for(name, text[start:end]), family=family))
    words = sentence_words(tokens)
    first = words.first
    if not words.title_case:
        for a, b in name_runs(tokens, title_case=False):
            if a == first and b - a == 1:
                continue  # one capitalised word opening a sentence may be any word
            for t in tokens[a:b]:
                if t.is_word and not (t.has_digit or t.low in times):
                    break
            else:
                continue  # every word of the run is a number or a time word: read as such above
            start, end = tokens[a].start, tokens[b - 1].end
            cues.append(make_cue(text, start, end, "specific",
                                 f"{quoted(text[start:end])} names a real person, place or organisation: "
                                 "something you can look up.", family="name"))
    cues.sort(key=_BY_START)
    return cues


def _detail_places(tokens: Sequence[Token], times: frozenset[str]) -> list[int]:
    """The indices of the tokens that hold a digit or are a time word, in order: where a number or a date
    can start. Found from the sentence's words (`sentence_words`) by searches in C, not a look at every token:
    its lower-case words joined by spaces hold the same digits as its tokens, and the spaces before a digit
    count the tokens before the one it is in."""
    if not tokens:
        return []
    words = sentence_words(tokens)
    joined = words.joined
    match = _DIGIT.search(joined)
    timed = times.intersection(words.low_set)
    if match is None and not timed:
        return []  # most sentences: no digit and no time word
    places: set[int] = set()
    # `k` counts the spaces before `seen`, so each stretch is counted once: a long run of numbers costs
    # its length, not its length times its numbers.
    k = seen = 0
    while match is not None:
        k += joined.count(" ", seen, match.start())
        seen = match.start()
        places.add(k)
        space = joined.find(" ", match.start())  # the end of the token the digit is in: its other digits add nothing
        if space < 0:
            break
        match = _DIGIT.search(joined, space + 1)
    for word in timed:
        places.update(word_places(words.lows, word))
    n = len(tokens)
    return sorted(k for k in places if k < n)


#: A digit anywhere in a sentence's stretch of text: every digit is inside one of its tokens.
_DIGIT = re.compile(r"\d")


def _is_name_code(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Model names such as "S-400" are names, not measurements: they are found with the names. A disease or
    model name written in lower case ("covid-19", the house style of some papers) is a name too, not a number
    anyone could check; a time word before the hyphen ("mid-2020") still makes a date."""
    if j - i != 1 or not tokens[i].text[0].isalpha():
        return False
    if tokens[i].is_capitalised:
        return True
    match = _LOWER_NAME_CODE.match(tokens[i].text)
    return match is not None and match.group(1) not in _DATE_PREFIXES


#: "covid-19", "sars-cov-2": letters, a hyphen, then the number that belongs to the name.
_LOWER_NAME_CODE = re.compile(r"([a-z]{3,})(?:-[a-z]+)*-\d+$")
#: Words before a hyphen that make the number after them a date or a span ("mid-2020", "pre-2008").
_DATE_PREFIXES = frozenset({"mid", "pre", "post", "late", "early", "end", "circa", "since", "until", "from"})


def _looks_like_year(tokens: Sequence[Token]) -> bool:
    return any(t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in tokens)


def plain_cue(text: str, start: int, end: int) -> Cue:
    """The reason given for a fact when no word in it argues either way."""
    return make_cue(text, start, end, "plain",
                    "No opinion words and no source named: the writer states this in their own voice, "
                    "as something that could be checked.", family="plain")
