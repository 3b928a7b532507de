"""Name-calling: nouns that name people by a despised kind are their own category, still loaded wording.

The sentences are invented for these tests.
"""

from __future__ import annotations

import sys

import pytest

from toolkit.loaded import CATEGORIES, density, detect
from toolkit.loaded.categories import NAME_CALLING, counts_as_loaded
from toolkit.loaded.lexicon import load_lexicon


def found(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.category) for s in detect(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("The council regime sent its thugs to the harbour meeting.", [("regime", NAME_CALLING), ("thugs", NAME_CALLING)]),
    ("Only idiots and bureaucrats would back the ferry timetable.",
     [("idiots", NAME_CALLING), ("bureaucrats", NAME_CALLING)]),
    ("The columnist blamed leftists and globalists for the bakery closures.",
     [("leftists", NAME_CALLING), ("globalists", NAME_CALLING)]),
])
def test_labels_for_people_are_name_calling(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Mocking what people say or do is contempt; turning a dispute into a fight is hostility (calling people
    # the enemy is a label for them, name-calling, since the ninth round).
    ("The mayor sneered at the ridiculous tram plan.", [("sneered", "contempt"), ("ridiculous", "contempt")]),
    ("The rival club launched a crusade against the whole valley.", [("crusade", "hostility")]),
    ("A corrupt official signed the permit.", [("corrupt", "contempt")]),
])
def test_words_about_acts_and_fights_keep_their_own_kinds(sentence, expected):
    assert found(sentence) == expected


def test_name_calling_counts_as_loaded_wording_in_the_rates():
    assert counts_as_loaded(NAME_CALLING) and CATEGORIES[NAME_CALLING].counts_as_loaded
    text = "The thugs from the county regime closed the library."
    rates = density(text, detect(text))
    assert rates.by_category[NAME_CALLING].spans == 2 and rates.overall.spans == 2


def test_every_built_in_name_calling_entry_is_a_label_with_a_reason_and_an_alternative():
    entries = [e for e in load_lexicon().entries if e.category == NAME_CALLING]
    assert len(entries) >= 80
    for entry in entries:
        assert entry.why and entry.alternatives, entry.term


def test_the_benchmark_scores_name_calling_against_its_own_technique(tmp_path, capsys, project_root):
    """PTC keeps Name_Calling,Labeling apart from Loaded_Language: a name-calling span is scored against the
    former, and is neither a false positive nor a find of the latter (the older count is printed too)."""
    text = "Title line\n\nThe regime thugs stormed out of the outrageous hearing.\n"
    root = tmp_path / "ptc_semeval2020_task11"
    (root / "train-articles").mkdir(parents=True)
    (root / "train-articles" / "article1.txt").write_text(text, encoding="utf-8")

    def at(word: str) -> str:
        start = text.index(word)
        return f"{start}\t{start + len(word)}"

    (root / "train-task2-TC.labels").write_text(
        f"1\tName_Calling,Labeling\t{at('thugs')}\n1\tLoaded_Language\t{at('outrageous')}\n"
        f"1\tLoaded_Language\t{at('regime')}\n", encoding="utf-8")
    sys.path.insert(0, str(project_root / "bench"))
    try:
        import bench_loaded_quality
    finally:
        sys.path.remove(str(project_root / "bench"))
    shown = {s.text: s.category for s in detect(text)}
    assert shown["regime"] == shown["thugs"] == NAME_CALLING and shown["outrageous"] == "outrage"
    scores = bench_loaded_quality.run_ptc(root, 0, quiet=True)
    loaded, every, naming = scores["toolkit"], scores["every_loaded"], scores["name_calling"]
    # Loaded_Language: "stormed out" and "outrageous" are predicted; "outrageous" is right; "regime" is missed.
    assert (loaded.predicted, loaded.tp, loaded.gold, loaded.found) == (2, 1, 2, 1)
    # The older count: four loaded spans, two of them on Loaded_Language gold ("regime" and "outrageous").
    assert (every.predicted, every.tp, every.found) == (4, 2, 2)
    # Name_Calling: "regime" and "thugs" predicted, "thugs" right.
    assert (naming.predicted, naming.tp, naming.gold, naming.found) == (2, 1, 1, 1)
