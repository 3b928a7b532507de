"""Span annotations: the `Span` record, its rules, the students' save files and span answer keys.

A span is standoff: `(start, end)` Python offsets into `Article.text` plus a label and a
note, never anything written into the text. The same records are what a student saves, what
an instructor's answer key holds and what `toolkit.annotation.scoring` compares, so all three agree on
the letters they point at (`text[start:end] == span.text`, always checked).

Save file (one per student and article, `student_dir(student)/annotations/<slug>.json`)::

    {"format": "toolkit.annotations/1", "article": slug, "content_hash": "sha256:...",
     "student": name, "saved_at": "2026-11-24T14:02:03+00:00",
     "labels": [custom label definitions], "spans": [{"id", "start", "end", "text", "label", "note"}]}

Span answer key (`seeds/<slug>/keys/spans.json`): the same spans under
`"format": "toolkit.span-key/1"` with `"status": "draft" | "reviewed"`.

A save file for another text (its content hash differs) or a damaged one is renamed aside by
`toolkit.storage.store.load_or_set_aside` and reported: never attached to the wrong letters, never
overwritten.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from toolkit.annotation.labels import LABELS, Label, custom_label
from toolkit.article.model import Article
from toolkit.storage.store import (Loaded, atomic_write_json, current_student, header_problem, load_or_set_aside,
                                   read_json, student_dir)
from toolkit.storage.student_names import validate_student_name
from toolkit.text.tokens import tokenize

if TYPE_CHECKING:
    from toolkit.storage.merge_save import Merged

SAVE_FORMAT = "toolkit.annotations/1"
KEY_FORMAT = "toolkit.span-key/1"
KEY_STATUSES = ("draft", "reviewed")
#: Longest note a student can attach to a span, in characters.
MAX_NOTE = 2000
#: Keyboard shortcuts handed to instructor labels that do not choose their own.
SPARE_KEYS = ("6", "7", "8", "9", "0")

#: A word: letters or digits, joined by apostrophes, hyphens or inner full stops ("don't",
#: "surface-to-air", "U.S"). Selections snap to these; agreement counts over them.


class SpanError(ValueError):
    """A span that does not fit its article or labels; the message says which and why."""


def new_span_id() -> str:
    return uuid.uuid4().hex[:10]


@dataclass(frozen=True)
class Span:
    """One labelled passage: Python offsets into the article text, the text itself, a label and a note."""

    start: int
    end: int
    text: str
    label: str
    note: str = ""
    id: str = field(default_factory=new_span_id)

    @classmethod
    def of(cls, text: str | Article, start: int, end: int, label: str, note: str = "",
           id: str | None = None) -> "Span":
        """A span over `text[start:end]`, its quoted text filled in from the article."""
        source = text.text if isinstance(text, Article) else text
        if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(source):
            raise SpanError(f"span {start}-{end} is not inside the text (0 to {len(source)}) or is empty")
        return cls(start, end, source[start:end], label, note, id or new_span_id())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Span":
        """Read a span record, checking the types of its fields (not yet against an article)."""
        if not isinstance(data, Mapping):
            raise SpanError(f"a span must be an object, not {type(data).__name__}")
        missing = [name for name in ("start", "end", "text", "label") if name not in data]
        if missing:
            raise SpanError(f"a span is missing {', '.join(missing)}")
        start, end, text, label = data["start"], data["end"], data["text"], data["label"]
        note, span_id = data.get("note") or "", data.get("id") or new_span_id()
        if type(start) is not int or type(end) is not int:
            raise SpanError("a span's start and end must be whole numbers")
        for value, what in ((text, "text"), (label, "label"), (note, "note"), (span_id, "id")):
            if not isinstance(value, str):
                raise SpanError(f"a span's {what} must be a string")
        return cls(start, end, text, label, note, span_id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "note": self.note}

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: "Span") -> int:
        """How many characters the two spans share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def relabelled(self, label: str) -> "Span":
        return replace(self, label=label)

    def with_note(self, note: str) -> "Span":
        return replace(self, note=note)


