"""Grades into Canvas, Google Classroom and Moodle files, and per-question statistics."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import ROOT
from toolkit.authoring.gradebook import gradebook
from toolkit.authoring.lms_export import RosterError, safe_cell
from toolkit.authoring.question_statistics import pearson
from toolkit.exercises import Exercise


def table(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def graded(tmp_path, monkeypatch):
    folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    answers = {"ada": ("13.05", "20.35", "38"), "ben": ("13.05", "25", "38"), "cy": ("2", "25", "10"),
               "dee": ("13.05", "2", "2")}
    for student, (q1, q2, q3) in answers.items():
        ex = Exercise("03-readability", student=student)
        ex.check("q1", q1), ex.check("q2", q2), ex.check("q3", q3)
    roster = tmp_path / "roster.csv"
    roster.write_text("student,name,email,lms_id,login,section\n"
                      "ada,Ada Lovelace,ada@school.example,101,alovelace,7B\n"
                      "ben,\"Okafor, Ben\",ben@school.example,102,,7B\n"
                      "dee,=HYPERLINK(\"x\"),,,,\n", encoding="utf-8")
    book = gradebook(folder, out=tmp_path / "grades", root=ROOT, roster=roster)
    return tmp_path / "grades", book


def test_each_lms_file_has_its_columns_and_the_rescored_points(graded):
    out, book = graded
    points = {row.student: row.points for row in book.exercises}
    title = "Exercise 3: How hard is it to read?"
    canvas = table(out / "canvas.csv")
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", title]
    assert canvas[1][0] == "Points Possible" and float(canvas[1][5]) == book.exercises[0].possible
    by_login = {row[3]: row for row in canvas[2:]}
    assert by_login["alovelace"][:5] == ["Ada Lovelace", "101", "", "alovelace", "7B"]
    assert float(by_login["alovelace"][5]) == points["ada"] and by_login["cy"][0] == "cy"  # no roster row: folder
    classroom = table(out / "google-classroom.csv")
    assert classroom[0] == ["Email Address", "Last Name", "First Name", title]
    assert ["ben@school.example", "Okafor", "Ben", f"{points['ben']:g}"] in classroom
    moodle = table(out / "moodle.csv")
    assert moodle[0] == ["Username", "Email address", "ID number", "Full name", title]
    assert ["alovelace", "ada@school.example", "", "Ada Lovelace", f"{points['ada']:g}"] in moodle
    # A name from the roster that a spreadsheet would run is written as text.
    assert any(row[3].startswith("'=HYPERLINK") for row in moodle[1:])
    assert "without an e-mail address" in book.summary


def test_question_statistics_say_how_hard_each_question_was_and_whether_it_discriminates(graded):
    out, book = graded
    rows = {row["question"]: row for row in csv.DictReader((out / "question-statistics.csv").open(encoding="utf-8"))}
    assert set(rows) == {q.question for q in book.questions}
    q1 = [r for r in book.questions if r.question == "q1"]
    assert int(rows["q1"]["students"]) == len(q1) == 4
    assert float(rows["q1"]["difficulty"]) == pytest.approx(sum(r.points for r in q1) / 4 / q1[0].possible, abs=1e-3)
    assert rows["q1"]["discrimination"] != ""  # varied points on both sides
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0) and pearson([1, 1, 1], [1, 2, 3]) is None


def test_a_roster_without_a_student_column_is_refused_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(tmp_path / "c"))
    Exercise("03-readability", student="ada").check("q1", "13.05")
    bad = tmp_path / "roster.csv"
    bad.write_text("email\nx@y\n", encoding="utf-8")
    with pytest.raises(RosterError, match="needs a `student` column"):
        gradebook(tmp_path / "c", out=tmp_path / "g", root=ROOT, roster=bad)
    assert safe_cell("+1") == "'+1" and safe_cell(3.5) == 3.5 and safe_cell("Ada") == "Ada"
