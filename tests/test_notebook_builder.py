"""The notebook builder: clean notebooks, instructor cells tagged and removable."""

from __future__ import annotations

import json

from toolkit import notebooks


def test_built_notebook_is_clean_and_has_the_kernelspec(tmp_path):
    nb = notebooks.notebook([notebooks.markdown("# Title"), notebooks.code("x = 1"),
                             notebooks.markdown("Teacher's note", instructor=True)])
    path = tmp_path / "lesson.ipynb"
    assert notebooks.write(nb, path) is True
    assert notebooks.write(nb, path) is False  # unchanged content is not rewritten
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["metadata"]["kernelspec"]["name"] == "python3"
    code = [c for c in stored["cells"] if c["cell_type"] == "code"]
    assert code[0]["outputs"] == [] and code[0]["execution_count"] is None
    assert notebooks.is_current(nb, path)


def test_student_copy_leaves_instructor_cells_out():
    nb = notebooks.notebook([notebooks.markdown("For students"), notebooks.code("secret = 1", instructor=True)])
    student = notebooks.without_instructor_cells(nb)
    assert [c.source for c in student.cells] == ["For students"]
    assert len(nb.cells) == 2  # the original is untouched