def as_span(item: Span | Mapping[str, Any]) -> Span:
    """A `Span` from a `Span` or a span record (as the widget's `annotations` gives)."""
    return item if isinstance(item, Span) else Span.from_dict(item)


def sort_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Reading order: by start, longer first when two start together, then by label."""
    return tuple(sorted(spans, key=lambda s: (s.start, -s.end, s.label, s.id)))


# ----- labels --------------------------------------------------------------------------------

def label_set(custom: Iterable[Label | Mapping[str, Any]] = ()) -> dict[str, Label]:
    """The built-in labels plus an instructor's own, each custom one given a free shortcut key."""
    labels = dict(LABELS)
    used = {label.key for label in labels.values()}
    for item in custom:
        label = item if isinstance(item, Label) else label_from_dict(item)
        if label.name in LABELS:
            raise ValueError(f"label name {label.name!r} is built in; choose another name")
        if not label.key or label.key in used:
            spare = next((key for key in SPARE_KEYS if key not in used), "")
            label = replace(label, key=spare)
        used.add(label.key)
        labels[label.name] = label
    return labels


def custom_labels(labels: Mapping[str, Label]) -> list[Label]:
    """The labels in `labels` that are not built in (what a save file or key must carry)."""
    return [label for name, label in labels.items() if name not in LABELS]


def label_from_dict(data: Mapping[str, Any]) -> Label:
    """An instructor label from its saved definition, checked by `toolkit.annotation.labels.custom_label`."""
    if not isinstance(data, Mapping) or not isinstance(data.get("name"), str):
        raise ValueError("a label definition must be an object with a name")
    try:
        return custom_label(
            data["name"], str(data.get("title") or data["name"]), str(data.get("definition") or ""),
            str(data.get("colour") or ""), background=data.get("background") or None,
            underline=str(data.get("underline") or "solid"), badge=data.get("badge") or None,
            key=str(data.get("key") or ""),
        )
    except (TypeError, KeyError) as error:
        raise ValueError(f"label {data.get('name')!r}: {error}") from None


# ----- rules ---------------------------------------------------------------------------------

def span_problems(span: Span, text: str, labels: Mapping[str, Label] | Iterable[str] = LABELS) -> list[str]:
    """Everything wrong with one span over `text`, in words an instructor can act on ([] when none)."""
    problems = []
    where = f"span {span.start}-{span.end}"
    if not 0 <= span.start < span.end <= len(text):
        problems.append(f"{where}: offsets must satisfy 0 <= start < end <= {len(text)}")
    elif text[span.start:span.end] != span.text:
        problems.append(f"{where}: its text {_clip(span.text)} does not match the article there "
                        f"({_clip(text[span.start:span.end])})")
    if span.label not in labels:
        problems.append(f"{where}: unknown label {span.label!r} (known: {', '.join(labels)})")
    if len(span.note) > MAX_NOTE:
        problems.append(f"{where}: the note is longer than {MAX_NOTE} characters")
    return problems


def spans_problems(spans: Sequence[Span], text: str, labels: Mapping[str, Label] | Iterable[str] = LABELS) -> list[str]:
    """Problems of every span, plus repeated ids and exact duplicates."""
    problems = [problem for span in spans for problem in span_problems(span, text, labels)]
    seen_ids: set[str] = set()
    seen: set[tuple[int, int, str]] = set()
    for span in spans:
        if span.id in seen_ids:
            problems.append(f"span {span.start}-{span.end}: id {span.id!r} is used twice")
        seen_ids.add(span.id)
        if (span.start, span.end, span.label) in seen:
            problems.append(f"span {span.start}-{span.end}: the same passage has label {span.label!r} twice")
        seen.add((span.start, span.end, span.label))
    return problems


