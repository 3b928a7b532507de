"""The PolNeAR bench's gold side: a pronoun source is read through the data's coreference chain
when the copy has CoreNLP files, else through the last gold source that names someone, and the
old reading is kept beside it. All texts here are invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_attribution_quality
    finally:
        sys.path.remove(str(BENCH))
    return bench_attribution_quality


def write_ann(path: Path, text: str, relations: list[tuple[str, str, int]]) -> None:
    """brat lines for (source, cue, nth occurrence of the cue) in `text`."""
    lines, number = [], 0
    for index, (source, cue, nth) in enumerate(relations, 1):
        cue_at = -1
        for _ in range(nth + 1):
            cue_at = text.index(cue, cue_at + 1)
        source_at = text.rindex(source, 0, cue_at)
        number += 1
        lines.append(f"T{number}\tSource {source_at} {source_at + len(source)}\t{source}")
        lines.append(f"T{number + 1}\tCue {cue_at} {cue_at + len(cue)}\t{cue}")
        lines.append(f"E{index}\tCue:T{number + 1} Source:T{number}")
        number += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_name_ending_in_jr_is_headed_by_the_surname(bench):
    assert bench.head("Tomas Ekwueme Jr.") == "ekwueme"
    assert bench.heads("Tomas Ekwueme Jr., a deputy minister") == ("ekwueme", "minister")
    assert bench.head("Tomas Ekwueme Jr.", old=True) == "jr"  # what the old scoring read


def test_he_skips_a_described_source_for_the_last_proper_name(tmp_path, bench):
    text = ("Mayor Dana Okafor said the bridge would open. The candidate said it would not. "
            "The poll said otherwise. He said more later.")
    ann = tmp_path / "a.ann"
    write_ann(ann, text, [("Mayor Dana Okafor", "said", 0), ("The candidate", "said", 1),
                          ("The poll", "said", 2), ("He", "said", 3)])
    golds = bench.read_ann(ann)
    assert golds[3].heads == ("okafor",)
    assert golds[3].old_heads == ("poll",)  # the old rule: the last source holding a capital
    assert [g.heads for g in golds[:3]] == [g.old_heads for g in golds[:3]]


def test_she_passes_over_a_man_named_by_honorific(tmp_path, bench):
    text = "Ms. Ines Varga said yes. Mr. Okafor said no. She said it again."
    ann = tmp_path / "b.ann"
    write_ann(ann, text, [("Ms. Ines Varga", "said", 0), ("Mr. Okafor", "said", 1), ("She", "said", 2)])
    golds = bench.read_ann(ann)
    assert golds[2].heads == ("varga",)
    assert golds[2].old_heads == ("okafor",)


def test_no_proper_name_keeps_the_old_rule(tmp_path, bench):
    text = "A spokesman said yes. He said it again."
    ann = tmp_path / "c.ann"
    write_ann(ann, text, [("A spokesman", "said", 0), ("He", "said", 1)])
    golds = bench.read_ann(ann)
    # "A spokesman" is no proper name, so the old rule (any capital letter) decides: the same answer.
    assert golds[1].heads == golds[1].old_heads == ("spokesman",)


COREF = """<?xml version="1.0"?>
<root><document><sentences>
<sentence id="1"><tokens>
<token id="1"><word>Dana</word><CharacterOffsetBegin>0</CharacterOffsetBegin><CharacterOffsetEnd>4</CharacterOffsetEnd></token>
<token id="2"><word>Okafor</word><CharacterOffsetBegin>5</CharacterOffsetBegin><CharacterOffsetEnd>11</CharacterOffsetEnd></token>
<token id="3"><word>waved</word><CharacterOffsetBegin>12</CharacterOffsetBegin><CharacterOffsetEnd>17</CharacterOffsetEnd></token>
</tokens></sentence>
<sentence id="2"><tokens>
<token id="1"><word>Tom</word><CharacterOffsetBegin>19</CharacterOffsetBegin><CharacterOffsetEnd>22</CharacterOffsetEnd></token>
<token id="2"><word>Lee</word><CharacterOffsetBegin>23</CharacterOffsetBegin><CharacterOffsetEnd>26</CharacterOffsetEnd></token>
<token id="3"><word>said</word><CharacterOffsetBegin>27</CharacterOffsetBegin><CharacterOffsetEnd>31</CharacterOffsetEnd></token>
</tokens></sentence>
<sentence id="3"><tokens>
<token id="1"><word>She</word><CharacterOffsetBegin>33</CharacterOffsetBegin><CharacterOffsetEnd>36</CharacterOffsetEnd></token>
<token id="2"><word>said</word><CharacterOffsetBegin>37</CharacterOffsetBegin><CharacterOffsetEnd>41</CharacterOffsetEnd></token>
</tokens></sentence>
</sentences>
<coreference><coreference>
<mention representative="true"><sentence>1</sentence><start>1</start><end>3</end><head>2</head><text>Dana Okafor</text></mention>
<mention><sentence>3</sentence><start>1</start><end>2</end><head>1</head><text>She</text></mention>
</coreference></coreference>
</document></root>
"""


def test_a_coreference_chain_decides_before_the_fallback(tmp_path, bench):
    text = "Dana Okafor waved. Tom Lee said. She said."
    xml = tmp_path / "a.xml"
    xml.write_text(COREF, encoding="utf-8")
    chains = bench.Coreference.read(xml)
    assert chains is not None and chains.resolve(33, 3) == ("okafor",)
    ann = tmp_path / "a.ann"
    write_ann(ann, text, [("Tom Lee", "said", 0), ("She", "said", 1)])
    assert bench.read_ann(ann, chains)[1].heads == ("okafor",)
    assert bench.read_ann(ann)[1].heads == ("lee",)  # without chains: the last proper name
    assert bench.Coreference.read(tmp_path / "absent.xml") is None
