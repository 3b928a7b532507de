"""The loaded-language highlighter: an article with every loaded word coloured by category.

A thin view over `toolkit.loaded`: it draws the spans `detect` found, lets the student
switch categories on and off, and explains the span they choose from the numbered list
(why it is loaded, the evidence, neutral alternatives). Each highlight carries its number
and category in text as well as colour, so nothing depends on telling colours apart; the
list and buttons are real form controls, reachable with the keyboard.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from toolkit.article.model import Article
from toolkit.loaded import CATEGORIES, LoadedSpan, density, detect
from toolkit.loaded.categories import Category, custom_category
from toolkit.loaded.lexicon import Lexicon
from toolkit.render.article_html import render_article
from toolkit.render.html import Highlight, escape
from toolkit.render.theme import keyboard_help, style, tint_css
from toolkit.widgets.stopped_kernel import tool

#: Words for a span's strength, so students do not read decimals.
STRENGTH_WORDS = ((0.7, "strong"), (0.45, "medium"), (0.0, "mild"))
_EVIDENCE = {"lexicon": "the toolkit's word list", "sentiment": "a sentiment dictionary (VADER)",
             "context": "a rule about context"}


def strength_word(strength: float) -> str:
    return next(word for limit, word in STRENGTH_WORDS if strength >= limit)


def category_of(name: str, lexicon: Lexicon | None = None) -> Category:
    if lexicon is not None:
        return lexicon.category(name)
    return CATEGORIES.get(name) or custom_category(name)


def loaded_css(categories: Iterable[Category]) -> str:
    """The stylesheet with each category's tint and underline (the instructor's own categories too)."""
    return style(tint_css("tk-loaded", categories))


def highlighted_html(source: Article | str, spans: Sequence[LoadedSpan], *, shown: Iterable[str] | None = None,
                     selected: int | None = None, lexicon: Lexicon | None = None) -> str:
    """Escaped HTML of the text with each shown span marked, numbered and labelled by category.

    `shown` limits the categories drawn (default: all); `selected` is the index of the span
    to outline. Span numbers follow the order of `spans`, starting at 1.
    """
    visible = None if shown is None else set(shown)
    highlights = []
    for number, span in enumerate(spans, start=1):
        if visible is not None and span.category not in visible:
            continue
        category = category_of(span.category, lexicon)
        classes = ["tk-loaded", f"tk-loaded-{span.category}"] + (["tk-selected"] if selected == number - 1 else [])
        voice = " (quoted)" if span.voice == "quoted" else ""
        highlights.append(Highlight(
            span.start, span.end, classes,
            title=f"{number}. {category.title}{voice}: {span.why}",
            data={"span": str(number), "category": span.category},
            label=f"{number} {category.badge}",
        ))
    categories = {s.category: category_of(s.category, lexicon) for s in spans}
    css = loaded_css(categories.values())
    return css + render_article(source, highlights=highlights, where="none", classes=["tk-loaded-article"])


def span_details_html(span: LoadedSpan, number: int, lexicon: Lexicon | None = None) -> str:
    """Everything about one span, in words: category, strength, why, evidence, alternatives."""
    category = category_of(span.category, lexicon)
    voice = ("<p><b>Whose words?</b> Inside a quotation: the person quoted chose them, the writer reports them.</p>"
             if span.voice == "quoted" else "<p><b>Whose words?</b> The writer's own.</p>")
    if span.alternatives:
        items = "".join(f"<li>{escape(a)}</li>" for a in span.alternatives)
        alternatives = f"<p><b>Neutral alternatives:</b></p><ul>{items}</ul>"
    else:
        alternatives = "<p><b>Neutral alternatives:</b> none suggested; try a plainer word that says what happened.</p>"
    return (
        f'<div class="tk-loaded-detail"><p><b>{number}. \u201c{escape(span.text)}\u201d</b> \u2014 '
        f'{escape(category.title)} ({strength_word(span.strength)})</p>'
        f"<p>{escape(category.definition)}</p>"
        f"<p><b>Why:</b> {escape(span.why)}</p>"
        f"<p><b>Evidence:</b> {escape(_EVIDENCE.get(span.source, span.source))}</p>"
        f"{voice}{alternatives}</div>"
    )


def summary_html(source: Article | str, spans: Sequence[LoadedSpan], lexicon: Lexicon | None = None) -> str:
    """A table of categories (count, rate per 100 words, examples) and, for an article, of its parts."""
    rates = density(source, spans)
    rows = []
    for name, rate in rates.by_category.items():
        category = category_of(name, lexicon)
        examples = ", ".join(dict.fromkeys(f"\u201c{s.text}\u201d" for s in spans if s.category == name))
        rows.append(f'<tr><td><span class="tk-swatch" style="background:{category.background};'
                    f'border-color:{category.colour}" aria-hidden="true"></span>{escape(category.title)}</td>'
                    f"<td>{rate.spans}</td><td>{rate.per_100_words or 0:.1f}</td><td>{escape(examples[:160])}</td></tr>")
    if not rows:
        rows.append('<tr><td colspan="4">No loaded words found.</td></tr>')
    table = ('<table class="tk-loaded-table"><caption>Loaded language by category</caption>'
             '<thead><tr><th scope="col">Category</th><th scope="col">Spans</th>'
             '<th scope="col">Per 100 words</th><th scope="col">Examples</th></tr></thead>'
             f"<tbody>{''.join(rows)}</tbody></table>")
    if rates.by_part:
        part_rows = "".join(
            f"<tr><td>{escape(name)}</td><td>{rate.words}</td><td>{rate.spans}</td>"
            f"<td>{rate.per_100_words or 0:.1f}</td></tr>" for name, rate in rates.by_part.items())
        table += ('<table class="tk-loaded-table"><caption>Loaded language by part of the article</caption>'
                  '<thead><tr><th scope="col">Part</th><th scope="col">Words</th><th scope="col">Spans</th>'
                  f'<th scope="col">Per 100 words</th></tr></thead><tbody>{part_rows}</tbody></table>')
    warnings = "".join(f"<p>{escape(w)}</p>" for w in rates.warnings)
    return loaded_css(category_of(n, lexicon) for n in rates.by_category) + table + warnings


def category_counts(spans: Sequence[LoadedSpan]) -> dict[str, int]:
    """Spans per category, fewest first (the order the chart draws them, bottom to top)."""
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.category] = counts.get(span.category, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: item[1]))


def chart_alt_text(spans: Sequence[LoadedSpan], lexicon: Lexicon | None = None) -> str:
    """The bar chart in words: every category with its count, most first."""
    counts = category_counts(spans)
    if not counts:
        return "Bar chart of loaded language by category: no loaded words or phrases were found."
    items = ", ".join(f"{category_of(name, lexicon).title} {count}" for name, count in reversed(counts.items()))
    return (f"Horizontal bar chart of {sum(counts.values())} loaded words or phrases by category, "
            f"most first: {items}.")


def category_chart(spans: Sequence[LoadedSpan], lexicon: Lexicon | None = None, ax=None):
    """A horizontal bar chart of spans per category, bars hatched as well as coloured. Returns the figure.

    Each bar is named on its axis and labelled with its number, so no legend is matched by
    colour; `category_figure` gives the same chart with its alt text.
    """
    import matplotlib.pyplot as plt

    counts = category_counts(spans)
    names = list(counts)
    if ax is None:
        fig, ax = plt.subplots(figsize=(6.5, 0.45 * max(3, len(names)) + 1))
    else:
        fig = ax.figure
    hatches = ["", "//", "..", "xx", "\\\\", "--", "++", "oo", "||", "**"]
    for i, name in enumerate(names):
        category = category_of(name, lexicon)
        ax.barh(i, counts[name], color=category.background, edgecolor=category.colour, linewidth=1.5,
                hatch=hatches[i % len(hatches)])
        ax.text(counts[name] + 0.05, i, str(counts[name]), va="center")
    ax.set_yticks(range(len(names)), [category_of(n, lexicon).title for n in names])
    ax.set_xlabel("number of loaded words or phrases")
    ax.set_title("Loaded language by category" if names else "No loaded language found")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def category_figure(spans: Sequence[LoadedSpan], lexicon: Lexicon | None = None):
    """The bar chart with its alt text (`toolkit.render.figures.FigureWithAlt`): shows as an image, saves with `.alt.txt`."""
    from matplotlib.figure import Figure

    from toolkit.render.figures import FigureWithAlt

    names = category_counts(spans)
    figure = Figure(figsize=(6.5, 0.45 * max(3, len(names)) + 1))
    category_chart(spans, lexicon, ax=figure.add_subplot())
    return FigureWithAlt(figure, chart_alt_text(spans, lexicon), "Loaded language by category")


@tool("The loaded-language highlighter")
def loaded_highlighter(source: Article | str, *, lexicon: Lexicon | None = None,
                       spans: Sequence[LoadedSpan] | None = None, chart: bool = True):
    """The highlighter: category toggles, the highlighted text, a numbered span list with details, a summary."""
    import ipywidgets as widgets

    from toolkit.widgets.live import live_region

    if spans is not None:
        found = list(spans)
    elif isinstance(source, Article):
        from toolkit.analysis.article_analysis import analysis_of

        found = list(analysis_of(source, lexicon).loaded)
    else:
        found = detect(source, lexicon=lexicon)
    present = list(dict.fromkeys(s.category for s in sorted(found, key=lambda s: -s.strength)))
    toggles = []
    for name in present:
        category = category_of(name, lexicon)
        count = sum(1 for s in found if s.category == name)
        toggles.append(widgets.Checkbox(
            value=True, description=f"{category.title} ({count})", tooltip=category.definition, indent=False,
            layout=widgets.Layout(width="auto", margin="0 1.2em 0 0")))
    by_toggle = dict(zip(toggles, present))
    article_view = widgets.HTML()
    status = live_region(name="What is shown")
    options = [("Choose a loaded word to see why it is loaded", -1)] + [
        (f"{i}. \u201c{s.text}\u201d \u2014 {category_of(s.category, lexicon).title}", i - 1)
        for i, s in enumerate(found, start=1)]
    chooser = widgets.Dropdown(options=options, value=-1, description="Explain:",
                               layout=widgets.Layout(width="min(100%, 44em)"),
                               style={"description_width": "initial"})
    previous_button = widgets.Button(description="Previous", icon="arrow-left", tooltip="the loaded word before",
                                     layout=widgets.Layout(width="max-content"))
    next_button = widgets.Button(description="Next", icon="arrow-right", tooltip="the next loaded word",
                                 layout=widgets.Layout(width="max-content"))
    detail = live_region(name="Why it is loaded")

    def shown() -> list[str]:
        return [by_toggle[t] for t in toggles if t.value]

    def redraw(change=None) -> None:
        selected = chooser.value if chooser.value >= 0 else None
        article_view.value = highlighted_html(source, found, shown=shown(), selected=selected, lexicon=lexicon)
        visible = sum(1 for s in found if s.category in shown())
        status.say_html(f"<p>Showing {visible} of {len(found)} loaded words or phrases. Each is numbered, with "
                        "its kind in words after it; choose its number below to read why it is loaded.</p>")
        detail.say_html("" if selected is None else span_details_html(found[selected], selected + 1, lexicon))

    def step(offset: int) -> None:
        if not found:
            return
        current = chooser.value
        chooser.value = (current + offset) % len(found) if current >= 0 else (0 if offset > 0 else len(found) - 1)

    for toggle in toggles:
        toggle.observe(redraw, names="value")
    chooser.observe(redraw, names="value")
    previous_button.on_click(lambda _: step(-1))
    next_button.on_click(lambda _: step(1))
    redraw()

    summary = widgets.HTML(summary_html(source, found, lexicon))
    children = [
        widgets.HTML("<p><b>Show categories</b> (tick or untick one to show or hide it):</p>"
                     + keyboard_help("[Tab] to a category and [Space] to show or hide it",
                                     "[Tab] to the Explain menu and [\u2191] [\u2193] to choose a loaded word",
                                     "or [Tab] to Previous and Next and press [Enter]")),
        widgets.HBox(toggles, layout=widgets.Layout(flex_flow="row wrap")) if toggles else
        widgets.HTML("<p>No loaded words found.</p>"),
        status, article_view,
        widgets.HBox([chooser, previous_button, next_button], layout=widgets.Layout(flex_flow="row wrap")),
        detail, summary,
    ]
    if chart and found:
        children.append(widgets.HTML(category_figure(found, lexicon).html()))
    box = widgets.VBox(children, layout=widgets.Layout(max_width="56em"))
    box.add_class("tk-widget")
    return box
