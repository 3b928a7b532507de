"""The part-by-part report of lesson 6: its numbers agree with the analyses it gathers, its words with its numbers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from toolkit import load_article, parse_article
from toolkit.analysis.parts import called, part_report
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def river():
    return load_article(ROOT / "seeds" / "riverside-water")


@pytest.fixture(scope="module")
def report(sample):
    return part_report(sample)


def test_every_block_belongs_to_exactly_one_part(sample, river):
    for article in (sample, river):
        blocks = [i for part in part_report(article).parts for i in part.blocks]
        assert sorted(blocks) == [block.index for block in article.blocks]


def test_figures_are_the_analyses_own(sample, report):
    from toolkit.claims.sentence_labels import voice_summary
    from toolkit.loaded import density
    from toolkit.readability import measure

    readability, loaded = measure(sample), density(sample)
    assert report.named == ("framing", "body")
    for name in report.named:
        part = report.part(name)
        assert part.grade == readability.by_part[name].scores["flesch_kincaid_grade"]
        assert part.loaded == loaded.by_part[name].spans
        assert part.loaded_per_100 == pytest.approx(loaded.by_part[name].per_100_words, abs=0.01)
    voices = {voice.name: voice for voice in voice_summary(sample)}
    for part in report.parts:
        assert part.opinion_share == voices[part.name].opinion_share
        assert part.sources == voices[part.name].sources
        if part.name not in report.named:
            assert part.grade is None  # no grade for lists, captions or credit lines
    assert report.part("credit").loaded is None and report.part("site text").loaded_per_100 is None


def test_findings_say_what_the_numbers_say(report):
    framing, body = report.part("framing"), report.part("body")
    readability, loaded, voice, credit = report.findings
    assert f"grade {framing.grade:.0f}" in readability and f"grade {body.grade:.0f}" in readability
    by_sentences = 0.39 * (framing.words_per_sentence - body.words_per_sentence)
    by_words = 11.8 * (framing.syllables_per_word - body.syllables_per_word)
    assert ("sentences are longer" in readability) == (by_sentences >= by_words)
    assert f"{framing.loaded_per_100 / body.loaded_per_100:.1f} times as loaded" in loaded
    assert f"{framing.opinion_share:.0%} of the framing" in voice
    assert all(source in voice for source in body.sources)
    assert "credit line" in credit
    assert any("only" in warning and "framing" in warning for warning in report.warnings)  # 77 words


def test_the_reason_can_differ_between_articles(river):
    """The practice article's framing is harder because of its words, not its sentences: the report says so."""
    report = part_report(river)
    framing, body = report.part("framing"), report.part("body")
    by_sentences = 0.39 * (framing.words_per_sentence - body.words_per_sentence)
    by_words = 11.8 * (framing.syllables_per_word - body.syllables_per_word)
    assert by_words > by_sentences
    assert "words are longer" in report.findings[0]


def test_an_article_without_named_parts_is_reported_without_comparison():
    article = parse_article("A plain title\n\nOne paragraph of ordinary text. It says a few things.")
    report = part_report(article)
    assert not any("times as loaded" in f for f in report.findings)
    assert any("nothing to compare" in w for w in report.warnings)
    assert called("group 1") == "paragraph group 1"
    assert all("the group" not in w for w in report.warnings)


def test_the_view_escapes_the_article_and_explains_every_dash():
    from toolkit.widgets.article_report import article_report, report_html

    article = parse_article('<script>alert("x")</script> headline\n\nA "quoted" <b>bold</b> claim & more.\n')
    html = report_html(part_report(article))
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>bold</b>" not in html
    view = article_report(load_article(ROOT / "seeds" / "riverside-water"))
    assert "<caption>" in view.value and "scope='col'" in view.value and 'scope="row"' in view.value
    dashes = view.value.count("\u2014</span>")
    assert dashes == view.value.count("not running prose: no grade") + view.value.count("not checked for loaded words")
    assert "What the numbers say" in view.value


@settings(max_examples=25)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80),
                min_size=1, max_size=5))
def test_any_text_gives_a_report_whose_shares_are_shares(paragraphs):
    text = "Title\n\n" + "\n\n".join(p.replace("\n", " ") for p in paragraphs)
    try:
        article = parse_article(text)
    except ValueError:  # ArticleError: an input the loader refuses with a message
        return
    report = part_report(article)
    for part in report.parts:
        assert 0 <= part.opinion_share <= 1 and 0 <= part.attributed_share <= 1
        assert part.loaded_per_100 is None or part.loaded_per_100 >= 0
    assert all(isinstance(f, str) and f for f in report.findings)
    assert json.loads(json.dumps(report.to_dict()))["parts"]
