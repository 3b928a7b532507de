"""The loaded-language shortcuts (per-form memos, a first-word check) give the straightforward answers.

Each shortcut is compared with the plain way of working the same thing out, on sentences
written for these tests: words cut by hyphens, apostrophes and digits; lexicon phrases with
gaps, prefixes and exact forms; words repeated so that the remembered answers are used.
"""

from __future__ import annotations

import re

import pytest

from toolkit.article.model import parse_article
from toolkit.loaded.context import literal_sense
from toolkit.loaded.detect import _sentiment_value
from toolkit.loaded.lexicon import MAX_GAP, Lexicon, Match, _Node, built_in_lexicon, parse_lexicon, reporting_stems
from toolkit.loaded.measures import density
from toolkit.loaded.sentiment import strong_valence
from toolkit.text.stemmed_words import Word, crosses_clause, joined_as_phrase, normalise, stem, words
from toolkit.text.tokens import tokenize

SENTENCES = [
    "The senator's so-called reform was a disaster, critics said, a total disaster for the U.S.-European deal.",
    "Officials didn't hold the town hostage; the rebels held the whole town and its 5,000 people hostage.",
    "A brutal, brutally honest report slammed the plan: it was slammed again by 3 o'clock on Monday.",
    "Rock'n'roll fans and anti-war marchers shouted \u201cshame\u201d as the mayor\u2019s horrific plan collapsed.",
    "The catastrophe was catastrophic, he claimed, and the catastrophes kept coming, catastrophe after catastrophe.",
    "Nothing here is loaded at all: the council met at noon and voted on the budget for the library.",
]

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _plain_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Lexicon words the straightforward way: every word token, cut into letter runs, each stemmed afresh."""
    found: list[Word] = []
    for token in tokenize(text, start, end):
        if token.is_word:
            for m in _WORD.finditer(text, token.start, token.end):
                found.append(Word(len(found), m.start(), m.end(), m.group(), normalise(m.group()), stem(m.group())))
    return found


@pytest.mark.parametrize("sentence", SENTENCES)
def test_words_made_from_remembered_pieces_equal_the_plain_words(sentence: str) -> None:
    text = "Intro. " + sentence + " " + sentence  # the second copy is made from remembered pieces
    assert words(text) == _plain_words(text)
    assert words(text, 7, 7 + len(sentence)) == _plain_words(text, 7, 7 + len(sentence))


def _plain_matches(lexicon: Lexicon, text: str, sentence_words: list[Word]) -> list[Match]:
    """The lexicon walk without remembered steps and without skipping any start."""

    def walk(i: int, node: _Node, previous: Word | None, out: list) -> None:
        if node.entry is not None and previous is not None:
            out.append((previous.index, node.entry))
        if node.gap is not None and previous is not None:
            for j in range(i, min(len(sentence_words), i + MAX_GAP + 1)):
                if crosses_clause(text, previous, sentence_words[j]):
                    break
                for child in node.gap.advance(sentence_words[j]):
                    walk(j + 1, child, sentence_words[j], out)
        if i < len(sentence_words):
            word = sentence_words[i]
            if previous is None or joined_as_phrase(text, previous, word):
                for child in node.advance(word):
                    walk(i + 1, child, word, out)

    found = []
    for i in range(len(sentence_words)):
        ends: list = []
        walk(i, lexicon._root, None, ends)
        found.extend(Match(i, last, entry) for last, entry in ends)
    return found


_TEST_LEXICON = """\
hold ... hostage | hostility | 0.8 | treats a dispute as a kidnapping | keep; detain
catastroph* | exaggeration | 0.7 | makes any trouble sound like the end of the world | problem
=slammed | hostility | 0.5 | a blow, not a statement | criticised
so called | sourcing | 0.4 | doubts a name without saying why | named
total disaster | exaggeration | 0.9 | the worst case as a fact | failure
disaster | exaggeration | 0.6 | the worst case as a fact | failure
"""


@pytest.mark.parametrize("lexicon", [built_in_lexicon(), Lexicon(tuple(parse_lexicon(_TEST_LEXICON)[0]))],
                         ids=["built-in", "gaps-prefixes-exact"])
def test_lexicon_matches_with_remembered_steps_equal_the_plain_walk(lexicon: Lexicon) -> None:
    for sentence in SENTENCES:
        sentence_words = words(sentence)
        expected = _plain_matches(lexicon, sentence, sentence_words)
        assert lexicon.matches(sentence, sentence_words) == expected
        assert lexicon.matches(sentence, sentence_words) == expected  # again, from the remembered steps


def test_the_test_lexicon_finds_each_kind_of_term() -> None:
    lexicon = Lexicon(tuple(parse_lexicon(_TEST_LEXICON)[0]))
    terms = {m.entry.term for s in SENTENCES for m in lexicon.matches(s, words(s))}
    assert {"hold ... hostage", "catastroph*", "=slammed", "so called", "total disaster", "disaster"} <= terms


def test_a_remembered_step_is_what_advance_yields_at_every_node() -> None:
    lexicon = Lexicon(tuple(parse_lexicon(_TEST_LEXICON)[0]))
    nodes = [lexicon._root]
    seen = 0
    while nodes:
        node = nodes.pop()
        for sentence in SENTENCES:
            for word in words(sentence):
                assert node.step(word) == tuple(node.advance(word))
                assert node.step(word) == tuple(node.advance(word))
        nodes.extend([*node.stems.values(), *node.exact.values(), *node.prefixes.values(),
                      *([node.gap] if node.gap else [])])
        seen += 1
    assert seen > 6


def test_a_node_forgets_its_steps_when_a_child_is_added() -> None:
    node = _Node()
    word = words("disaster")[0]
    assert node.step(word) == ()
    child = node.child("stem", stem("disaster"))
    assert node.step(word) == (child,)


def test_the_remembered_sentiment_value_is_the_plain_check() -> None:
    for sentence in SENTENCES + ["he is a hero, a wonderful, horrible, hateful liar and a killer who said so"]:
        for word in words(sentence):
            plain = None
            if len(word.lower) >= 3 and word.stem not in reporting_stems():
                plain = strong_valence(word.lower)
            assert _sentiment_value(word.lower, word.stem) == plain
    assert _sentiment_value("horrific", stem("horrific")) is not None
    assert _sentiment_value("said", stem("said")) is None


def _plain_literal_sense(cues: tuple[str, ...], sentence_words: list[Word], matched: range) -> str | None:
    """Each cue checked against each word, stemmed afresh every time."""
    for word in sentence_words:
        if word.index in matched:
            continue
        for cue in cues:
            if cue.endswith("*"):
                if word.lower.startswith(normalise(cue[:-1])):
                    return word.text
            elif word.stem == stem(cue):
                return word.text
    return None


@pytest.mark.parametrize("cues", [("kidnappers", "ransom", "captor*"), ("town",), ("catastroph*", "rebel"), ()])
def test_literal_cues_worked_out_once_per_term_give_the_plain_answer(cues: tuple[str, ...]) -> None:
    for sentence in SENTENCES + ["The captors asked a ransom; kidnappers held the hostage for days."]:
        sentence_words = words(sentence)
        for first in range(0, len(sentence_words), 3):
            matched = range(first, first + 2)
            assert literal_sense(cues, sentence_words, matched) == _plain_literal_sense(cues, sentence_words, matched)
    found = words("The captors asked a ransom.")
    assert literal_sense(("kidnappers", "ransom", "captor*"), found, range(0, 1)) == "captors"


def test_part_rates_add_up_their_blocks_in_article_order() -> None:
    text = ("Loaded Words In A Title\n\nA disaster, a catastrophe and a shameful betrayal.\n\n"
            "- a list item\n\nA calm paragraph about the budget.\n\nAnother brutal, horrific paragraph.")
    article = parse_article(text)
    result = density(article, lexicon=built_in_lexicon())
    for name, indices in article.parts.items():
        members = [b for b in result.by_block if b.index in set(indices)]
        rate = result.by_part[name]
        assert (rate.words, rate.spans, rate.writer_spans) == (sum(b.rate.words for b in members),
                                                                sum(b.rate.spans for b in members),
                                                                sum(b.rate.writer_spans for b in members))
        assert rate.strength == sum(b.rate.strength for b in members)
    assert len(article.parts) >= 2 and any(rate.spans for rate in result.by_part.values())
