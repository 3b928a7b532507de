"""The state behind an annotation widget: the marks, the pending selection, undo, and autosave.

Both front ends (the anywidget text view and the sentence-by-sentence fallback) are thin
views over a session: they report what the student did (`select`, `label_selection`,
`relabel`, `set_note`, `remove`, `undo`) and draw what the session says. The session applies
the rules (selections snap to whole words, labels must exist, a passage is not given the
same label twice), saves after every change, and words a one-line status for each change
that a screen reader can announce.

A student with the same article open in two notebooks does not lose work: each save reads
the file under a lock and applies only this notebook's changes since its last save (marks
added, deleted, relabelled, notes edited) to what the other notebook saved
(`AnnotationStore.save_merged`). A mark deleted in one notebook stays deleted, and an edited
note does not revert when the other notebook saves.

`AnnotationSession` keeps a student's marks in their save file; `KeyReviewSession` keeps an
instructor's span answer key in `seeds/<slug>/keys/spans.json`, where each mark can be
accepted and the key saved as reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from toolkit.storage.autosave import Autosaving
from toolkit.annotation.spans import (MAX_NOTE, AnnotationStore, Span, SpanError, SpanKey, custom_labels,
                          label_set, make_span_key, read_span_key, save_span_key, snap_to_words, sort_spans,
                          span_key_path, span_key_problems, word_spans)
from toolkit.article.model import Article
from toolkit.annotation.labels import Label
from toolkit.article.loading import ArticleError
from toolkit.article.places import place_of
from toolkit.storage.store import load_or_set_aside

#: How many changes `undo` can take back.
UNDO_DEPTH = 200
#: Longest article the annotation tools take (about 35,000 words): a page redrawn on every
#: mark and a list of every word sent to the browser stay quick below this.
MAX_ANNOTATION_CHARS = 200_000


@dataclass(frozen=True)
class Change:
    """What just happened, in one line for the student (and for a screen reader's live region)."""

    message: str
    kind: str = "info"  # "info" or "warning"


def _quote(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return "\u201c" + (flat if len(flat) <= limit else flat[: limit - 1] + "\u2026") + "\u201d"


class AnnotationSession(Autosaving):
    """A student's marks on one article, restored from and saved to their save file."""

    kept_message = "your marks are kept here until saving works again."

    def __init__(self, article: Article, student: str | None = None, *, labels: Iterable[Label | Mapping] = (),
                 path: str | Path | None = None, autosave: bool = True):
        self.store = AnnotationStore(article, student, path=path)
        self._setup(article, labels, autosave)

    # ----- set-up and the hooks a key review changes -----------------------------------------

    def _setup(self, article: Article, labels: Iterable[Label | Mapping], autosave: bool) -> None:
        if len(article.text) > MAX_ANNOTATION_CHARS:
            raise ArticleError(
                f"this article is {len(article.text):,} characters long; the annotation tool takes up to "
                f"{MAX_ANNOTATION_CHARS:,}. Save one part of it (a chapter, a day's coverage) as its own article.")
        self.article = article
        self.autosave = autosave
        self.words = word_spans(article.text)
        self.selection: tuple[int, int] | None = None
        self.save_error: str | None = None
        self.saved_at: str | None = None
        self._history: list[Any] = []
        self._listeners: list[Callable[[Change], None]] = []
        #: The marks as last loaded or saved, by id: what this notebook's changes are measured against.
        self._base: dict[str, Span] = {}
        #: Ids of marks another notebook added or deleted, as learnt when saving (undo leaves them alone).
        self._added_elsewhere: set[str] = set()
        self._deleted_elsewhere: set[str] = set()
        #: How many marks saved by another notebook were kept when this one saved.
        self.merged_from_elsewhere = 0
        spans, file_labels, self.notice, self.notice_kind = self._load()
        self.labels: dict[str, Label] = label_set([*custom_labels(file_labels), *labels])
        unknown = sorted({s.label for s in spans} - set(self.labels))
        if unknown:  # a label the file used but no longer defines: keep the marks, drawn plainly
            self.notice += f" Some marks use labels this lesson does not define: {', '.join(unknown)}."
        self._spans: list[Span] = list(spans)

    def _load(self) -> tuple[tuple[Span, ...], dict[str, Label], str, str]:
        restored = self.store.load()
        self.restored = restored
        self._base = {span.id: span for span in restored.spans}
        return restored.spans, restored.labels, restored.message, "warning" if restored.problem else "info"

    def _write(self) -> Path:
        # The same student may have this article open in two notebooks: apply this notebook's
        # changes since the last save to the file as it is now, under its lock.
        merged = self.store.save_merged(self._base, self._spans, self.labels)
        mine_by_id = {span.id: span for span in self._spans}
        saved = []
        for record in merged.data["spans"]:
            span = Span.from_dict(record)
            saved.append(mine_by_id.get(span.id) if mine_by_id.get(span.id) == span else span)
        saved_ids = {span.id for span in saved}
        mine = set(mine_by_id)
        added = saved_ids - mine
        self._added_elsewhere |= added
        self._deleted_elsewhere |= {i for i in mine - saved_ids if i in self._base}
        self.merged_from_elsewhere += len(added)
        if merged.problem:
            self.notice = f"The save file could not be used: {merged.problem}. Your marks were saved afresh."
            self.notice_kind = "warning"
        self._spans = saved
        self._base = {span.id: span for span in saved}
        return self.store.path

    def _snapshot(self) -> Any:
        return tuple(self._spans)

    def _restore(self, snapshot: Any) -> None:
        # Undo takes back this notebook's own change: marks another notebook added since stay,
        # and marks it deleted stay deleted.
        restored = [span for span in snapshot if span.id not in self._deleted_elsewhere]
        ids = {span.id for span in restored}
        restored += [span for span in self._spans if span.id in self._added_elsewhere and span.id not in ids]
        self._spans = restored

    @property
    def path(self) -> Path:
        """The file every change is saved to."""
        return self.store.path

    # ----- reading --------------------------------------------------------------------------

    @property
    def spans(self) -> tuple[Span, ...]:
        return sort_spans(self._spans)

    def find(self, span_id: str) -> Span:
        for span in self._spans:
            if span.id == span_id:
                return span
        raise KeyError(f"no mark with id {span_id!r}")

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    def counts(self) -> dict[str, int]:
        """How many marks of each label, in the palette's order."""
        counts = {name: 0 for name in self.labels}
        for span in self._spans:
            counts[span.label] = counts.get(span.label, 0) + 1
        return counts

    def summary(self) -> str:
        """One line per label used: how many marks, for the student to look over."""
        used = [(self.labels[name].title if name in self.labels else name, n) for name, n in self.counts().items() if n]
        if not used:
            return "No marks yet."
        total = len(self._spans)
        lines = [f"{total} mark{'s' if total != 1 else ''}:"]
        lines += [f"  {title}: {n}" for title, n in used]
        return "\n".join(lines)

    # ----- listening ------------------------------------------------------------------------

    def on_change(self, callback: Callable[[Change], None]) -> None:
        """Call `callback(change)` after every change (and after every selection)."""
        self._listeners.append(callback)

    def _tell(self, message: str, kind: str = "info") -> Change:
        change = Change(message, kind)
        for callback in list(self._listeners):
            callback(change)
        return change

    # ----- the rules ------------------------------------------------------------------------

    def _label(self, label: str) -> Label:
        if label not in self.labels:
            raise SpanError(f"unknown label {label!r}; the labels here are {', '.join(self.labels)}")
        return self.labels[label]

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """A selection widened to whole words and trimmed of spaces (None when only spaces)."""
        start = max(0, min(int(start), len(self.article.text)))
        end = max(0, min(int(end), len(self.article.text)))
        return snap_to_words(self.article.text, start, end, self.words)

    def select(self, start: int | None, end: int | None) -> tuple[int, int] | None:
        """Remember a selection (Python offsets), snapped to words; `None` clears it."""
        if start is None or end is None:
            self.selection = None
            self._tell("Selection cleared.")
            return None
        self.selection = self.snap(start, end)
        if self.selection is None:
            self._tell("That selection holds only spaces: select some words.", "warning")
        else:
            text = self.article.text[self.selection[0]:self.selection[1]]
            self._tell(f"Selected {_quote(text)}. Choose a label for it.")
        return self.selection

    def label_selection(self, label: str) -> Span | None:
        """Give the pending selection a label (what clicking a label button does)."""
        if self.selection is None:
            self._tell("Select some words first, then choose a label.", "warning")
            return None
        start, end = self.selection
        self.selection = None  # cleared first, so the change below is drawn without it
        try:
            return self.add(start, end, label)
        except SpanError:
            self.selection = (start, end)
            raise

    def add(self, start: int, end: int, label: str, note: str = "", *, snap: bool = False) -> Span:
        """Add a mark over `text[start:end]` (Python offsets); `snap=True` widens it to whole words first.

        Giving a passage a label it already has returns the existing mark and changes nothing.
        """
        self._label(label)
        if snap:
            snapped = self.snap(start, end)
            if snapped is None:
                raise SpanError(f"span {start}-{end} holds no words")
            start, end = snapped
        if len(note) > MAX_NOTE:
            raise SpanError(f"a note can be at most {MAX_NOTE} characters")
        span = Span.of(self.article, start, end, label, note)
        for existing in self._spans:
            if (existing.start, existing.end, existing.label) == (start, end, label):
                self._tell(f"{_quote(existing.text)} is already marked as {self.labels[label].title}.")
                return existing
        self._commit(self._spans + [span], f"Marked {_quote(span.text)} as {self.labels[label].title} "
                                           f"in {place_of(self.article, span.start)}.", made=span)
        return span

    def remove(self, span_id: str) -> Span:
        """Delete a mark (undo brings it back)."""
        span = self.find(span_id)
        title = self.labels[span.label].title if span.label in self.labels else span.label
        self._commit([s for s in self._spans if s.id != span_id],
                     f"Removed the {title} mark on {_quote(span.text)}. Undo brings it back.")
        return span

    def relabel(self, span_id: str, label: str) -> Span:
        """Give a mark another label."""
        new_label = self._label(label)
        span = self.find(span_id)
        if span.label == label:
            return span
        if any((s.start, s.end, s.label) == (span.start, span.end, label) for s in self._spans):
            self._tell(f"{_quote(span.text)} is already marked as {new_label.title}.", "warning")
            return span
        changed = span.relabelled(label)
        self._commit([changed if s.id == span_id else s for s in self._spans],
                     f"{_quote(span.text)} is now marked as {new_label.title}.", made=changed)
        return changed

    def set_note(self, span_id: str, note: str) -> Span:
        """Attach a note to a mark (why the student marked it); an empty note removes it."""
        note = str(note).strip()
        if len(note) > MAX_NOTE:
            raise SpanError(f"a note can be at most {MAX_NOTE} characters")
        span = self.find(span_id)
        if span.note == note:
            return span
        changed = span.with_note(note)
        self._commit([changed if s.id == span_id else s for s in self._spans],
                     f"Note {'saved' if note else 'removed'} on {_quote(span.text)}.")
        return changed

    def undo(self) -> bool:
        """Take back the last change; False when there is nothing to undo."""
        if not self._history:
            self._tell("Nothing to undo.")
            return False
        self._restore(self._history.pop())
        self._save_now()
        self._tell(f"Undone. {self._count_text()}")
        return True

    def _count_text(self) -> str:
        count = len(self._spans)
        return f"{count} mark{'s' if count != 1 else ''} in all."

    def _commit(self, spans: list[Span], message: str, made: Span | None = None) -> None:
        self._history.append(self._snapshot())
        del self._history[:-UNDO_DEPTH]
        self._spans = list(spans)
        self._after_change(made)
        merged_before = self.merged_from_elsewhere
        saved = self._save_now()
        merged = self.merged_from_elsewhere - merged_before
        if merged:
            message += (f" {merged} mark{'s' if merged != 1 else ''} saved from another notebook "
                        f"{'were' if merged != 1 else 'was'} kept too.")
        self._tell(f"{message} {self._count_text()}" + ("" if saved else f" {self.save_error}"),
                   "info" if saved else "warning")

    def _after_change(self, made: Span | None) -> None:
        """A hook for sessions that track more than the marks (a key's review status).

        `made` is the mark the person just created or relabelled, if any.
        """

    def save(self) -> Path:
        """Save now (every change already does this when `autosave` is on)."""
        from toolkit.storage.times import for_people

        path = self._write()
        self.save_error = None
        self.saved_at = for_people()
        return path

    # ----- checking against the key ---------------------------------------------------------

    def check(self, labels: Iterable[str] | str | None = None, key: SpanKey | None = None):
        """Score the marks against the article's reviewed span key (`toolkit.annotation.scoring.score_spans`)."""
        from toolkit.annotation.spans import load_span_key
        from toolkit.annotation.scoring import score_spans

        key = key or load_span_key(self.article)
        return score_spans(self._spans, key, labels=labels, article=self.article)


class KeyReviewSession(AnnotationSession):
    """An instructor's span answer key, loaded as a draft, accepted mark by mark and saved as reviewed.

    Every change autosaves the key as a draft (an edited key needs reviewing again);
    `mark_reviewed()` accepts every mark and saves it with status "reviewed".
    """

    def __init__(self, article: Article, *, path: str | Path | None = None,
                 labels: Iterable[Label | Mapping] = (), autosave: bool = True):
        self.key_path = Path(path) if path is not None else span_key_path(article)
        self.status = "draft"
        self.accepted: set[str] = set()
        self._setup(article, labels, autosave)

    def _load(self):
        def problem(data):
            problems = span_key_problems(data, self.article)
            return "; ".join(problems[:3]) if problems else None

        loaded = load_or_set_aside(self.key_path, validate=problem)
        if not loaded.ok:
            return (), {}, f"The key could not be used: {loaded.problem}. Starting an empty draft.", "warning"
        if loaded.data is None:
            return (), {}, f"No span key yet for {self.article.slug}: marks you make start a draft.", "info"
        key = read_span_key(loaded.data, self.article)
        self.status = key.status
        self.accepted = set(key.accepted)
        message = (f"Loaded the {key.status} key: {len(key.spans)} marks, "
                   f"{len(key.accepted)} accepted. Check each mark, fix or add, then save it as reviewed.")
        return key.spans, key.labels, message, "info"

    @property
    def path(self) -> Path:
        return self.key_path

    def key(self) -> SpanKey:
        return make_span_key(self.article, self._spans, status=self.status, labels=self.labels,
                             accepted=self.accepted)

    def _write(self) -> Path:
        return save_span_key(self.key(), self.key_path)

    def _snapshot(self):
        return tuple(self._spans), self.status, frozenset(self.accepted)

    def _restore(self, snapshot) -> None:
        spans, self.status, accepted = snapshot
        self._spans = list(spans)
        self.accepted = set(accepted)

    def _after_change(self, made: Span | None) -> None:
        """Any edit makes the key a draft again; a mark the instructor made or fixed is accepted."""
        self.status = "draft"
        self.accepted &= {span.id for span in self._spans}
        if made is not None:
            self.accepted.add(made.id)

    def accept(self, span_id: str, accepted: bool = True) -> None:
        """Mark one drafted span as checked (or not) by the instructor."""
        span = self.find(span_id)
        if (span_id in self.accepted) == accepted:
            return
        changed = set(self.accepted)
        changed.symmetric_difference_update({span_id})
        self._history.append(self._snapshot())
        self.accepted = changed
        self.status = "draft"
        saved = self._save_now()
        verb = "Accepted" if accepted else "No longer accepted:"
        self._tell(f"{verb} {_quote(span.text)}. {self.progress()}", "info" if saved else "warning")

    def accept_all(self) -> None:
        self._history.append(self._snapshot())
        self.accepted = {span.id for span in self._spans}
        saved = self._save_now()
        self._tell(f"Accepted every mark. {self.progress()}", "info" if saved else "warning")

    def mark_reviewed(self) -> Path:
        """Accept every mark and save the key with status "reviewed"."""
        self._history.append(self._snapshot())
        self.accepted = {span.id for span in self._spans}
        self.status = "reviewed"
        path = self.save()
        self._tell(f"Saved the key as reviewed: {len(self._spans)} marks in {path}.")
        return path

    def progress(self) -> str:
        return f"{len(self.accepted)} of {len(self._spans)} marks accepted; the key is {self.status}."
