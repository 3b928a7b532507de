"""Written answers: saved into the student's work folder as they are typed, back after a restart, in the gradebook."""

from __future__ import annotations

import csv
import json

import pytest

from toolkit.written import load_answers, save_answer, written_path
from tests.conftest import ROOT


def test_an_answer_is_saved_in_the_work_folder_and_survives_a_restart(work_dir):
    save_answer("01-first-read", "trust", "1. The framing, the republisher.")
    save_answer("01-first-read", "other", "kept beside it")
    save_answer("01-first-read", "trust", "1. The framing: the republisher, unsigned.")
    path = written_path("01-first-read")
    assert path == work_dir / "student" / "written" / "01-first-read.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "toolkit.written/1" and data["student"] == "student"
    answers = load_answers("01-first-read")  # a new load is what a restarted kernel does
    assert answers["trust"].text == "1. The framing: the republisher, unsigned." and answers["trust"].words == 6
    assert answers["other"].text == "kept beside it"


def test_a_damaged_file_is_set_aside_not_overwritten(work_dir):
    path = written_path("02-who-is-speaking")
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_answers("02-who-is-speaking") == {}
    assert list(path.parent.glob("02-who-is-speaking.damaged-*"))


@pytest.mark.parametrize("task", ["../x", "a/b", ""])
def test_task_and_lesson_names_cannot_leave_the_folder(work_dir, task):
    with pytest.raises(ValueError):
        save_answer("01-first-read", task, "x")
    with pytest.raises(ValueError):
        save_answer("../01", "trust", "x")


def test_the_widget_saves_what_is_typed_and_shows_it_again(work_dir):
    from toolkit.widgets.written_answer import written_answer

    view = written_answer("06-putting-it-together", "predictions")
    view.box.value = "1. The framing <b>is</b> loaded."
    assert "Saved" in view.status.value
    again = written_answer("06-putting-it-together", "predictions")
    assert again.box.value == "1. The framing <b>is</b> loaded." and "back" in again.status.value


def test_the_gradebook_collects_written_answers_as_text(tmp_path, monkeypatch):
    from toolkit.authoring.gradebook import gradebook

    class_folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(class_folder))
    save_answer("01-first-read", "trust", "=HYPERLINK(\"http://x\")", student="ada")
    save_answer("02-who-is-speaking", "page-map", "the caption: the agency", student="bo")
    foreign = class_folder / "bo" / "written" / "01-first-read.json"
    foreign.write_text(json.dumps({"format": "toolkit.written/1", "lesson": "01-first-read", "student": "ada",
                                   "answers": {"trust": {"text": "copied"}}}), encoding="utf-8")
    book = gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    with (tmp_path / "grades" / "written.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["student"], r["lesson"], r["task"]) for r in rows] == [("ada", "01-first-read", "trust"),
                                                                    ("bo", "02-who-is-speaking", "page-map")]
    assert rows[0]["text"].startswith("'="), "a student's text never runs as a spreadsheet formula"
    assert rows[1]["words"] == "4"
    assert any("foreign" in problem for problem in book.problems)


def test_changing_who_speaks_needs_no_code_and_is_saved(work_dir):
    from toolkit.widgets.voice_rewrite import voice_rewrite

    view = voice_rewrite("05-fact-or-opinion", "That alone may be enough for Russia.")
    # Crediting the guess to the analyst would put words in his mouth (the checker refuses that, see lesson 5):
    view.boxes["attributed"].value = "The story's reporter suggests that the sale alone may be enough for Russia."
    view.boxes["fact"].value = "That alone may be enough for Russia."
    view.check.click()
    assert "&#10004; <b>attributed</b>" in view.result.value and "&#10008; <b>fact</b>" in view.result.value
    again = voice_rewrite("05-fact-or-opinion", "That alone may be enough for Russia.")
    assert again.boxes["attributed"].value.startswith("The story's reporter suggests")
    assert set(load_answers("05-fact-or-opinion")) == {"change-who-speaks-attributed", "change-who-speaks-fact"}
