"""`validate`: every kind of problem is found, at the right file and line, and a ready lesson passes."""

from __future__ import annotations

import json
import re
import shutil

import nbformat
import pytest
import yaml

from toolkit import load_article, notebooks
from toolkit.authoring.new_lesson import new_lesson
from toolkit.authoring.validate import (Report, validate_lesson, validate_notebook, validate_path, validate_project,
                                        validate_seed, validate_spec)
from tests.authoring_helpers import ARTICLE, copy_project, review_keys, toolkit
from tests.conftest import ROOT

SLUG = "library-hours"


@pytest.fixture(scope="module")
def ready(tmp_path_factory):
    """A project with a reviewed, built lesson for the test article."""
    from toolkit.exercises.build import build_exercises

    project = copy_project(tmp_path_factory.mktemp("ready") / "course")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
        new_lesson(ARTICLE, root=project)
        review_keys(load_article(project / "seeds" / SLUG))
        report = build_exercises(project)
        assert not report.errors, report.errors
    return project


@pytest.fixture
def project(ready, tmp_path, monkeypatch):
    copy = tmp_path / "course"
    shutil.copytree(ready, copy)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(copy))
    return copy


def line_of(path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if needle in line)


def found(problems, path, line=None, text=""):
    return [p for p in problems if p.path == path and (line is None or p.line == line) and text in p.message]


@pytest.mark.slow
def test_the_shipped_project_is_valid():
    report = validate_project(ROOT, execute=False)
    assert report.ok, "\n".join(p.shown(ROOT) for p in report.problems)
    assert len(report.checked) > 15


def test_a_reviewed_and_built_lesson_is_valid(project):
    report = validate_lesson(project / "seeds" / SLUG, project, execute=False)
    assert report.ok, "\n".join(map(str, report.problems))
    names = {p.name for p in report.checked}
    assert {"article.txt", "metadata.yaml", "spans.json", "sentences.json", f"{SLUG}.yaml", f"{SLUG}.ipynb",
            "review.ipynb"} <= names


def test_incomplete_metadata_is_reported_at_its_lines(project):
    seed = project / "seeds" / SLUG
    path = seed / "metadata.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(slug="library", outlet=None, credit="", date="1 Sept 2026", url="example.org")
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    problems = validate_seed(seed)
    assert found(problems, path, line_of(path, "slug:"), "slug is 'library', but the folder is 'library-hours'")
    assert found(problems, path, line_of(path, "outlet:"), "says nothing of where the story comes from")
    assert found(problems, path, line_of(path, "date:"), "must look like 2026-03-02")
    assert found(problems, path, line_of(path, "url:"), "must start with http")
    path.write_text("title: [unclosed\n", encoding="utf-8")
    assert found(validate_seed(seed), path, text="is not valid YAML")


def test_an_article_that_does_not_decode_is_reported_at_the_line_of_the_bad_byte(project):
    article = project / "seeds" / SLUG / "article.txt"
    lines = article.read_bytes().split(b"\n")
    lines[4] = lines[4][:10] + b"\xff" + lines[4][10:]
    article.write_bytes(b"\n".join(lines))
    problems = validate_seed(project / "seeds" / SLUG)
    assert found(problems, article, 5, "is not UTF-8 text")


def test_span_key_problems_are_reported_span_by_span(project):
    path = project / "seeds" / SLUG / "keys" / "spans.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["spans"][0]["label"] = "rumour"
    data["spans"][1]["text"] = "not the words at these offsets"
    data["spans"][2]["id"] = data["spans"][3]["id"]
    data["status"] = "draft"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    problems = validate_seed(project / "seeds" / SLUG)
    spans_at = [line_of(path, f'"start": {span["start"]},') - 2 for span in data["spans"][:4]]
    assert found(problems, path, spans_at[0], "unknown label 'rumour'")
    assert found(problems, path, spans_at[1], "does not match the article there")
    assert found(problems, path, spans_at[3], "is used by spans[2] too")
    assert found(problems, path, line_of(path, '"status"'), "the key is a draft")
    assert len([p for p in problems if p.path == path]) == 4


def test_sentence_key_problems_name_the_sentence_line(project):
    path = project / "seeds" / SLUG / "keys" / "sentences.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sentences"]["s99"] = {"label": "fact", "source": None}
    data["sentences"]["s2"]["label"] = "rumour"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    problems = validate_seed(project / "seeds" / SLUG)
    assert found(problems, path, line_of(path, '"s99"'), "the article has no sentence 's99'")
    assert found(problems, path, line_of(path, '"s2"'), "label 'rumour' is not one of")


def test_spec_mistakes_are_reported_at_the_field(project):
    path = project / "exercises" / "source" / f"{SLUG}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("paragraph: 1\n", "paragraph: 99\n", 1), encoding="utf-8")
    problems = validate_spec(path, project)
    passage = next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                   if line.strip() == "passage:")
    assert found(problems, path, passage, "the article has paragraphs 1 to")
    path.write_text(text.replace("type: numeric", "type: numeric\n    answer: [oops"), encoding="utf-8")
    broken = validate_spec(path, project)
    assert len(broken) == 1 and "is not valid YAML" in broken[0].message
    assert broken[0].line >= line_of(path, "answer: [oops")


