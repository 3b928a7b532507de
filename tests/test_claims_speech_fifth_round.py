"""Attribution, fifth round (issue 16, speech verbs): kinds of error read on real news, each rule on
sentences written for it. A described crowd that speaks is attributed to a vague source; faceless
crowds stay weasel words; an interjection before a colon, a measure after "according to" and a
concessive opening clause credit nobody with the writer's main clause."""

from __future__ import annotations

import pytest

from toolkit.claims.sentence_labels import label_text
from toolkit.claims.verb_look_alikes import saying_look_alike
from toolkit.text.tokens import tokenize


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


# ----- a crowd that speaks: attributed, and the source cue says it is vague ------------------

@pytest.mark.parametrize("text, source", [
    ("Critics said the new bus schedule leaves night workers stranded.", "critics"),
    ("Experts say the river may flood again in spring.", "experts"),
    ("Some experts said the dye test was flawed.", "some experts"),
    ("The tolls were unfair, critics said.", "critics"),
    ("Critics called the bill a giveaway.", "critics"),
    ("Several said they had waited three hours at the ferry.", "several"),
    ("Some said the parking fines were too high.", "some"),
    ("Still, people who have fought spam for years say the firm could do more.",
     "people who have fought spam for years"),
    ("But some who study the river argue that the dam is too old.", "some who study the river"),
])
def test_a_crowd_that_speaks_is_a_vague_source(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)
    vague = [c for c in label.cues if c.kind == "source" and c.family == "vague_source"]
    assert vague and "vague" in vague[0].why
    assert not any(c.kind == "weasel" for c in label.cues)


def test_a_crowds_judgment_words_are_theirs_not_the_writers():
    label = only("Critics said the levy was a disgraceful giveaway.")
    assert label.label == "attributed"
    assert all(c.reported for c in label.cues if c.points_to == "opinion")


@pytest.mark.parametrize("text", [
    "Some say the parking fines are too high.",
    "Others, however, say the fines are fair.",
    "Many argue that the ferry should stay public.",
    "People say the pier is haunted.",
    "Many believe the mayor will resign.",           # a belief, not words handed over
])
def test_a_faceless_crowd_in_the_generic_present_stays_a_weasel_word(text):
    label = only(text)
    assert label.label == "opinion" and label.source is None
    assert any(c.kind == "weasel" for c in label.cues)


# ----- "Wow:" is an interjection, not a speaker ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Wow: the council voted to close the library on Sundays.",
    "BOOM: The Mayor Just Closed The Library On Sundays.",
    "Look: the pier has sunk two inches since May.",
])
def test_an_interjection_before_a_colon_is_no_speaker(text):
    assert only(text).label != "attributed"


def test_a_name_before_a_colon_still_speaks():
    label = only("Okafor: the council must vote again in May.")
    assert (label.label, label.source) == ("attributed", "Okafor")


# ----- "according to" a count, a measure or a plan -------------------------------------------

@pytest.mark.parametrize("text", [
    "The fund grew by 40 percent, according to the number of dollars raised.",
    "Seats on the harbor board are shared according to size.",
    "The ferry launch went according to plan.",
    "Grants are paid according to their share of the county's population.",
])
def test_a_measure_after_according_to_is_no_source(text):
    assert only(text).label != "attributed"


def test_a_person_after_according_to_is_still_a_source():
    label = only("The fund grew by 40 percent, according to the treasurer.")
    assert (label.label, label.source) == ("attributed", "the treasurer")


# ----- a concessive opening: the main clause after it is the writer's -------------------------

@pytest.mark.parametrize("text", [
    "Although the mayor claimed the budget was balanced, the city's reckless spending is a disgrace.",
    "While Okafor insisted the ferry was safe, the shameful state of its hull tells another story.",
    "But even though the board said the fees were fair, this grotesque levy is an insult to every family.",
])
def test_the_writers_judgment_after_a_conceded_report_counts(text):
    label = only(text)
    assert label.label == "opinion"
    assert any(c.points_to == "opinion" and not c.reported for c in label.cues)


