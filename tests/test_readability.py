"""Readability: textstat's numbers exactly where they should be, honest ones elsewhere.

`whole` must equal textstat on the page text; `prose` must equal textstat on plain prose
(where the toolkit's sentences and textstat's agree); short texts are checked against
numbers worked out by hand; bad input gets a warning or a clear ValueError.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from hypothesis import given, strategies as st

from toolkit import ArticleError, parse_article
from toolkit.storage.offline import prepared_textstat
from toolkit.readability import (FORMULAS, compare, disagreement, formula_table, grade_equivalent, interpret, measure,
                                 measure_text)
from toolkit.readability.measure import prose_article

textstat = prepared_textstat()

#: Our metric name -> textstat's function giving the same number for the same text.
TEXTSTAT_NAMES = {**{key: key for key in FORMULAS}, "words": "lexicon_count", "sentences": "sentence_count",
                  "syllables": "syllable_count", "difficult_words": "difficult_words", "reading_time": "reading_time",
                  "words_per_sentence": "words_per_sentence", "syllables_per_word": "avg_syllables_per_word"}


def textstat_numbers(text: str) -> dict[str, float]:
    return {ours: getattr(textstat, theirs)(text) for ours, theirs in TEXTSTAT_NAMES.items()}


def ours(view) -> dict[str, float]:
    return {key: view.scores[key] for key in TEXTSTAT_NAMES}


# Plain prose written for these tests: no titles, lists, abbreviations or decimals, so the toolkit's
# sentences and textstat's are the same sentences.
PLAIN_PROSE = [
    "The city council voted on Tuesday to build a new library near the river. The project will cost about twelve "
    "million dollars, and work should begin next spring.\n\nSupporters said the old building was too small for the "
    "number of families who use it every week. Several parents spoke at the meeting about long waiting lists for "
    "reading classes.\n\nCritics worried that the council had not asked enough people for their views before the "
    "vote. One shop owner asked why the money could not be spent on repairing roads instead. The mayor promised "
    "that residents would be able to comment on the design during the summer.",
    "\u201cWe can\u2019t wait any longer,\u201d said the head teacher at the start of the assembly. "
    "Students didn\u2019t know what she meant at first. Was the school really going to close the old gym for a "
    "whole year? She explained that builders would replace the leaking roof during the holidays! Everyone cheered "
    "when she said the new sports hall would open in the autumn.",
    "Long-distance runners often train for months before a marathon; many of them run more than 60 kilometres a "
    "week. Scientists who study endurance sport have found that well-planned rest days matter as much as hard "
    "sessions. Without enough sleep, the body cannot repair the tiny injuries that training causes in muscles and "
    "tendons. Coaches therefore ask athletes to keep a diary of how they feel each morning. A runner who notices "
    "that her resting heart rate has climbed by ten beats may decide to take an easy day instead of a fast one. "
    "It's a habit that elite athletes share with careful beginners, and it costs nothing at all.",
    "Volcanoes form where melted rock from deep inside the planet finds a way to the surface. Some erupt with "
    "enormous explosions, while others let lava flow slowly down their slopes for years. Geologists measure tiny "
    "earthquakes and changes in the shape of the ground to guess when an eruption might begin.",
]


# ---------------------------------------------------------------- the sample article


def test_whole_page_equals_textstat_on_the_sample(sample):
    result = measure(sample)
    assert ours(result.whole) == textstat_numbers(sample.text)


def test_sample_numbers_are_pinned(sample):
    result = measure(sample)
    whole, prose = result.whole.scores, result.prose.scores
    framing, body = result.by_part["framing"].scores, result.by_part["body"].scores
    assert whole["sentences"] == 20 and whole["words"] == 536 and whole["syllables"] == 890
    assert whole["flesch_kincaid_grade"] == pytest.approx(14.455, abs=1e-3)
    assert whole["flesch_reading_ease"] == pytest.approx(39.159, abs=1e-3)
    assert prose["sentences"] == 14 and prose["words"] == 361
    assert prose["flesch_kincaid_grade"] == pytest.approx(14.21, abs=0.01)
    assert framing["sentences"] == 2 and framing["words"] == 76
    assert framing["flesch_kincaid_grade"] == pytest.approx(20.35, abs=0.01)
    assert body["sentences"] == 12 and body["words"] == 285
    assert body["flesch_kincaid_grade"] == pytest.approx(13.05, abs=0.01)
    assert result.by_kind["list_item"].scores["sentences"] == 8
    # The prose is a sum of its parts here: the framing and the body are all its paragraphs.
    assert framing["words"] + body["words"] == prose["words"]
    assert framing["syllables"] + body["syllables"] == prose["syllables"]


def test_sample_views_and_kinds(sample):
    result = measure(sample)
    assert set(result.by_kind) == {"title", "paragraph", "heading", "list_item", "caption", "credit", "boilerplate"}
    assert result.by_kind["paragraph"] is result.prose
    assert list(result.by_part) == ["framing", "body"]
    assert list(result.by_group) == ["group 1", "group 2"]
    assert result.whole.sentence_source == "textstat" and result.prose.sentence_source == "toolkit"
    assert result.view("body") is result.by_part["body"]
    assert result.view("list_item") is result.by_kind["list_item"]
    assert result.view("group 1").sentence_ids == result.by_part["framing"].sentence_ids
    with pytest.raises(KeyError, match="no view"):
        result.view("footer")
    # Every sentence of the page belongs to exactly one block kind.
    kinds = [i for view in result.by_kind.values() for i in view.sentence_ids]
    assert sorted(kinds) == sorted(s.id for s in sample.sentences)


def test_sample_warnings_explain_the_structure(sample):
    warnings = measure(sample).warnings
    text = "\n".join(warnings)
    assert "textstat reads the whole page as 20 sentences; the toolkit finds 28" in text
    assert "8 list items" in text and "leaves out" in text
    assert "The framing has only 76 words" in text
    assert "SMOG was made for 30 or more" in text
    assert not any("does not look like English" in w for w in warnings)


def test_hardest_sentences_are_prose_sorted_and_explained(sample):
    result = measure(sample)
    hardest = result.hardest(3)
    assert [s.id for s in hardest] == ["s24", "s3", "s2"]
    assert [s.grade for s in hardest] == sorted((s.grade for s in hardest), reverse=True)
    assert all(s.kind == "paragraph" for s in hardest)
    assert "45 words long" in hardest[0].why
    assert result.hardest(0) == ()
    assert [s.part for s in result.hardest(2, "framing")] == ["framing", "framing"]
    assert len(result.hardest(50, "whole")) == len(sample.sentences) - 0  # every sentence has words here


def test_per_sentence_counts_and_offsets(sample):
    result = measure(sample)
    assert len(result.sentences) == len(sample.sentences)
    for sentence in result.sentences:
        assert sample.text[sentence.start:sentence.end] == sentence.text
        for word in sentence.long_words:
            assert sample.text[word.start:word.end] == word.text
            assert word.syllables >= 3
        if sentence.words:
            expected = 0.39 * sentence.words + 11.8 * sentence.syllables / sentence.words - 15.59
            assert sentence.grade == pytest.approx(expected)
    # Per-sentence counts add up to the view's counts.
    prose = result.sentences_of("prose")
    assert sum(s.words for s in prose) == result.prose.counts.words
    assert sum(s.syllables for s in prose) == result.prose.counts.syllables
    s2 = result.sentence("s2")
    assert s2.words == 35 and s2.syllables == textstat.syllable_count(s2.text)
    assert [w.text for w in s2.long_words][:3] == ["enemy", "purchasing", "military"]


def test_to_dict_is_json_and_follows_the_contract(sample):
    data = measure(sample).to_dict()
    json.dumps(data)
    assert {"prose", "whole", "by_kind", "warnings"} <= set(data)
    assert data["whole"]["flesch_kincaid_grade"] == pytest.approx(14.455, abs=1e-3)
    assert set(data["by_kind"]) >= {"paragraph", "list_item"}
    assert data["hardest"] == ["s24", "s3", "s2"]
    assert data["views"]["part:framing"]["sentences"] == ["s2", "s3"]


# ---------------------------------------------------------------- plain prose equals textstat


@pytest.mark.parametrize("text", PLAIN_PROSE, ids=["council", "assembly", "runners", "volcanoes"])
def test_prose_equals_textstat_on_plain_prose(text):
    result = measure_text(text)
    assert ours(result.prose) == textstat_numbers(text)
    assert ours(result.whole) == textstat_numbers(text)


def test_linsear_sample_cut_mid_sentence_matches_textstat():
    text = PLAIN_PROSE[2]  # 100-odd words: Linsear Write reads only the first 100, cutting a sentence
    result = measure_text(text)
    assert result.prose.counts.words > 100
    assert result.prose.scores["linsear_write_formula"] == textstat.linsear_write_formula(text)


def test_prose_of_an_article_without_title_equals_textstat():
    text = "\n\n".join(PLAIN_PROSE[:2])
    article = parse_article("---\nslug: plain\n---\n" + text, markdown=True)
    assert article.title is None and {b.kind for b in article.blocks} == {"paragraph"}
    assert ours(measure(article).prose) == textstat_numbers(article.text)


def test_prose_differs_from_textstat_only_where_the_sentences_differ():
    # textstat drops any 'sentence' of two words or fewer; the toolkit counts "I agree." as a sentence.
    text = "I agree. The committee published its findings about the new bridge yesterday afternoon."
    result = measure_text(text)
    assert textstat.sentence_count(text) == 1 and result.whole.scores["sentences"] == 1
    assert result.prose.scores["sentences"] == 2
    assert result.prose.scores["words"] == textstat.lexicon_count(text)
    # textstat cuts at every full stop, so "U.S.-European" splits one sentence in two; the toolkit's does not.
    text = ("NATO ally Turkey is finalizing a deal, as tensions between the U.S.-European alliance and the Kremlin "
            "are reaching a fever pitch.")
    assert textstat.sentence_count(text) == 2
    assert measure_text(text).prose.scores["sentences"] == 1


# ---------------------------------------------------------------- numbers worked out by hand


def test_short_text_by_hand():
    # 9 words, 2 sentences, 9 one-syllable familiar words; 26 letters; 28 characters with the full stops.
    result = measure_text("The cat sat on the mat. The dog ran.").prose.scores
    assert result["words"] == 9 and result["sentences"] == 2 and result["syllables"] == 9
    assert result["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 1.0)  # 117.67
    assert result["flesch_kincaid_grade"] == pytest.approx(0.39 * 4.5 + 11.8 - 15.59)  # -2.035
    assert result["gunning_fog"] == pytest.approx(0.4 * 4.5)
    assert result["smog_index"] == pytest.approx(3.1291)
    assert result["coleman_liau_index"] == pytest.approx(0.058 * 2600 / 9 - 0.296 * 200 / 9 - 15.8)
    assert result["automated_readability_index"] == pytest.approx(4.71 * 28 / 9 + 0.5 * 4.5 - 21.43)
    assert result["dale_chall_readability_score"] == pytest.approx(0.0496 * 4.5)
    assert result["linsear_write_formula"] == pytest.approx((9 / 2 - 2) / 2)
    assert result["difficult_words"] == 0
    assert result["reading_time"] == pytest.approx(14.69 * 28 / 1000)


def test_long_words_by_hand():
    # Education (4 syllables), is (1), important (3), Children (2), deserve (2), opportunities (5): 17 syllables.
    # Not on the familiar-word list: Education, opportunities. Letters 48; characters 50 with the two full stops.
    text = "Education is important. Children deserve opportunities."
    result = measure_text(text).prose
    c, s = result.counts, result.scores
    assert (c.words, c.sentences, c.syllables, c.polysyllables, c.hard_words, c.unfamiliar_words) == (6, 2, 17, 3, 2, 2)
    assert (c.letters, c.characters, c.tokens) == (48, 50, 6)
    assert s["flesch_kincaid_grade"] == pytest.approx(0.39 * 3 + 11.8 * 17 / 6 - 15.59)  # 19.01
    assert s["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 3 - 84.6 * 17 / 6)  # -35.91
    assert s["gunning_fog"] == pytest.approx(0.4 * (3 + 100 * 2 / 6))  # 14.53
    assert s["smog_index"] == pytest.approx(1.043 * math.sqrt(30 * 3 / 2) + 3.1291)  # 10.13
    assert s["coleman_liau_index"] == pytest.approx(0.058 * 800 - 0.296 * 100 * 2 / 6 - 15.8)  # 20.73
    assert s["automated_readability_index"] == pytest.approx(4.71 * 50 / 6 + 0.5 * 3 - 21.43)  # 19.32
    assert s["dale_chall_readability_score"] == pytest.approx(0.1579 * 100 * 2 / 6 + 0.0496 * 3 + 3.6365)  # 9.05
    assert s["linsear_write_formula"] == pytest.approx(((3 + 3 * 3) / 2 - 2) / 2)  # 2.0
    assert s["difficult_words"] == 2
    assert ours(result) == textstat_numbers(text)


def test_dominant_sentence_is_named():
    short = "The bus was late. We walked to school. It was cold. The sun came out at last. "
    long = ("Nevertheless, the municipal transportation authority subsequently acknowledged that unprecedented "
            "meteorological circumstances had fundamentally disrupted operational scheduling throughout the "
            "metropolitan area during the particularly unfortunate morning.")
    result = measure_text(short + long)
    warning = next(w for w in result.prose.warnings if "weighs heavily" in w)
    assert "without s5" in warning and "Flesch-Kincaid grade would be" in warning


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("bad", ["", "   \n\t ", "\n\n\n"])
def test_empty_text_is_a_clear_value_error(bad):
    with pytest.raises(ValueError, match="no text to measure"):
        measure_text(bad)


def test_non_text_is_a_clear_value_error():
    with pytest.raises(ValueError, match="needs text"):
        measure_text(None)
    with pytest.raises(ValueError, match="binary"):
        measure_text("abc\x00def")


def test_one_word_gets_numbers_and_a_warning():
    result = measure_text("Hello")
    assert result.prose.scores["words"] == 1
    assert all(result.prose.scores[k] is not None and math.isfinite(result.prose.scores[k]) for k in FORMULAS)
    assert any("far too few" in w for w in result.warnings)


def test_no_sentence_punctuation_withholds_scores():
    text = " ".join(["the quick brown fox jumps over the lazy dog"] * 500)
    assert textstat.flesch_reading_ease(text) < -4000  # what textstat says
    result = measure_text(text)
    for view in (result.whole, result.prose):
        assert all(view.scores[k] is None for k in FORMULAS)
        assert view.scores["words"] == 4500
        assert "full stops are missing" in view.withheld["flesch_reading_ease"]
    assert any("gets no scores" in w for w in result.warnings)
    # The toolkit cuts a run this long into pieces (toolkit.article.sentences.MAX_SENTENCE_CHARS): each is named.
    assert any("check it for missing full stops" in w for w in result.warnings)


def test_punctuation_only_and_emoji_have_no_scores():
    for text in ("\u2014 \u2026 !!", "\U0001f600 \U0001f600"):
        result = measure_text(text)
        assert result.prose.scores["words"] == 0
        assert all(result.prose.scores[k] is None for k in FORMULAS)
        assert any("no words to measure" in w for w in result.warnings)


def test_non_english_is_warned():
    text = ("Le gouvernement turc a annonc\u00e9 mardi qu'il ach\u00e8terait le syst\u00e8me de d\u00e9fense "
            "a\u00e9rienne russe, malgr\u00e9 les objections de ses alli\u00e9s. Les n\u00e9gociations sont en cours "
            "depuis plusieurs mois et devraient aboutir avant la fin de l'ann\u00e9e.")
    warnings = measure_text(text).warnings
    assert any("does not look like English" in w for w in warnings)
    assert not any("does not look like English" in w for w in measure_text(PLAIN_PROSE[0]).warnings)


def test_two_hundred_thousand_words():
    paragraph = PLAIN_PROSE[0]
    copies = 200_000 // len(paragraph.split()) + 1
    text = "\n\n".join([paragraph] * copies)
    result = measure_text(text)
    single = measure_text(paragraph)
    assert result.prose.scores["words"] >= 200_000
    assert result.prose.scores["words"] == copies * single.prose.scores["words"]
    assert result.prose.scores["flesch_kincaid_grade"] == pytest.approx(single.prose.scores["flesch_kincaid_grade"])
    assert not any("SMOG" in w for w in result.prose.warnings)


def test_windows_line_endings_are_read_as_paragraphs():
    text = PLAIN_PROSE[0].replace("\n", "\r\n")
    result = measure_text(text)
    assert result.prose.scores["sentences"] == measure_text(PLAIN_PROSE[0]).prose.scores["sentences"]


# ---------------------------------------------------------------- textstat on any text


tokens = st.sampled_from([
    "the", "The", "cat", "Erdogan", "Incirlik", "missiles", "opportunities", "can't", "don\u2019t", "rock'n'roll",
    "''s", "'twas", "S-400", "U.S.", "3.5", "$6.40", "e-mail", "caf\u00e9", "na\u00efve", "\u201cquoted\u201d",
    "(aside)", "\u2014", "\u2026", ".", "!", "?", ",", ";", ":", "'", "-", "--", "\U0001f600", "_under_",
    "\u00a0", "\n", "\n\n", "\t", "word.", "end!", "why?", "x", "I", "a", "Ok.", "hyper-ventilating",
    "\r\n", "\u2028", "\u3000", "- ", "1. ", "# ", "Comments are closed.", "REUTERS/Jane Doe",
])
token_soup = st.lists(tokens, min_size=1, max_size=160).map(" ".join)


@given(token_soup, st.booleans())
def test_whole_equals_textstat_on_any_text(text, as_web_page):
    if not text.strip():
        return
    if as_web_page:  # titles, lists, captions, credits: sentences cut the page in other places
        try:
            article = parse_article(text)
        except ArticleError:
            return
    else:
        article = prose_article(text)
    result = measure(article)
    expected = textstat_numbers(article.text)
    for key, value in ours(result.whole).items():
        if value is None:  # withheld: textstat would report 0.0 or an absurd number here
            assert key in FORMULAS or key in ("words_per_sentence", "syllables_per_word")
            continue
        assert value == expected[key], key


@pytest.mark.parametrize("text", ['He left."Then she came home.', "It ended.\u201dThen it began again and again.",
                                  "The end.)Next sentence here is long enough."])
def test_whole_equals_textstat_when_sentences_cut_a_word(text):
    # No space between two sentences: textstat reads one word ("left.\"Then" -> "leftThen"), the toolkit two.
    result = measure(prose_article(text))
    assert len(result.sentences) == 2
    assert ours(result.whole) == textstat_numbers(text)
    assert result.prose.scores["words"] == textstat.lexicon_count(text) + 1


words = st.sampled_from("people river school ground shape engine market garden window summer morning teacher doctor "
                        "important beautiful dangerous difficult information government community yesterday "
                        "probably remember answer usually different".split())
sentence = st.tuples(st.lists(words, min_size=3, max_size=22), st.sampled_from(".!?")).map(
    lambda pair: " ".join(pair[0]).capitalize() + pair[1])
plain_prose = st.lists(st.lists(sentence, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=4).map(
    "\n\n".join)


@given(plain_prose)
def test_prose_equals_textstat_on_any_plain_prose(text):
    assert ours(measure_text(text).prose) == textstat_numbers(text)


# ---------------------------------------------------------------- interpretation and comparison


def test_interpret_bands_and_readers():
    assert interpret("flesch_kincaid_grade", 11.6).band == "11th\u201312th grade"
    assert "harder than most newspapers" in interpret("gunning_fog", 12.0).summary
    assert interpret("flesch_kincaid_grade", 7.5).band == "7th\u20138th grade"
    assert interpret("flesch_kincaid_grade", -2.0).band == "below 1st grade"
    ease = interpret("flesch_reading_ease", 39.2)
    assert "difficult" in ease.summary and "higher is easier" in ease.summary and ease.band == "college level"
    assert "off the bottom" in interpret("flesch_reading_ease", -50).summary
    assert interpret("dale_chall_readability_score", 8.5).band == "11th\u201312th grade"
    assert interpret("smog_index", None).band == "no score"
    assert "2.5 minutes" in interpret("words", 500).summary
    with pytest.raises(KeyError):
        interpret("shoe_size", 3)


def test_grade_equivalents_follow_the_authors_tables():
    assert grade_equivalent("flesch_reading_ease", 65) == pytest.approx(9.0)  # 60-70: 8th-9th grade
    assert grade_equivalent("flesch_reading_ease", 100) == 5.0
    assert grade_equivalent("flesch_reading_ease", -40) == 18.0  # flat beyond the table
    assert grade_equivalent("dale_chall_readability_score", 8.5) == pytest.approx(12.0)
    assert grade_equivalent("dale_chall_readability_score", 12) == 16.0
    assert grade_equivalent("gunning_fog", 9.3) == 9.3
    eases = [grade_equivalent("flesch_reading_ease", x) for x in range(-10, 111, 5)]
    assert eases == sorted(eases, reverse=True)  # easier score, lower grade, everywhere


def test_formula_table_and_disagreement(sample):
    rows = formula_table()
    assert len(rows) == len(FORMULAS) >= 8
    assert all(row["counts"] and row["misleads when"] for row in rows)
    lines = disagreement(measure(sample).prose)
    assert lines[0].startswith("For the prose the formulas range from")
    assert any("Linsear Write reads only the first 100 words" in line for line in lines)


def test_compare_framing_and_body(sample):
    result = measure(sample)
    comparison = compare(result.by_part["framing"], result.by_part["body"])
    assert comparison.summary.startswith("The framing reads harder than the body on")
    assert sum(1 for r in comparison.rows if r.harder == "a") >= 6
    assert any("Sentences are longer in the framing: 38.0 words" in r for r in comparison.reasons)
    assert any("76 words" in w for w in comparison.warnings)
    json.dumps(comparison.to_dict())


def test_compare_two_texts():
    easy = "The cat sat on the mat. The dog ran to the park. We had fun in the sun. " * 10
    comparison = compare(easy, PLAIN_PROSE[2], names=("the easy text", "the runners text"))
    assert comparison.summary.startswith("The runners text reads harder than the easy text")
    with pytest.raises(TypeError):
        compare(3, easy)


# ---------------------------------------------------------------- cheap import, figure


def test_importing_readability_loads_no_heavy_library():
    code = ("import sys, toolkit.readability, toolkit.readability.figure; "
            "print(sorted(m for m in ('textstat', 'nltk', 'matplotlib', 'ipywidgets') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_png_helper_writes_a_png_and_its_alt_text(sample, tmp_path):
    from toolkit.readability.figure import readability_figure, save_readability_png

    drawn = readability_figure(measure(sample))
    assert "the framing" in drawn.alt_text and "the body" in drawn.alt_text and "whole page" in drawn.alt_text
    saved = save_readability_png(drawn, tmp_path / "handout" / "readability")
    assert saved.png.name == "readability.png"
    data = saved.png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width > 1000 and height > 600
    assert saved.alt_text_file.read_text(encoding="utf-8").strip() == drawn.alt_text
    html = drawn._repr_html_()
    assert html.startswith("<figure") and 'alt="Bar chart' in html


def test_figure_of_an_article_without_parts():
    from toolkit.readability.figure import readability_figure

    drawn = readability_figure(prose_article(PLAIN_PROSE[0]))
    assert "the prose" in drawn.alt_text and "the whole page" in drawn.alt_text
