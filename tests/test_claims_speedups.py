"""The labelling's speed-ups give the answers the straightforward way gives, on sentences written here.

Covers `toolkit.claims.phrase_matcher` (every list in one pass), `toolkit.claims.run_memo` (answers
kept for one labelling run), `toolkit.text.frozen_records` (records made without the frozen
guard), the rule index of `toolkit.claims.non_claims` and the one-pass `count_words`.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit.claims.non_claims as non_claims
from toolkit import parse_article
from toolkit.claims import run_memo
from toolkit.claims.attribution import NameBook, _Sentence, describe, find_attributions, plain_sentence
from toolkit.claims.cues import CUE_LISTS, Cue, make_cue
from toolkit.claims.phrase_matcher import PhraseIndex, listed_phrases
from toolkit.claims.sentence_labels import label_sentences, label_text
from toolkit.text.frozen_records import quick_maker, replaced
from toolkit.text.tokens import WordList, find_phrases, normalise, tokenize, word_list
from toolkit.text.word_count import PIECE, count_words, is_word_piece

#: Sentences written for these tests: hedges, modals, reporting verbs, dates and amounts, names,
#: repeated and overlapping phrases, quotation marks, a headline, a credit line.
SENTENCES = [
    "Of course, everyone knows the plan will fail, and it is supposedly the best of all plans.",
    "The mayor, Ana Ruiz, said on Monday that the bridge would reopen in March 2027.",
    "According to records from the county clerk, 4,200 people moved away last year.",
    "Critics say the deal is a disaster; some say it is nothing but a giveaway, critics say.",
    "We should, in my view, stop now.  You must see this: it may well be the most serious case.",
    "\u201cThe ferry is late,\u201d said Tom Hale, a harbour pilot, adding that nobody knew why.",
    "SCHOOL BOARD TO VOTE: \u201cWe Will Not Back Down\u201d",
    "Photo: Jane Doe/Harbor Press",
    "By Mary Ann Smith",
    "Read more: the latest news on the strike",
    "Officials believe the tax will pass, the report says, although many believe otherwise.",
    "It was very, very cold, and the utterly exhausted crews were unfortunately sent home.",
    "",
    "...",
]

#: Every list the labelling rules look phrases up in.
LIST_NAMES = (*CUE_LISTS, "reporting_verbs", "reporting_verbs_weak", "belief_verbs", "stance_verbs",
              "time_phrases", "quantities")


# ----- phrase_matcher ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", SENTENCES)
def test_listed_phrases_equal_find_phrases_for_every_list(sentence: str) -> None:
    tokens = tokenize(sentence)
    for name in LIST_NAMES:
        assert listed_phrases(tokens, name) == find_phrases(tokens, word_list(name)), name


def test_listed_phrases_follow_the_tokens_asked_about() -> None:
    """Answers kept for one sentence never leak into the next, nor into a copy cut differently."""
    first, second = tokenize(SENTENCES[0]), tokenize(SENTENCES[3])
    for tokens in (first, second, first, list(first), first[3:], second[:-2], tuple(second)):
        for name in ("certainty", "weasel", "hedges", "absolutes"):
            assert listed_phrases(tokens, name) == find_phrases(tokens, word_list(name))


def test_phrase_index_matches_each_list_apart() -> None:
    """Two invented lists sharing first words: each keeps its own longest-first, non-overlapping matches."""

    def made(name: str, lines: list[str]) -> WordList:
        return WordList(name, "hedge", "", frozenset(normalise(line) for line in lines), {})

    lists = [made("a", ["red", "red apple", "red apple pie", "green"]),
             made("b", ["apple", "apple pie", "red apple", "pie"])]
    index = PhraseIndex(lists)
    for words in ("red apple pie and a red apple and red red apple pie pie",
                  "green apple pie", "pie", "apple apple", ""):
        tokens = tokenize(words)
        assert index.match(tokens) == [find_phrases(tokens, w) for w in lists], words


# ----- run_memo ------------------------------------------------------------------------------

def test_describe_inside_a_run_equals_describe_outside() -> None:
    text = "Turkish Defense Minister Fikri Isik said the talks, led by Can Kasapoglu, had ended."
    tokens = tokenize(text)
    runs = [(0, 5), (3, 5), (1, 4), (14, 16), (0, 2)]
    fresh = [describe(_Sentence(text, tokens, [], 0, len(text)), a, b) for a, b in runs]
    with run_memo.labelling_run(text):
        kept = [describe(plain_sentence(text, tokens, 0, len(text)), a, b) for a, b in runs]
        again = [describe(_Sentence(text, tokens, [], 0, len(text)), a, b) for a, b in runs]
    assert kept == fresh == again


def test_a_run_keeps_answers_only_for_its_own_text_and_only_while_it_lasts() -> None:
    calls: list[str] = []

    @run_memo.sentence_memo()
    def shout(sentence: _Sentence, word: str) -> str:
        calls.append(word)
        return word.upper()

    text = "A sentence about nothing in particular."
    other = "".join(["A sentence about nothing", " in particular."])  # equal, but another object
    tokens = tokenize(text)
    sentence = _Sentence(text, tokens, [], 0, len(text))
    with run_memo.labelling_run(text):
        assert shout(sentence, "a") == shout(sentence, "a") == "A"
        assert calls == ["a"]
        shout(_Sentence(other, tokenize(other), [], 0, len(other)), "a")  # not the run's text
        assert calls == ["a", "a"]
        shout(_Sentence(text, tokens, [(2, 10)], 0, len(text)), "a")  # other quotations: asked again
        assert calls == ["a", "a", "a"]
    shout(sentence, "a")  # the run is over: nothing is kept
    assert calls == ["a", "a", "a", "a"]


def test_labels_are_the_same_with_and_without_the_run() -> None:
    """`label_sentences` and `label_text` run as one labelling run; their undecorated forms compute everything afresh."""
    article = parse_article("Harbor ferries are late again\n\n" + "\n\n".join(SENTENCES[:6] + SENTENCES[10:12]) +
                            "\n\nIsik said the talks had ended. He said they would resume, Hale noted.")
    assert label_sentences(article) == label_sentences.__wrapped__(article)
    passage = " ".join(SENTENCES[:6])
    assert label_text(passage) == label_text.__wrapped__(passage)
    quotes = [(q.start, q.end) for q in article.text_layer.quotations]
    for sentence in article.sentences:
        tokens = article.text_layer.tokens_in(sentence.start, sentence.end)
        inside = [q for q in quotes if q[1] > sentence.start and q[0] < sentence.end]
        with run_memo.labelling_run(article.text):
            kept = find_attributions(article.text, tokens, inside, sentence.start, sentence.end, NameBook())
        assert kept == find_attributions(article.text, tokens, inside, sentence.start, sentence.end, NameBook())


# ----- frozen_records ------------------------------------------------------------------------

def test_quick_maker_makes_the_same_record_as_the_class() -> None:
    make = quick_maker(Cue)
    for fields in ({"start": 1, "end": 4, "text": "may", "kind": "modal", "why": "a guess"},
                   {"start": 0, "end": 2, "text": "we", "kind": "first_person", "why": "us", "family": "first_person",
                    "points_to": "opinion", "weight": 1.1, "reported": True}):
        quick, plain = make(**fields), Cue(**fields)
        assert type(quick) is Cue and quick == plain and hash(quick) == hash(plain) and repr(quick) == repr(plain)
        assert dataclasses.asdict(quick) == dataclasses.asdict(plain)
        with pytest.raises(dataclasses.FrozenInstanceError):
            quick.weight = 2.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        make(start=1, end=2, text="x", kind="modal")  # `why` missing: the class's own error
    with pytest.raises(TypeError):
        make(start=1, end=2, text="x", kind="modal", why="w", colour="red")


def test_replaced_equals_dataclasses_replace() -> None:
    cue = make_cue("It may rain.", 3, 6, "modal", "a guess", family="modal_speculation")
    for changes in ({}, {"weight": 0.7}, {"weight": 0.35, "reported": True}, {"text": "MAY", "start": 2}):
        assert replaced(cue, **changes) == dataclasses.replace(cue, **changes)
        assert repr(replaced(cue, **changes)) == repr(dataclasses.replace(cue, **changes))
    with pytest.raises(TypeError):
        replaced(cue, colour="red")


def test_quick_maker_refuses_what_it_cannot_copy_faithfully() -> None:
    @dataclasses.dataclass
    class Open:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True)
    class Listed:
        a: list = dataclasses.field(default_factory=list)

    for cls in (Open, Checked, Listed):
        with pytest.raises(TypeError):
            quick_maker(cls)


# ----- the non-claim rule index --------------------------------------------------------------

def _plain_non_claim(text: str) -> non_claims.NonClaim | None:
    """`find_non_claim` with every rule tried in the file's order, as before the index."""
    original = non_claims._rule_index

    class Everything:
        def __init__(self, rules: non_claims._Rules):
            self.rules = rules.rules

        def candidates(self, lows: tuple[str, ...], core: tuple[str, ...],
                       present: object = None) -> tuple[non_claims._Rule, ...]:
            return self.rules

    non_claims._rule_index = Everything  # type: ignore[assignment]
    try:
        return non_claims.find_non_claim(text, 0, len(text))
    finally:
        non_claims._rule_index = original


