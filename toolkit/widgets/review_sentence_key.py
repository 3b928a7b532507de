"""The sorting widget in instructor mode: review a sentence answer key, then save it as reviewed.

    from toolkit.widgets.review_sentence_key import review_sentence_key
    review_sentence_key(article)

Each sentence shows the key's answer (the toolkit's draft until someone changes it) on the
same Fact / Attributed / Opinion buttons students use, the source box for an attributed
claim, the note students see after checking, and a **Checked** box. Changing an answer
checks the sentence; **Save as reviewed** writes the key with status "reviewed" once every
sentence has a label. Every change is saved at once (`toolkit.keys.sentence_review`).
"""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.article.model import Article
from toolkit.keys.sentence_review import SentenceKeyReview, SentenceReviewError
from toolkit.annotation.labels import SENTENCE_LABEL_INFO as LABELS
from toolkit.render.html import escape
from toolkit.widgets.sorting_activity import SentenceRow, sorting_style
from toolkit.widgets.stopped_kernel import tool

#: What the filter can show.
FILTERS = (("every sentence", "all"), ("not checked yet", "unchecked"), ("fact", "fact"),
           ("attributed", "attributed"), ("opinion", "opinion"), ("no claim", "no_claim"))


class ReviewRow(SentenceRow):
    """A sorting row with what an instructor edits: the note students see, and whether it is checked."""

    def __init__(self, sentence_id: str, text: str):
        super().__init__(sentence_id, text)
        self.source.placeholder = "Who is it credited to? (as students should name them)"
        self.via = widgets.Text(
            value="", placeholder="Who passed the words on, if anyone (a news agency, say)",
            description=f"Passed on by ({sentence_id}):", continuous_update=False,
            style={"description_width": "initial"}, layout=widgets.Layout(width="32em", display="none"))
        self.source.continuous_update = False
        self.note = widgets.Text(
            value="", placeholder="Why: shown to students after they check this sentence",
            description=f"Note for {sentence_id}:", continuous_update=False,
            style={"description_width": "initial"}, layout=widgets.Layout(width="46em"))
        self.checked = widgets.Checkbox(value=False, description=f"Checked ({sentence_id})", indent=False,
                                        tooltip="Tick when you have read this answer and agree with it")
        self.children = (self.text, widgets.HBox([self.toggle, self.checked]),
                         widgets.HBox([self.source, self.via]), self.note, self.feedback)
        self.add_class("tk-review-row")

    def _show_source(self, change=None) -> None:
        shown = "flex" if self.toggle.value == "attributed" else "none"
        self.source.layout.display = shown
        if hasattr(self, "via"):
            self.via.layout.display = shown


