"""Small specs for the exercise tests: written as an instructor would, compiled, read back."""

from __future__ import annotations

from typing import Any

from toolkit.exercises import flow
from toolkit.exercises.flow import QuestionState
from toolkit.exercises.spec import compile_source, parse_built

SALT = "0123456789abcdef0123456789abcdef"


def source(*questions: dict[str, Any], exercise_id: str = "test-exercise", **top: Any) -> dict[str, Any]:
    return {"id": exercise_id, "title": "A test exercise", "article": "turkey-s400", **top,
            "questions": list(questions)}


def question(kind: str, question_id: str = "q1", **fields: Any) -> dict[str, Any]:
    base = {"id": question_id, "type": kind, "prompt": "A question?", "explanation": "Because of the reasons."}
    base.update(fields)
    return base


def spec_of(*questions: dict[str, Any], article=None, **top: Any):
    """Compile a spec from questions and read it back (as a student's notebook would)."""
    compiled = compile_source(source(*questions, **top), salt=SALT)
    return parse_built(compiled.data, article=article)


def one(kind: str, article=None, /, **fields: Any):
    """The single question of a one-question spec, and the spec's sealer."""
    spec = spec_of(question(kind, **fields), article=article)
    return spec.questions[0], spec.sealer


def grade(kind: str, response: Any, article=None, /, **fields: Any):
    q, sealer = one(kind, article, **fields)
    return q.body.grade(q.body.parse_answer(response), sealer)


def run(q, sealer, *answers: Any, state: QuestionState | None = None):
    """Check answers one after the other; the final state and every result."""
    state = state or QuestionState()
    results = []
    for answer in answers:
        state, result = flow.check(q, state, answer, sealer)
        results.append(result)
    return state, results
