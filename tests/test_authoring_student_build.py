"""The student build: no answer keys, no exercise sources, no instructor notes; safe to rebuild; refuses bad OUTs."""

from __future__ import annotations

import json
import os

import nbformat
import pytest

from toolkit import notebooks
from toolkit.authoring.student_build import MARKER, StudentBuildError, build_student
from tests.authoring_helpers import copy_project, toolkit


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "course")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(root))
    return root


def test_the_copy_holds_what_students_need_and_nothing_they_must_not_see(project, tmp_path):
    out = tmp_path / "student"
    build = build_student(out, root=project)
    assert {p.name for p in out.iterdir()} >= {"lessons", "exercises", "seeds", "toolkit", "pyproject.toml",
                                               "environment.yml", "run", "run.py", "README.md", "postBuild",
                                               ".gitignore", MARKER}
    assert not list((out / "seeds").rglob("keys")) and not (out / "exercises" / "source").exists()
    assert not list(out.glob("lessons/*.py")) and not (out / "lessons" / "source").exists()
    assert not (out / "docs").exists() and not (out / "tests").exists()
    for path in out.rglob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        assert not any(notebooks.is_instructor_cell(c) for c in nb.cells), path
        assert all(c.get("outputs") == [] for c in nb.cells if c.cell_type == "code")
    source = {p.relative_to(project) for p in project.glob("lessons/*.ipynb")}
    assert {p.relative_to(out) for p in out.glob("lessons/*.ipynb")} == source
    lesson = nbformat.read(project / "lessons" / "01-first-read.ipynb", as_version=4)
    copied = nbformat.read(out / "lessons" / "01-first-read.ipynb", as_version=4)
    assert len(copied.cells) == len(lesson.cells) - sum(notebooks.is_instructor_cell(c) for c in lesson.cells)
    assert sorted(p.name for p in out.glob("exercises/*.exercise.json")) == \
        sorted(p.name for p in project.glob("exercises/*.exercise.json"))
    assert (out / "seeds" / "turkey-s400" / "article.txt").read_bytes() == \
        (project / "seeds" / "turkey-s400" / "article.txt").read_bytes()
    assert os.access(out / "run", os.X_OK) and os.access(out / "postBuild", os.X_OK)
    assert "python -m toolkit setup" in (out / "postBuild").read_text()
    assert "work/" in (out / ".gitignore").read_text()
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "lessons/00-welcome.ipynb" in readme and "exercises/04-loaded-language.ipynb" in readme
    assert len(build.notebooks) == len(list(out.rglob("*.ipynb")))


def test_a_notebook_of_instructor_cells_only_is_left_out(project, tmp_path):
    notebooks.write(notebooks.notebook([notebooks.markdown("Teacher only", instructor=True)]),
                    project / "lessons" / "teacher-notes.ipynb")
    build = build_student(tmp_path / "student", root=project)
    assert not (tmp_path / "student" / "lessons" / "teacher-notes.ipynb").exists()
    assert any("teacher-notes.ipynb" in item for item in build.left_out)


def test_rebuilding_replaces_what_the_build_wrote_and_keeps_what_the_instructor_added(project, tmp_path):
    out = tmp_path / "student"
    build_student(out, root=project)
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (out / "LICENSE").write_text("CC BY 4.0\n")
    (out / ".gitignore").write_text("work/\nmine/\n")
    (out / "lessons" / "stale.ipynb").write_text("{}")
    (project / "lessons" / "00-welcome.ipynb").unlink()
    build_student(out, root=project)
    assert (out / ".git" / "HEAD").is_file() and (out / "LICENSE").read_text() == "CC BY 4.0\n"
    assert (out / ".gitignore").read_text() == "work/\nmine/\n"
    assert not (out / "lessons" / "stale.ipynb").exists() and not (out / "lessons" / "00-welcome.ipynb").exists()
    assert json.loads((out / MARKER).read_text())["entries"][:4] == ["lessons", "exercises", "seeds", "toolkit"]


@pytest.mark.parametrize("where", ["lessons/student", "seeds", "toolkit/x", ".", ".."])
def test_an_out_inside_the_project_folders_is_refused(project, where):
    with pytest.raises(StudentBuildError):
        build_student(project / where, root=project)


def test_a_folder_that_is_not_a_student_build_is_never_cleared(project, tmp_path):
    out = tmp_path / "my-documents"
    out.mkdir()
    (out / "thesis.txt").write_text("precious")
    with pytest.raises(StudentBuildError, match="not empty and not a student build"):
        build_student(out, root=project)
    assert (out / "thesis.txt").read_text() == "precious"


@pytest.mark.slow
def test_the_default_and_the_command_line(project):
    done = toolkit("build-student", cwd=project)
    assert done.returncode == 0, done.stderr
    assert (project / "build" / "student" / "lessons").is_dir()
    refused = toolkit("build-student", "lessons/copy", cwd=project)
    assert refused.returncode == 2 and refused.stderr.startswith("error:") and refused.stderr.count("\n") == 1


def test_the_lessons_own_checks_work_from_sealed_keys_in_the_copy(project, tmp_path, monkeypatch):
    from toolkit import load_article
    from toolkit.annotation.spans import Span, load_span_key
    from toolkit.annotation.scoring import score_spans
    from toolkit.keys.sealed import SEALED_KEYS_FILE
    from toolkit.keys.sentence_keys import load_sentence_key

    out = tmp_path / "student"
    build_student(out, root=project)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(out))
    sealed = out / "seeds" / "turkey-s400" / SEALED_KEYS_FILE
    raw = sealed.read_text(encoding="utf-8")
    for answer in ("Fikri Isik", "jumping ship", "attributed", "world-war axis"):
        assert answer not in raw
    article = load_article(out / "seeds" / "turkey-s400")
    plain_spans = load_span_key(load_article(project / "seeds" / "turkey-s400"))
    assert load_span_key(article).spans == plain_spans.spans
    assert load_sentence_key(article).get("s16").source == "Fikri Isik"
    enemy = article.text.index("enemy")
    score = score_spans([Span(enemy, enemy + 5, "enemy", "loaded")], load_span_key(article), labels="loaded")
    assert score.to_dict()


def test_draft_keys_are_not_sealed(project, tmp_path):
    key = project / "seeds" / "turkey-s400" / "keys" / "spans.json"
    data = json.loads(key.read_text(encoding="utf-8"))
    data["status"] = "draft"
    key.write_text(json.dumps(data), encoding="utf-8")
    (project / "seeds" / "turkey-s400" / "keys" / "sentences.json").unlink()
    build_student(tmp_path / "student", root=project)
    assert not (tmp_path / "student" / "seeds" / "turkey-s400" / "keys.sealed.json").exists()


def test_the_lessons_only_copy_holds_what_students_open_and_nothing_else(project, tmp_path):
    out = tmp_path / "lessons-only"
    build_student(out, root=project, lessons_only=True)
    assert {p.name for p in out.iterdir()} == {"lessons", "exercises", "seeds", "README.md", MARKER}
    assert not list((out / "seeds").rglob("keys")) and not (out / "exercises" / "source").exists()
    build_student(out, root=project)  # a full rebuild over it replaces exactly what the last build wrote
    assert (out / "toolkit").is_dir() and (out / "run.py").is_file()
