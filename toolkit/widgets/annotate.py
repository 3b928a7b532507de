"""The annotation widget: select a passage with the mouse or the keyboard, give it a label.

`annotate(article)` shows the article in an anywidget view (`static/annotator.js`), or the
sentence-by-sentence fallback (`toolkit.widgets.sentence_annotator`) where custom widgets do
not work. The JavaScript only draws and reports; an `AnnotationSession` owns the marks, the
rules and the saving. Browsers count text in UTF-16 units: this module converts every
offset that crosses to or from the page, so Python only ever sees `str` offsets.

    marks = annotate(article)          # in a notebook cell: the widget
    marks.annotations                  # [{"id", "start", "end", "text", "label", "note"}, ...]
    marks.add(87, 92, "loaded")        # programmatic marks, for tests and authoring
    marks.check("loaded")              # feedback against the article's answer key
"""

from __future__ import annotations

import pathlib
from typing import Any, Iterable, Mapping

import traitlets

from toolkit.annotation.session import AnnotationSession, Change, KeyReviewSession
from toolkit.annotation.spans import Span, SpanError
from toolkit.article.block_kinds import BLOCK_KINDS
from toolkit.article.model import Article
from toolkit.annotation.labels import Label
from toolkit.article.places import paragraph_numbers, place_of_block
from toolkit.text.utf16 import Utf16Map
from toolkit.widgets.custom import FALLBACK_VARIABLE, anywidget, custom_widgets_available  # noqa: F401 (public here too)
from toolkit.widgets.stopped_kernel import tool

STATIC = pathlib.Path(__file__).parent / "static"



_Base = anywidget.AnyWidget if anywidget is not None else object


