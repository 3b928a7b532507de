"""Attribution, sixth round (issue 16, speech verbs): when quotation marks alone make a sentence
someone else's words. Each rule is tested on sentences written for it."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text
from toolkit.text.quotations import find_quotations


def labels_of(text: str) -> dict[str, object]:
    return {" ".join(label.text.split()): label for label in label_text(text)}


# ----- a short quotation in single marks alone on its line: a subheading -----------------------

@pytest.mark.parametrize("heading", [
    "'A harbor worth saving.'",
    "\u2018Nobody told us anything.\u2019",
    "'Simply too slow.'",
])
def test_a_quoted_subheading_is_not_credited_to_an_unnamed_speaker(heading):
    text = f"The ferry board met on Monday.\n\n{heading}\n\nThe vote on the new timetable was put off again."
    label = labels_of(text)[heading]
    assert label.label != "attributed" and label.source is None


@pytest.mark.parametrize("text, sentence", [
    # in body text, in double marks, or followed by nothing: someone's words as before
    ("The ferry board met on Monday. 'A harbor worth saving.' The vote was put off.", "'A harbor worth saving.'"),
    ("The ferry board met on Monday.\n\n\u201cNobody told us anything.\u201d\n\nThe vote was put off.",
     "\u201cNobody told us anything.\u201d"),
    ("The ferry board met on Monday.\n\n'Nobody told us anything, and nobody asked us, not once in two "
     "years of meetings.'\n\nThe vote was put off.",
     "'Nobody told us anything, and nobody asked us, not once in two years of meetings.'"),
])
def test_a_quotation_in_the_body_is_still_someones_words(text, sentence):
    assert labels_of(text)[sentence].label == "attributed"


# ----- the quotation finder: double closing marks typed wrongly ---------------------------------

@pytest.mark.parametrize("text, inside", [
    # two closing single marks for one double
    ("The board asked a \u201cquestion\u2019\u2019 that nobody answered.", ["question"]),
    ("The board asked a \u201cquestion'' that nobody answered.", ["question"]),
    # an opening mark typed at the end, after a stop, before a space or the paragraph's end
    ("\u201cThe ferry will run all winter.\u201c\n\nTickets go on sale Monday.", ["The ferry will run all winter."]),
    ("Her leaflet promised \u201ca harbor for everyone,\u201c with a map. The pier opens in May.",
     ["a harbor for everyone,"]),
    # an opening mark after a stop and a space still opens the next quotation
    ("\u201cWe waited.\u201d \u201cThen we left.\u201d", ["We waited.", "Then we left."]),
])
def test_a_double_quotation_closed_by_a_mistyped_mark(text, inside):
    assert [text[q.inner_start:q.inner_end] for q in find_quotations(text)] == inside


def test_a_sentence_after_a_mistyped_closer_is_the_writers_again():
    text = ("The council passed the harbor plan on Tuesday.\n\n\u201cIt will keep the ferry running for years.\u201c "
            "The plan also closes the old pier.\n\nThe vote was seven to two.")
    assert labels_of(text)["The plan also closes the old pier."].label != "attributed"


# ----- a call or a response with no words: an act, not an attribution ---------------------------

@pytest.mark.parametrize("text", [
    "Then, last week, Hale called.",
    "Mr. Okafor called both candidates Tuesday night and left for Ankara.",
    "The mayor called Ann Ruiz on Friday.",
    "How has the harbor board responded?",
    "Since then, the city has responded by building a second pier.",
    "He responded as if the ferry had been sunk on purpose.",
])
def test_a_call_or_a_response_with_no_words_credits_nobody(text):
    (label,) = label_text(text)
    assert label.label != "attributed" and label.source is None


@pytest.mark.parametrize("text, source", [
    ("Okafor called Hale a liar.", "Okafor"),
    ("Okafor called for calm at the pier.", "Okafor"),
    ("Okafor called him to say the pier was safe.", "Okafor"),
    ("Okafor responded that the pier was safe.", "Okafor"),
    ("\u201cNo,\u201d Okafor responded.", "Okafor"),
    ("The mayor responded by saying the pier was safe.", "the mayor"),
])
def test_a_call_or_a_response_with_words_is_still_attributed(text, source):
    (label,) = label_text(text)
    assert (label.label, label.source) == ("attributed", source)


# ----- forms of saying that are nouns: "had their say", "this tweet", "Enough said." ------------

@pytest.mark.parametrize("text", [
    "When the ferry riders finally had their say, the board dropped the plan.",
    "Small towns have a larger say in the harbor vote than the city does.",
    "Enough said.",
])
def test_a_noun_form_of_saying_credits_nobody(text):
    (label,) = label_text(text)
    assert label.source is None and label.label != "attributed"


@pytest.mark.parametrize("text, source", [
    ("Riders say the ferry is late every day.", "riders"),
    ("The women say the pier was closed without notice.", "the women"),
    ("Okafor said enough was enough.", "Okafor"),
])
def test_the_verb_say_after_its_subject_is_still_attributed(text, source):
    (label,) = label_text(text)
    assert (label.label, label.source.lower()) == ("attributed", source.lower())
