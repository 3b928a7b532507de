"""Sentence boundaries and block kinds on small articles written for the tests."""

from __future__ import annotations

import pytest

from toolkit import parse_article
from toolkit.article.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gen. Mark Milley spoke at 9 a.m. on Friday. He left at noon.",
         ["Gen. Mark Milley spoke at 9 a.m. on Friday.", "He left at noon."]),
        ("The U.S. Army said so. The U.K. agreed.", ["The U.S. Army said so.", "The U.K. agreed."]),
        ("Prices rose to $6.40 a gallon. Sales fell 5-2 in a vote.",
         ["Prices rose to $6.40 a gallon.", "Sales fell 5-2 in a vote."]),
        ("John F. Kennedy was elected in 1960. Dr. Smith disagreed.",
         ["John F. Kennedy was elected in 1960.", "Dr. Smith disagreed."]),
        ("The council backed Plan B. The mayor said it would cost more.",
         ["The council backed Plan B.", "The mayor said it would cost more."]),
        ("Inspectors gave the kitchen a C. But the owner appealed.",
         ["Inspectors gave the kitchen a C.", "But the owner appealed."]),
        ("George W. Bush visited the plant. He praised its workers.",
         ["George W. Bush visited the plant.", "He praised its workers."]),
        ("\u201cWe will not back down.\u201d The minister left the room.",
         ["\u201cWe will not back down.\u201d", "The minister left the room."]),
        ("\u201cStop!\u201d he shouted. The crowd went quiet.",
         ["\u201cStop!\u201d he shouted.", "The crowd went quiet."]),
        ("\u201cThe deal is done.\u201d Smith said. Markets rose.",
         ["\u201cThe deal is done.\u201d Smith said.", "Markets rose."]),
        ("It moved to the U.S. The company grew.", ["It moved to the U.S.", "The company grew."]),
        ("Is it true? Nobody knows! Wait and see.", ["Is it true?", "Nobody knows!", "Wait and see."]),
        ("Prices, e.g. for bread, rose. Wages did not.", ["Prices, e.g. for bread, rose.", "Wages did not."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_lines_without_final_punctuation_end_sentences():
    text = "Breaking news from the capital\nThe parliament voted today. The motion passed."
    assert sentences(text) == ["Breaking news from the capital", "The parliament voted today.", "The motion passed."]


def test_hard_wrapped_prose_is_not_split_at_line_ends():
    text = ("The committee met on Tuesday to discuss the new budget proposal, which\n"
            "would cut spending on roads and raise it for schools across the\n"
            "region over the next five years.")
    assert sentences(text) == [text]


ARTICLE = """City Council Approves New Park

The city council voted 7-2 on Monday to approve a new park on Elm Street. The park will cost $2.5 million, according to the city clerk.

Related coverage:
- Council delays budget vote
- Parks department names new director

Children play at a park in Springfield on June 1. (AP Photo/Jane Doe)

Construction begins in May, officials said.

This article was originally published by the Springfield Gazette.

Share this:
"""


def test_small_article_blocks():
    article = parse_article(ARTICLE)
    assert [b.kind for b in article.blocks] == [
        "title", "paragraph", "heading", "list_item", "list_item", "caption", "paragraph", "credit", "boilerplate",
    ]
    assert article.blocks[3].text == "Council delays budget vote"  # the bullet is not part of the block
    assert article.metadata["outlet"] == "the Springfield Gazette"
    assert article.metadata["caption_agency"] == "Associated Press"
    # The caption's agency credit is a sentence of its own, as in the sample.
    assert [len(article.sentences_in(b)) for b in article.blocks] == [1, 2, 1, 1, 1, 2, 1, 1, 1]


def test_list_of_headlines_without_blank_lines_becomes_list_items():
    text = ("Today in brief\n\nThe storm hit the coast overnight.\n\n"
            "Storm closes schools across the county\nPower cut to 40,000 homes\nRoads reopen by Friday\n\n"
            "The weather service expects calm seas tomorrow.")
    article = parse_article(text)
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "list_item", "list_item", "list_item", "paragraph"]


def test_plain_prose_has_no_title():
    text = "The committee met on Tuesday. It approved the budget."
    article = parse_article(text)
    assert article.title is None
    assert [b.kind for b in article.blocks] == ["paragraph"]
    assert len(article.sentences) == 2


def test_markdown_with_front_matter():
    text = ("---\ntitle: Water rates rise\noutlet: The Valley Times\nurl: https://example.org/rates\n"
            "date: 2026-03-01\n---\n# Water rates rise\n\nRates go up in April, the utility said.\n\n"
            "## Why\n\nPipes are old. Repairs cost money.\n")
    article = parse_article(text)
    assert article.text.startswith("# Water rates rise")
    assert article.title == "Water rates rise"
    assert article.metadata["outlet"] == "The Valley Times"
    assert str(article.metadata["date"]) == "2026-03-01"
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "heading", "paragraph"]
    assert article.blocks[0].text == "Water rates rise"
    assert [s.text for s in article.sentences_in(3)] == ["Pipes are old.", "Repairs cost money."]


