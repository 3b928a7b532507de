"""The lessons in lessons/: built from their Markdown sources, one anatomy for all, accessible, listed in the README.

Every notebook in lessons/ must be exactly what `python -m toolkit build` makes of its source in
lessons/source/; each
follows the lesson anatomy of docs/lesson-guide.md (title, time, questions and objectives
first; an instructor note; a reading; activities with a widget; one checked challenge that
links to its exercise; key points last); headings go in order with one H1; links say where
they go and lead somewhere; the README's table of lessons matches the folder.
"""

from __future__ import annotations

import json
import re
import shutil
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest

from toolkit import notebooks
from toolkit.notebooks.markdown_lessons import (lesson_notebook, lesson_sources, lesson_target, read_lesson,
                                                readme_table)
from tests.conftest import ROOT

LESSONS = ROOT / "lessons"
SOURCE = LESSONS / "source"
#: The call that shows each lesson's main widget (the browser smoke test looks for it on the page).
MAIN_WIDGET = {0: "article_anatomy(", 1: "annotate(", 2: "who_is_speaking(", 3: "readability_explorer(",
               4: "loaded_highlighter(", 5: "sorting_activity(", 6: "article_report(",
               7: "evidence_cards("}
GENERIC_LINK_TEXT = {"here", "click here", "link", "this", "this link", "more", "read more", "notebook"}


@lru_cache(maxsize=None)
def lessons():
    return tuple(read_lesson(path) for path in lesson_sources(ROOT))


def stored(lesson):
    return nbformat.read(lesson_target(lesson, ROOT), as_version=4)


def lesson_ids():
    return [lesson.filename for lesson in lessons()]


def heading_lines(source: str) -> list[tuple[int, str]]:
    """Markdown headings (level, text) outside fenced code blocks."""
    found, fenced = [], False
    for line in source.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        match = re.match(r"^(#{1,6})\s+(.*)$", line)
        if match and not fenced:
            found.append((len(match.group(1)), match.group(2).strip()))
    return found


def markdown_links(source: str) -> list[tuple[bool, str, str]]:
    """(is_image, text, target) for every Markdown link and image."""
    return [(bang == "!", text, target) for bang, text, target in
            re.findall(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)", source)]


# ----- built, not hand-edited ------------------------------------------------------------------------

def test_every_lesson_in_the_folder_has_a_source_and_only_notebooks_are_there():
    built = {lesson.filename for lesson in lessons()}
    assert built == {path.name for path in LESSONS.glob("*.ipynb")}
    assert [lesson.number for lesson in lessons()] == list(range(len(lessons())))
    loose = [p.name for p in LESSONS.iterdir() if p.is_file() and p.suffix != ".ipynb"]
    assert not loose, f"only notebooks belong in lessons/ (sources go in lessons/source/): {loose}"


@pytest.mark.parametrize("index", range(8), ids=lambda i: f"lesson-{i:02d}")
def test_stored_lesson_is_what_its_source_builds(index):
    lesson = lessons()[index]
    assert notebooks.is_current(lesson_notebook(lesson, ROOT), lesson_target(lesson, ROOT)), \
        "run: python -m toolkit build"


def _copy_course(tmp_path: Path) -> Path:
    """The parts of the project a build reads and writes, copied to a scratch folder."""
    course = tmp_path / "course"
    for folder in ("lessons", "exercises", "seeds"):
        shutil.copytree(ROOT / folder, course / folder)
    return course


def test_a_teacher_edits_a_sentence_of_the_markdown_and_the_one_command_rebuilds_it(tmp_path, monkeypatch):
    """The issue's test: no Python touched, one command, and --check says stale before and clean after."""
    from toolkit.cli import main

    course = _copy_course(tmp_path)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(course))  # --root sets it; restored after the test
    source = course / "lessons" / "source" / "02-who-is-speaking.md"
    old = "News travels. A story written by one newsroom is often published again by other websites"
    new = "News travels fast. A story from one newsroom is often published again by other websites"
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new), encoding="utf-8")
    lesson = course / "lessons" / "02-who-is-speaking.ipynb"
    assert new not in lesson.read_text(encoding="utf-8")
    assert main(["build", "--check", "--root", str(course)]) == 1
    assert main(["build", "--root", str(course)]) == 0
    cells = nbformat.read(lesson, as_version=4).cells
    assert any(new in cell.source for cell in cells) and not any(old in cell.source for cell in cells)
    assert main(["build", "--check", "--root", str(course)]) == 0


