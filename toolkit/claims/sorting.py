"""The sorting activity: a student sorts sentences into fact / attributed / opinion.

Two jobs, kept out of the widget so they can be tested and reused:

- checking a student's choices against the answer key, with partial credit and the
  toolkit's own label and reasons beside each answer (`check_choices`, pure);
- the save file, `student_dir(student)/sorting/<slug>.json`, written atomically on every
  change and read back on the next run; a damaged file, or one for another article, text
  version or student, is set aside and reported, never overwritten (`SortingStore`).

Credit per sentence: the key's label scores 1 (for an attributed sentence, 0.6 for the
label and 0.4 for naming the source; naming only who passed the words on earns half the
source part); a label a taught reading rule also leads to (the key's `also_right`) scores 1
too; a label the key lists as merely defensible (`accept`) scores 0.5; anything else 0.
Lines the key calls `no_claim` (navigation, credits, site text) are not scored unless the
caller asks for them (`include_no_claim=True`): students sort claims, not page furniture.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from toolkit.text.word_count import count_words
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS
from toolkit.article.model import Article
from toolkit.keys.sentence_keys import SentenceKey, source_matches
from toolkit.storage.store import (StoreError, current_student, header_problem, load_or_set_aside, read_json,
                                   shape_problem, student_dir)
from toolkit.storage.student_names import validate_student_name

SORTING_FORMAT = "toolkit.sorting/1"
LABEL_CREDIT_ATTRIBUTED = 0.6
SOURCE_CREDIT = 0.4
DEFENSIBLE_CREDIT = 0.5


@dataclass(frozen=True)
class Choice:
    """What a student chose for one sentence."""

    label: str | None = None
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "source": self.source}


@dataclass(frozen=True)
class SentenceFeedback:
    """Feedback on one sentence: the credit earned, a message, the key's note and the toolkit's view."""

    sentence_id: str
    chosen: str | None
    source_given: str
    expected: str
    expected_source: str | None
    credit: float
    verdict: str  # "right", "partly", "defensible", "wrong", "unanswered"
    message: str
    note: str
    toolkit_label: str | None = None
    toolkit_source: str | None = None
    toolkit_reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__, toolkit_reasons=list(self.toolkit_reasons))


@dataclass(frozen=True)
class SortingResult:
    """Feedback for every sentence of a passage and the total."""

    feedback: tuple[SentenceFeedback, ...]

    @property
    def score(self) -> float:
        return round(sum(f.credit for f in self.feedback), 2)

    @property
    def out_of(self) -> int:
        return len(self.feedback)

    @property
    def answered(self) -> int:
        return sum(1 for f in self.feedback if f.chosen)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "out_of": self.out_of, "answered": self.answered,
                "feedback": [f.to_dict() for f in self.feedback]}


def passage_ids(article: Article, passage: str | Sequence[str] | None = None) -> list[str]:
    """Sentence ids of a passage: a list of ids, a part's name ("framing", "body"), a block kind, or all."""
    if passage is None or passage == "all":
        return [s.id for s in article.sentences]
    if isinstance(passage, str):
        if passage in article.parts:
            blocks = set(article.parts[passage])
            return [s.id for s in article.sentences if s.block in blocks]
        kinds = {b.kind for b in article.blocks}
        if passage in kinds:
            return [s.id for s in article.sentences if article.blocks[s.block].kind == passage]
        raise ValueError(f"no part or block kind {passage!r}; parts: {', '.join(article.parts)}")
    ids = list(passage)
    known = {s.id for s in article.sentences}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ValueError(f"no sentence {', '.join(map(repr, unknown))} in this article (it has s1 to s{len(known)})")
    return ids


def check_choices(key: SentenceKey, choices: Mapping[str, Choice], sentence_ids: Sequence[str],
                  toolkit_labels: Mapping[str, Any] | None = None, *,
                  include_no_claim: bool = False) -> SortingResult:
    """Compare a student's choices with the key, sentence by sentence, with partial credit."""
    feedback = []
    for sentence_id in sentence_ids:
        entry = key.get(sentence_id)
        if entry is None or entry.label == "no_claim" and not include_no_claim:
            continue
        choice = choices.get(sentence_id, Choice())
        machine = (toolkit_labels or {}).get(sentence_id)
        reasons = tuple(c.why for c in machine.deciding_cues[:4]) if machine is not None else ()
        credit, verdict, message = _judge(entry, choice)
        feedback.append(SentenceFeedback(
            sentence_id, choice.label, choice.source, entry.label, entry.source, round(credit, 2), verdict, message,
            entry.note, getattr(machine, "label", None), getattr(machine, "source", None), reasons))
    return SortingResult(tuple(feedback))


