"""The normal form of a short written answer, so "the Daily Caller." matches "Daily Caller".

What does not count against a student: case, accents ("Isik" for "Işık"), punctuation,
curly or straight quotes, extra spaces, and the articles "the", "a", "an". What still
counts: every other word and its spelling. Instructors list the spellings they accept.
"""

from __future__ import annotations

import re
import unicodedata

from toolkit.text.tokens import tokenize

ARTICLES = frozenset({"the", "a", "an"})
#: Letters that have no decomposed form but a plain-ASCII reading.
_FOLD = str.maketrans({"\u0131": "i", "\u00df": "ss", "\u00f8": "o", "\u0142": "l", "\u00e6": "ae", "\u0153": "oe",
                       "\u0111": "d", "\u00f0": "d", "\u00fe": "th"})
_JOINERS = re.compile(r"[^\W_]+")


def normal_form(text: str) -> str:
    """Lower case, accents and punctuation removed, articles dropped, words joined by one space."""
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = plain.replace("&", " and ")
    plain = re.sub(r"(?<=\w)['\u2019](?=\w)", "", plain)  # "Russia's" -> "russias", "don't" -> "dont"
    # The shared tokenizer's words, split where a hyphen or a dot joins them ("world-war" = "world war").
    pieces = (piece for token in tokenize(plain) if token.is_word for piece in _JOINERS.findall(token.text))
    words = [word for word in pieces if word not in ARTICLES]
    return " ".join(words)
