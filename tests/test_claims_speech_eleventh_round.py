"""Attribution, eleventh round (issue 16, speech verbs): reading errors the tenth round found on sentences written
for its tests, fixed as kinds and counted on PolNeAR train; every sentence here is written for these tests (none
taken from the data)."""

from __future__ import annotations

import pytest

from tests.label_helpers import only, credited


# ----- an auxiliary or a negation is never part of the speaker (toolkit/claims/reporting_frames.py) ----------------

@pytest.mark.parametrize("sentence, source", [
    ("The mayor wouldn't say when the pier would reopen.", "the mayor"),
    ("The new harbor master won't say who will pay for the dredging.", "the new harbor master"),
    ("The mayor hasn't said whether the levy will rise.", "the mayor"),
    ("The ferry company couldn't say how many riders it lost.", "the ferry company"),
    ("The pilots\u2019 guild didn\u2019t say why the vote was delayed.", "the pilots\u2019 guild"),
    ("The mayor cannot say when the pier reopens.", "the mayor"),
    ("Many fishermen have said they will not vote for the levy.", "many fishermen"),
    ("Ruiz's close friends have in the past said she was staying quiet.", "Ruiz's close friends"),
    ("Many pilots have publicly said they back the levy.", "many pilots"),
    # a verdict that someone said little: PolNeAR train marks "said little about", "says nothing about"
    ("The mayor doesn't say much about the cost of the pier in her letter.", "the mayor"),
])
def test_an_auxiliary_or_a_negation_is_not_part_of_the_source(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "Voters in Calder don't seem engaged by the pier.",
    "The harbor report didn't say a word about the cost of the dredging.",
])
def test_a_negated_stance_or_a_silent_document_is_still_not_attributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- an "as" clause with a noun subject: the noun is no verb (toolkit/claims/as_frames.py) ---------------

@pytest.mark.parametrize("sentence, source", [
    ("As the harbor report states, the pier is closed until May.", "the harbor report"),
    ("As the report states, the pier is closed until May.", "the report"),
    ("The pier is closed until May, as the harbor report notes.", "the harbor report"),
    ("As the minutes show, the board voted twice on the levy.", "the minutes"),
    ("As the weekly paper reported, the pier is closed until May.", "the weekly paper"),
])
def test_an_as_clause_with_a_noun_subject_credits_the_whole_noun_phrase(sentence: str, source: str) -> None:
    credited(sentence, source)


# ----- a refusal with a plain object, whoever refuses (toolkit/claims/refused_words.py) ---------------------
# PolNeAR train marks "declined an interview request", "declined comment", "refused requests": the refusal is
# read as the stance frame reads "The mayor declined the offer", also when the subject is a described person
# the frame does not know.

