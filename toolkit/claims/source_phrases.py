"""Reading a source phrase: the words around a reporting verb that name who is speaking.

Part of `toolkit.claims.attribution` (the facade other code imports from). One idea: given a
sentence (`_Sentence`, the tokens with their quotation and name flags made once) and a place in
it, find where the speaker's phrase starts and ends, forwards ("said the mayor of Bangor") or
backwards ("Can Kasapoglu, a defense analyst at ..., says"), and say what it is (`describe`: a
name cleaned of job titles, a described body, a document, an unnamed source). Datelines, short
titles, initials and the ends of subjects ("some of the riders", "two of them") are read here
too, since both the reporting-verb frames and the other frames read speakers the same way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
import re
from itertools import compress
from operator import attrgetter
from typing import Sequence

from toolkit.claims.group_heads import MOST_LINKS, PLACE_LINKS, capitalised_group_head, people_word
from toolkit.claims.knowing_sources import KNOWING_LINK_WORDS, KNOWING_LINKS, widened_source
from toolkit.claims.people import is_given_name, names_a_group, person_without_place
from toolkit.claims.read_once import read_once
from toolkit.claims.run_memo import run_answer, sentence_memo
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import (CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS, Token, WordList, first_word_index,
                                 is_title_case, name_word_flags, token_texts, word_list)
from toolkit.claims.attribution_model import (ABBREVIATED_TITLES, ASIDE_ADVERBS, DETERMINERS, INITIALS,
                                              NAME_JOINER_WORDS, NAME_SUFFIXES, ORGANISATION_WORDS, OTHER_PRONOUNS,
                                              PART_WORDS, PERSON_PRONOUNS, SHARE_WORDS, WRITER_PRONOUNS,
                                              looks_like_person)
from toolkit.claims.affiliated_people import person_before_affiliation
from toolkit.claims.share_subjects import opens_with_share
from toolkit.claims.employer_links import employer_link_start
from toolkit.claims.noun_look_alikes import SAYING_AFTER_TEXT, TEXT_FORMS
from toolkit.claims.sent_to import sent_phrase_start
from toolkit.claims.ly_nouns import ly_noun
from toolkit.claims.placed_groups import people_of_thing_in_place


# ----- reading source phrases ---------------------------------------------------------------

#: Dashes that close a dateline ("WASHINGTON —", "MACAU (Reuters) –").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
#: How many tokens a dateline may take before its dash: "SALEM, Ore., May 3 (Reuters) —" takes eleven.
DATELINE_REACH = 14


def _dateline_end(tokens: Sequence[Token]) -> int | None:
    """The index of the first token after a dateline ("WASHINGTON —", "DES MOINES, Iowa (AP) —", "SALEM, Ore.,
    May 3 (Reuters) —"), if any."""
    k = 0
    capitals = 0
    if DATELINE_DASHES.isdisjoint(token_texts(tokens)[:DATELINE_REACH]):  # (the texts the name rules read already)
        return None  # no dash among the first tokens: no dateline (most sentences), told in C
    while k < len(tokens) and k < DATELINE_REACH:
        text = tokens[k].text
        if text in DATELINE_DASHES:
            return k + 1 if capitals and k + 1 < len(tokens) else None
        if tokens[k].is_word and text.isupper() and len(text) > 1:
            capitals += 1
        elif not (text in ",.()" or (tokens[k].is_word and (text[:1].isupper() or text in ("de", "la")))
                  or (tokens[k].has_digit and len(text) <= 4)):  # "PARIS, Aug. 31 (Reuters) —": the day
            return None
        k += 1
    return None


#: A token's fields, read for a whole sentence at once (`map` calls these without a Python frame).
_LOW, _TEXT, _START, _END, _IS_WORD = (attrgetter(name) for name in ("low", "text", "start", "end", "is_word"))


class _Sentence:
    """A sentence's tokens with the facts the rules ask about them."""

    def __init__(self, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int, end: int):
        self.text = text
        self.given = tokens  # the labeller's own sequence: `low_set` is shared with its other rules through it
        # The labeller's own list when it is one: the phrase matcher and the sentence's words know a sentence by
        # its sequence object, so a copy would make them compare token ids again at every rule (rules never
        # change a sentence's tokens in place).
        self.tokens = tokens if type(tokens) is list else list(tokens)
        self.quotes = list(quotes)
        self.start = start
        self.end = end
        self.title_case = is_title_case(tokens)
        self.first = first_word_index(tokens)
        self.dateline = _dateline_end(self.tokens)
        if self.dateline is not None:
            self.first = self.dateline  # "WASHINGTON — Lawmakers said": the sentence starts after the place
            self.title_case = is_title_case(self.tokens[self.dateline:])
        self.titles = word_list("titles").words
        bodies = word_list("bodies")
        self.bodies = bodies.words
        self.body_pairs = _body_pairs(bodies)
        self.functions = word_list("function_words").words

    def low(self, i: int) -> str:
        """Token i's lower-case form, "" outside the sentence. The rules ask it up to some hundred times a
        sentence: at the first question `low` becomes a dictionary's own lookup (same answers, a third the cost)."""
        self.low = defaultdict(str, enumerate(map(_LOW, self.tokens))).__getitem__  # type: ignore[method-assign]
        return self.low(i)

    @read_once
    def low_set(self) -> frozenset[str]:
        """Every lower-case word of the sentence: a rule whose trigger words are not here can skip it."""
        return sentence_words(self.given).low_set

    def name(self, i: int) -> bool:
        """Whether token i can be part of a name (False outside the sentence). Worked out for every token at the
        first question; from then on `name` is a dictionary's own lookup, since the rules ask it many times."""
        self.name = defaultdict(bool, enumerate(_name_words(self))).__getitem__  # type: ignore[method-assign]
        return self.name(i)

    def in_quote(self, i: int) -> bool:
        token = self.tokens[i]
        return any(s < token.start and token.end <= e for s, e in self.quotes) and token.text not in QUOTE_MARKS

    def noun(self, i: int) -> bool:
        """A title or body word ("minister", "officials", "police", "council's"), singular or plural."""
        low = self.low(i)
        if low.endswith("'s"):
            low = low[:-2]
        stem = low[:-1] if low.endswith("s") else low
        if low in self.titles or low in self.bodies or stem in self.titles or stem in self.bodies:
            return True
        # either word of a two-word body ("think tank", "think tanks"): the pair names who speaks
        return stem in self.body_pairs[1] and (self._pair_at(i - 1) or self._pair_at(i))

    def _pair_at(self, i: int) -> bool:
        """Whether tokens i and i + 1 are a two-word entry of the bodies list, the second maybe plural."""
        second = self.low(i + 1)
        pairs = self.body_pairs[0]
        return bool(second) and i >= 0 and ((self.low(i), second) in pairs or (self.low(i), second[:-1]) in pairs)

    def closes_quote(self, i: int) -> bool:
        if not 0 <= i < len(self.tokens):
            return False
        text = self.tokens[i].text
        return text in CLOSING_QUOTES + '"' or (text == "'" and i > 0 and self.tokens[i - 1].text == "'")

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.tokens[a].start, self.tokens[b - 1].end

    def words_between(self, start: int, end: int) -> int:
        """How many words lie wholly inside `[start, end)`: by bisection, since tokens are in order and never overlap."""
        starts, ends = self._word_edges
        return max(0, bisect_right(ends, end) - bisect_left(starts, start))

    def indices_starting_in(self, start: int, end: int) -> range:
        """The indices of the tokens that start inside `[start, end)`: by bisection, tokens being in order."""
        starts = self._starts
        return range(bisect_left(starts, start), max(bisect_left(starts, start), bisect_left(starts, end)))

    @read_once
    def _starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    @read_once
    def _word_edges(self) -> tuple[list[int], list[int]]:
        words = list(compress(self.tokens, map(_IS_WORD, self.tokens)))
        return list(map(_START, words)), list(map(_END, words))


@sentence_memo(reads_quotes=False)
def _name_words(s: _Sentence) -> list[bool]:
    """Whether each token can be part of a name (see `_Sentence.name`), once per sentence and run."""
    names = name_word_flags(s.tokens, s.first, s.title_case)
    tokens = s.tokens
    n = len(tokens)
    # "Peter T. King", "Mr. King": no sentence starts after the stop. Only the words right after a stop are
    # looked at (`_personal_stop` needs one, and most words have none), the stops found by the list's search.
    texts = token_texts(tokens)
    stop = -1
    for _ in range(texts.count(".")):  # (counted first: no generator, and no ValueError after the last stop)
        stop = texts.index(".", stop + 1)
        k = stop + 1
        if k >= 2 and k < n and not names[k] and tokens[k].text[:1].isupper() and tokens[k].is_word and \
                _personal_stop(s, k - 1):
            names[k] = True
    return names


_last_read: _Sentence | None = None


def read_sentence(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int,
                  end: int) -> _Sentence:
    """The sentence with its quotations, made once for every rule that reads it (attribution frames, agents,
    quotation owners): the one made last is handed out again for the same token sequence, span and quotations."""
    global _last_read
    last = _last_read
    if last is not None and last.given is tokens and last.text is text and last.start == start and \
            last.end == end and last.quotes == list(quotes):
        return last
    if not quotes:
        # No quotations: the very sentence the name book read already (`plain_sentence`), with the answers it
        # has worked out (its words, its names), when it was read from this same token sequence.
        plain = plain_sentence(text, tokens, start, end)
        if plain.given is tokens:
            _last_read = plain
            return plain
    last = _last_read = _Sentence(text, tokens, quotes, start, end)
    return last


def plain_sentence(text: str, tokens: Sequence[Token], start: int, end: int) -> _Sentence:
    """The sentence `text[start:end]` read without its quotations (for its names), made once per span and run."""
    return run_answer(text, ("plain_sentence", start, end, len(tokens), id(tokens[0]) if tokens else None),
                      lambda: _Sentence(text, tokens, [], start, end))


#: Dashes that can set off an aside between a subject and its verb, and the longest aside read so.
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--"})
ASIDE_MAX_TOKENS = 25
#: Letters spelled with stops, as the tokenizer leaves them before the last stop: "F.B.I", "U.N".
SPELLED_LETTERS = re.compile(r"(?:[A-Za-z]\.){1,5}[A-Za-z]")
#: Words that open a reported question or explanation after a verb of saying: "she outlined how ...".
WH_CLAUSE_WORDS = frozenset({"how", "why", "what"})
#: Words that open a described source as an article does: "said one former staffer", "another aide said".
ONE_OF_MANY = frozenset({"one", "another"})
#: Words that count the people of a described source: "Both parents ..., saying", "several aides said".
GROUP_QUANTIFIERS = frozenset({"both", "several", "two", "three", "four", "five", "other"})
#: What ties a described source to what it knows: "a source close to him", "officials familiar with the talks"
#: (one list, kept with the rule that widens a source over it).
KNOWING_PHRASES = KNOWING_LINKS
KNOWING_FIRST_WORDS = frozenset(phrase[0] for phrase in KNOWING_PHRASES)  # a phrase is tried only where one stands
#: Words after a verb of saying that start an adjunct, not the reported words: "..., he said after the vote".
ADJUNCT_STARTERS = frozenset({"after", "before", "during", "in", "on", "at", "while", "when", "as", "from",
                              "outside", "inside", "through", "via", "by", ".", ",", ";", "!", "?"})


#: An ordinal before a rank: "1st Lt.", "2nd Class".
ORDINAL_RANK = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _forward_phrase(s: _Sentence, i: int) -> tuple[int, int] | None:
    """The source phrase starting at token `i`: "Turkish Defense Minister Fikri Isik", "the city clerk"."""
    n = len(s.tokens)
    a = i
    if s.low(i) in DETERMINERS or (s.low(i) in ONE_OF_MANY | GROUP_QUANTIFIERS and
                                   s.tokens[i + 1 if i + 1 < n else i].is_word):
        i += 1
    j = i
    last_good = None
    lower_run = 0
    while j < n:
        tok = s.tokens[j]
        if s.name(j):
            j += 1
            last_good = j
            lower_run = 0
            continue
        if s.noun(j):
            j += 1
            last_good = j
            lower_run = 0
            continue
        low = tok.low
        if low in ("of", "for", "and", "the", "de", "al") and last_good == j and s.name(j + 1):
            j += 1
            continue
        if ORDINAL_RANK.match(tok.text) and last_good == j and (
                s.low(j + 1) in ABBREVIATED_TITLES or s.low(j + 1) in s.titles):
            j += 1  # "Air Force 1st Lt. Ana Ruiz": an ordinal rank inside the title
            continue
        if _title_stop(s, j) and (s.name(j + 1) or _titled_name_at(s, j + 1)):
            j += 1  # "Mr. Hale", "Sen. Maria Lopez": the stop after a short title; "Harbor Co. President Ana Ruiz"
            continue
        if tok.is_word and tok.text.islower() and low not in s.functions and not tok.has_digit and lower_run < 3:
            j += 1
            lower_run += 1
            continue
        break
    if last_good is None:
        return None
    b = last_good
    if a < i and b < j and (j >= n or s.tokens[j].text in DESCRIBED_ENDS or s.low(j) in DESCRIBED_ENDS) and all(
            s.tokens[x].text.islower() and not s.low(x).endswith(("ly", "ed")) and s.low(x) not in word_list(
                "time_words").words and s.low(x) not in _all_reporting() and s.low(x) not in word_list(
                "document_verbs").words for x in range(b, j)):
        b = j  # "said one Trump confidant", "said a Clinton campaign volunteer": the plain noun ends the phrase
    if s.noun(b - 1) and s.low(b) in ("for", "at", "in", "of", "from", "with") and b + 1 < n:
        k = b + 1
        if s.low(k) in DETERMINERS:
            k += 1
        m = k
        while m < n and (s.name(m) or (s.low(m) in ("of", "for", "and") and s.name(m + 1))):
            m += 1
        if m > k:
            b = m
    return a, b


#: Words that open a described speaker after the verb: "said the designer", "tweeted another".
DESCRIBED_OPENERS = frozenset({"the", "a", "an", "one", "another"})
#: Where a described speaker after the verb may end: the sentence, an aside, or when and where it was said.
DESCRIBED_ENDS = frozenset({".", ",", "!", "?", ";", ":", "in", "on", "at", "during", "after", "before", "while",
                            "who", "\u2014", "\u2013", "--"})


#: The plainest verbs of saying, which take a subject of any shape: "the organizer of the rally said".
PLAIN_SAYING = frozenset({"say", "says", "said", "tell", "tells", "told"})
#: Words that end a clause's subject when read backwards from its verb.
SUBJECT_STOPS = frozenset({"that", "and", "but", "while", "because", "when", "if", "whether", "as", "who", "which",
                           "what", "where", "whom", "whose", "than", "so", "or", "nor", "to", "not", "will", "would",
                           "can", "could", "may", "might", "should", "must", "do", "does", "did", "is", "are", "was",
                           "were", "be", "been", "it", "this", "there", "him", "her", "them", "me", "us", "you",
                           "cannot", "let", "make", "makes", "made", "hear", "heard", "hearing"})
SUBJECT_MAX_TOKENS = 9


def _of_start(s: _Sentence, a: int) -> int:
    """Where a subject starting at `a` starts once every "of" before it is climbed back over, up to
    `MOST_LINKS` of them: "dozens of members of his party" (see `toolkit.claims.group_heads`)."""
    for _ in range(MOST_LINKS):
        start = _one_of_start(s, a)
        if start == a:
            start = employer_link_start(s, a)  # "A spokesman for the buyer said": the spokesman
        if start == a:
            start = sent_phrase_start(s, a)  # "The union's letter to its members notes": the letter
        if start == a:
            break
        a = start
    return a


def _one_of_start(s: _Sentence, a: int) -> int:
    """Where a subject starting at token `a` really starts when "of" stands before it: "half of the riders",
    "some of Lopez's friends", "the owner of a seafront cafe", "members of Congress" (the part, or the
    person of the place, is who speaks)."""
    if a >= 2 and s.low(a - 1) == "in" and s.low(a - 2) in PART_WORDS and s.low(a - 2) != "members":
        return a - 2  # "many in the crowd", "some in the party"
    n = a - 1 if a >= 1 and (s.tokens[a - 1].has_digit or s.low(a - 1) in NUMBER_WORDS) else a
    if n >= 3 and s.low(n - 1) == "of" and s.low(n - 2) == "out" and (
            s.tokens[n - 3].has_digit or s.low(n - 3) in NUMBER_WORDS):  # "about four out of 10 voters"
        return n - 4 if n >= 4 and s.low(n - 4) in ("about", "some", "nearly", "almost", "roughly") else n - 3
    if n < a and n >= 2 and s.low(n - 1) == "in" and (s.tokens[n - 2].has_digit or s.low(n - 2) in NUMBER_WORDS):
        # "about four in 10 voters", "Nine in 10 nurses": a share of a crowd, counted as "out of"
        return n - 3 if n >= 3 and s.low(n - 3) in ("about", "some", "nearly", "almost", "roughly") else n - 2
    if a < 2 or s.low(a - 1) != "of":
        return a
    j = a - 2
    token = s.tokens[j]
    if s.low(j) in ("percent", "%") or s.low(j) in SHARE_WORDS:
        if j >= 1 and (s.tokens[j - 1].has_digit or s.low(j - 1) in NUMBER_WORDS or s.low(j - 1) in ("a", "one")):
            j -= 1
        return j
    if s.low(j) in PART_WORDS or capitalised_group_head(token.text, j == s.first) or (
            j == s.first and token.text[:1].isupper() and people_word(s.low(j))):
        return j  # "Supporters of the levy argued", "Owners of the old ferries argued"
    if token.is_word and token.text.islower() and s.low(j) not in s.functions and not s.low(j).endswith("ly") \
            and s.low(j) not in _all_reporting():
        if j >= 1 and s.low(j - 1) in DETERMINERS:
            return j - 1
        if j == s.first or (j >= 1 and s.tokens[j - 1].text in ",;:"):
            return j
    return a


RELATIVE_REACH = 16


def _relative_subject(s: _Sentence, vi: int) -> tuple[int, int, str] | None:
    """The subject before a relative clause that ends at the verb at `vi`: "A woman who has accused the
    mayor of lying said", "Hawkins and others who want a ban said", "a young child, who said", "The
    officials whose laws were struck down say" (the person the clause describes speaks)."""
    for r in range(vi - 1, max(-1, vi - RELATIVE_REACH), -1):
        token = s.tokens[r]
        if token.text in ".;:!?()" or token.text in QUOTE_MARKS:
            return None
        low = s.low(r).replace("\u2019", "'")
        if low in ("who", "whose", "who's"):
            end = r - 1
            if end >= 0 and s.tokens[end].text == ",":
                end -= 1
            if end >= 2 and s.low(end) in ASIDE_ADVERBS and s.tokens[end - 1].text == ",":
                end -= 2  # "Sanders, meanwhile, who has no such endorsements, said"
            if end < 0 or s.low(end) in PERSON_PRONOUNS | OTHER_PRONOUNS | WRITER_PRONOUNS:
                return None  # "he who", "those who": no one is described
            found = (_subject_ending(s, end) or _determiner_phrase(s, end) or _plural_phrase(s, end)
                     or _clause_subject(s, end))
            if found is None or found[2] not in ("named", "described", "vague"):
                return None
            return _of_start(s, found[0]), found[1], found[2]
    return None


def _inside_relative(s: _Sentence, a: int, vi: int) -> bool:
    """Whether a subject found at `a` sits inside a relative clause before the verb at `vi`, after a verb
    of its own: "members whose ward lost its ferry say" (not "the man who Lopez said ...")."""
    for r in range(a - 1, max(-1, vi - RELATIVE_REACH), -1):
        if s.tokens[r].text in ".;:!?(),\u2014\u2013" or s.tokens[r].text in QUOTE_MARKS:
            return False
        if s.low(r).replace("\u2019", "'") in ("who", "whose", "who's"):
            return r + 1 < a
    return False


def _clause_subject(s: _Sentence, k: int) -> tuple[int, int, str] | None:
    """The whole subject of a plain verb of saying ending at token `k`, when the narrower rules found
    none: the words back to the start of the sentence or of its clause ("Even the organizer of a
    rally", "58 percent of Latino voters overall"), if they hold a noun and no verb or clause word."""
    i = k
    while i >= 0 and k - i < SUBJECT_MAX_TOKENS:
        token = s.tokens[i]
        if token.text in ",;:()" or token.text in QUOTE_MARKS or token.text in ASIDE_DASHES or \
                s.low(i) in SUBJECT_STOPS or s.low(i).endswith("n't") or s.low(i) in _all_reporting():
            break
        if not (token.is_word or token.text in ("%", "-", "'", "\u2019", "$", ".") and i > 0):
            break
        i -= 1
    start = i + 1
    while start <= k and s.low(start) in ("even", "just", "also", "only", "but", "and", "almost", "nearly",
                                          "roughly", "fully"):
        start += 1
    if start > k or (i >= 0 and s.tokens[i].text not in ",;:" and s.low(i) not in ("that", "and", "but", "while",
                                                                                   "because", "when", "as")
                     and i + 1 != s.first):
        return None  # the phrase must open the sentence or a clause
    if i < 0 and start != s.first and s.first is not None and start < s.first:
        return None
    words = [x for x in range(start, k + 1) if s.tokens[x].is_word]
    if len(words) < 2 or not any(s.noun(x) or (s.tokens[x].text.islower() and s.low(x) not in s.functions)
                                 for x in words):
        return None
    if s.low(start) in WRITER_PRONOUNS | PERSON_PRONOUNS | OTHER_PRONOUNS or s.in_quote(start):
        return None
    return start, k + 1, "named" if any(s.name(x) for x in words) else "described"


def _forward_described(s: _Sentence, j: int) -> tuple[int, int, str] | None:
    """A speaker described in plain words after an inverted verb, words no list holds: '..., said the
    designer', '..., says a narrator', '..., tweeted another', '..., said the 46-year-old', '..., said a
    person close to the family'. Only up to where the sentence, an aside or an adjunct begins."""
    if s.low(j) not in DESCRIBED_OPENERS:
        return None
    k = j + 1
    while k < len(s.tokens) and k - j <= 4:
        token = s.tokens[k]
        plain = token.is_word and token.text.islower() and token.low not in s.functions and (
            not token.low.endswith("ly") or ly_noun(s, k))  # "..., said the family": its noun, not an adverb
        aged = token.has_digit and "-" in token.text  # "the 46-year-old"
        if not (plain or aged) or token.low in _all_reporting() or any(
                tuple(s.low(k + n) for n in range(len(p))) == p for p in KNOWING_PHRASES):
            break
        k += 1
    if k == j + 1 and s.low(j) != "another":
        return None
    knowing = next((p for p in KNOWING_PHRASES if tuple(s.low(k + n) for n in range(len(p))) == p), None)
    if knowing is not None and k > j + 1:  # "a person close to the family"
        m = k + len(knowing)
        m += 1 if s.low(m) in DETERMINERS else 0
        end = last = m
        while end < len(s.tokens) and end - m < 5 and (s.name(end) or s.noun(end) or (
                s.tokens[end].is_word and s.tokens[end].text.islower() and s.low(end) not in s.functions)):
            end += 1
            if s.name(end - 1) or s.noun(end - 1):
                last = end  # "the harbour board", "the Clintons": up to the last name or noun
        return (j, last, "described") if last > m else None
    if k < len(s.tokens) and s.low(k) not in DESCRIBED_ENDS and s.tokens[k].text not in DESCRIBED_ENDS:
        return None
    return j, k, "described"


def _backward_phrase(s: _Sentence, j: int) -> tuple[int, int] | None:
    """The source phrase ending at token `j` (inclusive): "Can Kasapoglu", "Turkish officials", "the city clerk"."""
    if j < 0:
        return None
    if not (s.name(j) or s.noun(j)):
        return None
    i = j
    lower_run = 0
    while i - 1 >= 0:
        k = i - 1
        tok = s.tokens[k]
        if s.name(k) or s.noun(k):
            i = k
            lower_run = 0
            continue
        low = tok.low
        if low in ("of", "for", "and", "the", "de", "al") and s.name(k - 1) and s.name(i):
            i = k
            continue
        if _title_stop(s, k) and s.name(i):
            i = k  # "Sen. Maria Lopez said": the stop belongs to the title
            continue
        if (tok.is_word and tok.text.islower() and low not in s.functions and not tok.has_digit and lower_run < 2
                and (((s.noun(i) or s.name(i)) and low not in _all_reporting()) or _body_before_noun(s, k))):
            i = k
            lower_run += 1
            continue
        break
    # "Voters in Ohio and Michigan": the place belongs to the people before it, who are the source.
    det = 1 if i >= 3 and s.low(i - 1) in ("the", "a", "an") else 0
    body = _people_of_body_before(s, i - 1 - det) if i - det >= 2 and s.low(i - 1 - det) in PLACE_LINKS else None
    if body is not None:
        i = body + 1  # "Members of Congress in Ohio": the members speak, Ohio only says where
    if i - det >= 2 and s.low(i - 1 - det) in ("in", "from", "for", "at", "of", "with") and (
            (s.noun(i - 2 - det) and not s.name(i - 2 - det)) or _plural_people(s, i - 2 - det)):
        # ("Local fishermen in Calder": a plural noun for people before the place heads the phrase)
        i -= 2 + det
        while i - 1 >= 0 and s.tokens[i - 1].is_word and s.tokens[i - 1].text.islower() and \
                s.low(i - 1) not in s.functions and s.low(i - 1) not in _all_reporting() and i - 1 >= 0 and \
                not s.tokens[i - 1].has_digit and j - i < 8:
            i -= 1
    # "28 percent of voters", "a third of Republicans": the share of those asked is the source.
    if i >= 2 and s.low(i - 1) == "of" and (s.low(i - 2) in ("percent", "%") or s.low(i - 2) in SHARE_WORDS):
        i -= 2
        if i >= 1 and (s.tokens[i - 1].has_digit or all(p in NUMBER_WORDS for p in s.low(i - 1).split("-"))
                       or s.low(i - 1) in ("a", "one", "two")):
            i -= 1
        return i, j + 1
    # Trim modifiers that are not part of a name or a described source from the left edge.
    while i < j and not (s.name(i) or s.noun(i)) and s.tokens[i].text.islower() and not s.noun(i + 1) \
            and not s.name(i + 1) and not _plural_people(s, i) and not _body_before_noun(s, i):
        i += 1
    if i - 1 >= 0 and (s.low(i - 1) in DETERMINERS - {"that"} or s.low(i - 1) in ONE_OF_MANY):
        i -= 1
    return i, j + 1


def _body_before_noun(s: _Sentence, k: int) -> bool:
    """"the state agency", "a state senator": a body's name among the reporting forms, after a determiner and
    before the noun it qualifies, is no verb."""
    return s.low(k) in BODY_FORMS and k >= 1 and s.low(k - 1) in DETERMINERS


def _plural_people(s: _Sentence, k: int) -> bool:
    """Whether token `k` is a lower-case plural noun for people ("fishermen", "residents", "voters"), whose
    place after "in" or "from" only says where they are."""
    low = s.low(k)
    return s.tokens[k].text.islower() and people_word(low) and (low.endswith(("s", "men")) or low == "people")


def _people_of_body_before(s: _Sentence, link: int) -> int | None:
    """Where "people of a named body" starts when it ends right before the place link at `link`
    ("Members of Congress in Ohio", "delegates of the Harbor Party from Calder"): the people word before
    "of" and the body's name, so the people speak and the place after the link only says where; else None."""
    p = link
    while p - 1 >= 0 and (s.name(p - 1) or (s.low(p - 1) == "the" and p - 1 > 0 and s.low(p - 2) == "of")):
        p -= 1
    if p == link or p < 2 or s.low(p - 1) != "of":
        return None
    head = p - 2
    if not people_word(s.low(head)) or (s.name(head) and head != s.first):
        return None
    return head - 1


def _after_backward_quote(s: _Sentence, vi: int) -> bool:
    """'“The ferry is late,“ said X': the mark before the verb closes a quotation, though typed as opening."""
    return vi > 1 and s.tokens[vi - 1].text in OPENING_QUOTES and s.tokens[vi - 2].text in ",.?!"


#: Shortened words inside a name whose full stop ends no name: "Harbor Co. President Ana Ruiz", "Ft. Worth".
NAME_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd", "bros", "ft", "mt"})


def _titled_name_at(s: _Sentence, k: int) -> bool:
    """Whether up to three title words and a name follow from token `k` ("President Ana Ruiz", "chief executive
    Ana Ruiz"), as after a company's "Co."."""
    m = k
    while m < len(s.tokens) and m - k < 3 and s.low(m) in s.titles:
        m += 1  # "President", "chief executive"
    return k < m < len(s.tokens) and s.name(m)


def _title_stop(s: _Sentence, k: int) -> bool:
    """Whether token `k` is the full stop of a short title ("Sen.", "Mr."), of an initial ("Janet L. Yellen") or
    of a shortened word inside a name ("Calder Harbor Co. President Ana Ruiz", "Ft. Worth")."""
    if not (0 < k < len(s.tokens) and s.tokens[k].text == "." and s.tokens[k - 1].end == s.tokens[k].start):
        return False
    before = s.tokens[k - 1].text
    return s.low(k - 1) in ABBREVIATED_TITLES or bool(INITIALS.match(before)) or (
        s.low(k - 1) in NAME_ABBREVIATIONS and before[:1].isupper())


def joined_name_runs(s: _Sentence, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name runs with those split by an initial or a short title joined up ("Janet L" + "Yellen")."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out and out[-1][1] + 1 == a and _title_stop(s, out[-1][1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _all_reporting() -> frozenset[str]:
    """Every verb of the four reporting lists, joined once for the lists as they are read (not once a call)."""
    global _ALL_REPORTING
    lists = tuple(word_list(name) for name in ("reporting_verbs", "reporting_verbs_weak", "belief_verbs",
                                               "stance_verbs"))
    kept = _ALL_REPORTING
    if kept is None or any(a is not b for a, b in zip(kept[0], lists)):
        kept = _ALL_REPORTING = (lists, frozenset().union(*(words.words for words in lists)))
    return kept[1]


_ALL_REPORTING: tuple[tuple[WordList, ...], frozenset[str]] | None = None


def _body_pairs(bodies: WordList) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The two-word entries of the bodies list ("think tank", "white house") and the words in them, read once
    per list (a word outside them needs no look at its neighbours)."""
    global _BODY_PAIRS
    kept = _BODY_PAIRS
    if kept is None or kept[0] is not bodies:
        pairs = frozenset(e for e in bodies.entries if len(e) == 2)
        kept = _BODY_PAIRS = (bodies, (pairs, frozenset(w for pair in pairs for w in pair)))
    return kept[1]


_BODY_PAIRS: tuple[WordList, tuple[frozenset[tuple[str, str]], frozenset[str]]] | None = None


@sentence_memo(reads_quotes=False)  # names, titles and words only: a sentence read with or without its quotations
def describe(s: _Sentence, a: int, b: int) -> tuple[str, bool, tuple[int, int], bool]:
    """A source phrase as (display name, is a name, span of the name in the text, is a person)."""
    tokens = s.tokens
    core = a + 1 if s.low(a) in DETERMINERS and b - a > 1 else a
    names = [k for k in range(core, b) if s.name(k) and not (k == s.first and s.low(k + 1) in ("of", "out") and (
        capitalised_group_head(tokens[k].text, True) or s.low(k) in NUMBER_WORDS)) and not (
        k == s.first and people_word(s.low(k)) and s.low(k + 1) in ("of", *PLACE_LINKS))]  # "Dozens of members"
    # ("Members of Congress in Ohio", "Fishermen in Calder": a capital that only opens the sentence)
    if (b - a >= 3 and s.low(a + 1) == "in" and _is_number(s, a)) or (
            b - a >= 2 and s.low(a + 1) == "percent" and all(p in NUMBER_WORDS for p in s.low(a).split("-"))):
        names = []  # "Six in 10 say", "Twenty-four percent said": a share of those asked, not a name
    # (The words before the first name are read only when there are some: most runs open with the name.)
    if names and names[0] > a and any((s.low(k) in ("percent", "%") or s.low(k) in SHARE_WORDS) and s.low(k + 1) == "of"
                                      for k in range(a, names[0])):
        names = []  # "a third of Republicans", "40 percent of Democrats": a share of them, described
    if names and opens_with_share(tokens, a, b):
        names = []  # "Almost half", "A significant number of Democrats": a share of people, shown whole
    if names and names[0] > a + 1 and any(s.low(k) in KNOWING_FIRST_WORDS and any(
            tuple(s.low(k + n) for n in range(len(p))) == p for p in KNOWING_PHRASES) for k in range(a + 1, names[0])):
        names = []  # "a person close to Ana Lopez": someone near the name, not the name
    if names:
        last_title = None  # the last title word of the phrase, read from its end (no generator to set up)
        for k in range(b - 1, core - 1, -1):
            if (s.low(k) in s.titles or (s.low(k) in ABBREVIATED_TITLES and _title_stop(s, k + 1))) and \
                    not _surname_like_title(s, k):
                last_title = k
                break
        after = [k for k in names if last_title is None or k > last_title]
        if after and all(s.low(k) in NAME_SUFFIXES for k in after):
            after = names  # "Martin Luther King Jr.": the "title" was part of the name
        # "the secretary of the Bureau": a person described by where they work, not named.
        described_by_employer = last_title is not None and s.low(last_title + 1) in ("of", "for", "at", "to")
        # "voters in Ohio": people described by where they live, not the place.
        described_by_employer = described_by_employer or names[0] > core and any(
            (s.noun(k) and not s.name(k) or people_word(s.low(k)) and (not s.name(k) or k == s.first) and all(
                s.name(x) or s.low(x) == "the" for x in range(k + 2, b)))  # "People in Fort Pierce"
            and s.low(k + 1) in PLACE_LINKS for k in range(core, b - 1))
        # (over the whole phrase, not only before its first capital: "Local fishermen in Calder", whose
        # opening capital only starts the sentence, and "Harbor Party voters in Calder" are people in a place)
        # "Owners of the old ferries in Calder": people of a thing, then where they are (placed_groups.py).
        described_by_employer = described_by_employer or people_of_thing_in_place(s, core, names[0], b)
        # "Democrats in Iowa", "Latinos in Nevada": a group described by where it is, not the place.
        described_by_employer = described_by_employer or (
            s.low(names[0] + 1) in ("in", "from", "at") and names_a_group(tokens[names[0]].text)
            and all(s.name(x) or s.low(x) == "the" for x in range(names[0] + 2, b)))
        # "Supporters of Ana Lopez", "friends of the senator": people described by whom they back.
        described_by_employer = described_by_employer or (
            names[0] >= core + 2 and s.low(names[0] - 1) == "of"
            and (s.noun(names[0] - 2) or people_word(s.low(names[0] - 2)))  # "Members of Congress in Ohio"
            and s.low(names[0] - 2).endswith("s") and all(not s.name(k) or k == s.first for k in range(core, names[0])))
        # "Members of the Harbor Board in Calder": the same, with "the" before the body's name.
        described_by_employer = described_by_employer or (
            names[0] >= core + 3 and s.low(names[0] - 1) == "the" and s.low(names[0] - 2) == "of"
            and people_word(s.low(names[0] - 3)) and s.low(names[0] - 3).endswith("s")
            and any(s.low(k) in PLACE_LINKS for k in range(names[0], b))
            and all(not s.name(k) or k == s.first for k in range(core, names[0])))
        # Words after the last name word may say who the source is; a phrase that ends in its name (most
        # do, a lone name always) has none, and these questions are not asked of it.
        if after and b - 1 > after[-1] and not described_by_employer:
            # "Turkish officials", "White House aides": the name only says which; the people are the source.
            described_by_employer = not s.name(b - 1) \
                and (s.noun(b - 1) or (tokens[b - 1].text.islower() and tokens[b - 1].low.endswith("s"))) \
                and all(s.name(k) for k in range(after[0], b - 1))
            # "the Republican presidential candidate", "the Gawker employee": a name used as an
            # adjective, then the ordinary words that say who the source is.
            plural_people = (s.low(b - 1).endswith("s") and not s.low(b - 1).endswith("ss") and (
                s.noun(b - 1) or s.low(b - 1).endswith(("ers", "ists", "ates", "ants", "ents", "ians")))) or (
                s.low(b - 1).endswith(("smen", "swomen", "people")) and s.tokens[b - 1].text.islower())
            # "Some of Lopez's longtime allies": the name only says whose; the people are the source.
            possessed = s.low(after[-1]).replace("\u2019", "'").endswith("'s") \
                and all(tokens[x].is_word and tokens[x].text.islower() for x in range(after[-1] + 1, b))
            described_by_employer = described_by_employer or (
                possessed and (s.noun(b - 1) or s.low(b - 1).endswith("s")))
            # "Republican presidential candidate said": a party or a place, then the title of one person
            titled = (s.low(b - 1) in s.titles or s.low(b - 1) in s.bodies) and not s.low(b - 1).endswith("s") \
                and s.low(b - 1) not in ORGANISATION_WORDS and b - 1 - after[-1] >= 2
            described_by_employer = described_by_employer or (
                (s.low(a) in DETERMINERS or s.low(a) in ONE_OF_MANY or plural_people or titled)
                and all(tokens[k].is_word and tokens[k].text.islower() and s.low(k) not in s.functions
                        for k in range(after[-1] + 1, b)))
        if after and not described_by_employer:
            # The first run of name words after the last title.
            start_at = after[0]
            # (`after[0]` is a name word itself: a phrase that ends there has nothing between to look at)
            if b - 1 > after[0] and s.name(b - 1) and any(
                    tokens[k].is_word and not s.name(k) and s.low(k) not in NAME_JOINER_WORDS for k in range(after[0], b)):
                # "Top Republican Party donor Sheldon Adelson": the name next to the verb is the person.
                start_at = b - 1
                while start_at - 1 > after[0] and (s.name(start_at - 1) or _title_stop(s, start_at - 1)):
                    start_at -= 1
                while start_at < b - 1 and not s.name(start_at):
                    start_at += 1
                person = person_before_affiliation(s, start_at, opens_clause=False) if start_at > after[0] else None
                if person is not None:
                    start_at = person[0]  # "Republican voter Ana Hooton of Derry": the person, not the town
            run = [start_at]
            for k in range(start_at + 1, b):
                if s.name(k) or (s.low(k) in ("of", "for", "and", "the", "de", "al") and s.name(k + 1)) or (
                        _title_stop(s, k) and s.name(k + 1) and INITIALS.match(tokens[k - 1].text)):
                    run.append(k)
                else:
                    break
            while len(run) > 1 and tokens[run[0]].low.endswith("'s"):
                run = run[1:]  # "Russia's TASS" -> "TASS"
            while run and not s.name(run[-1]):
                run.pop()
            first, last = run[0], run[-1]
            words = [_display_word(tokens[k].text.strip("_*")) for k in range(first, last + 1)]
            display = " ".join(words).replace(" .", ".")
            if display.lower().endswith("'s") or display.endswith("\u2019s"):
                display = display[:-2]
            if first > a and s.low(first - 1) == "the" and not looks_like_person(words):
                display = "the " + display
            display = person_without_place(display)  # "Senator Dana Okafor of Oregon" -> Dana Okafor
            person = looks_like_person(display.split()) or _titled_surname(s, first, last)
            return display, True, (tokens[first].start, tokens[last].end), person
    start, end = tokens[a].start, tokens[b - 1].end
    display = " ".join(s.text[start:end].split())
    if a == s.first and not s.title_case and display[:1].isupper() and not display[:2].isupper() and not s.name(a):
        display = display[0].lower() + display[1:]  # "The city clerk said" -> the city clerk
    return display, False, (start, end), False


def _describe_knowing(s: _Sentence, a: int, b: int, verb_at: int) -> tuple[str, bool, tuple[int, int], bool]:
    """`describe` of a subject widened over what it knows ("one Democrat familiar with the talks" is
    shown whole, not as "Democrat"; toolkit.claims.knowing_sources)."""
    wide_a, wide_b = widened_source(s.tokens, a, b, verb_at)
    display, named, span, person = describe(s, wide_a, wide_b)
    end = s.tokens[wide_b - 1].end
    rest = s.text[span[1]:end].split()
    if rest and rest[0].lower() in KNOWING_LINK_WORDS:  # the name shown stops where the link begins
        display, span = display + s.text[span[1]:end], (span[0], end)
    return display, named, span, person


def _surname_like_title(s: _Sentence, k: int) -> bool:
    """A title word that is a surname: after a short title or a middle initial ("Mr. King", "Peter T. King")
    or a given name ("Angus King")."""
    if not s.tokens[k].text[:1].isupper() or k < 1:
        return False
    if s.low(k) in ABBREVIATED_TITLES and _title_stop(s, k + 1) and s.name(k + 2):
        return False  # "Lt. Gov. Dan Patrick": a second short title, not a surname
    return _personal_stop(s, k - 1) or is_given_name(s.tokens[k - 1].text)


def _personal_stop(s: _Sentence, k: int) -> bool:
    """The stop of a short personal title or a one-letter initial ("Mr.", "Sen.", the "T." of "Peter T. King"),
    not of an abbreviation such as "U.S." (after which "Senate" or "President" keep their own sense)."""
    return _title_stop(s, k) and (len(s.tokens[k - 1].text) == 1 or s.low(k - 1) in ABBREVIATED_TITLES)


def _titled_surname(s: _Sentence, first: int, last: int) -> bool:
    """A single name after a person's title is a person: "Mr. Obama", "Sen. Grassley", "President Obama"
    (a later "he said" may mean them, though their full name was never given)."""
    if first != last or first < 1:
        return False
    title = first - 2 if _title_stop(s, first - 1) else first - 1
    return title >= 0 and (s.low(title) in ABBREVIATED_TITLES or s.low(title) in s.titles)


def _display_word(word: str) -> str:
    """Names shouted in capitals ("TURKEY") are shown as names ("Turkey"); short acronyms stay."""
    if word.isupper() and len(word) > 4 and word.isalpha():
        return word.capitalize()
    return word


#: Forms of the reporting lists that name a body when they end a subject: "the state admitted", "the state said".
BODY_FORMS = frozenset({"state"})
#: Lower-case words after which such a body opens a clause ("and the state said"); after any other
#: ("Officials in the state said", "voters across the state") it is a place in someone else's phrase.
BODY_OPENERS = frozenset({"and", "but", "that", "when", "while", "because", "as", "after", "before", "though",
                          "although", "since", "if", "so", "then", "yet", "where"})


def _determiner_phrase(s: _Sentence, k: int):
    """A described source of ordinary words ending at token `k`: "the contractor", "two local nurses"."""
    i = k
    if not s.tokens[k].text.islower():
        return None
    while i >= 0 and k - i < 4 and s.tokens[i].is_word and s.low(i) not in s.functions and \
            (s.low(i) not in _all_reporting() or _body_before_noun(s, i) or (i == k and (s.low(i) in BODY_FORMS or (
                s.low(i) in TEXT_FORMS and s.low(k + 1) in SAYING_AFTER_TEXT)))) and \
            (not s.tokens[i].has_digit or "-year-old" in s.low(i)):
        i -= 1  # "the Republican presidential candidate said", "the 43-year-old asked", "the state admitted"
    if i == k or i < 0 or s.low(i) not in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
                                           "these", "those", "two", "three", "several", "both", "other",
                                           *ONE_OF_MANY):
        return None
    if s.low(i) in ("that", "this") and i != s.first:
        return None  # "... so that the pupils said": a clause, not a subject phrase
    if s.low(k) in BODY_FORMS and i >= 1 and s.tokens[i - 1].is_word and s.tokens[i - 1].text.islower() and \
            s.low(i - 1) not in BODY_OPENERS:
        return None  # "Officials in the state said": the people before the place speak
    return i, k + 1, "described"
#: What may open a clause, so that the words after it can be its subject.
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "--", "that", "and", "but", "while", "because",
                            "as", "when", "where", "although", "though", "since", "if", "whether", "(", "“",
                            '"', "say", "says"})


def _plural_phrase(s: _Sentence, k: int):
    """People described by a plural with no article, at the start of a clause: "hacking specialists say",
    "Democratic operatives said", "21 percent said" (of those asked)."""
    low = s.low(k)
    if low in ("percent", "%") and k >= 1 and (s.tokens[k - 1].has_digit or all(
            part in NUMBER_WORDS for part in s.low(k - 1).split("-"))):
        i = k - 1  # "21 percent said", "Twenty-four percent said"
    elif k >= 2 and s.low(k - 1) == "in" and _is_number(s, k) and _is_number(s, k - 2):
        i = k - 2  # "six in 10 say", "one in four said": a share of those asked
    elif low.endswith("s") and not low.endswith("ss") and (s.tokens[k].text.islower() or (
            k == s.first and not s.name(k))) and len(low) > 3 and \
            low not in s.functions and low not in _all_reporting():
        i = k
        while i - 1 >= 0 and k - i < 2 and s.tokens[i - 1].is_word and not s.tokens[i - 1].has_digit and \
                s.low(i - 1) not in s.functions and s.low(i - 1) not in _all_reporting():
            i -= 1
    else:
        return None
    if i > 0 and s.low(i - 1) in ("several", "two", "three", "four", "five", "both", "other", "the", "these", "those"):
        i -= 1  # "several Democratic operatives"
    if i > 0 and i != s.first and s.low(i - 1) not in CLAUSE_OPENERS and s.tokens[i - 1].text not in CLAUSE_OPENERS:
        return None
    return i, k + 1, "described"


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())


def _is_number(s: _Sentence, k: int) -> bool:
    return s.tokens[k].text.isdigit() or s.low(k) in NUMBER_WORDS


#: Pronouns that can be a speaker's subject ("he said", "they argued"): joined once, not at every subject read.
SUBJECT_PRONOUNS = PERSON_PRONOUNS | OTHER_PRONOUNS


def _subject_ending(s: _Sentence, k: int):
    """(start, end, kind) of a subject ending at token k: kind is name/described/pronoun/vague/writer."""
    if k < 0:
        return None
    low = s.low(k)
    if "'" in low and low.split("'")[0] in SUBJECT_PRONOUNS and low.split("'")[1] in (
            "s", "d", "ll", "ve", "re"):
        low = low.split("'")[0]  # "he's predicted", "they've argued"
    if low in SUBJECT_PRONOUNS:
        return k, k + 1, "pronoun"
    if _initialism_stop(s, k):  # "the F.B.I. said": the stop closes the name's letters, not the sentence
        found = _subject_ending(s, k - 1)
        return (found[0], k + 1, found[2]) if found else None
    if low in WRITER_PRONOUNS:
        return k, k + 1, "writer"
    vague = word_list("vague_crowd")
    for size in (3, 2, 1):
        # an entry of this size must open with the word `size - 1` back: looked up before the words are joined
        if k - size + 1 >= 0 and size in vague.lengths.get(s.low(k - size + 1), ()) and \
                tuple(t.low for t in s.tokens[k - size + 1:k + 1]) in vague.entries:
            a = k - size + 1
            if not any(s.name(x) for x in range(a, k + 1)) and not (a > 0 and s.name(a - 1)):
                return a, k + 1, "vague"
    if (low,) in word_list("documents").entries:
        return None  # "the report said", "Report Says": the document rule reads these
    phrase = _backward_phrase(s, k)
    if phrase is None:
        return None
    a, b = phrase
    lead = a + 1 if s.low(a) == "the" else a  # "... of the Harbor Institute": the run after "the"
    person = person_before_affiliation(s, lead) if s.name(lead) else None
    if person is not None:
        return person[0], person[1], "named"  # "James Okafor of the Harbor Institute said": the person
    return a, b, "named" if any(s.name(x) for x in range(a, b)) else "described"


def _initialism_stop(s: _Sentence, k: int) -> bool:
    """Whether token `k` is the last stop of letters spelled with stops ("F.B.I.", "U.N."), written on to them."""
    return (0 < k < len(s.tokens) and s.tokens[k].text == "." and s.tokens[k - 1].end == s.tokens[k].start
            and bool(SPELLED_LETTERS.fullmatch(s.tokens[k - 1].text)))
