"""The fourth sentence label: lines that make no claim (navigation, site text, credits, bylines).

`python -m toolkit analyze --json` gives `no_claim`, with a reason, to the sample's navigation line,
boilerplate, photo credit and credit line, to the practice article's "Share this:" and "Read more:",
and to credit lines in their other common forms; ordinary sentences that start the same way stay claims.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from toolkit.claims.non_claims import find_non_claim, load_rules
from toolkit.claims.sentence_labels import label_text
from tests.conftest import ROOT


def analyze(path) -> dict:
    out = subprocess.run([sys.executable, "-m", "toolkit", "analyze", str(path), "--json"], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def labels_of(report: dict) -> dict[str, dict]:
    return {s["text"]: s for s in report["sentences"]}


def test_analyze_gives_no_claim_to_the_samples_page_furniture():
    sentences = labels_of(analyze(ROOT / "seeds" / "turkey-s400"))
    for text in ("For further information, see the following articles:", "Comments are closed.",
                 "REUTERS/Grigory Dukor"):
        assert sentences[text]["label"] == "no_claim", text
        assert sentences[text]["source"] is None
    credit = next(s for t, s in sentences.items() if t.startswith("Full article:"))
    assert credit["label"] == "no_claim" and "credit line" in credit["summary"]
    assert any(c["kind"] == "no_claim" and c["why"] for c in credit["cues"])
    # and the claims around them keep their labels
    assert next(s for t, s in sentences.items() if t.startswith("That alone"))["label"] == "opinion"


def test_analyze_gives_no_claim_to_the_practice_articles_share_and_read_more():
    sentences = labels_of(analyze(ROOT / "seeds" / "riverside-water"))
    for text in ("Share this:", "Read more:", "Comments are closed.",
                 "This story was originally published by the Riverside Ledger.",
                 "Photo by Dana Whitfield for the Riverside Ledger."):
        assert sentences[text]["label"] == "no_claim", text


def test_credit_lines_in_their_common_forms(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "Council Approves Budget\n\n"
        "The council approved the budget on Monday by a vote of 7-2.\n\n"
        "Via Reuters Wire Service.\n\n"
        "Reporting by Jane Doe; editing by John Smith.\n\n"
        "\u2014 Associated Press\n", encoding="utf-8")
    sentences = labels_of(analyze(article))
    assert sentences["The council approved the budget on Monday by a vote of 7-2."]["label"] == "fact"
    for text in ("Via Reuters Wire Service.", "Reporting by Jane Doe; editing by John Smith.",
                 "\u2014 Associated Press"):
        assert sentences[text]["label"] == "no_claim", (text, sentences[text]["summary"])


@pytest.mark.parametrize("text", ["Via the Associated Press Wire Service.", "By Jane Doe", "Share this story",
                                  "Read more:", "Photo by Ana Lima", "AP Photo/Jane Doe", "-- Reuters"])
def test_more_lines_that_make_no_claim(text):
    assert label_text(text, split=False)[0].label == "no_claim"


@pytest.mark.parametrize("text", ["Via a loophole, the firm paid no tax.", "By Tuesday, the council had voted.",
                                  "Read more books, the mayor urged residents.", "Comments are closed to the public "
                                  "after 6 p.m., the clerk said.", "Photos by the police show the damage."])
def test_sentences_that_start_like_credits_stay_claims(text):
    assert label_text(text, split=False)[0].label != "no_claim"


def test_the_rules_file_reads_and_every_rule_has_a_reason():
    rules = load_rules()
    assert len(rules.rules) > 30 and ("associated", "press") in rules.agencies
    assert find_non_claim("Comments are closed.", 0, 20, "boilerplate").kind == "site_text"
    assert find_non_claim("x", 0, 1, "credit").why.startswith("A credit line")