@pytest.mark.parametrize("sentence, source", [
    ("The harbor master declined the offer.", "the harbor master"),
    ("The mayor declined the offer.", "the mayor"),
    ("The harbor master refused requests for an interview.", "the harbor master"),
    ("The night watchman declined comment on the sinking.", "the night watchman"),
    # a span of time between the refusal and its verb, and an auxiliary before it
    ("The harbor trust has declined for years to reveal who funds it.", "the harbor trust"),
    ("The harbor trust has refused for months to say who funds it.", "the harbor trust"),
])
def test_a_refusal_with_an_object_is_credited_to_the_subject(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "The decline of the old harbor worried the town.",
    "Boat owners have the right to refuse service to anyone.",
    "Ferry traffic declined 3 percent in the spring.",
    "Ferry traffic declined in May.",
])
def test_a_decline_or_an_infinitive_of_refusing_is_no_ones_act(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a plural noun for people heads the phrase, not the place after "in" (toolkit/claims/source_phrases.py) --

@pytest.mark.parametrize("sentence, head", [
    ("Local fishermen in Calder said the pier was unsafe.", "fishermen"),
    ("Angry residents from Calder said the pier was unsafe.", "residents"),
    ("Harbor Party voters in Calder said the levy was unfair.", "voters"),
    ("The town's biggest boosters in Calder insisted the pier would reopen.", "boosters"),
])
def test_people_before_a_place_are_the_source_whatever_opens_the_sentence(sentence: str, head: str) -> None:
    label = only(sentence)
    assert label.label == "attributed"
    assert label.source is not None and head in label.source.lower() and "calder" != label.source.lower()


# ----- whom words were said to is never who said them (toolkit/claims/addressed_speakers.py) ---------------

@pytest.mark.parametrize("sentence, addressee", [
    ("Pretty soon she would have to tell Ruiz, who runs the port, that the pier is closed.", "ruiz"),
    ("Speaking to a crowd that filled the hall, the pier must close soon.", "crowd"),
    ("That's the picture Ruiz paints in an interview with the Courier.", "courier"),
])
def test_an_addressee_with_no_verb_of_saying_is_not_the_source(sentence: str, addressee: str) -> None:
    label = only(sentence)
    assert addressee not in (label.source or "").lower(), label.source


@pytest.mark.parametrize("sentence, source", [
    ("In an interview with the Calder Courier, Ruiz laughed off the charge.", "Ruiz"),
    ("Farrant walked back his remarks while speaking to the harbor pilots.", "Farrant"),
    ("Speaking to the harbor pilots on Monday, Ruiz defended the levy.", "Ruiz"),
])
def test_an_addressee_phrase_credits_the_subject_of_its_clause(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_the_writers_telling_credits_no_one() -> None:
    assert only("I told Ruiz not to worry about the pier.").label != "attributed"


# ----- a sign-off credits the quotation above it (toolkit/claims/signed_quotations.py) ----------------------

def _article_labels(text: str):
    from toolkit.article import parse_article
    from toolkit.claims.sentence_labels import label_sentences

    return label_sentences(parse_article(text))


@pytest.mark.parametrize("signoff, name", [
    ('Marta Quill, Calder Pilots Guild."', "Marta Quill"),
    ('Former harbor master Leo Farrant."', "Leo Farrant"),
])
def test_the_sentences_of_a_signed_quotation_are_credited_to_the_signing_name(signoff: str, name: str) -> None:
    labels = _article_labels("The board met on Monday.\n\n\"The pier should stay open until the repairs are done. "
                             f"We owe it to the town.\n{signoff}\n")
    assert [label.label for label in labels] == ["fact", "attributed", "attributed", "no_claim"]
    assert [label.source for label in labels[1:3]] == [name, name]


def test_a_quotation_whose_speaker_is_named_keeps_that_speaker() -> None:
    labels = _article_labels('The board met on Monday.\n\n"The pier should stay open," Ruiz said. "We owe it to the '
                             'town.\nMarta Quill, Calder Pilots Guild."\n')
    assert labels[1].source == "Ruiz"


# ----- what a speaker refused to say is reported, not the writer's (toolkit/claims/refused_sayings.py) -------

@pytest.mark.parametrize("sentence", [
    "Ruiz was booed at the harbor meeting after she refused to say that the pier should be sold.",
    "Ruiz refused to say that the pier should be sold.",
    "The harbor master declined to publicly say whether the levy must rise.",
])
def test_the_words_of_a_refused_saying_are_reported(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed", label
    modal = [c for c in label.cues if c.kind == "modal" and c.text in ("should", "must")]
    assert modal and all(c.reported for c in modal)


def test_a_refusal_of_something_else_leaves_the_writers_words_the_writers() -> None:
    label = only("Ruiz declined the offer, which should anger the board.")
    assert not any(c.reported for c in label.cues if c.kind == "modal")


# ----- a participle's aside that ends in a quotation (toolkit/claims/aside_subjects.py) ---------------------

@pytest.mark.parametrize("sentence", [
    "Mr. Ruiz, citing \"the harsh winter,\" said the pier would close.",
    "Mr. Ruiz, citing ''the harsh winter,'' said the pier would close.",
    "Ana Ruiz, quoting \"an old harbor saying,\" said the pier would close.",
])
def test_a_participle_aside_ending_in_a_quotation_leaves_the_speaker_before_it(sentence: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source is not None and "Ruiz" in label.source, label.source


# ----- an answer's order or time before what it was (toolkit/claims/reporting_frames.py) --------------------

@pytest.mark.parametrize("sentence, source", [
    ("Councillor Ana Ruiz responded first, ripping into the harbor board late Tuesday.", "Ana Ruiz"),
    ("Ruiz replied later that the pier had never been safe.", "Ruiz"),
])
def test_a_reply_read_past_its_order_or_time(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_reply_to_a_thing_is_no_answer_in_words() -> None:
    assert only("The fishermen responded first to the storm.").label != "attributed"


# ----- the words of a question put to the speaker are reported (toolkit/claims/asked_questions.py) ----------

@pytest.mark.parametrize("sentence, word", [
    ("Ruiz, when asked what was wrong with the pier, responded that the board had been slow.", "wrong"),
    ("Asked whether the board should resign, Ruiz said the vote would come in May.", "should"),
    ("Asked specifically why the levy was so unfair, Ruiz said it would fall next year.", "unfair"),
])
def test_the_words_of_a_question_put_to_the_speaker_are_reported(sentence: str, word: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == "Ruiz", label
    assert all(c.reported for c in label.cues if c.text == word)


# ----- an opening participle of saying with its clause (toolkit/claims/opening_sayings.py) -----------------

@pytest.mark.parametrize("sentence, word", [
    ("Noting that the pier was a disgrace, Ruiz said the vote would wait.", "disgrace"),
    ("Promising that her report would look at the appalling state of the pier, Ruiz said the vote would wait.",
     "appalling"),
])
def test_an_opening_clause_of_saying_joins_the_reported_words(sentence: str, word: str) -> None:
    label = only(sentence)
    assert label.label == "attributed" and label.source == "Ruiz", label
    assert all(c.reported for c in label.cues if c.text == word)


def test_an_opening_clause_of_saying_credits_the_subject_when_no_frame_does() -> None:
    credited("Declaring that she alone could fix the port, Ruiz offered a plan.", "Ruiz")


@pytest.mark.parametrize("sentence", [
    "Assuming that the pier holds, the ferry will run in May.",
    "Noting that the pier was a disgrace, I wrote to the board.",
])
def test_an_opening_that_says_nothing_or_the_writers_is_not_credited(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- "did not elaborate." leaves no question open (toolkit/claims/refused_words.py) -----------------------

def test_a_bare_refusal_to_say_more_is_not_attributed() -> None:
    assert only("The harbor master did not elaborate.").label != "attributed"


@pytest.mark.parametrize("sentence", [
    "The harbor master declined to elaborate on her plans.",
    "The harbor master would not elaborate on whether the pier will close.",
])
def test_a_refusal_to_say_more_about_something_is_still_the_speakers(sentence: str) -> None:
    credited(sentence, "the harbor master")