@pytest.mark.parametrize("line", SENTENCES + [
    "Share this:", "Comments are closed.", "Follow us on Twitter", "Related", "See also: the harbour ferries",
    "For further information, see the following articles:", "Photo by Jane Doe", "REUTERS/Jane Doe",
    "This story first appeared in The Harbor Light.", "Copyright 2026 Harbor Press", "By AP"])
def test_the_rule_index_finds_what_trying_every_rule_finds(line: str) -> None:
    assert non_claims.find_non_claim(line, 0, len(line)) == _plain_non_claim(line)


def test_every_rule_is_found_by_its_own_words() -> None:
    """Each rule's own words as a line (alone, and as a line's start) give the same answer both ways."""
    for rule in non_claims.load_rules().rules:
        words = " ".join(rule.words)
        for line in (words, words + " Jane Doe", words + " Reuters", words + ":"):
            assert non_claims.find_non_claim(line, 0, len(line)) == _plain_non_claim(line), line


# ----- count_words ---------------------------------------------------------------------------

def _plain_count(text: str, start: int = 0, end: int | None = None) -> int:
    end = len(text) if end is None else end
    return sum(1 for m in PIECE.finditer(text, start, end) if is_word_piece(m.group()))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB1 \n\t-'\u2019.$_\u00e9\u00a0\u201c!\u0663\u2014\u2028,\x1c\x85\u3000\u200b")),
               max_size=40),
       st.integers(0, 45), st.integers(0, 45))
