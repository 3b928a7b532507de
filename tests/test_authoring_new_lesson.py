"""`new-lesson`: what it writes, what it refuses, and the shape of the lesson and exercise it generates."""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest
import yaml

from toolkit import load_article, notebooks
from toolkit.authoring.new_lesson import AuthoringError, new_lesson
from toolkit.authoring.templates import GENERATED_MARK, draft_exercise, most_loaded_paragraph, sentences_to_label
from toolkit.claims.sentence_labels import label_sentences
from toolkit.loaded import detect
from tests.authoring_helpers import ARTICLE, copy_project, toolkit

SLUG = "library-hours"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A scratch project with one lesson made by new-lesson (shared: tests that change it copy it first)."""
    project = copy_project(tmp_path_factory.mktemp("made") / "course")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
        report = new_lesson(ARTICLE, root=project, date="2026-09-01", url="https://example.org/library")
    return project, report


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "course")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(root))  # nothing a test does may reach the real project
    return root


def test_it_writes_the_seed_keys_lesson_and_exercise(made):
    project, report = made
    seed = project / "seeds" / SLUG
    written = {path.relative_to(project).as_posix() for path in report.written}
    assert written == {f"seeds/{SLUG}/article.txt", f"seeds/{SLUG}/metadata.yaml", f"seeds/{SLUG}/keys/spans.json",
                       f"seeds/{SLUG}/keys/sentences.json", f"seeds/{SLUG}/keys/review.ipynb",
                       f"exercises/source/{SLUG}.yaml", f"exercises/{SLUG}.ipynb", f"lessons/source/{SLUG}.md",
                       f"lessons/{SLUG}.ipynb"}
    original, copied = load_article(ARTICLE), load_article(seed)
    assert copied.content_hash == original.content_hash and copied.slug == SLUG
    metadata = yaml.safe_load((seed / "metadata.yaml").read_text(encoding="utf-8"))
    assert (seed / "metadata.yaml").read_text(encoding="utf-8").startswith(GENERATED_MARK)
    assert metadata["title"] == original.title and metadata["outlet"] == "the Millbrook Courier"
    assert (metadata["date"], metadata["url"]) == ("2026-09-01", "https://example.org/library")
    for name in ("spans.json", "sentences.json"):
        assert json.loads((seed / "keys" / name).read_text(encoding="utf-8"))["status"] == "draft"
    assert report.key_status == {"spans.json": "draft", "sentences.json": "draft"}
    lines = "\n".join(report.lines())
    assert "The answer keys are drafts" in lines and "python -m toolkit build" in lines


def test_the_lesson_has_the_anatomy_of_the_built_in_lessons(made):
    project, _ = made
    nb = nbformat.read(project / "lessons" / f"{SLUG}.ipynb", as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert all(c.get("outputs") == [] for c in nb.cells if c.cell_type == "code")
    first = nb.cells[0].source
    assert first.startswith("# ") and "**Time:**" in first and "**Questions**" in first and "**Objectives**" in first
    headings = [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"]
    order = ["## Reading", "## Activity 1", "## Activity 2", "## Activity 3", "## Activity 4", "## Activity 5",
             "## Challenge", "## Key points"]
    positions = [next(i for i, h in enumerate(headings) if h.startswith(step)) for step in order]
    assert positions == sorted(positions)
    instructor = [c for c in nb.cells if notebooks.is_instructor_cell(c)]
    assert len(instructor) == 2 and "review.ipynb" in instructor[0].source
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for call in ("annotate(article)", "loaded_highlighter(article, lexicon=lesson_lexicon(article))",
                 "sorting_activity(article", "who_is_speaking(article)", "readability_explorer(article)",
                 f'Exercise("{SLUG}")'):
        assert call in code, call
    spec = yaml.safe_load((project / "exercises" / "source" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    challenge = next(c.source for c in nb.cells if f'Exercise("{SLUG}")' in c.source)
    assert any(f'.show("{q["id"]}")' in challenge for q in spec["questions"])
    student = notebooks.without_instructor_cells(nb)
    text = "\n".join(c.source for c in student.cells)
    assert "Millbrook Courier" not in text, "the outlet is an exercise answer: not in the student's lesson"
    assert f"../exercises/{SLUG}.ipynb" in text


def test_generating_again_gives_the_same_files(made, tmp_path):
    project, _ = made
    copy = tmp_path / "again"
    shutil.copytree(project, copy)
    report = new_lesson(ARTICLE, root=copy, date="2026-09-01", url="https://example.org/library", force=True)
    assert report.written == []
    assert sum("up to date" in note for note in report.notes) == 7
    assert sum("kept the existing draft key" in note for note in report.notes) == 2


def test_the_review_notebook_is_instructor_material_opening_both_review_tools(made):
    project, _ = made
    nb = nbformat.read(project / "seeds" / SLUG / "keys" / "review.ipynb", as_version=4)
    assert all(notebooks.is_instructor_cell(c) for c in nb.cells)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "review_key(article)" in code and "review_sentence_key(article)" in code
    assert notebooks.without_instructor_cells(nb).cells == []


def test_the_exercise_spec_and_notebook(made):
    project, report = made
    text = (project / "exercises" / "source" / f"{SLUG}.yaml").read_text(encoding="utf-8")
    assert text.startswith(GENERATED_MARK) and "review.ipynb" in text and "docs/exercises.md" in text
    spec = yaml.safe_load(text)
    assert spec["id"] == SLUG and spec["article"] == SLUG
    types = [q["type"] for q in spec["questions"]]
    assert types == ["find_spans", "label_sentences", "short_text", "numeric", "rewrite"]
    assert [q["id"] for q in spec["questions"]] == ["q1", "q2", "q3", "q4", "q5"]
    by_type = {q["type"]: q for q in spec["questions"]}
    assert "answers" not in by_type["label_sentences"] and "key" not in by_type["find_spans"], \
        "answers come from the reviewed keys"
    assert by_type["short_text"]["answers"] == ["the Millbrook Courier"]
    assert report.questions == [(q["id"], q["title"]) for q in spec["questions"]]
    nb = nbformat.read(project / "exercises" / f"{SLUG}.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert f'Exercise("{SLUG}")' in code and "ex.show_article()" in code
    assert all(code.count(f'ex.show("{q["id"]}")') == 1 for q in spec["questions"])
    builder_output = _builder_notebook(project, spec)
    assert notebooks.is_current(builder_output, project / "exercises" / f"{SLUG}.ipynb")


def _builder_notebook(project, spec):
    from toolkit.notebooks.exercise_notebooks import build

    built = {"id": spec["id"], "title": spec["title"], "intro": spec["intro"],
             "questions": [{"id": q["id"], "title": q["title"], "type": q["type"],
                            "points": q.get("points", spec["defaults"]["points"])} for q in spec["questions"]]}
    return build(built)


def test_the_lesson_source_is_markdown_a_teacher_edits_and_the_one_command_rebuilds(made, tmp_path, monkeypatch):
    from toolkit.cli import main

    project = tmp_path / "edit"
    shutil.copytree(made[0], project)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))  # --root sets it; restored after the test
    source = project / "lessons" / "source" / f"{SLUG}.md"
    text = source.read_text(encoding="utf-8")
    assert text.startswith("---\n") and "::::{activity}" in text and ":::{challenge}" in text
    source.write_text(text.replace("Try to leave at least five marks", "Try to leave at least six marks"),
                      encoding="utf-8")
    lesson = project / "lessons" / f"{SLUG}.ipynb"
    assert main(["build", "--check", "--root", str(project)]) == 1
    main(["build", "--root", str(project)])  # the exercise build refuses the draft keys' questions: that is reported
    assert "at least six marks" in lesson.read_text(encoding="utf-8")


def test_what_the_generated_lesson_and_exercise_promise_is_what_they_contain(made):
    project, _ = made
    nb = nbformat.read(project / "lessons" / f"{SLUG}.ipynb", as_version=4)
    spec = yaml.safe_load((project / "exercises" / "source" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    types = [q["type"] for q in spec["questions"]]
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    objectives = nb.cells[0].source.split("**Objectives**", 1)[1]
    assert ("Rewrite" in objectives) == ("rewrite" in types) == ("rewrite_activity(article)" in code)
    promised = {"find the loaded words": "find_spans", "sort sentences": "label_sentences",
                "find where the story comes from": "short_text", "how hard it is to read": "numeric",
                "rewrite a loaded paragraph": "rewrite"}
    for phrase, kind in promised.items():
        assert (phrase in spec["intro"]) == (kind in types), phrase


def test_an_article_with_no_loaded_words_promises_no_rewrite():
    from toolkit.authoring.lesson_source import lesson_source

    article = load_article(ARTICLE)
    draft = draft_exercise(article, "x", labels=label_sentences(article), loaded=[], title="T")
    assert "rewrite" not in draft.spec["intro"] and "loaded words" not in draft.spec["intro"]
    text = lesson_source(article, draft, title="T", drafted="none", generated={"generated_by": "test"})
    assert "Rewrite" not in text.split("key_points:")[0] and "rewrite_activity" not in text


def test_an_untrusted_title_is_escaped_in_the_lesson(project, tmp_path):
    source = tmp_path / "evil.md"
    body = (project / "docs" / "examples" / "ferry-fares.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    source.write_text("---\ntitle: '<img src=x onerror=alert(1)> [click](javascript:x)'\noutlet: Harbour Times\n---\n"
                      + body, encoding="utf-8")
    new_lesson(source, root=project, slug="evil")
    nb = nbformat.read(project / "lessons" / "evil.ipynb", as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    import re

    # No live tag and no live link: the one escaper (toolkit.render.markdown_text) writes entities and escapes.
    assert "<img" not in text and "&lt;img" in text and not re.search(r"(?<!\\)\]\(javascript", text)


def test_questions_are_chosen_from_the_article_not_fixed():
    article = load_article(ARTICLE)
    loaded, labels = detect(article), label_sentences(article)
    number, count = most_loaded_paragraph(article, loaded)
    from toolkit.article.places import paragraph_numbers

    per_paragraph = {}
    for span in loaded:
        block = article.block_at(span.start)
        if block.kind == "paragraph":
            per_paragraph[paragraph_numbers(article)[block.index]] = per_paragraph.get(
                paragraph_numbers(article)[block.index], 0) + 1
    assert count == max(per_paragraph.values()) and per_paragraph[number] == count
    chosen = sentences_to_label(article, labels)
    by_id = {label.sentence_id: label.label for label in labels}
    assert 3 <= len(chosen) <= 5 and {by_id[sid] for sid in chosen} == {"fact", "attributed", "opinion"}
    assert chosen == sorted(chosen, key=lambda sid: int(sid[1:]))
    no_loaded = draft_exercise(article, "x", labels=labels, loaded=[], title="T")
    assert [q.spec["type"] for q in no_loaded.questions] == ["label_sentences", "short_text", "numeric"]
    assert any("loaded" in why for why in no_loaded.skipped)


@pytest.mark.parametrize("slug", ["../escape", "a/b", "..", ".hidden", "x" * 65, "with space"])
def test_a_slug_that_could_leave_seeds_is_refused(project, slug):
    before = sorted(p.name for p in (project / "seeds").iterdir())
    with pytest.raises(AuthoringError, match="not allowed"):
        new_lesson(ARTICLE, root=project, slug=slug)
    assert sorted(p.name for p in (project / "seeds").iterdir()) == before
    assert not (project.parent / "escape").exists()


def test_a_taken_slug_is_refused_and_force_never_replaces_hand_made_files(project):
    with pytest.raises(AuthoringError, match="taken"):
        new_lesson(ARTICLE, root=project, slug="turkey-s400")
    with pytest.raises(AuthoringError, match="not made by new-lesson"):
        new_lesson(ARTICLE, root=project, slug="turkey-s400", force=True)
    with pytest.raises(AuthoringError, match="lessons/source/04-loaded-language.md was not made by new-lesson"):
        new_lesson(ARTICLE, root=project, slug="04-loaded-language", force=True)
    assert (project / "seeds" / "turkey-s400" / "keys" / "spans.json").is_file()


def test_force_keeps_a_reviewed_key_and_an_edited_spec(project):
    from tests.authoring_helpers import review_keys

    new_lesson(ARTICLE, root=project)
    seed = project / "seeds" / SLUG
    review_keys(load_article(seed))
    spec = project / "exercises" / "source" / f"{SLUG}.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("Fact, claim or opinion?", "Who speaks?"),
                    encoding="utf-8")
    report = new_lesson(ARTICLE, root=project, force=True)
    assert report.key_status == {"spans.json": "reviewed", "sentences.json": "reviewed"}
    assert "Both answer keys are reviewed" in "\n".join(report.lines())
    kept = list(spec.parent.glob(f"{SLUG}.yaml.replaced-*"))
    assert len(kept) == 1 and "Who speaks?" in kept[0].read_text(encoding="utf-8")
    assert "Who speaks?" not in spec.read_text(encoding="utf-8")


def test_an_edited_article_sets_the_old_keys_aside(project, tmp_path):
    new_lesson(ARTICLE, root=project)
    edited = tmp_path / "library-hours.txt"
    edited.write_text(ARTICLE.read_text(encoding="utf-8").replace("on Monday", "on Monday night"), encoding="utf-8")
    report = new_lesson(edited, root=project, force=True)
    keys = project / "seeds" / SLUG / "keys"
    assert len(list(keys.glob("spans.replaced-*.json"))) == 1 and len(list(keys.glob("sentences.replaced-*.json"))) == 1
    assert any("set aside" in note for note in report.notes)
    assert json.loads((keys / "spans.json").read_text(encoding="utf-8"))["content_hash"] == \
        load_article(project / "seeds" / SLUG).content_hash


def test_a_markdown_article_keeps_its_front_matter_as_metadata(project, tmp_path):
    source = tmp_path / "ferry.md"
    body = (project / "docs" / "examples" / "ferry-fares.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    source.write_text("---\ntitle: Ferry fares double\noutlet: Harbour Times\ndate: 2026-03-02\n---\n" + body,
                      encoding="utf-8")
    report = new_lesson(source, root=project, slug="ferry")
    seed = project / "seeds" / "ferry"
    assert (seed / "article.md").is_file() and not (seed / "article.txt").exists()
    assert load_article(seed).content_hash == load_article(source).content_hash
    metadata = yaml.safe_load((seed / "metadata.yaml").read_text(encoding="utf-8"))
    assert (metadata["title"], metadata["outlet"], metadata["date"]) == ("Ferry fares double", "Harbour Times",
                                                                         "2026-03-02")
    assert report.slug == "ferry"


def test_an_existing_seed_gets_a_lesson_in_place(project):
    seed = project / "seeds" / "riverside-water"
    before = {p.name: p.read_bytes() for p in seed.iterdir() if p.is_file()}
    report = new_lesson(seed, root=project)
    assert report.slug == "riverside-water"
    assert {p.name: p.read_bytes() for p in seed.iterdir() if p.is_file()} == before, "a hand-made seed is kept"
    assert (project / "lessons" / "riverside-water.ipynb").is_file() and (seed / "keys" / "spans.json").is_file()


@pytest.mark.parametrize("options, message", [
    ({"date": "2026/03/02"}, "is not a date like"),
    ({"url": "www.example.org"}, "must start with http"),
    ({"slug": "ok", "title": "  "}, None),
])
def test_bad_options_are_refused_before_anything_is_written(project, options, message):
    if message is None:  # a blank title falls back to the article's own
        assert new_lesson(ARTICLE, root=project, **options).slug == "ok"
        return
    with pytest.raises(AuthoringError, match=message):
        new_lesson(ARTICLE, root=project, **options)
    assert not (project / "seeds" / SLUG).exists()


def test_an_article_with_no_outlet_needs_one(project, tmp_path):
    source = tmp_path / "plain.txt"
    source.write_text("A Plain Story\n\nThe council met on Monday. It voted to open a new park in May.\n",
                      encoding="utf-8")
    with pytest.raises(AuthoringError, match="--outlet"):
        new_lesson(source, root=project)
    assert new_lesson(source, root=project, outlet="Class newsletter").slug == "plain"


def test_a_course_lexicon_is_used_for_the_draft_and_a_broken_one_is_reported(project):
    (project / "lexicon.txt").write_text("pet project | contempt | 0.5 | Says spending serves a whim. | project\n",
                                         encoding="utf-8")
    new_lesson(ARTICLE, root=project)
    key = json.loads((project / "seeds" / SLUG / "keys" / "spans.json").read_text(encoding="utf-8"))
    assert any(span["text"] == "pet projects" and span["label"] == "loaded" for span in key["spans"])
    (project / "lexicon.txt").write_text("pet project | nonsense-category | 0.5 | why | alt\n", encoding="utf-8")
    with pytest.raises(AuthoringError, match=r"lexicon\.txt.*line 1"):
        new_lesson(ARTICLE, root=project, slug="other")


@pytest.mark.slow
def test_the_command_line_reports_and_refuses_in_one_line(project):
    done = toolkit("new-lesson", str(ARTICLE), "--slug", "from-cli", cwd=project)
    assert done.returncode == 0 and "wrote seeds/from-cli/article.txt" in done.stdout
    again = toolkit("new-lesson", str(ARTICLE), "--slug", "from-cli", cwd=project)
    assert again.returncode == 2 and again.stderr.startswith("error: the slug 'from-cli' is taken")
    missing = toolkit("new-lesson", "no-such-article.txt", cwd=project)
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr
    binary = project / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    refused = toolkit("new-lesson", str(binary), cwd=project)
    assert refused.returncode == 2 and "binary" in refused.stderr and "Traceback" not in refused.stderr
