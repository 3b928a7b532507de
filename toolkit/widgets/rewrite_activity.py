"""The neutral-rewrite activity: rewrite a loaded paragraph and see what changed.

A thin view over `toolkit.loaded.rewrite_comparison.compare_rewrite`: the original paragraph with its loaded
words highlighted, a text area for the student's version, and after "Check my rewrite" the
loaded words before and after, the facts kept or lost, and the change in readability.
"""

from __future__ import annotations

from toolkit.analysis.article_analysis import analysis_of
from toolkit.article.model import Article
from toolkit.loaded import detect
from toolkit.render.html import escape
from toolkit.loaded.rewrite_comparison import RewriteComparison, compare_rewrite
from toolkit.widgets.live import live_region
from toolkit.widgets.loaded_highlighter import highlighted_html
from toolkit.render.theme import keyboard_help
from toolkit.widgets.stopped_kernel import tool


def pick_paragraph(article: Article, block: int | None = None) -> str:
    """The text of one paragraph: `block` if given, else the paragraph with the most loaded words per word."""
    if block is not None:
        if not 0 <= block < len(article.blocks):
            raise ValueError(f"block {block}: this article has blocks 0 to {len(article.blocks) - 1}")
        return article.blocks[block].text
    paragraphs = article.blocks_of_kind("paragraph")
    if not paragraphs:
        raise ValueError("this article has no paragraphs to rewrite")
    spans = analysis_of(article).loaded

    def loadedness(b) -> float:
        return sum(1 for s in spans if s.block == b.index) / max(1, len(b.text.split()))

    return max(paragraphs, key=loadedness).text


def comparison_html(result: RewriteComparison) -> str:
    """The result of a check, in words and two highlighted versions."""
    return feedback_html(result) + details_html(result)


def feedback_html(result: RewriteComparison) -> str:
    """What a check says, in a few sentences (read out by screen readers)."""
    if not result.rewrite.strip():
        return "<p>" + escape(" ".join(result.warnings) or "Write your rewrite first.") + "</p>"
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in result.feedback()) + "</ul>"


def details_html(result: RewriteComparison) -> str:
    """The measures before and after, and the rewrite with any loaded words still marked."""
    if not result.rewrite.strip():
        return ""
    rows = []
    if result.readability_before and result.readability_after:
        b, a = result.readability_before, result.readability_after
        rows.append(f"<tr><th scope='row'>Reading grade (Flesch-Kincaid)</th><td>{b.flesch_kincaid_grade:.1f}</td>"
                    f"<td>{a.flesch_kincaid_grade:.1f}</td><td>lower is easier</td></tr>")
        rows.append(f"<tr><th scope='row'>Reading ease (Flesch)</th><td>{b.flesch_reading_ease:.1f}</td>"
                    f"<td>{a.flesch_reading_ease:.1f}</td><td>higher is easier</td></tr>")
    rows.insert(0, f"<tr><th scope='row'>Loaded words or phrases</th><td>{result.loaded_before}</td>"
                   f"<td>{result.loaded_after}</td><td>fewer is more neutral</td></tr>")
    honest = sum(1 for c in result.claims if c.honest)
    rows.insert(1, f"<tr><th scope='row'>Claims kept, and kept honest</th><td>{len(result.claims)}</td>"
                   f"<td>{honest}</td><td>keep them all, without stating a guess as fact</td></tr>")
    table = ("<table class='tk-loaded-table'><caption>Your rewrite compared with the original</caption>"
             "<thead><tr><th scope='col'>Measure</th><th scope='col'>Original</th><th scope='col'>Yours</th>"
             f"<th scope='col'>Aim</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    after = highlighted_html(result.rewrite, result.after)
    return f"{table}<p><b>Your version, with any loaded words still marked:</b></p>{after}"


@tool("The rewrite tool")
def rewrite_activity(source: Article | str, *, block: int | None = None, rows: int = 6):
    """Show a paragraph's loaded words, take the student's rewrite, and compare the two on request."""
    import ipywidgets as widgets

    original = pick_paragraph(source, block) if isinstance(source, Article) else source
    spans = detect(original)
    shown = widgets.HTML(
        f"<p><b>The original paragraph</b> ({len(spans)} loaded words or phrases marked):</p>"
        + highlighted_html(original, spans)
        + keyboard_help("[Tab] to the box and type your version",
                        "[Tab] to Check my rewrite and press [Enter]; the result is read out"))
    box = widgets.Textarea(
        value="", placeholder="Write the same claims in neutral words here.",
        description="Your rewrite:", rows=rows, style={"description_width": "initial"},
        layout=widgets.Layout(width="min(100%, 52em)"))
    check = widgets.Button(description="Check my rewrite", button_style="primary", icon="check",
                           tooltip="compare your rewrite with the original", layout=widgets.Layout(width="max-content"))
    result = live_region(name="What the check found")
    details = widgets.HTML()

    def on_check(_=None) -> None:
        comparison = compare_rewrite(original, box.value)
        result.say_html(feedback_html(comparison))
        details.value = details_html(comparison)

    check.on_click(on_check)
    activity = widgets.VBox([shown, box, check, result, details], layout=widgets.Layout(max_width="56em"))
    activity.add_class("tk-widget")
    activity.result, activity.details = result, details
    activity.check = on_check  # so a notebook or a test can run the check without a click
    activity.textarea = box
    return activity
