"""Two texts side by side: the framing against the body, or one article against another.

The comparison says which reads harder on how many formulas, by how many grades on
average, and why, in terms of the inputs the formulas share: sentence length, word length,
long words and unfamiliar words. A student can check each reason by counting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from toolkit.readability.checks import MIN_WORDS
from toolkit.readability.formulas import FORMULAS
from toolkit.readability.interpret import grade_equivalent

if TYPE_CHECKING:
    from toolkit.article.model import Article
    from toolkit.readability.measure import ArticleReadability, ReadabilityView

Comparable = Union["ReadabilityView", "ArticleReadability", "Article", str]
#: Differences smaller than this share are "about the same".
SAME_WITHIN = 0.05


@dataclass(frozen=True)
class ComparisonRow:
    """One formula for both texts: values, approximate grades, and which reads harder."""

    metric: str
    name: str
    a: float | None
    b: float | None
    grade_a: float | None
    grade_b: float | None
    harder: str | None  # "a", "b", "same", or None when a score is missing

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Comparison:
    """Which of two texts reads harder, on which formulas, and why."""

    a_name: str
    b_name: str
    rows: tuple[ComparisonRow, ...]
    summary: str
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a_name, "b": self.b_name, "rows": [r.to_dict() for r in self.rows],
                "summary": self.summary, "reasons": list(self.reasons), "warnings": list(self.warnings)}


def compare(a: Comparable, b: Comparable, names: tuple[str, str] | None = None) -> Comparison:
    """Compare two views (e.g. `r.by_part["framing"]`, `r.by_part["body"]`), two articles' prose, or two texts."""
    view_a, view_b = _as_view(a), _as_view(b)
    name_a, name_b = names or (view_a.name, view_b.name)
    rows = []
    for key, formula in FORMULAS.items():
        x, y = view_a.scores.get(key), view_b.scores.get(key)
        ga, gb = grade_equivalent(key, x), grade_equivalent(key, y)
        harder = None
        if ga is not None and gb is not None:
            harder = "same" if abs(ga - gb) < 0.05 else ("a" if ga > gb else "b")
        rows.append(ComparisonRow(key, formula.name, x, y, ga, gb, harder))
    return Comparison(name_a, name_b, tuple(rows), _summary(name_a, name_b, rows),
                      _reasons(name_a, name_b, view_a, view_b), _warnings(name_a, name_b, view_a, view_b))


def _as_view(item: Comparable) -> "ReadabilityView":
    from toolkit.article.model import Article
    from toolkit.readability.measure import ArticleReadability, ReadabilityView, measure, measure_text

    if isinstance(item, ReadabilityView):
        return item
    if isinstance(item, ArticleReadability):
        return item.prose
    if isinstance(item, Article):
        return measure(item).prose
    if isinstance(item, str):
        return measure_text(item).prose
    raise TypeError(f"cannot compare a {type(item).__name__}: give a view, a measured article, an Article or text")


def _summary(name_a: str, name_b: str, rows: list[ComparisonRow]) -> str:
    scored = [r for r in rows if r.harder is not None]
    if not scored:
        return f"{_cap(name_a)} and {name_b} cannot be compared: one of them has no scores."
    a_harder = sum(1 for r in scored if r.harder == "a")
    b_harder = sum(1 for r in scored if r.harder == "b")
    gap = sum(r.grade_a - r.grade_b for r in scored) / len(scored)
    if a_harder == b_harder or abs(gap) < 0.5:
        return (f"{_cap(name_a)} and {name_b} read about the same: {name_a} is harder on {a_harder} of "
                f"{len(scored)} formulas, {name_b} on {b_harder}.")
    harder, easier, count = (name_a, name_b, a_harder) if gap > 0 else (name_b, name_a, b_harder)
    return (f"{_cap(harder)} reads harder than {easier} on {count} of {len(scored)} formulas, by about "
            f"{abs(gap):.1f} grades on average.")


def _reasons(name_a: str, name_b: str, a: "ReadabilityView", b: "ReadabilityView") -> tuple[str, ...]:
    ca, cb = a.counts, b.counts
    if not (ca.words and cb.words and ca.sentences and cb.sentences):
        return ()
    facts = (
        ("sentences", "longer", "shorter", ca.words / ca.sentences, cb.words / cb.sentences, "{:.1f} words"),
        ("words", "longer", "shorter", ca.syllables / ca.words, cb.syllables / cb.words, "{:.2f} syllables"),
        ("long words (three syllables or more)", "more common", "rarer", ca.polysyllables / ca.words,
         cb.polysyllables / cb.words, "{:.0%} of words"),
        ("unfamiliar words (not on the Dale-Chall list)", "more common", "rarer", ca.unfamiliar_words / ca.words,
         cb.unfamiliar_words / cb.words, "{:.0%} of words"),
    )
    reasons = []
    for what, more, less, x, y, shown in facts:
        if max(x, y) == 0 or abs(x - y) / max(x, y) < SAME_WITHIN:
            reasons.append(f"{_cap(what)}: about the same in both ({shown.format(x)} against {shown.format(y)}).")
        else:
            word = more if x > y else less
            reasons.append(f"{_cap(what)} are {word} in {name_a}: {shown.format(x)} against {shown.format(y)} "
                           f"in {name_b}.")
    return tuple(reasons)


def _warnings(name_a: str, name_b: str, a: "ReadabilityView", b: "ReadabilityView") -> tuple[str, ...]:
    found = []
    for name, view in ((name_a, a), (name_b, b)):
        if view.counts.words < MIN_WORDS:
            found.append(f"{_cap(name)} has only {view.counts.words} words and {view.counts.sentences} sentences, "
                         "so this comparison is rough: one sentence more or less would move its scores.")
    return tuple(found)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
