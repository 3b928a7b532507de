"""Helpers for the instructor-tool tests: a scratch copy of the project, the command line, key review."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

#: What a fresh clone holds that the instructor commands use.
PROJECT_PARTS = ("lessons", "exercises", "seeds", "toolkit", "docs", "pyproject.toml", "environment.yml", "README.md",
                 "run", "run.py")
ARTICLE = ROOT / "tests" / "data" / "library-hours.txt"
_IGNORE = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")


def copy_project(target: Path) -> Path:
    """A copy of the project's files (no .venv, .git or work/) to run instructor commands in."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_PARTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_IGNORE)
        elif source.is_file():
            shutil.copy2(source, target / name)
    return target


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a command: no student, work folder or project set by the test run."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("TOOLKIT_WORK_DIR", "TOOLKIT_STUDENT", "TOOLKIT_PROJECT_ROOT", "JUPYTERHUB_USER")}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["MPLBACKEND"] = "Agg"
    env.update(extra)
    return env


def toolkit(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """`python -m toolkit ARGS` in `cwd`, as an instructor types it."""
    return subprocess.run([sys.executable, "-m", "toolkit", *args], cwd=cwd, env=clean_env(**env),
                          capture_output=True, text=True, timeout=900)


def review_keys(article, *, fix=None) -> None:
    """Review both keys as the review widgets would save them: `fix(spans, sentences)` first, then accept all."""
    from toolkit.annotation.session import KeyReviewSession
    from toolkit.keys.sentence_review import SentenceKeyReview

    keys = article.path.parent / "keys"  # the article's own seed folder, whatever project the test runs in
    spans = KeyReviewSession(article, path=keys / "spans.json")
    sentences = SentenceKeyReview(article, path=keys / "sentences.json")
    if fix is not None:
        fix(spans, sentences)
    spans.mark_reviewed()
    sentences.mark_reviewed()