class Annotator(_Base):
    """Mark up an article: the text with its paragraphs, a label palette, marks that can overlap."""

    _esm = STATIC / "annotator.js"
    _css = STATIC / "annotator.css"

    text = traitlets.Unicode("").tag(sync=True)
    blocks = traitlets.List().tag(sync=True)
    words = traitlets.List().tag(sync=True)  # flat [start, end, start, end, ...] in UTF-16 units
    sentences = traitlets.List().tag(sync=True)  # the same, per sentence
    labels = traitlets.List().tag(sync=True)
    spans = traitlets.List().tag(sync=True)  # UTF-16 offsets, for drawing
    selection = traitlets.Dict().tag(sync=True)
    status = traitlets.Dict().tag(sync=True)
    notice = traitlets.Dict().tag(sync=True)
    saved = traitlets.Unicode("").tag(sync=True)
    can_undo = traitlets.Bool(False).tag(sync=True)
    mode = traitlets.Unicode("student").tag(sync=True)
    key_state = traitlets.Dict().tag(sync=True)

    def __init__(self, article: Article | None = None, *, student: str | None = None,
                 labels: Iterable[Label | Mapping] = (), session: AnnotationSession | None = None,
                 autosave: bool = True, **kwargs: Any):
        if session is None:
            if article is None:
                from toolkit import sample_article

                article = sample_article()
            session = AnnotationSession(article, student, labels=labels, autosave=autosave)
        self.session = session
        self.article = session.article
        self._map = Utf16Map(self.article.text)
        self._status_count = 0
        self.front_end_ready = False
        mode = "key" if isinstance(session, KeyReviewSession) else "student"
        super().__init__(mode=mode, **kwargs)
        self.text = self.article.text
        self.blocks = self._blocks()
        self.words = [offset for start, end in session.words for offset in self._map.span_to_utf16(start, end)]
        self.sentences = [offset for s in self.article.sentences for offset in self._map.span_to_utf16(s.start, s.end)]
        self.labels = [label.to_dict() for label in session.labels.values()]
        self.notice = {"message": session.notice, "kind": session.notice_kind}
        self._redraw()
        session.on_change(self._changed)
        self.on_msg(self._message)

    # ----- the Python API -------------------------------------------------------------------

    @property
    def annotations(self) -> list[dict[str, Any]]:
        """The marks, in reading order, as records with Python offsets into the article text."""
        return [span.to_dict() for span in self.session.spans]

    @property
    def marks(self) -> tuple[Span, ...]:
        """The marks as `Span` records."""
        return self.session.spans

    @property
    def path(self) -> pathlib.Path:
        """The save file (or, for a key review, the key file)."""
        return self.session.path

    def add(self, start: int, end: int, label: str, note: str = "", *, snap: bool = False) -> Span:
        """Add a mark over `article.text[start:end]` (Python offsets)."""
        return self.session.add(start, end, label, note, snap=snap)

    def remove(self, span_id: str) -> Span:
        return self.session.remove(span_id)

    def relabel(self, span_id: str, label: str) -> Span:
        return self.session.relabel(span_id, label)

    def set_note(self, span_id: str, note: str) -> Span:
        return self.session.set_note(span_id, note)

    def undo(self) -> bool:
        return self.session.undo()

    def select(self, start: int | None, end: int | None):
        """Select `text[start:end]` as if with the mouse (snapped to words); None clears it."""
        return self.session.select(start, end)

    def summary(self) -> str:
        return self.session.summary()

    def check(self, labels: Iterable[str] | str | None = None, key=None):
        """Feedback on the marks against the article's answer key (see `toolkit.annotation.scoring`)."""
        return self.session.check(labels, key)

    def __repr__(self) -> str:
        # What a front end without custom-widget support prints instead of the widget.
        return (f"<Annotator for {self.article.title or 'an article'!r}: {len(self.session.spans)} mark(s), "
                f"saved in {self.path}. If you see this line instead of the article, this notebook app cannot "
                "show the full widget: run annotate(article, fallback=True) for the sentence-by-sentence one.>")

    # ----- drawing --------------------------------------------------------------------------

    def _blocks(self) -> list[dict[str, Any]]:
        numbers = paragraph_numbers(self.article)
        rows = []
        for block in self.article.blocks:
            start16, end16 = self._map.span_to_utf16(block.start, block.end)
            margin = f"\u00b6{numbers[block.index]}" if block.kind == "paragraph" else (BLOCK_KINDS[block.kind].tag if block.kind in BLOCK_KINDS else "")
            rows.append({"index": block.index, "kind": block.kind, "start": start16, "end": end16,
                         "margin": margin, "place": place_of_block(self.article, block)})
        return rows

    def _span_record(self, span: Span) -> dict[str, Any]:
        start16, end16 = self._map.span_to_utf16(span.start, span.end)
        record = {"id": span.id, "start": start16, "end": end16, "label": span.label, "note": span.note,
                  "text": span.text}
        if isinstance(self.session, KeyReviewSession):
            record["accepted"] = span.id in self.session.accepted
        return record

    def _redraw(self) -> None:
        session = self.session
        with self.hold_sync():
            self.spans = [self._span_record(span) for span in session.spans]
            if session.selection:
                start, end = session.selection
                start16, end16 = self._map.span_to_utf16(start, end)
                self.selection = {"start": start16, "end": end16, "text": self.article.text[start:end]}
            else:
                self.selection = {}
            self.can_undo = session.can_undo
            if session.save_error:
                self.saved = session.save_error
            elif session.saved_at:
                self.saved = f"Saved at {session.saved_at} in {session.path}"
            else:
                self.saved = f"Saves to {session.path}"
            if isinstance(session, KeyReviewSession):
                self.key_state = {"status": session.status, "accepted": len(session.accepted),
                                  "total": len(session.spans)}

    def _changed(self, change: Change) -> None:
        self._redraw()
        self._status_count += 1
        self.status = {"message": change.message, "kind": change.kind, "n": self._status_count}

    def _warn(self, message: str) -> None:
        self._status_count += 1
        self.status = {"message": message, "kind": "warning", "n": self._status_count}

    # ----- what the page reports ------------------------------------------------------------

    def _message(self, _widget, content: Any, _buffers=None) -> None:
        if not isinstance(content, dict):
            return
        action = content.get("action")
        try:
            self._act(action, content)
        except (SpanError, KeyError, ValueError, TypeError) as error:
            text = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
            self._warn(f"That did not work: {text}")
        except OSError as error:
            self._warn(f"Could not save: {error.strerror or error}")

    def _act(self, action: str | None, content: dict[str, Any]) -> None:
        session = self.session
        if action == "ready":
            self.front_end_ready = True
        elif action == "select":
            start16, end16 = content.get("start"), content.get("end")
            if start16 is None or end16 is None:
                session.select(None, None)
            else:
                start16 = max(0, min(int(start16), self._map.length16))
                end16 = max(0, min(int(end16), self._map.length16))
                session.select(*self._map.span_from_utf16(min(start16, end16), max(start16, end16)))
        elif action == "label":
            session.label_selection(str(content.get("label")))
        elif action == "relabel":
            session.relabel(str(content.get("id")), str(content.get("label")))
        elif action == "note":
            session.set_note(str(content.get("id")), str(content.get("note", "")))
        elif action == "remove":
            session.remove(str(content.get("id")))
        elif action == "undo":
            session.undo()
        elif isinstance(session, KeyReviewSession) and action == "accept":
            session.accept(str(content.get("id")), bool(content.get("accepted", True)))
        elif isinstance(session, KeyReviewSession) and action == "accept_all":
            session.accept_all()
        elif isinstance(session, KeyReviewSession) and action == "mark_reviewed":
            session.mark_reviewed()
        else:
            self._warn(f"Unknown action {action!r} from the page.")


@tool("The annotation tool")
def annotate(article: Article | None = None, *, student: str | None = None, labels: Iterable[Label | Mapping] = (),
             fallback: bool | None = None, autosave: bool = True):
    """The annotation widget for `article` (default: the sample), restored from the student's save file.

    `fallback=None` chooses: the full widget unless `TOOLKIT_ANNOTATOR=sentences` is set;
    `fallback=True` gives the sentence-by-sentence version (plain ipywidgets buttons), which
    saves to the same file.
    """
    if article is None:
        from toolkit import sample_article

        article = sample_article()
    use_fallback = (not custom_widgets_available()) if fallback is None else bool(fallback)
    session = AnnotationSession(article, student, labels=labels, autosave=autosave)
    if use_fallback or anywidget is None:
        from toolkit.widgets.sentence_annotator import SentenceAnnotator

        return SentenceAnnotator(session)
    return Annotator(session=session)


@tool("The answer-key review tool")
def review_key(article: Article | None = None, *, path: str | pathlib.Path | None = None,
               labels: Iterable[Label | Mapping] = ()) -> Annotator:
    """The same widget in instructor mode: load the span key's draft, accept, fix or add, save as reviewed."""
    if article is None:
        from toolkit import sample_article

        article = sample_article()
    return Annotator(session=KeyReviewSession(article, path=path, labels=labels))
