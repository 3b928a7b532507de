"""Handouts: built from the same sources by the same command, escaped, checked for staleness, PDF when possible."""

from __future__ import annotations

import re
import shutil

import pytest

from toolkit import load_article
from toolkit.handouts import article_page, handout_pages, pdf_engine, rubrics_page
from toolkit.notebooks.markdown_lessons import lesson_sources, read_lesson
from tests.conftest import ROOT


def test_the_article_handout_numbers_paragraphs_as_the_notebooks_do(sample):
    from toolkit.article.places import paragraph_numbers

    html = article_page(sample)
    numbers = re.findall(r'aria-label="paragraph (\d+)"', html)
    assert [int(n) for n in numbers] == sorted(paragraph_numbers(sample).values())
    assert "REUTERS/Grigory Dukor" in html and "Comments are closed." in html


def test_a_reprinted_article_carries_its_source_and_licence_from_its_metadata():
    html = article_page(load_article(ROOT / "seeds" / "bridge-grants"))
    note = re.search(r'<p class="meta source">(.*?)</p>', html).group(1)
    assert note.startswith("Source: The White House. Published: 2023-04-13. Address: https://")
    assert "Licence: Public domain in the United States" in note
    assert '<p class="meta source">' not in article_page(load_article("A title\n\nA paragraph here.\n"))


def test_every_text_from_an_article_or_a_lesson_is_escaped(tmp_path):
    article = load_article("A <script>alert(1)</script> title\n\nA paragraph with <b>tags</b> & more.\n")
    html = article_page(article)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;tags&lt;/b&gt; &amp; more" in html


def test_there_is_a_handout_of_each_kind_and_an_exit_ticket_per_lesson():
    pages = handout_pages(ROOT)
    lessons = [read_lesson(path) for path in lesson_sources(ROOT)]
    assert {"label-card.html", "article-turkey-s400.html", "lateral-planner-turkey-s400.html",
            "glossary-turkey-s400.html", "rubrics.html"} <= set(pages)
    for lesson in lessons:
        ticket = pages[f"exit-ticket-{lesson.stem}.html"]
        assert all(question.replace("'", "&#x27;") in ticket for question in lesson.meta["questions"])
    rubrics = rubrics_page(lessons)
    for task in ("trust", "page-map", "lateral-plan", "explain-report", "predictions", "dates"):
        assert f"<h3>{task}</h3>" in rubrics
    for name in ("NATO", "Incirlik", "S-400", "Shanghai Cooperation Organization", "TASS"):
        assert name in pages["glossary-turkey-s400.html"]


def test_the_planner_lists_the_leads_the_page_gives(sample):
    html = handout_pages(ROOT)["lateral-planner-turkey-s400.html"]
    for lead in ("The photo:", "The credit line:", "Kasapoglu", "TASS"):
        assert lead in html
    assert "When was this?" in html


def test_build_check_reports_a_stale_handout_and_the_build_puts_it_right(tmp_path, capsys, monkeypatch):
    from toolkit.cli import main

    course = tmp_path / "course"
    for folder in ("lessons", "exercises", "seeds", "docs"):
        shutil.copytree(ROOT / folder, course / folder)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(course))  # --root sets it; restored after the test
    source = course / "lessons" / "source" / "03-readability.md"
    text = source.read_text(encoding="utf-8")
    assert "- What do readability formulas actually measure?" in text
    source.write_text(text.replace("- What do readability formulas actually measure?",
                                   "- What exactly do readability formulas measure?"), encoding="utf-8")
    assert main(["build", "--check", "--root", str(course)]) == 1
    out = capsys.readouterr().out
    assert "stale: docs/handouts/exit-ticket-03-readability.html" in out and "stale: lessons/03-readability.ipynb" in out
    assert main(["build", "--root", str(course)]) == 0
    assert "What exactly do" in (course / "docs" / "handouts" / "exit-ticket-03-readability.html").read_text(
        encoding="utf-8")
    assert main(["build", "--check", "--root", str(course)]) == 0


@pytest.mark.skipif(pdf_engine() is None, reason="no PDF engine (pip install -e '.[print]')")
def test_pdf_handouts_when_the_engine_is_installed(tmp_path):
    from toolkit.handouts.handout_files import build_handouts
    from toolkit.notebooks.build_all import BuildAllReport, _write_or_check

    course = tmp_path / "course"
    for folder in ("lessons", "exercises", "seeds", "docs"):
        shutil.copytree(ROOT / folder, course / folder)
    report = BuildAllReport(course)
    build_handouts(course, report, _write_or_check, pdf=True)
    pdf = course / "docs" / "handouts" / "pdf" / "label-card.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_label_card_counts_and_names_the_sorting_labels_it_lists():
    from toolkit.annotation.labels import LABELS, SENTENCE_LABELS
    from toolkit.handouts.pages import label_card_page

    page = label_card_page()
    sorting = [LABELS[name].title for name in SENTENCE_LABELS if name in LABELS]
    sentence = re.search(r"Sorting sentences uses (\w+) of them: ([^.]+)\.", page)
    assert sentence, "the label card no longer says which labels sorting uses"
    assert sentence.group(2) == ", ".join(sorting)
    assert sentence.group(1) == {2: "two", 3: "three", 4: "four"}.get(len(sorting), str(len(sorting)))
