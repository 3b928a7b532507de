"""Every figure the toolkit draws carries alt text, in the notebook and beside a saved PNG.

And none depends on colour alone: series have their own hatching, bars are labelled with
their numbers, and the series colours stay apart for the common colour-vision deficiencies.
"""

from __future__ import annotations

import itertools
import re

import pytest

from toolkit.render.colour import CVD_MATRICES, delta_e
from toolkit.render.figures import alt_text_path


def _img_alt(html: str) -> str:
    match = re.search(r'<img [^>]*alt="([^"]+)"', html)
    assert match, "no <img> with alt text"
    return match.group(1)


def test_readability_figure_shows_and_saves_its_alt_text(sample, tmp_path):
    from toolkit.readability.figure import readability_figure, save_readability_png

    drawn = readability_figure(sample)
    assert _img_alt(drawn._repr_html_()).startswith("Bar chart of 7 readability formulas")
    saved = save_readability_png(drawn, tmp_path / "readability.png")
    assert saved.alt_text_file == alt_text_path(saved.png)
    assert saved.alt_text_file.read_text(encoding="utf-8").strip() == drawn.alt_text


def test_loaded_language_chart_names_every_bar_in_its_alt_text(sample, tmp_path):
    from toolkit.loaded import detect
    from toolkit.widgets.loaded_highlighter import category_counts, category_figure, chart_alt_text

    spans = detect(sample)
    counts = category_counts(spans)
    chart = category_figure(spans)
    alt = _img_alt(chart.html())
    assert alt == chart.alt_text == chart_alt_text(spans)
    assert f"{len(spans)} loaded words or phrases" in alt
    for name, count in counts.items():
        from toolkit.loaded import CATEGORIES

        assert f"{CATEGORIES[name].title} {count}" in alt
    axes = chart.figure.axes[0]
    assert len(axes.patches) == len(counts) and len(axes.texts) == len(counts)  # every bar labelled
    assert len({patch.get_hatch() for patch in axes.patches}) == len(counts)  # and hatched its own way
    png = chart.save(tmp_path / "handout" / "loaded")
    assert png.suffix == ".png" and png.read_bytes().startswith(b"\x89PNG")
    assert alt_text_path(png).read_text(encoding="utf-8").strip() == alt
    assert "no loaded words" in chart_alt_text([])


def test_agreement_heat_map_saves_its_alt_text(tmp_path):
    from toolkit import parse_article
    from toolkit.annotation.agreement import class_agreement
    from toolkit.render.agreement_map import disagreement_map
    from toolkit.annotation.spans import Span

    article = parse_article("Heat map\n\nOne two three four. Five six seven eight.")
    five = article.text.index("Five")
    result = class_agreement({"a": [Span.of(article, five, five + 8, "loaded")], "b": []}, article)
    for by in ("sentence", "word"):
        chart = disagreement_map(result, article, by=by)
        png = chart.save(tmp_path / f"{by}.png")
        assert alt_text_path(png).read_text(encoding="utf-8").strip() == chart.alt_text
        assert _img_alt(chart._repr_mimebundle_()["text/html"])


@pytest.mark.parametrize("vision", ["normal", *CVD_MATRICES])
def test_readability_series_stay_apart_and_each_has_its_own_hatching(vision):
    from toolkit.readability.figure import SERIES_STYLES

    drawn_together = SERIES_STYLES[:3]  # the framing, the body and the whole page of the sample
    for (one, _), (other, _) in itertools.combinations(drawn_together, 2):
        assert delta_e(one, other, vision) >= 15, (vision, one, other)
    assert len({hatch for _, hatch in SERIES_STYLES}) == len(SERIES_STYLES)
