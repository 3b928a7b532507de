"""Per-question statistics for a class: how hard each question was, and whether it told students apart.

Classical item analysis over the gradebook's re-scored rows, one row per question:

- `difficulty`: the mean share of the question's points earned (1.0: everyone got it all);
- `sd_points`: how spread the points were;
- `discrimination`: the corrected item-total correlation, Pearson's r between the points on
  this question and each student's points on the *rest* of the exercise. Near 0 or negative
  means the students who did well overall did no better here: a question to reread (a
  misleading prompt, a key that is wrong). Left empty with fewer than 3 students or when
  either side does not vary;
- `mean_attempts`, `mean_hints`: effort per student who has the exercise.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Sequence

MIN_STUDENTS = 3

COLUMNS = ("exercise", "question", "title", "possible", "students", "answered", "correct", "mean_points",
           "difficulty", "sd_points", "discrimination", "mean_attempts", "mean_hints")


@dataclass(frozen=True)
class QuestionStatistics:
    exercise: str
    question: str
    title: str
    possible: float
    students: int
    answered: int
    correct: int
    mean_points: float
    difficulty: float
    sd_points: float
    discrimination: float | None
    mean_attempts: float
    mean_hints: float

    def to_dict(self) -> dict:
        return asdict(self)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None when there are too few pairs or either side does not vary."""
    n = len(xs)
    if n < MIN_STUDENTS or n != len(ys):
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(sxx * syy)


def question_statistics(questions: Sequence) -> list[QuestionStatistics]:
    """Statistics per question, from the gradebook's question rows (`toolkit.authoring.gradebook.QuestionRow`)."""
    by_exercise: dict[str, dict[str, dict[str, object]]] = {}
    for row in questions:
        by_exercise.setdefault(row.exercise, {}).setdefault(row.student, {})[row.question] = row
    out = []
    for exercise, students in sorted(by_exercise.items()):
        question_ids = sorted({q for rows in students.values() for q in rows})
        totals = {s: sum(r.points for r in rows.values()) for s, rows in students.items()}
        for question in question_ids:
            rows = [(s, students[s][question]) for s in sorted(students) if question in students[s]]
            if not rows:
                continue
            first = rows[0][1]
            points = [r.points for _, r in rows]
            n = len(points)
            mean = sum(points) / n
            sd = math.sqrt(sum((p - mean) ** 2 for p in points) / n)
            rest = [totals[s] - r.points for s, r in rows]
            r_value = pearson(points, rest)
            out.append(QuestionStatistics(
                exercise, question, first.title, first.possible, n, sum(1 for _, r in rows if r.attempts > 0),
                sum(1 for _, r in rows if r.correct), round(mean, 2),
                round(mean / first.possible, 3) if first.possible else 0.0, round(sd, 2),
                round(r_value, 3) if r_value is not None else None,
                round(sum(r.attempts for _, r in rows) / n, 2), round(sum(r.hints for _, r in rows) / n, 2)))
    return out
