"""The lesson lexicon: the built-in list, then the course's lexicon.txt, then the article's own."""

from __future__ import annotations

import shutil

from toolkit import load_article
from toolkit.loaded.course_lexicon import lesson_lexicon, lexicon_files
from toolkit.loaded import detect
from tests.authoring_helpers import ARTICLE


def test_course_and_article_files_are_found_in_order_and_the_article_wins(tmp_path):
    seed = tmp_path / "seeds" / "library-hours"
    seed.mkdir(parents=True)
    shutil.copy(ARTICLE, seed / "article.txt")
    article = load_article(seed)
    assert lexicon_files(article, root=tmp_path) == []
    assert len(lesson_lexicon(article, root=tmp_path)) == len(lesson_lexicon(article, root=tmp_path / "nowhere"))
    (tmp_path / "lexicon.txt").write_text("pet project | contempt | 0.5 | A whim, says the writer. | project\n",
                                          encoding="utf-8")
    (seed / "lexicon.txt").write_text("pet project | idiom | 0.3 | A picture of a favourite. | project\n",
                                      encoding="utf-8")
    assert lexicon_files(article, root=tmp_path) == [tmp_path / "lexicon.txt", seed / "lexicon.txt"]
    found = [s for s in detect(article, lexicon=lesson_lexicon(article, root=tmp_path)) if s.text == "pet projects"]
    assert [(s.category, s.strength) for s in found] == [("idiom", 0.3)]
    (seed / "lexicon.txt").unlink()
    found = [s for s in detect(article, lexicon=lesson_lexicon(article, root=tmp_path)) if s.text == "pet projects"]
    assert [s.category for s in found] == ["contempt"]


def test_every_view_of_an_article_uses_the_words_its_seed_adds(tmp_path):
    """analysis_of (the report, the highlighter, `analyze`) reads the seed's lexicon.txt without being told."""
    from toolkit.analysis.article_analysis import analysis_of

    seed = tmp_path / "seeds" / "library-hours"
    seed.mkdir(parents=True)
    shutil.copy(ARTICLE, seed / "article.txt")
    plain = [s.text for s in analysis_of(load_article(seed)).loaded]
    assert "pet projects" not in plain
    (seed / "lexicon.txt").write_text("pet project | contempt | 0.5 | A whim, says the writer. | project\n",
                                      encoding="utf-8")
    article = load_article(seed)
    assert "pet projects" in [s.text for s in analysis_of(article).loaded]
    assert analysis_of(article).loaded == analysis_of(article, lesson_lexicon(article)).loaded


def test_the_course_lexicon_by_default_and_by_name_is_one_analysis(tmp_path):
    from toolkit.analysis.article_analysis import analysis_of

    seed = tmp_path / "seeds" / "library-hours"
    seed.mkdir(parents=True)
    shutil.copy(ARTICLE, seed / "article.txt")
    (seed / "lexicon.txt").write_text("pet project | contempt | 0.5 | A whim, says the writer. | project\n",
                                      encoding="utf-8")
    article = load_article(seed)
    assert analysis_of(article) is analysis_of(article, lesson_lexicon(article))
    other = load_article(seed)
    assert analysis_of(other, lesson_lexicon(other)) is analysis_of(other)
