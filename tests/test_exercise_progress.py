"""Progress: saved on every check and hint, restored by a new Exercise, damaged files set aside, submissions."""

from __future__ import annotations

import json
import re

import pytest

from toolkit.exercises import Exercise
from toolkit.exercises.progress import PROGRESS_FORMAT
from toolkit.exercises.spec import compile_source
from tests.exercise_helpers import SALT, question, source

QUESTIONS = [
    question("choice", "q1", points=2, attempts=3, hints=["Think.", {"text": "Think harder.", "cost": 0.5}],
             options=[{"text": "Red"}, {"text": "Blue", "correct": True}]),
    question("numeric", "q2", answer=13.05, tolerance=0.3, attempts=2),
    question("label_sentences", "q3", sentences=["s15", "s16"], answers={"s15": "fact", "s16": "attributed"}),
]


def write_spec(folder, questions=QUESTIONS, exercise_id="progress-test"):
    path = folder / f"{exercise_id}.exercise.json"
    path.write_text(compile_source(source(*questions, exercise_id=exercise_id), salt=SALT).to_json(), encoding="utf-8")
    return path


@pytest.fixture
def spec_path(tmp_path):
    return write_spec(tmp_path)


def saved(exercise):
    return json.loads(exercise.path.read_text(encoding="utf-8"))


def test_every_check_and_hint_is_saved_at_once(spec_path, work_dir):
    ex = Exercise(spec_path)
    assert ex.path == work_dir / "student" / "progress" / "progress-test.json" and not ex.path.exists()
    ex.check("q1", "a")
    data = saved(ex)
    assert data["format"] == PROGRESS_FORMAT and data["exercise"] == "progress-test" and data["student"] == "student"
    assert data["spec_hash"].startswith("sha256:") and data["article"] == "turkey-s400" and data["saved_at"]
    assert data["questions"]["q1"]["attempts"] == 1 and data["questions"]["q1"]["last_answer"] == "a"
    ex.hint("q1")
    ex.hint("q1")
    assert saved(ex)["questions"]["q1"]["hints_used"] == 2 and saved(ex)["questions"]["q1"]["hint_cost"] == 0.5
    ex.check("q1", "b")
    entry = saved(ex)["questions"]["q1"]
    assert entry["finished"] and entry["points"] == 1.5 and entry["possible"] == 2 and entry["attempts"] == 2
    assert saved(ex)["points"] == 1.5 and saved(ex)["possible"] == 4


def test_an_answer_that_is_not_checked_changes_nothing_on_disk(spec_path, work_dir):
    ex = Exercise(spec_path)
    result = ex.check("q2", "lots")
    assert result.status == "invalid" and not ex.path.exists()


def test_a_new_exercise_object_restores_score_attempts_and_hints(spec_path, work_dir):
    first = Exercise(spec_path)
    first.check("q1", "a")
    first.hint("q1")
    first.check("q2", "20")
    first.check("q2", "13")
    again = Exercise(spec_path)  # a restarted kernel
    assert re.fullmatch(r"Welcome back: your progress on 2 questions is restored "
                        r"\(last saved at \d\d:\d\d on \d{1,2} [A-Z][a-z]{2} \d{4}\)\.", again.notice), again.notice
    assert again.state("q1").attempts == 1 and again.state("q1").hints_used == 1
    assert again.state("q2").finished and again.score().points == first.score().points == 1.0
    assert again.hints("q1") == ["Think."]
    result = again.check("q2", "12")
    assert result.status == "closed" and result.points == 1 and result.attempts_used == 2
    last = again.last_result("q1")
    assert last.status == "restored" and last.feedback[0] == "Not right."


def test_two_notebooks_on_one_exercise_never_lose_attempts(spec_path, work_dir):
    one, two = Exercise(spec_path), Exercise(spec_path)
    one.check("q1", "a")
    two.hint("q2")  # two has not seen one's check: it must keep it when it saves
    assert saved(two)["questions"]["q1"]["attempts"] == 1
    result = two.check("q1", "a")
    assert result.status == "repeat" and result.attempts_used == 1


def test_a_damaged_file_is_set_aside_and_reported(spec_path, work_dir):
    ex = Exercise(spec_path)
    ex.check("q1", "a")
    ex.path.write_text("{ this is not json", encoding="utf-8")
    again = Exercise(spec_path)
    assert "could not be used" in again.notice and "not valid JSON" in again.notice
    assert again.restored.set_aside_as.exists() and again.restored.set_aside_as.name.startswith("progress-test.corrupt-")
    assert again.state("q1").attempts == 0
    again.check("q1", "b")
    assert saved(again)["questions"]["q1"]["finished"]
    assert again.restored.set_aside_as.read_text(encoding="utf-8") == "{ this is not json"  # never overwritten