class SentenceKeyReviewer(widgets.VBox):
    """Every sentence of an article with the key's answer, editable; `review` is the session behind it."""

    def __init__(self, article: Article, *, path=None, review: SentenceKeyReview | None = None):
        self.review = review or SentenceKeyReview(article, path=path)
        self.article = self.review.article
        self._updating = False
        self.rows = {s.id: ReviewRow(s.id, s.text) for s in self.article.sentences}
        self.status = widgets.HTML()
        self.filter = widgets.Dropdown(options=FILTERS, value="all", description="Show:")
        self.accept_all_button = widgets.Button(
            description="Accept every answer", icon="check-square",
            tooltip="Mark every answer as checked (read them first)", layout=widgets.Layout(width="max-content"))
        self.save_button = widgets.Button(
            description="Save as reviewed", button_style="primary", icon="save",
            tooltip="Save the key with status reviewed: the exercises can then use it",
                layout=widgets.Layout(width="max-content"))
        intro = widgets.HTML(
            sorting_style() + "<p><b>Review the sentence key.</b> Each sentence shows the key's answer: at first the "
            "toolkit's draft, with its reason in the note. Change the label or the source where it is wrong "
            "(that marks the sentence as checked), tick <b>Checked</b> where it is right, and write the note "
            f"students see after checking. Then press <b>Save as reviewed</b>. Saved in "
            f"<code>{escape(str(self.review.path))}</code> after every change.</p>")
        super().__init__([intro, widgets.HBox([self.filter, self.accept_all_button, self.save_button]),
                          self.status, *self.rows.values()], layout=widgets.Layout(max_width="64em"))
        self.add_class("tk-sentence-review")
        for sentence_id, row in self.rows.items():
            row.toggle.observe(lambda change, sid=sentence_id: self._label(sid, change["new"]), names="value")
            row.source.observe(lambda change, sid=sentence_id: self._source(sid), names="value")
            row.via.observe(lambda change, sid=sentence_id: self._source(sid), names="value")
            row.note.observe(lambda change, sid=sentence_id: self._act(self.review.set_note, sid, change["new"]),
                             names="value")
            row.checked.observe(lambda change, sid=sentence_id: self._act(self.review.accept, sid, change["new"]),
                                names="value")
        self.filter.observe(lambda change: self._apply_filter(), names="value")
        self.accept_all_button.on_click(lambda button: self._act(self.review.accept_all))
        self.save_button.on_click(lambda button: self.save())
        self._sync()
        self._say(self.review.notice, self.review.notice_kind)

    # ----- reacting to the instructor -------------------------------------------------------

    def _act(self, action, *args) -> None:
        if self._updating:
            return
        try:
            message = action(*args)
        except SentenceReviewError as error:
            self._say(str(error), "warning")
        else:
            self._say(message if isinstance(message, str) else self.review.progress(),
                      "warning" if self.review.save_error else "info")
        self._sync()

    def _label(self, sentence_id: str, label: str | None) -> None:
        if label:
            self._act(self.review.set_label, sentence_id, label)

    def _source(self, sentence_id: str) -> None:
        row = self.rows[sentence_id]
        if row.toggle.value == "attributed":
            self._act(self.review.set_source, sentence_id, row.source.value, row.via.value)

    def save(self):
        """Save the key as reviewed (what the button does); returns the path, or None when refused."""
        try:
            path = self.review.mark_reviewed()
        except SentenceReviewError as error:
            self._say(str(error), "warning")
            return None
        finally:
            self._sync()
        self._say(f"Saved the key as reviewed: {path}. Next: python -m toolkit build-exercises, then "
                  "python -m toolkit validate.")
        return path

    # ----- drawing ----------------------------------------------------------------------------

    def _sync(self) -> None:
        """Show the session's answers on the rows (without reacting to our own changes)."""
        self._updating = True
        try:
            for sentence_id, row in self.rows.items():
                entry = self.review.entries.get(sentence_id) or {}
                row.toggle.value = entry.get("label")
                row.source.value = entry.get("source") or ""
                row.via.value = entry.get("via") or ""
                row.note.value = entry.get("note") or ""
                row.checked.value = sentence_id in self.review.accepted
                row._show_source()
                label = entry.get("label")
                badge = (f'<span class="tk-badge tk-label-{label}">{escape(LABELS[label].title)}</span>'
                         if label in LABELS else "<b>no label yet</b>")
                state = "checked" if sentence_id in self.review.accepted else "not checked yet"
                row.feedback.value = f'<div class="tk-sort-feedback"><p>Key: {badge} ({state})</p></div>'
        finally:
            self._updating = False
        self._apply_filter()

    def _apply_filter(self) -> None:
        chosen = self.filter.value
        unchecked = set(self.review.unchecked()) | set(self.review.unanswered())
        for sentence_id, row in self.rows.items():
            label = (self.review.entries.get(sentence_id) or {}).get("label")
            shown = (chosen == "all" or (chosen == "unchecked" and sentence_id in unchecked) or chosen == label)
            row.layout.display = None if shown else "none"

    def _say(self, message: str, kind: str = "info") -> None:
        colour = "#8a2700" if kind == "warning" else "#1b1b1b"
        self.status.value = (f'<p role="status" aria-live="polite" class="tk-review-status" '
                             f'style="color:{colour}">{escape(message)}</p>')


@tool("The sentence-key review tool")
def review_sentence_key(article: Article | None = None, *, path=None) -> SentenceKeyReviewer:
    """The sentence key of an article, ready to review (the sample article when none is given)."""
    if article is None:
        from toolkit import sample_article

        article = sample_article()
    return SentenceKeyReviewer(article, path=path)
