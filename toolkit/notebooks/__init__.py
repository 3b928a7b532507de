"""Lesson and exercise notebooks: the builder with one anatomy, and the accessibility checks of their Markdown.

`builder` holds the cell helpers (re-exported here, so `from toolkit import notebooks` then
`notebooks.markdown(...)`); `accessibility` checks headings, alt text and link text.
"""

from __future__ import annotations

from toolkit.notebooks.builder import (INSTRUCTOR_TAG, KERNELSPEC, clean, code, is_current, is_instructor_cell,
                                       markdown, notebook, render, without_instructor_cells, write)

__all__ = ["INSTRUCTOR_TAG", "KERNELSPEC", "clean", "code", "is_current", "is_instructor_cell", "markdown",
           "notebook", "render", "without_instructor_cells", "write"]
