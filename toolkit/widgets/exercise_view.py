"""Exercise widgets: a question (answer controls, Check, Hint, feedback, explanation) and the score board.

Thin views over `toolkit.exercises.Exercise`: the widget reads what the student entered,
calls `exercise.check` or `exercise.hint`, and shows the result. Everything a student needs
is in words, not colour alone (right / partly / not right, written out); feedback and hints
appear in live regions that stay on the page (`toolkit.widgets.live`), so screen readers
announce them; every control is a real button, a named radio group, a checkbox or a labelled
text box, reachable with Tab, and each question says how to answer it with the keyboard.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import ipywidgets as widgets

from toolkit.exercises.exercise import Exercise
from toolkit.exercises.flow import QuestionState, next_hint_cost, status_line
from toolkit.exercises.results import CheckResult, HintResult
from toolkit.exercises.spec import Question
from toolkit.exercises.views import register_view
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS, label_css
from toolkit.render.article_html import render_article, render_sentence
from toolkit.render.html import escape
from toolkit.render.theme import keyboard_help, style
from toolkit.widgets.choices import choice_group
from toolkit.widgets.live import live_region
from toolkit.widgets.stopped_kernel import explains_stopped_kernel, tool

def exercise_style() -> str:
    """The stylesheet with the label tints (sentence questions show labels)."""
    return style(label_css())


#: A mark beside each verdict, so it is never told by colour alone (the words say it too).
MARKS = {"right": "\u2714 ", "partly": "\u25d0 ", "wrong": "\u2718 "}
#: What comes before the headline of a check that did not count.
PREFIXES = {"repeat": "Same answer as last time. ", "closed": "Already finished. ", "restored": "Your last check: "}
#: How to answer each kind of question with the keyboard alone.
KEYS = {
    "choice": ("[Tab] to the answers", "[\u2191] [\u2193] to choose one"),
    "choice_multiple": ("[Tab] from answer to answer", "[Space] to tick or untick one"),
    "label_sentences": ("[Tab] to a sentence's choices", "[\u2190] [\u2192] to choose",
                        "for an attributed claim, [Tab] to the box and type who"),
    # The label's own key is added by QuestionWidget._keys: the passage shows one label, with its key.
    "find_spans": ("[Tab] to the text", "arrows move word by word and [Shift] with arrows selects"),
    "find_spans_fallback": ("[Tab] to the box", "type each word or phrase on its own line"),
    "numeric": ("[Tab] to the box and type your answer",),
    "short_text": ("[Tab] to each box and type your answer",),
    "rewrite": ("[Tab] to the box and type your rewrite",),
}
_controls = itertools.count(1)


def prompt_html(text: str) -> str:
    """A prompt in paragraphs, with **bold**, *italic* and `code` (everything else escaped)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    out = []
    for paragraph in paragraphs:
        html = escape(" ".join(paragraph.split()))
        html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html)
        html = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", html)
        html = re.sub(r"`(.+?)`", r"<code>\1</code>", html)
        out.append(f"<p>{html}</p>")
    return "".join(out)


def _points(value: float) -> str:
    return f"{value:g} point{'s' if value != 1 else ''}"


# ----- answer controls, one per question type ---------------------------------------------------

