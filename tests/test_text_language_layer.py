"""The text layer tells an article's language once, from the tokens it holds, with `looks_english`'s answer."""

from __future__ import annotations

import pytest

from toolkit.text import language
from toolkit.text.layer import TextLayer

ENGLISH = ("The council met on Tuesday and voted to close the old bridge, which has been in poor repair "
           "for years. Residents said they were worried about the longer drive to the clinic.")
FRENCH = ("Le conseil municipal s'est réuni mardi soir pour voter la fermeture du vieux pont, jugé dangereux "
          "depuis plusieurs années. Plusieurs habitants craignent un trajet plus long jusqu'à la clinique.")
NUMBERS = "Scores: 12 14 9 21 7 33 18 40 2 11 25 16 8 30 19 27, then 4 more, 2024-25 season."


@pytest.mark.parametrize("text", [
    ENGLISH,
    FRENCH,
    NUMBERS,
    "Too short to judge.",
    "",
    # longer than the sample read, with a word cut by the sample's end: the layer must cut it the same way
    (FRENCH + " ") * (language.SAMPLE_CHARS // len(FRENCH)) + "x" * 40 + " " + ENGLISH * 400,
    (ENGLISH + " ") * (language.SAMPLE_CHARS // len(ENGLISH) + 3),
])
def test_the_layer_answers_as_looks_english_does(text: str) -> None:
    assert language.layer_looks_english(TextLayer(text)) == language.looks_english(text)
    assert TextLayer(text).looks_english == language.looks_english(text)


def test_the_layer_does_not_tokenize_the_text_again(monkeypatch: pytest.MonkeyPatch) -> None:
    layer = TextLayer(FRENCH * 3)
    layer.tokens  # noqa: B018 - the analysis has tokenized the text already

    def no_second_pass(*args: object, **kwargs: object) -> None:
        raise AssertionError("tokenized again")

    monkeypatch.setattr(language, "tokenize", no_second_pass)
    assert layer.looks_english is False