def _judge(entry, choice: Choice) -> tuple[float, str, str]:
    title = LABELS[entry.label].title.lower()
    if not choice.label:
        return 0.0, "unanswered", "Not sorted yet."
    if choice.label != entry.label and choice.label in entry.also_right:
        return (1.0, "right", f"Right: {LABELS[choice.label].title.lower()} follows from a rule you were taught. "
                              f"The key's first answer is {title}: read its note.")
    if choice.label != entry.label:
        if choice.label in entry.accept:
            return (DEFENSIBLE_CREDIT, "defensible",
                    f"Defensible, but the key says {title}: read the note and decide which you can argue better.")
        return 0.0, "wrong", f"The key says {title}."
    if entry.label != "attributed":
        return 1.0, "right", f"Right: {title}."
    given = choice.source.strip()
    if source_matches(given, entry.source):
        return 1.0, "right", f"Right: attributed to {entry.source}."
    if entry.via and source_matches(given, entry.via):
        return (LABEL_CREDIT_ATTRIBUTED + SOURCE_CREDIT / 2, "partly",
                f"Attributed, yes. {entry.via} passed the words on; they are {entry.source}'s words.")
    if not given:
        return (LABEL_CREDIT_ATTRIBUTED, "partly",
                f"Attributed, yes. Now say who: the key names {entry.source or 'no one by name'}.")
    return (LABEL_CREDIT_ATTRIBUTED, "partly",
            f"Attributed, yes, but the source is {entry.source or 'not named'}, not {given!r}.")


def check_rewrite(text: str, want: str, original: str | None = None,
                  allowed_sources: Sequence[str] = ()) -> tuple[bool, str]:
    """A challenge: does the toolkit read the student's sentence as `want`? Say why either way.

    Given the `original` sentence, the reading rules apply too: deleting a hedge does not turn a
    guess into a fact (`guess-stays-a-guess`), and a claim may only be credited to its writer or
    to a source in `allowed_sources`, never to someone the original does not give
    (`no-new-sources`).
    """
    from toolkit.claims.sentence_labels import label_text

    if want not in SENTENCE_LABELS:
        raise ValueError(f"want must be one of {', '.join(SENTENCE_LABELS)}")
    if not isinstance(text, str) or count_words(text) < 3:
        return False, "Write a whole sentence first (at least three words)."
    labels = label_text(text, split=False)
    if not labels:
        return False, "Write a whole sentence first."
    got = labels[0]
    reasons = " ".join(c.why for c in got.deciding_cues[:2])
    if original:
        problem = _rule_problem(original, text, want, got, allowed_sources)
        if problem:
            return False, problem
    if got.label == want:
        who = f" (source: {got.source})" if got.label == "attributed" and got.source else ""
        return True, f"Yes: the toolkit reads it as {want}{who}. {reasons}"
    return False, f"Not yet: the toolkit reads it as {got.label}. {reasons}"


def _rule_problem(original: str, text: str, want: str, got, allowed_sources: Sequence[str]) -> str | None:
    """What a rewrite does against the reading rules, in words for the student, or None."""
    from toolkit.keys.sentence_keys import source_matches
    from toolkit.loaded.claims_kept import WRITER_WORDS, check_claims

    checks = check_claims(original, text)
    statuses = {c.status for c in checks}
    if want == "fact" and "flat" in statuses:
        return ("Not yet: this is still the same guess, only without its hedge. Deleting \u201cmay\u201d does not "
                "turn a guess into a fact: write something checkable instead (a fact you could look up).")
    if want == "attributed" and got.label == "attributed":
        from toolkit.keys.sentence_keys import source_words

        named = source_words(got.source)
        writer = any(w in WRITER_WORDS for w in named)
        if named and not writer and not any(source_matches(got.source, a) for a in allowed_sources):
            return (f"Not yet: the original does not say that {got.source} said this. Never add a source the "
                    "original did not give: it puts words in a real person's mouth. Credit the claim to whoever "
                    "really made it (who wrote this sentence?).")
    return None


