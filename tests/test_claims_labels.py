"""Labels: the sample's done-when cases, small texts written for the tests, and labels that ignore position."""

from __future__ import annotations

import json

import pytest

from toolkit import parse_article
from toolkit.claims.sentence_labels import SentenceLabel, explain, label_sentences, label_text, voice_summary
from toolkit.annotation.labels import SENTENCE_LABELS


@pytest.fixture(scope="module")
def sample_labels(sample):
    return {label.sentence_id: label for label in label_sentences(sample)}


def find(sample, labels, start: str) -> SentenceLabel:
    matches = [label for label in labels.values() if label.text.startswith(start)]
    assert len(matches) == 1, start
    return matches[0]


def test_the_framing_paragraphs_are_opinion(sample, sample_labels):
    framing = [s.id for s in sample.sentences if sample.part_of(s.block) == "framing"]
    assert len(framing) == 2
    assert [sample_labels[sid].label for sid in framing] == ["opinion", "opinion"]


def test_the_closing_guess_is_opinion(sample, sample_labels):
    assert find(sample, sample_labels, "That alone").label == "opinion"


@pytest.mark.parametrize("start, source, via", [
    ("Russian President Vladimir Putin", "Fikri Isik", None),
    ("\u201cI suppose", "Fikri Isik", "TASS"),
    ("Isik noted", "Fikri Isik", None),
    ("Turkey\u2019s decision", "TASS", None),
    ("Russian-Turkish relations", "Can Kasapoglu", None),
    ("The sale at the very least", "Can Kasapoglu", None),
])
def test_reported_sentences_are_attributed_to_the_right_source(sample, sample_labels, start, source, via):
    label = find(sample, sample_labels, start)
    assert (label.label, label.source, label.via) == ("attributed", source, via)


def test_a_plain_checkable_sentence_is_fact(sample, sample_labels):
    assert find(sample, sample_labels, "China is also an S-400 client").label == "fact"


def test_every_sentence_has_a_label_readable_cues_and_a_summary(sample, sample_labels):
    assert [label.sentence_id for label in sample_labels.values()] == [s.id for s in sample.sentences]
    for label in sample_labels.values():
        assert label.label in SENTENCE_LABELS
        assert 0.5 <= label.confidence <= 0.99
        assert label.cues, label.sentence_id
        assert any(c.points_to == label.label for c in label.cues), label.sentence_id
        assert label.summary
        for cue in label.cues:
            assert sample.text[cue.start:cue.end] == cue.text
            assert label.start <= cue.start < cue.end <= label.end
            assert len(cue.why) > 20 and "{" not in cue.why
        assert (label.source is not None) == (label.label == "attributed" and label.source is not None)


def test_titles_lists_captions_and_credits_are_labelled(sample, sample_labels):
    kinds = {sample.blocks[s.block].kind for s in sample.sentences}
    assert {"title", "list_item", "caption", "credit", "boilerplate"} <= kinds
    credit = next(s for s in sample.sentences if sample.blocks[s.block].kind == "credit")
    assert sample_labels[credit.id].label == "no_claim"
    assert any(c.kind == "no_claim" for c in sample_labels[credit.id].cues)


def test_an_opinion_after_the_reported_body_is_still_opinion():
    text = ("Bridge closes for repairs\n\n"
            "The city closed the Elm Street bridge on Monday, officials said. "
            "\u201cThe cracks are too wide to ignore,\u201d said engineer Dana Ortiz. "
            "Repairs will cost $4 million, according to the city budget office. "
            "The council should have acted years ago.\n")
    labels = label_sentences(parse_article(text))
    assert [label.label for label in labels[1:]] == ["attributed", "attributed", "attributed", "opinion"]


def test_a_sentences_label_does_not_depend_on_its_position():
    sentences = [
        "The council should have acted years ago.",
        "The bridge closed on Monday, officials said.",
        "Traffic fell by 30 percent in March.",
        "This is a disgraceful waste of money.",
        "According to the mayor, repairs start in June.",
    ]
    forward = {label.text: (label.label, label.source) for label in label_text(" ".join(sentences))}
    backward = {label.text: (label.label, label.source) for label in label_text(" ".join(reversed(sentences)))}
    assert forward == backward
    alone = {s: (label_text(s)[0].label, label_text(s)[0].source) for s in sentences}
    assert forward == alone


@pytest.mark.parametrize("text, label", [
    ("The bridge reopened on June 3 after a $4 million repair.", "fact"),
    ("The committee met for three hours on Tuesday.", "fact"),
    ("This shameful decision will haunt the city for years.", "opinion"),
    ("We must stop this reckless plan before it is too late.", "opinion"),
    ("You will not believe what the council did next!", "opinion"),
    ("The plan is widely considered a failure.", "opinion"),
    ("Say goodbye to affordable housing.", "opinion"),
    ("\u201cWe are doing everything we can,\u201d the mayor said.", "attributed"),
    ("The mayor called the plan \u201ca disaster\u201d in a statement, according to city records.", "attributed"),
])
def test_small_texts(text, label):
    assert label_text(text)[0].label == label


def test_label_text_can_read_a_passage_as_one_sentence():
    text = "The deal is done. It is a disgrace."
    assert len(label_text(text)) == 2
    whole = label_text(text, split=False)
    assert len(whole) == 1 and whole[0].text == text and whole[0].label == "opinion"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\u00a0"])
def test_empty_text_gives_no_labels(text):
    assert label_text(text) == []


def test_label_text_refuses_what_is_not_text():
    with pytest.raises(TypeError):
        label_text(b"bytes")  # type: ignore[arg-type]


def test_labels_serialise_to_json(sample, sample_labels):
    data = json.loads(json.dumps([label.to_dict() for label in sample_labels.values()]))
    assert data[15]["source"] == "Fikri Isik" and data[15]["cues"][0]["kind"]


def test_explain_names_every_reason(sample_labels):
    text = explain(sample_labels["s20"])
    assert "OPINION" in text and "is considered" in text and "most advanced" in text


def test_voice_summary_contrasts_framing_and_body(sample, sample_labels):
    parts = {part.name: part for part in voice_summary(sample, list(sample_labels.values()))}
    assert parts["framing"].own_voice_share == 1.0 and parts["framing"].opinion_share == 1.0
    assert parts["body"].attributed_share > 0.5 > parts["body"].opinion_share
    assert set(parts["body"].sources) == {"Fikri Isik", "TASS", "Can Kasapoglu"}
    assert sum(part.sentences for part in parts.values()) == len(sample.sentences)
    assert json.loads(json.dumps(parts["body"].to_dict()))["sources"]


def test_the_second_seed_article_when_present(project_root):
    """The practice article (seeds/riverside-water, on main): framing, sources, and the closing guess."""
    folder = project_root / "seeds" / "riverside-water"
    if not folder.is_dir():
        pytest.skip("seeds/riverside-water is not in this checkout")
    from toolkit import load_article

    article = load_article(folder)
    labels = label_sentences(article)
    framing = [label for label, s in zip(labels, article.sentences) if article.part_of(s.block) == "framing"]
    assert framing and all(label.label == "opinion" for label in framing)
    body = [label for label, s in zip(labels, article.sentences) if article.part_of(s.block) == "body"]
    assert body[-1].label == "opinion"
    assert "Marisol Ortega" in {label.source for label in body}
