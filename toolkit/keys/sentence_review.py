"""Reviewing a sentence answer key: accept each drafted answer, fix it or add one, save it as reviewed.

The state behind `toolkit.widgets.review_sentence_key` (and usable from code or a test), as
`toolkit.annotation.session.KeyReviewSession` is for span keys:

    review = SentenceKeyReview(article)          # loads seeds/<slug>/keys/sentences.json
    review.accept("s1")                           # the draft is right
    review.set_label("s4", "opinion")             # fix a label (the sentence counts as checked)
    review.set_source("s9", "the city clerk")     # fix or add who an attributed claim is credited to
    review.mark_reviewed()                        # every sentence answered: saved with status "reviewed"

Every change is saved at once, atomically (`toolkit.storage.store.atomic_write_json`), as a draft:
an edited key needs reviewing again. Sentences a person has checked carry `"accepted": true`
until the key is saved as reviewed (then all are). A key that cannot be used (damaged, or
written for another version of the text) is set aside, never overwritten, and the review
starts again from the toolkit's draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from toolkit.storage.autosave import Autosaving
from toolkit.article.model import Article
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS
from toolkit.keys.sentence_keys import SENTENCE_KEY_FORMAT, draft_sentence_key, key_path, validate_sentence_key
from toolkit.loaded.course_lexicon import lesson_lexicon
from toolkit.storage.store import atomic_write_json, load_or_set_aside
from toolkit.keys.drafting import is_drafted_note, reviewed_note

ENTRY_FIELDS = ("label", "source", "via", "also_right", "accept", "rules", "note", "text")


class SentenceReviewError(ValueError):
    """A change the key cannot take (an unknown sentence or label); the message says why."""


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


class SentenceKeyReview(Autosaving):
    """One article's sentence key under review: entries, which are checked, and the key's status."""

    def __init__(self, article: Article, *, path: str | Path | None = None, autosave: bool = True):
        self.article = article
        self.path = Path(path) if path is not None else key_path(article)
        self.autosave = autosave
        self.status = "draft"
        self.entries: dict[str, dict[str, Any]] = {}
        self.accepted: set[str] = set()
        self.notice, self.notice_kind = self._load()
        self._listeners: list[Callable[[str], None]] = []
        self.save_error: str | None = None

    # ----- loading and saving ---------------------------------------------------------------

    def _load(self) -> tuple[str, str]:
        loaded = load_or_set_aside(self.path, validate=self._problem)
        if loaded.ok and loaded.data is not None:
            data = loaded.data
            self.status = data["status"]
            for sentence_id, entry in data["sentences"].items():
                self.entries[sentence_id] = {k: entry[k] for k in ENTRY_FIELDS if k in entry}
                if self.status == "reviewed" or entry.get("accepted"):
                    self.accepted.add(sentence_id)
            return (f"Loaded the {self.status} sentence key: {len(self.entries)} sentences, {len(self.accepted)} "
                    "checked. Check each answer, fix or add, then save the key as reviewed.", "info")
        draft = draft_sentence_key(self.article, lexicon=lesson_lexicon(self.article))
        self.entries = {sid: {k: e[k] for k in ENTRY_FIELDS if k in e} for sid, e in draft["sentences"].items()}
        if not loaded.ok:
            return (f"The sentence key could not be used: {loaded.problem}. Starting again from the toolkit's "
                    "draft.", "warning")
        return (f"No sentence key yet for {self.article.slug}: starting from the toolkit's draft. Nothing is saved "
                "until you change or accept something.", "info")

    def _problem(self, data: Any) -> str | None:
        problems = validate_sentence_key(data, self.article)
        return "; ".join(problems[:3]) if problems else None

    def to_dict(self) -> dict[str, Any]:
        """The key's JSON object (format `toolkit.sentence-key/1`), sentences in reading order."""
        reviewed = self.status == "reviewed"
        sentences = {}
        for sentence in self.article.sentences:
            entry = self.entries.get(sentence.id)
            if entry is None:
                continue
            record = {"label": entry.get("label"), "source": entry.get("source")}
            for name in ("via", "also_right", "accept", "rules", "note"):
                if entry.get(name):
                    record[name] = entry[name]
            record["text"] = sentence.text
            if not reviewed and sentence.id in self.accepted:
                record["accepted"] = True
            sentences[sentence.id] = record
        return {"format": SENTENCE_KEY_FORMAT, "article": self.article.slug,
                "content_hash": self.article.content_hash, "status": self.status, "sentences": sentences}

    def problems(self) -> list[str]:
        """What stops the key from being used, in words (`toolkit.keys.sentence_keys.validate_sentence_key`)."""
        return validate_sentence_key(self.to_dict(), self.article)

    def save(self) -> Path:
        """Write the key now, atomically (every change already does this when `autosave` is on)."""
        atomic_write_json(self.path, self.to_dict())
        self.save_error = None
        return self.path

    # ----- listening --------------------------------------------------------------------------

    def on_change(self, callback: Callable[[str], None]) -> None:
        """Call `callback(message)` after every change, with one line for a live region."""
        self._listeners.append(callback)

    def _changed(self, sentence_id: str | None, message: str) -> str:
        self.status = "draft"
        if sentence_id is not None:
            self.accepted.add(sentence_id)
        saved = self._save_now()
        message = f"{message} {self.progress()}" + ("" if saved else f" {self.save_error}")
        for callback in list(self._listeners):
            callback(message)
        return message

    # ----- what the reviewer does ------------------------------------------------------------

    def _sentence(self, sentence_id: str):
        try:
            return self.article.sentence(sentence_id)
        except KeyError:
            raise SentenceReviewError(f"the article has no sentence {sentence_id!r} (it has s1 to "
                                      f"s{len(self.article.sentences)})") from None

    def entry(self, sentence_id: str) -> dict[str, Any]:
        """The key's answer for a sentence (an empty answer when it has none yet)."""
        self._sentence(sentence_id)
        return dict(self.entries.get(sentence_id, {"label": None, "source": None}))

    def _edit(self, sentence_id: str, **changes: Any) -> dict[str, Any]:
        sentence = self._sentence(sentence_id)
        entry = self.entries.setdefault(sentence_id, {"label": None, "source": None})
        relabelled = "label" in changes and changes["label"] != entry.get("label")
        drafted_readings = [entry.get("label"), *(entry.get("also_right") or [])]
        entry.update(changes)
        if relabelled and is_drafted_note(entry.get("note")) and "also_right" not in changes:
            # A draft that cites a rule gives its readings full credit: a label among them keeps the
            # others (and the rule); a label outside them means the instructor reads it another way.
            if entry["label"] in drafted_readings:
                entry["also_right"] = [r for r in drafted_readings if r and r != entry["label"]]
            else:
                entry.pop("rules", None)
                entry["also_right"] = []
        if entry.get("label") != "attributed":
            entry["source"], entry["via"] = None, None
        entry["accept"] = [a for a in entry.get("accept") or [] if a != entry.get("label")]
        entry["also_right"] = [a for a in entry.get("also_right") or [] if a != entry.get("label")]
        if is_drafted_note(entry.get("note")):
            # The toolkit's reason argued for its own label: keep it only when the label stays.
            entry["note"] = "" if relabelled else reviewed_note(entry["note"])
        entry["text"] = sentence.text
        return entry

    def set_label(self, sentence_id: str, label: str) -> str:
        """Give a sentence the key's label (fact, attributed or opinion); the sentence counts as checked."""
        if label not in SENTENCE_LABELS:
            raise SentenceReviewError(f"label must be one of {', '.join(SENTENCE_LABELS)}, not {label!r}")
        self._edit(sentence_id, label=label)
        return self._changed(sentence_id, f"{sentence_id} is now {LABELS[label].title}.")

    def set_source(self, sentence_id: str, source: str | None, via: str | None = None) -> str:
        """Who an attributed sentence is credited to (and who passed it on); the label becomes attributed."""
        source = (source or "").strip() or None
        self._edit(sentence_id, label="attributed", source=source, via=(via or "").strip() or None)
        said = f"credited to {source}" if source else "attributed, with no source named yet"
        return self._changed(sentence_id, f"{sentence_id} is {said}.")

    def set_note(self, sentence_id: str, note: str) -> str:
        """The note students see after checking this sentence (why the key says what it says)."""
        self._edit(sentence_id, note=str(note).strip())
        return self._changed(sentence_id, f"Note saved for {sentence_id}.")

    def set_accept(self, sentence_id: str, labels: Iterable[str]) -> str:
        """Other labels a careful reader could defend for this sentence (worth half credit)."""
        labels = _label_list("accept", labels)
        entry = self._edit(sentence_id, accept=labels)
        entry["also_right"] = [a for a in entry.get("also_right") or [] if a not in labels]
        return self._changed(sentence_id, f"{sentence_id} also accepts: {self._titles(sentence_id, labels)}.")

    def set_also_right(self, sentence_id: str, labels: Iterable[str]) -> str:
        """Other labels a taught reading rule leads to (full credit); a label moves out of `accept`."""
        labels = _label_list("also_right", labels)
        entry = self._edit(sentence_id, also_right=labels)
        entry["accept"] = [a for a in entry.get("accept") or [] if a not in labels]
        return self._changed(sentence_id, f"{sentence_id} also gives full credit to: {self._titles(sentence_id, labels)}.")

    def _titles(self, sentence_id: str, labels: list[str]) -> str:
        """The other labels' titles, for a message ("Opinion, Attributed claim"), or "nothing else"."""
        own = self.entries[sentence_id]["label"]
        return ", ".join(LABELS[label].title for label in labels if label != own) or "nothing else"

    def add(self, sentence_id: str, label: str, source: str | None = None, note: str = "") -> str:
        """Answer a sentence the key does not cover yet."""
        if label not in SENTENCE_LABELS:
            raise SentenceReviewError(f"label must be one of {', '.join(SENTENCE_LABELS)}, not {label!r}")
        self._edit(sentence_id, label=label, source=(source or None) if label == "attributed" else None,
                   note=note.strip())
        return self._changed(sentence_id, f"Added {sentence_id} as {LABELS[label].title}.")

    def accept(self, sentence_id: str, accepted: bool = True) -> str:
        """Mark one drafted answer as checked by you (or not)."""
        sentence = self._sentence(sentence_id)
        if sentence_id not in self.entries:
            raise SentenceReviewError(f"{sentence_id} has no answer to accept yet: give it a label first")
        if accepted:
            entry = self.entries[sentence_id]
            if is_drafted_note(entry.get("note")):
                entry["note"] = reviewed_note(entry["note"])
            self.accepted.add(sentence_id)
        else:
            self.accepted.discard(sentence_id)
        self.status = "draft"
        verb = "Accepted" if accepted else "No longer accepted:"
        saved = self._save_now()
        message = f"{verb} {sentence_id} \u201c{_short(sentence.text)}\u201d. {self.progress()}"
        message += "" if saved else f" {self.save_error}"
        for callback in list(self._listeners):
            callback(message)
        return message

    def accept_all(self) -> str:
        """Accept every answer the key has (use after reading them all)."""
        for sentence_id, entry in self.entries.items():
            if is_drafted_note(entry.get("note")):
                entry["note"] = reviewed_note(entry["note"])
        self.accepted = set(self.entries)
        return self._changed(None, "Accepted every answer.")

    def unanswered(self) -> list[str]:
        """Sentences the key has no label for (a reviewed key must answer every one)."""
        return [s.id for s in self.article.sentences if not (self.entries.get(s.id) or {}).get("label")]

    def unchecked(self) -> list[str]:
        """Answered sentences nobody has accepted or fixed yet."""
        return [s.id for s in self.article.sentences if s.id in self.entries and s.id not in self.accepted]

    def mark_reviewed(self) -> Path:
        """Accept every answer and save the key with status "reviewed" (refused while a sentence is unanswered)."""
        missing = self.unanswered()
        if missing:
            raise SentenceReviewError(f"give a label to every sentence first; unanswered: {', '.join(missing)}")
        previous = (self.status, set(self.accepted), {k: dict(v) for k, v in self.entries.items()})
        for entry in self.entries.values():
            if is_drafted_note(entry.get("note")):
                entry["note"] = reviewed_note(entry["note"])
        self.status = "reviewed"
        self.accepted = set(self.entries)
        problems = self.problems()
        if problems:
            self.status, self.accepted, self.entries = previous
            raise SentenceReviewError("the key cannot be saved as reviewed: " + "; ".join(problems))
        path = self.save()
        message = f"Saved the sentence key as reviewed: {len(self.entries)} sentences in {path}."
        for callback in list(self._listeners):
            callback(message)
        return path

    def progress(self) -> str:
        total = len(self.article.sentences)
        return (f"{len(self.accepted & set(self.entries))} of {total} sentences checked; "
                f"the key is {self.status}.")


def _label_list(field: str, labels: Iterable[str]) -> list[str]:
    """`labels` without repeats, each one of the taxonomy's labels (else a message naming `field`)."""
    labels = list(dict.fromkeys(labels))
    bad = [label for label in labels if label not in SENTENCE_LABELS]
    if bad:
        raise SentenceReviewError(f"{field} must list labels from {', '.join(SENTENCE_LABELS)}, not {bad}")
    return labels
