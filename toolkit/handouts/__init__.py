"""Printable handouts built from the same sources as the notebooks (`python -m toolkit build`).

`pages` makes each page as escaped HTML with print CSS (the article with paragraph numbers,
the label card, the lateral-reading planner, an exit ticket per lesson, the rubrics; `easier_reading`
the retelling for weaker readers, marked as written for the course);
`build` writes them to `docs/handouts/` and, when WeasyPrint is installed (the `print` extra),
PDF copies.
"""

from __future__ import annotations

from toolkit.handouts.easier_reading import easier_reading_page, load_retelling
from toolkit.handouts.handout_files import HANDOUTS_DIR, build_handouts, handout_pages, pdf_engine
from toolkit.handouts.pages import (article_page, exit_ticket_page, label_card_page, lateral_planner_page,
                                    rubrics_page)

__all__ = ["HANDOUTS_DIR", "article_page", "build_handouts", "easier_reading_page", "load_retelling", "exit_ticket_page", "handout_pages",
           "label_card_page", "lateral_planner_page", "pdf_engine", "rubrics_page"]
