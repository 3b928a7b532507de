"""Issue 17, finding 3: any damaged save file is set aside (bytes kept) and the tool opens.

A corpus of files that crashed `read_json` or the validators: nesting deeper than Python's
recursion limit, integers longer than Python's limit for converting text, wrong shapes,
huge files, binary files, a FIFO and a device.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from toolkit.storage import store
from toolkit.annotation.session import AnnotationSession
from toolkit.exercises import Exercise
from toolkit.claims.sorting import SortingStore
from tests.conftest import ROOT
from tests.test_exercise_progress import write_spec

HEADER_SORTING = '{"format": "toolkit.sorting/1", "article": "turkey-s400", "student": "ana", "choices": '

CORPUS = {
    "deep-list": "[" * 100_000 + "]" * 100_000,
    "deep-object": '{"a":' * 50_000 + "1" + "}" * 50_000,
    "deep-but-parsable": "[" * 500 + "]" * 500,
    "long-int": '{"spans": [], "n": ' + "9" * 5000 + "}",
    "long-int-in-span": '{"format": "toolkit.annotations/1", "spans": [{"start": ' + "1" * 5000 + "}]}",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    "nul-inside": '{"spans": []}\x00\x00',
    "not-utf8": b'{"note": "caf\xe9"}',
    "list-not-object": "[1, 2, 3]",
    "string": '"hello"',
    "null": "null",
    "spans-not-list": '{"format": "toolkit.annotations/1", "spans": {"a": 1}}',
    "choices-wrong-shape": HEADER_SORTING + '[["s1", "fact"]]}',
    "choices-values-wrong": HEADER_SORTING + '{"s1": "fact", "s2": [1]}}',
    "questions-wrong-shape": '{"format": "toolkit.progress/1", "exercise": "progress-test", "questions": [1, 2]}',
    "question-entries-wrong": ('{"format": "toolkit.progress/1", "exercise": "progress-test", '
                               '"questions": {"q1": {"attempts": "many", "draft": [[[]]]}, "q2": 7}}'),
    "empty": "",
    "nan": '{"format": NaN, "spans": [Infinity]}',
}


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_read_json_gives_one_clear_line_never_a_crash(tmp_path, name):
    path = tmp_path / "f.json"
    write(path, CORPUS[name])
    try:
        store.read_json(path)
    except store.StoreError as error:
        assert str(error).startswith(str(path)) and "\n" not in str(error)


def test_read_json_refuses_a_huge_file_without_reading_it(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(store.MAX_JSON_BYTES + 10)  # sparse: big on paper, nothing on disk
    with pytest.raises(store.StoreError, match="too large"):
        store.read_json(path)


def read_in_child(path, seconds=30):
    """`read_json(path)` in a child process bounded in time and memory: a regression fails, never hangs
    the run or fills the machine's memory. Returns the child's one line of output."""
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
            "from toolkit.storage import store\n"
            "try:\n    store.read_json(sys.argv[1]); print('read')\n"
            "except store.StoreError as error:\n    print(error)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                                timeout=seconds, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"still blocked after {seconds} s"
    lines = (result.stdout.strip() or result.stderr.strip()).splitlines()
    return lines[-1] if lines else "no output"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_read_json_refuses_a_fifo_and_a_device_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in read_in_child(fifo)  # would block for ever if opened the usual way
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    assert "not a regular file" in read_in_child(zero)  # would fill memory


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_the_annotator_opens_and_keeps_the_damaged_file(sample, work_dir, name):
    path = work_dir / "ana" / "annotations" / f"{sample.slug}.json"
    write(path, CORPUS[name])
    before = path.read_bytes()
    session = AnnotationSession(sample, "ana")
    assert session.spans == () and session.notice_kind == "warning"
    assert "could not be used" in session.notice and "\n" not in session.notice
    (kept,) = [p for p in path.parent.iterdir() if p.name != path.name and not p.name.startswith(".")]
    assert kept.read_bytes() == before
    session.add(*session.words[3], "loaded")  # and work goes on
    assert len(json.loads(path.read_text(encoding="utf-8"))["spans"]) == 1


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_the_sorting_tool_opens_and_keeps_the_damaged_file(sample, work_dir, name):
    path = work_dir / "ana" / "sorting" / f"{sample.slug}.json"
    write(path, CORPUS[name])
    before = path.read_bytes()
    sorting = SortingStore(sample, "ana")
    assert sorting.load() == {} and sorting.problem
    (kept,) = [p for p in path.parent.iterdir() if p.name != path.name and not p.name.startswith(".")]
    assert kept.read_bytes() == before
    sorting.set("s1", label="fact")


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_the_exercise_opens_and_keeps_the_damaged_file(tmp_path, work_dir, name):
    spec = write_spec(tmp_path)
    path = work_dir / "ana" / "progress" / "progress-test.json"
    write(path, CORPUS[name])
    before = path.read_bytes()
    ex = Exercise(spec, student="ana")
    assert ex.restored.problem and "starting afresh" in ex.notice
    assert ex.restored.set_aside_as.read_bytes() == before
    ex.check("q1", "a")
    assert ex.save_error is None


def test_the_gradebook_lists_damaged_files_and_scores_the_rest(tmp_path, monkeypatch):
    from toolkit.authoring.gradebook import gradebook
    from tests.conftest import ROOT

    folder = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    Exercise("03-readability", student="ada").check("q1", "13.05")
    for number, name in enumerate(sorted(CORPUS)):
        write(folder / f"s{number}" / "progress" / "03-readability.json", CORPUS[name])
        write(folder / f"s{number}" / "annotations" / "turkey-s400.json", CORPUS[name])
        write(folder / f"s{number}" / "sorting" / "turkey-s400.json", CORPUS[name])
    book = gradebook(folder, out=tmp_path / "grades", root=ROOT)
    assert [row.student for row in book.exercises] == ["ada"]
    assert len(book.problems) >= len(CORPUS) and all("\n" not in problem for problem in book.problems)
