"""What a readability number means: grade bands, typical readers, and why formulas disagree.

The grade formulas give a US school grade (grade 8 is about age 13-14; a UK year number is
one more than the US grade). Flesch reading ease and Dale-Chall use their own scales, so
each is turned into an approximate grade with its authors' own tables before it is placed
in a band. The bands and their typical readers are deliberately broad: the formulas are
not precise enough for finer ones.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from toolkit.readability.formulas import COUNT_METRICS, FORMULAS, READING_WORDS_PER_MINUTE, metric_name

if TYPE_CHECKING:
    from toolkit.readability.measure import ReadabilityView

#: (grade below which the band ends, band, ages, typical reader)
GRADE_BANDS = (
    (1.0, "below 1st grade", "under age 6", "very easy, or too short for the formula to mean much"),
    (5.0, "1st\u20134th grade", "ages 6\u201310", "very easy: like a children's book"),
    (7.0, "5th\u20136th grade", "ages 10\u201312", "easy: what plain-language guides aim for"),
    (9.0, "7th\u20138th grade", "ages 12\u201314", "plain English, like much popular news writing"),
    (11.0, "9th\u201310th grade", "ages 14\u201316", "fairly hard: about the level of a typical newspaper"),
    (13.0, "11th\u201312th grade", "ages 16\u201318", "hard: harder than most newspapers"),
    (16.0, "college level", "ages 18\u201321", "very hard: academic or specialist writing"),
    (float("inf"), "college graduate and beyond", "adults with a degree",
     "extremely hard; often a sign of very long sentences"),
)

#: Flesch's own table for reading ease: (lowest score of the band, his name for it).
EASE_BANDS = ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "plain English"), (50, "fairly difficult"),
              (30, "difficult"), (0, "very difficult"))

#: Approximate grade for a score, from the edges of the bands in the authors' own tables, with straight lines in
#: between and no guessing beyond the tables' ends (a Dale-Chall score of 10 or more is "college graduate": 16+).
#: Flesch: 90-100 5th grade, 80-90 6th, 70-80 7th, 60-70 8th-9th, 50-60 10th-12th, 30-50 college, 0-30 graduate.
_EASE_TO_GRADE = ((0.0, 18.0), (30.0, 16.0), (50.0, 13.0), (60.0, 10.0), (70.0, 8.0), (80.0, 7.0), (90.0, 6.0),
                  (100.0, 5.0))
#: Dale-Chall (1995): 4.9 or lower grade 4 and below, 5.0-5.9 grades 5-6, 6.0-6.9 7-8, 7.0-7.9 9-10, 8.0-8.9 11-12,
#: 9.0-9.9 13-15, 10 or more 16 and above.
_DALE_CHALL_TO_GRADE = ((4.0, 3.0), (5.0, 5.0), (6.0, 7.0), (7.0, 9.0), (8.0, 11.0), (9.0, 13.0), (10.0, 16.0))

#: Why the formulas give different grades for the same text (for the lesson and the explorer).
WHY_FORMULAS_DISAGREE = (
    "They count different things: syllables (Flesch, Flesch-Kincaid, SMOG, Gunning fog, Linsear Write), letters "
    "and characters (Coleman-Liau, ARI) or familiar words (Dale-Chall).",
    "They were fitted on different readers and texts: 1940s schoolchildren, US Navy recruits, Air Force manuals, "
    "health leaflets. Each formula's 'grade 10' is its own guess at a school grade.",
    "They read different amounts: Linsear Write only the first 100 words, SMOG assumes 30 sentences.",
    "Names and numbers confuse them: a name like Erdogan is 'unfamiliar' for Dale-Chall and 'hard' for Gunning "
    "fog, and S-400 has characters for ARI but few letters for Coleman-Liau.",
    "All of them trust the full stops: a headline or list without them becomes part of a giant sentence.",
    "None of them reads for meaning: a short sentence can be confusing, and a long one clear.",
)


@dataclass(frozen=True)
class Interpretation:
    """A number explained: its approximate grade, band, typical reader, and one sentence that says it all."""

    metric: str
    value: float | None
    grade: float | None
    band: str
    ages: str
    reader: str
    scale: str
    meaning: str  # the band and reader in one phrase, without the metric's name and value
    summary: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def grade_equivalent(metric: str, value: float | None) -> float | None:
    """The US school grade a formula's score stands for (approximate for reading ease and Dale-Chall)."""
    if value is None or metric not in FORMULAS:
        return None
    kind = FORMULAS[metric].kind
    if kind == "ease":
        return _interpolate(_EASE_TO_GRADE, value)
    if kind == "dale-chall":
        return _interpolate(_DALE_CHALL_TO_GRADE, value)
    return float(value)


