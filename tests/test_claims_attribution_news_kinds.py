"""More kinds of attribution met in real news (issue 16, second round): each rule on a sentence written for it."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


@pytest.mark.parametrize("text, source", [
    # a chain of asides naming a body: the person before them speaks
    ("Ann Lee, chair of the board of Green Rivers, the group's lobbying arm, said it would join the race.",
     "Ann Lee"),
    # who someone is to another, as an aside
    ("Carla Ruiz, mother of flood victim Sam Ruiz, rejected the council's account of the night.", "Carla Ruiz"),
])
def test_the_person_before_the_asides_is_the_source(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "Dana Holt, Ohio state director of Save the Park, was unsure why the fight began.",  # "state" is a noun
    "Carla Ruiz waved away the mayor's claim.",     # a possessive owns a noun: no speaker there
])
def test_nouns_shaped_like_verbs_of_saying_are_not_frames(text):
    label = only(text)
    assert label.source not in ("Ohio", "the mayor's", "the mayor")


@pytest.mark.parametrize("text, source", [
    # an aside saying where the speaker works, or whom they represent
    ("Novak, at the Harbour Policy Institute, said the port and the city have a deal.", "Novak"),
    ("Senator Ana Lopez, Republican of Maine, said on Sunday that the ferry was late.", "Ana Lopez"),
    # a named aside with its employer
    ("Another pollster, Tom Reyes of Bay College, said his survey showed the same.", "Tom Reyes"),
    # a chain of asides: the first names a person, the second a paper or a group
    ("Ruiz, editor at large of The Harbour Light, a weekly paper read by sailors, wrote that the port was failing.",
     "Ruiz"),
    ("Tom Garin, a pollster who is working with Harbour Watch, a port lobby, said the fares would rise.",
     "Tom Garin"),
    # one of several, described
    ("\u201cThe vote is close,\u201d one Okafor campaign aide said.", "one Okafor campaign aide"),
])
def test_asides_between_the_speaker_and_the_verb(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_share_of_those_asked_is_the_source():
    label = only("Six in 10 say the ferry is too slow.")
    assert label.label == "attributed" and label.source.lower().startswith("six in 10")


@pytest.mark.parametrize("text, source", [
    ('"The ferry will not run on Sunday,\u201d Okafor said.', "Okafor"),     # straight open, curly close
    ('\u201cWe tried," said Ann Lee, a clerk at the port.', "Ann Lee"),       # curly open, straight close
])
def test_mixed_quotation_marks_still_close_the_quotation(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    # the title of a show or a book in quotation marks is nobody's words
    "He also hosts a talk show and leads \u201cHarbour Nights with Ana Lopez\u201d on a local channel.",
    # a headline label before a colon
    "Contributing: Ann Lee and Tom Hale, Bay News.",
    # a question about a stance, not a stance taken
    "He has wavered on whether he would support the levy if it passed.",
    # "appears before" is showing up, not seeming
    "On Friday he appears before the council in Bayport.",
    # "states" as the plural noun
    "The four states that vote on Tuesday hold 200 delegates.",
])
def test_look_alikes_of_attribution_in_news(text):
    assert only(text).label != "attributed"


def test_a_title_after_a_naming_verb_stays_what_someone_called_it():
    label = only("The mayor's new levy, billed as \u201cFair Fares for All,\u201d starts in May.")
    assert label.label == "attributed"


def test_states_that_after_a_speaker_still_frames_words():
    assert only("The spokesman states that the port is safe.").source == "the spokesman"


@pytest.mark.parametrize("text, source", [
    ("Ana Ruiz, dean of the Bay College law school, said the court had changed.", "Ana Ruiz"),  # a job at a place
    ("Tom Young, another harbour pilot, said the channel was too shallow.", "Tom Young"),  # one of several
    ("Okafor and others said they could not back the levy.", "Okafor"),       # speaking for others too
    ("Carter however said he would welcome the talks.", "Carter"),            # an adverb with no commas
    ("In her speech, Lopez praised the pilots and said the port would reopen.", "Lopez"),  # a second verb
])
def test_more_subjects_of_saying(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_share_spelled_out_in_words():
    label = only("Twenty-four percent said the fares were fair.")
    assert label.label == "attributed" and label.source.lower() == "twenty-four percent"


@pytest.mark.parametrize("text, source", [
    # manner of speaking, telling that something holds, saying it again
    ("Lopez mused that the ferry might never pay for itself.", "Lopez"),
    ("The harbour director reminded reporters that the channel closes at dusk.", "the harbour director"),
    ("Okafor indicated that he would not run again.", "Okafor"),
    ("The pilots repeated that the channel was unsafe.", "the pilots"),
    # the -ing form of a stance after a comma: the sentence's subject holds it
    ("Lopez wrote to the board on Monday, accusing it of hiding the costs.", "Lopez"),
    # a refusal
    ("The ferry company declined to release the figures.", "the ferry company"),
])
def test_reporting_verbs_by_family(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text, source", [
    # a described source tied to what it knows
    ("The talks stalled on Friday, officials familiar with the talks said.", "officials familiar with the talks"),
    ("Still, Okafor will be rethinking his plan, a source close to him said.", "a source close to him"),
    # the subject counted ("Both parents", "Several pilots") before a participle of saying
    ("Both parents met the mayor on Friday, saying that he had ignored the school.", "both parents"),
])
def test_described_sources_news_writes_often(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_frame_followed_by_when_it_was_said_closes_the_words_before_it():
    label = only("The levy is simply outrageous, Okafor said after the vote on Monday.")
    assert (label.label, label.source) == ("attributed", "Okafor")
    judged = [c for c in label.cues if c.text.lower() == "outrageous"]
    assert judged and all(c.reported for c in judged)


@pytest.mark.parametrize("text, source", [
    # a surname that is also a title, after a middle initial or a short title
    ("\u201cThe port will close,\u201d said Representative Peter T. King of Maine.", "Peter T. King"),  # the person, not where they come from
    ("Mr. King said the port was safe.", "King"),
    # an abbreviation's stop before a document
    ("The ferry ran 300 trips, according to F.A.A. records.", "F.A.A. records"),
    # counts and tallies
    ("The levy passed, according to a Bay News tally.", "a Bay News tally"),
])
def test_names_and_documents_with_stops_and_tallies(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text, source", [
    ("Dr. Amara Okafor highlighted how the new clinic would cut waiting times.", "Amara Okafor"),
    ("In her speech, the mayor outlined why the budget had to change.", "the mayor"),
])
def test_a_person_who_outlines_how_or_why_is_a_source(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_thing_that_highlights_how_says_nothing():
    assert only("The floodlights highlighted how tall the new tower was.").label != "attributed"


@pytest.mark.parametrize("text, source", [
    ("The F.B.I. said it had no record of the call.", "the F.B.I."),
    ("The U.N. said on Monday that aid was blocked.", "the U.N."),
    ("Union leaders — and, in particular, Rosa Diaz — insisted that any deal include a pay rise.", "union leaders"),
])
def test_a_subject_before_letters_with_stops_or_a_dashed_aside_speaks(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_dashed_aside_without_a_verb_of_saying_credits_nobody():
    assert only("The storm — the worst in years — flooded the harbour.").label != "attributed"
