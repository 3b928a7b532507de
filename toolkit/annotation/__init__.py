"""Students' marks on an article: spans, the label taxonomy, the widget's session, scoring, agreement.

    from toolkit.annotation import score_spans, collect_annotations, class_agreement

Modules: `labels` (the taxonomy), `spans` (the `Span` record and save files), `session` (the
state behind the annotator), `scoring` (a student's spans against a key), `agreement` (how far
a class agrees).
"""

from __future__ import annotations

from toolkit.annotation.agreement import ClassAgreement, class_agreement
from toolkit.annotation.labels import LABELS, SENTENCE_LABELS, Label, custom_label
from toolkit.annotation.scoring import score_spans
from toolkit.annotation.spans import Span, collect_annotations

__all__ = ["ClassAgreement", "LABELS", "Label", "SENTENCE_LABELS", "Span", "class_agreement",
           "collect_annotations", "custom_label", "score_spans"]
