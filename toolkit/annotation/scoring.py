"""Scoring a student's spans against an answer key: per-label precision, recall and F1, and feedback.

The figures are for instructors (the gradebook, instructor mode). The feedback students read
says in plain words what they found, what they missed and where, and what to look at next:
no precision, recall or F1 in it.

Two ways to count a student's mark as right:

* **lenient** (the headline figures): the mark overlaps a key span *of the same label* by at
  least half of the shorter of the two. "enemy of not only NATO" against a key's "an enemy"
  counts; a mark that only grazes a key span with one word of a long sentence does not.
* **exact**: same start and end. Reported alongside, because word-perfect edges are a
  separate skill (where does a loaded phrase begin?) and rarely the point of the lesson.

Matching is one-to-one: each key span can be claimed by one mark and each mark can claim one
key span, and among the possible pairings the largest is taken (a maximum bipartite
matching), preferring exact and then larger overlaps. Without it, one long mark laid over
three key phrases would count as finding all three (recall for free), and marking the same
phrase three times would count three correct marks (precision for free). With it, the
numbers mean what a student expects: "you found 4 of the 6", "4 of your 5 marks are in the
key".

Feedback names what was missed by label and place ("2 loaded phrases missed in paragraph
1"), never by the key's words, so a student can look again without being handed the answer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from toolkit.annotation.spans import Span, SpanKey, as_span
from toolkit.article.model import Article
from toolkit.annotation.labels import LABELS, Label
from toolkit.article.places import place_of

#: A mark matches a key span when they share at least this share of the shorter one.
MIN_OVERLAP_SHARE = 0.5

#: How feedback names one and several spans of a label.
NOUNS = {
    "loaded": ("loaded phrase", "loaded phrases"),
    "opinion": ("opinion", "opinions"),
    "fact": ("reported fact", "reported facts"),
    "attributed": ("attributed claim", "attributed claims"),
    "source": ("source", "sources"),
}


def nouns(label: str, labels: Mapping[str, Label] | None = None) -> tuple[str, str]:
    """The singular and plural a sentence of feedback uses for a label."""
    if label in NOUNS:
        return NOUNS[label]
    title = (labels or {}).get(label).title if labels and label in labels else label
    return f"\u201c{title}\u201d mark", f"\u201c{title}\u201d marks"


def _count(number: int, label: str, labels: Mapping[str, Label] | None) -> str:
    singular, plural = nouns(label, labels)
    return f"{number} {singular if number == 1 else plural}"


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(precision: float | None, recall: float | None, key_count: int, student_count: int) -> float | None:
    if key_count == 0 and student_count == 0:
        return None  # nothing to find and nothing marked: no score, not a perfect one
    if precision is None or recall is None:
        return 0.0  # one side empty, the other not
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class LabelScore:
    """Counts for one label (or for all of them: `label == "all"`) and the figures they give.

    `precision` is None when the student made no marks, `recall` when the key has none, and
    `f1` when neither has any (there was nothing to score).
    """

    label: str
    key_count: int
    student_count: int
    matched: int
    exact: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.matched, self.student_count)

    @property
    def recall(self) -> float | None:
        return _ratio(self.matched, self.key_count)

    @property
    def f1(self) -> float | None:
        return _f1(self.precision, self.recall, self.key_count, self.student_count)

    @property
    def exact_precision(self) -> float | None:
        return _ratio(self.exact, self.student_count)

    @property
    def exact_recall(self) -> float | None:
        return _ratio(self.exact, self.key_count)

    @property
    def exact_f1(self) -> float | None:
        return _f1(self.exact_precision, self.exact_recall, self.key_count, self.student_count)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label, "key_count": self.key_count, "student_count": self.student_count,
            "matched": self.matched, "exact": self.exact,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "exact_precision": self.exact_precision, "exact_recall": self.exact_recall, "exact_f1": self.exact_f1,
        }


@dataclass(frozen=True)
class Missed:
    """A key span no mark found: its label and place only (the key's words stay hidden)."""

    label: str
    place: str
    marked_as: str | None = None  # the label the student gave that passage instead, if any


@dataclass(frozen=True)
class Unmatched:
    """A student's mark that matches no key span of its label (the student's own words may be shown)."""

    span_id: str
    label: str
    text: str
    place: str


@dataclass(frozen=True)
class SpanScore:
    """A student's marks scored against a key, per label and in total, with feedback lines."""

    labels: tuple[str, ...]
    by_label: dict[str, LabelScore]
    total: LabelScore
    #: (student span id, key span index in key order) for every lenient match.
    matches: tuple[tuple[str, int], ...]
    missed: tuple[Missed, ...]
    unmatched: tuple[Unmatched, ...]
    #: Marks that matched leniently but not exactly, per label.
    near: dict[str, int]
    #: Labels the student used that the key does not score.
    not_scored: tuple[str, ...]
    feedback: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "by_label": {label: score.to_dict() for label, score in self.by_label.items()},
            "total": self.total.to_dict(),
            "missed": [{"label": m.label, "place": m.place, "marked_as": m.marked_as} for m in self.missed],
            "unmatched": [{"id": u.span_id, "label": u.label, "text": u.text, "place": u.place}
                          for u in self.unmatched],
            "near": dict(self.near),
            "not_scored": list(self.not_scored),
            "feedback": list(self.feedback),
        }

    def report(self) -> str:
        """The feedback as a few lines of text, headline figures first."""
        return "\n".join(self.feedback)

    def _repr_pretty_(self, printer, cycle) -> None:  # a bare `score` in a notebook cell prints the report
        printer.text(self.report())


