"""The exercise widgets, driven from Python the way a click would: feedback, hints, restore, score board."""

from __future__ import annotations

import pytest

from toolkit.annotation.spans import SpanError
from toolkit.exercises import Exercise
from toolkit.exercises.spec import compile_source
from toolkit.widgets.exercise_view import ChoiceControl, LabelControl, SpanControl, article_html, prompt_html
from tests.exercise_helpers import SALT, question, source

QUESTIONS = [
    question("choice", "q1", title="Pick one", points=2, attempts=2, prompt="Which is **blue**?",
             hints=["Look up.", {"text": "The sky.", "cost": 0.5}],
             options=[{"text": "Grass", "feedback": "Green."}, {"text": "Sky", "correct": True}]),
    question("label_sentences", "q2", sentences=["s15", "s16"], ask_source=True,
             answers={"s15": "fact", "s16": {"label": "attributed", "source": "Fikri Isik"}}),
    question("find_spans", "q3", passage={"paragraph": 1}, label="loaded", find=2),
    question("numeric", "q4", answer=13.05, tolerance=0.3, unit="grade"),
    question("short_text", "q5", blanks=[{"label": "Agency", "answers": ["Reuters"]},
                                          {"label": "Photographer", "answers": ["Dukor"]}]),
    question("rewrite", "q6", passage={"paragraph": 2}, attempts="unlimited"),
    question("choice", "q7", options=[{"text": "A", "correct": True}, {"text": "B", "correct": True}, {"text": "C"}]),
]


@pytest.fixture
def exercise(tmp_path, work_dir):
    path = tmp_path / "widget-test.exercise.json"
    path.write_text(compile_source(source(*QUESTIONS, exercise_id="widget-test"), salt=SALT).to_json(), encoding="utf-8")
    return Exercise(path)


def test_choice_widget_check_feedback_and_explanation(exercise):
    box = exercise.show("q1")
    assert "Question 1: Pick one" in box.header.value and "<b>blue</b>" in box.prompt.value
    assert box.meta.value.count("Worth 2 points; 2 attempts.") == 1
    result = box.check()  # nothing chosen: not checked, no attempt used
    assert result.status == "invalid" and "Choose an answer first" in box.feedback.value
    assert box.feedback.politeness == "polite"  # a live region that stays on the page
    box.control.radio.value = "a"
    box.check()
    assert "\u2718 Not right." in box.feedback.value and "Green." in box.feedback.value
    assert box.explanation.value == "" and "1 of 2 attempts used" in box.meta.value
    box.control.radio.value = "b"
    box.check()
    assert "\u2714 Right." in box.feedback.value and "Explanation." in box.explanation.value
    assert "The right answer: (b) Sky" in box.explanation.value and "Finished: 2 of 2 points" in box.meta.value


def test_hint_button_says_what_the_next_hint_costs(exercise):
    box = exercise.show("q1")
    assert box.hint_button.description == "Hint 1 of 2" and not box.hint_button.disabled
    box.show_hint()
    assert "Look up." in box.hints.value and box.hints.politeness == "polite"
    assert box.hint_button.description == "Hint 2 of 2, costs 0.5 points"
    box.show_hint()
    assert "worth at most 1.5" in box.hints.value and box.hint_button.disabled
    assert box.hint_button.description == "No more hints (2 of 2 shown)"
    assert exercise.show("q4").hint_button.layout.display == "none"  # no hints, no button


def test_a_widget_shown_again_restores_answer_feedback_and_hints(exercise):
    box = exercise.show("q1")
    box.control.radio.value = "a"
    box.check()
    box.show_hint()
    again = Exercise(exercise.spec.path).show("q1")  # after a kernel restart
    assert again.control.radio.value == "a" and "Your last check: \u2718 Not right." in again.feedback.value
    assert "Look up." in again.hints.value and "1 of 2 attempts used" in again.meta.value


def test_label_widget_rows_sources_and_drafts(exercise):
    box = exercise.show("q2")
    control: LabelControl = box.control
    toggle, source = control.rows["s16"]
    assert source.layout.display == "none"
    toggle.value = "attributed"
    assert source.layout.display == "flex" and source.description == "Source of s16:"
    source.value = "Isik"
    assert exercise.state("q2").draft["s16"] == {"label": "attributed", "source": "Isik"}  # kept before any check
    box.check()
    assert "Label every sentence before checking: s15 has no label yet" in box.feedback.value
    control.rows["s15"][0].value = "fact"
    box.check()
    assert "Both sentences right." in box.feedback.value
    restored = Exercise(exercise.spec.path).show("q2")
    assert restored.control.rows["s16"][1].value == "Isik" and restored.control.rows["s16"][1].layout.display == "flex"


