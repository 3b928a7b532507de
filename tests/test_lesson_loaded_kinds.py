"""Lesson 4's table of loaded-language kinds is the detector's: each example it prints is found, as that kind.

The table is prose a teacher may edit, so its examples are typed by hand; this test keeps them honest
against the lexicon and the category titles (`toolkit/loaded/categories.py`), so a student who checks a
printed example in the highlighter sees the kind the lesson named.
"""

from __future__ import annotations

import re

import pytest

from toolkit.loaded.categories import CATEGORIES
from toolkit.loaded.detect import detect
from tests.conftest import ROOT

LESSON = ROOT / "lessons" / "source" / "04-loaded-language.md"
ROW = re.compile(r"^\| (?P<kind>[a-z][^|]*?) \| \*(?P<examples>[^|]+)\* \|$", re.M)


def _rows() -> list[tuple[str, str]]:
    rows = [(m["kind"], example.strip()) for m in ROW.finditer(LESSON.read_text(encoding="utf-8"))
            for example in m["examples"].split(",")]
    return [(kind, example) for kind, example in rows if "..." not in example]  # "hold ... hostage": a gap


def _category_for(kind: str) -> str:
    """The category whose title the row names ("glittering generalities (praise)" names "Glittering generalities")."""
    named = [c.name for c in CATEGORIES.values() if kind.lower().startswith(c.title.lower())]
    assert len(named) == 1, f"lesson 4's row {kind!r} names no single category title"
    return named[0]


def _carrier(example: str) -> str:
    """A plain sentence around the example: an adverb before the verb it grades, anything else after "was"."""
    if example.endswith("ly"):
        return f"The plan {example} failed."
    return f"The report said it was {example} for everyone in town."


def test_the_table_is_read():
    assert len(_rows()) >= 30


@pytest.mark.parametrize("kind, example", _rows())
def test_every_printed_example_is_found_as_its_kind(kind, example):
    spans = detect(_carrier(example))
    assert [s.category for s in spans] == [_category_for(kind)], [(s.text, s.category) for s in spans]
