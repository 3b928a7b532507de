"""The annotation widget narrowed to one passage and one label: the answer control of a span question.

`PassageAnnotator` is the full annotation widget (`toolkit.widgets.annotate`, the same
mouse and keyboard use, the same live announcements) showing only the passage a question is
about, with only the label it asks for. Its marks are not the student's lesson annotations:
an `ExerciseSpanSession` keeps them for the exercise (as the question's draft in the progress
file) and refuses marks outside the passage.

`PhraseList` is the fallback for notebook apps that cannot draw custom widgets: the passage
as text and a box to type the words found, one per line (the checker finds each in the
passage). It also suits students who prefer typing to selecting.
"""

from __future__ import annotations

from typing import Callable, Iterable

import ipywidgets as widgets

from toolkit.annotation.session import AnnotationSession
from toolkit.annotation.spans import Span, SpanError
from toolkit.article.model import Article
from toolkit.exercises.passages import Passage
from toolkit.render.article_html import render_article
from toolkit.widgets.annotate import Annotator


class ExerciseSpanSession(AnnotationSession):
    """Marks for one span question: one label, inside one passage, kept by the exercise (not the lesson's file)."""

    def __init__(self, article: Article, passage: Passage, label: str, spans: Iterable[tuple[int, int]] = (), *,
                 save: Callable[[list[dict]], object] | None = None, path=None):
        self.passage = passage
        self.question_label = label
        self._initial = tuple(spans)
        self._save_marks = save
        self._path = path
        self._setup(article, (), True)
        self.labels = {label: self.labels[label]}

    def _load(self):
        self.restored = None
        spans = tuple(Span.of(self.article, start, end, self.question_label) for start, end in self._initial)
        count = len(spans)
        notice = (f"Your {count} earlier mark{'s are' if count != 1 else ' is'} back." if count
                  else f"Mark words in {self.passage.place} only.")
        return spans, {}, notice, "info"

    def _write(self):
        if self._save_marks is not None:
            self._save_marks([{"start": s.start, "end": s.end} for s in self.spans])
        return self._path

    @property
    def path(self):
        return self._path or "this exercise's progress file"

    def replace_marks(self, spans: Iterable[tuple[int, int]]) -> None:
        """Put back marks saved earlier (those still inside the passage), without saving or undo history."""
        marks = []
        for start, end in spans:
            if 0 <= start < end <= len(self.article.text) and self.passage.contains(self.article, start, end):
                marks.append(Span.of(self.article, start, end, self.question_label))
        self._spans = marks
        self._tell(f"{len(marks)} earlier mark{'s' if len(marks) != 1 else ''} restored.")

    def add(self, start: int, end: int, label: str, note: str = "", *, snap: bool = False) -> Span:
        if snap:
            snapped = self.snap(start, end)
            if snapped is None:
                raise SpanError(f"span {start}-{end} holds no words")
            start, end = snapped
        if not self.passage.contains(self.article, start, end):
            raise SpanError(f"this question is about {self.passage.place}: mark words there only")
        return super().add(start, end, label, note)


class PassageAnnotator(Annotator):
    """The annotation widget showing one passage with one label."""

    def __init__(self, session: ExerciseSpanSession, **kwargs):
        super().__init__(session=session, **kwargs)
        ranges = [self._map.span_to_utf16(start, end) for start, end in session.passage.bounds(self.article)]

        def inside(start16: int) -> bool:
            return any(low <= start16 < high for low, high in ranges)

        def keep(flat: list[int]) -> list[int]:
            return [value for i in range(0, len(flat) - 1, 2) if inside(flat[i]) for value in flat[i:i + 2]]

        chosen = set(session.passage.blocks)
        with self.hold_sync():
            self.blocks = [block for block in self.blocks if block["index"] in chosen]
            self.words = keep(list(self.words))
            self.sentences = keep(list(self.sentences))

    @property
    def answer(self) -> list[dict]:
        return [{"start": s.start, "end": s.end} for s in self.session.spans]

    def __repr__(self) -> str:
        return ("<PassageAnnotator: if you see this line instead of the text, this notebook app cannot show the "
                "full widget; show the question with fallback=True to type the words instead.>")


class PhraseList(widgets.VBox):
    """The passage as text and a box for the words found, one per line (the fallback answer control)."""

    def __init__(self, article: Article, passage: Passage, label_title: str, phrases: Iterable[str] = ()):
        self.passage_view = widgets.HTML(render_article(article, blocks=passage.blocks, where="place",
                                                        classes=["tk-ex-passage"], label=passage.place))
        self.box = widgets.Textarea(
            value="\n".join(phrases), rows=6, continuous_update=False,
            description=f"{label_title}, one per line:", style={"description_width": "initial"},
            placeholder="Copy each word or phrase exactly as it is written, one per line",
            layout=widgets.Layout(width="100%", max_width="44em"))
        super().__init__([self.passage_view, self.box])
        self.add_class("tk-ex-phrases")

    @property
    def answer(self) -> list[str]:
        return [line.strip() for line in self.box.value.splitlines() if line.strip()]
