"""The Markdown lesson format: how a source is cut into cells, and the mistakes it reports with their line."""

from __future__ import annotations

import textwrap

import pytest

from toolkit import notebooks
from toolkit.notebooks.markdown_lessons import LessonSourceError, lesson_notebook, read_lesson
from tests.conftest import ROOT

FRONT = """---
lesson: 9
title: A test lesson
timing:
  reading: 5
  activity: 10
exercise: 02-sources-and-framing
questions:
- What is asked?
objectives:
- Do a thing.
key_points:
- A point.
---
"""


def build(tmp_path, body: str, front: str = FRONT):
    path = tmp_path / "09-test.md"
    path.write_text(front + textwrap.dedent(body), encoding="utf-8")
    return lesson_notebook(read_lesson(path), ROOT)


def test_cells_directives_and_the_anatomy(tmp_path):
    nb = build(tmp_path, """
        :::{instructor} overview
        For teachers.
        :::

        ## Reading: one

        First cell.

        +++

        Second cell.

        ```python
        # Run this cell to print.
        print(1)
        ```

        ```text
        not code
        ```

        :::::{activity} do it
        ```{code-cell} python
        :tags: [instructor]
        # teacher only
        ```

        ::::{written} my-task
        :rows: 3
        Write something.

        :::{rubric}
        - **1**: anything.
        :::
        ::::
        :::::

        :::{challenge} q8
        Context.
        :::
        """)
    cells = nb.cells
    from toolkit.notebooks.run_again import RUN_AGAIN

    assert cells[0].source.startswith(f"# Lesson 9: A test lesson\n\n{RUN_AGAIN}\n\n"
                                      "**Time:** about 15 minutes (reading 5, activity 10)")
    assert notebooks.is_instructor_cell(cells[1]) and cells[1].source == "**Instructor notes: overview.** For teachers."
    assert cells[2].source == "## Reading: one\n\nFirst cell." and cells[3].source.startswith("Second cell.")
    assert cells[4].cell_type == "code" and cells[4].source == "# Run this cell to print.\nprint(1)"
    assert cells[5].source == "```text\nnot code\n```"
    assert cells[6].source == "## Activity: do it"
    assert cells[7].cell_type == "code" and notebooks.is_instructor_cell(cells[7])
    assert cells[8].source == "Write something."
    assert 'written_answer("09-test", "my-task", rows=3)' in cells[9].source
    assert notebooks.is_instructor_cell(cells[10]) and "rubric" in cells[10].source and "**1**" in cells[10].source
    assert cells[11].source.startswith("## Challenge\n\nContext.\n\nThis is question 8 of [")
    assert cells[-1].source == "## Key points\n\n- A point."
    assert nb.metadata["toolkit"]["lesson"] == {"number": 9, "title": "A test lesson", "minutes": 15}
    assert [c["id"] for c in cells[:2]] == ["l09-01", "l09-02"]


@pytest.mark.parametrize("body, message", [
    (":::{instructor}\nnever closed\n", "09-test.md:15: the {instructor} block is never closed"),
    ("text\n\n```python\nprint(1)\n", "09-test.md:17: this ``` block is never closed"),
    (":::{challenge} q99\nx\n:::\n", "has no question 'q99'"),
    ("::::{written} task\nWrite.\n::::\n", "has no :::{rubric} block"),
    ("::::{written} Bad Id\nWrite.\n::::\n", "needs a short id"),
    (":::{sidebar}\nx\n:::\n", "unknown block {sidebar}"),
])
def test_mistakes_are_reported_with_the_file_and_line(tmp_path, body, message):
    with pytest.raises(LessonSourceError, match=message.replace("{", r"\{").replace("(", r"\(")):
        build(tmp_path, body)


@pytest.mark.parametrize("front, message", [
    (FRONT.replace("  activity: 10\n", "  activity: ten\n"), "whole minutes"),
    (FRONT.replace("lesson: 9\n", "lesson: 9\nminutes: 20\n"), "minutes is 20 but the timing adds up to 15"),
    (FRONT.replace("lesson: 9\n", "lesson: 9\ntitel: typo\n"), "unknown front-matter key"),
    (FRONT.replace("questions:\n- What is asked?\n", ""), "needs questions"),
    (FRONT.replace("title: A test lesson", "title: [unclosed"), "not valid YAML"),
    ("no front matter\n", "starts with front matter"),
])
def test_front_matter_mistakes_are_clear(tmp_path, front, message):
    with pytest.raises(LessonSourceError, match=message):
        build(tmp_path, "text\n", front=front)
