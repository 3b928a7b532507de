"""A quotation with no verb of saying belongs to the sentence's subject (issue 16): sentences written for it."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def test_the_subject_owns_a_quotation_no_verb_of_saying_frames():
    (label,) = label_text("Lopez toasted the crew with a \u201cnew dawn for the harbour and everyone in it.\u201d")
    assert (label.label, label.source) == ("attributed", "Lopez")
    assert any(c.family == "quote_owner" for c in label.cues)


def test_he_as_the_subject_is_the_last_person_named():
    labels = label_text("Tom Okafor opened the meeting. "
                        "He went on to call the levy \u201cthe worst tax this town has ever seen.\u201d")
    assert (labels[-1].label, labels[-1].source) == ("attributed", "Tom Okafor")


@pytest.mark.parametrize("text", [
    "The ad closes on a slogan: \u201cOne harbour, one town, one future for all.\u201d",  # a thing owns no words
    "Congress passed the bill after a \u201clong and bitter fight over every line of it.\u201d",  # a body
])
def test_things_and_bodies_do_not_own_quoted_words(text):
    (label,) = label_text(text)
    assert label.source is None
