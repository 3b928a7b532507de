"""How far students agree when they mark up the same article: Cohen's kappa, Krippendorff's alpha.

Agreement is counted per word (token level): every word of the article is an item, and each
student gives it the set of labels of the marks covering it (often the empty set). Two
students who both leave a word unmarked agree on it too, which is why chance agreement must
be taken out: kappa and alpha do that, and NLTK's `AnnotationTask` computes both.

* `cohen_kappa(a, b, article)`: two annotators (a student and the teacher, or two students).
* `krippendorff_alpha({name: spans}, article)`: a whole class; copes with any number of
  students.
* `class_agreement(...)`: alpha overall and per label, plus where the class disagrees, per
  word and per sentence, for `toolkit.render.agreement_map` to draw.

With `label="loaded"` a word's value is just "marked loaded or not"; with no label it is the
whole set of labels, compared as equal or not (nominal data).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from toolkit.annotation.spans import Span, as_span, word_spans
from toolkit.article.model import Article

WordValue = frozenset  # the labels covering a word (empty when unmarked)


def article_words(article: Article, blocks: Iterable[int] | None = None) -> list[tuple[int, int]]:
    """The words agreement is counted over: all of the article's, or those of some blocks."""
    if blocks is None:
        return word_spans(article.text)
    chosen = set(blocks)
    return [w for b in article.blocks if b.index in chosen for w in word_spans(article.text, b.start, b.end)]


def word_values(words: Sequence[tuple[int, int]], spans: Iterable[Span | Mapping[str, Any]],
                label: str | None = None) -> list[Any]:
    """Each word's value for one annotator: the labels of the marks touching it, or (with `label`) True/False."""
    covering: list[set[str]] = [set() for _ in words]
    starts = [start for start, _ in words]
    from bisect import bisect_left, bisect_right

    for span in map(as_span, spans):
        first = max(0, bisect_right(starts, span.start) - 1)
        last = bisect_left(starts, span.end)
        for index in range(first, last):
            start, end = words[index]
            if start < span.end and span.start < end:
                covering[index].add(span.label)
    if label is not None:
        return [label in labels for labels in covering]
    return [frozenset(labels) for labels in covering]


@dataclass(frozen=True)
class Agreement:
    """One agreement figure with what it means, or why it could not be computed (`value` None)."""

    measure: str
    value: float | None
    label: str | None
    annotators: tuple[str, ...]
    words: int
    #: Share of annotator pairs agreeing on a word, averaged over words (before removing chance).
    observed: float | None
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"measure": self.measure, "value": self.value, "label": self.label,
                "annotators": list(self.annotators), "words": self.words, "observed": self.observed,
                "why": self.why}


def _task(values_by_annotator: Mapping[str, Sequence[Any]]):
    from nltk.metrics.agreement import AnnotationTask

    return AnnotationTask(data=[(name, index, value) for name, values in values_by_annotator.items()
                                for index, value in enumerate(values)])


def _observed(values_by_annotator: Mapping[str, Sequence[Any]]) -> float | None:
    shares = word_disagreement_from_values(values_by_annotator)
    return None if not shares else 1 - sum(shares) / len(shares)


def _what(label: str | None) -> str:
    return f"marking words as {label!r}" if label else "the labels given to each word"


def _degenerate(values_by_annotator: Mapping[str, Sequence[Any]]) -> str | None:
    every = {value for values in values_by_annotator.values() for value in values}
    if not every or not any(values_by_annotator.values()):
        return "there are no words to compare"
    if len(every) == 1:
        (only,) = every
        shown = "unmarked" if only in (False, frozenset()) else "given the same label"
        return f"every word was {shown} by everyone, so there is nothing to measure agreement on"
    return None


def kappa_meaning(value: float) -> str:
    """Landis and Koch's words for a kappa value, widely used and easy to say to a class."""
    if value < 0:
        return "less agreement than chance would give"
    for limit, words in ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if value <= limit:
            return f"{words} agreement"
    return "almost perfect agreement"


def alpha_meaning(value: float) -> str:
    """Krippendorff's own guide: 0.8 and up reliable, 0.667 to 0.8 tentative, below that not reliable."""
    if value >= 0.8:
        return "reliable agreement (alpha 0.8 or more)"
    if value >= 0.667:
        return "tentative agreement (alpha between 0.667 and 0.8)"
    if value < 0:
        return "less agreement than chance would give"
    return "low agreement: these marks mean different things to different students (alpha below 0.667)"


