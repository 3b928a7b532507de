"""A whole class on JupyterHub: two students log in, each works in their own copy, neither sees the other's.

A real JupyterHub (the `jupyterhub` package) on 127.0.0.1 with its dummy authenticator and the
local process spawner, each student's home in a temporary folder. The course is the student
copy (`build-student`), placed in each home as `course/` before the server starts, the way
nbgitpuller's first pull places it (docs/instructor-guide.md, "Deploying to a class"). Each
student answers a question in a real browser; the save lands in their own
`course/work/<hub name>/`, and one student's session cannot read the other's server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .harness import ROOT, error_outputs, free_port, wait_for_file

pytest.importorskip("jupyterhub", reason="the hub test needs the jupyterhub package (the test extra installs it)")

EXERCISE = "exercises/03-readability.ipynb"
STUDENTS = ("ada", "bob")
KERNEL_IDLE = "Python 3 (ipykernel) | Idle"

CONFIG = """\
import shutil
from pathlib import Path

c = get_config()  # noqa: F821 (JupyterHub's config loader defines it)
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {homes!r} + "/{{username}}"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.args = ["--allow-root", "--LanguageServerManager.autodetect=False"]
c.Spawner.default_url = "/lab/tree/course/lessons/00-welcome.ipynb"
c.Spawner.environment = {environment!r}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.JupyterHub.db_url = "sqlite:///" + {folder!r} + "/hub.sqlite"
c.JupyterHub.cookie_secret_file = {folder!r} + "/cookie_secret"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.pid_file = {folder!r} + "/proxy.pid"


def course_in_home(spawner):
    \"\"\"What nbgitpuller's first pull does: the course appears in the student's home.\"\"\"
    home = Path({homes!r}) / spawner.user.name
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "course").exists():
        shutil.copytree({course!r}, home / "course")


c.Spawner.pre_spawn_hook = course_in_home
"""


def _answer(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def hub(tmp_path_factory, browser):
    from toolkit.authoring.student_build import build_student
    from toolkit.storage.offline import data_dir

    folder = tmp_path_factory.mktemp("hub")
    bin_dir = Path(sys.executable).parent
    proxy, singleuser = bin_dir / "configurable-http-proxy", bin_dir / "jupyterhub-singleuser"
    if not proxy.exists() or not singleuser.exists():
        pytest.skip("jupyterhub-singleuser or configurable-http-proxy is missing from the environment")
    course = folder / "course"
    build_student(course, root=ROOT)
    labconfig = folder / "jupyter-config" / "labconfig"
    labconfig.mkdir(parents=True)
    (labconfig / "page_config.json").write_text(json.dumps(
        {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}}), encoding="utf-8")
    port, hub_port = free_port(), free_port()
    environment = {"TOOLKIT_DATA_DIR": str(data_dir()), "MPLBACKEND": "Agg",
                   "JUPYTER_CONFIG_PATH": str(labconfig.parent), "PYTHONUNBUFFERED": "1"}
    config = folder / "jupyterhub_config.py"
    config.write_text(CONFIG.format(port=port, hub_port=hub_port, homes=str(folder / "homes"), folder=str(folder),
                                    singleuser=str(singleuser), proxy=str(proxy), course=str(course),
                                    environment=environment), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TOOLKIT_", "JUPYTER"))}
    env.update({"HOME": str(folder), "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"})
    log = folder / "hub.log"
    with log.open("w", encoding="utf-8") as handle:
        process = subprocess.Popen([str(bin_dir / "jupyterhub"), "-f", str(config)], cwd=folder, env=env,
                                   stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while _safe(lambda: _answer(f"{base}/hub/api/")) != 200:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"JupyterHub did not start:\n{log.read_text()[-4000:]}")
        time.sleep(0.5)
    yield base, folder / "homes", log
    os.killpg(process.pid, 15)  # the hub, its proxy and the students' servers it started
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)


def _safe(call):
    try:
        return call()
    except (urllib.error.URLError, OSError):
        return None


def _work_as(browser, base: str, name: str):
    """Log in as `name`, land on lesson 0, answer question 1 of exercise 3: the browser context, for later."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(180_000)
    page = context.new_page()
    page.goto(f"{base}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", "any")
    page.click("#login_submit")
    page.wait_for_url(f"**/user/{name}/lab/tree/course/lessons/00-welcome.ipynb*", timeout=240_000)
    page.goto(f"{base}/user/{name}/lab/tree/course/{EXERCISE}?reset")
    page.get_by_text(KERNEL_IDLE).first.wait_for()
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    question = page.locator(".tk-ex-q-q1")
    question.locator("input").first.wait_for()
    assert error_outputs(page) == []
    question.locator("input").first.fill("13.05")
    question.get_by_role("button", name="Check").click()
    question.get_by_text("Right").first.wait_for()
    return context


def test_two_students_each_get_their_own_work_folder_from_their_hub_name(hub, browser):
    base, homes, log = hub
    contexts = {name: _work_as(browser, base, name) for name in STUDENTS}
    try:
        for name in STUDENTS:
            saved = homes / name / "course" / "work" / name / "progress" / "03-readability.json"
            data = wait_for_file(saved, lambda d: d.get("questions", {}).get("q1", {}).get("attempts") == 1)
            assert data["student"] == name
            assert sorted(p.name for p in (homes / name / "course" / "work").iterdir()) == [name]
        # Each student's server is theirs alone: bob reads his own folder, and cannot reach ada's server.
        bob = contexts["bob"].request
        mine = bob.get(f"{base}/user/bob/api/contents/course/work")
        assert mine.status == 200 and [item["name"] for item in mine.json()["content"]] == ["bob"]
        theirs = bob.get(f"{base}/user/ada/api/contents/course/work", max_redirects=0)
        assert theirs.status in (302, 403, 404), theirs.status
        assert "ada" not in (theirs.text() if theirs.status != 302 else "")
    finally:
        for context in contexts.values():
            context.close()
