"""Workers for the two-process saving tests: each is one notebook's kernel working on a shared save file.

Run as `python -m tests.save_workers KIND ...` from the project folder. Each waits for a
start file (so both start together), does its work as fast as it can and prints a JSON line
saying what it expects to be kept.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _wait(start: Path) -> None:
    deadline = time.monotonic() + 60
    while not start.exists():
        if time.monotonic() > deadline:
            raise SystemExit("the start file never appeared")
        time.sleep(0.005)


def annotate(start: Path, first: int, count: int) -> None:
    """Mark `count` words from word `first` as loaded; delete every fifth mark again just after making it."""
    from toolkit import load_article
    from toolkit.annotation.session import AnnotationSession
    from tests.conftest import SAMPLE_DIR

    session = AnnotationSession(load_article(SAMPLE_DIR), "pat")
    _wait(start)
    kept, deleted = [], []
    for number in range(first, first + count):
        word_start, word_end = session.words[number]
        span = session.add(word_start, word_end, "loaded")
        if number % 5 == 0:
            session.remove(span.id)
            deleted.append(span.id)
        else:
            kept.append(span.id)
    assert session.save_error is None, session.save_error
    print(json.dumps({"kept": kept, "deleted": deleted}))


def exercise(start: Path, spec: Path, draft_question: str, drafts: int) -> None:
    """Save `drafts` drafts of one question, then take one hint on q1."""
    from toolkit.exercises import Exercise

    ex = Exercise(spec, student="pat")
    _wait(start)
    for number in range(drafts):
        ex.save_draft(draft_question, f"draft {number}")
    ex.hint("q1")
    assert ex.save_error is None, ex.save_error
    print(json.dumps({"last_draft": f"draft {drafts - 1}"}))


if __name__ == "__main__":
    kind, *args = sys.argv[1:]
    if kind == "annotate":
        annotate(Path(args[0]), int(args[1]), int(args[2]))
    elif kind == "exercise":
        exercise(Path(args[0]), Path(args[1]), args[2], int(args[3]))
    else:
        raise SystemExit(f"unknown worker {kind!r}")
