"""Kinds of loaded-language error seen on real news, each checked on sentences written for these tests.

- vague sourcing is shown but not counted as loaded wording (rates, drafted keys);
- words used in a plain sense (a lie as a place, a disease, a military invasion, a legal charge);
- families of figurative phrases, evaluative verbs of speech and contempt adjectives.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import CATEGORIES, density, detect
from toolkit.loaded.categories import counts_as_loaded


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text.lower(), s.category) for s in detect(text)]


# ------------------------------------------------------------------ vague sourcing: shown, not counted

def test_vague_sourcing_is_shown_but_not_counted_as_loaded_wording():
    text = "Some say the new bridge is widely seen as a disgraceful waste of money by the town council."
    spans = detect(text)
    assert {s.category for s in spans} == {"sourcing", "outrage"}
    assert [s.counts_as_loaded for s in spans if s.category == "sourcing"] == [False, False]
    assert all(s.counts_as_loaded for s in spans if s.category != "sourcing")
    rates = density(text, spans)
    assert rates.overall.spans == 1, "only 'disgraceful' is loaded wording"
    assert rates.by_category["sourcing"].spans == 2, "the table of kinds still lists vague sourcing"
    assert spans[0].to_dict()["counts_as_loaded"] is False


def test_every_category_but_sourcing_counts_and_an_instructors_own_counts():
    assert [name for name in CATEGORIES if not counts_as_loaded(name)] == ["sourcing"]
    assert counts_as_loaded("class-words")
