"""Assessment mode: built, answered, handed in and graded, with no answer data in the student copy."""

from __future__ import annotations

import csv
import json
import re

import pytest
import yaml

from tests.authoring_helpers import copy_project
from toolkit.authoring.gradebook import gradebook
from toolkit.authoring.student_build import build_student
from toolkit.exercises import Exercise
from toolkit.exercises.build import build_exercises, compile_with_kept_salt
from toolkit.exercises.sealing import SEALED_PREFIX, Sealer
from toolkit.keys.sealed import SEALED_KEYS_FILE

EXERCISE = "02-sources-and-framing"


def rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A project copy whose exercise 2 is in assessment mode, built, and its student copy."""
    project = copy_project(tmp_path / "course")
    source = project / "exercises" / "source" / f"{EXERCISE}.yaml"
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    spec["mode"] = "assessment"
    source.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
    report = build_exercises(project, only=[EXERCISE])
    assert not report.errors and report.written
    student = tmp_path / "student"
    build = build_student(student, root=project)
    return project, student, spec, build


def answer_strings(project, spec) -> list[str]:
    """Every answer, hint, explanation and feedback text of the source, except words the article itself holds."""
    compiled = compile_with_kept_salt(project / "exercises" / "source" / f"{EXERCISE}.yaml", project)
    article = (project / "seeds" / spec["article"] / "article.txt").read_text(encoding="utf-8").lower()
    texts = {text for _, _, text in compiled.secrets if len(text) >= 4}
    return sorted(t for t in texts if t.lower() not in article)


def test_the_student_copy_holds_no_answer_data_sealed_or_not(course):
    project, student, spec, build = course
    strings = answer_strings(project, spec)
    assert len(strings) >= 20, strings  # answers, hints, explanations and feedback of eight questions
    for path in student.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="ignore").lower()
            found = [s for s in strings if s.lower() in text]
            assert not found, f"{path.relative_to(student)} holds {found[:3]}"
    # Sealed or digested: every token in the students' file is made from nothing.
    built = json.loads((student / "exercises" / f"{EXERCISE}.exercise.json").read_text(encoding="utf-8"))
    assert built["mode"] == "assessment"
    sealer = Sealer(built["id"], built["salt"])
    for question in built["questions"]:
        assert question["hints"] == []
        assert sealer.open(question["id"], "explanation", question["explanation"]) == ""
        tokens = re.findall(r'"(sealed:v1:[^"]+)"', json.dumps({k: v for k, v in question.items()
                                                                  if k != "explanation"}))
        for token in tokens:
            assert sealer.open(question["id"], "withheld", token) is None
        digests = re.findall(r'"([0-9a-f]{32})"', json.dumps(question))
        assert digests and set(digests) == {sealer.digest(question["id"], "withheld", "")}
    # The article's sealed keys are left out too (an exercise's answers may come from them).
    assert not (student / "seeds" / spec["article"] / SEALED_KEYS_FILE).exists()
    assert any(SEALED_KEYS_FILE in line and "assessment" in line for line in build.left_out)
    assert SEALED_PREFIX not in json.dumps(built["questions"][0]["prompt"])


def test_validate_accepts_an_assessment_spec_and_its_build(course):
    from toolkit.authoring.validate import validate_spec

    project, *_ = course
    source = project / "exercises" / "source" / f"{EXERCISE}.yaml"
    assert validate_spec(source, project) == []


def test_answered_handed_in_and_graded_against_the_instructors_spec(course, tmp_path, monkeypatch):
    from toolkit.widgets.hand_in import HandIn

    project, student, spec, _ = course
    work = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(student))  # the student works in their copy
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(work))
    monkeypatch.chdir(student / "exercises")  # where the kernel of the exercise notebook runs
    ex = Exercise(EXERCISE, student="ada")
    assert ex.mode == "assessment"
    right_q3 = next(o["text"] for o in spec["questions"][2]["options"] if o.get("correct"))
    wrong_q5 = next(o["text"] for o in spec["questions"][4]["options"] if not o.get("correct"))
    saved = ex.check("q1", "Daily Caller")
    assert saved.status == "saved" and saved.points == 0 and not saved.items  # no verdict, no score
    assert ex.check("q3", right_q3).status == "saved"
    assert ex.check("q5", wrong_q5).status == "saved"
    assert ex.check("q6", "").status == "invalid"  # an empty answer is not saved
    assert ex.hint("q1").number == 0  # no hints in the copy
    button = HandIn(ex)
    assert not (work / "ada" / "submissions").exists()  # showing the button hands nothing in
    submission = button.hand_in()
    assert submission is not None and submission.path == work / "ada" / "submissions" / f"{EXERCISE}.json"
    (work / "ada" / "progress" / f"{EXERCISE}.json").unlink()  # grade what was handed in

    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))  # the teacher grades in the full project
    book = gradebook(work, out=tmp_path / "grades", root=project)
    assert book.problems == []
    by_question = {row["question"]: row for row in rows(tmp_path / "grades" / "questions.csv")}
    points = {q["id"]: q.get("points", spec.get("defaults", {}).get("points", 1)) for q in spec["questions"]}
    assert float(by_question["q1"]["points"]) == points["q1"] and by_question["q1"]["correct"] == "yes"
    assert float(by_question["q3"]["points"]) == points["q3"] and by_question["q3"]["correct"] == "yes"
    assert float(by_question["q5"]["points"]) == 0 and by_question["q5"]["correct"] == "no"
    assert by_question["q6"]["scored_by"] == "not started"
    assert all(row["scored_by"].startswith("re-scored against exercises/source/") for q, row in by_question.items()
               if q in ("q1", "q3", "q5"))
    assert all(row["note"] == "" for row in by_question.values()), [r["note"] for r in by_question.values()]
