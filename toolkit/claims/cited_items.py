"""Reading-list items in a newsletter: '—"Pier to reopen in May," by the Calder Gazette's Ann Ruiz: http://...'.

A digest links to other papers' stories one line each: an optional kicker in capitals and a dash,
the story's headline in quotation marks ending in a comma, then "by" and the paper's and reporter's
names, often a colon with a link or the story's opening lines. The quotation is a headline, the
title of a work, and the "by" line its byline: nobody in the sentence is speaking, so a sentence
that is mostly this quotation is not read as someone's unnamed words.
"""

from __future__ import annotations

import re
from typing import Sequence

#: What may stand before the headline's opening mark: nothing, or a kicker in capitals and a dash.
_KICKER = re.compile(r"^\s*(?:[A-Z0-9][A-Z0-9 '\u2019&.,!?-]*)?\s*[\u2014\u2013-]?\s*$")
#: Right after the headline's closing mark: "by" and a capitalised name ("by the Times' Ann Ruiz").
_BYLINE = re.compile(r"^\s*by\s+(?:the\s+)?[A-Z]")


def cited_item(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether `text[start:end]` opens with a quoted headline ending in a comma and followed by a byline."""
    inside = [(a, b) for a, b in quotes if start <= a < end]
    if not inside:
        return False
    a, b = inside[0]
    if not _KICKER.match(text[start:a]):
        return False
    title = text[a:b].rstrip("\"'\u201d\u2019 ")
    return title.endswith(",") and bool(_BYLINE.match(text[b:end]))
