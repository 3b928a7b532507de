"""environment.yml (conda/Binder) lists exactly the dependencies and ranges of pyproject.toml."""

from __future__ import annotations

import re
import sys

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = None


def normalise(requirement: str) -> str:
    return re.sub(r"\s+", "", requirement).lower()


def pyproject(project_root):
    text = (project_root / "pyproject.toml").read_text(encoding="utf-8")
    if tomllib is not None:
        return tomllib.loads(text)["project"]
    import pip._vendor.tomli as tomli  # pip vendors a TOML reader on Python 3.10

    return tomli.loads(text)["project"]


def test_environment_matches_pyproject(project_root):
    project = pyproject(project_root)
    wanted = {normalise(r) for r in project["dependencies"] + project["optional-dependencies"]["lab"]}
    environment = yaml.safe_load((project_root / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(item["pip"] for item in environment["dependencies"] if isinstance(item, dict))
    listed = {normalise(r) for r in pip_section if not r.startswith("-e")}
    assert listed == wanted
    assert "-e .[lab]" in pip_section
    python = next(d for d in environment["dependencies"] if isinstance(d, str) and d.startswith("python"))
    assert project["requires-python"].lstrip(">=") in python


def test_every_dependency_has_a_pinned_range(project_root):
    project = pyproject(project_root)
    requirements = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    for requirement in requirements:
        assert re.search(r">=[\d.]+,<[\d.]+$", requirement), requirement
