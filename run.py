#!/usr/bin/env python3
"""The project's commands, the same on Linux, macOS and Windows (standard library only).

    python run.py lessons [--headless] [--notebook | --voila] [JUPYTER ARGS...]
        the student copy (built into build/lessons/ when out of date): lessons and
        exercises only, no instructor notes, keys or answer sources; students' work is
        saved in build/lessons/work/
    python run.py teach   [--headless] [--notebook | --voila] [JUPYTER ARGS...]
        the full instructor copy: the project folder itself, instructor notes included
    python run.py tests   [PYTEST ARGS...]
        the whole test suite

Each creates a virtual environment (.venv/) with Python 3.10+ on first use and installs the
toolkit into it (again only when pyproject.toml changes), then prepares the offline data.
Variables: TOOLKIT_VENV (where the venv lives), TOOLKIT_HEADLESS=1 (same as --headless),
TOOLKIT_PORT (the server's port, default 8888), CI=true (tests install Debian's Chromium
when it is missing).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
#: Where `lessons` builds the student copy (git-ignored, like all of build/).
STUDENT_COPY = ROOT / "build" / "lessons"
#: Private Jupyter settings for the servers started here (never the user's home folder).
JUPYTER_OVERRIDES = ROOT / "build" / "jupyter-config"
#: Written by `python -m toolkit build-student`: a folder holding it is a student copy already.
STUDENT_MARKER = ".toolkit-student-build.json"
FIRST_LESSON = "lessons/00-welcome.ipynb"
#: What a student copy is built from: when any of these changes, `lessons` rebuilds it.
STUDENT_SOURCES = ("lessons", "exercises", "seeds", "toolkit", "pyproject.toml", "environment.yml", "run", "run.py",
                   "lexicon.txt")
_SKIP = {"__pycache__", ".ipynb_checkpoints", ".pytest_cache"}
#: JupyterLab plug-ins a class does not need: the "Jupyter news?" prompt and the update check.
DISABLED_PLUGINS = ("@jupyterlab/apputils-extension:announcements",)

if sys.version_info < (3, 10):  # pragma: no cover - the message is the point
    sys.exit(f"run.py: Python 3.10 or newer is needed (this is {sys.version.split()[0]})")


class Progress:
    """Numbered steps with the expected time, and the time taken so far."""

    def __init__(self, total: int):
        self.total = total
        self.number = 0
        self.started = time.monotonic()

    def step(self, what: str, expected: str) -> None:
        self.number += 1
        say(f"[{self.number}/{self.total}] {what} ({expected})")

    def elapsed(self) -> str:
        return format_duration(time.monotonic() - self.started)


def say(message: str) -> None:
    print(f"run: {message}", file=sys.stderr, flush=True)


def format_duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


def venv_dir() -> Path:
    return Path(os.environ.get("TOOLKIT_VENV") or ROOT / ".venv").expanduser().resolve()


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str, progress: Progress) -> Path:
    """The venv's Python, with the toolkit and `extras` installed, and the offline data ready."""
    folder = venv_dir()
    python = venv_python(folder)
    progress.step(f"Python environment in {folder}", "about 10 s the first time")
    if not python.exists():
        say(f"creating it with Python {sys.version.split()[0]} ({sys.executable})")
        venv.EnvBuilder(with_pip=True).create(folder)
    else:
        say("already there")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = folder / ".toolkit-installed"
    done = stamp.read_text(encoding="utf-8").splitlines() if stamp.is_file() else []
    progress.step(f"the toolkit and its dependencies ({extras})",
                  "1 to 3 minutes the first time on a good connection, longer on a slow one; pip's own lines follow")
    if f"{extras} {digest}" in done or f"{extras},test {digest}" in done:
        say("already installed")
    else:
        command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "on",
                   "-e", f".[{extras}]"]
        if subprocess.call(command, cwd=ROOT) != 0:
            say("pip could not install the toolkit (see its message above); nothing else was changed")
            sys.exit(1)
        with stamp.open("a", encoding="utf-8") as handle:
            handle.write(f"{extras} {digest}\n")
    progress.step("offline data (the CMU dictionary for syllable counts)", "a few seconds")
    if subprocess.call([str(python), "-m", "toolkit", "setup"], cwd=ROOT, stdout=subprocess.DEVNULL) != 0:
        say("preparing the offline data failed (see above)")
        sys.exit(1)
    return python


