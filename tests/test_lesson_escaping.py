"""Issue 17, finding 1: no script from an article runs in a generated lesson, and its text shows literally.

`new-lesson` puts an article's title, outlet, author and URL into Markdown cells. Here they
are payloads; every Markdown cell of the generated lesson, key review and exercise notebooks
is rendered with raw HTML passed through (as Voila does) and checked for live markup. The
real-browser check is tests/browser/test_generated_lesson_xss.py.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat
import pytest

from toolkit.authoring.new_lesson import new_lesson
from toolkit.render.markdown_text import markdown_text, markdown_url
from tests.authoring_helpers import ARTICLE, copy_project

TITLE = "<img src=x onerror=alert(document.domain)> *Fake* [news](javascript:alert(1)) $x$ & co"
OUTLET = "<script>alert('outlet')</script>"
AUTHOR = "<svg onload=alert(1)> _Jo_ `code` ~~gone~~"
URL = "https://example.org/a_(b)?q=<x>&y=1"
PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<svg/onload=alert(1)>",
            "<iframe src=javascript:alert(1)>", "<a href=javascript:alert(1)>x</a>", "[x](javascript:alert(1))",
            "![x](x onerror=alert(1))", "<details open ontoggle=alert(1)>", "&lt;script&gt;", "# heading",
            "- list", "1. list", "<!-- comment", "`code`", "*a* _b_ **c**", "$\\alert{1}$", "\\<img>",
            "<style>body{display:none}</style>", "javascript:alert(1)", "</div><img src=x onerror=alert(1)>"]


def article_with(folder: Path, *, title=TITLE, outlet=OUTLET, author=AUTHOR, url=URL) -> Path:
    def quoted(value):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    body = ARTICLE.read_text(encoding="utf-8").split("\n", 2)[2]
    path = folder / "hostile.md"
    path.write_text(f"---\ntitle: {quoted(title)}\noutlet: {quoted(outlet)}\nauthor: {quoted(author)}\n"
                    f"url: {quoted(url)}\n---\n{body}", encoding="utf-8")
    return path


def render(markdown: str) -> str:
    import mistune

    return mistune.create_markdown(escape=False, plugins=["strikethrough", "url"])(markdown)


LIVE = re.compile(r"<(img|script|svg|iframe|details|style)\b|<[a-z][^>]*\s(on\w+|href|src)\s*=\s*\"?\s*javascript:|<[a-z][^>]*\son\w+\s*=", re.I)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaped_text_renders_as_exactly_its_characters(payload):
    rendered = render(f"Title: {markdown_text(payload)}")
    assert not LIVE.search(rendered)
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
    assert text == f"Title: {' '.join(payload.split())}"


def test_plain_words_are_left_alone_and_a_url_becomes_a_safe_link():
    assert markdown_text("Town Library To Close On Sundays (again)?") == "Town Library To Close On Sundays (again)?"
    link = markdown_url(URL)
    assert "<x>" not in link and "(b)" not in link.split("](")[1]
    assert markdown_url("javascript:alert(1)") == "javascript:alert(1)" and "](" not in markdown_url("javascript:x")


def test_a_lesson_made_from_a_hostile_article_has_no_live_markup(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "course")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
    report = new_lesson(article_with(tmp_path), root=project, slug="hostile")
    notebooks_made = [path for path in report.written if path.suffix == ".ipynb"]
    assert len(notebooks_made) == 3
    seen = {"title": False, "outlet": False, "author": False}
    for path in notebooks_made:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown":
                continue
            rendered = render(cell.source)
            assert not LIVE.search(rendered), (path.name, cell.source[:300])
            text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
            seen["title"] |= TITLE in text
            seen["outlet"] |= OUTLET in text
            seen["author"] |= AUTHOR in text
    assert all(seen.values()), seen
