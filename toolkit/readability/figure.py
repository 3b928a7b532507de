"""A figure for the lesson and for handouts: the formulas side by side, part by part.

One panel shows the school grade each formula gives (Dale-Chall's score turned into a grade
with its authors' table), one bar per part; a second shows Flesch reading ease, where
higher means easier. Colours come from the Okabe-Ito palette (safe for colour-blind
readers), each series also has its own hatching (for greyscale printouts), and every bar is
labelled with its value, so no legend has to be matched by colour. Matplotlib is imported
only when a figure is drawn. The alt text is written from the same numbers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from toolkit.render.figures import figure_html, write_alt_text
from toolkit.readability.formulas import FORMULAS
from toolkit.readability.interpret import beyond_table, grade_equivalent
from toolkit.storage.store import atomic_write_bytes

if TYPE_CHECKING:
    from toolkit.article.model import Article
    from toolkit.readability.measure import ArticleReadability, ReadabilityView

#: Okabe-Ito colours for up to five series, with hatching as a second cue.
SERIES_STYLES = (
    ("#E69F00", ""),  # orange
    ("#0072B2", "//"),  # blue
    ("#999999", ".."),  # grey: the whole page, as textstat sees it
    ("#009E73", "\\\\"),  # bluish green
    ("#CC79A7", "xx"),  # reddish purple
)
#: The grade formulas, in the order drawn (top to bottom).
GRADE_FORMULAS = ("flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                  "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula")
END_OF_SCHOOL_GRADE = 12


@dataclass(frozen=True)
class ReadabilityFigure:
    """A matplotlib figure with its alt text; shows itself in a notebook as an image with that alt text."""

    figure: Any  # matplotlib.figure.Figure
    alt_text: str

    def png(self, dpi: int = 150) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", facecolor="white",
                            metadata={"Title": "Readability", "Description": self.alt_text})
        return buffer.getvalue()

    def _repr_html_(self) -> str:
        return figure_html(self.png(dpi=110), self.alt_text)

    def _repr_png_(self) -> bytes:
        return self.png(dpi=110)


@dataclass(frozen=True)
class SavedFigure:
    """Where a handout figure was saved: the PNG and a text file with its alt text."""

    png: Path
    alt_text_file: Path
    alt_text: str


def readability_figure(source: "ArticleReadability | Article", views: Sequence[str] | None = None,
                       title: str | None = None) -> ReadabilityFigure:
    """Formulas side by side for each view (default: each named part, then the whole page)."""
    from matplotlib.figure import Figure

    readability = _readability(source)
    chosen = _views(readability, views)
    rows = [key for key in GRADE_FORMULAS]
    figure = Figure(figsize=(10, 1.6 + 0.3 * len(rows) * max(2, len(chosen))), layout="constrained")
    grid = figure.add_gridspec(1, 2, width_ratios=(3.4, 1.1))
    grades_axes = figure.add_subplot(grid[0, 0])
    ease_axes = figure.add_subplot(grid[0, 1])
    _grade_panel(grades_axes, rows, chosen)
    _ease_panel(ease_axes, chosen)
    figure.suptitle(title or _default_title(readability, chosen), fontsize=14, fontweight="bold")
    return ReadabilityFigure(figure, alt_text(readability, [v.key for v in chosen]))


def save_readability_png(source: "ArticleReadability | Article | ReadabilityFigure", path: str | Path,
                         dpi: int = 200, views: Sequence[str] | None = None) -> SavedFigure:
    """Save the figure as a PNG for handouts, with its alt text beside it (`name.alt.txt`)."""
    drawn = source if isinstance(source, ReadabilityFigure) else readability_figure(source, views)
    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_suffix(".png")
    atomic_write_bytes(target, drawn.png(dpi=dpi), mode=0o644)
    return SavedFigure(target, write_alt_text(target, drawn.alt_text), drawn.alt_text)


def alt_text(source: "ArticleReadability | Article", views: Sequence[str] | None = None) -> str:
    """A description of the figure in words, with its numbers, for screen readers and handouts."""
    readability = _readability(source)
    chosen = _views(readability, views)
    names = _join([v.name for v in chosen])
    parts = [f"Bar chart of {len(GRADE_FORMULAS)} readability formulas as school grades (longer bars are harder) "
             f"for {names}, and a second chart of Flesch reading ease (longer bars are easier)."]
    for view in chosen:
        grades = {k: grade_equivalent(k, view.scores.get(k)) for k in GRADE_FORMULAS}
        grades = {k: g for k, g in grades.items() if g is not None}
        if not grades:
            parts.append(f"{_cap(view.name)}: no scores.")
            continue
        low, high = min(grades, key=grades.get), max(grades, key=grades.get)
        ease = view.scores.get("flesch_reading_ease")
        ease_text = f"; reading ease {ease:.1f}" if ease is not None else ""
        parts.append(f"{_cap(view.name)}: grades from {grades[low]:.1f} ({FORMULAS[low].name}) to "
                     f"{grades[high]:.1f} ({FORMULAS[high].name}){ease_text}.")
    if len(chosen) >= 2:
        a, b = chosen[0], chosen[1]
        harder = sum(1 for k in GRADE_FORMULAS
                     if (ga := grade_equivalent(k, a.scores.get(k))) is not None
                     and (gb := grade_equivalent(k, b.scores.get(k))) is not None and ga > gb)
        parts.append(f"{harder} of {len(GRADE_FORMULAS)} formulas rate {a.name} harder than {b.name}.")
    return " ".join(parts)


def _grade_panel(axes, rows: list[str], views: list["ReadabilityView"]) -> None:
    height = 0.8 / max(1, len(views))
    positions = range(len(rows))
    top = max([g for v in views for k in rows if (g := grade_equivalent(k, v.scores.get(k))) is not None] + [14])
    for number, view in enumerate(views):
        colour, hatch = SERIES_STYLES[number % len(SERIES_STYLES)]
        for row, key in zip(positions, rows):
            grade = grade_equivalent(key, view.scores.get(key))
            y = row + (number - (len(views) - 1) / 2) * height
            if grade is None:
                axes.text(0.2, y, f"{view.name}: no score", va="center", fontsize=9, color="#333333")
                continue
            axes.barh(y, max(grade, 0), height=height * 0.92, color=colour, hatch=hatch, edgecolor="#222222",
                      linewidth=0.6)
            shown = f"{grade:.1f}"
            if FORMULAS[key].kind == "dale-chall":
                value = view.scores[key]
                shown = f"{grade:.0f}{'+' if beyond_table(key, value) and value > 0 else ''} (score {value:.1f})"
            label = shown if row else f"{view.name}  {shown}"
            axes.text(max(grade, 0) + top * 0.01, y, label, va="center", fontsize=9.5,
                      fontweight="bold" if not row else "normal", color="#111111")
    axes.set_yticks(list(positions), [_row_label(k) for k in rows], fontsize=10.5)
    axes.invert_yaxis()
    axes.set_xlim(0, top * 1.28)
    axes.axvline(END_OF_SCHOOL_GRADE, color="#444444", linestyle="--", linewidth=1)
    axes.text(END_OF_SCHOOL_GRADE, -0.75, " end of high school (grade 12)", fontsize=9, color="#333333",
              va="bottom")
    axes.set_xlabel("US school grade (longer bar = harder to read)", fontsize=10.5)
    axes.spines[["top", "right"]].set_visible(False)


def _ease_panel(axes, views: list["ReadabilityView"]) -> None:
    for number, view in enumerate(views):
        colour, hatch = SERIES_STYLES[number % len(SERIES_STYLES)]
        value = view.scores.get("flesch_reading_ease")
        if value is None:
            axes.text(1, number, "no score", va="center", fontsize=9)
            continue
        axes.barh(number, max(value, 0), height=0.6, color=colour, hatch=hatch, edgecolor="#222222", linewidth=0.6)
        axes.text(max(value, 0) + 2, number, f"{value:.1f}", va="center", fontsize=9.5)
    axes.set_yticks(range(len(views)), [v.name for v in views], fontsize=10.5)
    axes.invert_yaxis()
    axes.set_xlim(0, 110)
    axes.set_xlabel("Flesch reading ease\n(longer bar = easier)", fontsize=10.5)
    axes.set_title("Reading ease", fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)


def _row_label(key: str) -> str:
    name = FORMULAS[key].name
    return f"{name}\n(as a grade)" if FORMULAS[key].kind == "dale-chall" else name


def _readability(source) -> "ArticleReadability":
    from toolkit.article.model import Article
    from toolkit.readability.measure import ArticleReadability, measure

    if isinstance(source, ArticleReadability):
        return source
    if isinstance(source, Article):
        return measure(source)
    raise TypeError(f"expected an Article or a measured article, got {type(source).__name__}")


def _views(readability: "ArticleReadability", keys: Sequence[str] | None) -> list["ReadabilityView"]:
    if keys:
        return [readability.view(k) for k in keys]
    chosen = [v for v in readability.by_part.values() if v.counts.words]
    if not chosen or [v.sentence_ids for v in chosen] == [readability.prose.sentence_ids]:
        chosen = [readability.prose]
    return [*chosen[:4], readability.whole]


def _default_title(readability: "ArticleReadability", views: list["ReadabilityView"]) -> str:
    return "How hard to read? " + _cap(_join([v.name for v in views]))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
