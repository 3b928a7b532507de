"""The handouts as HTML pages: every piece of text escaped, laid out for paper (A4, black on white).

Each function takes what the notebooks take (an `Article`, a lesson source) and returns one
complete HTML document, so the same facts reach paper and screen from one source: paragraph
numbers from `toolkit.article.places`, labels from `toolkit.annotation.labels`, leads from the
article's caption, credit line and the sources `toolkit.claims` finds, tasks and rubrics from
the lesson's Markdown.
"""

from __future__ import annotations

from typing import Iterable

from toolkit.article.model import Article
from toolkit.render.html import escape
from toolkit.render.theme import print_style

def document(title: str, body: str) -> str:
    """A whole HTML page with the print CSS; `title` is escaped here, `body` must already be."""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f"{print_style()}\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _lines(count: int) -> str:
    return "".join('<div class="lines"></div>' for _ in range(count))


def article_page(article: Article) -> str:
    """The article as students see it, every paragraph numbered as in the notebooks' feedback."""
    from toolkit.article.places import paragraph_numbers

    numbers = paragraph_numbers(article)
    short = {"list_item": "list", "caption": "photo", "credit": "credit", "boilerplate": "site", "heading": "head"}
    rows = []
    title = article.title or article.slug or "Article"
    for block in article.blocks:
        if block.kind == "title":
            continue
        if block.index in numbers:
            marker = f'<span class="num" aria-label="paragraph {numbers[block.index]}">{numbers[block.index]}</span>'
        else:
            marker = f'<span class="kind">{escape(short.get(block.kind, block.kind))}</span>'
        rows.append(f'<div class="block">{marker}<span>{escape(block.text)}</span></div>')
    body = (f"<h1>{escape(title)}</h1>\n"
            '<p class="meta">Numbers in the margin are paragraph numbers, as the notebooks use them. '
            "Other lines are marked with their kind: list, photo caption, credit, site text.</p>\n" + "\n".join(rows)
            + _source_note(article))
    return document(f"Article: {title}", body)


def _source_note(article: Article) -> str:
    """Where the text comes from and under what licence, from its metadata: a reprint carries its credit."""
    meta = article.metadata
    parts = [f"{label}: {meta[key]}" for key, label in (("outlet", "Source"), ("date", "Published"),
                                                         ("url", "Address"), ("license", "Licence"))
             if isinstance(meta.get(key), str) and meta[key].strip()]
    return f'\n<p class="meta source">{escape(". ".join(parts))}.</p>' if parts else ""


_COUNT_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def label_card_page() -> str:
    """The labels students mark with: letter, name, meaning, and the sentence labels of the sorting task."""
    from toolkit.annotation.labels import LABELS, SENTENCE_LABELS

    rows = "".join(f'<tr><td><span class="badge">{escape(label.badge)}</span></td><td>{escape(label.title)}</td>'
                   f"<td>{escape(label.definition)}</td><td>{escape(label.key)}</td></tr>"
                   for label in LABELS.values())
    sorting_titles = [escape(LABELS[name].title) for name in SENTENCE_LABELS if name in LABELS]
    sorting = ", ".join(sorting_titles)
    how_many = _COUNT_WORDS.get(len(sorting_titles), str(len(sorting_titles)))
    body = ("<h1>Label card</h1>\n"
            "<table><thead><tr><th>letter</th><th>label</th><th>what it means</th><th>key</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>\n"
            f"<p>Sorting sentences uses {how_many} of them: {sorting}. A line that says nothing about the world "
            "(a menu, a credit, a byline) makes no claim.</p>\n"
            "<h2>Ask of every part</h2><p><b>Who is speaking here, and how do they know?</b></p>")
    return document("Label card", body)


def planner_leads(article: Article) -> list[str]:
    """What the page itself gives a lateral reader to check: caption, credit line, the sources it names."""
    from toolkit.claims.sentence_labels import label_sentences

    leads = [f"The photo: {block.text}" for block in article.blocks if block.kind == "caption"]
    leads += [f"The credit line: {block.text}" for block in article.blocks if block.kind == "credit"]
    sources = sorted({label.source for label in label_sentences(article) if label.source})
    leads += [f"A source the story names: {source}" for source in sources if not source.startswith("unnamed")]
    return leads


