"""Attribution, fifteenth round (issue 16, speech verbs): missed attributions on PolNeAR train, read as kinds (a
long phrase of where it was said before "that", a verb form that is also a plural noun after an aside, the
people told before when it was told); every sentence here is written for these tests (none taken from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only, own


# ----- a long phrase of where it was said, then "that" (toolkit/claims/verb_clauses.py) -----------------------

@pytest.mark.parametrize("sentence, source", [
    ("Rep. Ana Ruiz, D-Ore., noted in a guest column in Sunday\u2019s Harbor Gazette that anger over the fares is "
     "fueling the protest.", "Ana Ruiz"),
    ("Ana Ruiz wrote in a letter to the editor of the weekly paper that the levy was unfair.", "Ana Ruiz"),
    ("The ferry union argued in a long filing with the county court last week that the fares were illegal.",
     "the ferry union"),
])
def test_a_long_setting_before_that_still_reports(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "Ana Ruiz worked in a small office in the old harbor building near the station that summer.",
    "The ferry crossed in a storm on the night of the county fair and the harbor that year.",
])
def test_a_long_setting_after_another_verb_reports_nothing(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a verb form that is also a plural noun, after an aside (toolkit/claims/reporting_frames.py) ------------

@pytest.mark.parametrize("sentence, source", [
    ('Okafor, a harbor pilot at the Bay Ferry Company, writes in the Gazette that the pier is "far too short for '
     'the new boats" along with other flaws.', "Okafor"),
    ("In her memoir, Okafor \u2014 who piloted ferries for thirty years \u2014 states that the pier was a disgrace.",
     "Okafor"),
    ("Tom Okafor, a harbor pilot, states that the pier is too short.", "Tom Okafor"),
])
def test_a_noun_like_verb_form_after_an_aside_is_a_verb(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "In the Rust Belt, states underscored the need for new jobs.",
    "Harbor Watch, states that border the bay, and the county all backed the levy.",
])
def test_the_plural_noun_after_a_comma_is_still_a_noun(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- the people told, then when or where: the words before are theirs (toolkit/claims/reporting_frames.py) ---

@pytest.mark.parametrize("sentence", [
    "This is not about me, Mayor Ana Ruiz told her closest aides as she worked on the speech.",
    "This is not about me, Ana Ruiz told the harbor workers on Monday.",
])
def test_words_before_a_telling_frame_are_the_speakers(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    assert label.source == "Ana Ruiz"


def test_a_thing_told_is_no_addressee() -> None:
    label = only("In her speech at the pier, a dismal talk on how the harbor can recover, she tells one joke "
                 "about the fares.")
    assert [c.text for c in own(label, "loaded")] == ["dismal"]  # the writer's word, not the speaker's
