"""Writing the handouts into `docs/handouts/` (HTML always; PDF with `pdf=True` when WeasyPrint is installed).

The HTML is what `python -m toolkit build --check` compares, like the notebooks. PDFs are print
copies made from that HTML; they are not compared (a PDF holds its creation time), and they are
only made on request, because the engine is an optional extra.
"""

from __future__ import annotations

from pathlib import Path

HANDOUTS_DIR = Path("docs") / "handouts"


def pdf_engine():
    """WeasyPrint's `HTML` class when it is installed and its system libraries load, else None."""
    try:
        from weasyprint import HTML
    except Exception:  # ImportError, or OSError when Pango is missing
        return None
    return HTML


def handout_pages(root: Path) -> dict[str, str]:
    """File name -> HTML of every handout of the project at `root`."""
    from toolkit.article.model import load_article
    from toolkit.handouts.easier_reading import easier_reading_page, load_retelling, retelling_path
    from toolkit.handouts.pages import (article_page, exit_ticket_page, glossary_page, label_card_page,
                                        lateral_planner_page, rubrics_page)
    from toolkit.lateral.evidence import load_pack, pack_path
    from toolkit.notebooks.markdown_lessons import lesson_sources, read_lesson

    root = Path(root)
    pages = {"label-card.html": label_card_page()}
    for seed in sorted(p for p in (root / "seeds").iterdir() if p.is_dir() and (p / "metadata.yaml").is_file()):
        article = load_article(seed)
        pages[f"article-{seed.name}.html"] = article_page(article)
        if pack_path(seed).is_file():
            pack = load_pack(seed)
            searches = [f"{s.lead}: {s.search}" for s in pack.searches]
            pages[f"lateral-planner-{seed.name}.html"] = lateral_planner_page(article, searches)
        if (seed / "evidence" / "glossary.yaml").is_file():
            pages[f"glossary-{seed.name}.html"] = glossary_page(article, seed / "evidence" / "glossary.yaml")
        if retelling_path(seed).is_file():
            pages[f"easier-reading-{seed.name}.html"] = easier_reading_page(
                article, load_retelling(retelling_path(seed), article))
    sources = [read_lesson(path) for path in lesson_sources(root)]
    for source in sources:
        pages[f"exit-ticket-{source.stem}.html"] = exit_ticket_page(source)
    pages["rubrics.html"] = rubrics_page(sources)
    return pages


def build_handouts(root: Path, report, write_or_check, *, check: bool = False, pdf: bool = False) -> list[str]:
    """Write (or compare) every handout with the build's `write_or_check(report, path, text, check)`; with `pdf`,
    also PDF copies. Returns notes for the build's report."""
    _write_or_check = write_or_check
    root = Path(root)
    folder = root / HANDOUTS_DIR
    pages = handout_pages(root)
    for name, html in pages.items():
        _write_or_check(report, folder / name, html, check)
    if not pdf or check:
        return []
    engine = pdf_engine()
    if engine is None:
        return ["no PDF engine: install the print extra (pip install -e '.[print]'), or print the HTML handouts "
                "from a browser (they have print styles)"]
    for name, html in pages.items():
        target = folder / "pdf" / name.replace(".html", ".pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        engine(string=html, base_url=str(folder)).write_pdf(str(target))
        report.written.append(target)
    return []
