"""Where things live and how they are saved: project folders, students' work folders, atomic files, offline data.

Modules: `paths` (the project's folders), `store` (work folders, student names, the one
atomic writer, damaged files set aside), `offline` (NLTK data from installed packages).
"""

from __future__ import annotations

from toolkit.storage.paths import project_root, sample_article_path, seed_dir
from toolkit.storage.store import (atomic_write_bytes, atomic_write_json, atomic_write_text, current_student, read_json,
                                   student_dir)

__all__ = ["atomic_write_bytes", "atomic_write_json", "atomic_write_text", "current_student", "project_root", "read_json", "sample_article_path",
           "seed_dir", "student_dir"]
