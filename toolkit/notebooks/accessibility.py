"""Accessibility checks of a lesson notebook's Markdown: headings, images, links.

Screen reader users move through a page by its headings and hear a list of its links, so:

* headings go in order: one top-level heading first, and never a jump of more than one
  level down (a `###` straight after a `#` hides a level);
* every image has alt text that says what it shows (not empty, not a file name);
* every link's text says where it goes ("the readability lesson", not "here").

`notebook_problems(notebook)` lists what breaks these rules, in words an author can act on;
the tests run it over every notebook in `lessons/` and `exercises/`, and an instructor's
own notebooks can be checked the same way. Code is skipped (fenced blocks, inline code),
so a `# comment` in an example is not read as a heading.
"""

from __future__ import annotations

import html
import re
from typing import Any, Iterable

#: Link texts that say nothing about where the link goes.
VAGUE_LINK_TEXTS = frozenset({
    "here", "click here", "click", "this", "this link", "link", "more", "read more", "learn more", "this page",
    "go", "see here", "details",
})
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$", re.M)
_SETEXT = re.compile(r"^(?! {0,3}[-*>|#])([^\n]*\S[^\n]*)\n {0,3}(=+|-+)[ \t]*$", re.M)
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.I | re.S)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_HTML_IMAGE = re.compile(r"<img\b([^>]*)>", re.I)
_MD_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)]*)\)")
_HTML_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.I | re.S)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:png|jpe?g|gif|svg|webp)$", re.I)


def _prose(markdown: str) -> str:
    """The Markdown without code: fenced blocks and inline code are blanked out (a line indented
    by four spaces is never a heading, so indented code needs no special care)."""
    text = _FENCE.sub("", markdown)
    return _INLINE_CODE.sub("code", text)


def _plain(fragment: str) -> str:
    """Visible text of a Markdown or HTML fragment."""
    text = re.sub(r"<[^>]+>", "", fragment)
    text = re.sub(r"[*_`~]", "", text)
    return " ".join(html.unescape(text).split())


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of every heading in a Markdown cell, in order."""
    text = _prose(markdown)
    found = []
    for match in _ATX.finditer(text):
        found.append((match.start(), len(match.group(1)), _plain(match.group(2) or "")))
    for match in _SETEXT.finditer(text):
        if "|" not in match.group(1):  # a table's header row is not a heading
            found.append((match.start(), 1 if match.group(2).startswith("=") else 2, _plain(match.group(1))))
    for match in _HTML_HEADING.finditer(text):
        found.append((match.start(), int(match.group(1)), _plain(match.group(2))))
    return [(level, title) for _, level, title in sorted(found)]


def image_problems(markdown: str) -> list[str]:
    text = _prose(markdown)
    problems = []
    images = [(alt, source) for alt, source in _MD_IMAGE.findall(text)]
    for attributes in _HTML_IMAGE.findall(text):
        match = _ALT.search(attributes)
        alt = next((g for g in match.groups() if g is not None), "") if match else None
        source = re.search(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", attributes, re.I)
        images.append((alt, source.group(1) if source else "?"))
    for alt, source in images:
        where = source.split("/")[-1][:60] or "an image"
        if alt is None or not alt.strip():
            problems.append(f"image {where} has no alt text: say what it shows")
        elif _FILE_NAME.match(alt.strip()):
            problems.append(f"image {where} has a file name as its alt text ({alt!r}): say what it shows")
    return problems


def link_problems(markdown: str) -> list[str]:
    text = _prose(markdown)
    links = [(_plain(label), target) for label, target in _MD_LINK.findall(text)]
    for attributes, label in _HTML_LINK.findall(text):
        target = re.search(r"""\bhref\s*=\s*["']?([^"'\s>]+)""", attributes, re.I)
        links.append((_plain(label), target.group(1) if target else "?"))
    problems = []
    for label, target in links:
        if not label:
            problems.append(f"link to {target[:60]} has no text: say where it goes")
        elif label.lower().strip(" .:!") in VAGUE_LINK_TEXTS:
            problems.append(f"link text {label!r} (to {target[:60]}) does not say where it goes")
    return problems


def heading_problems(levels: Iterable[tuple[int, str]]) -> list[str]:
    """Headings in order: one top-level heading, first, and no level skipped on the way down."""
    problems = []
    levels = list(levels)
    if not levels:
        return ["no headings: start with one top-level heading (# Title)"]
    if levels[0][0] != 1:
        problems.append(f"the first heading {levels[0][1]!r} is level {levels[0][0]}; start with one '# Title'")
    tops = [title for level, title in levels if level == 1]
    if len(tops) > 1:
        problems.append(f"{len(tops)} top-level headings ({', '.join(repr(t) for t in tops)}); keep one")
    for (before, _), (level, title) in zip(levels, levels[1:]):
        if level > before + 1:
            problems.append(f"heading {title!r} jumps from level {before} to {level}; use level {before + 1}")
    return problems


def notebook_problems(notebook: Any) -> list[str]:
    """Everything in a notebook's Markdown cells that breaks the rules above (an nbformat notebook)."""
    levels: list[tuple[int, str]] = []
    problems: list[str] = []
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "markdown":
            continue
        source = cell.source if isinstance(cell.source, str) else "".join(cell.source)
        levels.extend(headings(source))
        problems.extend(f"cell {number}: {problem}" for problem in image_problems(source) + link_problems(source))
    return heading_problems(levels) + problems
