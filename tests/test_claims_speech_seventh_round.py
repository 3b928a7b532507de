"""Attribution, seventh round (issue 16, speech verbs): kinds of error found on PolNeAR train, each
rule tested on sentences written for it (none taken from the data)."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text


def labels_of(text: str) -> dict[str, object]:
    return {" ".join(label.text.split()): label for label in label_text(text)}


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1
    return labels[0]


# ----- a plain verb of saying whose subject the frame readers do not reach ---------------------

@pytest.mark.parametrize("sentence, source_word", [
    # a subject with a dash aside and a count before it
    ("Four-in-five Labour councillors across the three states \u2014 and half of the members in Leeds \u2014 "
     "said the budget cannot pass.", "councillors"),
    # a time phrase between the subject and the verb
    ("The Foreign Office less than three weeks ago said for the first time that the embassy had been closed.",
     "Foreign Office"),
    # an opening phrase with "however" before the subject
    ("On Thursday, however, the director of the National Weather Service, Maria T. Okafor, said that the storm "
     "had passed.", "director"),
    # a participle phrase and a place after the subject
    ("Republicans trying to win back control of the Assembly in June say they have a new weapon: the budget.",
     "Republicans"),
    # an age and a job set off by commas
    ("Tomas Ferreira Lind, 58, a welder, said he was relieved but still worried about his pension.", "Tomas"),
    # a crowd with a participle, a place and an "including" aside
    ("Five ferry captains interviewed at the docks in Calder this week, including Mr. Hale, said they had no "
     "problem with the new timetable.", "captains"),
    # a subject the writer met ("people I've spoken with") is read up to the writer
    ("Several dock workers I've spoken with this month said the cranes are often idle.", "dock workers"),
])
def test_a_long_subject_before_a_plain_verb_of_saying_speaks(sentence, source_word):
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and source_word.lower() in label.source.lower()


def test_a_long_description_after_an_inverted_said_is_the_source():
    label = only('"It was rushed," said a former senior port safety inspector.')
    assert label.label == "attributed"
    assert label.source == "a former senior port safety inspector"


def test_a_name_between_commas_after_a_description_speaks_in_mid_sentence():
    label = only("The ferry line added a night crossing in June, a spokeswoman, Ada Quill, said on Friday, "
                 "and it has run full every week since.")
    assert label.label == "attributed" and label.source == "Ada Quill"


def test_a_pronoun_joined_to_its_verb_is_the_speaker():
    text = "Mayor Ines Marlow spoke at the pier. She's said the harbor needs a new breakwater."
    label = labels_of(text)["She's said the harbor needs a new breakwater."]
    assert label.label == "attributed" and label.source == "Ines Marlow"


@pytest.mark.parametrize("sentence", [
    # the writer's own words, an addressee's, or nothing said at all
    "I said the harbor needed a new breakwater.",
    "You said the harbor needed a new breakwater.",
    "It is too soon to say whether the pier will reopen.",
    "Rebuilding the pier is easier said than done.",
    "That said, the pier is still closed.",
    "All told, the repairs cost four million dollars.",
    "Does the captain get tired and say the wrong thing?",
    "Which questions get answered says something about the candidates.",
    "The captain should have said the engine was failing.",
    "Even if the board narrows the gap to, say, two votes, the plan fails.",
    "The fishermen want a larger say in how the harbor is run.",
])
def test_a_verb_of_saying_that_hands_on_no_ones_words_is_not_attributed(sentence):
    assert only(sentence).label != "attributed"


# ----- a verb of saying joined to a stance ("blamed ... and said ...") -------------------------

def test_said_joined_to_a_stance_reports_words_so_its_clause_is_not_the_writers():
    label = only('The harbor master blamed the delay on the weather and said the ferry should run again by Friday.')
    assert label.label == "attributed"
    should = next(c for c in label.cues if c.text == "should")
    assert should.reported


# ----- "according to" a phrase the readers did not take ----------------------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Ferry crossings fell by a third, according to the most recent figures available from the harbor board.",
     "harbor board"),
    ("The mayor has raised $40,000 from boat owners, according to new Tidewater Institute research.",
     "Tidewater Institute"),
    ("The budget talks turned into a shouting match, according to people in attendance.", "people in attendance"),
    ("The board may delay the vote, according to people familiar with the talks.",
     "people familiar with the talks"),
    ("The pier plan is losing support, according to many local party officials.", "many local party officials"),
    ("The repairs would cost $4 million a year, according to the \u201cHarbor First\u201d plan she released.",
     "the \u201cHarbor First\u201d plan she released"),
])
def test_the_phrase_after_according_to_is_the_source(sentence, source):
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and source.lower() in label.source.lower()


@pytest.mark.parametrize("sentence", [
    "The pier plan is popular, according to some.",
    "According to some on social media, the mayor was in hiding.",
    "Seats on the board are shared according to the number of votes.",
])
def test_according_to_a_bare_crowd_or_a_measure_credits_no_source(sentence):
    label = only(sentence)
    assert label.label != "attributed" and label.source is None


def test_according_to_unmade_research_credits_no_source():
    assert only("According to new research, most riders take the early ferry.").source is None


# ----- "claims", "notes", "states", "writes" with a clause after them ---------------------------

@pytest.mark.parametrize("sentence, source", [
    ("Okafor claims she's owed $2 million by the port.", "Okafor"),
    ("The harbor board claims Lind runs the pier at a loss.", "harbor board"),
    ("The Tidewater Institute notes the ferry fund is short every winter.", "Tidewater Institute"),
    ("The captain claims his boat is the fastest on the coast.", "captain"),
])
def test_a_verb_that_is_also_a_plural_noun_reports_a_clause(sentence, source):
    label = only(sentence)
    assert label.label == "attributed" and source.lower() in label.source.lower()


@pytest.mark.parametrize("sentence", [
    "Ruiz's false claims that the pier was safe were never checked.",
    "The governor is campaigning in Maine and Vermont, states that vote in March.",
    "The United States and Canada have their embassies in the old port.",
])
def test_the_plural_noun_is_not_a_verb_of_saying(sentence):
    assert only(sentence).label != "attributed"


def test_a_participle_of_saying_after_a_stance_reports_words_for_its_subject():
    label = only("Councillor Ana Ruiz mocked the new timetable, saying it would be a bad deal for the fishermen.")
    assert label.label == "attributed" and label.source == "Ana Ruiz"
    assert all(c.reported for c in label.cues if c.text in ("would", "bad"))


@pytest.mark.parametrize("sentence, source", [
    ("Supporters of fishing rights, on the other hand, argued that the ruling will galvanize efforts to keep the "
     "quotas.", "Supporters"),
    ("With the vote only days away, some harbor board figures declared that the plan was dead.", "figures"),
    ("Crews of the fishing boats along the coast, including those in Calder, warned that the new quotas would "
     "end them.", "Crews"),
])
def test_a_verb_of_saying_with_a_that_clause_after_a_long_or_interrupted_subject(sentence, source):
    label = only(sentence)
    assert label.label == "attributed" and source.lower() in label.source.lower()


@pytest.mark.parametrize("sentence", [
    "Most coastal states that will vote in March have large fishing fleets.",
    "The fund manager wrote a $5,000 check to the harbor campaign.",
])
def test_a_verb_of_saying_without_a_clause_or_a_relative_clause_on_a_noun_is_not_speech(sentence):
    assert only(sentence).label != "attributed"


# ----- a name, a colon and a short fragment: a subheading --------------------------------------

@pytest.mark.parametrize("heading", ["Ruiz: Win in a walk.", "Okafor: Just hang on.", "Marlow: Now or never.",
                                     "Lind: A closing surge."])
def test_a_name_before_a_short_fragment_is_a_subheading_not_speech(heading):
    text = f"What each candidate needs on Tuesday.\n\n{heading}\n\nThe polls close at eight."
    label = labels_of(text)[heading]
    assert label.label != "attributed" and label.source is None


@pytest.mark.parametrize("line", ["HALE: We never saw it.", "BOULDUAN: Why not debate?",
                                  "Matthews: Well, the levy is bad.", "Ruiz: 'Never underestimate the harbor.'",
                                  "Ruiz: Harbor deal a disgrace, pier must close."])
def test_a_name_before_words_that_speak_still_hands_them_over(line):
    assert only(line).label == "attributed"


def test_a_question_put_to_an_addressee_is_someones_words():
    label = only("Tomas Lind, a ferry pilot, asked the harbor master during a call on Monday whether the pier "
                 "would reopen.")
    assert label.label == "attributed" and label.source == "Tomas Lind"


@pytest.mark.parametrize("sentence", ["The employer asked for proof of residence.",
                                      "We asked our readers which ferry they take."])
def test_a_request_for_a_thing_or_the_writers_own_question_is_not_attributed(sentence):
    assert only(sentence).label != "attributed"
