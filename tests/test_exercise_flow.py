"""Attempts, hints and points: which checks count, what hints cost, when the explanation appears."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from toolkit.exercises import flow
from toolkit.exercises.flow import QuestionState
from tests.exercise_helpers import one, question, run, spec_of

OPTIONS = [{"text": "Red"}, {"text": "Blue", "correct": True}, {"text": "Green"}]
MANY = [{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "C"}, {"text": "D"}]
HINTS = ["A free nudge.", {"text": "A bigger one.", "cost": 0.5}, {"text": "Nearly the answer.", "cost": 1}]


def choice(sample, **fields):
    fields.setdefault("options", OPTIONS)
    return one("choice", sample, points=2, attempts=3, **fields)


def test_explanation_only_once_right(sample):
    q, sealer = choice(sample)
    state, (wrong, right) = run(q, sealer, "a", "b")
    assert wrong.counted and not wrong.finished and wrong.explanation is None and wrong.answers == ()
    assert right.status == "right" and right.finished and right.points == 2
    assert right.explanation == "Because of the reasons." and right.answers == ("The right answer: (b) Blue",)
    assert right.feedback[-1] == "Finished: 2 of 2 points."


def test_attempts_exhausted_finishes_with_the_explanation_and_best_score(sample):
    q, sealer = one("choice", sample, options=MANY, points=2, attempts=2)
    state, (first, second) = run(q, sealer, ["a"], ["c"])
    assert first.points == 1 and not first.finished and "1 left" in first.feedback[-1]
    assert second.finished and second.attempts_left == 0 and second.explanation
    assert second.points == 1 and second.attempt_points == 0  # the best attempt counts, not the last
    assert "That was your last attempt" in second.feedback[-1]
    assert state.finished and state.best_credit == 0.5


def test_checks_that_do_not_use_an_attempt(sample):
    q, sealer = choice(sample)
    state, (empty, wrong, again, right, after) = run(q, sealer, None, "a", "a", "b", "c")
    assert empty.status == "invalid" and not empty.counted and "did not use an attempt" in empty.feedback[0]
    assert wrong.counted and wrong.attempts_used == 1
    assert again.status == "repeat" and not again.counted and again.attempts_used == 1
    assert right.counted and right.attempts_used == 2
    assert after.status == "closed" and not after.counted and after.points == 2  # a later wrong answer keeps the score
    assert "did not count" in after.feedback[-1] and after.explanation
    assert state.attempts == 2 and state.last_answer == "b"


def test_unlimited_attempts(sample):
    q, sealer = one("choice", sample, options=OPTIONS, attempts="unlimited")
    state, results = run(q, sealer, "a", "c", "a", "c")
    assert all(r.counted and not r.finished for r in results) and state.attempts == 4
    assert results[-1].attempts_left is None and "as often as you like" in results[-1].feedback[-1]


def test_hints_one_at_a_time_with_and_without_cost(sample):
    q, sealer = choice(sample, hints=HINTS)
    state = QuestionState()
    assert flow.next_hint_cost(q, state) == 0
    state, first = flow.hint(q, state, sealer)
    assert first.number == 1 and first.text == "A free nudge." and first.cost == 0 and "cost" not in first.message
    assert flow.next_hint_cost(q, state) == 0.5
    state, second = flow.hint(q, state, sealer)
    assert second.cost == 0.5 and "worth at most 1.5" in second.message and second.more
    assert flow.hint_texts(q, state, sealer) == ["A free nudge.", "A bigger one."]
    state, result = flow.check(q, state, "b", sealer)
    assert result.points == 1.5 and result.hint_cost == 0.5 and "hints cost 0.5 points" in result.feedback[-1]
    # Once finished, the last hint is free.
    assert flow.next_hint_cost(q, state) == 0
    state, third = flow.hint(q, state, sealer)
    assert third.cost == 0 and state.points(q) == 1.5 and not third.more
    state, none_left = flow.hint(q, state, sealer)
    assert none_left.message.startswith("No more hints") and state.hints_used == 3
    assert flow.next_hint_cost(q, state) is None


def test_hint_costs_never_take_points_below_zero(sample):
    q, sealer = choice(sample, hints=[{"text": "h1", "cost": 1}, {"text": "h2", "cost": 1}])
    state = QuestionState()
    for _ in range(2):
        state, _ = flow.hint(q, state, sealer)
    state, (partial,) = run(q, sealer, "a", state=state)
    assert partial.points == 0
    _, right = flow.check(q, state, "b", sealer)
    assert right.points == 0 and right.finished


def test_a_question_without_hints_says_so(sample):
    q, sealer = choice(sample)
    state, result = flow.hint(q, QuestionState(), sealer)
    assert result.total == 0 and "no hints" in result.message and state == QuestionState()


def test_honest_feedback_on_a_partly_right_answer(sample):
    q, sealer = one("choice", sample, options=MANY)
    _, (result,) = run(q, sealer, ["a", "c"])
    assert result.status == "wrong" and not result.feedback[0].startswith(("All", "Both", "Right"))
    _, (half,) = run(q, sealer, ["a"])
    assert half.status == "partly" and half.feedback[0] == "You chose 1 of the 2 right answers."


def test_status_line_for_a_widget_shown_again(sample):
    q, sealer = choice(sample)
    assert flow.status_line(q, QuestionState()) == "Worth 2 points; 3 attempts."
    state, _ = run(q, sealer, "a")
    assert flow.status_line(q, state) == "1 of 3 attempts used; best so far 0 of 2 points."


@pytest.mark.parametrize("bad", [
    {"attempts": -1}, {"attempts": "two"}, {"hints_used": 1.5}, {"best_credit": 2}, {"hint_cost": -1},
    {"finished": "yes"}, {"last_credit": "high"}, "not an object",
])
def test_state_from_a_damaged_file_is_refused(bad):
    with pytest.raises(ValueError):
        QuestionState.from_dict(bad if isinstance(bad, str) else {**QuestionState().to_dict(), **bad})


def test_state_round_trips():
    state = QuestionState(2, 1, 0.5, 0.75, False, {"s1": {"label": "fact"}}, 0.5, ["draft"])
    assert QuestionState.from_dict(state.to_dict()) == state


# ----- any answer at all: checked, or refused with a message; never a traceback ----------------------

_ANY = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40) | st.sampled_from(["a", "b", "fact", "opinion", "attributed", "enemy", "13", "s15"]),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.sampled_from(["s15", "s16", "start", "end",
                                                                                  "label", "source", "b1"]),
                                                                 inner, max_size=4),
    max_leaves=12)


@pytest.fixture(scope="module")
def every_type(sample):
    spec = spec_of(
        question("choice", "q1", options=[{"text": "Red"}, {"text": "Blue", "correct": True}]),
        question("label_sentences", "q2", sentences=["s15", "s16"], ask_source=True,
                 answers={"s15": "fact", "s16": {"label": "attributed", "source": "Fikri Isik"}}),
        question("find_spans", "q3", passage={"paragraph": 1}, label="loaded", find=2),
        question("numeric", "q4", answer=13.05, tolerance=0.3),
        question("short_text", "q5", answers=["Reuters"]),
        question("rewrite", "q6", passage={"paragraph": 2}),
        article=sample)
    return spec


@given(answer=_ANY)
def test_any_answer_is_checked_or_refused_with_a_message(every_type, answer):
    for q in every_type.questions:
        state, result = flow.check(q, QuestionState(), answer, every_type.sealer)
        assert result.status in ("right", "partly", "wrong", "invalid")
        assert result.feedback and all(isinstance(line, str) and line for line in result.feedback)
        assert 0 <= result.points <= result.possible
        if result.status == "invalid":
            assert state == QuestionState()
