"""Real JupyterLab and Voila servers on 127.0.0.1, and a Chromium driven by Playwright.

Used by the browser tests of every widget. Each server serves a temporary copy of the
project's notebooks and seeds (JupyterLab's autosave would otherwise write outputs into
the repository) with HOME, Jupyter's folders and the students' work folder all inside the
temporary folder, so a test can assert on exactly what the kernel wrote to disk.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "toolkit-browser-test"
KERNEL_STATUS_IDLE = "Python 3 (ipykernel) | Idle"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
ENABLE_HINT = ("browser tests skipped: no Chromium found; install Debian's chromium (apt-get install chromium) "
               "or set TOOLKIT_CHROMIUM=/path/to/chromium to enable them")


def chromium_path() -> str | None:
    """The Chromium to drive: TOOLKIT_CHROMIUM, else Debian's /usr/bin/chromium, else one on PATH."""
    override = os.environ.get("TOOLKIT_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    for candidate in ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"):
        found = candidate if Path(candidate).is_file() else shutil.which(candidate)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare_site(folder: Path, *, student: str = "browser-test") -> tuple[Path, dict[str, str]]:
    """Copy lessons/, exercises/ and seeds/ into `folder/site`; return it and the servers' environment."""
    site = folder / "site"
    for name in ("lessons", "exercises", "seeds"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, site / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    home = folder / "home"
    config = home / ".jupyter"
    settings = config / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8")
    from toolkit.storage.offline import data_dir

    env = dict(os.environ)
    env.update({
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_RUNTIME_DIR": str(folder / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(config / "lab" / "user-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(config / "lab" / "workspaces"),
        "TOOLKIT_PROJECT_ROOT": str(site),
        "TOOLKIT_WORK_DIR": str(folder / "work"),
        "TOOLKIT_DATA_DIR": str(data_dir()),  # reuse the CMU dictionary written by `./run`
        "TOOLKIT_STUDENT": student,
        "MPLBACKEND": "Agg",
        "PYTHONUNBUFFERED": "1",
    })
    env.pop("JUPYTERHUB_USER", None)
    return site, env


@dataclass
class Server:
    """A running JupyterLab or Voila server and the folders it uses."""

    kind: str
    site: Path
    work: Path
    port: int
    process: subprocess.Popen
    log: Path
    extra: dict = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def lab_url(self, notebook: str) -> str:
        return f"{self.base}/lab/tree/{notebook}?token={TOKEN}&reset"

    def notebook7_url(self, notebook: str) -> str:
        return f"{self.base}/notebooks/{notebook}?token={TOKEN}"

    def voila_url(self, notebook: str) -> str:
        return f"{self.base}/voila/render/{notebook}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def start_jupyterlab(folder: Path, *, student: str = "browser-test", settings: dict[str, dict] | None = None,
                     extra_args: tuple[str, ...] = (), app: str = "lab") -> Server:
    """`settings`: more user settings, {"@scope/package:plugin": {...}}; `extra_args`: more server options;
    `app`: "lab" for JupyterLab, "notebook" for Notebook 7 (the same server, another front end)."""
    site, env = prepare_site(folder, student=student)
    for plugin, values in (settings or {}).items():
        write_lab_setting(Path(env["JUPYTERLAB_SETTINGS_DIR"]), plugin, values)
    port = free_port()
    command = [
        sys.executable, "-m", "jupyter", app, "--no-browser", "--allow-root", f"--port={port}",
        "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={site}",
        "--LanguageServerManager.autodetect=False", "--ServerApp.port_retries=0", *extra_args,
    ]
    server = _launch("jupyterlab" if app == "lab" else app, command, site, folder, env, port)
    _wait_ready(server, f"/api/status?token={TOKEN}")
    return server


def write_lab_setting(settings_dir: Path, plugin: str, values: dict) -> None:
    """A JupyterLab user setting, e.g. ("@jupyterlab/apputils-extension:themes", {"theme": "JupyterLab Dark"})."""
    package, name = plugin.split(":")
    target = settings_dir / package / f"{name}.jupyterlab-settings"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(values), encoding="utf-8")


def start_voila(folder: Path, *, student: str = "browser-test") -> Server:
    site, env = prepare_site(folder, student=student)
    port = free_port()
    command = [
        sys.executable, "-m", "voila", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
        "--show_tracebacks=True", f"--Voila.root_dir={site}", "--ServerApp.port_retries=0", str(site),
    ]
    server = _launch("voila", command, site, folder, env, port)
    _wait_ready(server, "/voila/static/voila.js")
    return server


def _launch(kind, command, site, folder, env, port) -> Server:
    log = folder / f"{kind}.log"
    handle = log.open("w", encoding="utf-8")
    process = subprocess.Popen(command, cwd=site, env=env, stdout=handle, stderr=subprocess.STDOUT)
    return Server(kind=kind, site=site, work=Path(env["TOOLKIT_WORK_DIR"]), port=port, process=process, log=log)


def _wait_ready(server: Server, path: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.kind} exited early:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(server.base + path, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"{server.kind} did not answer within {timeout:.0f} s:\n{server.log_tail()}")


# ----- JupyterLab page helpers -------------------------------------------------------------

def open_notebook(page, server: Server, notebook: str, timeout: float = 120_000) -> None:
    """Open a notebook in JupyterLab and wait until its kernel reports idle (not just the toolbar)."""
    page.goto(server.lab_url(notebook))
    page.get_by_text(KERNEL_STATUS_IDLE).first.wait_for(timeout=timeout)


def run_all_cells(page, timeout: float = 180_000) -> None:
    """Run All Cells from the Run menu and wait until every cell has run and the kernel is idle."""
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout,
    )
    page.get_by_text(KERNEL_STATUS_IDLE).first.wait_for(timeout=timeout)


def error_outputs(page) -> list[str]:
    """Texts of error outputs (tracebacks) visible in the notebook."""
    return page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()


def wait_for_file(path: Path, predicate=lambda data: True, timeout: float = 30) -> dict:
    """Poll a JSON file the kernel writes until it exists and `predicate(data)` holds."""
    deadline = time.monotonic() + timeout
    last_error = "never written"
    while time.monotonic() < deadline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if predicate(data):
                return data
            last_error = f"predicate false for {data!r:.300}"
        except (OSError, ValueError) as error:
            last_error = str(error)
        time.sleep(0.2)
    raise AssertionError(f"{path}: {last_error}")
