"""Browser (UTF-16) offsets and Python offsets: conversions that never split a character."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from toolkit.text.utf16 import Utf16Map, utf16_length

MIXED = "Caf\u00e9 \u201cquoted\u201d \u2014 dash \U0001F600 emoji \U0001F1F9\U0001F1F7 flag, na\u00efve \U00010348 end"


def js_slice(text: str, start16: int, end16: int) -> str:
    """What JavaScript's `text.slice(start16, end16)` gives, computed from the UTF-16 encoding."""
    units = text.encode("utf-16-le")
    return units[2 * start16: 2 * end16].decode("utf-16-le")


def test_bmp_characters_count_the_same_in_both():
    text = "\u201cCaf\u00e9\u201d \u2014 na\u00efve"
    mapping = Utf16Map(text)
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert utf16_length(text) == len(text)


def test_an_emoji_takes_two_units():
    text = "a\U0001F600b"
    mapping = Utf16Map(text)
    assert utf16_length(text) == 4
    assert [mapping.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert mapping.from_utf16(3) == 2
    assert mapping.from_utf16(4) == 3


def test_an_offset_inside_a_surrogate_pair_rounds_to_a_whole_character():
    mapping = Utf16Map("a\U0001F600b")
    assert mapping.from_utf16(2, "down") == 1
    assert mapping.from_utf16(2, "up") == 2
    assert mapping.span_from_utf16(2, 2) == (1, 2)  # widened, never narrowed


def test_phrase_after_astral_characters_maps_back_exactly():
    text = MIXED
    phrase = "\u201cquoted\u201d \u2014 dash"
    start = text.index(phrase)
    later = text.index("na\u00efve")
    mapping = Utf16Map(text)
    for begin, end in ((start, start + len(phrase)), (later, later + 5)):
        start16, end16 = mapping.span_to_utf16(begin, end)
        assert js_slice(text, start16, end16) == text[begin:end]
        assert mapping.span_from_utf16(start16, end16) == (begin, end)
    assert mapping.to_utf16(later) == later + 3  # two emoji and a flag's two regional indicators before it


@pytest.mark.parametrize("bad", [-1, 10_000])
def test_offsets_outside_the_text_are_refused(bad):
    mapping = Utf16Map("abc")
    with pytest.raises(ValueError):
        mapping.to_utf16(bad)
    with pytest.raises(ValueError):
        mapping.from_utf16(bad)


@given(st.text(max_size=60))
def test_round_trip_for_any_text(text):
    mapping = Utf16Map(text)
    assert mapping.length16 == len(text.encode("utf-16-le")) // 2 == utf16_length(text)
    for index in range(len(text) + 1):
        offset16 = mapping.to_utf16(index)
        assert mapping.from_utf16(offset16) == index
        assert js_slice(text, 0, offset16) == text[:index]


@given(st.text(max_size=40), st.data())
def test_any_utf16_span_maps_to_whole_characters_covering_it(text, data):
    mapping = Utf16Map(text)
    start16 = data.draw(st.integers(0, mapping.length16))
    end16 = data.draw(st.integers(start16, mapping.length16))
    start, end = mapping.span_from_utf16(start16, end16)
    assert 0 <= start <= end <= len(text)
    assert mapping.to_utf16(start) <= start16 and mapping.to_utf16(end) >= end16
