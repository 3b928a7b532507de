"""Building notebooks with nbformat: one lesson anatomy for built-in and generated lessons.

Lessons and exercise notebooks are generated from Python builders so their structure stays
the same everywhere (questions and objectives first, instructor notes tagged apart) and so
they are always stored clean: no outputs, no execution counts, a `python3` kernelspec.
Cells tagged `instructor` hold notes for teachers; the student build leaves them out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from toolkit.storage.store import atomic_write_text

INSTRUCTOR_TAG = "instructor"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def _tagged(cell, instructor: bool):
    if instructor:
        cell.metadata["tags"] = [INSTRUCTOR_TAG]
    return cell


def markdown(text: str, *, instructor: bool = False):
    """A Markdown cell; `instructor=True` tags it as a teacher's note."""
    from nbformat.v4 import new_markdown_cell

    return _tagged(new_markdown_cell(text.strip("\n")), instructor)


def code(text: str, *, instructor: bool = False):
    """A code cell (stored without outputs); `instructor=True` tags it as a teacher's cell."""
    from nbformat.v4 import new_code_cell

    return _tagged(new_code_cell(text.strip("\n")), instructor)


def notebook(cells: Iterable, **metadata):
    """A notebook with the project's kernelspec and any extra metadata (e.g. `toolkit={...}`)."""
    from nbformat.v4 import new_notebook

    nb = new_notebook(cells=list(cells))
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata.update(metadata)
    return nb


def is_instructor_cell(cell) -> bool:
    return INSTRUCTOR_TAG in cell.get("metadata", {}).get("tags", [])


def without_instructor_cells(nb):
    """A copy of a notebook with the instructor-tagged cells removed (the student build)."""
    import copy

    student = copy.deepcopy(nb)
    student.cells = [cell for cell in student.cells if not is_instructor_cell(cell)]
    return student


def clean(nb):
    """Strip outputs and execution counts in place, and return the notebook."""
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def render(nb) -> str:
    """The notebook's file content, as written by `write`."""
    import nbformat

    return nbformat.writes(clean(nb)) + "\n"


def write(nb, path: Path) -> bool:
    """Write a notebook (clean) if its content changed; return whether the file changed."""
    path = Path(path)
    content = render(nb)
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    atomic_write_text(path, content, mode=0o644)
    return True


def is_current(nb, path: Path) -> bool:
    """True when `path` holds exactly what `write(nb, path)` would write (for tests of builders)."""
    path = Path(path)
    return path.exists() and path.read_text(encoding="utf-8") == render(nb)
