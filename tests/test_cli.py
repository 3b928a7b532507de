"""`python -m toolkit analyze`: the JSON contract and clean failures (exit 2, one line on stderr)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args, stdin: str | None = None):
    return subprocess.run([sys.executable, "-m", "toolkit", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_analyze_json_follows_the_contract(project_root):
    result = run("analyze", str(project_root / "seeds" / "turkey-s400" / "article.txt"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    text = report["text"]
    assert report["title"].startswith("Turkey Turns To Russia")
    assert report["metadata"]["outlet"] == "The Daily Caller"
    kinds = [b["kind"] for b in report["blocks"]]
    assert kinds.count("list_item") == 8 and kinds[0] == "title" and kinds[-2:] == ["credit", "boilerplate"]
    for block in report["blocks"]:
        assert set(block) >= {"index", "kind", "start", "end"}
    for sentence in report["sentences"]:
        assert set(sentence) >= {"id", "block", "start", "end", "text"}
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]


def test_analyze_terminal_report_is_readable(project_root):
    result = run("analyze", str(project_root / "seeds" / "turkey-s400"))
    assert result.returncode == 0, result.stderr
    assert "list_item" in result.stdout and "The Daily Caller" in result.stdout


def test_analyze_reads_standard_input():
    result = run("analyze", "-", "--json", stdin="Headline\n\nOne sentence. Two sentences.")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)["sentences"]) == 3


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary" * 50, b"\xff\xfe\xfa not utf8 \xc3\x28", "dir"])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, content):
    if content is None:
        target = tmp_path / "missing.txt"
    elif content == "dir":
        target = tmp_path
    else:
        target = tmp_path / "bad.txt"
        target.write_bytes(content)
    result = run("analyze", str(target), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0 and "analyze" in result.stdout
