"""Issue 17, findings 5 and 6: student folders keep different names apart; killed saves leave no litter."""

from __future__ import annotations

import csv
import json
import os
import unicodedata

import pytest
from hypothesis import given, strategies as st

from toolkit.storage import store
from toolkit.annotation.session import AnnotationSession
from toolkit.exercises import Exercise
from toolkit.storage.student_names import clean_student_name, student_name_problem
from tests.test_exercise_progress import write_spec

CLASS = ["김민준", "Мария", "李明", "josé", "josè", "jose", "José", "Ана", "प्रिया", "محمد", "Zoë", "ada",
         "a..b", "..", "../etc", "jane.doe@school.org", "jane.doe-school.org", "Mary Ann", "Mary/Ann", "CON", "",
         "   ", "-rf", "=1+1", "😀", "x" * 300]


def test_every_name_in_a_mixed_class_gets_its_own_folder():
    folders = [clean_student_name(name) for name in CLASS if name.strip()]
    assert len(set(folders)) == len(folders)
    for folder in folders:
        assert student_name_problem(folder) is None, folder


def test_readable_names_stay_readable_and_cleaned_ones_get_a_stable_hash():
    assert clean_student_name("김민준") == "김민준" and clean_student_name("Мария") == "Мария"
    assert clean_student_name("李明") == "李明" and clean_student_name("josé") == "josé"
    assert clean_student_name("प्रिया") == "प्रिया"  # combining vowel signs are kept
    cleaned = clean_student_name("Mary Ann")
    assert cleaned.startswith("Mary-Ann-") and cleaned == clean_student_name("Mary Ann")
    assert clean_student_name("..").startswith("student-") and clean_student_name("../etc").startswith("etc-")


def test_the_same_name_typed_on_a_mac_and_on_windows_is_one_folder():
    composed, decomposed = "jos\u00e9", unicodedata.normalize("NFD", "jos\u00e9")
    assert composed != decomposed and clean_student_name(composed) == clean_student_name(decomposed) == "josé"


@given(st.text(max_size=80))
def test_any_name_gives_a_usable_folder_name_and_cleaning_is_idempotent(name):
    folder = clean_student_name(name)
    assert student_name_problem(folder) is None
    assert clean_student_name(folder) == folder
    assert len(folder.encode("utf-8")) <= 109 and "/" not in folder and folder not in (".", "..")


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_different_names_never_share_a_folder(one, two):
    if unicodedata.normalize("NFC", one).strip() != unicodedata.normalize("NFC", two).strip():
        assert clean_student_name(one) != clean_student_name(two) or not one.strip() or not two.strip()


@pytest.mark.parametrize("hub_name", CLASS)
def test_any_hub_user_name_works_in_every_tool(sample, work_dir, monkeypatch, tmp_path, hub_name):
    monkeypatch.setenv("JUPYTERHUB_USER", hub_name)
    session = AnnotationSession(sample)
    session.add(*session.words[2], "loaded")
    Exercise(write_spec(tmp_path)).check("q1", "a")
    folder = store.student_dir()
    assert folder.parent == work_dir and (folder / "annotations").is_dir() and (folder / "progress").is_dir()


def test_classmates_with_similar_names_never_see_each_others_marks(sample, work_dir, monkeypatch):
    for name, word in (("김민준", 1), ("Мария", 2), ("李明", 3), ("josé", 4), ("josè", 5)):
        monkeypatch.setenv("JUPYTERHUB_USER", name)
        session = AnnotationSession(sample)
        assert session.spans == ()
        session.add(*session.words[word], "loaded")
    assert len(list(work_dir.iterdir())) == 5


def test_the_gradebook_shows_which_folder_is_which_student(tmp_path, monkeypatch):
    from toolkit.authoring.gradebook import gradebook
    from tests.conftest import ROOT

    folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    for name in ("Mary Ann", "김민준"):
        monkeypatch.setenv("JUPYTERHUB_USER", name)
        Exercise("03-readability").check("q1", "13.05")
    gradebook(folder, out=tmp_path / "grades", root=ROOT)
    with (tmp_path / "grades" / "students.csv").open(encoding="utf-8", newline="") as handle:
        mapping = {row["folder"]: row["name"] for row in csv.DictReader(handle)}
    assert mapping == {clean_student_name("Mary Ann"): "Mary Ann", "김민준": "김민준"}


# ----- finding 6: leftovers of killed saves ---------------------------------------------------

def test_temporary_files_of_interrupted_saves_are_removed_by_the_next_save(sample, work_dir):
    session = AnnotationSession(sample, "ana")
    session.add(*session.words[1], "loaded")
    folder = session.path.parent
    for number in range(3):  # what a kernel killed between writing and renaming leaves behind
        (folder / f".{session.path.name}.killed{number}.tmp").write_text('{"half": ')
    session.add(*session.words[2], "loaded")
    assert not [name for name in os.listdir(folder) if name.endswith(".tmp")]
    assert len(json.loads(session.path.read_text(encoding="utf-8"))["spans"]) == 2


def test_an_unlocked_writer_removes_only_stale_temporaries(tmp_path):
    target = tmp_path / "key.json"
    fresh, stale = tmp_path / ".key.json.fresh.tmp", tmp_path / ".key.json.stale.tmp"
    fresh.write_text("{")
    stale.write_text("{")
    old = os.path.getmtime(stale) - store.STALE_TEMPORARY_SECONDS - 5
    os.utime(stale, (old, old))
    store.atomic_write_json(target, {"ok": True})
    assert fresh.exists() and not stale.exists()  # a save in progress elsewhere keeps its file