@pytest.mark.parametrize("change, reason", [
    ({"exercise": "another"}, "for exercise 'another'"), ({"student": "someone-else"}, "belongs to student 'someone-else'"),
    ({"format": "toolkit.progress/9"}, "format"), ({"questions": {"q1": {"attempts": -2}}}, "whole numbers"),
])
def test_a_file_for_another_exercise_or_student_is_set_aside(spec_path, work_dir, change, reason):
    ex = Exercise(spec_path)
    ex.check("q1", "a")
    ex.path.write_text(json.dumps({**saved(ex), **change}), encoding="utf-8")
    again = Exercise(spec_path)
    assert reason in again.notice and again.restored.set_aside_as.name.startswith("progress-test.mismatch-")


def test_a_rescored_question_starts_again_and_the_old_file_is_kept(tmp_path, work_dir):
    path = write_spec(tmp_path)
    ex = Exercise(path)
    ex.check("q1", "a")
    ex.check("q2", "13")
    changed = [QUESTIONS[0], {**QUESTIONS[1], "answer": 14}, {**QUESTIONS[2], "prompt": "Reworded, same answers."}]
    write_spec(tmp_path, changed)
    again = Exercise(path)
    assert "changed q2" in again.notice and "old file is kept as progress-test.changed-" in again.notice
    assert again.state("q1").attempts == 1 and again.state("q2").attempts == 0
    assert again.restored.set_aside_as.exists() and saved(again)["questions"].keys() == {"q1"}


def test_drafts_are_kept_without_using_an_attempt(spec_path, work_dir):
    ex = Exercise(spec_path)
    ex.save_draft("q3", {"s15": {"label": "fact"}})
    assert saved(ex)["questions"]["q3"]["draft"] == {"s15": {"label": "fact"}}
    assert Exercise(spec_path).state("q3").draft == {"s15": {"label": "fact"}}
    assert Exercise(spec_path).state("q3").attempts == 0
    ex.check("q3", {"s15": "fact", "s16": "attributed"})
    assert saved(ex)["questions"]["q3"]["draft"] is None


def test_export_submission_writes_a_file_and_says_where(spec_path, work_dir, monkeypatch):
    monkeypatch.setenv("TOOLKIT_STUDENT", "ada")
    ex = Exercise(spec_path)
    ex.check("q1", "b")
    ex.check("q3", {"s15": "fact", "s16": "fact"})
    submission = ex.export_submission()
    assert submission.path == work_dir / "ada" / "submissions" / "progress-test.json"
    assert str(submission.path) in submission.message and "2.5 of 4 points" in submission.message
    data = json.loads(submission.path.read_text(encoding="utf-8"))
    assert data["format"] == "toolkit.submission/1" and data["student"] == "ada" and data["points"] == 2.5
    assert data["questions"]["q3"]["last_answer"] == {"s15": {"label": "fact"}, "s16": {"label": "fact"}}
    assert "q1: 2/2 points" in data["summary"]


def test_a_save_that_fails_is_reported_and_kept_in_memory(spec_path, work_dir, monkeypatch):
    import toolkit.exercises.progress as progress

    ex = Exercise(spec_path)
    ex.check("q1", "a")

    def refuse(path, data):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("toolkit.storage.merge_save.atomic_write_json", refuse)
    result = ex.check("q1", "b")
    assert "Could not save" in result.feedback[-1] and "Permission denied" in result.feedback[-1]
    assert ex.state("q1").finished and ex.save_error
    monkeypatch.undo()
    ex.hint("q1")  # the next save that works writes everything kept in memory
    assert saved(ex)["questions"]["q1"]["finished"] and ex.save_error is None


def test_an_exercise_is_found_by_its_id(project_root, work_dir, monkeypatch):
    monkeypatch.chdir(project_root / "lessons")
    ex = Exercise("04-loaded-language")
    assert ex.spec.path == project_root / "exercises" / "04-loaded-language.exercise.json"
    with pytest.raises(FileNotFoundError, match="no exercise 'nope'.*build-exercises"):
        Exercise("nope")
    with pytest.raises(ValueError, match="not allowed"):
        Exercise("../secrets")