def overlaps_enough(a: Span, b: Span, share: float = MIN_OVERLAP_SHARE) -> bool:
    """True when `a` and `b` share at least `share` of the shorter span's characters."""
    shorter = min(len(a), len(b))
    return shorter > 0 and a.overlap(b) >= share * shorter


def match_spans(student: Sequence[Span], key: Sequence[Span]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of marks to key spans that overlap enough (any label: filter first).

    Kuhn's augmenting paths: each mark tries its candidates best first (exact, then the
    largest overlap, then the earliest), and may take a key span from an earlier mark when that
    mark can move to another. The result has as many pairs as any one-to-one pairing can.
    Returns (mark index, key index) pairs.
    """
    candidates = []
    for mark in student:
        options = [j for j, target in enumerate(key) if overlaps_enough(mark, target)]
        options.sort(key=lambda j: ((key[j].start, key[j].end) != (mark.start, mark.end),
                                    -mark.overlap(key[j]), key[j].start))
        candidates.append(options)
    owner: dict[int, int] = {}  # key index -> mark index
    claimed: dict[int, int] = {}  # mark index -> key index
    for first in range(len(student)):
        _augment(first, candidates, owner, claimed)
    return sorted((i, j) for j, i in owner.items())


def _augment(first: int, candidates: list[list[int]], owner: dict[int, int], claimed: dict[int, int]) -> bool:
    """Find a chain first -> key -> its owner -> another key ... ending at a free key span, and flip it.

    Iterative (an explicit stack), so a thousand marks cannot exhaust Python's recursion limit.
    """
    reached_from: dict[int, int] = {}  # key index -> the mark whose search reached it
    stack = [(first, iter(candidates[first]))]
    while stack:
        mark, options = stack[-1]
        for j in options:
            if j in reached_from:
                continue
            reached_from[j] = mark
            if j not in owner:
                while True:  # flip the chain back to `first`
                    holder = reached_from[j]
                    previous = claimed.get(holder)
                    owner[j], claimed[holder] = holder, j
                    if holder == first:
                        return True
                    j = previous
            stack.append((owner[j], iter(candidates[owner[j]])))
            break
        else:
            stack.pop()
    return False


def _exact_count(student: Sequence[Span], key: Sequence[Span]) -> int:
    mine = Counter((s.start, s.end) for s in student)
    theirs = Counter((s.start, s.end) for s in key)
    return sum((mine & theirs).values())


def score_spans(student: Iterable[Span | Mapping[str, Any]], key: SpanKey | Iterable[Span | Mapping[str, Any]], *,
                labels: Iterable[str] | str | None = None, article: Article | None = None) -> SpanScore:
    """Score a student's spans against a key, per label, with feedback that does not reveal the key.

    `labels` limits the scoring to some labels (default: every label the key uses, or the
    student's labels when the key is empty); the student's spans with other labels are left
    out and named in `not_scored`. With `article`, feedback says where ("in paragraph 2");
    without it, only how many.
    """
    marks = [as_span(item) for item in student]
    key_labels: Mapping[str, Label] = dict(LABELS)
    if isinstance(key, SpanKey):
        key_labels = key.labels
        key_spans = list(key.spans)
    else:
        key_spans = [as_span(item) for item in key]
    if isinstance(labels, str):
        labels = [labels]
    if labels is None:
        used = {span.label for span in key_spans} or {span.label for span in marks}
        chosen = [name for name in key_labels if name in used] + sorted(used - set(key_labels))
    else:
        chosen = list(dict.fromkeys(labels))
    not_scored = tuple(sorted({m.label for m in marks} - set(chosen)))

    by_label: dict[str, LabelScore] = {}
    matches: list[tuple[str, int]] = []
    missed: list[Missed] = []
    unmatched: list[Unmatched] = []
    near: dict[str, int] = {}
    for label in chosen:
        mine = [m for m in marks if m.label == label]
        keyed = [(j, s) for j, s in enumerate(key_spans) if s.label == label]
        pairs = match_spans(mine, [s for _, s in keyed])
        exact = _exact_count(mine, [s for _, s in keyed])
        by_label[label] = LabelScore(label, len(keyed), len(mine), len(pairs), exact)
        near[label] = sum(1 for i, j in pairs if (mine[i].start, mine[i].end) != (keyed[j][1].start, keyed[j][1].end))
        matches += [(mine[i].id, keyed[j][0]) for i, j in pairs]
        found = {j for _, j in pairs}
        claimed = {i for i, _ in pairs}
        for j, (_, target) in enumerate(keyed):
            if j not in found:
                other = next((m.label for m in marks if m.label != label and overlaps_enough(m, target)), None)
                missed.append(Missed(label, place_of(article, target.start), other))
        for i, mark in enumerate(mine):
            if i not in claimed:
                unmatched.append(Unmatched(mark.id, label, mark.text, place_of(article, mark.start)))

    total = LabelScore("all", sum(s.key_count for s in by_label.values()),
                       sum(s.student_count for s in by_label.values()),
                       sum(s.matched for s in by_label.values()), sum(s.exact for s in by_label.values()))
    feedback = _feedback(chosen, by_label, missed, unmatched, near, not_scored, key_labels, article)
    return SpanScore(tuple(chosen), by_label, total, tuple(matches), tuple(missed), tuple(unmatched),
                     near, not_scored, tuple(feedback))


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{round(100 * value)}%"


def _feedback(chosen, by_label, missed, unmatched, near, not_scored, labels, article) -> list[str]:
    lines = []
    for label in chosen:
        score = by_label[label]
        title = labels[label].title if label in labels else label
        singular, plural = nouns(label, labels)
        if score.key_count == 0 and score.student_count == 0:
            lines.append(f"{title}: the key has no {plural} and you marked none.")
            continue
        if score.student_count == 0:
            lines.append(f"{title}: you have not marked any {plural} yet; the key has {score.key_count}. "
                         "Mark some, then check again.")
            continue
        elif score.key_count == 0:
            lines.append(f"{title}: the key has no {plural}, and you marked {score.student_count}.")
        else:
            # Students read counts and places; the figures (precision, recall, F1) stay on the
            # score for instructors and the gradebook.
            lines.append(f"{title}: you found {score.matched} of the key's {score.key_count} {plural}; "
                         f"{_marks_in_key(score.matched, score.student_count)}.")
        if score.key_count and score.matched == score.key_count and score.matched == score.student_count:
            if near.get(label):
                lines.append(f"  All {score.key_count} found and every mark counts; "
                             f"{near[label]} start or end on different words from the key.")
            else:
                lines.append(f"  All {score.key_count} found, every mark counts, every edge exact. Well done.")
            continue
        lines += _grouped_misses(label, [m for m in missed if m.label == label], labels)
        extra = [u for u in unmatched if u.label == label]
        for item in extra[:5]:
            lines.append(f"  Your {singular} \u201c{_short(item.text)}\u201d in {item.place} is not in the key: "
                         "look again, or be ready to argue for it.")
        if len(extra) > 5:
            lines.append(f"  ... and {len(extra) - 5} more of your {plural} are not in the key.")
        if near.get(label):
            count = near[label]
            verb = "starts or ends" if count == 1 else "start or end"
            lines.append(f"  {count} of your matching marks {verb} on different words from the key: "
                         "check where each phrase begins and ends.")
        places = list(dict.fromkeys(m.place for m in missed if m.label == label))
        if places:
            lines.append(f"  Next: reread {places[0]} and look for {plural} you have not marked yet.")
        elif extra:
            lines.append(f"  Next: for each mark not in the key, say why it is {_article(title)} {title.lower()}, "
                         "or take it off.")
    if not_scored:
        names = ", ".join(labels[n].title if n in labels else n for n in not_scored)
        lines.append(f"Not scored here: your marks labelled {names}.")
    return lines


def _article(title: str) -> str:
    return "an" if title[:1].lower() in "aeiou" else "a"


def _marks_in_key(matched: int, marked: int) -> str:
    if marked == 1:
        return f"your 1 mark {'is' if matched else 'is not'} in the key"
    return f"{matched} of your {marked} marks {'is' if matched == 1 else 'are'} in the key"


def _grouped_misses(label: str, misses: list[Missed], labels) -> list[str]:
    lines = []
    plain: dict[str, int] = defaultdict(int)
    relabelled: dict[tuple[str, str], int] = defaultdict(int)
    for miss in misses:
        if miss.marked_as:
            relabelled[(miss.place, miss.marked_as)] += 1
        else:
            plain[miss.place] += 1
    for place, count in plain.items():
        lines.append(f"  {_count(count, label, labels)} missed in {place}.")
    for (place, other), count in relabelled.items():
        other_title = labels[other].title if other in labels else other
        lines.append(f"  {_count(count, label, labels)} in {place}: you labelled "
                     f"{'it' if count == 1 else 'them'} {other_title} instead.")
    return lines


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