@pytest.mark.parametrize("text, source", [
    ("Although the mayor claimed the budget was balanced, the city ran a deficit of two million dollars.",
     "the mayor"),
    ("Although the bridge is old, the engineers said it is a disgrace.", "the engineers"),
])
def test_a_conceded_report_before_a_plain_main_clause_stays_attributed(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


# ----- subjects before verbs of noting --------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Harbor engineers noted that the pier had sunk two inches.", "Harbor engineers"),
    ("Harbor leaders in Maine, for instance, noted that the ferry had been late all year.", "leaders in Maine"),
    ("The Harbor Trust, for one, noted that the tolls had doubled.", "Harbor Trust"),
    ("The singer noted fans were waiting outside in the rain.", "the singer"),
])
def test_a_described_subject_before_a_verb_of_noting(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "The company added 500 jobs in March.",
    "Swing states noted that in 2016 the count was slow.",
])
def test_verbs_of_noting_used_otherwise_make_no_attribution(text):
    assert only(text).label != "attributed"


# ----- a clause after a verb form that is also a noun; when-words before "that" ----------------

@pytest.mark.parametrize("text, source", [
    ("Okafor claims she was never told about the audit.", "Okafor"),
    ("Ruiz stated earlier this week that she would run again.", "Ruiz"),
    ("The harbor board this week announced a new ferry route.", "the harbor board"),
    ("Dale Kim, the board chair, this past week announced the creation of a ferry fund.", "Dale Kim"),
    ("Okafor noted what the auditors had missed for years.", "Okafor"),
])
def test_verbs_of_saying_shown_by_what_follows_them(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


@pytest.mark.parametrize("text", [
    "The insurance claims were rejected in May.",
    "The claims she filed were rejected in May.",
    "Treasury notes are sold every week.",
])
def test_the_noun_forms_still_make_no_attribution(text):
    assert only(text).label != "attributed"


# ----- long asides between a speaker and the verb -----------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Mr. Kim - in a speech to the harbor workers on Monday - declared that the port would stay public.", "Kim"),
    ("Sen. Dale Kim (a Maine Democrat so soft-spoken that colleagues lean in to hear him) says the bill will pass.",
     "Dale Kim"),
])
def test_a_speaker_before_a_long_aside(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


# ----- stance and saying look-alikes: nouns, adverbs, other verbs --------------------------------

@pytest.mark.parametrize("text", [
    "The mayor is having a hard time getting it back in.",
    "The pier first came to the attention of engineers back in 2011.",
    "Arson attacks in two ports placed security at center stage.",
    "The mayor won, thanks to a late surge in the river wards.",
    "Kim has won primaries in Maine and in his home state of Vermont.",
    "State health officials found a second case in the harbor.",
    "Okafor's remarks can be plodding, even rambling at times.",
    "Okafor maintains a commanding lead in the river wards.",
    "Even after the storm passed, the flooding continued.",
    "Okafor called off the vote.",
    "The group organised a dance called Harbor Lights at the old pier.",
    "Okafor testified before the harbor panel last fall.",
])
def test_look_alikes_of_verbs_of_saying_and_stance_credit_nobody(text):
    assert only(text).label != "attributed"


@pytest.mark.parametrize("text, source", [
    ("Most harbor workers back the levy.", "harbor workers"),
    ("Okafor attacks the plan as a giveaway.", "Okafor"),
    ("Okafor remarks that the pier is older than the town.", "Okafor"),
    ("Okafor maintained that she had never seen the audit.", "Okafor"),
    ("\u201cWe will appeal,\u201d Okafor continued.", "Okafor"),
    ("The mayor called Okafor a liar.", "the mayor"),
    ("Okafor testified that she had never seen the audit.", "Okafor"),
    ("Okafor continued to insist that the audit was wrong.", "Okafor"),
])
def test_the_same_words_used_as_verbs_still_credit_the_speaker(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


# ----- crowds after the verb, crowds pointed back to, "here", "on the other hand" ---------------

@pytest.mark.parametrize("text, source", [
    ("The ferry's rise may have surprised the town more than anyone else, said several observers.",
     "several observers"),
    ("A quieter mayor may not be a bad thing, say some councillors, who recall her angry speeches.",
     "some councillors"),
    ("Most of them said they had waited three hours.", "most of them"),
    ("Her campaign workers here said they have been knocking on doors since spring.", "her campaign workers"),
])
def test_crowds_before_and_after_the_verb(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_an_aside_on_the_other_hand_leaves_the_speaker_speaking():
    assert only("Harbor pilots, on the other hand, argued that the ruling would help the port.").label == "attributed"


def test_a_bare_crowd_after_the_verb_names_nobody():
    assert only("The plan is fair, said some.").label != "attributed"


# ----- a title in quotation marks with the sentence's stop inside them -------------------------

@pytest.mark.parametrize("text", [
    "He is now the host of \u201cThe Harbor Hour with Ana Ruiz.\u201d",
    "In 2019 she acted in the film \u201cShark Tide 3: The Last Pier!\u201d",
])
def test_a_work_title_ending_the_sentence_is_nobodys_words(text):
    assert only(text).label != "attributed"


def test_a_title_case_quotation_after_a_colon_is_still_someones_words():
    label = only("The marchers carried one banner: \u201cSave Our Harbor Now.\u201d")
    assert label.label == "attributed"


# ----- a share of those asked, set off by commas before the verb ---------------------------------

@pytest.mark.parametrize("text, source", [
    ("Just over a quarter, 26 percent, say they will vote for someone else.", "26 percent"),
    ("Just shy of half, 49%, say the ferry should stay public.", "49%"),
])
def test_a_share_set_off_before_the_verb_speaks(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_share_inside_the_reported_words_is_not_the_speaker():
    label = only("The tolls rose, 26 percent, said the clerk.")
    assert (label.label, label.source) == ("attributed", "the clerk")


@pytest.mark.parametrize("text", [
    "Okafor changed her vote on the spot \u2013 saying she had misread the plan.",
    "Okafor changed her vote on the spot - saying she had misread the plan.",
])
def test_a_participle_of_saying_after_a_dash_is_the_subjects_words(text):
    label = only(text)
    assert (label.label, label.source) == ("attributed", "Okafor")


# ----- judgment words inside fixed phrases that judge nothing ------------------------------------

@pytest.mark.parametrize("text, source", [
    ("\u201cThe ferry is late,\u201d said Ana Ruiz, the sister of Tom's best friend, who was at the pier.", "Ana Ruiz"),
    ("\u201cI don't want trouble,\u201d said one former clerk, who said he left on good terms.", "one former clerk"),
    ("On Friday morning, Mayor Ana Ruiz told a joke.", "Ana Ruiz"),
    ("Despite efforts by the GOP establishment to stop her, Okafor says she will run.", "Okafor"),
])
def test_a_judgment_word_in_a_fixed_phrase_does_not_outweigh_the_report(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)
    assert not any(c.family == "evaluative" and c.text.lower() in ("best", "good", "joke", "establishment")
                   for c in label.cues)


@pytest.mark.parametrize("text", [
    "This is the best plan the council has ever seen.",
    "The establishment is rotten to the core.",
    "Her speech was a good one.",
])
def test_the_same_words_outside_those_phrases_still_judge(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text, look_alike", [
    ("Pilots are happy to state that the ferry is late.", False),   # "to state": the verb
    ("The pilots state that the ferry is late.", False),
    ("She campaigned in her home state of Maine.", True),
    ("State health officials found a case.", True),
])
def test_state_is_a_look_alike_only_as_the_noun(text, look_alike):
    tokens = tokenize(text)
    k = next(n for n, t in enumerate(tokens) if t.low == "state")
    assert saying_look_alike(tokens, k, k + 1) is look_alike


# ----- a heading over a list of names; a headline's reply ---------------------------------------

def test_a_heading_over_a_list_of_names_is_no_speaker():
    assert only("Maine: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell.").label != "attributed"


def test_a_speaker_before_a_colon_with_words_after_still_speaks():
    label = only("Okafor: the council must vote again in May, and soon.")
    assert (label.label, label.source) == ("attributed", "Okafor")


def test_a_headline_reply_to_someone_is_attributed():
    label = only("Lena Okafor Responds To Harbor Critics")
    assert (label.label, label.source) == ("attributed", "Lena Okafor")


def test_responded_to_in_running_text_needs_words():
    assert only("Okafor responded to the letter on Monday.").label != "attributed"


# ----- "was told that": words passed on by someone unnamed ---------------------------------------

def test_a_passive_of_telling_credits_someone_unnamed():
    label = only("The pilots had been told just before the vote that the ferry would close.")
    assert label.label == "attributed" and label.source is None
    assert any(c.kind == "reporting_verb" and "who told them" in c.why for c in label.cues)


@pytest.mark.parametrize("text", [
    "The pilots were told to wait.",
    "The pilots were told about the plan.",
])
def test_a_passive_of_telling_with_no_words_passed_on_is_no_report(text):
    assert only(text).label != "attributed"


def test_a_passive_with_its_agent_credits_the_agent():
    label = only("The pilots were told by the harbor director that the ferry would close.")
    assert (label.label, label.source) == ("attributed", "the harbor director")
