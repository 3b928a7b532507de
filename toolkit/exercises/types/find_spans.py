"""Find the spans: mark words or phrases of one label in a passage ("mark four loaded words in
paragraph 1"), scored with the annotation module's overlap matching (`toolkit.annotation.scoring`).

Source::

    type: find_spans
    passage: {paragraphs: [1, 2]}
    label: loaded              # any span label: loaded, opinion, fact, attributed, source
    find: 4                    # optional: find this many; without it, find them all
    max_marks: 4               # optional: most marks checked (default: `find`)
    key: [enemy, jumping ship] # optional: phrases (every occurrence in the passage);
                               # default: the seed's reviewed span key, that label, that passage

A mark counts when it overlaps a key span by at least half of the shorter of the two, one
mark per key span; a counting mark much longer than its key span (a whole paragraph laid
over one loaded word) counts for half. With `find: N`, each counting mark earns 1/N (up to
N); without it, the credit is the F1 of the marks against every key span of the passage (so
both missing phrases and marking too much cost credit).

Answers: a list of phrases (each found in the passage, a repeated phrase at its next
occurrence) or of spans `{start, end}` (Python offsets into the article).
Built: the key's offsets, sealed.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from toolkit.annotation.spans import Span
from toolkit.article.model import Article
from toolkit.annotation.labels import LABELS
from toolkit.article.places import place_of
from toolkit.annotation.scoring import nouns, overlaps_enough, score_spans
from toolkit.exercises.fields import Fields
from toolkit.exercises.passages import Passage, PassageError, built_passage, resolve_passage
from toolkit.exercises.results import AnswerError, Grade, ItemResult
from toolkit.exercises.sealing import Sealer
from toolkit.exercises.types.base import CompileContext, Compiled, QuestionType

MAX_MARKS = 60
#: A mark that matches a key span but is much longer ("mark the whole paragraph") earns this share.
TOO_LONG_CREDIT = 0.5


def too_long(mark: Span, target: Span) -> bool:
    """Whether a mark covers much more than the key span it matches (over twice its length and 30 more characters)."""
    return len(mark) > max(2 * len(target), len(target) + 30)


def _weighted(items: list[ItemResult]) -> tuple[ItemResult, ...]:
    weight = 1 / max(1, len(items))
    return tuple(ItemResult(i.item, i.status, i.credit, weight, i.feedback, i.label) for i in items)


def _short(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def find_phrase(article: Article, passage: Passage, phrase: str, taken: set[tuple[int, int]]) -> tuple[int, int] | None:
    """The first occurrence of `phrase` in the passage (whole words, any case, any run of spaces) not in `taken`."""
    words = phrase.split()
    if not words:
        return None
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    for start, end in passage.bounds(article):
        for match in pattern.finditer(article.text, start, end):
            if (match.start(), match.end()) not in taken:
                return match.start(), match.end()
    return None


class FindSpans(QuestionType):
    name = "find_spans"
    source_fields = ("passage", "label", "find", "max_marks", "key")
    built_fields = ("passage", "label", "find", "max_marks", "key")

    def __init__(self, question_id: str, article: Article, passage: Passage, label: str, find: int | None,
                 max_marks: int | None, key: str):
        self.question_id = question_id
        self.article = article
        self.passage = passage
        self.label = label
        self.find = find
        self.max_marks = max_marks
        self.key = key  # sealed [[start, end], ...]

    @property
    def nouns(self) -> tuple[str, str]:
        return nouns(self.label)

    @property
    def label_title(self) -> str:
        return LABELS[self.label].title if self.label in LABELS else self.label

    # ----- building ----------------------------------------------------------------------

    @classmethod
    def compile(cls, fields: Fields, context: CompileContext) -> Compiled:
        article = context.article
        try:
            passage = resolve_passage(fields.get("passage"), article) if fields.has("passage") else None
        except PassageError as error:
            fields.problem("passage", str(error))
            passage = None
        if passage is None and not fields.has("passage"):
            fields.problem("passage", "is missing")
        label = fields.text("label", required=False, default="loaded")
        if label not in LABELS:
            fields.problem("label", f"must be one of {', '.join(LABELS)}, not {label!r}")
        find = fields.integer("find", minimum=1)
        max_marks = fields.integer("max_marks", minimum=1)
        if passage is None or label not in LABELS:
            return Compiled({})
        spans: list[tuple[int, int]] = []
        if fields.has("key"):
            taken: set[tuple[int, int]] = set()
            for phrase in fields.items("key", minimum=1):
                if not isinstance(phrase, str) or not phrase.strip():
                    fields.problem("key", "must list phrases of the passage (text)")
                    continue
                found = False
                while (where := find_phrase(article, passage, phrase, taken)) is not None:
                    taken.add(where)
                    spans.append(where)
                    found = True
                if not found:
                    fields.problem("key", f"{phrase!r} is not in {passage.place}")
        else:
            key = context.span_key()
            if key is not None:
                spans = [(s.start, s.end) for s in key.spans_with(label) if passage.contains(article, s.start, s.end)]
                if not spans:
                    fields.problem("passage", f"the span key has no {label!r} spans in {passage.place}")
        spans = sorted(set(spans))
        if find is not None and spans and find > len(spans):
            fields.problem("find", f"asks for {find}, but the key has only {len(spans)} in {passage.place}")
        if max_marks is not None and find is not None and max_marks < find:
            fields.problem("max_marks", f"must be at least `find` ({find})")
        data = {"passage": passage.to_dict(), "label": label, "find": find,
                "max_marks": max_marks if max_marks is not None else find,
                "key": context.seal("key", [list(span) for span in spans])}
        return Compiled(data)

    @classmethod
    def from_built(cls, fields: Fields, question_id: str, article: Article) -> "FindSpans":
        passage = built_passage(fields, article)
        label = fields.text("label") or "loaded"
        return cls(question_id, article, passage, label, fields.integer("find", minimum=1),
                   fields.integer("max_marks", minimum=1), fields.text("key") or "")

    # ----- answering ---------------------------------------------------------------------

    def parse_answer(self, answer: Any) -> Any:
        singular, plural = self.nouns
        if answer is None or (isinstance(answer, (list, tuple)) and not answer) or answer == "":
            raise AnswerError(f"Mark at least one {singular} in {self.passage.place} first.")
        if isinstance(answer, (str, Mapping, Span)):
            answer = [answer]
        if not isinstance(answer, (list, tuple)):
            raise AnswerError("Give your marks as a list of phrases, or of spans with start and end.")
        if len(answer) > MAX_MARKS:
            raise AnswerError(f"That is {len(answer)} marks; keep to the ones you are sure of.")
        marks: list[tuple[int, int]] = []
        taken: set[tuple[int, int]] = set()
        for item in answer:
            start_end = self._locate(item, taken)
            if start_end not in taken:
                taken.add(start_end)
                marks.append(start_end)
        if self.max_marks is not None and len(marks) > self.max_marks:
            extra = len(marks) - self.max_marks
            raise AnswerError(f"You made {len(marks)} marks; this question checks at most {self.max_marks}. "
                              f"Remove {extra} (keep the ones you are surest of), then check.")
        text = self.article.text
        return [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(marks)]

    def _locate(self, item: Any, taken: set[tuple[int, int]]) -> tuple[int, int]:
        place = self.passage.place
        if isinstance(item, str):
            where = find_phrase(self.article, self.passage, item, taken) or \
                find_phrase(self.article, self.passage, item, set())
            if where is None:
                raise AnswerError(f"\u201c{_short(item)}\u201d is not in {place}: copy the words exactly as they "
                                  "are written there.")
            return where
        if isinstance(item, Span):
            item = item.to_dict()
        if not isinstance(item, Mapping):
            raise AnswerError("Each mark must be a phrase or a span with start and end.")
        start, end = item.get("start"), item.get("end")
        if type(start) is not int or type(end) is not int or not 0 <= start < end <= len(self.article.text):
            raise AnswerError("Each span needs whole-number start and end inside the article.")
        if item.get("label") not in (None, self.label):
            raise AnswerError(f"This question checks {self.label_title} marks only, not {item.get('label')!r}.")
        if not self.passage.contains(self.article, start, end):
            raise AnswerError(f"\u201c{_short(self.article.text[start:end])}\u201d is outside {place}: this "
                              f"question is about {place} only.")
        return start, end

    def key_spans(self, sealer: Sealer) -> list[Span]:
        spans = self.open(sealer, "key", self.key, []) or []
        return [Span.of(self.article, s, e, self.label, id=f"key{n}") for n, (s, e) in enumerate(spans)]

    def grade(self, answer: Any, sealer: Sealer) -> Grade:
        singular, plural = self.nouns
        key = self.key_spans(sealer)
        marks = [Span.of(self.article, m["start"], m["end"], self.label, id=f"mark{n}") for n, m in enumerate(answer)]
        score = score_spans(marks, key, labels=[self.label], article=self.article)
        partner = {mark_id: key[j] for mark_id, j in score.matches}
        items, lines = [], []
        for mark in marks:
            where = place_of(self.article, mark.start)
            quoted = f"\u201c{_short(mark.text)}\u201d ({where})"
            target = partner.get(mark.id)
            if target is None:
                overlapping = any(overlaps_enough(mark, k, 0.01) for k in key)
                why = ("it touches one, but too little of it: mark the words that do the work"
                       if overlapping else "look again, or be ready to argue for it")
                items.append(ItemResult(mark.text, "wrong", 0.0, 0.0, f"not one of the key's {plural}: {why}", where))
                lines.append(f"\u2718 {quoted} is not one of the {plural} the key marks: {why}.")
            elif too_long(mark, target):
                items.append(ItemResult(mark.text, "partly", TOO_LONG_CREDIT, 0.0,
                                        "counts for half: it covers much more than the key's phrase", where))
                lines.append(f"\u25d0 {quoted} counts for half: it covers much more than the key's "
                             f"{singular}. Mark just the words that do the work.")
            else:
                edge = ("" if (mark.start, mark.end) == (target.start, target.end)
                        else " (the key's phrase starts or ends on other words, which is fine)")
                items.append(ItemResult(mark.text, "right", 1.0, 0.0, f"counts{edge}", where))
                lines.append(f"\u2714 {quoted} counts{edge}.")
        earned = sum(item.credit for item in items)
        if self.find is not None:
            missing = max(0, self.find - len(marks))
            items += [ItemResult(f"missing-{n}", "missing", 0.0, 0.0, "not marked yet", self.passage.place)
                      for n in range(1, missing + 1)]
            found = sum(1 for item in items if item.status == "right")
            if found < self.find:
                still = self.find - found
                lines.append(f"Find {still} more {singular if still == 1 else plural} in {self.passage.place}.")
            credit = min(earned, self.find) / self.find
            return Grade(round(credit, 4), _weighted(items), tuple(lines), ("mark", "marks"), "not made yet")
        by_place: dict[str, int] = {}
        for miss in score.missed:
            by_place[miss.place] = by_place.get(miss.place, 0) + 1
        for place, count in by_place.items():
            lines.append(f"{count} {singular if count == 1 else plural} still to find in {place}.")
        items += [ItemResult(f"missing-{n}", "missing", 0.0, 0.0, "still to find", miss.place)
                  for n, miss in enumerate(score.missed, start=1)]
        precision = earned / len(marks) if marks else 0.0
        recall = earned / len(key) if key else 0.0
        credit = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
        wrong = sum(1 for item in items if item.status == "wrong")
        found = sum(1 for item in items if item.status in ("right", "partly"))
        halves = sum(1 for item in items if item.status == "partly")
        summary = self._summary(len(key), found, halves, wrong)
        if not score.missed and wrong:
            lines.append("You found every one; the marks that are not in the key cost part of the credit.")
        return Grade(round(credit, 4), _weighted(items), tuple(lines), (singular, plural), "still to find", summary)

    def _summary(self, total: int, found: int, halves: int, wrong: int) -> str:
        """The headline of a find-them-all question, counted from the items (never "all" unless all)."""
        singular, plural = self.nouns
        place = self.passage.place
        extra = (f"; {wrong} of your marks {'is' if wrong == 1 else 'are'} not in the key" if wrong else "")
        if total == 1:
            if found and not halves:
                return f"You found the {singular} in {place}" + (extra or ", and nothing else") + "."
            if found:
                return f"You found the {singular} in {place}, but only in part" + extra + "."
            return f"You have not found the {singular} in {place} yet" + extra + "."
        if found == total and not halves:
            return f"You found all {total} {plural} in {place}" + (extra or ", and nothing else") + "."
        part = f" ({halves} only in part)" if halves else ""
        return f"You found {found} of the {total} {plural} in {place}{part}{extra}."

    def reveal(self, sealer: Sealer) -> tuple[str, ...]:
        singular, plural = self.nouns
        key = self.key_spans(sealer)
        listed = "; ".join(f"\u201c{_short(s.text)}\u201d ({place_of(self.article, s.start)})" for s in key)
        return (f"The {plural} the key marks in {self.passage.place}: {listed}.",)