def test_an_unanswerable_question_is_caught(project):
    path = project / "exercises" / "source" / f"{SLUG}.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    attributed = next(s.id for s in load_article(project / "seeds" / SLUG).sentences if s.text.startswith("Kowalski"))
    spec["questions"].append({"id": "q9", "type": "label_sentences", "prompt": "Who says so?", "ask_source": True,
                              "sentences": [attributed],
                              "answers": {attributed: {"label": "attributed", "source": "The"}},
                              "explanation": "A source made only of words the matching ignores."})
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    problems = validate_spec(path, project)
    assert found(problems, path, line_of(path, "id: q9"), "not answerable: its right answer scores only 60%")


def test_a_built_file_out_of_step_and_one_without_a_source(project):
    path = project / "exercises" / "source" / f"{SLUG}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Fact, claim or opinion?", "Who is speaking?"),
                    encoding="utf-8")
    assert found(validate_spec(path, project), path, 1, f"exercises/{SLUG}.exercise.json is out of date")
    orphan = project / "exercises" / "old.exercise.json"
    shutil.copy(project / "exercises" / f"{SLUG}.exercise.json", orphan)
    report = validate_project(project, execute=False)
    assert found(report.problems, orphan, 1, "has no source")


def test_an_answer_in_a_notebook_students_receive_is_caught_but_not_in_an_instructor_cell(project):
    spec = yaml.safe_load((project / "exercises" / "source" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    hint = next(q for q in spec["questions"] if q["type"] == "numeric")["explanation"]
    lesson = project / "lessons" / f"{SLUG}.ipynb"
    nb = nbformat.read(lesson, as_version=4)
    nb.cells.append(notebooks.markdown(hint, instructor=True))
    notebooks.write(nb, lesson)
    spec_path = project / "exercises" / "source" / f"{SLUG}.yaml"
    assert not found(validate_spec(spec_path, project), lesson)
    nb.cells.append(notebooks.markdown(hint))
    notebooks.write(nb, lesson)
    assert found(validate_spec(spec_path, project), lesson, 1, "shows an answer of library-hours q4 (text)")


def test_notebooks_stored_with_outputs_and_notebooks_that_fail(project):
    lesson = project / "lessons" / f"{SLUG}.ipynb"
    data = json.loads(lesson.read_text(encoding="utf-8"))
    index = next(i for i, c in enumerate(data["cells"]) if c["cell_type"] == "code")
    data["cells"][index]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hello\n"}]
    data["cells"][index]["execution_count"] = 1
    lesson.write_text(json.dumps(data, indent=1), encoding="utf-8")
    problems = validate_notebook(lesson, project, execute=False)
    cell_line = next(n for n, line in enumerate(lesson.read_text(encoding="utf-8").splitlines(), start=1)
                     if f'"id": "{data["cells"][index]["id"]}"' in line)
    assert len(problems) == 1 and "stored with its outputs" in problems[0].message
    assert abs(problems[0].line - cell_line) <= 3


@pytest.mark.notebooks
def test_a_notebook_that_raises_is_reported_at_its_cell(project):
    failing = project / "lessons" / "broken.ipynb"
    notebooks.write(notebooks.notebook([notebooks.markdown("# Broken"), notebooks.code("print('fine')"),
                                        notebooks.code("1 / 0")]), failing)
    problems = validate_notebook(failing, project, execute=True)
    assert len(problems) == 1 and "cell 3 fails when run: ZeroDivisionError" in problems[0].message
    assert failing.read_text(encoding="utf-8").splitlines()[problems[0].line - 1].strip().startswith("{")
    only_instructor = project / "lessons" / "teacher.ipynb"
    notebooks.write(notebooks.notebook([notebooks.code("1 / 0", instructor=True)]), only_instructor)
    assert validate_notebook(only_instructor, project, execute=True) == []


def test_a_lexicon_mistake_is_reported_at_its_line(project):
    lexicon = project / "seeds" / SLUG / "lexicon.txt"
    lexicon.write_text("# my words\npet project | contempt | 0.5 | why | project\nbad line without fields\n",
                       encoding="utf-8")
    assert found(validate_seed(project / "seeds" / SLUG), lexicon, 3, "expected 5 or 6 fields")


@pytest.mark.slow
def test_the_command_line(project):
    ok = toolkit("validate", f"seeds/{SLUG}", "--no-execute", cwd=project)
    assert ok.returncode == 0 and ok.stdout == "" and "no problems" in ok.stderr
    key = project / "seeds" / SLUG / "keys" / "spans.json"
    data = json.loads(key.read_text(encoding="utf-8"))
    data["status"] = "draft"
    key.write_text(json.dumps(data, indent=2), encoding="utf-8")
    bad = toolkit("validate", "--no-execute", cwd=project)
    assert bad.returncode == 1
    lines = bad.stdout.splitlines()
    assert lines and all(re.match(r"^[^:\s]+:\d+: \S", line) for line in lines), lines
    assert any(line.startswith(f"seeds/{SLUG}/keys/spans.json:") for line in lines)
    assert toolkit("validate", "README.md", cwd=project).returncode == 2
    missing = toolkit("validate", "nothing-here", cwd=project)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_validate_path_dispatches_on_what_it_is_given(project):
    assert validate_path(project / "exercises" / "source" / f"{SLUG}.yaml", execute=False).ok
    assert validate_path(project / "exercises" / f"{SLUG}.exercise.json", execute=False).ok
    assert validate_path(project / "lessons" / f"{SLUG}.ipynb", execute=False).ok
    assert isinstance(validate_path(project / "seeds" / SLUG, execute=False), Report)