# ----- the save file ------------------------------------------------------------------------

class SortingStore:
    """A student's sorting choices for one article, saved on every change and restored on the next run."""

    def __init__(self, article: Article, student: str | None = None):

        self.article = article
        self.student = validate_student_name(student or current_student())
        self.slug = article.slug
        self.path: Path = student_dir(self.student) / "sorting" / f"{self.slug}.json"
        self.choices: dict[str, Choice] = {}
        self.problem: str | None = None
        #: Changes made here and not yet saved: (sentence id, label, source), applied to the file on the next save.
        self._pending: list[tuple[str, str | None, str | None]] = []

    def load(self) -> dict[str, Choice]:
        """Read the save file; a damaged or foreign one is set aside and `problem` says so."""

        loaded = load_or_set_aside(self.path, validate=self.validate)
        self.problem = loaded.problem
        data = loaded.data or {}
        self.choices = {sid: Choice(c.get("label"), c.get("source") or "")
                        for sid, c in data.get("choices", {}).items()}
        return dict(self.choices)

    def validate(self, data: Any) -> str | None:
        """Why a save file cannot be used for this article and student, or None."""
        header = header_problem(data, SORTING_FORMAT, content_hash=self.article.content_hash,
                                article=self.slug, student=self.student)
        if header:
            return header
        choices = data.get("choices")
        known = {s.id for s in self.article.sentences}
        if not isinstance(choices, dict):
            return "the save file has no choices"
        for sid, choice in choices.items():
            if sid not in known or not isinstance(choice, dict):
                return f"the save file has a choice for an unknown sentence {sid!r}"
            if choice.get("label") not in (None, *SENTENCE_LABELS) or not isinstance(choice.get("source", ""),
                                                                                        (str, type(None))):
                return f"the save file has an unreadable choice for {sid}"
        return None

    def set(self, sentence_id: str, label: str | None = None, source: str | None = None) -> None:
        """Record one change and save at once, merged under the file's lock with whatever another
        sorting widget (another notebook) saved meanwhile; a change that could not be saved is
        kept here and saved with the next one."""
        self._pending.append((sentence_id, label, source))
        self.choices = self._apply(self.choices, [(sentence_id, label, source)])
        self.save()

    @staticmethod
    def _apply(choices: Mapping[str, Choice], operations) -> dict[str, Choice]:
        result = dict(choices)
        for sentence_id, label, source in operations:
            old = result.get(sentence_id, Choice())
            result[sentence_id] = Choice(old.label if label is None else (label or None),
                                         old.source if source is None else source)
        return result

    def _merge_saved(self) -> None:
        """Take in choices another sorting widget for the same article saved since this one loaded."""

        if not self.path.exists():
            return
        try:
            data = read_json(self.path)
        except StoreError:
            return
        if shape_problem(data, self.validate) is None:
            saved = {sid: Choice(c.get("label"), c.get("source") or "") for sid, c in data["choices"].items()}
            self.choices = self._apply(saved, self._pending)

    def save(self) -> None:
        """Save: this notebook's unsaved changes applied to the file as it is now, under its lock."""
        from toolkit.storage.merge_save import update_json

        pending = list(self._pending)

        def change(current: Any) -> dict[str, Any]:
            if current is None:
                choices = self.choices
            else:
                saved = {sid: Choice(c.get("label"), c.get("source") or "") for sid, c in current["choices"].items()}
                choices = self._apply(saved, pending)
            return self.document(choices)

        merged = update_json(self.path, change, validate=self.validate)
        del self._pending[:len(pending)]
        if merged.problem:
            self.problem = merged.problem
        self.choices = {sid: Choice(c.get("label"), c.get("source") or "")
                        for sid, c in merged.data["choices"].items()}

    def document(self, choices: Mapping[str, Choice]) -> dict[str, Any]:
        return {
            "format": SORTING_FORMAT,
            "article": self.slug,
            "content_hash": self.article.content_hash,
            "student": self.student,
            "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "choices": {sid: c.to_dict() for sid, c in sorted(choices.items(), key=lambda i: int(i[0][1:]))},
        }