def grade_band(grade: float) -> tuple[str, str, str]:
    """(band, ages, typical reader) for a US school grade."""
    uppers = [upper for upper, *_ in GRADE_BANDS]
    _, band, ages, reader = GRADE_BANDS[min(bisect_right(uppers, grade), len(GRADE_BANDS) - 1)]
    return band, ages, reader


def interpret(metric: str, value: float | None) -> Interpretation:
    """Explain one number: "Flesch-Kincaid grade 11.6: 11th-12th grade (ages 16-18), hard: harder than most
    newspapers"."""
    name = metric_name(metric)
    if metric not in FORMULAS and metric not in COUNT_METRICS:
        raise KeyError(f"unknown metric {metric!r}; choose one of {', '.join([*FORMULAS, *COUNT_METRICS])}")
    if metric in COUNT_METRICS:
        return _interpret_count(metric, name, value)
    formula = FORMULAS[metric]
    scale = {"grade": "a US school grade: higher is harder",
             "ease": "0 to 100: higher is easier (most text scores between 0 and 100)",
             "dale-chall": "Dale-Chall's own scale: higher is harder (below 5 is easy, 9 and above is college level)"}[
        formula.kind]
    if value is None:
        return Interpretation(metric, None, None, "no score", "", "", scale, "no score for this text",
                              f"{name}: no score for this text (see the warnings for why).")
    grade = grade_equivalent(metric, value)
    band, ages, reader = grade_band(grade)
    if formula.kind == "ease":
        meaning = f"{_ease_label(value)} (higher is easier): about {band} ({ages}), {reader}"
    elif formula.kind == "dale-chall":
        meaning = f"about {band} ({ages}), {reader}"
    else:
        meaning = f"{band} ({ages}), {reader}"
    return Interpretation(metric, value, grade, band, ages, reader, scale, meaning, f"{name} {value:.1f}: {meaning}.")


def formula_table() -> tuple[dict[str, str], ...]:
    """One row per formula: what it counts, who made it for whom, where it misleads, what sample it wants."""
    rows = []
    for formula in FORMULAS.values():
        wants = f"{formula.wants_words}+ words" + (f", {formula.wants_sentences}+ sentences"
                                                  if formula.wants_sentences > 1 else "")
        rows.append({"formula": formula.name, "counts": formula.counts, "made by / for": formula.origin,
                     "misleads when": formula.misleads, "wants": wants, "formula in numbers": formula.expression})
    return tuple(rows)


def disagreement(view: "ReadabilityView") -> tuple[str, ...]:
    """Why the formulas give this view different grades: the spread, then what drives the extremes here."""
    grades = {key: grade_equivalent(key, view.scores.get(key)) for key in FORMULAS}
    grades = {key: g for key, g in grades.items() if g is not None}
    if len(grades) < 2:
        return ()
    low = min(grades, key=grades.get)
    high = max(grades, key=grades.get)
    spread = grades[high] - grades[low]
    lines = [f"For {view.name} the formulas range from about grade {grades[low]:.1f} ({FORMULAS[low].name}) to about "
             f"grade {grades[high]:.1f} ({FORMULAS[high].name}): a spread of {spread:.1f} grades."]
    for key in dict.fromkeys((high, low)):
        reason = _driver(key, view)
        if reason:
            lines.append(reason)
    lines.append("No formula is wrong: each counts something different and was fitted on different readers.")
    return tuple(lines)


