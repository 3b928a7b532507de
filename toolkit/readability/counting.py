"""Counting what the formulas need, once per stretch of text, then adding stretches up.

Every readability formula is arithmetic on a few counts: words, sentences, syllables,
letters, characters, long words, unfamiliar words. Those counts (all but sentences and the
Linsear Write sample) simply add up, so we count each sentence of an article once, the way
textstat counts (its punctuation rules, its syllables, its familiar words), and then any
view of the article (the whole page, the prose, one part, one block kind) is a sum.
Only the sentence count depends on the view: textstat's own for the page as textstat sees
it, the toolkit's sentences everywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Iterable, NamedTuple, Sequence

from toolkit.readability.word_facts import Lexicon
from toolkit.text.frozen_records import quick_maker
from toolkit.text.word_count import PIECE, is_word_piece

#: Whitespace-separated pieces, as Python's `str.split()` (and so textstat) cuts them.
TOKEN = PIECE
#: Linsear Write reads a sample of this many words from the start of the text.
LINSEAR_SAMPLE_WORDS = 100
#: A piece of a sentence cut off by the end of the sample counts as a sentence if it has more words than this
#: (textstat's rule for fragments).
FRAGMENT_MAX_WORDS = 2


class Word(NamedTuple):
    """One word as textstat counts it, with the offsets of the text it came from."""

    text: str  # punctuation removed (the apostrophe of a contraction kept), case kept
    start: int
    end: int
    syllables: int
    familiar: bool  # on textstat's (Dale-Chall) list of familiar words


@dataclass(frozen=True)
class Stretch:
    """The counts of one stretch of text (usually one sentence); they add up across stretches."""

    start: int
    end: int
    words: int
    tokens: int  # whitespace-separated pieces, punctuation-only pieces included
    letters: int  # letters and digits
    characters: int  # everything but spaces, punctuation included
    syllables: int
    polysyllables: int
    hard_words: int
    unfamiliar_words: int
    difficult: frozenset[str]  # different words of two or more syllables, not familiar
    word_syllables: tuple[int, ...]  # syllables of each word in order (for the Linsear Write sample)
    long_words: tuple[Word, ...]  # the words of three or more syllables, with offsets


#: One `Stretch` per sentence and per view: made without the frozen guard's cost (toolkit.text.frozen_records).
_make_stretch = quick_maker(Stretch)


@dataclass(frozen=True)
class Counts:
    """The inputs of every formula for one view of a text."""

    words: int
    sentences: int
    syllables: int
    tokens: int
    letters: int
    characters: int
    polysyllables: int  # words of three or more syllables (SMOG)
    hard_words: int  # three or more syllables and not familiar (Gunning fog, as textstat counts it)
    unfamiliar_words: int  # not on the familiar-word list (Dale-Chall)
    difficult_words: int  # different words, two or more syllables and not familiar (textstat's difficult_words)
    linsear_easy: int  # in the first 100 words: words of one or two syllables
    linsear_hard: int  # in the first 100 words: words of three or more
    linsear_sentences: int  # sentences in those first 100 words

    def to_dict(self) -> dict[str, int]:
        """The fields by name, in order: what `asdict` gives for these plain numbers, without its deep copies
        (a long article's report has hundreds of views)."""
        return {name: getattr(self, name) for name in _COUNT_FIELDS}


#: One `Counts` per view, and a long article's report has hundreds of views (see `_make_stretch`).
_make_counts = quick_maker(Counts)
#: The names of `Counts`' fields, in order (all plain integers).
_COUNT_FIELDS = tuple(field.name for field in fields(Counts))


def measure_stretch(text: str, start: int, end: int, lexicon: Lexicon, memo: dict) -> Stretch:
    """Count `text[start:end]` as textstat would count that piece on its own.

    `memo` keeps what each piece between spaces counts as (`piece_facts`) for one article: a
    piece is cleaned and its syllables counted once however often the article repeats it. The
    pieces are cut by `str.split` (the very cut of `PIECE`), and only a long word, which keeps
    its offsets, is looked for in the text.
    """
    word_syllables: list[int] = []
    long_words: list[Word] = []
    difficult: set[str] = set()
    letters = characters = polysyllables = hard = unfamiliar = 0
    pieces = text[start:end].split()
    characters = sum(map(len, pieces))
    cursor = start  # where the next long word's piece may start
    add_syllables = word_syllables.append
    for raw in pieces:
        facts = memo.get(raw)
        if facts is None:
            facts = memo[raw] = piece_facts(raw, lexicon)
        if facts is NOT_A_WORD:
            continue
        cleaned, piece_letters, syllables, familiar = facts
        letters += piece_letters
        add_syllables(syllables)
        if syllables >= 3:
            polysyllables += 1
            at = _piece_at(text, raw, cursor, end)
            cursor = at + len(raw)
            long_words.append(_tuple_new(Word, (cleaned, at, cursor, syllables, familiar)))  # Word(...), in C
        if not familiar:
            unfamiliar += 1
            if syllables >= 2:
                difficult.add(cleaned)
                if syllables >= 3:
                    hard += 1
    # (by position, in field order: the maker's keywords cost more than its work, once per sentence)
    return _make_stretch(start, end, len(word_syllables), len(pieces), letters, characters, sum(word_syllables),
                         polysyllables, hard, unfamiliar, frozenset(difficult), tuple(word_syllables),
                         tuple(long_words))


_tuple_new = tuple.__new__


def _piece_at(text: str, piece: str, cursor: int, end: int) -> int:
    """Where the whole piece `piece` next stands in `text[cursor:end]`: the first place it is found with a
    space (or the stretch's edge) on both sides, so a piece that only holds it ("re-election" for "election")
    is passed over. Each search starts where the last long word ended, so a stretch is read about once."""
    at = text.find(piece, cursor, end)
    while at >= 0:
        after = at + len(piece)
        if (at == cursor or text[at - 1].isspace()) and (after == end or text[after].isspace()):
            return at
        at = text.find(piece, at + 1, end)
    raise ValueError(f"{piece!r} is not a piece of the stretch")  # never: every piece is cut from the stretch


#: What `piece_facts` says of a piece that is not a word (it holds no letter or digit).
NOT_A_WORD = object()


def piece_facts(raw: str, lexicon: Lexicon) -> tuple[str, int, int, bool] | object:
    """What one piece between spaces counts as: `NOT_A_WORD`, or its cleaned form (textstat's punctuation
    removed), its letters, its syllables and whether it is familiar."""
    if raw.isalnum():  # no punctuation to remove: the common case
        cleaned = raw
        letters = len(raw)
    else:
        if not is_word_piece(raw):  # the one definition of a word (toolkit.text.word_count)
            return NOT_A_WORD
        cleaned = lexicon.clean(raw)
        letters = len(cleaned) - cleaned.count("'")
    return cleaned, letters, lexicon.syllables(cleaned), lexicon.familiar(cleaned)


def add_up(stretches: Sequence[Stretch], sentences: int, linsear: tuple[int, int, int]) -> Counts:
    """The counts of a view: the sum of its stretches, with its sentence count and Linsear sample."""
    difficult: set[str] = set()
    for stretch in stretches:
        difficult.update(stretch.difficult)
    # Each sum read in C (`map` with a field getter), not through a generator.
    return _make_counts(
        words=sum(map(_WORDS, stretches)), sentences=sentences, syllables=sum(map(_SYLLABLES, stretches)),
        tokens=sum(map(_TOKENS, stretches)), letters=sum(map(_LETTERS, stretches)),
        characters=sum(map(_CHARACTERS, stretches)), polysyllables=sum(map(_POLYSYLLABLES, stretches)),
        hard_words=sum(map(_HARD_WORDS, stretches)), unfamiliar_words=sum(map(_UNFAMILIAR_WORDS, stretches)),
        difficult_words=len(difficult), linsear_easy=linsear[0], linsear_hard=linsear[1], linsear_sentences=linsear[2],
    )


(_WORDS, _SYLLABLES, _TOKENS, _LETTERS, _CHARACTERS, _POLYSYLLABLES, _HARD_WORDS, _UNFAMILIAR_WORDS) = map(
    attrgetter, ("words", "syllables", "tokens", "letters", "characters", "polysyllables", "hard_words",
                 "unfamiliar_words"))


def linsear_sample_of_sentences(sentences: Sequence[Stretch]) -> tuple[int, int, int]:
    """Easy words, hard words and sentences in the first 100 words, with the toolkit's sentences.

    A sentence cut off by the end of the sample counts when more than two of its words are in it,
    as textstat counts the last fragment of its sample.
    """
    easy = hard = taken = counted = 0
    for sentence in sentences:
        room = LINSEAR_SAMPLE_WORDS - taken
        if room <= 0:
            break
        sample = sentence.word_syllables[:room]
        easy, hard = _classify(sample, easy, hard)
        taken += len(sample)
        if len(sample) == sentence.words or len(sample) > FRAGMENT_MAX_WORDS:
            counted += 1
    return easy, hard, counted


def linsear_sample_of_page(text: str, pieces: Sequence[Stretch], page_sentences: int,
                           lexicon: Lexicon) -> tuple[int, int, int]:
    """Easy words, hard words and sentences in the first 100 words, as textstat reads the page."""
    sample: list[int] = []
    for piece in pieces:
        sample.extend(piece.word_syllables[:LINSEAR_SAMPLE_WORDS - len(sample)])
        if len(sample) == LINSEAR_SAMPLE_WORDS:
            break
    easy, hard = _classify(sample, 0, 0)
    tokens = sum(p.tokens for p in pieces)
    if tokens <= LINSEAR_SAMPLE_WORDS:
        return easy, hard, page_sentences
    pieces: list[str] = []
    found = 0
    for match in TOKEN.finditer(text):
        pieces.append(match.group())
        if lexicon.clean(match.group()):
            found += 1
            if found == LINSEAR_SAMPLE_WORDS:
                break
    return easy, hard, lexicon.count_sentences(" ".join(pieces))


def _classify(word_syllables: Iterable[int], easy: int, hard: int) -> tuple[int, int]:
    for syllables in word_syllables:
        if syllables >= 3:
            hard += 1
        elif syllables > 0:
            easy += 1
    return easy, hard
