"""Sort the sentences: fact, attributed claim or opinion? And for a claim: who says so?

A thin view over `toolkit.claims.sorting` (saving, checking) and `toolkit.claims.sentence_labels` (the toolkit's own
labels, shown after "Check" so the student can argue with them). Every choice is saved the
moment it is made and restored when the cell runs again.
"""

from __future__ import annotations

import itertools
from typing import Sequence

import ipywidgets as widgets

from toolkit.article.model import Article
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS, SENTENCE_LABELS, label_css
from toolkit.render.article_html import render_sentence
from toolkit.render.html import escape
from toolkit.keys.sentence_keys import SentenceKey, SentenceKeyError, load_sentence_key
from toolkit.claims.sorting import Choice, SortingResult, SortingStore, check_choices, passage_ids
from toolkit.widgets.choices import choice_group
from toolkit.widgets.live import live_region
from toolkit.render.theme import keyboard_help, style
from toolkit.widgets.stopped_kernel import tool

#: What each button means, for the tooltip (and the screen reader's description).
TOOLTIPS = {
    "fact": "Fact: the writer states it in their own voice as something you could check",
    "attributed": "Attributed: the words or claim are credited to someone else",
    "opinion": "Opinion: the writer's own judgment, guess or framing",
    "no_claim": "No claim: navigation, a credit or the website's own text; it says nothing about the world",
}
VERDICT_MARKS = {"right": "\u2714 right", "partly": "\u25d0 partly right", "defensible": "\u25d0 defensible",
                 "wrong": "\u2718 not this one", "unanswered": "\u2026 not sorted yet"}

def sorting_style() -> str:
    """The stylesheet with the label tints (the key's and the toolkit's badges)."""
    return style(label_css())


_activities = itertools.count(1)

class SentenceRow(widgets.VBox):
    """One sentence: its text, three toggle buttons, a source box for attributed claims, and feedback."""

    def __init__(self, sentence_id: str, text: str, prefix: str = "tk-sort"):
        self.sentence_id = sentence_id
        text_id = f"{prefix}-{sentence_id}"
        self.text = widgets.HTML(render_sentence(sentence_id, text, element_id=text_id, classes=["tk-sort-text"]))
        # The group is named by its legend and by the sentence itself, so a screen reader says both.
        self.toggle = choice_group(
            [(LABELS[name].title, name) for name in SENTENCE_LABELS],
            description=f"Sentence {sentence_id[1:]}:",
            hints=[TOOLTIPS[name] for name in SENTENCE_LABELS],
            labelled_by=text_id,
        )
        self.source = widgets.Text(
            value="", placeholder="Who says so? (a name or a description)",
            description=f"Source of {sentence_id}:", continuous_update=True,
            style={"description_width": "initial"}, layout=widgets.Layout(width="32em", display="none"),
        )
        self.feedback = widgets.HTML("")
        super().__init__([self.text, widgets.HBox([self.toggle, self.source], layout=widgets.Layout(
            flex_flow="row wrap", align_items="center")), self.feedback])
        self.add_class("tk-sort-row")
        self.toggle.observe(self._show_source, names="value")

    def _show_source(self, change=None) -> None:
        self.source.layout.display = "flex" if self.toggle.value == "attributed" else "none"

    @property
    def choice(self) -> Choice:
        return Choice(self.toggle.value, self.source.value)


