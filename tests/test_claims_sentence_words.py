"""One sentence's words made once (`toolkit.claims.sentence_words`), the rules' pre-checks on them, and the
name flags of a sentence worked out in one pass (`toolkit.text.tokens.name_word_flags`).

A rule that first asks whether its trigger words are in the sentence must give exactly what it gives
when it looks at every sentence: the labels are compared with the pre-checks told that every word is
there, on sentences written here to hold each rule's trigger words.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit.claims.agent_frames as agent_frames
import toolkit.claims.as_frames as as_frames
import toolkit.claims.attribution as attribution
import toolkit.claims.cues as cues
import toolkit.claims.idea_clauses as idea_clauses
import toolkit.claims.judgment as judgment
import toolkit.claims.question_frames as question_frames
import toolkit.claims.source_phrases as source_phrases
from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences, label_text
from toolkit.claims.sentence_words import SentenceWords, sentence_words
from toolkit.text.tokens import DATA_DIR, first_word_index, is_name_word, name_word_flags, tokenize, word_list

#: Sentences written for these tests, each holding the words some pre-checked rule starts from.
SENTENCES = [
    "According to the county clerk, 4,200 people moved away in 2024.",
    "According to experts, the bridge is safe.",
    "Citing two officials, the paper said the talks had failed, as reported by the Harbour Gazette.",
    "The deal, the mayor told the Harbour Gazette, is done.",
    "It is imperative to act now, and one must admit it is high time for a change.",
    "It's wrong that the council waited; one could argue the only answer was the worst mistake of all.",
    "The plan was shamefully and clumsily handled, the clerk said.",
    "Records released by the county show the tax rose, and the study found no harm.",
    "Reports Turkish Troops Have Crossed the Border",
    "SCHOOL BOARD TO VOTE: \u201cWe Will Not Back Down\u201d",
    "Ferry fares to rise: report",
    "Poll: voters split on the new harbour plan",
    "The motion was backed by Ana Ruiz, whose remarks drew applause.",
    "\u201cThe ferry is late,\u201d said Tom Hale, and \u201cnobody knows why.\u201d",
    "The vote on May 9 came at 10 a.m. on Monday, with 55 percent in favour.",
    "Officials familiar with the talks said the biggest problem is the only case for delay.",
    "",
]


def _every_trigger_word() -> frozenset[str]:
    """Every word of every word list, and every trigger word the pre-checks name: with these in a
    sentence's word set, no pre-check can skip its rule."""
    words = {word for path in DATA_DIR.glob("*.txt") for entry in word_list(path.stem).entries for word in entry}
    words |= {word for phrase in attribution._VIA_WORD_SETS for word in phrase}
    words |= {"according", ":", "reports", "it", "it's", "one", "by", "from", *judgment._ARGUED_NOUNS}
    words |= {"most", "least", "as", "asked", "that", *idea_clauses.IDEA_NOUNS}
    return frozenset(words)


def _no_prechecks(monkeypatch: pytest.MonkeyPatch) -> None:
    everything = _every_trigger_word()

    def every_word(tokens):
        words = SentenceWords(tokens)
        words.low_set = words.low_set | everything
        words.joined += "xly x's "  # some word ends in each ending asked about
        return words

    for module in (source_phrases, judgment, cues, agent_frames, as_frames, question_frames, idea_clauses):
        monkeypatch.setattr(module, "sentence_words", every_word)
    monkeypatch.setattr(cues, "_DIGIT", re.compile(""))  # "there may be a digit": every token is looked at


def test_the_words_are_the_tokens_lower_case_in_order_and_as_a_set() -> None:
    tokens = tokenize("The Mayor\u2019s plan, the MAYOR said.")
    words = sentence_words(tokens)
    assert words.lows == [t.low for t in tokens] == ["the", "mayor's", "plan", ",", "the", "mayor", "said", "."]
    assert words.low_set == frozenset(words.lows)


@pytest.mark.parametrize("line", [*SENTENCES, "Sally's rally", "The mayor\u2019s ally, Holly, said so."])
def test_has_ending_is_whether_some_word_ends_so(line: str) -> None:
    words = sentence_words(tokenize(line))
    for ending in ("ly", "'s", "s", "y", "lly", "."):
        assert words.has_ending(ending) == any(low.endswith(ending) for low in words.lows), ending