def test_markdown_title_from_front_matter_only():
    article = parse_article("---\ntitle: Given title\n---\nFirst paragraph here. Second sentence.\n")
    assert article.title == "Given title"
    assert [b.kind for b in article.blocks] == ["paragraph"]


def test_crlf_line_endings_are_normalised():
    article = parse_article("Headline here\r\n\r\nA sentence. Another one.\r\n")
    assert "\r" not in article.text
    assert article.title == "Headline here"
    assert [s.text for s in article.sentences] == ["Headline here", "A sentence.", "Another one."]


def test_byline_and_read_more_credit():
    article = parse_article("Storm hits coast\n\nBy Maria Lopez\n\nThe storm arrived at dawn.\n\n"
                            "Read the full story at the Coastal Herald.")
    assert [b.kind for b in article.blocks] == ["title", "credit", "paragraph", "credit"]


def test_single_heading_like_line_between_paragraphs():
    article = parse_article("Title line\n\nFirst paragraph is here. It has two sentences.\n\n"
                            "What happens next\n\nThe second paragraph follows.")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "heading", "paragraph"]


def test_read_more_lead_in_is_a_heading_but_read_more_at_is_a_credit():
    article = parse_article("Title here\n\nA paragraph of text. It ends.\n\nRead more:\n\nFirst linked story\n\n"
                            "Second linked story\n\nRead more at the Coastal Herald.")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "heading", "list_item", "list_item", "credit"]


def test_a_lead_in_glued_to_its_list_is_split_into_items():
    article = parse_article("Title here\n\nThe vote passed. It was close.\n\n"
                            "Related:\nFarmers brace for drought as reservoirs fall\nWhat the bill means for you\n\n"
                            "Share this:\nFacebook\nTwitter\nEmail")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "boilerplate", "list_item", "list_item",
                                                "boilerplate"]
    assert article.blocks[3].text == "Farmers brace for drought as reservoirs fall"


def test_a_wire_credit_in_brackets_is_a_credit():
    article = parse_article("Title here\n\nThe vote passed. It was close.\n\n"
                            "(Reporting by Jane Morrow; Editing by Peter Hall)")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "credit"]


def test_a_run_with_no_sentence_end_is_cut_into_pieces_no_longer_than_the_limit():
    from toolkit.article.sentences import MAX_SENTENCE_CHARS, split_sentences

    text = ("word " * 3000).strip()
    spans = split_sentences(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert " ".join(text[s:e] for s, e in spans) == text  # cut at spaces, nothing lost


def test_when_nltk_stops_punkt_the_block_is_cut_at_full_stops(monkeypatch):
    import toolkit.article.sentences as sentences

    class Stopped:
        def span_tokenize(self, text):
            raise TimeoutError("regex took too long")

    monkeypatch.setattr(sentences, "_tokenizer", lambda: Stopped())
    text = "One sentence here. Another one there. And a third."
    assert [text[s:e] for s, e in sentences.split_sentences(text)] == [
        "One sentence here.", "Another one there.", "And a third."]


def test_many_lines_are_read_in_linear_time():
    """A text of many short lines: each line is looked at once (copying the rest per line was quadratic)."""
    from toolkit.article.sentences import split_sentences

    text = "Short line\nAnother line\n" * 20_000
    assert len(split_sentences(text)) >= 20_000


def test_lines_under_the_title_before_the_first_paragraph_are_its_deck():
    article = parse_article("Town opens new library\n\nA $4 Million Building for 20,000 Readers\n\n"
                            "Doors Open on Saturday\n\nThe town council cut the ribbon on Friday. Parking is free.")
    assert [b.kind for b in article.blocks] == ["title", "heading", "heading", "paragraph"]


def test_four_headline_lines_under_the_title_stay_a_list():
    article = parse_article("Town news\n\nLibrary opens Saturday\n\nRoad closed for repairs\n\nMayor visits school\n\n"
                            "Fair returns in June\n\nThe town council met on Friday. It voted twice.")
    assert [b.kind for b in article.blocks] == ["title"] + ["list_item"] * 4 + ["paragraph"]


@pytest.mark.parametrize("end_mark", ["###", "# # #", "-30-", "-END-"])
def test_a_press_releases_end_mark_is_site_text(end_mark):
    article = parse_article(f"Agency opens office\n\nThe agency opened an office on Monday. It has ten staff.\n\n{end_mark}")
    assert [b.kind for b in article.blocks] == ["title", "paragraph", "boilerplate"]


@pytest.mark.parametrize("text, sentences", [
    ("The plan will help farmers, said R.K. Osei, a trade analyst. He spoke on Monday.",
     ["The plan will help farmers, said R.K. Osei, a trade analyst.", "He spoke on Monday."]),
    ("A letter from E. Jones arrived. It was late.", ["A letter from E. Jones arrived.", "It was late."]),
    ("The prize went to the team of A.B. The next prize went elsewhere.",
     ["The prize went to the team of A.B.", "The next prize went elsewhere."]),
])
def test_initials_stay_with_the_surname_after_them(text, sentences):
    assert [s.text for s in parse_article("Title\n\n" + text).sentences[1:]] == sentences
