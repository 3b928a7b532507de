"""Eighth round on naming the right source: a place or a group written like a name ("New Hampshire",
"Muslim Americans", "Ohio") is never whom a later "he said" or "she said" means. Every sentence here
is invented for the test."""

from __future__ import annotations

import pytest

from tests.source_helpers import last_source
from toolkit.claims.attribution_model import NameBook
from toolkit.claims.place_names import names_a_place, names_nobody


@pytest.mark.parametrize("name", ["Ohio", "New Hampshire", "the United States", "South Florida",
                                  "Western Pennsylvania", "Silicon Valley"])
def test_places_are_read_as_places(name: str) -> None:
    assert names_a_place(name)
    assert names_nobody(name)


@pytest.mark.parametrize("name", ["Steve Israel", "Jordan Lee", "Ana Lopez", "Virginia Okafor", "Tom Lind"])
def test_people_named_like_places_are_people(name: str) -> None:
    assert not names_nobody(name)


def test_a_group_is_nobody_a_pronoun_means() -> None:
    assert names_nobody("Muslim Americans")
    assert names_nobody("Latinos")
    assert not names_nobody("Bernie Okafor")


def test_the_name_book_does_not_meet_a_place() -> None:
    book = NameBook()
    book.meet("Ana Lopez")
    book.meet("New Hampshire")
    book.meet("Ohio")
    assert book.person_for("she") == "Ana Lopez"


def test_he_after_a_quotation_naming_a_state_is_the_person_met_before() -> None:
    # The quotation opens with a state; the pronoun that closes it is the mayor, not the state.
    text = ("Mayor Tom Lind toured the flooded farms on Monday. \u201cThe New Hampshire flood must never happen "
            "again. We will build the dams,\u201d he wrote later.")
    assert last_source(text) == "Tom Lind"


def test_she_after_a_group_subject_is_the_person_met_before() -> None:
    text = ("Ana Lopez leads the county poll. Young Muslim Americans filled the hall on Friday. "
            "\u201cIt is a good day for all of us,\u201d she said.")
    assert last_source(text) == "Ana Lopez"


def test_a_name_inside_quoted_words_is_not_whom_he_means() -> None:
    # The quotation names no speaker of its own; Dan Okafor is the subject of a clause inside it.
    text = ("Tom Lind spoke at the county fair on Monday. \u201cI believe Dan Okafor is ruining the harbour "
            "board.\u201d He added that the board should resign.")
    assert last_source(text) == "Tom Lind"


def test_a_subject_outside_the_quotation_is_still_remembered() -> None:
    text = ("Tom Lind spoke at the county fair on Monday. Dan Okafor answered him with a \u201cplan for the "
            "harbour\u201d on Tuesday. He said the board should stay.")
    assert last_source(text) == "Dan Okafor"


@pytest.mark.parametrize("subject", ["Democratic presidential candidate Dan Okafor",
                                     "Former Secretary of State Dan Okafor"])
def test_a_subject_described_before_the_name_is_whom_he_means(subject: str) -> None:
    # The front word ("Democratic") or the whole title ("Former Secretary of State") is no person:
    # the name after it is the subject a later "he" points back to, not Tom Lind named before.
    text = (f"Tom Lind spoke first. {subject} is choosing not to respond to the attacks. "
            "\u201cWe have come a long way,\u201d he told supporters.")
    assert last_source(text) == "Dan Okafor"


def test_a_title_with_no_name_after_it_leaves_the_earlier_person() -> None:
    text = ("Tom Lind spoke first. Former Secretary of State officials are choosing not to respond. "
            "\u201cWe have come a long way,\u201d he told supporters.")
    assert last_source(text) == "Tom Lind"


@pytest.mark.parametrize("text, source", [
    ("\u201cSmall boats do not pay,\u201d James Okafor of the Harbor Institute wrote recently.", "James Okafor"),
    ("Dan Whiting of Liberty Church in Marion said he had made more than 150 calls.", "Dan Whiting"),
    ("Dan Whiting of the Liberty Church said he had made more than 150 calls.", "Dan Whiting"),
    ("\u201cI do not know where he stands,\u201d said undecided Republican voter Ana Hooton of Derry, N.H., "
     "before the barn dance.", "Ana Hooton"),
])
def test_a_person_named_with_where_they_work_speaks(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("Supporters of Ana Lopez in Ohio said the vote was rigged.", "supporters of Ana Lopez in Ohio"),
    ("The mayor of the Ohio town said the bill would pass.", "the mayor of the Ohio town"),
])
def test_people_described_by_whom_they_back_or_serve_are_left_alone(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("More than half of respondents in the Harbor Times poll said the town needs more ferries.",
     "more than half of respondents in the Harbor Times poll"),
    ("One in four voters in a Harbor Times poll last year said the ferry should stop.",
     "one in four voters in a Harbor Times poll"),
    ("About 4 in 10 say they want a new mayor.", "about 4 in 10"),
    ("Almost half said they wanted a mayor from outside the council.", "Almost half"),
    ("Those over 60 say they feel that way by two to one.", "those over 60"),
    ("A significant number of Greens said they are fine with the rules.", "A significant number of Greens"),
])
def test_a_share_of_those_asked_is_named_whole(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("Some experts say the bridge is unsafe.", "some experts"),
    ("Half the money went to the harbour, officials said.", "officials"),
])
def test_crowds_and_shares_of_things_are_left_to_other_rules(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("Rashad Okafor, Color of Change's executive director, said his group will keep pressing.", "Rashad Okafor"),
    ("Chris Lind, South Carolina director for Lopez, said the campaign has opened its 11th office.", "Chris Lind"),
    ("The aides, led by campaign manager Ana Ruiz, told the group that they were not expecting to win.",
     "the aides"),
])
def test_the_speaker_before_an_aside_speaks_not_the_subject_of_the_reported_words(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("The ferry is late, said the mayor.", "the mayor"),
    ("The ferry is late, said Ana Lopez, who runs the port.", "Ana Lopez"),
])
def test_an_inverted_frame_after_a_comma_still_names_its_speaker(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("A spokesman for the buyer said the mill would reopen in May.", "a spokesman for the buyer"),
    ("An adviser to the governor told reporters the plan was dead.", "an adviser to the governor"),
])
def test_someone_described_by_whom_they_work_for_speaks(text: str, source: str) -> None:
    assert last_source(text).lower() == source


