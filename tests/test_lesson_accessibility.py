"""Every lesson and exercise notebook: headings in order, images with alt text, links that say where."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from toolkit.notebooks.accessibility import heading_problems, headings, image_problems, link_problems, notebook_problems

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for folder in ("lessons", "exercises") for p in (ROOT / folder).rglob("*.ipynb")
                   if ".ipynb_checkpoints" not in p.parts)


def test_there_are_notebooks_to_check():
    assert any(p.parent.name == "lessons" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_accessible(path):
    problems = notebook_problems(nbformat.read(path, as_version=4))
    assert not problems, f"{path.relative_to(ROOT)}:\n  " + "\n  ".join(problems)


def test_headings_are_found_in_markdown_and_html_but_not_in_code():
    text = ("# Title\n\nSome text\n\n```python\n# a comment, not a heading\n```\n\n"
            "    # indented code\n\nSection\n-------\n\n<h3>Deeper</h3>\n\n`# inline`\n## Closing ##\n")
    assert headings(text) == [(1, "Title"), (2, "Section"), (3, "Deeper"), (2, "Closing")]
    assert headings("| a | b |\n|---|---|\n| 1 | 2 |") == []


def test_heading_order_rules():
    assert heading_problems([(1, "T"), (2, "A"), (3, "B"), (2, "C"), (3, "D")]) == []
    assert "jumps from level 1 to 3" in heading_problems([(1, "T"), (3, "B")])[0]
    assert "start with one" in heading_problems([(2, "A"), (3, "B")])[0]
    assert "2 top-level headings" in heading_problems([(1, "T"), (2, "A"), (1, "U")])[0]
    assert heading_problems([]) == ["no headings: start with one top-level heading (# Title)"]


def test_images_need_alt_text_that_is_not_a_file_name():
    assert image_problems("![A bar chart of grades by part](chart.png)") == []
    assert image_problems('<img src="a.png" alt="The framing is harder to read">') == []
    assert "no alt text" in image_problems("![](chart.png)")[0]
    assert "no alt text" in image_problems('<img src="chart.png">')[0]
    assert "no alt text" in image_problems('<img src="chart.png" alt="">')[0]
    assert "file name" in image_problems("![chart.png](chart.png)")[0]
    assert image_problems("```\n![](code.png)\n```") == []


def test_links_must_say_where_they_go():
    assert link_problems("See [the readability lesson](03-readability.ipynb).") == []
    assert "does not say where" in link_problems("Click [here](x.ipynb).")[0]
    assert "does not say where" in link_problems('<a href="x">Click here</a>')[0]
    assert "does not say where" in link_problems("[**Read more**](x)")[0]
    assert "no text" in link_problems("[](x.ipynb)")[0]


def test_a_bad_notebook_is_reported_cell_by_cell():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("## Intro\n\n![](a.png) and [here](b)"),
                      nbformat.v4.new_code_cell("# not a heading"),
                      nbformat.v4.new_markdown_cell("#### Deep")]
    problems = notebook_problems(notebook)
    assert any("first heading 'Intro' is level 2" in p for p in problems)
    assert any("jumps from level 2 to 4" in p for p in problems)
    assert any(p.startswith("cell 1: image a.png") for p in problems)
    assert any(p.startswith("cell 1: link text 'here'") for p in problems)
