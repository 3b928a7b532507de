"""The fourth speed round's shortcuts give the answers the straightforward way gives, on text written here.

Covers `WordIndex` (an article's word starts found by one regular expression, against the module's
own definition of a word), the labeller's one token list per sentence (the same labels as each rule
cutting its own list), and the attribution rules' `_Sentence` reading that very list.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import parse_article
from toolkit.claims import run_memo
from toolkit.claims.attribution import _Sentence
from toolkit.claims.phrase_matcher import listed_phrases
from toolkit.claims.sentence_labels import (_credit_quote_chains, _label_one, _name_book, _quotes_of, _remember,
                                           label_sentences)
from toolkit.text.tokens import find_phrases, tokenize, word_list
from toolkit.text.word_count import PIECE, WordIndex, is_word_piece

#: Written for these tests: names, a quotation, a dash and quote marks standing alone, a headline.
ARTICLE = ("Harbour Ferries Run Late Again\n\n"
           "\u201cThe ferry is late,\u201d said Tom Hale, a harbour pilot \u2014 and nobody knew why.\n\n"
           "Hale said on Monday that the council \u201c would not \u201d pay; Mrs. Okafor disagreed -- loudly.\n\n"
           "According to the county clerk, 4,200 people moved away. Critics say it is a disaster, she said.")


def _word_starts_by_definition(text: str) -> list[int]:
    return [m.start() for m in PIECE.finditer(text) if is_word_piece(m.group())]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1 \n\t.,-\u2014\u201c\u201d'\u00e9_\u00a0")), max_size=60))
def test_word_index_finds_every_piece_the_definition_counts(text: str) -> None:
    assert WordIndex(text)._starts == _word_starts_by_definition(text)


def test_word_index_on_pieces_without_words_and_long_runs() -> None:
    for text in (ARTICLE, "\u2014 \u201c \u201d -- ...", ".,;:!?" * 2000 + " a", "x" * 5000, "", "   "):
        assert WordIndex(text)._starts == _word_starts_by_definition(text)
        assert WordIndex(text).count(0, len(text)) == sum(1 for m in PIECE.finditer(text) if is_word_piece(m.group()))


def test_sentence_reads_the_labellers_own_list_and_copies_anything_else() -> None:
    text = "Tom Hale said the ferry was late."
    tokens = tokenize(text)
    assert _Sentence(text, tokens, [], 0, len(text)).tokens is tokens
    from_tuple = _Sentence(text, tuple(tokens), [], 0, len(text)).tokens
    assert isinstance(from_tuple, list) and from_tuple == tokens


def test_phrases_through_the_shared_list_are_the_lists_own_matches() -> None:
    article = parse_article(ARTICLE)
    layer = article.text_layer
    for sentence in article.sentences:
        tokens = layer.tokens_in(sentence.start, sentence.end)
        s = _Sentence(article.text, tokens, [], sentence.start, sentence.end)
        for name in ("reporting_verbs", "reporting_verbs_weak", "belief_verbs", "stance_verbs", "hedges"):
            assert listed_phrases(s.tokens, name) == find_phrases(tokens, word_list(name))
            assert listed_phrases(list(tokens), name) == find_phrases(tokens, word_list(name))


def test_one_token_list_per_sentence_labels_as_lists_cut_per_rule() -> None:
    """`label_sentences` (one list per sentence, read by the name book, the rules and `_remember`) gives
    the labels of the same steps with a fresh list cut for each reader."""
    article = parse_article(ARTICLE)
    layer = article.text_layer
    quotes_by_block = {b.index: _quotes_of(layer, b.start, b.end) for b in article.blocks}
    with run_memo.labelling_run(article.text):
        book = _name_book(layer, [(s.start, s.end, layer.tokens_in(s.start, s.end)) for s in article.sentences])
        labels, founds = [], []
        for sentence in article.sentences:
            quotes = [q for q in quotes_by_block[sentence.block] if q[1] > sentence.start and q[0] < sentence.end]
            label, found = _label_one(layer, sentence.id, sentence.start, sentence.end, quotes,
                                      article.blocks[sentence.block].kind, book, (),
                                      layer.tokens_in(sentence.start, sentence.end))
            labels.append(label)
            founds.append(found)
            _remember(book, found, layer, sentence.start, sentence.end, layer.tokens_in(sentence.start, sentence.end))
        fresh = _credit_quote_chains(article, labels, founds, quotes_by_block)
    assert label_sentences(article, loaded=()) == fresh
    assert any(label.source == "Tom Hale" for label in fresh)
