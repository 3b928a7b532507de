"""The shared text layer: what every analyzer, scorer and widget agrees a word, a quotation and a name are.

    article.text_layer.tokens_in(start, end)     # the one tokenizer's tokens, made once per article
    article.text_layer.quotations                # the one quotation finder's quotations
    article.word_count(start, end)               # the one definition of a counted word

Modules: `tokens` (the tokenizer, names, the shared word lists and the one reporting-verb
list), `quotations` (quotation marks, in one linear pass), `word_count` (what counts as a
word for every printed count), `layer` (all three, cached on an article), `stemmed_words`
(the lexicon's view of the tokens), `language` (is this English?), `utf16` (browser
offsets at the widget edge), `collector` (the cycle collector paused during long work).
"""

from __future__ import annotations

from toolkit.text.layer import TextLayer
from toolkit.text.quotations import Quotation, find_quotations
from toolkit.text.tokens import Token, reporting_verbs, tokenize
from toolkit.text.word_count import count_words

__all__ = ["Quotation", "TextLayer", "Token", "count_words", "find_quotations", "reporting_verbs", "tokenize"]
