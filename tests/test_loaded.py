"""Loaded-language detection: lexicon, inflections, phrases, context rules, density, validation."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from toolkit.loaded import CATEGORIES, LexiconError, LoadedSpan, density, detect, load_lexicon
from toolkit.loaded.lexicon import built_in_lexicon, parse_lexicon

#: Plain wire-service paragraphs written for these tests: reported facts, attributions, numbers.
WIRE = [
    "The central bank raised its main interest rate by a quarter of a percentage point on Wednesday, "
    "to 4.5 percent, the bank said in a statement. Economists polled by the agency had expected the move. "
    "The bank said inflation was 3.1 percent in March, down from 3.4 percent in February.",
    "The city council voted 7-2 on Tuesday to approve a new budget of $1.2 billion for the coming year. "
    "The plan adds 40 police officers and cuts spending on road repairs by 5 percent, according to council "
    "documents. The mayor said she would sign it next week.",
    "Two people were killed and five injured when a bus collided with a truck on a highway near the city "
    "early on Sunday, police said. The cause of the crash is under investigation, a police spokesman told "
    "reporters. The injured were taken to a nearby hospital.",
    "The company reported a net profit of 310 million euros for the first quarter, compared with 280 "
    "million a year earlier. Sales rose 6 percent to 4.2 billion euros, it said. Shares closed 1.2 percent "
    "higher in Frankfurt.",
]


def texts(spans: list[LoadedSpan]) -> list[str]:
    return [s.text.lower() for s in spans]


def test_sample_finds_every_loaded_phrase_from_the_design_notes(sample):
    spans = detect(sample)
    found = {s.text.lower(): s for s in spans}
    for phrase in ("enemy", "hold american soldiers hostage", "jumping ship", "world-war axis",
                   "fever pitch"):
        assert phrase in found, f"{phrase!r} not found"
        span = found[phrase]
        assert span.category in CATEGORIES
        assert span.why and "Evidence" in span.why
        assert span.alternatives
    # "may not be enough to create a drastic change": denied, and in the analyst's words; the
    # reviewed key does not mark it loaded either (issue 16).
    assert "drastic" not in found


def test_sample_framing_is_several_times_as_loaded_as_the_body(sample):
    rates = density(sample)
    assert set(rates.by_part) == {"framing", "body"}
    assert rates.by_part["framing"].per_100_words >= 3 * rates.by_part["body"].per_100_words
    assert rates.ratio("framing", "body") >= 3


@pytest.mark.parametrize("paragraph", WIRE)
def test_plain_wire_paragraphs_get_almost_no_hits(paragraph):
    assert len(detect(paragraph)) <= 1, texts(detect(paragraph))


def test_spans_are_valid_offsets_and_sorted(sample):
    spans = detect(sample)
    assert spans == sorted(spans, key=lambda s: (s.start, s.end))
    for span in spans:
        assert sample.text[span.start:span.end] == span.text
        assert 0 <= span.strength <= 1
        assert span.source in ("lexicon", "sentiment", "context")
        assert span.voice in ("writer", "quoted")
        assert sample.blocks[span.block].kind not in ("credit", "boilerplate")


@pytest.mark.parametrize("form", ["betray", "betrayed", "betraying", "betrays", "betrayal"])
def test_inflections_match_through_the_stem(form):
    spans = detect(f"They said the minister would {form} the party.")
    assert [s.term for s in spans] == ["betray"]


def test_phrases_match_with_hyphen_or_space_and_inflected_words():
    assert texts(detect("It is a world war axis now.")) == ["world war axis"]
    assert texts(detect("Ministers jumped ship last week.")) == ["jumped ship"]
    assert texts(detect("It was a sweetheart deal for the firm.")) == ["sweetheart deal"]
    assert "kept the budget hostage" not in texts(detect("They kept the budget hostage."))


def test_a_gap_pattern_does_not_cross_a_sentence():
    assert detect("Officials hold talks. Hostage families waited.") == []


def test_gap_pattern_spans_the_words_between():
    spans = detect("Lawmakers held the whole budget hostage for weeks.")
    assert texts(spans) == ["held the whole budget hostage"]
    assert spans[0].category == "hostility"


def test_literal_sense_is_not_flagged():
    literal = detect("Gunmen held three aid workers hostage for a week before they were released for a ransom.")
    assert not any("hostage" in t for t in texts(literal))
    metaphor = detect("The senator held the budget hostage.")
    assert texts(metaphor) == ["held the budget hostage"]


def test_nazi_in_a_historical_sense_is_not_flagged(sample):
    assert not any("nazi" in s.text.lower() for s in detect(sample))
    assert texts(detect("He called his critics Nazis.")) == ["nazis"]


def test_quoted_speech_is_marked_and_weighted_less():
    writer = detect("The plan is a disgraceful betrayal of voters.")
    quoted = detect("\u201cThe plan is a disgraceful betrayal of voters,\u201d the senator said.")
    assert {s.voice for s in writer} == {"writer"}
    assert {s.voice for s in quoted} == {"quoted"}
    assert [s.text for s in writer] == [s.text for s in quoted]
    for w, q in zip(writer, quoted):
        assert q.strength < w.strength
        assert q.why.startswith("Quoted speech")


def test_scare_quotes_are_found_as_context_evidence():
    spans = detect("The tax office is getting another \u201creform\u201d this year.")
    assert [(s.text, s.source, s.category) for s in spans] == [("reform", "context", "sourcing")]
    assert "Scare quotes" in spans[0].why
    attributed = detect("The minister called it a \u201creform\u201d of the tax office.")
    assert attributed == []


@pytest.mark.parametrize("sentence", [
    "The minister said the talks would continue.",
    "She told reporters that the vote was delayed, according to a statement.",
    "He added that officials noted the figures and explained them.",
])
def test_plain_reporting_verbs_are_never_flagged(sentence):
    assert detect(sentence) == []


def test_loaded_reporting_verbs_are_flagged_as_sourcing():
    spans = detect("The company admitted the error and claimed it was fixed.")
    assert [(s.text, s.category) for s in spans] == [("admitted", "sourcing"), ("claimed", "sourcing")]


def test_sentiment_is_a_second_opinion_for_words_outside_the_lexicon():
    spans = detect("The reforms were a catastrophe and the minister was a tyrant.")
    assert all(s.source == "lexicon" for s in spans)
    unlisted = [s for s in detect("Critics called the speech hateful and vile and the policy cruel.")
                if s.source == "sentiment"]
    assert unlisted, "a strongly negative word outside the lexicon should be found by VADER"
    assert all("VADER" in s.why and s.category == "emotional" for s in unlisted)


def test_plain_news_words_with_strong_sentiment_are_not_flagged():
    assert detect("Three people were killed in the war and the victims were buried on Friday.") == []


def test_names_are_not_flagged_by_sentiment_or_lexicon():
    assert detect("Officials from Triumph Motorcycles met Hope Hicks in Paradise, Nevada.") == []


def test_span_to_dict_is_json_ready(sample):
    import json

    data = [s.to_dict() for s in detect(sample)]
    assert json.loads(json.dumps(data)) == data
    assert {"start", "end", "text", "category", "strength", "why", "alternatives", "source"} <= set(data[0])


def test_plain_string_and_article_agree_on_offsets(sample):
    from_article = {(s.start, s.end) for s in detect(sample)}
    from_text = {(s.start, s.end) for s in detect(sample.text)}
    assert from_article <= from_text  # the string view also reads the credit line and boilerplate


def test_bad_input_gives_a_clear_error():
    with pytest.raises(TypeError, match="Article or a str"):
        detect(42)  # type: ignore[arg-type]
    assert detect("") == []
    assert detect("   \n\n  ") == []


def test_density_of_a_plain_string_and_of_a_short_text():
    rates = density("The talks collapsed in a disgraceful fiasco.")
    assert rates.overall.words == 7
    assert rates.overall.spans == 2
    assert rates.per_100_words == pytest.approx(28.57, abs=0.01)
    assert set(rates.by_category) == {"outrage", "contempt"}
    assert rates.by_block == () and rates.by_part == {}
    assert rates.warnings and "Only 7 words" in rates.warnings[0]
    assert density("").per_100_words is None
    french = density("Le gouvernement a annonc\u00e9 mardi une nouvelle r\u00e9forme des retraites, qui sera "
                     "pr\u00e9sent\u00e9e au conseil des ministres la semaine prochaine selon le porte-parole.")
    assert any("does not look like English" in w for w in french.warnings)


def test_density_by_block_covers_every_block(sample):
    rates = density(sample)
    assert [b.index for b in rates.by_block] == [b.index for b in sample.blocks]
    assert sum(b.rate.spans for b in rates.by_block) == rates.overall.spans
    assert rates.to_dict()["by_part"]["framing"]["spans"] == rates.by_part["framing"].spans


# ------------------------------------------------------------------ lexicon file and validation

def test_built_in_lexicon_is_broad_and_well_formed():
    lexicon = built_in_lexicon()
    assert len(lexicon) >= 500
    categories = {e.category for e in lexicon}
    assert categories <= set(CATEGORIES)
    assert len(categories) >= 9
    assert sum(1 for e in lexicon if len(e.key) > 1) >= 100  # multi-word phrases and idioms
    for entry in lexicon:
        assert 0.05 <= entry.strength <= 1 and len(entry.why) >= 8


@pytest.mark.parametrize("line, message", [
    ("enemy | hostility | 0.7 | Casts a foe.", "expected 5 or 6 fields"),
    ("enemy | fury | 0.7 | Casts someone as a foe. | rival", "unknown category 'fury'"),
    ("enemy | hostility | strong | Casts someone as a foe. | rival", "is not a number"),
    ("enemy | hostility | 1.5 | Casts someone as a foe. | rival", "between 0.05 and 1"),
    ("enemy | hostility | 0.7 | Foe. | rival", "too short"),
    ("en3my | hostility | 0.7 | Casts someone as a foe. | rival", "is not a word"),
    ("... hostage | hostility | 0.7 | Casts someone as a captor. | rival", "must stand between"),
    ("said | sourcing | 0.7 | Reports what someone said. | stated", "plain reporting verb"),
    ("enemy | hostility | 0.7 | Casts someone as a foe. | rival | because: war", "must start with 'literal:'"),
])
def test_lexicon_errors_name_the_file_and_line(tmp_path, line, message):
    path = tmp_path / "class_words.txt"
    path.write_text("# my class's words\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    assert str(path) in str(caught.value)
    assert "line 3" in str(caught.value)
    assert message in str(caught.value)


def test_lexicon_reports_every_problem_and_duplicates(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("bad line\nfoo | fear | 0.5 | A scary word here. | bar\nfoos | fear | 0.5 | The same word. | bar\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    lines = [line for line, _ in caught.value.problems]
    assert lines == [1, 3]
    assert "already listed on line 2" in caught.value.problems[1][1]


def test_missing_or_binary_lexicon_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such lexicon file"):
        load_lexicon(tmp_path / "nope.txt")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(LexiconError, match="not UTF-8"):
        load_lexicon(binary)


def test_instructor_lexicon_adds_overrides_removes_and_declares(tmp_path):
    path = tmp_path / "class_words.txt"
    path.write_text(
        "@category spin | Spin words | Words a press office uses to make bad news sound good.\n"
        "rightsizing | spin | 0.6 | A soft word for firing people. | job cuts; layoffs\n"
        "enemy | contempt | 0.9 | Our class files this under name-calling. | rival\n"
        "!regime\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(path)
    # ("The regime's enemy" would report whose enemy: toolkit/loaded/relations.py; here the regime names one.)
    spans = detect("The regime called the union an enemy and announced rightsizing at the plant.", lexicon=lexicon)
    assert [(s.text, s.category) for s in spans] == [("enemy", "contempt"), ("rightsizing", "spin")]
    assert lexicon.category("spin").title == "Spin words"
    assert "teacher's word list (class_words.txt)" in spans[1].why
    assert len(lexicon) == len(built_in_lexicon()) + 1 - 1  # one added, one removed, one replaced
    assert load_lexicon() is built_in_lexicon()  # the built-in list is not changed


def test_parse_lexicon_handles_patterns():
    entries, removed, declared = parse_lexicon(
        "=nukes | sensational | 0.6 | Slang for weapons. | nuclear weapons\n"
        "apocalyp* | fear | 0.8 | The end of the world. | disaster\n"
        "!enemy\n")
    assert [e.key for e in entries] == [(("exact", "nukes"),), (("prefix", "apocalyp"),)]
    assert removed == [(("stem", "enemi"),)]
    assert declared == {}


# ------------------------------------------------------------------ property: offsets always hold

pieces = st.sampled_from([
    "enemy", "hostage", "held", "the", "budget", "jumping", "ship", "world-war", "axis", "\u201c", "\u201d",
    '"', "'", "\u2019", ".", ",", "\n", "\n\n", "said", "disgraceful", "vile", "so-called", "caf\u00e9",
    "\U0001f600", "\u2026", "\u2014", "-", "...", "Nazi", "ransom", "A", "is considered", "\u00a0", "\t",
])


def _check_offsets(text: str) -> None:
    spans = detect(text)
    previous = None
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert 0 <= span.strength <= 1
        if previous is not None:
            assert span.start >= previous.end, "spans from detect do not overlap"
        previous = span


@given(st.lists(pieces, max_size=40).map(" ".join))
def test_spans_are_valid_offsets_on_article_like_text(text):
    _check_offsets(text)


@given(st.text(max_size=300))
def test_spans_are_valid_offsets_on_any_text(text):
    _check_offsets(text)
