"""Shared fixtures: the project's folders, the sample article, and isolated work folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "seeds" / "turkey-s400"

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") == "true" else "default")


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample():
    """The sample article, loaded once for the whole run (it is immutable)."""
    from toolkit import load_article

    return load_article(SAMPLE_DIR)


@pytest.fixture
def work_dir(tmp_path, monkeypatch) -> Path:
    """A fresh TOOLKIT_WORK_DIR so tests never touch a real student's saved work."""
    folder = tmp_path / "work"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(folder))
    monkeypatch.delenv("TOOLKIT_STUDENT", raising=False)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    return folder


def pytest_collection_modifyitems(items):
    """Notebook runs and browser tests are slow by nature: `-m "not slow"` leaves them out with the rest."""
    for item in items:
        if item.get_closest_marker("browser") or item.get_closest_marker("notebooks"):
            item.add_marker(pytest.mark.slow)
