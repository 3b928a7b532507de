"""The tokenizer's per-spelling facts and `is_name_word`'s remembered facts give the straightforward answers.

Sentences written for these tests: curly apostrophes, particles ("al-Rashid"), time words,
function words and common openers at the start of a clause, quotes before a capital, a lone
"I", title case, and every sentence twice so that the remembered facts are used.
"""

from __future__ import annotations

import pytest

from toolkit.text import tokens as tokens_module
from toolkit.text.tokens import (OPENING_QUOTES, Token, _common_opener, _function_words, _PARTICLE_CAPITAL,
                                 _PARTICLE_NAME, _TOKEN, _time_words, first_word_index, is_name_word, is_title_case,
                                 name_runs, tokenize)

SENTENCES = [
    "On Monday, Minister Dana al-Rashid told the Riverside Water Board that I\u2019d \u201cnever\u201d seen it.",
    "Officials said: \u201cExperts Say the plan works.\u201d Then Mayor O\u2019Brien left for Paris and Rome.",
    "The Center for Budget and Policy Studies, not the Board of Trade, wrote the report in June.",
    "'Hope' is not a plan. Hope Springs, a town of 5,000 people, votes on 3 May \u2026 Under Secretary Lee agrees.",
    "Why Small Towns Lose Their Doctors And What The State Could Do About It",
    "de-Gaulle and van-Dijk met bin-Salman; ibn-battuta did not; d\u02bcArcy and _private_ stayed home.",
]


def _plain_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tokenize_gives_the_tokens_the_class_makes(sentence: str) -> None:
    text = sentence + " " + sentence
    for start, end in ((0, None), (3, len(sentence) + 9)):
        made, plain = tokenize(text, start, end), _plain_tokens(text, start, end)
        assert made == plain
        assert [(t.low, t.is_word) for t in made] == [(t.low, t.is_word) for t in plain]


def _plain_is_name_word(tokens, i: int, first, title_case: bool = False) -> bool:
    """`is_name_word` worked out from scratch for every occurrence."""
    token = tokens[i]
    if not token.is_word or token.text == "I":
        return False
    if not token.text[0].isupper():
        return bool(_PARTICLE_NAME.match(token.text) and _PARTICLE_CAPITAL.search(token.text))
    low = token.low
    if low in _time_words():
        return False
    if title_case:
        return low not in _function_words()
    starts_clause = i == first or (i > 0 and (tokens[i - 1].text in OPENING_QUOTES + '":.!?\u2026' or
                                              (tokens[i - 1].text == "'" and i > 1 and not tokens[i - 2].is_word)))
    if starts_clause:
        return low not in _function_words() and not _common_opener(low)
    return True


@pytest.mark.parametrize("sentence", SENTENCES)
def test_is_name_word_with_remembered_facts_equals_the_plain_rule(sentence: str) -> None:
    tokens_module._NAME_FACTS.clear()
    tokens = tokenize(sentence + " " + sentence)
    first = first_word_index(tokens)
    for title_case in (False, True):
        for _ in range(2):  # the second round reads the remembered facts
            for i in range(len(tokens)):
                assert is_name_word(tokens, i, first, title_case) == _plain_is_name_word(tokens, i, first, title_case)


def test_the_name_rules_still_tell_names_from_openers() -> None:
    tokens = tokenize(SENTENCES[0])
    runs = [" ".join(t.text for t in tokens[i:j]) for i, j in name_runs(tokens)]
    assert "Minister Dana al-Rashid" in runs and "Riverside Water Board" in runs
    assert not any(run in ("On", "Monday", "I") for run in runs)
    assert is_title_case(tokenize(SENTENCES[4]))


