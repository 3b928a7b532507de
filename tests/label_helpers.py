"""What the opinion-rule tests ask of one invented sentence: its label, and the writer's own cues of a family."""

from __future__ import annotations

from toolkit.claims.sentence_labels import label_text


def only(text: str, *, split: bool = True):
    """The label of a text that must be one sentence."""
    labels = label_text(text, split=split)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


def own(label, family: str):
    """The cues of a family in the writer's own words (not inside a report)."""
    return [c for c in label.cues if c.family == family and not c.reported]


def credited(sentence: str, source: str) -> None:
    """The sentence is attributed, to `source` (compared without case)."""
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source is not None and label.source.lower() == source.lower(), label.source