def lateral_planner_page(article: Article, searches: Iterable[str] = ()) -> str:
    """The lateral-reading planner: each lead the page gives, where to look, what to search, what was found."""
    rows = "".join(f'<tr><td>{escape(lead)}</td><td class="blank"></td><td class="blank"></td>'
                   '<td class="blank"></td></tr>' for lead in planner_leads(article))
    rows += '<tr><td class="blank"></td><td></td><td></td><td></td></tr>' * 2
    tips = "".join(f"<li>{escape(tip)}</li>" for tip in searches)
    body = (f"<h1>Lateral-reading planner</h1>\n<p class=\"meta\">For: {escape(article.title or '')}</p>\n"
            "<p>Leave the page to check it. For each lead, write where you would look (not the page itself), "
            "what you would search for, and what you found, with the source and its date.</p>\n"
            "<table class=\"planner\"><thead><tr><th>lead from the page</th><th>where I would look</th><th>what I would search for"
            "</th><th>what I found (who, when)</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>\n"
            + (f"<h2>Searches that help</h2><ul>{tips}</ul>\n" if tips else "")
            + "<h2>When was this?</h2><p>The date of the article: ______________ &nbsp; How do I know? "
              "______________________________</p>")
    return document("Lateral-reading planner", body)


def exit_ticket_page(source) -> str:
    """One lesson's exit ticket, twice on a page (cut along the dashes): its questions to answer in a sentence."""
    prompts = list(source.meta.get("exit_ticket") or source.meta["questions"])
    heading = (f"Lesson {source.number}: {source.title}" if source.number is not None else source.title)
    items = "".join(f"<li>{escape(prompt)}{_lines(2)}</li>" for prompt in prompts)
    ticket = (f'<div class="ticket"><h2>Exit ticket: {escape(heading)}</h2>'
              "<p>Name: ______________________</p>"
              f"<ol>{items}</ol><p>One thing I am still unsure about:</p>{_lines(1)}</div>")
    return document(f"Exit ticket: {heading}", ticket * 2)


def rubrics_page(sources: list) -> str:
    """Every written task's rubric, lesson by lesson, for grading `written.csv` from the gradebook."""
    import re

    from toolkit.notebooks.markdown_lessons import Node, written_parts

    def walk(nodes):
        for node in nodes:
            if node.kind == "directive" and node.name == "written":
                yield node
            yield from walk(node.children)

    sections = []
    for source in sources:
        tasks = list(walk(source.body))
        if not tasks:
            continue
        heading = f"Lesson {source.number}: {source.title}" if source.number is not None else source.title
        parts = [f"<h2>{escape(heading)}</h2>"]
        for task in tasks:
            prompt, rubric = written_parts(task)
            prompt_text = " ".join(n.text for n in prompt if isinstance(n, Node) and n.kind == "markdown")
            prompt_text = re.sub(r"[*_`#]", "", prompt_text)
            lines = [re.sub(r"[*_`]", "", line) for line in (rubric.text.splitlines() if rubric else [])]
            body = "<br>".join(escape(line) for line in lines if line.strip())
            parts.append(f"<h3>{escape(task.argument)}</h3><p class=\"note\">{escape(prompt_text)}</p><p>{body}</p>")
        sections.append("\n".join(parts))
    body = ("<h1>Rubrics for the written tasks</h1>\n<p class=\"meta\">Teacher's copy. Students' answers are in "
            "<code>written.csv</code> of the gradebook (python -m toolkit gradebook FOLDER).</p>\n" + "\n".join(sections))
    return document("Rubrics", body)


def glossary_page(article: Article, path) -> str:
    """The background card for an article: a few terms a 14-year-old may not know, in plain words."""
    import yaml
    from pathlib import Path

    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    rows = "".join(f"<tr><th scope=\"row\">{escape(str(entry['term']))}</th><td>{escape(' '.join(str(entry['meaning']).split()))}</td></tr>"
                   for entry in data.get("terms", []))
    body = (f"<h1>Background card</h1>\n<p class=\"meta\">For: {escape(article.title or '')}. "
            f"{escape(' '.join(str(data.get('notice', '')).split()))}</p>\n"
            f"<table><tbody>{rows}</tbody></table>")
    return document("Background card", body)