def _plain_is_title_case(tokens) -> bool:
    words = [t for t in tokens if t.is_word and t.text[0].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(1 for t in words if t.is_capitalised) >= 0.8 * len(words)


@pytest.mark.parametrize("sentence", SENTENCES + ["THE WATER BOARD SAYS NO", "Board Says No To New Pipes, 'Too Costly'"])
def test_title_case_counted_in_one_pass_and_remembered_equals_the_plain_rule(sentence: str) -> None:
    tokens = tokenize(sentence)
    for start in range(0, len(tokens), 2):
        for end in range(start + 1, len(tokens) + 1, 3):
            run = tokens[start:end]
            assert is_title_case(run) == is_title_case(run) == _plain_is_title_case(run)
    assert tokens_module._is_title_case(tokens) == _plain_is_title_case(tokens)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_name_flags_by_spelling_read_fresh_equal_is_name_word(sentence: str) -> None:
    # The per-spelling flag tables fill themselves as they are read: emptied, they must give the same answers.
    for table in (tokens_module._FLAG_IN_CLAUSE, tokens_module._FLAG_IN_TITLE, tokens_module._FLAG_OPENING_CLAUSE):
        table.clear()
    tokens_module._NAME_FACTS.clear()
    tokens = tokenize(sentence + " \u201cOfficials\u201d: Monday " + sentence)
    first = first_word_index(tokens)
    for title_case in (False, True):
        flags = tokens_module._name_word_flags(tokens, first, title_case)
        assert flags == [_plain_is_name_word(tokens, i, first, title_case) for i in range(len(tokens))]


def test_token_texts_are_read_again_when_the_run_changes() -> None:
    tokens = tokenize(SENTENCES[1])
    assert tokens_module.token_texts(tokens) == [t.text for t in tokens]
    assert tokens_module.token_texts(tokens) is tokens_module.token_texts(tokens)  # the run asked about last: kept
    tokens.append(Token("Ruiz", 500, 504))  # the same list object, grown: its texts are read again
    assert tokens_module.token_texts(tokens)[-1] == "Ruiz"
    tokens[0] = Token("Lee", 0, 3)  # a first token replaced: read again
    assert tokens_module.token_texts(tokens)[0] == "Lee"
    shorter = tokens[:-2]
    assert tokens_module.token_texts(shorter) == [t.text for t in shorter]
    assert tokens_module.token_texts([]) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_spelling_facts_are_each_tokens_own(sentence: str) -> None:
    for token in tokenize(sentence):
        assert tokens_module.spelling_facts(token.text) == (token.low, token.is_word)


# ----- Punkt on Python's re (toolkit.article.sentences) ----------------------------------------------------

#: Texts written for this test: abbreviations, initials, numbers, ellipses, quotation marks, a list.
PUNKT_TEXTS = [
    "Mr. Hale met Sen. Maria Lopez (D-Ore.) on Jan. 5. They spoke for an hour... Then she left.",
    "The U.S. and the U.K. signed it at 3 p.m. on Friday. Officials said 4.5 percent was fair!",
    "He backed Plan B. The mayor did not. Was it 1,200 or 12.5? Nobody knew.",
    'She said "It is open." Then she left. (The pier closed.) Later it reopened.',
    "J. R. R. Tolkien wrote it, e.g. the first part. i.e. nothing more. No. 5 won.",
    "",
]


@pytest.mark.parametrize("text", PUNKT_TEXTS)
def test_punkt_on_re_splits_as_nltks_own_engine_does(text: str) -> None:
    """The news tokenizer runs NLTK's patterns on `re`: the same parameters with NLTK's own pattern objects
    (its guarded engine on NLTK 3.10) must give the very same sentences."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer

    from toolkit.article.sentences import _tokenizer

    ours = _tokenizer()
    if not hasattr(PunktLanguageVars, "re_boundary_realignment"):
        pytest.skip("NLTK before 3.10 runs Punkt on re already, with another realignment pattern")
    nltks = PunktSentenceTokenizer(ours._params, lang_vars=PunktLanguageVars())
    assert list(ours.span_tokenize(text)) == list(nltks.span_tokenize(text))
