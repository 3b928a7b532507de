"""Heat maps of where a class disagrees about an article, to start a discussion.

Two views of a `toolkit.annotation.agreement.ClassAgreement`:

* `sentence_heatmap`: one row per sentence, one column per label (and "any label"), each cell
  the share of student pairs who labelled that sentence's words differently, written in the
  cell as a percentage (so the colour is never the only cue);
* `word_heatmap`: the article itself, each word shaded by how much the class disagreed on it.

The colour map is cividis (made to read the same for common colour-vision deficiencies and
in greyscale), light for agreement and dark for disagreement, on a fixed 0 to 100% scale so
two charts can be compared. Each chart carries alt text that names the hot spots in words,
and shows in a notebook as an `<img>` with that alt text. matplotlib is imported only here,
and only when a chart is drawn.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from toolkit.annotation.agreement import ClassAgreement
from toolkit.article.model import Article
from toolkit.render.figures import FigureWithAlt
from toolkit.annotation.labels import LABELS
from toolkit.article.places import place_of_block

COLOUR_MAP = "cividis_r"


#: A chart with its alt text: shows as an `<img alt>` in a notebook; `save(path)` writes the PNG and
#: `name.alt.txt` beside it.
Chart = FigureWithAlt


def _snippet(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _text_colour(rgba) -> str:
    red, green, blue = rgba[:3]
    return "white" if 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5 else "black"


def _label_title(name: str) -> str:
    return LABELS[name].title if name in LABELS else name


def _hot_list(rows: Sequence[tuple[str, float]], count: int = 3) -> str:
    hot = [f"{name} ({share:.0%} of pairs)" for name, share in rows[:count] if share > 0]
    return "; ".join(hot) if hot else "none: everyone agreed"


def sentence_heatmap(result: ClassAgreement, article: Article, *, labels: Sequence[str] | None = None,
                     snippet: int = 44) -> Chart:
    """Sentences by labels, each cell the share of student pairs who disagree there."""
    from matplotlib.figure import Figure

    labels = list(labels) if labels is not None else [k for k in result.by_label]
    columns = ["any", *labels]
    ids = [s.id for s in article.sentences if s.id in result.sentence_disagreement]
    values = [[result.sentence_disagreement[sid].get(c, 0.0) for c in columns] for sid in ids]
    names = []
    for sid in ids:
        sentence = article.sentence(sid)
        names.append(f"{sid} \u00b7 {place_of_block(article, sentence.block)}: {_snippet(sentence.text, snippet)}")
    height = max(2.5, 0.32 * len(ids) + 1.6)
    figure = Figure(figsize=(4.0 + 1.05 * len(columns) + snippet * 0.06, height), layout="constrained")
    axes = figure.add_subplot()
    image = axes.imshow(values or [[0.0] * len(columns)], cmap=COLOUR_MAP, vmin=0.0, vmax=1.0, aspect="auto")
    axes.set_xticks(range(len(columns)), ["any label", *[_label_title(c) for c in labels]], rotation=30, ha="right")
    axes.set_yticks(range(len(ids)), names, fontsize=8)
    axes.set_xlabel("Label")
    axes.set_ylabel("Sentence (id, where it is, how it starts)")
    for row, line in enumerate(values):
        for column, value in enumerate(line):
            axes.text(column, row, f"{value:.0%}", ha="center", va="center", fontsize=7,
                      color=_text_colour(image.cmap(image.norm(value))))
    count = len(result.annotators)
    title = f"Where {count} annotators disagree, sentence by sentence"
    axes.set_title(title)
    colourbar = figure.colorbar(image, ax=axes, shrink=0.6)
    colourbar.set_label("share of annotator pairs who disagree")
    ranked = sorted(((f"{sid} in {place_of_block(article, article.sentence(sid).block)} "
                      f"(\u201c{_snippet(article.sentence(sid).text, 40)}\u201d)", row["any"])
                     for sid, row in result.sentence_disagreement.items()), key=lambda item: -item[1])
    alt = (f"Heat map of {len(ids)} sentences by {len(columns)} label columns, showing the share of pairs among "
           f"{count} annotators who labelled each sentence's words differently (0 to 100%, darker is more "
           f"disagreement). Most disagreement: {_hot_list(ranked)}.")
    return Chart(figure, alt, title)


def word_heatmap(result: ClassAgreement, article: Article, *, blocks: Sequence[int] | None = None,
                 width: int = 88) -> Chart:
    """The article's words laid out as text, each shaded by how much the class disagreed on it."""
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import Normalize
    from matplotlib.figure import Figure
    import matplotlib

    colour_map = matplotlib.colormaps[COLOUR_MAP]
    chosen = [b for b in article.blocks if blocks is None or b.index in set(blocks)]
    starts = [start for start, _ in result.words]
    # Draw the text as written (punctuation included), one chunk between spaces at a time,
    # shaded by the most disputed word inside it.
    chunks: list[tuple[str, float]] = []
    lines: list[tuple[str, list[tuple[int, str, float]]]] = []  # (margin, [(column, chunk, share)])
    for block in chosen:
        margin, column, row = place_of_block(article, block).replace("paragraph ", "\u00b6"), 0, []
        for match in re.finditer(r"\S+", article.text[block.start:block.end]):
            start, end = block.start + match.start(), block.start + match.end()
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            value = max(result.word_disagreement[first:last], default=0.0)
            chunk = match.group()
            chunks.append((chunk, value))
            if column and column + len(chunk) > width:
                lines.append((margin, row))
                margin, column, row = "", 0, []
            row.append((column, chunk, value))
            column += len(chunk) + 1
        lines.append((margin, row))
        lines.append(("", []))
    rows = max(1, len(lines))
    figure = Figure(figsize=(width * 0.085 + 1.6, rows * 0.24 + 1.4))
    axes = figure.add_axes((0.1, 0.02, 0.88, 0.9 - 0.9 / rows))
    axes.set_xlim(-1, width + 1)
    axes.set_ylim(rows, -1)
    axes.axis("off")
    for number, (margin, row) in enumerate(lines):
        if margin:
            axes.text(-1.5, number, _snippet(margin, 24), ha="right", va="center", fontsize=7, color="#333333")
        for column, word, value in row:
            fill = colour_map(value) if value else (1, 1, 1, 1)
            axes.text(column, number, word, ha="left", va="center", family="monospace", fontsize=10,
                      color=_text_colour(fill), bbox={"boxstyle": "square,pad=0.12", "facecolor": fill,
                                                       "edgecolor": "none"})
    count = len(result.annotators)
    title = f"Words shaded by how much {count} annotators disagree (darker: more disagreement)"
    figure.suptitle(title, fontsize=10)
    colourbar = figure.colorbar(ScalarMappable(Normalize(0, 1), colour_map), ax=axes, orientation="horizontal",
                                location="top", fraction=0.6 / rows, pad=0.01, aspect=40)
    colourbar.set_label("share of annotator pairs who disagree", fontsize=8)
    ranked = sorted(((f"\u201c{chunk}\u201d", value) for chunk, value in chunks), key=lambda item: -item[1])
    alt = (f"The article's text with each word shaded by the share of pairs among {count} annotators who labelled "
           f"it differently (0 to 100%, darker is more disagreement). Most disputed words: {_hot_list(ranked, 6)}.")
    return Chart(figure, alt, title)


def disagreement_map(result: ClassAgreement, article: Article, *, by: str = "sentence", **options) -> Chart:
    """The class's disagreement as a heat map, `by` "sentence" (with labels) or "word" (over the text)."""
    if by == "sentence":
        return sentence_heatmap(result, article, **options)
    if by == "word":
        return word_heatmap(result, article, **options)
    raise ValueError(f"by must be 'sentence' or 'word', not {by!r}")
