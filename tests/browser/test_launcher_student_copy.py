"""`python run.py lessons` from a fresh clone serves the student copy, and only that.

The launcher is started as a student would start it, in a `git clone` of this repository
(reusing this test run's virtual environment through TOOLKIT_VENV, so nothing is installed),
and what it serves is read back through Jupyter's own contents API: every folder and file,
every notebook's cells, and every link from a lesson to an exercise. Then Chromium opens the
server's root, which must land on lesson 0 with no news prompt.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .harness import ROOT, free_port

TOKEN = "toolkit-launcher-test"
#: Folders and files a student copy must never serve.
FORBIDDEN_DIRS = {"bench", "tests", "docs", ".git", ".ci", "keys", "source", ".venv", "build", "toolkit"}
FORBIDDEN_FILE = re.compile(r"(^spans\.json$|^sentences\.json$|\.egg-info|\.whl$|^review\.ipynb$|\.py$)")
LINK = re.compile(r"\]\(([^)\s]+\.ipynb)(?:#[^)]*)?\)")


def _get(base: str, path: str, **query: str) -> tuple[int, dict | str]:
    url = f"{base}/{path.lstrip('/')}?" + urllib.parse.urlencode({"token": TOKEN, **query})
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            body = response.read().decode("utf-8")
            kind = response.headers.get("Content-Type", "")
            return response.status, json.loads(body) if "json" in kind else body
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture(scope="module")
def launched(tmp_path_factory, browser):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout to clone")
    folder = tmp_path_factory.mktemp("launcher")
    clone = folder / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if k not in ("TOOLKIT_PROJECT_ROOT", "TOOLKIT_WORK_DIR", "TOOLKIT_STUDENT", "JUPYTERHUB_USER",
                        "JUPYTER_CONFIG_DIR", "JUPYTER_CONFIG_PATH")}
    env.update({"TOOLKIT_VENV": sys.prefix, "TOOLKIT_PORT": str(port), "JUPYTER_TOKEN": TOKEN,
                "HOME": str(folder / "home"), "JUPYTER_RUNTIME_DIR": str(folder / "runtime"),
                "PYTHONUNBUFFERED": "1"})
    log = folder / "launcher.log"
    stamp = _declare_installed(Path(sys.prefix), clone)
    with log.open("w", encoding="utf-8") as handle:
        process = subprocess.Popen([sys.executable, "run.py", "lessons", "--headless"], cwd=clone, env=env,
                                   stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"the launcher exited ({process.returncode}):\n{log.read_text()[-3000:]}")
            if time.monotonic() - started > 240:
                pytest.fail(f"the server did not answer in 240 s:\n{log.read_text()[-3000:]}")
            try:
                if _get(base, "api/status")[0] == 200:
                    break
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        yield base, clone, log, round(time.monotonic() - started, 1)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the launcher and the server it started, nothing else
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        stamp.restore()


class _Stamp:
    """The launcher's record of what a venv has installed, as it was before the test wrote to it."""

    def __init__(self, path: Path):
        self.path = path
        self.before = path.read_text(encoding="utf-8") if path.is_file() else None

    def restore(self) -> None:
        if self.before is None:
            self.path.unlink(missing_ok=True)
        else:
            self.path.write_text(self.before, encoding="utf-8")


def _declare_installed(venv: Path, clone: Path) -> _Stamp:
    """Tell the launcher this test run's venv has what `lessons` needs, so that it installs nothing.

    Without this, a venv whose record is older than pyproject.toml (one used without the launcher)
    would get the clone installed into it, and point at the clone's folder once the test is over.
    """
    import hashlib

    stamp = _Stamp(venv / ".toolkit-installed")
    digest = hashlib.sha256((clone / "pyproject.toml").read_bytes()).hexdigest()
    stamp.path.write_text((stamp.before or "") + f"lab {digest}\n", encoding="utf-8")
    return stamp


def _walk(base: str, path: str = "") -> list[dict]:
    status, listing = _get(base, f"api/contents/{urllib.parse.quote(path)}", content="1")
    assert status == 200, path
    found = []
    for item in listing["content"]:
        found.append(item)
        if item["type"] == "directory":
            found += _walk(base, item["path"])
    return found


def test_the_launcher_serves_only_the_student_copy_and_every_lesson_link_works(launched):
    base, clone, log, seconds = launched
    printed = log.read_text(encoding="utf-8")
    for step in ("[1/4]", "[2/4]", "[3/4]", "[4/4]", "ready in", "serving the student copy",
                 "lab/tree/lessons/00-welcome.ipynb?token="):
        assert step in printed, printed[-2000:]
    assert "already installed" in printed  # the test run's venv is reused as it is, never reinstalled
    print(f"\nlauncher: server answering {seconds} s after start; it printed:\n"
          + "\n".join(line for line in printed.splitlines() if line.startswith("run:")))

    items = _walk(base)
    paths = [item["path"] for item in items]
    assert "lessons/00-welcome.ipynb" in paths and any(p.startswith("exercises/") for p in paths)
    for item in items:
        parts = item["path"].split("/")
        assert not FORBIDDEN_DIRS.intersection(parts), f"serves a development or answer folder: {item['path']}"
        assert not FORBIDDEN_FILE.search(parts[-1]), f"serves an answer or development file: {item['path']}"
        assert not (parts[0] == "exercises" and parts[-1].endswith((".yaml", ".yml"))), \
            f"serves an exercise's plain-answer spec: {item['path']}"

    notebooks = [item["path"] for item in items if item["path"].endswith(".ipynb")]
    lessons = [p for p in notebooks if p.startswith("lessons/")]
    assert len(lessons) >= 7
    linked = 0
    for path in notebooks:
        status, model = _get(base, f"api/contents/{urllib.parse.quote(path)}", content="1")
        assert status == 200
        for cell in model["content"]["cells"]:
            tags = cell.get("metadata", {}).get("tags", [])
            text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            assert "instructor" not in tags and "Instructor notes" not in text, f"{path}: an instructor cell"
            assert "exercises/source" not in text and "keys/spans.json" not in text, f"{path}: points at answers"
            if path in lessons and cell["cell_type"] == "markdown":
                for target in LINK.findall(text):
                    resolved = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(target)))
                    code, _ = _get(base, f"api/contents/{urllib.parse.quote(resolved)}", content="0")
                    assert code == 200, f"{path} links to {target}, which is not served ({resolved})"
                    linked += resolved.startswith("exercises/")
    assert linked >= 6, "every lesson's challenge links to its exercise"
    # Answers the student copy must not hold, even sealed: the exercises' plain sources stay behind.
    assert (clone / "exercises" / "source").is_dir() and not (clone / "build" / "lessons" / "exercises" / "source").exists()


def test_the_root_opens_lesson_0_without_a_news_prompt(launched, page):
    base, *_ = launched
    page.goto(f"{base}/?token={TOKEN}")
    page.wait_for_url(re.compile(r"/lab/tree/lessons/00-welcome\.ipynb"), timeout=120_000)
    page.locator(".jp-NotebookPanel .jp-Cell").first.wait_for(timeout=120_000)
    tab = page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel").first
    assert tab.inner_text().strip() == "00-welcome.ipynb"
    page.wait_for_timeout(3000)  # the news prompt, when it is on, appears a moment after the page settles
    assert page.get_by_text(re.compile("Jupyter news", re.I)).count() == 0
    status, html = _get(base, "lab/tree/lessons/00-welcome.ipynb")
    assert status == 200 and "@jupyterlab/apputils-extension:announcements" in html  # disabled in page config