class AnswerControl:
    """What every answer control offers the question widget: a widget, its answer, a way to restore one."""

    widget: widgets.Widget

    def answer(self) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def restore(self, answer: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def on_edit(self, callback) -> None:
        """Call `callback()` when the student changes the answer (to keep a draft)."""


class ChoiceControl(AnswerControl):
    def __init__(self, question: Question):
        body = question.body
        self.multiple = body.multiple
        self.ids = [o["id"] for o in body.options]
        labels = [f"({o['id']}) {o['text']}" for o in body.options]
        if self.multiple:
            self.boxes = [widgets.Checkbox(value=False, description=label, indent=False,
                                           layout=widgets.Layout(width="auto")) for label in labels]
            legend = widgets.HTML("<p><b>Choose every answer that fits.</b></p>")
            self.widget = widgets.VBox([legend, *self.boxes])
        else:
            self.radio = choice_group(list(zip(labels, self.ids)), description="Your answer:", vertical=True)
            self.widget = self.radio

    def answer(self) -> Any:
        if self.multiple:
            return [i for i, box in zip(self.ids, self.boxes) if box.value]
        return self.radio.value

    def restore(self, answer: Any) -> None:
        if self.multiple:
            chosen = set(answer if isinstance(answer, list) else [answer])
            for option_id, box in zip(self.ids, self.boxes):
                box.value = option_id in chosen
        elif answer in self.ids:
            self.radio.value = answer

    def on_edit(self, callback) -> None:
        for control in (self.boxes if self.multiple else [self.radio]):
            control.observe(lambda change: callback(), names="value")


class LabelControl(AnswerControl):
    TOOLTIPS = {
        "fact": "Fact: the writer states it in their own voice as something you could check",
        "attributed": "Attributed: the words or claim are credited to someone else",
        "opinion": "Opinion: the writer's own judgment, guess or framing",
        "no_claim": "No claim: navigation, a credit or the website's own text; it says nothing about the world",
    }

    def __init__(self, question: Question):
        body = question.body
        self.ask_source = body.ask_source
        self.rows: dict[str, tuple[widgets.Widget, widgets.Text]] = {}
        children = []
        prefix = f"tk-ex-{next(_controls)}-{question.id}"  # ids stay unique when a question is shown twice
        for sentence_id in body.sentence_ids:
            sentence = body.article.sentence(sentence_id)
            text_id = f"{prefix}-{sentence_id}"
            text = widgets.HTML(render_sentence(sentence_id, sentence.text, element_id=text_id,
                                                classes=["tk-ex-sentence"]))
            # A radio group named by its legend and by the sentence itself.
            toggle = choice_group(
                [(LABELS[name].title, name) for name in SENTENCE_LABELS], description=f"Sentence {sentence_id[1:]}:",
                hints=[self.TOOLTIPS[n] for n in SENTENCE_LABELS], labelled_by=text_id)
            source = widgets.Text(value="", placeholder="Who is it credited to?", continuous_update=False,
                                  description=f"Source of {sentence_id}:", style={"description_width": "initial"},
                                  layout=widgets.Layout(width="30em", display="none"))
            if self.ask_source:
                toggle.observe(lambda change, box=source: self._show_source(change["new"], box), names="value")
            self.rows[sentence_id] = (toggle, source)
            children.append(widgets.VBox([text, widgets.HBox([toggle, source], layout=widgets.Layout(
                flex_flow="row wrap", align_items="center"))]))
        self.widget = widgets.VBox(children)

    @staticmethod
    def _show_source(label: str | None, box: widgets.Text) -> None:
        box.layout.display = "flex" if label == "attributed" else "none"

    def answer(self) -> Any:
        out = {}
        for sentence_id, (toggle, source) in self.rows.items():
            entry = {"label": toggle.value}
            if self.ask_source:
                entry["source"] = source.value
            out[sentence_id] = entry
        return out

    def restore(self, answer: Any) -> None:
        if not isinstance(answer, dict):
            return
        for sentence_id, entry in answer.items():
            if sentence_id in self.rows and isinstance(entry, dict):
                toggle, source = self.rows[sentence_id]
                if entry.get("label") in SENTENCE_LABELS:
                    toggle.value = entry["label"]
                source.value = entry.get("source") or ""

    def on_edit(self, callback) -> None:
        for toggle, source in self.rows.values():
            toggle.observe(lambda change: callback(), names="value")
            source.observe(lambda change: callback(), names="value")


class SpanControl(AnswerControl):
    def __init__(self, exercise: Exercise, question: Question, fallback: bool):
        from toolkit.widgets.annotate import custom_widgets_available
        from toolkit.widgets.passage_annotator import ExerciseSpanSession, PassageAnnotator, PhraseList

        body = question.body
        self.fallback = fallback if fallback is not None else not custom_widgets_available()
        self._callbacks: list = []
        singular, plural = body.nouns
        if self.fallback:
            self.view = PhraseList(body.article, body.passage, plural.capitalize())
            self.view.box.observe(lambda change: self._edited(), names="value")
            self.widget = self.view
        else:
            self.session = ExerciseSpanSession(body.article, body.passage, body.label,
                                               save=lambda marks: self._edited(), path=exercise.path)
            self.view = PassageAnnotator(self.session)
            self.widget = self.view

    def _edited(self) -> None:
        for callback in self._callbacks:
            callback()

    def answer(self) -> Any:
        return self.view.answer

    def restore(self, answer: Any) -> None:
        if not isinstance(answer, list):
            return
        if self.fallback:
            phrases = [a if isinstance(a, str) else a.get("text", "") for a in answer if isinstance(a, (str, dict))]
            self.view.box.value = "\n".join(p for p in phrases if p)
            return
        spans = [(a["start"], a["end"]) for a in answer
                 if isinstance(a, dict) and type(a.get("start")) is int and type(a.get("end")) is int]
        self.session.replace_marks(spans)

    def on_edit(self, callback) -> None:
        self._callbacks.append(callback)


class NumberControl(AnswerControl):
    def __init__(self, question: Question):
        unit = question.body.unit
        self.box = widgets.Text(value="", placeholder="a number, like 9.5", continuous_update=False,
                                description="Your answer:" if not unit else f"Your answer ({unit}):",
                                style={"description_width": "initial"}, layout=widgets.Layout(width="22em"))
        self.widget = self.box

    def answer(self) -> Any:
        return self.box.value

    def restore(self, answer: Any) -> None:
        if answer is not None:
            self.box.value = f"{answer:g}" if isinstance(answer, (int, float)) else str(answer)

    def on_edit(self, callback) -> None:
        self.box.observe(lambda change: callback(), names="value")


class TextControl(AnswerControl):
    def __init__(self, question: Question):
        blanks = question.body.blanks
        self.boxes = [widgets.Text(value="", continuous_update=False, placeholder="type your answer",
                                   description=(blank["label"] or "Your answer") + ":",
                                   style={"description_width": "initial"}, layout=widgets.Layout(width="32em"))
                      for blank in blanks]
        self.widget = widgets.VBox(self.boxes)

    def answer(self) -> Any:
        return [box.value for box in self.boxes]

    def restore(self, answer: Any) -> None:
        if isinstance(answer, str):
            answer = [answer]
        if isinstance(answer, list):
            for box, value in zip(self.boxes, answer):
                box.value = str(value or "")

    def on_edit(self, callback) -> None:
        for box in self.boxes:
            box.observe(lambda change: callback(), names="value")


class RewriteControl(AnswerControl):
    def __init__(self, question: Question):
        body = question.body
        place = f"The original: {body.passage.place}"
        original = widgets.HTML(
            f'<p class="tk-where">{escape(place)}</p>'
            + render_article(body.article, blocks=body.passage.blocks, where="none", classes=["tk-ex-passage"],
                             label=place))
        self.box = widgets.Textarea(value="", rows=7, continuous_update=False, description="Your rewrite:",
                                    placeholder="Write the same facts in neutral words",
                                    style={"description_width": "initial"},
                                    layout=widgets.Layout(width="100%", max_width="48em"))
        self.widget = widgets.VBox([original, self.box])

    def answer(self) -> Any:
        return self.box.value

    def restore(self, answer: Any) -> None:
        if isinstance(answer, str):
            self.box.value = answer

    def on_edit(self, callback) -> None:
        self.box.observe(lambda change: callback(), names="value")


def answer_control(exercise: Exercise, question: Question, fallback: bool | None) -> AnswerControl:
    kind = question.type
    if kind == "choice":
        return ChoiceControl(question)
    if kind == "label_sentences":
        return LabelControl(question)
    if kind == "find_spans":
        return SpanControl(exercise, question, fallback)
    if kind == "numeric":
        return NumberControl(question)
    if kind == "short_text":
        return TextControl(question)
    if kind == "rewrite":
        return RewriteControl(question)
    raise ValueError(f"no widget for question type {kind!r}")


# ----- the question widget -----------------------------------------------------------------------

def feedback_html(result: CheckResult) -> str:
    """The feedback of one check: a headline in words, the lines, and a note when no attempt was used."""
    status = result.status
    if status == "saved":  # assessment mode: no verdict, only that the answer is kept
        lines = "".join(f"<p>{escape(line)}</p>" for line in result.feedback)
        return f'<div class="tk-ex-feedback" data-status="saved">{lines}</div>'
    if status == "invalid":
        lines = "".join(f"<p>{escape(line)}</p>" for line in result.feedback)
        return (f'<div class="tk-ex-feedback" data-status="invalid"><p class="tk-ex-headline">Not checked yet.</p>'
                f"{lines}</div>")
    headline, *rest = result.feedback or ("",)
    items = "".join(f"<li>{escape(line)}</li>" for line in rest[:-1])
    last = rest[-1] if rest else ""
    if status in ("right", "partly", "wrong"):
        shown = status
    else:
        shown = ("right" if result.attempt_points >= result.possible else
                 "partly" if result.attempt_points > 0 else "wrong")
    points = "" if status == "restored" else \
        f" This answer: {result.attempt_points:g} of {_points(result.possible)}."
    return (f'<div class="tk-ex-feedback" data-status="{escape(shown)}">'
            f'<p class="tk-ex-headline">{escape(PREFIXES.get(status, "") + MARKS[shown] + headline + points)}</p>'
            + (f"<ul>{items}</ul>" if items else "") + (f"<p>{escape(last)}</p>" if last else "") + "</div>")


def explanation_html(result: CheckResult) -> str:
    if not result.finished:
        return ""
    answers = "".join(f"<p>{escape(line)}</p>" for line in result.answers)
    return (f'<div class="tk-ex-explanation" role="region" aria-label="Explanation"><p><b>Explanation.</b> '
            f"{escape(result.explanation or '')}</p>{answers}</div>")


class QuestionWidget(widgets.VBox):
    """One question: title and status, prompt, answer controls, Check and Hint, feedback, hints, explanation."""

    def __init__(self, exercise: Exercise, question_id: str, *, fallback: bool | None = None):
        self.exercise = exercise
        self.question = exercise.question(question_id)
        question = self.question
        number = exercise.questions.index(question_id) + 1
        title = f"Question {number}" + (f": {question.title}" if question.title else "")
        self.control = answer_control(exercise, question, fallback)
        button = "Save answer" if exercise.mode == "assessment" else "Check"
        self.header = widgets.HTML(f'{exercise_style()}<div class="tk-ex"><p class="tk-ex-title">{escape(title)}</p>'
                                   + keyboard_help(*self._keys(), f"[Tab] to {button} and press [Enter]; what it "
                                                   "says is read out") + "</div>")
        self.meta = widgets.HTML()
        self.prompt = widgets.HTML(f'<div class="tk-ex tk-ex-prompt">{prompt_html(question.prompt)}</div>')
        self.assessment = exercise.mode == "assessment"
        self.check_button = widgets.Button(description="Save answer" if self.assessment else "Check",
                                           button_style="primary",
                                           tooltip=("Save your answer for your teacher to mark" if self.assessment
                                                    else "Check your answer (a check that counts uses one attempt)"),
                                                        layout=widgets.Layout(width="max-content"))
        self.hint_button = widgets.Button(description="Hint", layout=widgets.Layout(width="max-content"))
        self.feedback = live_region(name="Feedback")
        self.hints = live_region(name="Hints")
        self._hints_shown: str | None = None  # what the hints region says, so a redraw is not announced again
        self.explanation = widgets.HTML()
        buttons = widgets.HBox([self.check_button, self.hint_button])
        super().__init__([self.header, self.meta, self.prompt, self.control.widget, buttons, self.feedback,
                          self.hints, self.explanation], layout=widgets.Layout(max_width="56em"))
        self.add_class("tk-ex-question")
        self.add_class(f"tk-ex-q-{question_id}")
        self.add_class("tk-widget")
        self.check_button.on_click(lambda _: self.check())
        self.hint_button.on_click(lambda _: self.show_hint())
        self._restoring = True
        state = exercise.state(question_id)
        restored = state.draft if state.draft is not None else state.last_answer
        if restored is not None:
            self.control.restore(restored)
        self._restoring = False
        self.control.on_edit(self._edited)
        last = exercise.last_result(question_id)
        if last is not None:
            self._show_result(last)
        self._refresh()
        exercise.on_change(self._changed)

    def _keys(self) -> tuple[str, ...]:
        kind = self.question.type
        if kind == "choice" and self.control.multiple:
            kind = "choice_multiple"
        elif kind == "find_spans" and self.control.fallback:
            kind = "find_spans_fallback"
        elif kind == "find_spans":
            keyed = [label for label in self.control.session.labels.values() if label.key]
            return (*KEYS[kind], *(f"[{label.key}] marks the selection as {label.title}" for label in keyed))
        return KEYS.get(kind, ())

    # ----- actions ---------------------------------------------------------------------------

    def check(self) -> CheckResult:
        """What pressing Check does (tests and keyboard users get the same)."""
        result = self.exercise.check(self.question.id, self.control.answer())
        self._show_result(result)
        self._refresh()
        return result

    def show_hint(self) -> HintResult:
        result = self.exercise.hint(self.question.id)
        self._refresh(hint=result)
        return result

    def _edited(self) -> None:
        if self._restoring:
            return
        try:
            self.exercise.save_draft(self.question.id, self.control.answer())
        except (OSError, ValueError, TypeError):
            pass  # a draft is a convenience; checking still saves

    # ----- drawing ---------------------------------------------------------------------------

    def _show_result(self, result: CheckResult) -> None:
        self.feedback.say_html(f'<div class="tk-ex">{feedback_html(result)}</div>')
        self.explanation.value = f'<div class="tk-ex">{explanation_html(result)}</div>' if result.finished else ""

    def _refresh(self, hint: HintResult | None = None) -> None:
        question, exercise = self.question, self.exercise
        state: QuestionState = exercise.state(question.id)
        if self.assessment:
            from toolkit.exercises.assessment import status_line as assessment_status

            line = assessment_status(question, state)
        else:
            line = status_line(question, state)
        self.meta.value = f'<div class="tk-ex"><p class="tk-ex-meta">{escape(line)}</p></div>'
        total = len(question.hints)
        cost = next_hint_cost(question, state)
        if total == 0:
            self.hint_button.layout.display = "none"
        elif cost is None:
            self.hint_button.description = f"No more hints ({total} of {total} shown)"
            self.hint_button.disabled = True
        else:
            priced = f", costs {_points(cost)}" if cost else ""
            self.hint_button.description = f"Hint {state.hints_used + 1} of {total}{priced}"
            self.hint_button.tooltip = ("Show the next hint" + (f": it costs {_points(cost)} of this question's "
                                                                   f"{question.points:g}" if cost else ""))
            self.hint_button.disabled = False
        revealed = exercise.hints(question.id)
        listing = "".join(f"<li>{escape(text)}</li>" for text in revealed)
        body = (f"<p><b>Hints</b> ({len(revealed)} of {total} shown)</p><ol>{listing}</ol>" if revealed else "")
        if hint is not None and hint.cost:
            most = max(0.0, round(question.points - state.hint_cost, 2))
            body += (f"<p>That hint cost {escape(_points(hint.cost))}: this question is now worth at most "
                     f"{most:g}.</p>")
        elif hint is not None and not hint.number:
            body += f"<p>{escape(hint.message)}</p>"
        if body != self._hints_shown:  # announce hints when they change, not on every redraw
            self.hints.say_html(f'<div class="tk-ex tk-ex-hints">{body}</div>' if body else "")
            self._hints_shown = body
        if state.finished and not self.explanation.value:
            last = exercise.last_result(question.id)
            if last is not None:
                self.explanation.value = f'<div class="tk-ex">{explanation_html(last)}</div>'

    def _changed(self, event: str, question_id: str | None) -> None:
        if question_id == self.question.id and event in ("check", "hint"):
            self._refresh()


@tool("This question")
def question_widget(exercise: Exercise, question_id: str, *, fallback: bool | None = None) -> QuestionWidget:
    return QuestionWidget(exercise, question_id, fallback=fallback)


# ----- the article, with the places the questions name ---------------------------------------------

def article_html(article) -> str:
    """The article block by block, each named as the questions name it ("paragraph 4", "the photo caption")."""
    return exercise_style() + render_article(article, where="place", classes=["tk-ex", "tk-ex-passage"],
                                             label=article.title or "The article")


@tool("The article")
def article_view(article) -> widgets.HTML:
    return widgets.HTML(article_html(article))


# ----- the score board ---------------------------------------------------------------------------

def _assessment_board_html(exercise: Exercise) -> str:
    """An assessment's board: which questions have a saved answer (the teacher marks them, so no points)."""
    rows, answered = [], 0
    for number, question in enumerate(exercise.spec.questions, start=1):
        saved = exercise.state(question.id).attempts > 0
        answered += saved
        name = f"{number}. {question.title}" if question.title else f"Question {number}"
        rows.append(f'<tr data-question="{escape(question.id)}"><th scope="row">{escape(name)}</th>'
                    f'<td class="tk-ex-n">{question.points:g}</td><td>{"saved" if saved else "not answered yet"}</td>'
                    "</tr>")
    caption = (f"{escape(exercise.title)}: {answered} of {len(rows)} answers saved; your teacher marks them after "
               "you hand in")
    return (f'{exercise_style()}<div class="tk-ex tk-ex-board"><table><caption>{caption}</caption><thead><tr>'
            '<th scope="col">question</th><th scope="col">worth</th><th scope="col">your answer</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table><p>Saved as you go in {escape(str(exercise.path))}.</p></div>')


def scoreboard_html(exercise: Exercise) -> str:
    if exercise.mode == "assessment":
        return _assessment_board_html(exercise)
    score = exercise.score()
    rows = []
    for number, q in enumerate(score.questions, start=1):
        tries = f"{q.attempts} of {q.attempts_allowed}" if q.attempts_allowed else f"{q.attempts}"
        hints = f"{q.hints_used} of {q.hints_total}" if q.hints_total else "none"
        name = f"{number}. {q.title}" if q.title else f"Question {number}"
        rows.append(f'<tr data-question="{escape(q.id)}"><th scope="row">{escape(name)}</th>'
                    f'<td class="tk-ex-n">{q.points:g} / {q.possible:g}</td><td class="tk-ex-n">{escape(tries)}</td>'
                    f'<td class="tk-ex-n">{escape(hints)}</td><td>{escape(q.status)}</td></tr>')
    caption = (f"{escape(exercise.title)}: {score.points:g} of {score.possible:g} points, "
               f"{score.finished} of {len(score.questions)} questions finished")
    saved = (f"<p>{escape(exercise.save_error)}</p>" if exercise.save_error
             else f"<p>Saved as you go in {escape(str(exercise.path))}.</p>")
    return (f'{exercise_style()}<div class="tk-ex tk-ex-board"><table><caption>{caption}</caption><thead><tr>'
            '<th scope="col">question</th><th scope="col">points</th><th scope="col">attempts</th>'
            f'<th scope="col">hints used</th><th scope="col">status</th></tr></thead><tbody>{"".join(rows)}</tbody>'
            f"</table>{saved}</div>")


class Scoreboard(widgets.VBox):
    """The exercise's score so far, question by question; redrawn after every check and hint."""

    def __init__(self, exercise: Exercise):
        self.exercise = exercise
        self.table = widgets.HTML(scoreboard_html(exercise))
        notice = widgets.HTML(f'<div class="tk-ex"><p>{escape(exercise.notice)}</p></div>')
        super().__init__([notice, self.table], layout=widgets.Layout(max_width="56em"))
        self.add_class("tk-ex-scoreboard")
        exercise.on_change(lambda event, question_id: self.refresh() if event != "draft" else None)

    def refresh(self) -> None:
        self.table.value = scoreboard_html(self.exercise)


register_view("question", question_widget)
register_view("article", article_view)
register_view("scoreboard", lambda exercise: explains_stopped_kernel(Scoreboard(exercise), "The score board"))


def _hand_in(exercise: Exercise):
    from toolkit.widgets.hand_in import hand_in_button

    return hand_in_button(exercise)


register_view("hand_in", _hand_in)