def cohen_kappa(first: Iterable[Span | Mapping[str, Any]], second: Iterable[Span | Mapping[str, Any]],
                article: Article, *, label: str | None = None, names: tuple[str, str] = ("first", "second"),
                blocks: Iterable[int] | None = None) -> Agreement:
    """Cohen's kappa between two annotators over the article's words (see the module notes)."""
    words = article_words(article, blocks)
    values = {names[0]: word_values(words, first, label), names[1]: word_values(words, second, label)}
    problem = _degenerate(values)
    observed = _observed(values)
    if problem:
        return Agreement("Cohen's kappa", None, label, names, len(words), observed, f"No kappa: {problem}.")
    value = _task(values).kappa()
    why = (f"{value:.2f} on {_what(label)}: {kappa_meaning(value)}. They agree on {observed:.0%} of "
           f"{len(words)} words; kappa takes out the agreement chance alone would give.")
    return Agreement("Cohen's kappa", value, label, names, len(words), observed, why)


def krippendorff_alpha(annotations: Mapping[str, Iterable[Span | Mapping[str, Any]]], article: Article, *,
                       label: str | None = None, blocks: Iterable[int] | None = None) -> Agreement:
    """Krippendorff's alpha for any number of annotators (a class) over the article's words."""
    names = tuple(annotations)
    words = article_words(article, blocks)
    if len(names) < 2:
        return Agreement("Krippendorff's alpha", None, label, names, len(words), None,
                         "No alpha: agreement needs at least two annotators.")
    values = {name: word_values(words, spans, label) for name, spans in annotations.items()}
    problem = _degenerate(values)
    observed = _observed(values)
    if problem:
        return Agreement("Krippendorff's alpha", None, label, names, len(words), observed, f"No alpha: {problem}.")
    value = float(_task(values).alpha())
    why = (f"{value:.2f} for {len(names)} annotators on {_what(label)}: {alpha_meaning(value)}. Two of "
           f"them picked at random agree on {observed:.0%} of {len(words)} words.")
    return Agreement("Krippendorff's alpha", value, label, names, len(words), observed, why)


def word_disagreement_from_values(values_by_annotator: Mapping[str, Sequence[Any]]) -> list[float]:
    """Per word: the share of annotator pairs who gave it different values (0 = all agree)."""
    columns = list(values_by_annotator.values())
    n = len(columns)
    if n < 2:
        return [0.0 for _ in (columns[0] if columns else [])]
    pairs = n * (n - 1)
    shares = []
    for word_values_ in zip(*columns):
        counts: dict[Any, int] = {}
        for value in word_values_:
            counts[value] = counts.get(value, 0) + 1
        agreeing = sum(c * (c - 1) for c in counts.values())
        shares.append(1 - agreeing / pairs)
    return shares


@dataclass(frozen=True)
class ClassAgreement:
    """A class's agreement on one article: overall and per label, and where they disagree."""

    overall: Agreement
    by_label: dict[str, Agreement]
    words: tuple[tuple[int, int], ...]
    #: Per word: share of student pairs who labelled it differently (all labels together).
    word_disagreement: tuple[float, ...]
    #: Per sentence id: {label or "any": mean disagreement over its words}.
    sentence_disagreement: dict[str, dict[str, float]]
    annotators: tuple[str, ...]

    def hotspots(self, count: int = 5) -> list[tuple[str, float]]:
        """The sentences the class disagreed on most: (sentence id, disagreement), highest first."""
        ranked = sorted(((sid, row["any"]) for sid, row in self.sentence_disagreement.items()),
                        key=lambda item: -item[1])
        return [item for item in ranked[:count] if item[1] > 0]

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall.to_dict(),
                "by_label": {label: value.to_dict() for label, value in self.by_label.items()},
                "annotators": list(self.annotators),
                "sentence_disagreement": self.sentence_disagreement}


def class_agreement(annotations: Mapping[str, Iterable[Span | Mapping[str, Any]]], article: Article, *,
                    labels: Sequence[str] | None = None) -> ClassAgreement:
    """Alpha overall and per label, and disagreement per word and per sentence, for a class's marks."""
    annotations = {name: [as_span(s) for s in spans] for name, spans in annotations.items()}
    if labels is None:
        used = {span.label for spans in annotations.values() for span in spans}
        from toolkit.annotation.labels import LABELS

        labels = [name for name in LABELS if name in used] + sorted(used - set(LABELS))
    words = article_words(article)
    overall = krippendorff_alpha(annotations, article)
    by_label = {label: krippendorff_alpha(annotations, article, label=label) for label in labels}
    per_word = word_disagreement_from_values({n: word_values(words, s) for n, s in annotations.items()})
    per_label_word = {
        label: word_disagreement_from_values({n: word_values(words, s, label) for n, s in annotations.items()})
        for label in labels
    }
    sentences: dict[str, dict[str, float]] = {}
    starts = [start for start, _ in words]
    from bisect import bisect_left

    for sentence in article.sentences:
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        if first == last:
            continue
        row = {"any": sum(per_word[first:last]) / (last - first)}
        for label in labels:
            row[label] = sum(per_label_word[label][first:last]) / (last - first)
        sentences[sentence.id] = row
    return ClassAgreement(overall, by_label, tuple(words), tuple(per_word), sentences, tuple(annotations))