def test_the_words_are_made_once_per_token_sequence_and_never_mixed_up() -> None:
    tokens = tokenize("Ruiz said so.")
    assert sentence_words(tokens) is sentence_words(tokens)
    other = tokenize("Lee denied it.")
    assert sentence_words(other).lows == ["lee", "denied", "it", "."]
    assert sentence_words(tokens).lows == ["ruiz", "said", "so", "."]  # asked about again: worked out again
    assert sentence_words(list(tokens)) is not sentence_words(tokens)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_prechecks_change_no_label(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    checked = [label.to_dict() for label in label_text(sentence, split=False)]
    _no_prechecks(monkeypatch)
    assert [label.to_dict() for label in label_text(sentence, split=False)] == checked


def test_prechecks_change_no_label_in_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Harbour news\n\n" + "\n\n".join(s for s in SENTENCES if s)
    checked = [label.to_dict() for label in label_sentences(parse_article(text))]
    assert any(label["label"] == "attributed" for label in checked)
    _no_prechecks(monkeypatch)
    assert [label.to_dict() for label in label_sentences(parse_article(text))] == checked


# ----- the name flags of a whole sentence at once -------------------------------------------

#: Lines written to exercise every branch of `is_name_word`: openers, quotes, colons, a lone "I",
#: particles ("al-Assad"), title case, a time word, two single quotes before a word.
NAME_LINES = [
    *SENTENCES,
    "\u201cOfficials\u201d said: Experts agree. I met al-Assad and de-Gaulle in May, ''Where is Ana?'' she asked.",
    "School Board Votes To Close The Harbour Library On Monday",
    "' Tom Hale ' said 'Ruiz' and \u2026 Then Lee spoke.",
]


@pytest.mark.parametrize("line", NAME_LINES)
def test_name_word_flags_equal_is_name_word_for_every_token(line: str) -> None:
    tokens = tokenize(line)
    for first in (first_word_index(tokens), 0, 2, None):
        for title_case in (False, True):
            assert name_word_flags(tokens, first, title_case) == [
                is_name_word(tokens, i, first, title_case) for i in range(len(tokens))], (first, title_case)


@given(st.text(alphabet="Aa Bb.:'\u2019\u201c\"-\u2026I1", max_size=60))
@settings(max_examples=300, deadline=None)
def test_name_word_flags_equal_is_name_word_on_any_text(line: str) -> None:
    tokens = tokenize(line)
    first = first_word_index(tokens)
    assert name_word_flags(tokens, first) == [is_name_word(tokens, i, first) for i in range(len(tokens))]


def test_all_reporting_is_the_union_of_the_four_lists() -> None:
    assert attribution._all_reporting() == frozenset().union(*(word_list(name).words for name in (
        "reporting_verbs", "reporting_verbs_weak", "belief_verbs", "stance_verbs")))


@given(st.text(alphabet="ab ,.\u201c\u201d'-1", max_size=40), st.integers(-2, 45), st.integers(-2, 45))
@settings(max_examples=300, deadline=None)
def test_words_between_counts_what_walking_the_tokens_counts(line: str, start: int, end: int) -> None:
    tokens = tokenize(line)
    sentence = attribution._Sentence(line, tokens, [], 0, len(line))
    assert sentence.words_between(start, end) == sum(
        1 for t in tokens if t.is_word and start <= t.start and t.end <= end)


def test_listed_phrases_of_gives_each_lists_phrases() -> None:
    from toolkit.claims.cues import CUE_LISTS
    from toolkit.claims.judgment import JUDGMENT_LISTS
    from toolkit.claims.phrase_matcher import listed_phrases_of
    from toolkit.text.tokens import find_phrases

    names = (*CUE_LISTS, *JUDGMENT_LISTS, "time_phrases")
    for line in SENTENCES:
        tokens = tokenize(line)
        assert [list(found) for found in listed_phrases_of(tokens, names)] == [
            find_phrases(tokens, word_list(name)) for name in names]
    assert listed_phrases_of(tokenize("Of course."), ()) == []


@given(st.text(alphabet="ab ,.\u201c\u201d'-1", max_size=40), st.integers(-2, 45), st.integers(-2, 45))
@settings(max_examples=300, deadline=None)
def test_indices_starting_in_are_the_tokens_starting_there(line: str, start: int, end: int) -> None:
    tokens = tokenize(line)
    sentence = attribution._Sentence(line, tokens, [], 0, len(line))
    assert set(sentence.indices_starting_in(start, end)) == {
        k for k, t in enumerate(tokens) if start <= t.start < end}


def test_name_word_flags_are_the_callers_own_to_change() -> None:
    tokens = tokenize("Ana Ruiz met the Harbour Board.")
    flags = name_word_flags(tokens, 0)
    flags[0] = not flags[0]
    assert name_word_flags(tokens, 0) == [is_name_word(tokens, i, 0) for i in range(len(tokens))]


@pytest.mark.parametrize("line", NAME_LINES)
def test_lower_case_words_read_by_spelling_are_the_lower_case_tokens(line: str) -> None:
    from toolkit.claims.sentence_labels import _lower_case_words

    tokens = tokenize(line + " " + line.lower())
    assert _lower_case_words(tokens) == frozenset(t.low for t in tokens if t.is_word and t.text.islower())
