"""Issue 17, finding 2: two notebooks open on one save file both keep their work.

In one process (two sessions on one file, interleaved by hand) and in two OS processes
saving as fast as they can. Deletions stay deleted, edited notes do not revert, drafts and
attempts are never lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from toolkit.annotation.session import AnnotationSession
from toolkit.exercises import Exercise
from toolkit.claims.sorting import SortingStore
from tests.conftest import ROOT
from tests.test_exercise_progress import write_spec


def saved_spans(session):
    return {record["id"]: record for record in json.loads(session.path.read_text(encoding="utf-8"))["spans"]}


def word(session, number):
    return session.words[number]


def test_a_mark_deleted_in_one_notebook_stays_deleted_when_the_other_saves(sample, work_dir):
    lesson = AnnotationSession(sample, "ana")
    first = lesson.add(*word(lesson, 3), "loaded")
    exercise = AnnotationSession(sample, "ana")  # opened after the first mark was saved
    lesson.remove(first.id)
    added = exercise.add(*word(exercise, 10), "opinion")
    assert set(saved_spans(exercise)) == {added.id}
    assert [span.id for span in exercise.spans] == [added.id]  # the deletion reached the other notebook too


def test_an_edited_note_does_not_revert_when_the_other_notebook_saves(sample, work_dir):
    lesson = AnnotationSession(sample, "ana")
    mark = lesson.add(*word(lesson, 3), "loaded")
    exercise = AnnotationSession(sample, "ana")
    lesson.set_note(mark.id, "a loaded word: it judges")
    exercise.add(*word(exercise, 12), "fact")
    assert saved_spans(exercise)[mark.id]["note"] == "a loaded word: it judges"
    assert exercise.find(mark.id).note == "a loaded word: it judges"


def test_marks_made_in_both_notebooks_are_all_kept_and_undo_leaves_the_others_alone(sample, work_dir):
    one, two = AnnotationSession(sample, "ana"), AnnotationSession(sample, "ana")
    a = one.add(*word(one, 1), "loaded")
    b = two.add(*word(two, 2), "loaded")
    c = one.add(*word(one, 4), "opinion")
    assert set(saved_spans(one)) == {a.id, b.id, c.id}
    one.undo()  # takes back c only; b (the other notebook's) stays
    assert set(saved_spans(one)) == {a.id, b.id}
    two.remove(b.id)
    one.undo()  # takes back a; b stays deleted
    assert set(saved_spans(one)) == set()


def test_the_same_mark_made_in_both_notebooks_is_saved_once(sample, work_dir):
    one, two = AnnotationSession(sample, "ana"), AnnotationSession(sample, "ana")
    one.add(*word(one, 5), "loaded")
    two.add(*word(two, 5), "loaded")
    assert len(saved_spans(two)) == 1


def test_a_draft_in_one_notebook_and_an_attempt_in_the_other_are_both_kept(tmp_path, work_dir):
    spec = write_spec(tmp_path)
    lesson, exercise = Exercise(spec, student="ana"), Exercise(spec, student="ana")
    exercise.check("q1", "a")  # a checked attempt
    lesson.save_draft("q2", "13")  # ten minutes of work in the lesson's challenge cell
    exercise.check("q3", {"s15": "fact", "s16": "fact"})
    data = json.loads(exercise.path.read_text(encoding="utf-8"))["questions"]
    assert data["q2"]["draft"] == "13" and data["q1"]["attempts"] == 1 and data["q3"]["attempts"] == 1
    assert lesson.check("q1", "a").status == "repeat"  # the lesson sees the other notebook's attempt at once
    lesson.check("q1", "b")  # the lesson never loaded the first attempt: this is the second
    data = json.loads(lesson.path.read_text(encoding="utf-8"))["questions"]
    assert data["q1"]["attempts"] == 2 and data["q2"]["draft"] == "13" and data["q3"]["attempts"] == 1
    assert Exercise(spec, student="ana").state("q1").attempts == 2


def test_sorting_changes_from_two_notebooks_are_all_kept(sample, work_dir):
    one, two = SortingStore(sample, "ana"), SortingStore(sample, "ana")
    one.load(), two.load()
    one.set("s1", label="fact")
    two.set("s2", label="opinion")
    one.set("s2", source="the writer")  # a source added to the other notebook's choice keeps its label
    saved = json.loads(one.path.read_text(encoding="utf-8"))["choices"]
    assert saved["s1"]["label"] == "fact" and saved["s2"] == {"label": "opinion", "source": "the writer"}


def _run_together(work_dir, tmp_path, commands, timeout=240):
    env = {**os.environ, "TOOLKIT_WORK_DIR": str(work_dir), "TOOLKIT_PROJECT_ROOT": str(ROOT),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    start = tmp_path / "start"
    processes = [subprocess.Popen([sys.executable, "-m", "tests.save_workers", *[str(start) if a is start_token
                                                                                 else str(a) for a in command]],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for command in commands]
    start.touch()
    results = []
    try:
        for process in processes:
            out, err = process.communicate(timeout=timeout)
            assert process.returncode == 0, err[-2000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    return results


start_token = object()


def test_two_processes_marking_one_file_lose_no_mark_and_resurrect_no_deletion(sample, work_dir, tmp_path):
    first, second = _run_together(work_dir, tmp_path, [("annotate", start_token, 0, 120),
                                                        ("annotate", start_token, 200, 120)])
    path = work_dir / "pat" / "annotations" / f"{sample.slug}.json"
    saved = {record["id"] for record in json.loads(path.read_text(encoding="utf-8"))["spans"]}
    expected = set(first["kept"]) | set(second["kept"])
    deleted = set(first["deleted"]) | set(second["deleted"])
    assert not expected - saved, f"{len(expected - saved)} marks lost"
    assert not deleted & saved, f"{len(deleted & saved)} deleted marks came back"
    assert saved == expected
    assert not [name for name in os.listdir(path.parent) if name.endswith(".tmp")]


def test_two_processes_on_one_progress_file_keep_every_draft_and_attempt(tmp_path, work_dir):
    spec = write_spec(tmp_path)
    first, second = _run_together(work_dir, tmp_path, [("exercise", start_token, spec, "q2", 60),
                                                        ("exercise", start_token, spec, "q3", 60)])
    data = json.loads((work_dir / "pat" / "progress" / "progress-test.json").read_text(encoding="utf-8"))
    questions = data["questions"]
    assert questions["q2"]["draft"] == first["last_draft"] and questions["q3"]["draft"] == second["last_draft"]
    # one hint taken in each notebook: neither is lost, and the second one is charged for
    assert questions["q1"]["hints_used"] == 2 and questions["q1"]["hint_cost"] == 0.5
