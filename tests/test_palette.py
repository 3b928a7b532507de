"""Colour and contrast: the label palette, the loaded-language categories and every widget's CSS.

WCAG 2.1 AA asks 4.5:1 for text and 3:1 for the lines that carry meaning. The palettes must
also stay apart for the common colour-vision deficiencies (simulated with the matrices of
Machado et al. 2009, compared with CIEDE2000) and in greyscale, where only the second cue
(underline style, badge) tells them apart. The widgets' own CSS must never put the theme's
text colour on a fixed light background, nor fixed dark text on the theme's background.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest

from toolkit.render.colour import (CVD_MATRICES, blend, ciede2000, contrast_ratio, delta_e, parse, relative_luminance,
                            simulate, to_lab)
from toolkit.annotation.labels import INK, LABELS, SENTENCE_LABELS, custom_label, label_css
from toolkit.loaded.categories import CATEGORIES

TEXT_CONTRAST = 4.5  # WCAG 2.1 AA, 1.4.3
LINE_CONTRAST = 3.0  # WCAG 2.1 AA, 1.4.11: underlines, borders and badges that carry meaning
APART = 15.0  # CIEDE2000: clearly another colour at a glance, not just a noticeable difference
DEFICIENCIES = tuple(CVD_MATRICES)
STATIC = Path(__file__).resolve().parents[1] / "toolkit" / "widgets" / "static"


# ----- the arithmetic itself ----------------------------------------------------------------------

@pytest.mark.parametrize("lab1, lab2, expected", [
    # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 25 and 31
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
])
def test_ciede2000_matches_the_published_test_data(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_contrast_and_luminance_match_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest AA grey on white
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert to_lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert blend("#000000", 0.54, "#ffffff") == pytest.approx(parse("#757575"), abs=0.003)


def test_simulation_keeps_greys_and_confuses_what_it_should():
    for vision in DEFICIENCIES:
        assert delta_e("#808080", simulate("#808080", vision)) < 1.5
    # The classic confusions: red and green for protanopes and deuteranopes, blue and green for tritanopes.
    assert delta_e("#d55e00", "#999900", "deuteranopia") < delta_e("#d55e00", "#999900") / 2
    assert delta_e("#d55e00", "#999900", "protanopia") < delta_e("#d55e00", "#999900") / 2
    assert delta_e("#0072b2", "#00a09a", "tritanopia") < delta_e("#0072b2", "#00a09a") / 2
    assert simulate("#ff0000", "greyscale") == "#7f7f7f"


# ----- the palettes ---------------------------------------------------------------------------------

def _worst_pair(items, vision):
    return min((delta_e(a.colour, b.colour, vision), a.name, b.name) for a, b in itertools.combinations(items, 2))


@pytest.mark.parametrize("vision", ["normal", *DEFICIENCIES])
def test_label_colours_stay_apart_for_every_colour_vision(vision):
    distance, one, other = _worst_pair(list(LABELS.values()), vision)
    assert distance >= APART, f"{vision}: {one} and {other} are only {distance:.1f} apart"


@pytest.mark.parametrize("palette", ["labels", "categories"])
def test_text_on_every_tint_and_every_line_on_its_tint_and_on_white_are_readable(palette):
    items = LABELS.values() if palette == "labels" else CATEGORIES.values()
    for item in items:
        assert contrast_ratio(INK, item.background) >= TEXT_CONTRAST, item.name
        assert contrast_ratio(item.colour, item.background) >= LINE_CONTRAST, item.name
        assert contrast_ratio(item.colour, "#ffffff") >= LINE_CONTRAST, item.name


def test_every_label_has_its_own_second_cue_that_survives_greyscale():
    labels = list(LABELS.values())
    assert len({label.underline for label in labels}) == len(labels)
    assert len({label.badge for label in labels}) == len(labels)
    assert len({label.key for label in labels}) == len(labels)
    # In greyscale some colours do coincide: that is what the underline and the badge are for.
    assert set(SENTENCE_LABELS) <= set(LABELS) | {"no_claim"}


def test_the_no_claim_label_is_readable_and_has_its_own_badge():
    from toolkit.annotation.labels import NO_CLAIM_LABEL, SENTENCE_LABEL_INFO

    assert set(SENTENCE_LABEL_INFO) == set(SENTENCE_LABELS)
    assert contrast_ratio(INK, NO_CLAIM_LABEL.background) >= TEXT_CONTRAST
    assert contrast_ratio(NO_CLAIM_LABEL.colour, NO_CLAIM_LABEL.background) >= LINE_CONTRAST
    assert NO_CLAIM_LABEL.badge not in {label.badge for label in LABELS.values()}
    assert ".tk-label-no_claim{" in label_css()


@pytest.mark.parametrize("vision", DEFICIENCIES)
def test_categories_that_share_an_underline_style_differ_in_colour_for_every_colour_vision(vision):
    for one, other in itertools.combinations(CATEGORIES.values(), 2):
        if one.underline == other.underline:
            distance = delta_e(one.colour, other.colour, vision)
            assert distance >= APART, f"{vision}: {one.name} and {other.name} ({one.underline}) {distance:.1f}"


def test_every_category_has_its_own_badge_word():
    badges = [category.badge for category in CATEGORIES.values()]
    assert len(set(badges)) == len(badges) and all(badges)


def test_an_instructors_label_is_refused_when_it_would_be_hard_to_see():
    assert contrast_ratio(INK, custom_label("spin", "Spin", "x", "#332288").background) >= TEXT_CONTRAST
    with pytest.raises(ValueError, match="4.5:1"):
        custom_label("spin", "Spin", "x", "#332288", background="#444444")
    with pytest.raises(ValueError, match="a darker shade such as #"):
        custom_label("sun", "Sun", "x", "#FFFF00")


# ----- the widgets' CSS -------------------------------------------------------------------------------

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_INLINE = re.compile(r"<(\w+)\b[^>]*?\bstyle=\"([^\"]*)\"[^>]*>(.*?)</\1>", re.S)
_HEXCOLOUR = re.compile(r"^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$")


def _expand(colour: str) -> str:
    colour = colour.strip()
    return "#" + "".join(c * 2 for c in colour[1:]) if len(colour) == 4 else colour


def _declarations(body: str) -> dict[str, str]:
    out = {}
    for part in body.split(";"):
        if ":" in part:
            name, value = part.split(":", 1)
            out[name.strip().lower()] = value.strip()
    return out


def _colour_of(value: str | None, variables: dict[str, str]) -> str | None:
    """A literal colour, "theme" for a theme variable, None when unset or not a plain colour."""
    if value is None:
        return None
    value = value.replace("!important", "").strip()
    match = re.match(r"var\((--[\w-]+)(?:,\s*(.+))?\)$", value)
    if match:
        if match.group(1) in variables:
            return _colour_of(variables[match.group(1)], variables)
        return "theme" if match.group(1).startswith("--jp-") else None
    if value.split()[0] in ("white", "#fff", "#ffffff"):
        return "#ffffff"
    first = value.split()[0]
    return _expand(first) if _HEXCOLOUR.match(first) else None


def _problems(where: str, selector: str, body: str, variables: dict[str, str], page: str | None,
              has_text: bool = True) -> list[str]:
    rules = _declarations(body)
    background = _colour_of(rules.get("background-color") or rules.get("background"), variables)
    text = _colour_of(rules.get("color"), variables)
    if background in (None, "theme"):
        background = page  # the widget's own page, if it draws one; otherwise the theme's background
    problems = []
    if background not in (None, "theme") and has_text:
        if text is None:
            text = INK if page is not None else None
        if text is None:
            problems.append(f"{where} {selector}: background {background} without a text colour")
        elif text == "theme":
            problems.append(f"{where} {selector}: the theme's text colour on the fixed background {background}")
        elif contrast_ratio(text, background) < TEXT_CONTRAST:
            problems.append(f"{where} {selector}: {text} on {background} is "
                            f"{contrast_ratio(text, background):.2f}:1")
    elif background in (None, "theme") and text not in (None, "theme"):
        problems.append(f"{where} {selector}: fixed text colour {text} on the theme's background")
    return problems


def _check_css(where: str, css: str, page: str | None = None) -> list[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    variables = {}
    for _, body in _RULE.findall(css):
        for name, value in _declarations(body).items():
            if name.startswith("--"):
                variables[name] = value
    problems = []
    for selector, body in _RULE.findall(css):
        selector = " ".join(selector.split())
        if selector.startswith("@"):
            continue
        problems.extend(_problems(where, selector, body, variables, page))
    return problems


def _check_html(where: str, html: str) -> list[str]:
    problems = []
    for css in re.findall(r"<style>(.*?)</style>", html, flags=re.S):
        problems.extend(_check_css(where, css))
    for tag, style, inner in _INLINE.findall(html):
        text = re.sub(r"<[^>]+>", "", inner).strip()
        problems.extend(_problems(where, f"<{tag} style>", style, {}, None, has_text=bool(text)))
    return problems


def _widget_html(widget) -> list[str]:
    """Every HTML string a widget tree shows (HTML widgets and live regions)."""
    found = []
    value = getattr(widget, "value", None)
    if isinstance(value, str) and "<" in value:
        found.append(value)
    for child in getattr(widget, "children", ()):
        found.extend(_widget_html(child))
    return found


@pytest.fixture(scope="module")
def drawn_widgets(sample, tmp_path_factory):
    """Each widget drawn for the sample, after use where use adds markup."""
    with pytest.MonkeyPatch.context() as patch:  # saves go to a folder of their own, for this module only
        patch.setenv("TOOLKIT_WORK_DIR", str(tmp_path_factory.mktemp("work")))
        yield _draw(sample)


def _draw(sample):
    from toolkit.render.figures import figure_html
    from toolkit.readability.figure import readability_figure
    from toolkit.widgets.article_anatomy import article_anatomy
    from toolkit.widgets.annotate import annotate
    from toolkit.widgets.loaded_highlighter import loaded_highlighter
    from toolkit.widgets.readability_explorer import formula_table_html, readability_explorer
    from toolkit.widgets.rewrite_activity import rewrite_activity
    from toolkit.widgets.sorting_activity import sorting_activity
    from toolkit.widgets.who_is_speaking import who_is_speaking

    sorting = sorting_activity(sample, "body", student="palette")
    sorting.rows["s16"].toggle.value = "attributed"
    sorting.rows["s20"].toggle.value = "fact"
    sorting.check()
    rewrite = rewrite_activity(sample)
    rewrite.textarea.value = "Turkey bought Chinese military hardware."
    rewrite.check()
    fallback = annotate(sample, student="palette", fallback=True)
    fallback.choose("s2", "opinion")
    highlighter = loaded_highlighter(sample, chart=False)
    from toolkit.exercises import Exercise
    from toolkit.widgets.article_report import article_report

    exercise = Exercise("05-fact-or-opinion", student="palette")
    question = exercise.show("q1")
    question.check()
    question.show_hint()
    return {
        "part report": article_report(sample),
        "exercise question": question,
        "exercise article": exercise.show_article(),
        "exercise scoreboard": exercise.scoreboard(),
        "anatomy": article_anatomy(sample),
        "readability explorer": readability_explorer(sample),
        "formula table": formula_table_html(),
        "figure": figure_html(b"png", "alt", "caption"),
        "readability figure": readability_figure(sample)._repr_html_(),
        "loaded highlighter": highlighter,
        "rewrite": rewrite,
        "sorting": sorting,
        "voices": who_is_speaking(sample),
        "sentence annotator": fallback,
    }


def test_no_widget_puts_text_where_a_theme_can_make_it_unreadable(drawn_widgets):
    problems = []
    for name, widget in drawn_widgets.items():
        for html in ([widget] if isinstance(widget, str) else _widget_html(widget)):
            problems.extend(_check_html(name, html))
    problems.extend(_check_css("label_css", label_css()))
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("sheet", ["choices.css", "live.css"])
def test_the_custom_controls_take_their_colours_from_the_theme(sheet):
    assert not _check_css(sheet, (STATIC / sheet).read_text(encoding="utf-8"))


def test_the_annotator_draws_its_own_white_page_with_dark_text():
    css = (STATIC / "annotator.css").read_text(encoding="utf-8")
    assert re.search(r"\.tk-ann \{[^}]*background: #ffffff", css)
    assert not _check_css("annotator.css", css, page="#ffffff")


def test_the_checker_catches_what_it_is_for():
    assert _check_css("x", ".a{background:#fff3cd}")  # light background, theme text
    assert _check_css("x", ".a{color:#444}")  # dark text on whatever the theme's background is
    assert _check_css("x", ".a{background:#f4f5f7;color:var(--jp-content-font-color1)}")
    assert _check_css("x", ".a{background:#ffffff;color:#999999}")  # too pale
    assert not _check_css("x", ".a{background:#fff3cd;color:#1b1b1b}.b{color:var(--jp-content-font-color2)}")


# ----- JupyterLab's own themes --------------------------------------------------------------------------

def _theme_variables(theme: str) -> dict[str, str]:
    path = (Path(sys.prefix) / "share" / "jupyter" / "lab" / "themes" / "@jupyterlab" / f"theme-{theme}-extension"
            / "index.css")
    if not path.exists():
        pytest.skip(f"JupyterLab's {theme} theme is not installed here")
    css = path.read_text(encoding="utf-8")
    return dict(re.findall(r"(--[\w-]+)\s*:\s*([^;}]+)", css))


def _resolve(variables: dict[str, str], name: str) -> tuple[str, float]:
    value = variables[name].strip()
    while value.startswith("var("):
        inner = re.match(r"var\((--[\w-]+)(?:,\s*([^)]+))?\)", value)
        value = variables.get(inner.group(1), inner.group(2) or "").strip()
    if value == "white":
        return "#ffffff", 1.0
    match = re.match(r"rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)", value)
    if match:
        red, green, blue, alpha = match.groups()
        return "#" + "".join(f"{int(c):02x}" for c in (red, green, blue)), float(alpha)
    return _expand(value), 1.0


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("text, background, needed", [
    ("--jp-content-font-color1", "--jp-layout-color0", TEXT_CONTRAST),  # theme.TEXT
    ("--jp-content-font-color2", "--jp-layout-color0", TEXT_CONTRAST),  # theme.MUTED (help lines, places)
    ("--jp-ui-font-color1", "--jp-layout-color2", TEXT_CONTRAST),  # a ChoiceGroup's buttons
    ("--jp-brand-color1", "--jp-layout-color0", LINE_CONTRAST),  # the focus ring
    ("--jp-ui-font-color1", "--jp-layout-color0", LINE_CONTRAST),  # the chosen button's border
])
def test_the_theme_colours_the_widgets_use_are_readable_in_light_and_dark(theme, text, background, needed):
    variables = _theme_variables(theme)
    back, _ = _resolve(variables, background)
    front, alpha = _resolve(variables, text)
    seen = blend(front, alpha, back)
    assert contrast_ratio(seen, back) >= needed, f"{theme}: {text} on {background}"
