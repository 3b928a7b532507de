"""The shared text layer: what every analyzer, scorer and widget agrees a word, a quotation and a name are.

Modules: `tokens` (words with offsets, quotation marks, names, the shared word lists),
`stemmed_words` (stems for lexicon matching), `language` (is this English?), `utf16`
(browser offsets at the widget edge).
"""
