"""Assessment mode: an exercise whose students' copy holds no answer data at all.

Practice mode (the default) answers at once: the built spec carries every answer digested
or sealed, which deters peeking but cannot stop a determined student (the salt and the code
are public). For marks that count, a spec says `mode: assessment`; then:

* the built spec students receive (`published`) keeps what the questions need to be shown
  (prompts, options, sentences, passages, units) and replaces every digest and sealed value
  with one made from nothing (so no answer can be recovered from it, by any means), with no
  hints, no explanations and no per-answer feedback;
* a student's **Save answer** stores the answer without judging it (`save_answer`), and
  **Hand in my work** writes it into the submission;
* the teacher's gradebook scores the saved answers against the source spec, compiled in
  memory on the teacher's machine (`toolkit.authoring.gradebook`).

A question's fingerprint (which keeps saved progress valid) is computed from the published
form, so the student's file and the gradebook's in-memory build agree without the student's
copy holding a hash of the answers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Mapping

from toolkit.exercises.results import AnswerError, CheckResult
from toolkit.exercises.sealing import Sealer, is_sealed

PRACTICE = "practice"
ASSESSMENT = "assessment"
MODES = (PRACTICE, ASSESSMENT)
_DIGEST = re.compile(r"^[0-9a-f]{32}$")
#: Built fields that list answers close to the right one (their count alone says something).
_DROPPED_LISTS = ("near",)


def _withheld(value: Any, sealer: Sealer, question_id: str, key: str = "") -> Any:
    if is_sealed(value):
        return sealer.seal(question_id, "withheld", None)
    if isinstance(value, str) and _DIGEST.match(value):
        return sealer.digest(question_id, "withheld", "")
    if isinstance(value, list):
        if key in _DROPPED_LISTS:
            return []
        if value and all(isinstance(v, str) and _DIGEST.match(v) for v in value):
            return [sealer.digest(question_id, "withheld", "")]  # how many were accepted is an answer too
        return [_withheld(v, sealer, question_id) for v in value]
    if isinstance(value, Mapping):
        return {k: _withheld(v, sealer, question_id, k) for k, v in value.items()}
    return value


def published_question(built: Mapping[str, Any], sealer: Sealer) -> dict[str, Any]:
    """A built question as an assessment's students receive it: answers, hints and explanation withheld."""
    question_id = str(built.get("id", ""))
    out = {key: _withheld(value, sealer, question_id, key) for key, value in built.items()
           if key not in ("hints", "explanation", "fingerprint")}
    out["hints"] = []
    out["explanation"] = sealer.seal(question_id, "explanation", "")
    return out


def save_answer(question, state, answer: Any):
    """Keep an answer for the teacher to mark, without judging it: (new state, what the student is told)."""
    try:
        canonical = question.body.parse_answer(answer)
    except AnswerError as error:
        return state, saved_result(question, state, "invalid", (f"{error} (Nothing was saved.)",))
    if state.attempts and canonical == state.last_answer:
        return state, saved_result(question, state, "saved",
                                   ("Saved already: this is the answer your teacher will see.",))
    new_state = replace(state, attempts=state.attempts + 1, last_answer=canonical, last_credit=None, draft=None)
    return new_state, saved_result(question, new_state, "saved", (
        "Saved. Your teacher marks it after you hand in; you can change it and save again until then.",))


def saved_result(question, state, status: str, lines: tuple[str, ...]) -> CheckResult:
    """What an assessment question says after Save answer: that it was kept, never a verdict."""
    return CheckResult(question=question.id, status=status, points=0.0, possible=question.points, attempt_points=0.0,
                       items=(), feedback=lines, finished=False, explanation=None, attempts_used=state.attempts,
                       attempts_allowed=None, counted=status == "saved", hints_used=0)


def status_line(question, state) -> str:
    """Where a student stands on an assessment question: answered or not, never a score."""
    worth = f"Worth {question.points:g} point{'s' if question.points != 1 else ''}, marked by your teacher"
    return f"{worth}: answer saved." if state.attempts else f"{worth}: not answered yet."
