"""The sample article: its blocks and sentences as DESIGN.md describes them."""

from __future__ import annotations

import pytest


def kinds(article):
    return [block.kind for block in article.blocks]


def test_blocks_follow_the_anatomy_of_the_republished_story(sample):
    assert kinds(sample) == (
        ["title", "paragraph", "paragraph", "heading"]
        + ["list_item"] * 8
        + ["caption"]
        + ["paragraph"] * 8
        + ["credit", "boilerplate"]
    )


def test_title_and_every_block_point_at_their_text(sample):
    assert sample.title == "Turkey Turns To Russia\u2019s Most Advanced Air Defense System Instead Of Buying From\u00a0NATO"
    for block in sample.blocks:
        assert sample.text[block.start:block.end] == block.text
        assert block.text == block.text.strip()
    assert sample.blocks[3].text == "For further information, see the following articles:"
    assert sample.blocks[4].text == "US combat units on \u201chigh alert\u201d after Incirlik surrounded"
    assert sample.blocks[11].text == "Ankara\u2019s move to Chinese air systems appals NATO allies"
    assert sample.blocks[12].text.endswith("REUTERS/Grigory Dukor")
    assert sample.blocks[-2].text.startswith("Full article:")
    assert sample.blocks[-1].text == "Comments are closed."


def test_text_is_the_file_exactly(sample, project_root):
    raw = (project_root / "seeds" / "turkey-s400" / "article.txt").read_text(encoding="utf-8")
    assert sample.text == raw


def body_sentences(sample):
    return [s.text for s in sample.sentences if s.block >= 13 and sample.blocks[s.block].kind == "paragraph"]


def test_isik_quote_is_one_sentence(sample):
    quote = [t for t in body_sentences(sample) if t.startswith("\u201cI suppose")]
    assert len(quote) == 1
    assert quote[0].endswith("said Isik, as quoted in Russia\u2019s TASS news agency\u00a0Monday.")
    noted = [t for t in body_sentences(sample) if t.startswith("Isik noted")]
    assert noted == ["Isik noted that the deal has reached a \u201cfinal stage, but this does not mean "
                     "the agreement will be signed tomorrow.\u201d"]


def test_us_european_does_not_split(sample):
    first = body_sentences(sample)[0]
    assert first.startswith("NATO ally Turkey") and first.endswith("reaching a fever pitch.")
    assert "U.S.-European alliance" in first


def test_body_sentences_in_order(sample):
    assert body_sentences(sample) == [
        "NATO ally Turkey is in the midst of finalizing a deal with Russia to purchase the S-400 air defense "
        "system, as tensions between the U.S.-European alliance and the Kremlin are reaching a fever pitch.",
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan are expected to discuss the "
        "S-400 contract during a visit to Sochi, Russia, on May 3, according to Turkish Defense Minister Fikri Isik.",
        "\u201cI suppose after Erdogan\u2019s talks with Putin a joint decision will be made on further steps for "
        "purchasing Russia\u2019s missile system,\u201d said Isik, as quoted in Russia\u2019s TASS news agency\u00a0Monday.",
        "Isik noted that the deal has reached a \u201cfinal stage, but this does not mean the agreement will be "
        "signed tomorrow.\u201d",
        "Turkey\u2019s decision to go with the S-400 was supposedly the result of NATO\u2019s failure to present a "
        "\u201cfinancially effective\u201d alternative offer, according to TASS.",
        "The S-400 is considered one of the most advanced air defense systems in the world.",
        "It is capable of shooting down both aircraft and ballistic missiles.",
        "Russia completed its installation of\u00a0the missile system at its military base in Latakia, Syria, in "
        "October, providing Syrian President Bashar al-Assad with a significant boost in air defense.",
        "China is also an S-400 client, while Iran has purchased the older S-300 model.",
        "Russian-Turkish relations appeared to be improving\u00a0after the groups\u00a0signed\u00a0a major energy deal "
        "in October, but\u00a0Can Kasapoglu, a defense analyst at the Istanbul-based Center for Economics and "
        "Foreign Policy Studies, says the missile deal may not be enough to create a drastic change.",
        "The sale at the very least \u201cwould mark one of the most serious achievements for the Russian defense "
        "industry,\u201d Kasapoglu noted.",
        "That alone\u00a0may be enough for Russia.",
    ]


def test_sentence_ids_are_stable_and_unique(sample):
    from toolkit import load_article

    again = load_article(sample.path.parent)
    assert [s.id for s in sample.sentences] == [s.id for s in again.sentences]
    assert len({s.id for s in sample.sentences}) == len(sample.sentences)
    assert sample.sentence("s1").text == sample.title


def test_metadata_names_the_original_outlet_and_agency(sample):
    meta = sample.metadata
    assert meta["outlet"] == "The Daily Caller"
    assert meta["caption_agency"] == "Reuters"
    assert meta["photographer"] == "Grigory Dukor"
    assert meta["republisher"] is None


def test_parts_are_framing_and_body(sample):
    assert sample.parts == {"framing": (1, 2), "body": tuple(range(13, 21))}
    assert sample.part_of(15) == "body"
    assert sample.part_of(5) is None


def test_metadata_is_inferred_without_a_metadata_file(sample):
    from toolkit import parse_article

    bare = parse_article(sample.text)
    assert bare.metadata["outlet"] == "The Daily Caller"
    assert bare.metadata["caption_agency"] == "Reuters"
    assert bare.metadata["credit"].startswith("Full article:")
    assert list(bare.parts) == ["group 1", "group 2"]


@pytest.mark.parametrize("index", [1, 2, 13, 20])
def test_sentences_lie_inside_their_block(sample, index):
    block = sample.blocks[index]
    for sentence in sample.sentences_in(index):
        assert block.start <= sentence.start < sentence.end <= block.end
