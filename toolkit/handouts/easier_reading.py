"""An easier reading of an article's reported story, for weaker readers: a handout, never the original.

The retelling is a Markdown file written for the project (`seeds/<slug>/evidence/easier-reading.md`):
YAML front matter naming the part it retells (`covers: body`), then plain paragraphs separated by
blank lines. The page says, before the text and after it, that this is a retelling written for the
course and that the original is the text to analyse, so that nobody quotes it as the article. All
text is escaped; Markdown in the retelling is shown as typed, not rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from toolkit.article.model import Article
from toolkit.render.html import escape

FILE_NAME = "easier-reading.md"
NOTICE = ("An easier reading, written for this course in our own words. It is not the original article: it "
          "retells {part} in shorter sentences and plainer words, and keeps who said what. The original is "
          "the text to analyse: quote, mark and measure the original, never this page.")


@dataclass(frozen=True)
class Retelling:
    """A retelling of one part of an article, as written in its source file."""

    covers: str  # the article part it retells, e.g. "body"
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def retelling_path(seed: Path) -> Path:
    return Path(seed) / "evidence" / FILE_NAME


def load_retelling(path: Path, article: Article) -> Retelling:
    """Read a retelling file; its `covers` must name a part of `article`, and it must say something."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, flags=re.S)
    if not match:
        raise ValueError(f"{path.name}: start with front matter between '---' lines that says which part it "
                         "retells (covers: body)")
    meta = yaml.safe_load(match.group(1)) or {}
    covers = str(meta.get("covers", ""))
    if covers not in article.parts:
        raise ValueError(f"{path.name}: 'covers: {covers}' is not a part of the article "
                         f"(its parts: {', '.join(article.parts) or 'none'})")
    paragraphs = tuple(" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", match.group(2)) if chunk.strip())
    if not paragraphs:
        raise ValueError(f"{path.name}: the retelling has no text")
    return Retelling(covers=covers, paragraphs=paragraphs)


def easier_reading_page(article: Article, retelling: Retelling) -> str:
    """The handout: the notice, the retold paragraphs, and where the original is."""
    from toolkit.handouts.pages import document

    part = "the reported story" if retelling.covers == "body" else f"the part called {retelling.covers!r}"
    notice = escape(NOTICE.format(part=part))
    title = article.title or article.slug or "the article"
    credit = next((block.text for block in article.blocks if block.kind == "credit"), "")
    paragraphs = "\n".join(f"<p>{escape(text)}</p>" for text in retelling.paragraphs)
    body = (f"<h1>An easier reading</h1>\n<p class=\"meta\">Of: {escape(title)}</p>\n"
            f"<p class=\"note\"><b>{notice}</b></p>\n{paragraphs}\n"
            "<h2>The original</h2>\n<p>This page is a retelling written for the project. The text to analyse "
            "is the original, in the notebooks and on the article handout with paragraph numbers"
            + (f". Its credit line: {escape(credit)}" if credit else "") + ".</p>")
    return document(f"An easier reading: {title}", body)
