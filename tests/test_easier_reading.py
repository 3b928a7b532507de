"""The easier reading of the sample's reported story: a handout for weaker readers, never the original.

It is built with the other handouts, says it is a retelling written for the course, is escaped,
keeps every source the original names, copies no sentence of the original, and reads easier by the
toolkit's own measure (computed here, never typed).
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT
from toolkit.handouts import handout_pages
from toolkit.handouts.easier_reading import easier_reading_page, load_retelling, retelling_path

SEED = ROOT / "seeds" / "turkey-s400"


@pytest.fixture(scope="module")
def retelling(sample):
    return load_retelling(retelling_path(SEED), sample)


def test_the_build_writes_the_page_and_it_says_it_is_not_the_original(retelling, sample):
    html = handout_pages(ROOT)["easier-reading-turkey-s400.html"]
    assert html == easier_reading_page(sample, retelling)
    assert "written for this course" in html and "It is not the original article" in html
    assert "The original is the text to analyse" in html and "retelling written for the project" in html
    assert "The Daily Caller" in html  # where the original came from, from the article's credit line


def test_it_retells_the_body_and_names_every_source_the_body_names(retelling, sample):
    from toolkit.claims.sentence_labels import label_sentences

    assert retelling.covers == "body"
    body = set(sample.parts["body"])
    sources = {label.source for label in label_sentences(sample)
               if label.source and not label.source.startswith("unnamed")
               and sample.sentence(label.sentence_id).block in body}
    assert {"Fikri Isik", "TASS", "Can Kasapoglu"} <= sources
    for source in sources:
        assert source.split()[-1] in retelling.text, source
    # The hedge, the vague attribution and the closing guess stay visible as what they are.
    for kept in ("supposedly", "is considered", "guess"):
        assert kept in retelling.text


def test_no_sentence_of_the_original_is_copied(retelling, sample):
    for sentence in sample.sentences:
        if sample.blocks[sentence.block].index in sample.parts["body"] and len(sentence.text.split()) > 6:
            assert sentence.text not in retelling.text, sentence.text


def test_it_reads_easier_than_the_original_by_the_toolkits_measure(retelling, sample):
    from toolkit.readability import measure, measure_text

    easy = measure_text(retelling.text).prose
    original = measure(sample).by_part["body"]
    assert easy["flesch_kincaid_grade"] < original["flesch_kincaid_grade"] - 3
    assert easy["words_per_sentence"] < original["words_per_sentence"]


def test_the_page_escapes_what_the_retelling_says(tmp_path, sample):
    seed = tmp_path / "turkey-s400"
    shutil.copytree(SEED, seed)
    retelling_path(seed).write_text("---\ncovers: body\n---\nTurkey <script>alert(1)</script> & NATO.\n",
                                    encoding="utf-8")
    html = easier_reading_page(sample, load_retelling(retelling_path(seed), sample))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; NATO." in html


@pytest.mark.parametrize("text, message", [
    ("Just text, no front matter.\n", "front matter"),
    ("---\ncovers: sidebar\n---\nText.\n", "'covers: sidebar' is not a part"),
    ("---\ncovers: body\n---\n\n\n", "has no text"),
])
def test_mistakes_in_the_file_are_named(tmp_path, sample, text, message):
    path = tmp_path / "easier-reading.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_retelling(path, sample)
