"""The gradebook: re-scored, not trusted; which spec it used; sorting; odd files listed, never fatal."""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from toolkit import load_article
from toolkit.authoring.gradebook import ExerciseRow, GradebookError, QuestionRow, gradebook, item_statistics
from toolkit.exercises import Exercise
from tests.authoring_helpers import copy_project, toolkit
from tests.conftest import ROOT


def rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def class_folder(tmp_path, monkeypatch):
    folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    return folder


def test_points_come_from_the_saved_answers_and_the_source_spec(class_folder, tmp_path):
    ada = Exercise("03-readability", student="ada")
    q1 = ada.question("q1")
    assert ada.check("q1", "13.05").status == "right"
    ada.hint("q2")
    assert ada.check("q2", "25").status == "wrong"
    book = gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    (row,) = rows(tmp_path / "grades" / "gradebook.csv")
    assert (row["student"], row["exercise"], row["points"], row["attempts"], row["hints"], row["finished"]) == \
        ("ada", "03-readability", f"{q1.points:g}", "2", "1", "1")
    assert row["scored_by"] == "re-scored against exercises/source/03-readability.yaml"
    assert float(row["possible"]) == ada.spec.possible
    assert book.problems == [] and (tmp_path / "grades" / "problems.txt").read_text() == "no problems\n"


def test_without_its_source_an_exercise_is_scored_against_the_built_spec(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "course")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(tmp_path / "collected"))
    Exercise("03-readability", student="ada").check("q1", "13.05")
    (project / "exercises" / "source" / "03-readability.yaml").unlink()
    gradebook(tmp_path / "collected", out=tmp_path / "grades", root=project)
    (row,) = rows(tmp_path / "grades" / "gradebook.csv")
    assert row["scored_by"] == "re-scored against exercises/03-readability.exercise.json" and row["points"] != "0"
    (project / "exercises" / "03-readability.exercise.json").unlink()
    book = gradebook(tmp_path / "collected", out=tmp_path / "grades2", root=project)
    assert rows(tmp_path / "grades2" / "gradebook.csv") == []
    assert any("there is no spec for it" in problem for problem in book.problems)


def test_a_submission_counts_when_there_is_no_progress_file_and_the_newer_file_wins(class_folder, tmp_path):
    ben = Exercise("03-readability", student="ben")
    ben.check("q1", "13.05")
    ben.export_submission()
    (class_folder / "ben" / "progress" / "03-readability.json").unlink()
    gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    (row,) = rows(tmp_path / "grades" / "gradebook.csv")
    assert row["file"] == "submissions/03-readability.json" and float(row["points"]) > 0


def test_hint_costs_are_taken_up_to_what_the_hints_cost(class_folder, tmp_path):
    cy = Exercise("03-readability", student="cy")
    question = cy.question("q3")
    costs = [hint.cost for hint in question.hints]
    for _ in costs:
        cy.hint("q3")
    cy.check("q3", "38")
    path = class_folder / "cy" / "progress" / "03-readability.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"]["q3"]["hint_cost"] = 0.0  # an edited file that forgets what the hints cost
    data["questions"]["q3"]["points"] = question.points
    path.write_text(json.dumps(data), encoding="utf-8")
    gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    (q3,) = [r for r in rows(tmp_path / "grades" / "questions.csv") if r["question"] == "q3"]
    assert float(q3["points"]) == question.points  # re-scored: right; the file's hint cost (0) is within bounds
    data["questions"]["q3"]["hint_cost"] = 99.0  # more than the hints can cost: capped at their cost
    path.write_text(json.dumps(data), encoding="utf-8")
    gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    (q3,) = [r for r in rows(tmp_path / "grades" / "questions.csv") if r["question"] == "q3"]
    assert float(q3["points"]) == max(0, question.points - sum(costs))


