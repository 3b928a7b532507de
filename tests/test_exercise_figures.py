"""Figures in exercises come from the toolkit at build time, never typed by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from toolkit import sample_article
from toolkit.analysis import analysis_of
from toolkit.exercises.article_numbers import article_figures, fill_figures
from toolkit.exercises.spec import compile_source

ROOT = Path(__file__).resolve().parent.parent


def test_the_figures_are_the_toolkits_own_measures():
    article = sample_article()
    figures = article_figures(article)
    framing = analysis_of(article).readability.by_part["framing"]
    assert figures["framing.words"] == framing.counts.words == article.word_count(
        article.blocks[article.parts["framing"][0]].start, article.blocks[article.parts["framing"][-1]].end)
    assert figures["framing.grade"] == framing.scores["flesch_kincaid_grade"]
    assert figures["framing.loaded_in_key_per_100"] == pytest.approx(
        100 * figures["framing.loaded_in_key"] / figures["framing.words"])


def test_a_placeholder_becomes_a_number_or_text_and_an_unknown_one_is_reported():
    figures = {"body.grade": 13.0517, "body.words": 285}
    problems: list[str] = []
    filled = fill_figures({"answer": "{{body.grade}}", "text": "{{body.words}} words, grade {{body.grade:.1f}}",
                           "other": ["{{body.length}}"]}, figures, problems)
    assert filled["answer"] == pytest.approx(13.0517) and filled["text"] == "285 words, grade 13.1"
    assert problems and "body.length" in problems[0] and "other[0]" in problems[0]


def test_an_exercise_naming_an_unknown_figure_does_not_build():
    source = {"id": "x", "title": "X", "article": "turkey-s400", "questions": [
        {"id": "q1", "type": "numeric", "prompt": "How many?", "answer": "{{framing.syllables}}", "tolerance": 1}]}
    with pytest.raises(ValueError, match="no figure called 'framing.syllables'"):
        compile_source(source)


@pytest.mark.parametrize("path", sorted((ROOT / "exercises" / "source").glob("*.yaml")), ids=lambda p: p.stem)
def test_no_numeric_answer_is_typed_by_hand(path):
    """A numeric question's answer about the article is a figure placeholder, so the build computes it."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    for question in spec.get("questions", []):
        if question.get("type") == "numeric":
            assert re.fullmatch(r"\{\{[a-z0-9_.]+\}\}", str(question["answer"])), (path.name, question["id"])
