"""Sentences printed twice highlighted once, and quoted feelings left to the speaker: kinds of over-counting seen on real news,
each checked on sentences written for these tests."""

from __future__ import annotations

from toolkit import parse_article
from toolkit.loaded import density, detect
from toolkit.loaded.repeats import MIN_REPEATED_SENTENCE_WORDS, SeenSentences, copy_key
from toolkit.text import tokenize


def texts(text: str) -> list[str]:
    return [s.text.lower() for s in detect(text)]


def test_a_term_repeated_in_one_sentence_is_shown_each_time():
    # Repetition can be the device itself ("an enemy of NATO, but an enemy of America").
    text = "The council's scheme is a disgrace, a disgrace to every family on the estate."
    assert texts(text) == ["disgrace", "disgrace"]


def test_a_sentence_printed_again_word_for_word_is_not_highlighted_twice():
    text = ("Council hides the shameful truth about the bridge\n\n"
            "Council hides the shameful truth about the bridge.\n"
            "The report was published on Monday.")
    spans = detect(text)
    assert [s.text for s in spans] == ["shameful"]
    assert spans[0].start == text.index("shameful")


def test_a_short_sentence_repeated_by_chance_keeps_its_highlights():
    text = "What a disgrace! The vote went ahead anyway. What a disgrace!"
    assert texts(text) == ["disgrace", "disgrace"]


def test_copy_keys_are_the_shared_tokens_words_whatever_the_spacing_capitals_and_punctuation():
    def key(sentence: str):
        return copy_key(tokenize(sentence))

    assert key("The  Mayor resigned, at last, on Friday!") == key("the mayor resigned at last on friday.")
    assert key("The mayor\u2019s deputy resigned on Friday.") == key("The mayor's deputy resigned on Friday.")
    assert key("Too short to be a copy.") is not None
    assert key("Far too short.") is None
    assert MIN_REPEATED_SENTENCE_WORDS == 5
    seen = SeenSentences()
    assert [seen.repeated(tokenize(s)) for s in ("One two three four five.", "One two three four five!", "Six.")] == \
        [False, True, False]


def test_a_repeated_title_in_an_article_is_highlighted_where_it_first_stands():
    article = parse_article("# Shameful deal leaves the harbour town waiting\n\n"
                            "Shameful deal leaves the harbour town waiting.\n\n"
                            "The ferry company signed the contract on Tuesday.\n")
    spans = detect(article)
    assert [s.text for s in spans] == ["Shameful"]
    assert article.blocks[spans[0].block].kind == "title"


def test_a_feeling_in_someones_quoted_speech_is_left_to_the_speaker():
    text = "\u201cWe are heartbroken and miserable,\u201d said the owner of the flooded bakery."
    assert detect(text) == []
    writer = "The owners were left heartbroken by the council's decision."
    assert [s.source for s in detect(writer)] == ["sentiment"]


def test_a_listed_loaded_word_in_quoted_speech_is_still_shown_as_quoted():
    text = "\u201cThis is a disgrace,\u201d said the owner of the flooded bakery."
    shown = detect(text)
    assert [(s.text, s.voice, s.source) for s in shown] == [("disgrace", "quoted", "lexicon")]


def test_scare_quotes_around_a_strong_word_still_count_as_the_writers():
    text = "The council's \u201cheartbroken\u201d officials approved the plan within the hour."
    assert "heartbroken" in texts(text)


def test_a_massacre_in_a_story_about_a_shooting_is_the_event_itself():
    # "shooting" beside it shows the real event; the plain sense then holds for the whole text.
    text = ("Police said the shooting at the fairground was the worst massacre in the county's history. "
            "A week after the massacre, the fairground reopened.")
    assert detect(text) == []
    assert [s.text for s in detect("The referee watched the massacre of the visiting team, 9-0.")] == ["massacre"]
