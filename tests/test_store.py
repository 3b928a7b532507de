"""The on-disk store: atomic saves that survive a killed process, names that cannot escape."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from toolkit.storage import store


def test_atomic_write_and_read_back(tmp_path):
    path = tmp_path / "a" / "b.json"
    store.atomic_write_json(path, {"text": "caf\u00e9 \U0001f600", "n": 1})
    assert store.read_json(path) == {"text": "caf\u00e9 \U0001f600", "n": 1}
    assert [p.name for p in path.parent.iterdir()] == ["b.json"]


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "save.json"
    store.atomic_write_json(path, {"version": 1})

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        store.atomic_write_json(path, {"version": 2})
    monkeypatch.undo()
    assert store.read_json(path) == {"version": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["save.json"]



def test_text_and_bytes_go_through_the_same_writer(tmp_path, monkeypatch):
    notebook = tmp_path / "lesson.ipynb"
    store.atomic_write_text(notebook, "caf\u00e9\r\n", mode=0o644)
    assert notebook.read_bytes() == "caf\u00e9\r\n".encode("utf-8")  # no newline translation
    assert notebook.stat().st_mode & 0o777 == 0o644
    store.atomic_write_bytes(tmp_path / "figure.png", b"\x89PNG")
    assert (tmp_path / "figure.png").stat().st_mode & 0o777 == 0o600  # students' work stays private

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        store.atomic_write_text(notebook, "half a notebook")
    monkeypatch.undo()
    assert notebook.read_bytes() == "caf\u00e9\r\n".encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figure.png", "lesson.ipynb"]

WRITER = textwrap.dedent(
    """
    import sys
    from toolkit.storage.store import atomic_write_json
    path = sys.argv[1]
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        atomic_write_json(path, {"n": n, "padding": ["x" * 200] * 2000})
    """
)


@pytest.mark.slow
def test_a_save_killed_midway_leaves_a_whole_file(tmp_path):
    path = tmp_path / "progress.json"
    store.atomic_write_json(path, {"n": 0, "padding": []})
    for _ in range(5):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        data = store.read_json(path)  # never half-written
        assert isinstance(data["n"], int)
        assert len(data["padding"]) in (0, 2000)


@pytest.mark.parametrize("name", ["../etc", "a/b", "", ".hidden", "x" * 65, "a..b", "caf\u00e9", "a b", "/abs"])
def test_unsafe_names_are_refused(name):
    with pytest.raises(ValueError, match="not allowed"):
        store.validate_name(name)


@pytest.mark.parametrize("name", ["alice", "Bob_2", "s-1.0", "7"])
def test_plain_names_pass(name):
    assert store.validate_name(name) == name


def test_student_from_environment(work_dir, monkeypatch):
    assert store.current_student() == store.DEFAULT_STUDENT
    monkeypatch.setenv("JUPYTERHUB_USER", "jane.doe@school.org")
    assert store.current_student() == "jane.doe@school.org"
    monkeypatch.setenv("TOOLKIT_STUDENT", "amir")
    assert store.student_dir() == work_dir / "amir"


def test_corrupt_file_is_set_aside_not_overwritten(tmp_path):
    path = tmp_path / "annotations.json"
    path.write_text('{"spans": [', encoding="utf-8")
    loaded = store.load_or_set_aside(path)
    assert not loaded.ok and "not valid JSON" in loaded.problem
    assert not path.exists()
    assert loaded.set_aside_as.read_text(encoding="utf-8") == '{"spans": ['
    assert loaded.set_aside_as.name.startswith("annotations.corrupt-")


def test_validation_problem_sets_aside_as_mismatch(tmp_path):
    path = tmp_path / "a.json"
    store.atomic_write_json(path, {"hash": "old"})
    loaded = store.load_or_set_aside(path, validate=lambda d: None if d["hash"] == "new" else "saved for another text")
    assert loaded.problem.startswith("saved for another text; the file was kept as a.mismatch-")
    assert json.loads(loaded.set_aside_as.read_text()) == {"hash": "old"}


def test_missing_file_is_not_a_problem(tmp_path):
    loaded = store.load_or_set_aside(tmp_path / "none.json")
    assert loaded.ok and loaded.data is None
