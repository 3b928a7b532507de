"""Readability's per-piece memo gives the counts of cleaning and counting every piece afresh.

Sentences written for these tests: punctuation stuck to words, contractions and possessives,
numbers, dashes and quote marks standing alone, long words repeated with and without
punctuation, so that one article's memo is read many times.
"""

from __future__ import annotations

from toolkit.readability.counting import NOT_A_WORD, Stretch, Word, measure_stretch, piece_facts
from toolkit.readability.word_facts import lexicon
from toolkit.text.word_count import PIECE, is_word_piece

TEXT = ("The council\u2019s \u201cextraordinary\u201d decision \u2014 unanimous, immediate \u2014 surprised everybody. "
        "Extraordinary! Everybody's neighbours didn't expect 5,000 dollars, or $6.40 a litre... "
        "\u2014 \u201c \u201d -- The council's decision, unanimous again, was extraordinary; everybody agreed. "
        "Re-evaluation of U.S.-European co-operation: (unbelievably) unremarkable.")


def _plain_stretch(text: str, start: int, end: int) -> Stretch:
    """Every piece cleaned and counted afresh, without any memo."""
    lex = lexicon()
    word_syllables, long_words, difficult = [], [], set()
    tokens = letters = characters = polysyllables = hard = unfamiliar = 0
    for match in PIECE.finditer(text, start, end):
        raw = match.group()
        tokens += 1
        characters += len(raw)
        if not is_word_piece(raw):
            continue
        cleaned = lex.clean(raw)
        letters += len(cleaned) - cleaned.count("'")
        syllables, familiar = lex.syllables(cleaned), lex.familiar(cleaned)
        word_syllables.append(syllables)
        if syllables >= 3:
            polysyllables += 1
            long_words.append(Word(cleaned, match.start(), match.end(), syllables, familiar))
        if not familiar:
            unfamiliar += 1
            if syllables >= 2:
                difficult.add(cleaned)
                hard += syllables >= 3
    return Stretch(start, end, len(word_syllables), tokens, letters, characters, sum(word_syllables), polysyllables,
                   hard, unfamiliar, frozenset(difficult), tuple(word_syllables), tuple(long_words))


def _stretches() -> list[tuple[int, int]]:
    cuts = [0] + [i + 2 for i, c in enumerate(TEXT) if c in ".!;" and i + 2 < len(TEXT)] + [len(TEXT)]
    return list(zip(cuts, cuts[1:])) + [(0, len(TEXT))]


def test_one_memo_for_many_stretches_gives_the_plain_counts() -> None:
    memo: dict = {}
    for _ in range(2):  # the second round reads every piece from the memo
        for start, end in _stretches():
            assert measure_stretch(TEXT, start, end, lexicon(), memo) == _plain_stretch(TEXT, start, end)
    assert memo["Extraordinary!"] == ("Extraordinary", 13, 6, False)
    assert memo["\u2014"] is NOT_A_WORD


def test_piece_facts_clean_punctuation_and_keep_contractions() -> None:
    lex = lexicon()
    assert piece_facts("didn't", lex)[:2] == ("didn't", 5)
    assert piece_facts("\u201cextraordinary\u201d", lex)[:2] == ("extraordinary", 13)
    assert piece_facts("--", lex) is NOT_A_WORD
    assert piece_facts("5,000", lex)[:2] == ("5000", 4)
