"""The readability lesson: built from its source, with the lesson anatomy and instructor notes tagged."""

from __future__ import annotations

import importlib.util

import nbformat

from tests.conftest import ROOT

NOTEBOOK = ROOT / "lessons" / "03-readability.ipynb"


def built():
    source = ROOT / "lessons" / "source" / "readability_lesson.py"
    spec = importlib.util.spec_from_file_location("readability_lesson", source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


def test_stored_notebook_matches_its_source():
    stored = nbformat.read(NOTEBOOK, as_version=4)
    fresh = built()
    assert [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in stored.cells] == \
           [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in fresh.cells], \
        "run: python lessons/source/readability_lesson.py"


def test_lesson_anatomy():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    first = notebook.cells[0].source
    assert "**Time:**" in first and "**Questions**" in first and "**Objectives**" in first
    assert notebook.cells[-1].source.startswith("## Key points")
    sources = "\n".join(c.source for c in notebook.cells)
    for needed in ("readability_explorer(", "readability_figure(", 'Exercise("03-readability")', "## Challenge"):
        assert needed in sources
    instructor = [c for c in notebook.cells if "instructor" in c.metadata.get("tags", [])]
    assert len(instructor) >= 3
    assert all(c.source.startswith("**Instructor notes.**") for c in instructor if c.cell_type == "markdown")
