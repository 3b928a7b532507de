"""Attribution recall beyond speech, seventeenth round (issue 16): what a poll or a study found with words between
the document and its verb, people who "found that", a hope or an expectation with a plan after it ("hopes to"),
a speaker who puts a name on something ("calls herself a moderate", "described the pier as unsafe"), a sentence
that opens with its poll ("In a Gazette poll released Monday, ..."), and a stance made known by its noun alone
("expressed concern that"). Every sentence here is written for these tests (none taken from the data); the
tests of what must stay unattributed guard each rule's edges."""

from __future__ import annotations

import pytest

from tests.label_helpers import credited, only


# ----- a document and its finding, words between (toolkit/claims/document_findings.py) ----------------------

@pytest.mark.parametrize("sentence, source", [
    ("A Harbor Gazette poll last week showed Ruiz leading Okafor by nine points.", "A Harbor Gazette poll"),
    ("Polling of island voters shows that the ferry levy remains unpopular.", "unnamed polling"),
    ("A survey by the ferry union in March found broad support for a new pier.", "the ferry union"),
    ("The poll by the Calder Civic Institute showed Ruiz ahead among older voters.", "the Calder Civic Institute"),
    ("Exit polls in the county, which Ruiz won easily, showed that most of her votes came from the north end.",
     "exit polls"),
    ("A Gazette poll, conducted jointly by two local firms (one of them partisan), shows Okafor with 41 percent.",
     "A Gazette poll"),
    ("Exit polling showed that islanders over 60 backed the levy.", "exit polling"),
])
def test_a_document_speaks_across_words_between_it_and_its_verb(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_finding_closing_the_sentence_is_the_documents() -> None:
    credited("Most islanders now favour a second ferry, a survey by the harbor board in May found.",
             "the harbor board")


@pytest.mark.parametrize("sentence, source", [
    ("The authors found that fares rose fastest on the shortest routes.", "the authors"),
    ("Comparing ten years of port records, the researchers found that storms delayed one sailing in five.",
     "the researchers"),
    ("Ana Ruiz and her colleagues found that late ferries cost the island's shops dearly.", "Ana Ruiz"),
])
def test_people_who_found_that_report_a_finding(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "Research suggests that island economies depend on the ferry.",  # unnamed research stays vague
    "The old ferry, which sailed at noon, showed its age.",  # no document
    "I found that the ferry was late again.",  # the writer
    "The harbor master found the keys under the pier.",  # no "that": nothing reported
])
def test_no_finding_is_credited_without_a_document_or_a_finder(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- "hopes to", "expects to": an intention reported (toolkit/claims/hoped_plans.py) ---------------------

@pytest.mark.parametrize("sentence, source", [
    ("Ruiz hopes to win the port vote before the winter storms arrive.", "Ruiz"),
    ("The ferry union hopes to sign a new contract this spring.", "the ferry union"),
    ("Councillor Tom Okafor had hoped to finish the ferry plan this year.", "Tom Okafor"),
])
def test_a_hope_or_an_expectation_with_a_plan_is_the_subjects(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "I hope to see the new ferry running next spring.",  # the writer
    "Ruiz is expected to win the port vote.",  # agentless passive, left out by design
])
def test_the_writers_hope_and_an_agentless_expectation_stay_unattributed(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a name put on something: "called X a Y", "described X as Y" (toolkit/claims/called_names.py) -------

@pytest.mark.parametrize("sentence, source", [
    ("Ruiz calls herself a moderate on harbor questions.", "Ruiz"),
    ("A spokesman for the ferry line called a report about late sailings \u201cmisleading.\u201d",
     "A spokesman for the ferry line"),
    ("Ruiz described the old pier as unsafe for children.", "Ruiz"),
    ("The harbor board has described the closure as temporary.", "the harbor board"),
])
def test_a_speaker_who_puts_a_name_on_something_is_credited(sentence: str, source: str) -> None:
    credited(sentence, source)


def test_a_pronoun_who_describes_something_is_attributed() -> None:
    assert only("Then he described his years as a ferry pilot in the north.").label == "attributed"


@pytest.mark.parametrize("sentence", [
    "The council called an emergency session on the pier.",  # the thing called, no name put on it
    "Ruiz called off the vote on the levy.",
    "A band called Harbor Lights played on the pier until midnight.",  # a participle naming the band
    "The rumour began on a website called Harbor Truth.",
    "I call it a disgrace for the island.",  # the writer
    "The route described by the ferry line runs past the lighthouse.",  # a passive
])
def test_calling_with_no_name_put_on_anything_is_no_report(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a sentence that opens with its poll: "In a Gazette poll released Monday, ..." (toolkit/claims/poll_openings.py)

@pytest.mark.parametrize("sentence, source", [
    ("In a Harbor Gazette poll released Monday, 52 percent of islanders backed the ferry levy.",
     "a Harbor Gazette poll"),
    ("In the latest survey, Ruiz led Okafor by nine points among older voters.", "the latest survey"),
    ("In a poll by the Calder Civic Institute, most islanders backed a second ferry to the mainland.",
     "the Calder Civic Institute"),
])
def test_an_opening_poll_is_the_source_of_the_clause_after_it(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "In the polls, anyway.",  # no clause after the comma
    "Ruiz leads in the polls, and the levy is still unpopular.",  # not an opening: the writer's summary
])
def test_the_polls_in_passing_are_no_source(sentence: str) -> None:
    assert only(sentence).label != "attributed"


# ----- a stance made known by its noun alone: "expressed concern that" (toolkit/claims/stated_stances.py) --

@pytest.mark.parametrize("sentence, source", [
    ("The harbor master expressed concern that the old pier could collapse.", "the harbor master"),
    ("Ruiz voiced cautious optimism over the ferry talks.", "Ruiz"),
    ("Okafor, the union's treasurer, expressed particular concern over the new fares.", "Okafor"),
    ("Last spring, Councillor Ana Ruiz signaled support for a second ferry.", "Ana Ruiz"),
])
def test_a_stance_noun_alone_after_expressed_is_made_known(sentence: str, source: str) -> None:
    credited(sentence, source)


@pytest.mark.parametrize("sentence", [
    "The expressed wishes of the islanders were ignored by the board.",  # an adjective, no one expressing
    "A wave is a way to signal interest across the harbor.",  # an infinitive with no subject of its own
])
def test_expressed_with_no_one_expressing_is_no_report(sentence: str) -> None:
    assert only(sentence).label != "attributed"