def check_span(span: Span, text: str | Article, labels: Mapping[str, Label] | Iterable[str] = LABELS) -> Span:
    """Return `span` if it fits the text and labels, else raise `SpanError` naming the first problem."""
    source = text.text if isinstance(text, Article) else text
    problems = span_problems(span, source, labels)
    if problems:
        raise SpanError(problems[0])
    return span


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The words of `text[start:end]` (the word tokens of `toolkit.text.tokens`) as `(start, end)` offsets."""
    return [(t.start, t.end) for t in tokenize(text, start, end) if t.is_word]


def snap_to_words(text: str, start: int, end: int, words: Sequence[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """Widen a selection to whole words and trim the spaces at its ends; None when nothing is left.

    A student who drags from the middle of "hostage" to the middle of "airbase" means both
    words. Punctuation the student did select (an opening quote mark, say) is kept; a word is
    never cut. `words` (from `word_spans`) saves recomputing them for every selection.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    for word_start, word_end in words if words is not None else _words_near(text, start, end):
        if word_start < start < word_end:
            start = word_start
        if word_start < end < word_end:
            end = word_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _words_near(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words touching `start` and `end`: words hold no spaces, so look from the spaces around them."""
    left = max((text.rfind(space, 0, start) for space in " \n\t"), default=-1) + 1
    right = min((i for i in (text.find(space, end) for space in " \n\t") if i >= 0), default=len(text))
    return word_spans(text, left, right)


def _clip(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    return repr(shown)


# ----- which article -------------------------------------------------------------------------

def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _labels_in(data: Mapping[str, Any], where: str) -> tuple[dict[str, Label], list[str]]:
    raw = data.get("labels", [])
    if not isinstance(raw, list):
        return dict(LABELS), [f"{where}: 'labels' must be a list of label definitions"]
    try:
        return label_set(raw), []
    except ValueError as error:
        return dict(LABELS), [f"{where}: {error}"]


def _spans_in(data: Mapping[str, Any], where: str) -> tuple[list[Span], list[str]]:
    raw = data.get("spans")
    if not isinstance(raw, list):
        return [], [f"{where}: 'spans' must be a list"]
    spans, problems = [], []
    for number, item in enumerate(raw, start=1):
        try:
            spans.append(Span.from_dict(item))
        except SpanError as error:
            problems.append(f"{where}: span {number}: {error}")
    return spans, problems


# ----- students' save files ------------------------------------------------------------------

def annotation_document(article: Article, spans: Iterable[Span], *, student: str,
                        labels: Mapping[str, Label] | None = None, saved_at: str | None = None) -> dict[str, Any]:
    """The JSON object a student's annotations are saved as."""
    return {
        "format": SAVE_FORMAT,
        "article": article.slug,
        "content_hash": article.content_hash,
        "student": student,
        "saved_at": saved_at or _now(),
        "labels": [label.to_dict() for label in custom_labels(labels or LABELS)],
        "spans": [span.to_dict() for span in sort_spans(spans)],
    }


def annotation_file_problem(data: Any, article: Article) -> str | None:
    """Why a loaded save file cannot be used for `article` (None when it can)."""
    header = header_problem(data, SAVE_FORMAT, content_hash=article.content_hash)
    if header:
        return header
    labels, problems = _labels_in(data, "the save file")
    spans, span_problems_ = _spans_in(data, "the save file")
    problems += span_problems_ + spans_problems(spans, article.text, labels)
    return "; ".join(problems[:3]) if problems else None


@dataclass(frozen=True)
class Restored:
    """What a store found on disk: the saved spans, or why there were none."""

    spans: tuple[Span, ...] = ()
    labels: dict[str, Label] = field(default_factory=lambda: dict(LABELS))
    saved_at: str | None = None
    problem: str | None = None
    set_aside_as: Path | None = None
    found: bool = False

    @property
    def message(self) -> str:
        """One line for the student: what was restored, or what went wrong and where the old file is."""
        if self.problem:
            return f"Your earlier save could not be used: {self.problem}. You are starting with no marks."
        if not self.found:
            return "No saved marks yet: your marks will be saved as you make them."
        count = len(self.spans)
        return f"Restored {count} mark{'s' if count != 1 else ''} saved at {self.saved_at or 'an unknown time'}."


class AnnotationStore:
    """One student's span annotations of one article on disk: restore on start, autosave on change."""

    def __init__(self, article: Article, student: str | None = None, *, path: str | Path | None = None):
        self.article = article
        self.student = validate_student_name(student or current_student())
        self.slug = article.slug
        self.path = Path(path) if path is not None else student_dir(self.student) / "annotations" / f"{self.slug}.json"

    def load(self) -> Restored:
        """Read the save file; a damaged or foreign one is set aside (renamed, not deleted) and reported."""
        loaded: Loaded = load_or_set_aside(self.path, validate=lambda data: annotation_file_problem(data, self.article))
        if not loaded.ok:
            return Restored(problem=loaded.problem, set_aside_as=loaded.set_aside_as)
        if loaded.data is None:
            return Restored()
        labels, _ = _labels_in(loaded.data, "")
        spans, _ = _spans_in(loaded.data, "")
        return Restored(spans=sort_spans(spans), labels=labels, saved_at=loaded.data.get("saved_at"), found=True)

    def save(self, spans: Iterable[Span], labels: Mapping[str, Label] | None = None) -> Path:
        """Write every span atomically (temporary file, then rename): a killed kernel leaves the last save whole."""
        atomic_write_json(self.path, annotation_document(self.article, spans, student=self.student, labels=labels))
        return self.path

    def save_merged(self, base: Mapping[str, Span], spans: Iterable[Span],
                    labels: Mapping[str, Label] | None = None) -> "Merged":
        """Save this notebook's changes since `base` (the marks as last loaded or saved) into the file as it
        is now, under its lock, so marks added, deleted or edited in another notebook meanwhile are kept.

        Returns `toolkit.storage.merge_save.Merged`; its `data["spans"]` are the marks now saved.
        """
        from toolkit.storage.merge_save import update_json

        ours = list(spans)

        def change(current: Any) -> dict[str, Any]:
            if current is None:
                merged, their_labels = ours, {}
            else:
                theirs, _ = _spans_in(current, "")
                their_labels, _ = _labels_in(current, "")
                merged = merge_spans(theirs, base, ours)
            all_labels = {**their_labels, **(labels or LABELS)}
            return annotation_document(self.article, merged, student=self.student, labels=all_labels)

        return update_json(self.path, change, validate=lambda data: annotation_file_problem(data, self.article))

    def spans_saved_elsewhere(self, known_ids: Iterable[str]) -> tuple[Span, ...]:
        """Spans in the file now that this store's user has never seen: made in another notebook since.

        Read-only and forgiving: a file that cannot be used gives nothing here (loading reports it).
        """
        try:
            data = read_json(self.path)
        except (OSError, ValueError):
            return ()
        if annotation_file_problem(data, self.article):
            return ()
        known = set(known_ids)
        spans, _ = _spans_in(data, "")
        return tuple(span for span in spans if span.id not in known)


def merge_spans(theirs: Iterable[Span], base: Mapping[str, Span], ours: Iterable[Span]) -> list[Span]:
    """Apply one notebook's operations to the marks saved by another.

    `base` is what this notebook last loaded or saved, `ours` what it has now: a mark in
    `ours` but not `base` was added here, one in `base` but not `ours` was deleted here, one in
    both that differs was edited here. Those operations are applied to `theirs` (the file
    as it is now); everything else in `theirs` stays as the other notebook left it. A mark
    deleted on either side stays deleted; an added mark the other side already has (same
    words, same label) is not added twice.
    """
    result = {span.id: span for span in theirs}
    ours_by_id = {span.id: span for span in ours}
    for span_id in set(base) - set(ours_by_id):
        result.pop(span_id, None)
    for span_id, span in ours_by_id.items():
        if span_id not in base:
            if span_id not in result and not any((s.start, s.end, s.label) == (span.start, span.end, span.label)
                                                 for s in result.values()):
                result[span_id] = span
        elif span != base[span_id] and span_id in result:
            result[span_id] = span
    return list(result.values())


# ----- span answer keys ----------------------------------------------------------------------

class SpanKeyError(ValueError):
    """A span answer key that cannot be used; the message lists what is wrong."""


@dataclass(frozen=True)
class SpanKey:
    """An instructor's span answer key for one article: a draft from the analyzers, or reviewed by a person."""

    article: str
    content_hash: str
    status: str
    spans: tuple[Span, ...]
    labels: dict[str, Label] = field(default_factory=lambda: dict(LABELS))
    #: Ids of draft spans an instructor has already checked (all of them once reviewed).
    accepted: frozenset[str] = frozenset()
    notes: str = ""

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"

    def spans_with(self, *labels: str) -> tuple[Span, ...]:
        return tuple(span for span in self.spans if span.label in labels)

    def to_dict(self) -> dict[str, Any]:
        spans = []
        for span in sort_spans(self.spans):
            record = span.to_dict()
            if not self.reviewed and span.id in self.accepted:
                record["accepted"] = True
            spans.append(record)
        data: dict[str, Any] = {
            "format": KEY_FORMAT, "article": self.article, "content_hash": self.content_hash,
            "status": self.status, "labels": [label.to_dict() for label in custom_labels(self.labels)],
        }
        if self.notes:
            data["notes"] = self.notes
        data["spans"] = spans
        return data


def make_span_key(article: Article, spans: Iterable[Span], *, status: str = "draft",
                  labels: Mapping[str, Label] | None = None, accepted: Iterable[str] = (), notes: str = "") -> SpanKey:
    """A key for `article`, every span checked against its text (raises `SpanKeyError`)."""
    if status not in KEY_STATUSES:
        raise SpanKeyError(f"status must be one of {', '.join(KEY_STATUSES)}, not {status!r}")
    labels = dict(labels or LABELS)
    spans = sort_spans(spans)
    problems = spans_problems(spans, article.text, labels)
    if problems:
        raise SpanKeyError("; ".join(problems))
    ids = {span.id for span in spans}
    chosen = ids if status == "reviewed" else frozenset(accepted) & ids
    return SpanKey(article.slug, article.content_hash, status, spans, labels, frozenset(chosen), notes)


def span_key_path(article_or_slug: Article | str) -> Path:
    """Where a seed's span key lives: `keys/spans.json` beside the article file, else `seeds/<slug>/keys/`."""
    from toolkit.storage.paths import seed_dir

    if isinstance(article_or_slug, Article) and article_or_slug.path is not None:
        return Path(article_or_slug.path).parent / "keys" / "spans.json"
    slug = article_or_slug.slug if isinstance(article_or_slug, Article) else article_or_slug
    return seed_dir(slug) / "keys" / "spans.json"


def span_key_problems(data: Any, article: Article | None = None) -> list[str]:
    """Everything wrong with a span key's JSON object, checked against `article` when given."""
    if not isinstance(data, dict):
        return ["the key is not a JSON object"]
    problems = []
    if data.get("format") != KEY_FORMAT:
        problems.append(f"format is {data.get('format')!r}, expected {KEY_FORMAT!r}")
    if data.get("status") not in KEY_STATUSES:
        problems.append(f"status is {data.get('status')!r}, expected one of {', '.join(KEY_STATUSES)}")
    for name in ("article", "content_hash"):
        if not isinstance(data.get(name), str) or not data.get(name):
            problems.append(f"'{name}' is missing")
    labels, label_problems = _labels_in(data, "labels")
    spans, span_problems_ = _spans_in(data, "spans")
    problems += label_problems + span_problems_
    if article is not None:
        if data.get("article") not in (None, article.slug):
            problems.append(f"the key is for article {data.get('article')!r}, not {article.slug!r}")
        if data.get("content_hash") != article.content_hash:
            problems.append("the key was made for a different version of the article text (content hash differs)")
        else:
            problems += spans_problems(spans, article.text, labels)
    return problems


def read_span_key(data: Any, article: Article | None = None) -> SpanKey:
    """A `SpanKey` from its JSON object; raises `SpanKeyError` listing every problem."""
    problems = span_key_problems(data, article)
    if problems:
        raise SpanKeyError("; ".join(problems))
    labels, _ = _labels_in(data, "")
    spans, _ = _spans_in(data, "")
    accepted = {item.get("id") for item in data["spans"] if isinstance(item, dict) and item.get("accepted")}
    if data["status"] == "reviewed":
        accepted = {span.id for span in spans}
    notes = data.get("notes") if isinstance(data.get("notes"), str) else ""
    return SpanKey(data["article"], data["content_hash"], data["status"], sort_spans(spans), labels,
                   frozenset(a for a in accepted if a), notes)


def load_span_key(source: Article | str | Path, article: Article | None = None) -> SpanKey:
    """Load a span key from a path, or the key of an article's seed folder; checked against the article.

    Raises `SpanKeyError` (naming the file) when the key is missing or does not fit the text.
    """
    if isinstance(source, Article):
        article = article or source
        path = span_key_path(source)
        if not path.exists():  # a student copy: the reviewed key, sealed (see toolkit.keys.sealed)
            from toolkit.keys.sealed import open_sealed_key

            sealed = open_sealed_key(path.parent.parent, "spans")
            if sealed is not None:
                return read_span_key(sealed, article)
    else:
        path = Path(source)
    if not path.exists():
        raise SpanKeyError(f"{path}: no span answer key here")
    try:
        return read_span_key(read_json(path), article)
    except SpanKeyError as error:
        raise SpanKeyError(f"{path}: {error}") from None
    except ValueError as error:  # StoreError: not JSON, not UTF-8
        raise SpanKeyError(str(error)) from None


def save_span_key(key: SpanKey, path: str | Path | None = None) -> Path:
    """Write a key atomically (to its seed folder unless `path` is given)."""
    target = Path(path) if path is not None else span_key_path(key.article)
    atomic_write_json(target, key.to_dict())
    return target


# ----- a class's collected work --------------------------------------------------------------

@dataclass(frozen=True)
class ClassAnnotations:
    """Every student's marks on one article from a collected folder, and the files that could not be used."""

    spans: dict[str, tuple[Span, ...]]
    problems: tuple[str, ...] = ()


def collect_annotations(folder: str | Path, article: Article) -> ClassAnnotations:
    """Read `<folder>/<student>/annotations/<slug>.json` for every student, without changing any file.

    Broken files and files saved for another version of the text are listed in `problems`
    (a collected copy is the instructor's to keep as it is), never fatal and never renamed.
    """
    slug = article.slug
    found: dict[str, tuple[Span, ...]] = {}
    problems: list[str] = []
    from toolkit.authoring.collected_folder import read_collected_json, subfolders, usable_folder

    for student_folder in subfolders(Path(folder), Path(folder)):
        if not usable_folder(student_folder / "annotations", Path(folder)):
            continue
        path = student_folder / "annotations" / f"{slug}.json"
        if not os.path.lexists(path):
            continue
        try:
            data = read_collected_json(path, Path(folder))
        except ValueError as error:  # StoreError: not JSON, not UTF-8, a link out, a device, too large
            problems.append(str(error))
            continue
        problem = annotation_file_problem(data, article)
        if problem:
            problems.append(f"{path}: {problem}")
            continue
        spans, _ = _spans_in(data, "")
        found[student_folder.name] = sort_spans(spans)
    return ClassAnnotations(found, tuple(problems))
