"""The `analyze` report: the JSON contract of DESIGN.md and its terminal rendering.

Each analyzer contributes its own fields; this module only gathers them around the
article model, so that the command line, the notebooks and the tests read one structure.
"""

from __future__ import annotations

import textwrap
from typing import Any

from .article import Article


def analyze(article: Article) -> dict[str, Any]:
    """Everything the toolkit can say about an article, as plain JSON-ready data."""
    return article.to_dict()


def format_report(report: dict[str, Any], width: int = 88) -> str:
    """A readable terminal summary of an `analyze` report."""
    lines: list[str] = []
    title = report.get("title") or "(no title)"
    lines.append(title)
    lines.append("=" * min(width, len(title)))
    metadata = {k: v for k, v in report.get("metadata", {}).items() if k not in ("title", "parts", "notes")}
    for key, value in metadata.items():
        if value not in (None, "", [], {}):
            lines.append(f"{key:>14}: {_short(str(value), width - 16)}")
    blocks = report.get("blocks", [])
    sentences = report.get("sentences", [])
    lines.append("")
    lines.append(f"{len(blocks)} blocks, {len(sentences)} sentences, {len(report.get('text', '').split())} words")
    lines.append("")
    by_block: dict[int, list[dict[str, Any]]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence["block"], []).append(sentence)
    for block in blocks:
        text = report["text"][block["start"]:block["end"]]
        lines.append(f"[{block['index']:>2}] {block['kind']:<11} {_short(text, width - 17)}")
        if block["kind"] == "paragraph" or len(by_block.get(block["index"], [])) > 1:
            for sentence in by_block.get(block["index"], []):
                wrapped = textwrap.wrap(sentence["text"], width=width - 22) or [""]
                lines.append(f"{'':>5}{sentence['id']:>6}  " + wrapped[0])
                lines.extend(f"{'':>13}" + more for more in wrapped[1:])
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "\u2026"