class SortingActivity(widgets.VBox):
    """The sorting task for a passage; `rows`, `check_button`, `summary` and `status` are its parts."""

    def __init__(self, article: Article, passage: str | Sequence[str] | None = None, *, student: str | None = None,
                 key: SentenceKey | None = None):
        self.article = article
        self.sentence_ids = passage_ids(article, passage)
        self.key, key_problem = _key_for(article, key)
        self.store = SortingStore(article, student)
        self._restoring = False
        self._labels = None
        prefix = f"tk-sort-{next(_activities)}"
        self.rows = {sid: SentenceRow(sid, article.sentence(sid).text, prefix) for sid in self.sentence_ids}
        self.status = live_region(name="Saving")
        self.check_button = widgets.Button(
            description="Check", button_style="primary", icon="check",
            tooltip="Compare your choices with the answer key and see the toolkit's reasons",
            disabled=self.key is None, layout=widgets.Layout(width="max-content"),
        )
        self.summary = live_region(name="Score")
        instructions = widgets.HTML(
            sorting_style() + "<p>For each sentence, choose <b>Fact</b>, <b>Attributed</b> or <b>Opinion</b> (or <b>No claim</b> "
            "for a line that only points elsewhere, credits someone or is the website talking: those are not scored). "
            "For an attributed claim, type who says so. Your choices are saved as you go. "
            "Press <b>Check</b> when you are ready.</p>"
            + keyboard_help("[Tab] to a sentence's choices", "[\u2190] [\u2192] to choose (or [Space] for the "
                            "one with focus)", "for an attributed claim, [Tab] to the box and type who says so",
                            "[Tab] to Check and press [Enter]; the score is read out"))
        super().__init__([instructions, *self.rows.values(), self.check_button, self.summary, self.status],
                         layout=widgets.Layout(max_width="60em"))
        self.add_class("tk-sorting")
        self.add_class("tk-widget")
        for sid, row in self.rows.items():
            row.toggle.observe(lambda change, sid=sid: self._changed(sid, label=change["new"]), names="value")
            row.source.observe(lambda change, sid=sid: self._changed(sid, source=change["new"]), names="value")
        self.check_button.on_click(lambda button: self.check())
        self._restore(key_problem)

    # -- saving ------------------------------------------------------------------------------

    def _restore(self, key_problem: str | None) -> None:
        choices = self.store.load()
        self._restoring = True
        try:
            for sid, choice in choices.items():
                row = self.rows.get(sid)
                if row is not None:
                    row.toggle.value = choice.label
                    row.source.value = choice.source
        finally:
            self._restoring = False
        restored = sum(1 for sid in self.sentence_ids if choices.get(sid, Choice()).label)
        messages = []
        if self.store.problem:
            messages.append(f"Your earlier save could not be used: {self.store.problem}. Starting fresh.")
        elif restored:
            messages.append(f"Welcome back: your {restored} earlier choice(s) are restored.")
        if key_problem:
            messages.append(key_problem)
        self._say(" ".join(messages) or "Nothing sorted yet; your choices will be saved as you make them.")

    def _changed(self, sentence_id: str, label: str | None = None, source: str | None = None) -> None:
        if self._restoring:
            return
        try:
            self.store.set(sentence_id, label=label if label is not None else None, source=source)
        except (OSError, ValueError) as error:
            self._say(f"Could not save your choice: {error}")
            return
        done = sum(1 for row in self.rows.values() if row.toggle.value)
        self._say(f"Saved: {done} of {len(self.rows)} sentences sorted.")

    def _say(self, message: str) -> None:
        self.status.say_html(f'<p class="tk-sort-status">{escape(message)}</p>')

    # -- checking ----------------------------------------------------------------------------

    def result(self) -> SortingResult | None:
        """The feedback for the current choices (None without an answer key)."""
        if self.key is None:
            return None
        if self._labels is None:
            from toolkit.analysis.article_analysis import analysis_of  # the course's lexicon, as every view

            self._labels = {label.sentence_id: label for label in analysis_of(self.article).sentence_labels}
        choices = {sid: row.choice for sid, row in self.rows.items()}
        return check_choices(self.key, choices, self.sentence_ids, self._labels)

    def check(self) -> SortingResult | None:
        result = self.result()
        if result is None:
            return None
        for item in result.feedback:
            self.rows[item.sentence_id].feedback.value = feedback_html(item)
        skipped = len(self.rows) - result.out_of
        furniture = (f" {skipped} line{'s' if skipped != 1 else ''} that make{'s' if skipped == 1 else ''} no claim "
                     "(links, credits, the site's own text) are not scored." if skipped > 0 else "")
        self.summary.say_html(
            f'<p class="tk-sort-score"><b>Score: {result.score:g} out of '
            f"{result.out_of}</b> ({result.answered} sorted).{furniture} The feedback is under each sentence. Where the "
            "toolkit disagrees with the key, or with you, read its reasons: can you argue for your answer?</p>")
        return result


def feedback_html(item) -> str:
    """The feedback for one sentence: verdict, message, the key's note, and the toolkit's own label and reasons."""
    if item.verdict == "unanswered":
        # Keep the key hidden until the student has tried this sentence.
        return (f'<div class="tk-sort-feedback" data-verdict="unanswered"><p><span class="tk-verdict tk-verdict-unanswered">'
                f"{escape(VERDICT_MARKS['unanswered'])}</span>: choose a label, then press Check again.</p></div>")
    verdict_class = {"right": "right", "wrong": "wrong"}.get(item.verdict, "partly")
    expected = LABELS[item.expected]
    parts = [
        f'<p><span class="tk-verdict tk-verdict-{verdict_class}">{escape(VERDICT_MARKS[item.verdict])}</span> '
        f"({item.credit:g} point{'s' if item.credit != 1 else ''}). {escape(item.message)}</p>",
        f'<p>Key: <span class="tk-badge tk-label-{expected.name}">{escape(expected.badge)} '
        f"{escape(expected.title)}</span>"
        + (f" \u2014 source: {escape(item.expected_source)}" if item.expected_source else "")
        + (f". {escape(item.note)}" if item.note else "") + "</p>",
    ]
    if item.toolkit_label:
        machine = LABELS[item.toolkit_label]
        reasons = "".join(f"<li>{escape(reason)}</li>" for reason in item.toolkit_reasons)
        who = f" ({escape(item.toolkit_source)})" if item.toolkit_source else ""
        agrees = "agrees with the key" if item.toolkit_label == item.expected else "disagrees with the key"
        parts.append(
            f"<p>The toolkit says <span class=\"tk-badge tk-label-{machine.name}\">{escape(machine.badge)} "
            f"{escape(machine.title)}</span>{who} ({agrees}). Its reasons:</p><ul>{reasons}</ul>")
    return f'<div class="tk-sort-feedback" data-verdict="{escape(item.verdict)}">{"".join(parts)}</div>'


def _key_for(article: Article, key: SentenceKey | None) -> tuple[SentenceKey | None, str | None]:
    if key is not None:
        return key, None
    try:
        return load_sentence_key(article), None
    except SentenceKeyError as error:
        first = str(error).splitlines()[0]
        return None, f"No answer key to check against ({first}); ask your teacher."
    except FileNotFoundError:
        return None, "No answer key to check against; ask your teacher."


@tool("The sorting tool")
def sorting_activity(article: Article, passage: str | Sequence[str] | None = None, *, student: str | None = None,
                     key: SentenceKey | None = None) -> SortingActivity:
    """The sorting task for a passage: a part's name ("framing", "body"), a list of sentence ids, or all."""
    return SortingActivity(article, passage, student=student, key=key)