def ensure_chromium(progress: Progress) -> None:
    progress.step("Chromium for the browser tests", "instant, or about a minute when CI=true installs it")
    if os.environ.get("TOOLKIT_CHROMIUM") or shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        say("found")
        return
    if os.environ.get("CI") != "true":
        say("no Chromium found: browser tests will be skipped (install Debian's chromium, or set TOOLKIT_CHROMIUM)")
        return
    if not shutil.which("apt-get"):
        say("CI=true but apt-get is missing: cannot install Chromium for the browser tests")
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say("installing Debian's chromium")
    install = [*sudo, "apt-get", "install", "-y", "-qq", "chromium"]
    if subprocess.call(install, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) != 0:
        subprocess.call([*sudo, "apt-get", "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
        subprocess.check_call(install, env=env, stdout=subprocess.DEVNULL)


def sources_digest(root: Path) -> str:
    """A fingerprint of everything a student copy is built from (names, sizes, modification times)."""
    digest = hashlib.sha256()
    for name in STUDENT_SOURCES:
        path = root / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []
        for file in files:
            if _SKIP.intersection(file.relative_to(root).parts) or file.suffix in (".pyc", ".pyo"):
                continue
            info = file.stat()
            digest.update(f"{file.relative_to(root).as_posix()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def ensure_student_copy(python: Path, progress: Progress) -> Path:
    """The folder `lessons` serves: this folder when it is a student copy, else build/lessons (rebuilt if stale)."""
    progress.step("the student copy (no instructor notes, keys or answer sources)",
                  "about 10 s when the lessons changed, instant otherwise")
    if (ROOT / STUDENT_MARKER).is_file():
        say("this folder is a student copy: serving it as it is")
        return ROOT
    stamp = ROOT / "build" / ".lessons-built-from"
    wanted = sources_digest(ROOT)
    if (STUDENT_COPY / STUDENT_MARKER).is_file() and stamp.is_file() and stamp.read_text().strip() == wanted:
        say(f"up to date in {STUDENT_COPY}")
        return STUDENT_COPY
    command = [str(python), "-m", "toolkit", "build-student", "--lessons-only", str(STUDENT_COPY)]
    if subprocess.call(command, cwd=ROOT, stdout=subprocess.DEVNULL) != 0:
        say("building the student copy failed (see above)")
        sys.exit(1)
    stamp.write_text(wanted + "\n", encoding="utf-8")
    say(f"built in {STUDENT_COPY}")
    return STUDENT_COPY


def write_jupyter_overrides() -> Path:
    """Private page settings for the servers started here: no news prompt, no update check."""
    labconfig = JUPYTER_OVERRIDES / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    page_config = {"disabledExtensions": {name: True for name in DISABLED_PLUGINS}}
    (labconfig / "page_config.json").write_text(json.dumps(page_config, indent=2) + "\n", encoding="utf-8")
    return JUPYTER_OVERRIDES


def server_command(python: Path, served: Path, app: str, headless: bool, port: str, extra: list[str]) -> list[str]:
    """The Jupyter (or Voila) command line that serves `served` and opens lesson 0."""
    allow_root = ["--allow-root"] if os.name != "nt" and os.geteuid() == 0 else []
    if app == "voila":
        command = [str(python), "-m", "voila", str(served), f"--port={port}", "--Voila.ip=127.0.0.1"]
        return command + (["--no-browser"] if headless else []) + extra
    # The app's own default_url wins over the server's: "/" (and the printed address) opens lesson 0.
    first = ("LabApp", "/lab/tree/") if app == "lab" else ("JupyterNotebookApp", "/notebooks/")
    command = [str(python), "-m", "jupyter", app, f"--ServerApp.root_dir={served}",
               f"--{first[0]}.default_url={first[1]}{FIRST_LESSON}", f"--ServerApp.port={port}", *allow_root]
    if headless:
        command += ["--no-browser", "--ServerApp.ip=127.0.0.1"]
    return command + extra


def serve(which: str, arguments: list[str]) -> int:
    headless = os.environ.get("TOOLKIT_HEADLESS", "0") in ("1", "true")
    app = "lab"
    extra = []
    for argument in arguments:
        if argument == "--headless":
            headless = True
        elif argument == "--notebook":
            app = "notebook"
        elif argument == "--voila":
            app = "voila"
        else:
            extra.append(argument)
    progress = Progress(4 if which == "lessons" else 3)
    python = ensure_venv("lab", progress)
    served = ensure_student_copy(python, progress) if which == "lessons" else ROOT
    port = os.environ.get("TOOLKIT_PORT", "8888")
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_hex(24)
    overrides = write_jupyter_overrides()
    env = {**os.environ, "JUPYTER_TOKEN": token, "TOOLKIT_PROJECT_ROOT": str(served),
           "JUPYTER_CONFIG_PATH": os.pathsep.join(filter(None, [str(overrides),
                                                                os.environ.get("JUPYTER_CONFIG_PATH")]))}
    audience = "student copy" if which == "lessons" else "instructor copy (instructor notes and keys included)"
    say(f"ready in {progress.elapsed()}: serving the {audience} from {served}")
    if which == "lessons":
        say(f"students' work is saved in {served / 'work'}")
    if app == "voila":
        say(f"open http://127.0.0.1:{port}/voila/render/{FIRST_LESSON}?token={token}")
    else:
        first = "lab/tree/" if app == "lab" else "notebooks/"
        say(f"open http://127.0.0.1:{port}/{first}{FIRST_LESSON}?token={token}  (Ctrl+C stops the server; "
            "if that port is busy, Jupyter picks the next one and prints it below)")
    return run_child(server_command(python, served, app, headless, port, extra), env=env, cwd=served)


def run_child(command: list[str], **options) -> int:
    """Run the server or pytest; Ctrl+C reaches it (same process group) and is not a launcher traceback."""
    child = subprocess.Popen(command, **options)
    while True:
        try:
            return child.wait()
        except KeyboardInterrupt:
            continue


def tests(arguments: list[str]) -> int:
    progress = Progress(4)
    python = ensure_venv("lab,test", progress)
    ensure_chromium(progress)
    say(f"ready in {progress.elapsed()}: running pytest {' '.join(arguments)}".rstrip())
    status = run_child([str(python), "-m", "pytest", *arguments], cwd=ROOT)
    say(f"finished in {progress.elapsed()} (pytest exit status {status})")
    return status


def main(argv: list[str]) -> int:
    command, arguments = (argv[0], argv[1:]) if argv else ("", [])
    if command in ("lessons", "teach"):
        return serve(command, arguments)
    if command == "tests":
        return tests(arguments)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
