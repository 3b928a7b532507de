"""Fixtures for real-browser tests: Chromium via Playwright, JupyterLab and Voila servers.

Without Chromium these tests skip with a line saying how to enable them; under CI=true they
fail instead, because CI must run them (`./run tests` installs Chromium there).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .harness import CHROMIUM_ARGS, ENABLE_HINT, chromium_path, start_jupyterlab, start_voila

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests must run in CI but cannot: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        _unavailable(ENABLE_HINT)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("browser tests skipped: the playwright package is missing (./run tests installs it)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    page = context.new_page()
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = request.node.name.replace("/", "_").replace("[", "-").replace("]", "")
        try:
            page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        except Exception:  # the page may be gone; the failure itself is what matters
            pass
    context.close()


@pytest.fixture
def lab(tmp_path, browser):
    """A JupyterLab server over a fresh copy of the notebooks, with its own work folder."""
    server = start_jupyterlab(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def voila(tmp_path, browser):
    """A Voila server over a fresh copy of the notebooks, with its own work folder."""
    server = start_voila(tmp_path)
    yield server
    server.stop()


def pytest_terminal_summary(terminalreporter):
    """Print the accessibility audit's counts (tests/browser/test_a11y_audit.py) when it ran."""
    from . import a11y

    if a11y.reported():
        terminalreporter.section("accessibility audit (axe-core, WCAG 2.1 A and AA)")
        for line in a11y.counts_table().splitlines():
            terminalreporter.write_line(line)
