"""The figures the lesson guide quotes for teachers are the toolkit's, as it measures them now.

The guide is prose a teacher reads before a lesson, so its numbers are written out; this test reads
each one back and compares it with the toolkit's figure, rounded as the guide writes it. A changed
article, word list or formula then fails here until the guide says what the lessons will show.
"""

from __future__ import annotations

import re

import pytest

from toolkit import load_article
from toolkit.analysis.parts import part_report
from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "lesson-guide.md"


def _parts(slug: str) -> dict:
    return {part.name: part for part in part_report(load_article(ROOT / "seeds" / slug)).parts}


def _figures() -> list[tuple[str, list[float]]]:
    """(a pattern in the guide, the toolkit's figures for its numbers, in order)."""
    sample, river = _parts("turkey-s400"), _parts("riverside-water")
    article = load_article(ROOT / "seeds" / "turkey-s400")
    import textstat

    in_paragraphs = sum(1 for s in article.sentences if article.blocks[s.block].kind == "paragraph")
    return [
        (r"the framing about grade (\d+), the body about grade (\d+)",
         [sample["framing"].grade, sample["body"].grade]),
        (r"two sentences average (\d+) words against about (\d+) in the body",
         [sample["framing"].words_per_sentence, sample["body"].words_per_sentence]),
        (r"counts the whole page as (\d+) sentences; the\s+toolkit finds (\d+), (\d+) of them in the paragraphs",
         [textstat.sentence_count(article.text), len(article.sentences), in_paragraphs]),
        (r"reported story \((\d+) words of running prose\), not on\s+the (\d+)-word framing",
         [sample["body"].words, sample["framing"].words]),
        (r"The framing has about (\d+\.\d) loaded words or phrases per 100 words, the\s+body about (\d+\.\d)",
         [sample["framing"].loaded_per_100, sample["body"].loaded_per_100]),
        (r"the most loaded \((\d+\.\d) per 100 words against (\d+\.\d)\)",
         [sample["framing"].loaded_per_100, sample["body"].loaded_per_100]),
        (r"\(grade (\d+) against (\d+), because of\s+its long sentences\)",
         [sample["framing"].grade, sample["body"].grade]),
        (r"credits about (\d+)% of its words", [100 * sample["body"].attributed_share]),
        (r"The framing is again the most loaded \((\d+\.\d) per\s+100 words against (\d+\.\d|none)",
         [river["framing"].loaded_per_100, river["body"].loaded_per_100]),
        (r"it again reads harder \(grade (\d+) against (\d+)\)", [river["framing"].grade, river["body"].grade]),
    ]


def _as_written(value: float, written: str) -> str:
    if written == "none":
        return "none" if value == 0 else f"{value:.1f}"
    decimals = len(written.split(".")[1]) if "." in written else 0
    return f"{value:.{decimals}f}"


@pytest.mark.parametrize("pattern, figures", _figures(), ids=lambda x: x[:40] if isinstance(x, str) else "")
def test_each_figure_the_guide_quotes_is_the_toolkits(pattern, figures):
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    match = re.search(pattern.replace(r"\s+", " "), guide)
    assert match, f"the guide no longer says: {pattern}"
    for written, value in zip(match.groups(), figures):
        if written.endswith("0") and "." not in written and len(written) == 2 and "%" in pattern:
            assert abs(float(written) - value) <= 5, (written, value)  # "about 60%": to the nearest ten
        else:
            assert written == _as_written(value, written), f"the guide says {written}, the toolkit {value:.2f}"


#: The article each lesson's notes talk about (lesson 6's notes on sentence ids are about its new story).
LESSON_ARTICLE = {6: "riverside-water", 8: "bridge-grants"}
SENTENCE_CLAIM = re.compile(r"\b(s\d+)(?: and (s\d+))?:? \(?(fact|opinion|attributed|no claim)\b")


def _notes_by_lesson() -> list[tuple[str, int, str]]:
    """(where, lesson number, text) for each lesson source and each lesson's section of the guide."""
    found = []
    for path in sorted((ROOT / "lessons" / "source").glob("*.md")):
        found.append((path.name, int(path.name[:2]), path.read_text(encoding="utf-8")))
    guide = GUIDE.read_text(encoding="utf-8")
    for section in re.split(r"^### ", guide, flags=re.M)[1:]:
        number = re.match(r"Lesson (\d+)", section)
        if number:
            found.append((f"lesson-guide, lesson {number.group(1)}", int(number.group(1)), section))
    return found


def test_each_key_label_the_teachers_notes_quote_is_the_keys():
    from toolkit.keys.sentence_keys import load_sentence_key

    keys = {}
    quoted = 0
    for where, lesson, text in _notes_by_lesson():
        slug = LESSON_ARTICLE.get(lesson, "turkey-s400")
        if slug not in keys:
            keys[slug] = load_sentence_key(load_article(ROOT / "seeds" / slug))
        for match in SENTENCE_CLAIM.finditer(" ".join(text.split())):
            label = match.group(3).replace(" ", "_")
            for sentence_id in filter(None, match.groups()[:2]):
                quoted += 1
                assert keys[slug].get(sentence_id).label == label, f"{where}: {sentence_id} is not {label} in the key"
    assert quoted >= 20