def test_span_question_uses_the_annotation_widget_narrowed_to_the_passage(exercise, sample):
    box = exercise.show("q3", fallback=False)
    control: SpanControl = box.control
    view = control.view
    assert [b["index"] for b in view.blocks] == [1]  # paragraph 1 only
    assert [label["name"] for label in view.labels] == ["loaded"]
    words = list(zip(view.words[::2], view.words[1::2]))
    first, last = view._map.span_to_utf16(sample.blocks[1].start, sample.blocks[1].end)
    assert words and all(first <= a and b <= last for a, b in words)
    with pytest.raises(SpanError, match="about paragraph 1"):
        control.session.add(1500, 1510, "loaded")
    enemy = sample.text.index("enemy")
    control.session.add(enemy, enemy + 5, "loaded")
    assert exercise.state("q3").draft == [{"start": enemy, "end": enemy + 5}]
    result = box.check()
    assert result.items[0].status == "right" and "Find 1 more loaded phrase" in box.feedback.value
    again = Exercise(exercise.spec.path).show("q3", fallback=False)
    assert [s.text for s in again.control.session.spans] == ["enemy"]


def test_span_question_fallback_is_a_list_of_phrases(exercise, monkeypatch):
    monkeypatch.setenv("TOOLKIT_ANNOTATOR", "sentences")
    box = exercise.show("q3")
    assert box.control.fallback and "paragraph 1" in box.control.view.passage_view.value
    box.control.view.box.value = "enemy\nhold American soldiers hostage"
    assert box.check().status == "right"


def test_text_number_and_rewrite_controls(exercise):
    numbers = exercise.show("q4")
    assert numbers.control.box.description == "Your answer (grade):"
    numbers.control.box.value = "13,1"
    assert numbers.check().status == "right"
    blanks = exercise.show("q5")
    assert [b.description for b in blanks.control.boxes] == ["Agency:", "Photographer:"]
    blanks.control.boxes[0].value = "reuters"
    assert blanks.check().status == "invalid" and "Photographer is empty" in blanks.feedback.value
    rewrite = exercise.show("q6")
    assert "The original: paragraph 2" in rewrite.control.widget.children[0].value
    rewrite.control.box.value = "Turkey may leave NATO and the West for the Shanghai Cooperation Organization of Russia and China."
    result = rewrite.check()
    assert result.status in ("right", "partly") and "Loaded words or phrases" in rewrite.feedback.value


def test_multiple_choice_is_a_set_of_labelled_checkboxes(exercise):
    box = exercise.show("q7")
    control: ChoiceControl = box.control
    assert [c.description for c in control.boxes] == ["(a) A", "(b) B", "(c) C"]
    control.boxes[0].value = True
    box.check()
    assert "You chose 1 of the 2 right answers." in box.feedback.value


def test_scoreboard_updates_after_every_check(exercise):
    board = exercise.scoreboard()
    assert "0 of 8 points, 0 of 7 questions finished" in board.table.value and "not started" in board.table.value
    exercise.check("q1", "b")
    assert "2 of 8 points, 1 of 7 questions finished" in board.table.value
    assert '<th scope="row">1. Pick one</th>' in board.table.value and "finished" in board.table.value
    assert str(exercise.path) in board.table.value


def test_article_and_prompt_html_are_escaped(sample):
    from toolkit.article.model import parse_article

    page = article_html(parse_article("Title\n\nA <script>alert(1)</script> paragraph."))
    assert "<script>" not in page and "&lt;script&gt;" in page and "paragraph 1" in page
    assert prompt_html("A <b>x</b> and **y** and *z*\n\nSecond") == \
        "<p>A &lt;b&gt;x&lt;/b&gt; and <b>y</b> and <i>z</i></p><p>Second</p>"


def test_the_exercise_finds_its_widgets_through_the_view_registry(exercise, monkeypatch):
    from toolkit.exercises import views
    from toolkit.widgets.exercise_view import QuestionWidget

    assert isinstance(exercise.show("q1"), QuestionWidget)  # the notebook widgets, registered on import
    shown = []
    monkeypatch.setitem(views._VIEWS, "question", lambda ex, qid, fallback=None: shown.append(qid) or "plain view")
    assert exercise.show("q1") == "plain view" and shown == ["q1"]
    with pytest.raises(LookupError, match="no exercise view called 'poster'"):
        views.view("poster")
