"""Numbers about an article that an exercise states or checks, computed by the toolkit when the exercise is built.

An exercise source never types a figure by hand: it writes `{{framing.words}}` (or, for a
numeric answer, `answer: "{{framing.grade}}"`), and the build puts the toolkit's own number
there. So a lesson that prints a number with the toolkit and the exercise that checks it can
never disagree, and an edited article or a changed rule updates both.

Names, for each part of the article (`framing`, `body`, or `group_1` ... when the parts are
not named): `words`, `sentences`, `words_per_sentence`, `syllables_per_word`, `grade`
(Flesch-Kincaid), `loaded_in_key` (loaded spans of the reviewed span key that start in the
part) and `loaded_in_key_per_100` (the same per 100 words); for two parts A and B,
`A_vs_B.words_per_sentence`, `A_vs_B.syllables_per_word` (A's figure less B's) and
`A_vs_B.sentence_length_grades`, `A_vs_B.word_length_grades` (how many Flesch-Kincaid grades
each difference is worth: 0.39 per word per sentence, 11.8 per syllable per word); and
`page.sentences`, the sentences textstat finds on the whole page. A format may follow a
colon, as in Python: `{{body.grade:.1f}}`.
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.article.model import Article

#: Flesch-Kincaid's weights: grades per word per sentence, and per syllable per word.
FK_SENTENCE_WEIGHT = 0.39
FK_SYLLABLE_WEIGHT = 11.8
#: `{{name}}` or `{{name:format}}` in any text of an exercise source.
PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+\.[a-z0-9_]+)\s*(?::([^}]*))?\}\}")


def part_name(name: str) -> str:
    """A part's name as it is written in a placeholder ("group 1" -> "group_1")."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def article_figures(article: Article) -> dict[str, float]:
    """Every figure an exercise may name, from the article's analysis and its reviewed span key."""
    from toolkit.analysis.article_analysis import analysis_of

    readability = analysis_of(article).readability
    loaded_starts = _key_loaded_starts(article)
    figures: dict[str, float] = {}
    for part, blocks in article.parts.items():
        name = part_name(part)
        view = readability.by_part.get(part)
        if view is not None:
            words, sentences = view.counts.words, view.counts.sentences
            figures[f"{name}.words"] = words
            figures[f"{name}.sentences"] = sentences
            if sentences:
                figures[f"{name}.words_per_sentence"] = words / sentences
            for figure, score in (("grade", "flesch_kincaid_grade"), ("syllables_per_word", "syllables_per_word")):
                if view.scores.get(score) is not None:
                    figures[f"{name}.{figure}"] = view.scores[score]
        if loaded_starts is not None:
            inside = [start for start in loaded_starts
                      if any(article.blocks[i].start <= start < article.blocks[i].end for i in blocks)]
            figures[f"{name}.loaded_in_key"] = len(inside)
            words = figures.get(f"{name}.words")
            if words:
                figures[f"{name}.loaded_in_key_per_100"] = 100 * len(inside) / words
    names = [part_name(part) for part in article.parts]
    for a in names:
        for b in names:
            if a != b and all(f"{n}.{m}" in figures for n in (a, b) for m in ("words_per_sentence", "syllables_per_word")):
                sentence_gap = figures[f"{a}.words_per_sentence"] - figures[f"{b}.words_per_sentence"]
                word_gap = figures[f"{a}.syllables_per_word"] - figures[f"{b}.syllables_per_word"]
                figures[f"{a}_vs_{b}.words_per_sentence"] = sentence_gap
                figures[f"{a}_vs_{b}.syllables_per_word"] = word_gap
                figures[f"{a}_vs_{b}.sentence_length_grades"] = FK_SENTENCE_WEIGHT * sentence_gap
                figures[f"{a}_vs_{b}.word_length_grades"] = FK_SYLLABLE_WEIGHT * word_gap
    figures["page.sentences"] = readability.whole.counts.sentences
    return figures


def _key_loaded_starts(article: Article) -> list[int] | None:
    """Where the reviewed span key's loaded spans start; None when the article has no reviewed key here."""
    from toolkit.annotation.spans import SpanKeyError, load_span_key

    try:
        key = load_span_key(article)
    except (SpanKeyError, FileNotFoundError, OSError):
        return None
    if key is None or not key.reviewed:
        return None
    return [span.start for span in key.spans if span.label == "loaded"]


def fill_figures(value: Any, figures: dict[str, float], problems: list[str], where: str = "") -> Any:
    """`value` (a source spec, or any part of it) with every placeholder replaced by its figure.

    A string that is only a placeholder becomes the number itself (for numeric answers);
    elsewhere the figure is written into the text. An unknown name is reported in `problems`.
    """
    if isinstance(value, dict):
        return {k: fill_figures(v, figures, problems, f"{where}.{k}" if where else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_figures(v, figures, problems, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, str) or "{{" not in value:
        return value
    whole = PLACEHOLDER.fullmatch(value.strip())
    if whole and not whole.group(2):
        if whole.group(1) in figures:
            return round(float(figures[whole.group(1)]), 4)
        problems.append(f"{where}: no figure called {whole.group(1)!r} (known: {', '.join(sorted(figures))})")
        return value

    def put(match: re.Match) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in figures:
            problems.append(f"{where}: no figure called {name!r} (known: {', '.join(sorted(figures))})")
            return match.group(0)
        number = figures[name]
        if spec:
            return format(number, spec)
        return str(int(number)) if float(number).is_integer() else f"{number:.1f}"

    return PLACEHOLDER.sub(put, value)
