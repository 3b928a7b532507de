"""Hand-in is a button (showing it writes nothing), and a tool that is not live says what to do."""

from __future__ import annotations

import nbformat
import pytest
from IPython.core.formatters import DisplayFormatter

from tests.conftest import ROOT
from toolkit.exercises import Exercise
from toolkit.notebooks.run_again import RUN_AGAIN
from toolkit.widgets.hand_in import HandIn

NOTEBOOKS = sorted((ROOT / "lessons").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb"))


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(ROOT))
    return tmp_path / "work"


def test_showing_the_hand_in_button_writes_nothing_and_pressing_it_does(work):
    ex = Exercise("03-readability", student="ada")
    ex.check("q1", "13.05")
    shown = ex.hand_in()  # what the notebook's last cell does on Run All
    assert isinstance(shown, HandIn) and not (work / "ada" / "submissions").exists()
    shown.button.click()
    path = work / "ada" / "submissions" / "03-readability.json"
    assert path.is_file() and str(path) in shown.status.value
    assert shown.submission is not None and shown.submission.points > 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_lesson_and_exercise_opens_with_the_run_again_line(path):
    cells = nbformat.read(path, as_version=4).cells
    first = next(cell for cell in cells if cell.cell_type == "markdown")
    assert RUN_AGAIN in first.source
    code = "\n".join(cell.source for cell in cells if cell.cell_type == "code")
    assert "export_submission" not in code  # Run All never hands in


def test_each_tool_says_in_plain_text_how_to_bring_it_back(work):
    from toolkit import load_article
    from toolkit.storage.paths import sample_article_path
    from toolkit.widgets import annotate, article_anatomy, readability_explorer, who_is_speaking

    article = load_article(sample_article_path())
    ex = Exercise("05-fact-or-opinion", student="ben")
    tools = [annotate(article, student="ben"), article_anatomy(article), readability_explorer(article),
             who_is_speaking(article), ex.show("q1"), ex.scoreboard(), ex.hand_in(), ex.show_article()]
    formatter = DisplayFormatter()
    for tool in tools:
        data, _ = formatter.format(tool)
        assert "application/vnd.jupyter.widget-view+json" in data  # still a live widget where it can be drawn
        assert "Run > Run All Cells" in data["text/plain"] and "Error displaying widget" in data["text/plain"], \
            data["text/plain"]
    assert "fallback=True" in formatter.format(tools[0])[0]["text/plain"]  # the annotator's own advice is kept