def test_sorting_is_scored_against_the_reviewed_sentence_key(class_folder, tmp_path):
    from toolkit.keys.sentence_keys import load_sentence_key
    from toolkit.claims.sorting import SortingStore

    article = load_article(ROOT / "seeds" / "turkey-s400")
    key = load_sentence_key(article)
    plain = [sid for sid, entry in key.entries.items() if entry.label != "attributed" and not entry.accept][:3]
    store = SortingStore(article, "ada")
    store.set(plain[0], label=key.get(plain[0]).label)
    store.set(plain[1], label=key.get(plain[1]).label)
    wrong = next(label for label in ("fact", "opinion") if label != key.get(plain[2]).label)
    store.set(plain[2], label=wrong)
    gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    (row,) = rows(tmp_path / "grades" / "sorting.csv")
    assert (row["student"], row["article"], row["sorted"], row["points"], row["possible"]) == \
        ("ada", "turkey-s400", "3", "2", "3")


def test_odd_files_are_listed_and_never_stop_the_rest(class_folder, tmp_path):
    Exercise("03-readability", student="ada").check("q1", "13.05")
    progress = class_folder / "ada" / "progress"
    shutil.copy(progress / "03-readability.json", progress / "04-loaded-language.json")  # a renamed file
    (progress / "notes.json").write_text("[1, 2]", encoding="utf-8")
    (progress / "03-readability.corrupt-20260101-000000.json").write_text("{", encoding="utf-8")
    (class_folder / "ada" / "annotations").mkdir()
    (class_folder / "ada" / "annotations" / "no-such-article.json").write_text("{}", encoding="utf-8")
    (class_folder / "bob" / "progress").mkdir(parents=True)
    (class_folder / "bob" / "progress" / "03-readability.json").write_bytes(b"\xff\xfe\x00garbage")
    before = {p: p.read_bytes() for p in class_folder.rglob("*") if p.is_file()}
    book = gradebook(class_folder, out=tmp_path / "grades", root=ROOT)
    assert [r["student"] for r in rows(tmp_path / "grades" / "gradebook.csv")] == ["ada"]
    problems = "\n".join(book.problems)
    assert "is for exercise '03-readability', not '04-loaded-language'" in problems
    assert "notes.json: not a toolkit file" in problems
    assert "no-such-article" in problems and "bob" in problems
    assert "corrupt" not in problems, "a file the toolkit set aside is the student's, not a problem"
    assert {p: p.read_bytes() for p in class_folder.rglob("*") if p.is_file()} == before


def test_where_the_gradebook_may_write(class_folder, tmp_path):
    Exercise("03-readability", student="ada").check("q1", "13.05")
    with pytest.raises(GradebookError, match="outside the students' folder"):
        gradebook(class_folder, out=class_folder / "grades", root=ROOT)
    with pytest.raises(GradebookError, match="no such folder"):
        gradebook(tmp_path / "nowhere", root=ROOT)
    book = gradebook(class_folder, root=ROOT)
    assert book.out == tmp_path / "collected-grades" and (book.out / "summary.txt").is_file()
    done = toolkit("gradebook", str(tmp_path / "nowhere"), cwd=ROOT)
    assert done.returncode == 2 and done.stderr.startswith("error:") and done.stderr.count("\n") == 1


def test_item_statistics_count_students_who_have_the_exercise():
    def q(student, question, points, correct, attempts=1):
        return QuestionRow(student, "ex", question, "", points, 2, attempts, 0, correct, correct, points, "re-scored")

    questions = [q("a", "q1", 2, True), q("b", "q1", 1, False), q("c", "q1", 0, False, attempts=0),
                 q("a", "q2", 2, True), q("b", "q2", 2, True), q("c", "q2", 2, True)]
    exercises = [ExerciseRow(s, "ex", 0, 4, 0, 0, 0, 2, None, "", "") for s in "abc"]
    items = {item["question"]: item for item in item_statistics(questions, exercises)}
    assert (items["q1"]["students"], items["q1"]["attempted"], items["q1"]["correct"], items["q1"]["missed"]) == \
        (3, 2, 1, 2)
    assert items["q1"]["mean_points"] == 1.0 and items["q1"]["correct_share"] == pytest.approx(0.333)
    assert items["q2"]["missed"] == 0 and items["q2"]["mean_points"] == 2.0
