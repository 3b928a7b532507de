"""The sentence-by-sentence annotation fallback: plain ipywidgets, one labelled menu per sentence.

For notebook apps that cannot draw custom (anywidget) widgets. A student labels whole
sentences instead of selecting phrases; each choice is a span covering the sentence, saved by
the same `AnnotationSession` to the same file, so the full widget shows these marks too and
marks made there are kept (and listed under their sentence) here. Each sentence's choice is
a `<select>` named after the sentence ("Label of s3:"): of ipywidgets' plain controls, the
one a screen reader can name and read the state of, and the keyboard can work.
"""

from __future__ import annotations

import ipywidgets as widgets

from toolkit.annotation.session import AnnotationSession, Change
from toolkit.annotation.spans import Span
from toolkit.article.places import place_of_block
from toolkit.render.html import escape
from toolkit.widgets.live import live_region
from toolkit.render.theme import keyboard_help, style

NONE = ""


class SentenceAnnotator(widgets.VBox):
    """One row per sentence: its text and a toggle button per label (plus "no label")."""

    def __init__(self, session: AnnotationSession):
        self.session = session
        self.article = session.article
        self._updating = False
        labels = list(session.labels.values())
        self._options = [("no label", NONE)] + [(f"{label.badge} \u00b7 {label.title}", label.name) for label in labels]
        intro = widgets.HTML(
            style() +
            "<p><b>Label the sentences.</b> This is the simple version of the annotation tool: choose a "
            "label for any sentence that has one. Your choices are saved as you go.</p>"
            + keyboard_help("[Tab] to a sentence's menu", "[\u2191] [\u2193] to choose its label",
                            "each change is saved and read out"))
        notice = widgets.HTML(f"<p role='note'>{escape(session.notice)}</p>" if session.notice else "")
        self._toggles: dict[str, widgets.Dropdown] = {}
        self._others: dict[str, widgets.HTML] = {}
        rows = []
        for sentence in self.article.sentences:
            place = place_of_block(self.article, sentence.block)
            text = widgets.HTML(
                f"<div class='tk-sa-sentence'><span class='tk-sa-place'>{escape(sentence.id)} \u00b7 "
                f"{escape(place)}</span><br>{escape(sentence.text)}</div>")
            toggle = widgets.Dropdown(options=self._options, value=NONE, description=f"Label of {sentence.id}:",
                                      style={"description_width": "initial"})
            toggle.observe(lambda change, sid=sentence.id: self._chosen(sid, change["new"]), names="value")
            others = widgets.HTML()
            self._toggles[sentence.id] = toggle
            self._others[sentence.id] = others
            rows.append(widgets.VBox([text, toggle, others], layout=widgets.Layout(margin="0 0 0.8em 0")))
        self._status = live_region(name="Saving")
        undo = widgets.Button(description="Undo", tooltip="take back the last change", icon="undo",
                              layout=widgets.Layout(width="max-content"))
        undo.on_click(lambda _: self.session.undo())
        super().__init__([intro, notice, *rows, undo, self._status], layout=widgets.Layout(max_width="54em"))
        self.add_class("tk-widget")
        session.on_change(self._changed)
        self._sync()

    @property
    def annotations(self) -> list[dict]:
        return [span.to_dict() for span in self.session.spans]

    @property
    def path(self):
        return self.session.path

    def check(self, labels=None, key=None):
        return self.session.check(labels, key)

    def summary(self) -> str:
        return self.session.summary()

    def choose(self, sentence_id: str, label: str) -> None:
        """Choose a label for a sentence as a click would ("" for none)."""
        self._toggles[sentence_id].value = label

    def _whole_sentence_spans(self, sentence) -> list[Span]:
        return [s for s in self.session.spans if (s.start, s.end) == (sentence.start, sentence.end)]

    def _chosen(self, sentence_id: str, label: str) -> None:
        if self._updating:
            return
        sentence = self.article.sentence(sentence_id)
        current = self._whole_sentence_spans(sentence)
        if label == NONE:
            for span in current:
                self.session.remove(span.id)
        elif current:
            self.session.relabel(current[0].id, label)
        else:
            self.session.add(sentence.start, sentence.end, label)

    def _changed(self, change: Change) -> None:
        self._sync()
        warning = "<b>Warning:</b> " if change.kind == "warning" else ""
        self._status.say_html(f"<p class='tk-sa-status'>{warning}{escape(change.message)}</p>")

    def _sync(self) -> None:
        """Show the session's marks on the buttons (without reacting to our own changes)."""
        self._updating = True
        try:
            for sentence in self.article.sentences:
                whole = self._whole_sentence_spans(sentence)
                labels = [s.label for s in whole if s.label in self.session.labels]
                self._toggles[sentence.id].value = labels[0] if labels else NONE
                inside = [s for s in self.session.spans
                          if s.start < sentence.end and sentence.start < s.end and s not in whole]
                self._others[sentence.id].value = (
                    "<p class='tk-sa-place'>Also marked here: "
                    + "; ".join(f"{escape(self.session.labels[s.label].title if s.label in self.session.labels else s.label)}"
                                f" \u201c{escape(s.text[:60])}\u201d" for s in inside) + "</p>") if inside else ""
        finally:
            self._updating = False
