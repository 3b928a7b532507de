"""The instructor guide's walkthrough works, command by command, in a fresh copy of the project.

Every ```sh and ```python block between `<!-- walkthrough -->` and `<!-- /walkthrough -->` in
docs/instructor-guide.md runs in order: a shell line as typed (with this environment's
`python`), a Python block as a script in the project folder. A line may say what it exits
with (`# exit status 1: ...`); every other line must succeed.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys

import pytest

from tests.authoring_helpers import clean_env, copy_project
from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "instructor-guide.md"
_BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
_EXIT = re.compile(r"#\s*exit status (\d+)")


def walkthrough() -> list[tuple[str, str, int]]:
    """(kind, code, expected exit status) for every runnable step, in order."""
    text = GUIDE.read_text(encoding="utf-8")
    start, end = text.index("<!-- walkthrough -->"), text.index("<!-- /walkthrough -->")
    steps = []
    for kind, body in _BLOCK.findall(text[start:end]):
        if kind == "python":
            steps.append(("python", body, 0))
            continue
        for line in body.splitlines():
            command = line.split("  #")[0].strip()
            if not command or command.startswith("#"):
                continue
            expected = _EXIT.search(line)
            steps.append(("sh", command, int(expected.group(1)) if expected else 0))
    return steps


def test_the_walkthrough_has_every_step():
    commands = " ".join(code for kind, code, _ in walkthrough() if kind == "sh")
    for step in ("analyze", "new-lesson", "validate", "build-exercises", "gradebook", "build-student"):
        assert f"python -m toolkit {step}" in commands, step
    assert any(kind == "python" and "mark_reviewed()" in code for kind, code, _ in walkthrough())


@pytest.mark.notebooks
def test_the_walkthrough_runs_command_by_command(tmp_path):
    project = copy_project(tmp_path / "fresh-clone")
    env = clean_env()
    for kind, code, expected in walkthrough():
        if kind == "sh":
            done = subprocess.run(code, shell=True, cwd=project, env=env, capture_output=True, text=True, timeout=900)
        else:
            done = subprocess.run([sys.executable, "-c", code], cwd=project, env=env, capture_output=True, text=True,
                                  timeout=900)
        assert done.returncode == expected, f"{code}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    # What the walkthrough promises, it made.
    assert (project / "lessons" / "ferry-fares.ipynb").is_file()
    assert (project / "exercises" / "ferry-fares.exercise.json").is_file()
    with (project / "grades" / "gradebook.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["student"], row["exercise"]) for row in rows] == [("trial", "ferry-fares")]
    assert float(rows[0]["points"]) >= 1  # the outlet question, answered right
    course = project / "build" / "course"
    assert (course / "lessons" / "ferry-fares.ipynb").is_file() and not list((course / "seeds").rglob("keys"))
    assert not (course / "exercises" / "source").exists()
