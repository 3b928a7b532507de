"""Sources: who a claim is credited to, with titles removed, surnames resolved and messengers kept apart."""

from __future__ import annotations

import pytest

from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences, label_text


def only(text: str):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    return labels[0]


@pytest.mark.parametrize("text, source", [
    ("The talks will be held on May 3, according to Turkish Defense Minister Fikri Isik.", "Fikri Isik"),
    ("\u201cThe deal is close,\u201d said Russian President Vladimir Putin.", "Vladimir Putin"),
    ("White House press secretary Karine Jean-Pierre said the meeting went well.", "Karine Jean-Pierre"),
    ("Prime Minister Boris Johnson told reporters the plan would go ahead.", "Boris Johnson"),
    ("The fee doubled, according to the city clerk.", "the city clerk"),
    ("Officials announced the closure on Monday.", "officials"),
    ("The bridge will reopen in June, police said.", "police"),
    ("The offer was not financially effective, according to TASS.", "TASS"),
])
def test_sources_are_named_without_their_titles(text, source):
    label = only(text)
    assert label.label == "attributed"
    assert label.source == source


def test_an_appositive_between_name_and_verb_is_skipped():
    label = only("But Can Kasapoglu, a defense analyst at the Istanbul-based Center for Economics and Foreign "
                 "Policy Studies, says the missile deal may not be enough.")
    assert (label.label, label.source) == ("attributed", "Can Kasapoglu")


@pytest.mark.parametrize("text, source", [
    ("Senator Tom Reed (R-Ohio) said he expected the House to act quickly.", "Tom Reed"),
    ("\u201cWe will not back down,\u201d Smith (pictured) said on Monday.", "Smith"),
    ("Rep. Ann Cole, D-Texas, said the plan would fail.", "Ann Cole"),
    ("Rep. Ann Cole, D-N.Y., said the plan would fail.", "Ann Cole"),
    ("The union, meanwhile, said it would strike on Friday.", "the union"),
    ("\u201cNo ban is planned,\u201d Commissioner Richard Trumka Jr. told reporters.", "Richard Trumka Jr"),
    ("Martin Luther King Jr. said the arc of history is long.", "Martin Luther King Jr"),
])
def test_asides_between_a_speaker_and_the_verb_are_skipped(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_a_surname_is_resolved_to_the_full_name_met_elsewhere():
    labels = label_text("The visit was planned, according to Defense Minister Fikri Isik. "
                        "Isik noted that the deal had reached a final stage.")
    assert [label.source for label in labels] == ["Fikri Isik", "Fikri Isik"]
    resolved = [c for c in labels[1].cues if c.kind == "source"][0]
    assert resolved.text == "Isik" and "Fikri Isik" in resolved.why


def test_surname_resolution_does_not_depend_on_order():
    labels = label_text("Isik noted that the deal had reached a final stage. "
                        "The visit was planned, according to Defense Minister Fikri Isik.")
    assert labels[0].source == "Fikri Isik"


def test_nested_attribution_keeps_speaker_and_messenger():
    label = only("\u201cI suppose a joint decision will be made,\u201d said Isik, as quoted in Russia\u2019s TASS "
                 "news agency Monday.")
    assert (label.label, label.source, label.via) == ("attributed", "Isik", "TASS")
    assert [c.kind for c in label.cues if c.kind == "via"] == ["via"]


def test_citing_makes_the_cited_body_the_source_and_the_reporter_the_messenger():
    label = only("Reuters reported that the plant closed, citing two company officials.")
    assert label.source == "two company officials" and label.via == "Reuters"


def test_a_pronoun_points_back_to_the_last_person_credited():
    labels = label_text("The minister, Ana Lopez, said the bridge was safe. She said repairs would start soon.")
    assert [label.source for label in labels] == ["Ana Lopez", "Ana Lopez"]


def test_a_quotation_continued_into_the_next_sentence_is_credited_to_its_speaker():
    article = parse_article("A story\n\n\u201cWe will not give up. The people are with us,\u201d said Maria Costa, "
                            "the mayor.\n")
    labels = {label.sentence_id: label for label in label_sentences(article)}
    quoted = [label for label in labels.values() if label.text.startswith("\u201cWe will")][0]
    assert (quoted.label, quoted.source) == ("attributed", "Maria Costa")


@pytest.mark.parametrize("text, source", [
    ("Records show the city paid the contractor twice.", "records"),
    ("The fee rose, documents released by the city clerk show.", "the city clerk"),
    ("A 2019 report by the Pentagon found that costs had doubled.", "the Pentagon"),
    ("U.S. Nukes at Turkish Airbase at Risk of Being Seized, Report Says", "unnamed report"),
    ("Turkey could choose China\u2019s missile defense system by end of year: report", "unnamed report"),
])
def test_documents_are_sources(text, source):
    label = only(text)
    assert (label.label, label.source) == ("attributed", source)


def test_headline_speaker_before_a_colon_and_quotation():
    label = only("TURKEY TO U.S.: \u201cGive Turkey Your Nuclear Weapons or Turkey will Take Them!\u201d")
    assert (label.label, label.source) == ("attributed", "Turkey")


@pytest.mark.parametrize("text", [
    "Some say the plan is doomed.",
    "Many people believe the tax is unfair.",
    "Studies show the plan is a failure.",
])
def test_vague_crowds_are_weasel_words_not_sources(text):
    # Faceless crowds only: a described group that speaks ("Experts say", "Critics called") is an
    # attributed claim with a vague source (tests/test_claims_speech_fifth_round.py).
    label = only(text)
    assert label.label == "opinion" and label.source is None
    assert any(c.kind == "weasel" for c in label.cues)


@pytest.mark.parametrize("text", [
    "Turkey has declared itself an enemy of NATO.",      # "declared itself": not speech
    "The company added 500 jobs in March.",              # "added" without "that" or a quotation
    "The United States sent two ships.",                 # "States" inside a name
    "The claims were rejected by the court in 2019.",    # "claims" as a noun
])
def test_verbs_of_saying_used_otherwise_make_no_attribution(text):
    assert only(text).label != "attributed"
