"""Cues: each kind is found where it should be, with offsets into the text and a reason to read."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from toolkit.claims.sentence_labels import REPEAT, WEIGHTS, label_text
from toolkit.claims.cues import CUE_KINDS
from toolkit.text.tokens import quote_spans, tokenize


def cues_of(text: str, kind: str | None = None):
    labels = label_text(text)
    assert len(labels) == 1, [label.text for label in labels]
    cues = labels[0].cues
    return [c for c in cues if kind is None or c.kind == kind]


def texts(text: str, kind: str) -> list[str]:
    return [c.text for c in cues_of(text, kind)]


@pytest.mark.parametrize("text, kind, expected", [
    ("The deal was supposedly the result of a failed offer.", "hedge", "supposedly"),
    ("The S-400 is considered one of the best systems.", "weasel", "is considered"),
    ("Some say the plan is doomed.", "weasel", "Some say"),
    ("Studies show the policy works.", "weasel", "Studies"),
    ("The missile deal may not be enough.", "modal", "may not"),
    ("The council should finally act on housing.", "modal", "should finally"),
    ("It was a disastrous decision by the board.", "evaluative", "disastrous"),
    ("It is one of the most serious mistakes in years.", "evaluative", "most serious"),
    ("The numbers were utterly wrong.", "intensifier", "utterly"),
    ("Your taxes pay for this.", "second_person", "Your"),
    ("Say goodbye to cheap flights.", "imperative", "Say"),
    ("Everyone knows the deal is bad.", "certainty", "Everyone knows"),
    ("Anyone paying attention can see the problem.", "certainty", "Anyone paying attention"),
    ("I think the council is wrong.", "first_person", "I think"),
    ("Unfortunately, the bridge stayed closed.", "evaluative", "Unfortunately"),
    ("What the council is really doing is stalling the vote.", "interpretation",
     "What the council is really doing is"),
    ("Why would anyone believe that?", "question", "?"),
    ("This is a scandal!", "exclamation", "!"),
])
def test_opinion_cues_are_found(text, kind, expected):
    found = texts(text, kind)
    if kind in ("evaluative", "intensifier"):
        found += texts(text, "loaded")  # toolkit.loaded, when present, names judgment words in its own way
    assert expected in found


@pytest.mark.parametrize("text, kind, expected", [
    ("\u201cWe will win,\u201d said Isik.", "reporting_verb", "said"),
    ("Kasapoglu noted that the sale was large.", "reporting_verb", "noted"),
    ("Officials announced the closure on Monday.", "reporting_verb", "announced"),
    ("The fee doubled, according to the city clerk.", "according_to", "according to"),
    ("Records show the city paid the contractor twice.", "document", "Records"),
    ("The fee rose, documents released by the city clerk show.", "document", "documents"),
    ("\u201cThe agreement will be signed soon,\u201d he said.", "quotation",
     "\u201cThe agreement will be signed soon,\u201d"),
])
def test_attribution_cues_are_found(text, kind, expected):
    assert expected in texts(text, kind)


@pytest.mark.parametrize("text, family, expected", [
    ("The bridge closed on May 9, 2016, after the flood.", "date", "May 9, 2016"),
    ("The city paid $2 million for the study.", "number", "2 million"),
    ("Prices rose 19 percent last year.", "number", "19 percent"),
    ("The talks were held in Sochi with Vladimir Putin.", "name", "Vladimir Putin"),
])
def test_checkable_details_point_to_fact(text, family, expected):
    found = [c for c in cues_of(text, "specific") if c.family == family]
    assert expected in [c.text for c in found]
    assert all(c.points_to == "fact" and c.weight < 0 for c in found)


def test_every_cue_kind_points_to_a_sentence_label():
    assert {points for points, _ in CUE_KINDS.values()} == {"fact", "attributed", "opinion", "no_claim"}


def test_cue_offsets_quote_the_text_and_give_a_reason():
    text = ("Turkey\u2019s decision was supposedly the result of NATO\u2019s failure to present a "
            "\u201cfinancially effective\u201d offer, according to TASS.")
    for cue in cues_of(text):
        assert text[cue.start:cue.end] == cue.text
        assert cue.kind in CUE_KINDS
        assert cue.why and cue.why[0].isupper() or cue.why.startswith("\u201c")


def test_cues_inside_someone_elses_words_do_not_count_for_the_writer():
    text = "Kasapoglu says the missile deal may not be enough to create a drastic change."
    modal = [c for c in cues_of(text, "modal")]
    assert modal and all(c.reported for c in modal)
    label = label_text(text)[0]
    assert label.label == "attributed"


def test_words_that_look_like_cues_in_names_or_as_nouns_are_not_cues():
    assert texts("The parade was held in Great Britain in May 2016.", "evaluative") == []
    assert texts("The US and the UK signed.", "first_person") == []
    assert texts("Parliament respected the will of the people.", "modal") == []
    assert texts("He has always believed in a kind of missile shield.", "hedge") == []


def test_quote_spans_tell_apostrophes_from_single_quotes():
    text = "Russia\u2019s \u2018Hostile Forces,\u2019 report says it\u2019s \u201clikely\u201d soon."
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ["\u2018Hostile Forces,\u2019", "\u201clikely\u201d"]


def test_tokens_keep_offsets_through_curly_quotes_emoji_and_nbsp():
    text = "caf\u00e9\u00a0\U0001f600 \u201cU.S.-European\u201d alliance\u2019s 5,000"
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
    assert "5,000" in [t.text for t in tokenize(text)]


@dataclass(frozen=True)
class FakeLoadedSpan:
    start: int
    end: int
    text: str
    category: str
    strength: float
    why: str
    alternatives: tuple = ()


def test_loaded_spans_given_to_the_labels_become_cues():
    text = "The regime's thugs stormed the building."
    thugs, stormed = text.index("thugs"), text.index("stormed")
    spans = [FakeLoadedSpan(thugs, thugs + 5, "thugs", "name-calling", 0.9, "A name that insults."),
             FakeLoadedSpan(stormed, stormed + 7, "stormed", "violent verb", 0.5, "Makes it sound violent.")]
    labels = label_text(text, loaded=spans)
    loaded = {c.text: c for c in labels[0].cues if c.kind == "loaded"}
    assert loaded["thugs"].why == "A name that insults."
    assert loaded["stormed"].weight == pytest.approx(WEIGHTS["loaded"] * 0.5 * REPEAT)  # the second counts half
    # "thugs" is also a judgment word of our own list: the loaded cue replaces it and keeps its weight.
    assert loaded["thugs"].weight == pytest.approx(1.3)
    assert not [c for c in labels[0].cues if c.kind == "evaluative" and c.text == "thugs"]


def test_a_failing_loaded_layer_is_not_swallowed(monkeypatch):
    """A broken lexicon must show, not quietly give labels without their loaded-language cues."""
    import toolkit.claims.sentence_labels as sentence_labels

    def detect(source, lexicon=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(sentence_labels, "detect", detect)
    with pytest.raises(RuntimeError, match="boom"):
        label_text("The plan is a disaster.")