def test_count_words_equals_the_piece_by_piece_count(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    assert count_words(text) == _plain_count(text)
    assert count_words(text, start, end) == _plain_count(text, start, end)


def test_count_words_on_written_examples() -> None:
    assert count_words("world-war axis \u2014 U.S.-European $6.40, don't \u201c \u201d") == 5
    line = "Turkey says \u2014 again \u2014 no."
    assert count_words(line, 7, 20) == _plain_count(line, 7, 20) == len(re.findall(r"\w\S*", line[7:20]))


# ----- quotations: jumping to the next mark --------------------------------------------------

def _walked_quotations(text: str) -> list:
    """The quotation finder walking every character, as it did before it jumped between marks."""
    from toolkit.text import quotations as q

    found: list = []
    for paragraph in q._PARAGRAPH.finditer(text):
        start, end = paragraph.start(), paragraph.end()
        closers = [start + m.start() for m in re.finditer("['\u2019]", text[start:end])
                   if q._closes_single(text, start + m.start(), end)]
        i = start
        while i < end:
            c = text[i]
            doubled = c == "'" and i + 1 < end and text[i + 1] == "'"
            if c in q._DOUBLE_CLOSER or ((c == '"' or doubled) and q._can_open(text, i, start, 2 if doubled else 1)):
                width = 2 if doubled else 1
                j = q._double_closer(text, i + width, end, c, doubled)
                if j is None:
                    found.append(q.Quotation(i, end, i + width, end, closed=False))
                    break
                found.append(q.Quotation(i, j + q.closer_width(text, j), i + width, j, closed=True))
                i = j + q.closer_width(text, j)
                continue
            if (c == "\u2018" or (c == "'" and i + 1 < end and text[i + 1].isalpha())) and q._can_open(text, i, start):
                k = next((n for n, x in enumerate(closers) if x > i), None)
                if k is not None:
                    found.append(q.Quotation(i, closers[k] + 1, i + 1, closers[k], closed=True))
                    i = closers[k] + 1
                    continue
            i += 1
    return found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1\n\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e-(:.")), max_size=60))
def test_quotations_found_by_jumping_equal_those_found_walking(text: str) -> None:
    from toolkit.text.quotations import find_quotations

    assert find_quotations(text) == _walked_quotations(text)


def test_quotations_on_written_examples() -> None:
    from toolkit.text.quotations import find_quotations

    text = ("\u201cThe ferry is late,\u201d said Tom Hale. He called it ''a shame'' and 'odd', "
            "said the pilots\u2019 union.\n\n\u201cIt stays open\n\nRussia\u2019s \u00abofficial\u00bb line: \"no\".")
    assert find_quotations(text) == _walked_quotations(text)
    assert [text[q.start:q.end] for q in find_quotations(text)][:2] == ["\u201cThe ferry is late,\u201d", "''a shame''"]


def test_the_name_book_learns_the_same_names_without_describing_one_word_runs() -> None:
    """One-word name runs are skipped by `_name_book`: describing them could teach it nothing."""
    from toolkit.claims.attribution import joined_name_runs
    from toolkit.claims.sentence_labels import _name_book
    from toolkit.text.tokens import is_title_case, name_runs

    article = parse_article("Harbor ferries are late again\n\n" + "\n\n".join(SENTENCES) +
                            "\n\nSen. Maria Lopez met Janet L. Yellen and Mr. Hale in Ankara. Isik and NATO agreed."
                            "\n\nTURKEY: Isik, Kasapoglu and Dr. Ruiz spoke; Ruiz said so.")
    layer, book = article.text_layer, NameBook()
    for sentence in article.sentences:  # the book as it was built before: every run described
        tokens = layer.tokens_in(sentence.start, sentence.end)
        if is_title_case(tokens):
            continue
        plain = _Sentence(article.text, tokens, [], sentence.start, sentence.end)
        for a, b in joined_name_runs(plain, name_runs(tokens, title_case=False)):
            display, named, _, person = describe(plain, a, b)
            if b - a == 1:
                assert len(display.split()) == 1, display  # what makes skipping them safe
            if named and person:
                book.learn(display)
    spans = [(s.start, s.end, layer.tokens_in(s.start, s.end)) for s in article.sentences]
    assert _name_book(layer, spans).by_surname == book.by_surname
    with run_memo.labelling_run(article.text):
        assert _name_book(layer, spans).by_surname == book.by_surname
    assert book.by_surname  # the sentences do name people in full


# ----- where specific details can start -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "The vote on May 9 came at 10 a.m. on Monday, with 55 percent in favour.",
    "The S-400 cost $2.5bn in 2017, up from 1,200 units in March and 3 in June 2016.",
    "Nothing here holds a number or a day.",
    "Room 4B, flat 12a and the 1990s: 7 of 8 agreed last week.",
    " ".join(str(n) for n in range(300)) + " on Tuesday",
    "",
])
def test_detail_places_are_the_tokens_with_a_digit_or_a_time_word(line: str) -> None:
    from toolkit.claims.cues import _detail_places

    tokens = tokenize(line)
    times = word_list("time_words").words
    assert _detail_places(tokens, times) == [i for i, t in enumerate(tokens) if t.has_digit or t.low in times]
