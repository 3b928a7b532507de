"""Written answers: what students type in a lesson's answer boxes, saved in their work folder.

`answers` holds the pure part (the file format, reading and saving through
`toolkit.storage.store`); the widget is `toolkit.widgets.written_answer`, and the gradebook
collects the files with `toolkit.authoring.written_answers`.
"""

from __future__ import annotations

from toolkit.written.answers import (WRITTEN_FORMAT, WRITTEN_FOLDER, WrittenAnswer, load_answers, save_answer,
                                     written_path)

__all__ = ["WRITTEN_FORMAT", "WRITTEN_FOLDER", "WrittenAnswer", "load_answers", "save_answer", "written_path"]
