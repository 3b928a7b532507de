"""How far a grade can be trusted: short samples of one long text, and the weight of one full stop.

Readability formulas were fitted on passages of a hundred words or more of running prose. A part
of a page that has only two sentences still gets a grade, but that grade rests on where two full
stops fell. This module makes the limit visible without typing a number into a lesson:

- `sample_spread` slides a window of n consecutive sentences (as many as the short part has)
  through a longer part and measures each window on its own, so a student sees how far samples
  of one and the same text spread around the grade of the whole;
- `one_more_full_stop` gives the grade of a part if the same words were cut into one more
  sentence, which moves a two-sentence part far more than a long one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from toolkit.article.model import Article
from toolkit.readability.formulas import FORMULAS, scores
from toolkit.readability.measure import ArticleReadability, ReadabilityView, measure, measure_text
from toolkit.readability.word_facts import lexicon


@dataclass(frozen=True)
class SampleGrade:
    """One window of consecutive sentences, measured as if it were the whole text."""

    first: str  # id of its first sentence
    last: str  # id of its last sentence
    text: str
    words: int
    sentences: int
    grade: float | None  # None when the formula withholds a score


@dataclass(frozen=True)
class SampleSpread:
    """The grades of every short sample of a longer part, beside the grade of the part as a whole."""

    part: str  # the view's name, e.g. "the body"
    metric: str
    sentences_per_sample: int
    whole_grade: float | None
    whole_words: int
    whole_sentences: int
    samples: tuple[SampleGrade, ...]

    @property
    def graded(self) -> tuple[SampleGrade, ...]:
        return tuple(s for s in self.samples if s.grade is not None)

    @property
    def lowest(self) -> SampleGrade | None:
        return min(self.graded, key=lambda s: s.grade, default=None)

    @property
    def highest(self) -> SampleGrade | None:
        return max(self.graded, key=lambda s: s.grade, default=None)

    @property
    def spread(self) -> float | None:
        """How many grades separate the easiest sample from the hardest."""
        if self.lowest is None or self.highest is None:
            return None
        return self.highest.grade - self.lowest.grade

    def summary(self) -> str:
        """One plain sentence a student can read aloud."""
        name = FORMULAS[self.metric].name
        unit = "grades" if FORMULAS[self.metric].kind == "grade" else "points"
        if self.lowest is None or self.whole_grade is None:
            return f"{_cap(self.part)} is too short to cut into samples of {self.sentences_per_sample} sentences."
        return (f"{_cap(self.part)} as a whole ({self.whole_words} words in {self.whole_sentences} sentences) scores "
                f"{self.whole_grade:.1f} on the {name}. Cut into {len(self.samples)} samples of "
                f"{self.sentences_per_sample} sentences in a row, the same text scores anywhere from "
                f"{self.lowest.grade:.1f} to {self.highest.grade:.1f}: {self.spread:.1f} {unit} apart.")


def sample_spread(article: Article, view: str = "part:body", sentences: int = 2,
                  metric: str = "flesch_kincaid_grade",
                  readability: ArticleReadability | None = None) -> SampleSpread:
    """Measure every run of `sentences` consecutive sentences of `view` on its own.

    Each window is cut from the article's text (from its first sentence's start to its last
    sentence's end) and measured as plain prose, so it gets exactly the grade a student would
    get by pasting those sentences into a readability tool.
    """
    if sentences < 1:
        raise ValueError("a sample needs at least one sentence")
    if metric not in FORMULAS:
        raise ValueError(f"unknown formula {metric!r}: choose one of {', '.join(FORMULAS)}")
    measured = readability or measure(article)
    chosen = measured.view(view)
    members = measured.sentences_of(chosen)
    samples = []
    for at in range(0, len(members) - sentences + 1):
        first, last = members[at], members[at + sentences - 1]
        text = article.text[first.start:last.end]
        window = measure_text(text).prose
        samples.append(SampleGrade(first=first.id, last=last.id, text=text, words=window.counts.words,
                                   sentences=window.counts.sentences, grade=window[metric]))
    return SampleSpread(part=chosen.name, metric=metric, sentences_per_sample=sentences,
                        whole_grade=chosen[metric], whole_words=chosen.counts.words,
                        whole_sentences=chosen.counts.sentences, samples=tuple(samples))


def one_more_full_stop(view: ReadabilityView, metric: str = "flesch_kincaid_grade") -> float | None:
    """The grade of the same words cut into one more sentence (every other count unchanged)."""
    if metric not in FORMULAS:
        raise ValueError(f"unknown formula {metric!r}: choose one of {', '.join(FORMULAS)}")
    values, _ = scores(replace(view.counts, sentences=view.counts.sentences + 1), lexicon().constants)
    return values[metric]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
