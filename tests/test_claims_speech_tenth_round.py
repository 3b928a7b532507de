"""Attribution, tenth round (issue 16, speech verbs): kinds of error counted on PolNeAR train, each rule
tested on sentences written for it here (none taken from the data)."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text

from tests.label_helpers import only


# ----- a refusal to speak (toolkit/claims/refused_words.py) ------------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("The ferry company's lawyer, Ines Valdo, declined to comment.", "Ines Valdo"),
    ("The harbor school declined to comment on the inspection report.", "The harbor school"),
    ("Tomas Arndt, through a spokeswoman, declined to comment.", "Tomas Arndt"),
    ("Port spokesman Leo Farrant wouldn't say when, or if, the dredging will start.", "Leo Farrant"),
    ("The pilots' guild would not say whether it had been paid.", "The pilots' guild"),
    ("Mayor Ruiz is not saying yet which of the two piers will close.", "Ruiz"),
    ("Though Ruiz was not willing to say who would pay, the vote on the pier is set for June.", "Ruiz"),
    # (the seventh round had this one as no one's words; a refusal is read as the port's now, as "declined
    # to comment" always was: PolNeAR train marks "would not say whether" as an attribution 4 times in 5)
    ("The port will not yet say whether it can meet the deadline.", "The port"),
    ("Thus far, the yacht club has refused to comment on the donations.", "the yacht club"),
    ("The dock workers' union, which declined to comment, filed its appeal on Monday.", "The dock workers"),
])
def test_a_refusal_to_speak_is_credited_to_the_speaker(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and source.lower() in label.source.lower()


@pytest.mark.parametrize("sentence", [
    "I won't say more about the pier today.",
    "The harbor report didn't say a word about the cost of the dredging.",
    "You can't say enough about the volunteers who rebuilt the pier.",
])
def test_a_negated_verb_that_refuses_no_question_is_not_attributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a verb's look-alike: "state" the noun after "as", "declined" the fall (toolkit/claims/verb_look_alikes.py) --

@pytest.mark.parametrize("sentence", [
    "Ruiz has the longest record on the harbor board, as a former secretary of state and as a senator.",
    "As coastal states and neighbors, the two towns share the cost of the breakwater.",
    "Ferry traffic declined in almost every port, dropping by half in Calder.",
    "Catches declined sharply after the storm.",
    "Harbor fees declined to $40 a berth last year.",
])
def test_a_noun_or_a_fall_is_no_verb_of_saying(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("As the weekly paper states, the pier is closed until May.", "the weekly paper"),
    ("The mayor declined the offer of a second term.", "The mayor"),
    ("The harbor master declined to say when the pier would reopen.", "The harbor master"),
])
def test_the_verb_itself_is_still_read(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and label.source.lower() == source.lower()


# ----- a writer's bio and a contributors' credit make no claim (toolkit/data/claims/non_claims.txt) ----

STORY = "The pier will reopen in May, the mayor said.\n\n"


@pytest.mark.parametrize("line", [
    "Contributing: Marta Quill.",
    "Contributors: Marta Quill and Leo Farrant, Calder Courier.",
    "He tweets @marta_quill.",
    "She tweets at @harborwatch.",
    "Follow her on Twitter @harborwatch.",
])
def test_a_bio_or_contributors_line_makes_no_claim(line: str) -> None:
    labels = label_text(STORY + line + "\n")
    assert labels[-1].text == line and labels[-1].label == "no_claim"


@pytest.mark.parametrize("line", [
    "He tweets about the harbor every day.",
    "Contributing to the delay: a storm that closed the port for a week.",
    "Follow her lead, the mayor told the council.",
])
def test_a_line_that_only_starts_like_one_still_makes_its_claim(line: str) -> None:
    assert label_text(STORY + line + "\n")[-1].label != "no_claim"


# ----- idioms of saying that hand on nobody's words (toolkit/claims/idiom_sayings.py) -----------------

@pytest.mark.parametrize("sentence", [
    "As they say, the tide waits for no one.",
    "The tide, as they say, waits for no one.",
    "The empty seats at the harbor meeting said it all.",
    "The ferry figures say it all.",
    "She left the stage, saying goodbye to the crowd.",
    "The captain was saying goodbye to his crew when the storm hit.",
    "Before the meal, the fishermen said grace.",
])
def test_an_idiom_of_saying_is_not_attributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("As they said at the harbor meeting, the pier is closed.", None),
    ("Ruiz said it all started in May.", "Ruiz"),
    ("The ferry figures say the pier lost money.", None),
    ("Ruiz said goodbye was the hardest word.", "Ruiz"),
])
def test_the_same_words_reporting_speech_are_still_attributed(sentence: str, source: str | None) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert source is None or label.source == source


# ----- a sign-off under a quotation makes no claim (toolkit/claims/quote_signoffs.py) -----------------

@pytest.mark.parametrize("signoff", [
    'Former harbor master Leo Farrant."',
    'Marta Quill, Calder Pilots Guild."',
    'Amy Lind, deputy harbor security advisor."',
    'Rep. Tomas Arndt."',
])
def test_a_sign_off_under_a_quotation_makes_no_claim(signoff: str) -> None:
    labels = label_text(f'The board met on Monday.\n\n"The pier should stay open until the repairs are done.\n{signoff}\n')
    assert labels[-1].text == signoff and labels[-1].label == "no_claim"
    assert labels[-2].label == "attributed"  # the quotation above stays someone's words


@pytest.mark.parametrize("line", [
    '"We owe them everything, and I thank Leo Farrant."',
    "Ruiz: 'Never underestimate the tide.'",
    'Marta Quill, who lives in Calder."',
    'said Leo Farrant."',
])
def test_a_line_that_only_ends_like_a_sign_off_is_read_as_usual(line: str) -> None:
    labels = label_text(f'The board met on Monday.\n\n"The pier should stay open.\n{line}\n')
    assert labels[-1].label != "no_claim"


# ----- a navigation label in quotation marks is still navigation (toolkit/claims/non_claims.py) -------

@pytest.mark.parametrize("line", ['"Related:"', "\u201cRelated:\u201d", '"Read more"'])
def test_a_navigation_label_in_quotation_marks_makes_no_claim(line: str) -> None:
    labels = label_text(f'"The pier will reopen in May," the mayor said.\n\n{line}\n')
    assert labels[-1].label == "no_claim"


def test_a_quoted_sentence_that_starts_like_a_label_is_still_someones_words() -> None:
    labels = label_text('The mayor spoke.\n\n"Related to the pier, the levy will rise," she said.\n')
    assert labels[-1].label == "attributed"


# ----- people of a named body in a place speak, not the place (toolkit/claims/source_phrases.py) ------

@pytest.mark.parametrize("sentence, head", [
    ("Members of Parliament in Calder said the ferry subsidy would end.", "members"),
    ("Some members of the Harbor Board in Calder said the ferry subsidy would end.", "members"),
    ("Fishermen in Calder said the pier was unsafe.", "fishermen"),
    ("Congresswomen from Calder said the ferry subsidy would end.", "congresswomen"),
    ("Supporters of Councillor Ana Ruiz for mayor say the levy is fair.", "supporters"),
])
def test_people_of_a_body_or_a_place_are_the_source_not_the_place(sentence: str, head: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and head in label.source.lower()


# ----- "may want to" is the writer's advice, not the subject's wish (toolkit/claims/verb_look_alikes.py) --

@pytest.mark.parametrize("sentence", [
    "The harbor board may want to check its figures again.",
    "Councillor Ruiz might want to read the report before the vote.",
    "Boat owners may also want to renew their permits early.",
])
def test_may_want_to_is_advice_not_a_stance(sentence: str) -> None:
    assert only(sentence).label != "attributed"


@pytest.mark.parametrize("sentence, source", [
    ("The harbor board wants to sell the old pier.", "The harbor board"),
    ("Ruiz said the board may want to sell the old pier.", "Ruiz"),
])
def test_a_wish_or_a_report_of_advice_is_still_attributed(sentence: str, source: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source is not None and label.source.lower() == source.lower()


def test_a_quoted_title_alone_does_not_make_a_sentence_someones_words():
    """A quotation that reads as the title of a work is nobody's words: it must not count towards the share
    of quoted words that makes a sentence a quotation (which once left it `attributed` with no cue)."""
    from toolkit.claims.sentence_labels import label_text

    (label,) = label_text("\u201cWinter Harbour Tales\u201d opens tonight.")
    assert label.label == "fact", label
    assert not any(c.kind == "quotation" for c in label.cues)