def _driver(key: str, view: "ReadabilityView") -> str | None:
    """What this formula reacts to, with this view's numbers."""
    c = view.counts
    if not c.words or not c.sentences:
        return None
    wps = c.words / c.sentences
    if key in ("flesch_reading_ease", "flesch_kincaid_grade"):
        return (f"{FORMULAS[key].name} weighs sentence length ({wps:.1f} words a sentence here) and word length "
                f"({c.syllables / c.words:.2f} syllables a word).")
    if key == "gunning_fog":
        return (f"Gunning fog counts hard words: {100 * c.hard_words / c.words:.0f}% of the words here have three or "
                f"more syllables and are not on the familiar-word list; sentences average {wps:.1f} words.")
    if key == "smog_index":
        few = f" With only {c.sentences} sentences, it stretches them to 30." if c.sentences < 30 else ""
        return f"SMOG counts long words per sentence: {c.polysyllables / c.sentences:.1f} here.{few}"
    if key == "coleman_liau_index":
        return (f"Coleman-Liau counts letters, not syllables: the words here average {c.letters / c.words:.1f} "
                "letters, and short names and numbers pull it down.")
    if key == "automated_readability_index":
        return (f"ARI counts characters, punctuation included: {c.characters / c.tokens:.1f} per word here, with "
                f"{wps:.1f} words a sentence.")
    if key == "dale_chall_readability_score":
        share = 100 * c.unfamiliar_words / c.words
        return (f"Dale-Chall counts words missing from its familiar-word list: {share:.0f}% of the words here, every "
                "name included.")
    if key == "linsear_write_formula":
        sample = "only the first 100 words" if c.words > 100 else f"all {c.words} words (fewer than its 100)"
        return (f"Linsear Write reads {sample}: {c.linsear_hard} hard and {c.linsear_easy} easy words in "
                f"{c.linsear_sentences} sentence{'s' if c.linsear_sentences != 1 else ''}.")
    return None


def _interpret_count(metric: str, name: str, value: float | None) -> Interpretation:
    scale = COUNT_METRICS[metric].meaning
    if value is None:
        return Interpretation(metric, None, None, "", "", "", scale, "nothing to count", f"{name}: nothing to count.")
    if metric == "words":
        shown = f"{value:,.0f} words"
        meaning = (f"about {_minutes(value / READING_WORDS_PER_MINUTE)} to read at {READING_WORDS_PER_MINUTE} "
                   "words a minute")
    elif metric == "reading_time":
        shown = f"about {value:.0f} seconds by textstat's estimate"
        meaning = ("it counts 14.69 milliseconds a character, the speed of eyes passing over letters, not of reading "
                   "to understand")
    elif metric == "reading_minutes":
        shown = f"about {_minutes(value)}"
        meaning = f"at {READING_WORDS_PER_MINUTE} words a minute, a steady pace for a student reading to understand"
    elif metric == "words_per_sentence":
        shown = f"{value:.1f} words per sentence"
        meaning = ("short: easy to follow" if value < 15 else "about average for news writing" if value < 25
                   else "long: hard to hold in mind" if value < 35 else "very long: few readers keep up")
    elif metric == "syllables_per_word":
        shown = f"{value:.2f} syllables per word"
        meaning = "short, everyday words" if value < 1.4 else "ordinary words" if value < 1.6 else "many long words"
    else:
        shown = f"{value:,.0f} {name}"
        meaning = scale
    return Interpretation(metric, value, None, "", "", "", scale, meaning, f"{shown}: {meaning}.")


def _ease_label(value: float) -> str:
    if value < 0:
        return "off the bottom of Flesch's scale"
    if value > 100:
        return "above the top of Flesch's scale"
    for lowest, label in EASE_BANDS:
        if value >= lowest:
            return label
    return EASE_BANDS[-1][1]


def _minutes(minutes: float) -> str:
    if minutes < 1:
        return "less than a minute"
    rounded = round(minutes * 2) / 2
    return f"{rounded:g} minute{'s' if rounded != 1 else ''}"


def beyond_table(metric: str, value: float | None) -> bool:
    """True when a reading-ease or Dale-Chall score lies past its table's end (its grade is then a floor or ceiling)."""
    if value is None or metric not in FORMULAS:
        return False
    table = {"ease": _EASE_TO_GRADE, "dale-chall": _DALE_CHALL_TO_GRADE}.get(FORMULAS[metric].kind)
    return bool(table) and not table[0][0] <= value <= table[-1][0]


def _interpolate(points: tuple[tuple[float, float], ...], x: float) -> float:
    """Straight lines through `points` (sorted by x), flat beyond both ends."""
    if x <= points[0][0]:
        return points[0][1]
    if x >= points[-1][0]:
        return points[-1][1]
    xs = [p[0] for p in points]
    i = min(max(bisect_right(xs, x), 1), len(points) - 1)
    (x0, y0), (x1, y1) = points[i - 1], points[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
