"""The tenth round of loaded language (issue 16): kinds of error read on the development part of PTC.

- A judgment reported as someone else's verdict ("jokes deemed offensive", "criticised as racist", "what is
  often called political correctness") is the judge's word, reported like a charge; the writer's own
  judgment ("the jokes were offensive") is still flagged.
- Scripture quoted, or set out in the English of the old Bible translations ("Woe unto them that call evil
  good"), speaks in the cited text's vocabulary, not the writer's; the writer's own sentence that merely cites
  a verse for support is still the writer's judgment.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect
from toolkit.loaded.scripture import cites_a_verse
from toolkit.text.tokens import tokenize


def flagged(text: str) -> list[str]:
    return [s.text.lower() for s in detect(text) if s.counts_as_loaded]


# ------------------------------------------------------------------ verdicts reported as someone's

@pytest.mark.parametrize("sentence, word", [
    ("The comedian was dropped from the festival for sketches deemed offensive by the organisers.", "offensive"),
    ("The mayor's remarks about the bus drivers were criticised as racist by two councillors.", "racist"),
    ("Her column was described as a disgrace by the rival paper's editor.", "disgrace"),
    ("What is often called political correctness is only good manners, the headteacher said.", "political correctness"),
    ("The inspector called it outrageous in his report on the ferry timetable.", "outrageous"),
])
def test_a_verdict_reported_as_someones_is_not_the_writers_word(sentence, word):
    assert word not in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("The sketches at the festival were offensive and cruel.", "offensive"),
    ("The mayor's remarks about the bus drivers were racist.", "racist"),
    ("This column is a disgrace to the paper.", "disgrace"),
    # punctuation between the verb and the word: the writer's own comment follows
    ("The inspector called, and his verdict was outrageous.", "outrageous"),
    # "so-called" is the writer's own doubt, not a verdict handed to someone
    ("The so-called reforms were an outrageous waste of the harbour fund.", "outrageous"),
    ("These so-called outrageous fares are lower than last year's.", "outrageous"),
    ("The inspector called, and his verdict was outrageous.", "outrageous"),
])
def test_the_writers_own_judgment_is_still_flagged(sentence, word):
    assert word in flagged(sentence)


# ------------------------------------------------------------------ scripture quoted

@pytest.mark.parametrize("sentence, word", [
    ("The vicar read the old verse: \u201cWoe unto them that call evil good, and good evil.\u201d", "evil"),
    ("But if thou do that which is evil, thou shalt answer for it.", "evil"),
    ("The sermon closed with \u201cThe wrath of the wicked is a storm\u201d (Proverbs 12:4) and a hymn.", "wrath"),
    ("The deacon quoted \u201cthe evil works of the proud\u201d (2 John 1.10-11) to the youth group.", "evil"),
])
def test_scripture_quoted_speaks_in_its_own_words(sentence, word):
    assert word not in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    # the writer's own sentence with a verse cited for support
    ("The council members are hypocrites and cowards (Matthew 7:5).", "hypocrites"),
    # a commandment's name in capitals is a title, not the sentence's own old English
    ("After Thou Shalt Not Steal was painted on the wall, the council's response was outrageous.", "outrageous"),
    # modern words outside a quoted verse stay the writer's
    ("\u201cWoe unto them,\u201d the preacher said, and then he made an outrageous attack on the council.",
     "outrageous"),
])
def test_the_writers_words_beside_scripture_are_still_flagged(sentence, word):
    assert word in flagged(sentence)


def test_a_verse_reference_needs_a_book_name_and_chapter_and_verse():
    assert cites_a_verse(tokenize("as the letter says (Romans 13:4)"))
    assert cites_a_verse(tokenize("(see also 2 John 1.10-11)")) is False  # "see also" stands between
    assert cites_a_verse(tokenize("the old warning (Rom. 13:4)"))
    assert not cites_a_verse(tokenize("The meeting starts on Monday 10:30 sharp."))
    assert not cites_a_verse(tokenize("The meeting (Monday 10:30) was long."))  # a weekday is no book
    assert not cites_a_verse(tokenize("Bus 12 leaves at 9."))


def test_a_verdict_handed_to_nobody_in_particular_stays_loaded():
    # "widely seen as" hides the judge: vague sourcing, and the verdict is still the writer's loaded word
    assert "disgraceful" in flagged("The new car park is widely seen as a disgraceful waste of money.")
