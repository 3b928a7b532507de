"""Bad input: every unreadable article gets one clear message, never a traceback."""

from __future__ import annotations

import pytest

from toolkit import ArticleError, load_article, parse_article


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("latin1.txt", "Caf\u00e9 society\n\nThe caf\u00e9 closed.".encode("latin-1"), "not UTF-8"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "HTML"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nText here.", "front matter"),
    ],
)
def test_unreadable_files_raise_article_error(tmp_path, name, data, message):
    with pytest.raises(ArticleError, match=message):
        load_article(write(tmp_path, name, data))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="no such file"):
        load_article(str(tmp_path / "nope.txt"))
    with pytest.raises(ArticleError, match="folder without article"):
        load_article(tmp_path)


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    text = "Headline\n\nThe caf\u00e9 opened \u201ctoday.\u201d"
    assert load_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + text.encode())).text == text
    assert load_article(write(tmp_path, "u16.txt", text.encode("utf-16"))).text == text


def test_huge_text_is_refused_clearly():
    with pytest.raises(ArticleError, match="too long"):
        parse_article("word " * 1_100_000)


def test_non_english_text_still_loads():
    article = parse_article("Le gouvernement a annonc\u00e9 mardi des mesures. Les agriculteurs attendent.")
    assert len(article.sentences) == 2


def test_a_string_of_text_is_not_mistaken_for_a_path():
    article = load_article("A short article. It has two sentences.")
    assert len(article.sentences) == 2
    assert article.path is None


def test_seed_folder_and_article_file_load_the_same(project_root):
    folder = load_article(project_root / "seeds" / "turkey-s400")
    file = load_article(project_root / "seeds" / "turkey-s400" / "article.txt")
    assert folder.text == file.text and folder.metadata == file.metadata


def test_html_like_article_text_with_a_stray_tag_is_fine():
    article = parse_article("Title\n\nThe bill <b> passed </b> on Monday. Critics objected.")
    assert "<b>" in article.text