def test_a_verb_after_a_plain_clause_keeps_its_subject() -> None:
    assert last_source("The mayor went to the harbour and said the ferry would run.") == "the mayor"


@pytest.mark.parametrize("text, source", [
    ("Ana Lopez sternly reprimanded Dan Okafor, saying that he had failed the family.", "Ana Lopez"),
    ("Ana Lopez quietly rebuked Dan Okafor, saying that he had failed the family.", "Ana Lopez"),
])
def test_an_adverb_before_the_verb_does_not_hand_the_words_to_the_object(text: str, source: str) -> None:
    assert last_source(text) == source


@pytest.mark.parametrize("text, source", [
    ("Green activists clamoring to block Dan Okafor from the nomination say they are gaining ground.",
     "Green activists"),
    ("Officials investigating the crash said the pilot was tired.", "officials"),
    ("\u201cThe bridge is unsafe,\u201d engineers studying the span said.", "engineers"),
])
def test_people_described_by_what_they_are_doing_speak(text: str, source: str) -> None:
    assert last_source(text) == source


def test_a_quoted_participle_after_a_pronoun_is_no_subject() -> None:
    assert last_source("\u201cWe're vetting the candidates!\u201d said Arturo Vargas, the head of the group.") == \
        "Arturo Vargas"


def test_a_pair_of_speakers_is_not_whom_he_means() -> None:
    text = ("Dan Lind says he did well in the debate. Tom Okafor and Bill Ruiz say the senator lacks experience. "
            "He also said it was his best night.")
    assert last_source(text) == "Dan Lind"
    assert names_nobody("Tom Okafor and Bill Ruiz")


def test_a_noun_before_its_head_is_no_participle() -> None:
    assert last_source("Maine fishing advocates say the new quota is unfair.") == "Maine fishing advocates"


def test_a_speaker_before_a_long_aside_with_a_title_in_quotes_speaks() -> None:
    text = ("Lind, the longtime owner of the harbour and star of the TV show \u201cThe Boat,\u201d said in an "
            "interview with The Harbor Times that he would sell.")
    assert last_source(text) == "Lind"


def test_a_source_described_in_plain_words_before_a_participle_speaks() -> None:
    text = "Another intelligence source speaking to Fox News said the agents were busy."
    assert last_source(text) == "another intelligence source"


def test_people_named_by_where_they_spoke_speak() -> None:
    assert last_source("Many speakers at the service said the death was painful.") == "many speakers at the service"


def test_a_joining_word_is_no_part_of_the_people_who_speak() -> None:
    text = "But Green activists clamoring to block Dan Okafor from the nomination say they are gaining ground."
    assert last_source(text) == "Green activists"


def test_a_pronoun_later_in_the_sentence_does_not_outrank_the_named_speaker() -> None:
    # "he" in the question means the senator who answers; the sentence's speaker is the senator as written.
    text = ("Dan Okafor spoke first. \u201cI stand by everything I said,\u201d the Ohio senator told the Harbor Times "
            "on Thursday when asked if he still believes the mayor can be trusted with the port.")
    assert last_source(text) == "the Ohio senator"


def test_the_businessman_is_a_described_speaker() -> None:
    text = ("Dan Okafor spoke first. Instead, the businessman has insisted that his position will be strongest "
            "if he refuses to divulge his plans.")
    assert last_source(text) == "the businessman"


def test_a_share_after_that_opens_its_own_clause() -> None:
    text = "One thing in her favor is that 78 percent of voters in a recent Harbor poll said they think she is different."
    assert last_source(text) == "78 percent of voters in a recent Harbor poll"


def test_a_share_with_a_verb_of_its_own_is_no_subject() -> None:
    assert last_source("Exit polls showed that 65 percent of Republicans supported his call for a ban.") == "exit polls"


def test_a_titled_name_deep_in_the_predicate_is_no_subject() -> None:
    # "Green front-runner Dan Okafor" stands in what "he offered", not at the clause's head: "he" is still Allen.
    text = ("Tom Allen spoke at the fair. When the talk turned to the race, he offered his thoughts on Green "
            "front-runner Dan Okafor's appeal among voters. \u201cI think it is funny,\u201d he said.")
    assert last_source(text) == "Tom Allen"


@pytest.mark.parametrize("text, source", [
    ("Democrats in Ohio who attended the rally said they felt hopeful.", "Democrats in Ohio"),
    ("Republicans in Congress said the bill would fail.", "Republicans in Congress"),
])
def test_a_group_described_by_where_it_is_speaks_not_the_place(text: str, source: str) -> None:
    assert last_source(text) == source