def test_the_check_reports_a_hand_edited_lesson_by_name(tmp_path, capsys, monkeypatch):
    from toolkit.cli import main

    course = _copy_course(tmp_path)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(course))
    edited = course / "lessons" / "04-loaded-language.ipynb"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Loaded language", "Charged words"), encoding="utf-8")
    assert main(["build", "--check", "--root", str(course)]) == 1
    assert "stale: lessons/04-loaded-language.ipynb" in capsys.readouterr().out
    assert main(["build", "--root", str(course)]) == 0 and main(["build", "--check", "--root", str(course)]) == 0


# ----- the anatomy ------------------------------------------------------------------------------

@pytest.mark.parametrize("index", range(8), ids=lambda i: f"lesson-{i:02d}")
def test_lesson_follows_the_anatomy(index):
    lesson = lessons()[index]
    nb = stored(lesson)
    cells = nb.cells
    first = cells[0].source
    assert first.startswith(f"# Lesson {lesson.number}: {lesson.title}\n")
    assert f"**Time:** about {lesson.minutes} minutes (" in first
    assert "**Questions**\n- " in first and "**Objectives**\n- " in first
    assert notebooks.is_instructor_cell(cells[1]), "the second cell is the instructor's overview"
    assert cells[-1].cell_type == "markdown" and cells[-1].source.startswith("## Key points\n\n- ")
    assert not notebooks.is_instructor_cell(cells[-1])
    assert nb.metadata["toolkit"]["lesson"] == {"number": lesson.number, "title": lesson.title,
                                                "minutes": lesson.minutes}

    h2 = [(i, text) for i, cell in enumerate(cells) if cell.cell_type == "markdown"
          for level, text in heading_lines(cell.source) if level == 2]
    names = [text for _, text in h2]
    assert names[0].startswith("Reading"), names
    activities = [i for i, text in h2 if text.startswith("Activity")]
    assert activities, "at least one activity"
    assert names.count("Challenge") == 1 and names[-1] == "Key points", names
    assert names.index("Challenge") > max(k for k, text in enumerate(names) if text.startswith("Activity"))

    student_code = "\n".join(c.source for c in cells if c.cell_type == "code" and not notebooks.is_instructor_cell(c))
    assert MAIN_WIDGET[lesson.number] in student_code
    for cell in cells:
        if cell.cell_type == "code" and not notebooks.is_instructor_cell(cell):
            first_line = cell.source.splitlines()[0]
            assert first_line.startswith("# ") and "run" in first_line.lower(), \
                f"every code cell says what running it does: {first_line!r}"
        if notebooks.is_instructor_cell(cell) and cell.cell_type == "markdown":
            assert cell.source.startswith("**Instructor notes"), cell.source[:40]


@pytest.mark.parametrize("index", range(8), ids=lambda i: f"lesson-{i:02d}")
def test_the_challenge_shows_a_real_question_and_links_to_its_exercise(index):
    nb = stored(lessons()[index])
    at = next(i for i, c in enumerate(nb.cells) if c.cell_type == "markdown" and c.source.startswith("## Challenge"))
    text, cell = nb.cells[at].source, nb.cells[at + 1]
    [(exercise_id, question_id)] = re.findall(r'Exercise\("([\w-]+)"\)\.show\("(\w+)"\)', cell.source)
    built = json.loads((ROOT / "exercises" / f"{exercise_id}.exercise.json").read_text(encoding="utf-8"))
    number = [q["id"] for q in built["questions"]].index(question_id) + 1
    assert f"question {number} of [{built['title']}](../exercises/{exercise_id}.ipynb)" in text
    assert (ROOT / "exercises" / f"{exercise_id}.ipynb").is_file()


def test_the_student_build_keeps_the_anatomy_and_drops_every_note():
    for lesson in lessons():
        student = notebooks.without_instructor_cells(stored(lesson))
        assert student.cells[0].source.startswith("# Lesson") and student.cells[-1].source.startswith("## Key points")
        assert not any("Instructor notes" in c.source for c in student.cells)
        assert len(student.cells) < len(stored(lesson).cells)


# ----- structure a screen reader can follow ------------------------------------------------------

@pytest.mark.parametrize("index", range(8), ids=lambda i: f"lesson-{i:02d}")
def test_headings_are_in_order_with_one_title(index):
    levels = [level for cell in stored(lessons()[index]).cells if cell.cell_type == "markdown"
              for level, _ in heading_lines(cell.source)]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in zip(levels, levels[1:]):
        assert after <= before + 1, f"heading level jumps from {before} to {after}"


