"""The `analyze` report: the JSON contract of DESIGN.md (built by `ArticleAnalysis`) and its terminal rendering."""

from __future__ import annotations

import textwrap
from typing import Any

from toolkit.analysis.article_analysis import analysis_of
from toolkit.article.model import Article
from toolkit.loaded.lexicon import Lexicon


def analyze(article: Article, lexicon: Lexicon | None = None) -> dict[str, Any]:
    """Everything the toolkit can say about an article, as plain JSON-ready data (see `ArticleAnalysis`)."""
    return analysis_of(article, lexicon).to_dict()


def format_report(report: dict[str, Any], width: int = 88) -> str:
    """A readable terminal summary of an `analyze` report."""
    lines: list[str] = []
    title = report.get("title") or "(no title)"
    lines.append(title)
    lines.append("=" * min(width, len(title)))
    lines.extend(f"warning: {warning}" for warning in report.get("claims_warnings", []))
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
                lines.extend(_claim_lines(sentence, width))
        else:
            for sentence in by_block.get(block["index"], []):
                lines.extend(_claim_lines(sentence, width))
    lines.extend(_loaded_section(report, width))
    lines.extend(_readability_lines(report.get("readability"), width))
    lines.extend(_voice_lines(report.get("voices", [])))
    return "\n".join(lines)


def _claim_lines(sentence: dict[str, Any], width: int) -> list[str]:
    """Issue 5: one line under a sentence with its label, source and the strongest reasons."""
    label = sentence.get("label")
    if not label:
        return []
    tag = {"fact": "FACT", "attributed": "ATTRIBUTED", "opinion": "OPINION"}.get(label, label.upper())
    if label == "attributed":
        tag += f" to {sentence.get('source') or 'someone unnamed'}"
        if sentence.get("via"):
            tag += f" (via {sentence['via']})"
    cues = [c for c in sentence.get("cues", []) if c.get("points_to") == label and not c.get("reported")]
    words = ", ".join(f"{c['text'][:30]!r}" for c in cues[:3] if c.get("kind") not in ("plain", "credit"))
    line = f"{tag} ({sentence.get('confidence', 0):.0%})" + (f": {words}" if words else "")
    return [f"{'':>13}-> " + _short(line, width - 16)]


def _voice_lines(voices: list[dict[str, Any]]) -> list[str]:
    """Issue 5: how much of each part is the writer's own voice."""
    if not voices:
        return []
    lines = ["", "Whose voice (share of words): writer's own (of which opinion) / credited to others"]
    for part in voices:
        if part["words"]:
            lines.append(f"  {part['name']:<16} {part['own_voice_share']:>5.0%} ({part['opinion_share']:.0%}) / "
                         f"{part['attributed_share']:.0%}" + (f"   sources: {', '.join(part['sources'])}"
                                                                 if part["sources"] else ""))
    return lines


def _loaded_section(report: dict[str, Any], width: int) -> list[str]:
    """Loaded language: how dense it is per part, and each span with its category."""
    spans = report.get("loaded")
    if spans is None:
        return []
    lines = ["", "Loaded language", "---------------"]
    rates = report.get("loaded_density", {})
    overall = rates.get("overall", {})
    if overall.get("words"):
        lines.append(f"{len(spans)} loaded words or phrases, {overall.get('per_100_words') or 0:.1f} per 100 words")
    for name, rate in rates.get("by_part", {}).items():
        lines.append(f"  {name:<12} {rate.get('per_100_words') or 0:>5.1f} per 100 words "
                     f"({rate['spans']} in {rate['words']} words)")
    for span in spans:
        voice = ", quoted" if span.get("voice") == "quoted" else ""
        lines.append("  - " + _short(f"\u201c{span['text']}\u201d {span['category']}{voice}: {span['why']}", width - 4))
    if not spans:
        lines.append("  none found")
    return lines




def _readability_lines(readability: dict[str, Any] | None, width: int) -> list[str]:
    """A table of the formulas for the prose, each named part and the whole page; the hardest sentences; warnings."""
    if not readability:
        return []
    from toolkit.readability.formulas import FORMULAS

    columns = [("prose", readability["prose"])]
    columns += [(name, scores) for name, scores in readability.get("by_part", {}).items()
                if scores != readability["prose"]]
    columns.append(("whole page", readability["whole"]))
    lines = ["", "Readability (prose: paragraph sentences only; whole page: as textstat reads it)"]
    lines.append(f"{'':<34}" + "".join(f"{name[:12]:>13}" for name, _ in columns))
    for key in [*FORMULAS, "words", "sentences"]:
        name = FORMULAS[key].name if key in FORMULAS else key
        cells = "".join(f"{_number(scores.get(key)):>13}" for _, scores in columns)
        lines.append(f"{name[:33]:<34}{cells}")
    sentences = {s["id"]: s for s in readability.get("sentences", [])}
    if readability.get("hardest"):
        lines.append("Hardest prose sentences (Flesch-Kincaid grade of each on its own):")
        for sentence_id in readability["hardest"]:
            found = sentences.get(sentence_id)
            if found:
                lines.append(f"  {sentence_id:>4}  grade {found['grade']:.1f}  {_short(found['text'], width - 22)}")
    if readability.get("warnings"):
        lines.append("Warnings:")
        for warning in readability["warnings"]:
            wrapped = textwrap.wrap(warning, width=width - 4) or [""]
            lines.append("  - " + wrapped[0])
            lines.extend("    " + more for more in wrapped[1:])
    return lines


def _number(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(0, width - 1)] + "\u2026"