@pytest.mark.parametrize("index", range(8), ids=lambda i: f"lesson-{i:02d}")
def test_links_say_where_they_go_and_lead_somewhere(index):
    lesson = lessons()[index]
    titles = {l.filename: f"Lesson {l.number}: {l.title}" for l in lessons()}
    for cell in stored(lesson).cells:
        if cell.cell_type != "markdown":
            continue
        for is_image, text, target in markdown_links(cell.source):
            if is_image:
                assert text.strip(), f"an image without alt text: {target}"
                continue
            assert text.strip().lower() not in GENERIC_LINK_TEXT and len(text.strip()) > 3, text
            if not re.match(r"^[a-z]+://", target):
                path = (LESSONS / target.split("#")[0]).resolve()
                assert path.exists(), f"{lesson.filename}: link to {target} leads nowhere"
                if path.parent == LESSONS and path.name in titles:
                    assert text == titles[path.name], f"link text {text!r} for {path.name}"
        assert "<img" not in cell.source or re.search(r'<img[^>]+alt="[^"]+"', cell.source)


def test_heading_check_sees_a_skipped_level():
    source = "# Title\n\n### Too deep\n\n```python\n# a comment, not a heading\n```"
    levels = [level for level, _ in heading_lines(source)]
    assert levels == [1, 3]


# ----- the README and the guide ---------------------------------------------------------------------

def readme_lessons_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## Lessons\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_readme_lists_exactly_the_lessons_in_the_folder():
    section = readme_lessons_section()
    listed = re.findall(r"^\| `(\d\d-[\w-]+\.ipynb)` \| (.+?) \| (\d+) min \| (.+?) \|$", section, flags=re.M)
    assert [name for name, *_ in listed] == sorted(p.name for p in LESSONS.glob("*.ipynb"))
    for name, title, minutes, _ in listed:
        meta = nbformat.read(LESSONS / name, as_version=4).metadata["toolkit"]["lesson"]
        assert (title, int(minutes)) == (meta["title"], meta["minutes"]), name
    assert readme_table(list(lessons())) in section, "run: python -m toolkit build --readme"
    assert "voila lessons/" in section


def test_the_lesson_guide_covers_every_lesson_and_the_anatomy():
    guide = (ROOT / "docs" / "lesson-guide.md").read_text(encoding="utf-8")
    for lesson in lessons():
        assert f"`{lesson.filename}`" in guide, lesson.filename
    assert "## The lesson anatomy" in guide


# ----- the second article's keys ---------------------------------------------------------------------

def test_second_article_keys_are_reviewed_and_valid():
    from toolkit import load_article
    from toolkit.annotation.spans import load_span_key, span_key_problems
    from toolkit.keys.sentence_keys import load_sentence_key, validate_sentence_key

    river = load_article(ROOT / "seeds" / "riverside-water")
    sentences = load_sentence_key(river)
    assert sentences.status == "reviewed" and set(sentences.entries) == {s.id for s in river.sentences}
    raw = json.loads((ROOT / "seeds" / "riverside-water" / "keys" / "sentences.json").read_text(encoding="utf-8"))
    assert validate_sentence_key(raw, river) == []
    assert all(entry.note for entry in sentences.entries.values()), "every sentence has a note for students"
    spans = load_span_key(river)
    raw = json.loads((ROOT / "seeds" / "riverside-water" / "keys" / "spans.json").read_text(encoding="utf-8"))
    assert spans.reviewed and span_key_problems(raw, river) == []
    assert {span.label for span in spans.spans} == {"loaded", "opinion", "fact", "attributed", "source"}
    assert all(span.note for span in spans.spans)
    # Both keys agree on who is speaking: each attributed sentence has an attributed span inside it.
    attributed = spans.spans_with("attributed")
    for entry in sentences.entries.values():
        if entry.label == "attributed":
            sentence = river.sentence(entry.sentence_id)
            assert any(s.start < sentence.end and sentence.start < s.end for s in attributed), entry.sentence_id


def test_every_lesson_fits_the_period_and_the_guide_shows_the_time_its_parts_add_up_to():
    guide = (ROOT / "docs" / "lesson-guide.md").read_text(encoding="utf-8")
    period = int(re.search(r"\*\*Period: (\d+) minutes\.\*\*", guide).group(1))
    table = dict(re.findall(r"^\| `(\d\d-[\w-]+\.ipynb)` \| [^|]+ \| (\d+) min \|", guide, flags=re.M))
    for lesson in lessons():
        total = sum(lesson.meta["timing"].values())
        assert total <= period, f"{lesson.filename}: {total} minutes in a {period}-minute period"
        assert int(table[lesson.filename]) == total, lesson.filename
        assert f"(`{lesson.filename}`, {total} minutes)" in guide, lesson.filename


def test_every_built_file_of_the_project_is_up_to_date_with_its_source():
    """Lessons, exercise specs and notebooks, and handouts, as `python -m toolkit build --check` sees them."""
    from toolkit.notebooks.build_all import build_all

    report = build_all(ROOT, check=True)
    assert not report.errors and not report.stale, (report.errors, [str(p) for p in report.stale])
