"""Sentence boundaries inside a block, with NLTK's Punkt and no downloaded model.

Punkt normally loads parameters trained on a corpus (`punkt_tab`), which NLTK downloads.
We build the parameters here instead: abbreviations that news writing uses, words that
often start a sentence, and closing quotes (curly ones too) that belong to the sentence
they end. A few repair rules run after Punkt for what it cannot know without training.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Abbreviations (lower case, without the final period) that do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cmdr sgt cpl pvt adm brig gov sen rep reps rev pres
    supt det insp hon amb st jr sr fr sr ph.d m.d b.a m.a m.sc d.phil esq
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.k u.n e.u d.c n.y l.a u.s.a u.a.e u.s.s.r n.j n.h s.c n.c
    a.m p.m e.g i.e etc vs v cf al approx est dept univ assn bros inc corp co ltd plc llc
    fig figs vol vols pp ed eds no nos ave blvd rd mt ft hwy sq
    ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mont neb nev okla
    ore pa tenn tex va vt wash wis wyo
    """.split()
)

#: Capitalised words that usually begin a sentence, so "... in the U.S. The next day" splits.
SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those he she it they we i you his her its their our my there here
    but and so yet however meanwhile still also then now today yesterday in on at after before
    when while if although though because since as what who why how where according officials
    some many most many several one two three no not only
    """.split()
)

_REPORTING_TAIL = re.compile(
    r"^(?:[A-Z][\w.\-\u2019']*\s+){1,4}(?:said|says|added|adds|noted|notes|wrote|writes|explained|stated|"
    r"asked|replied|continued|argued|insisted|told\s+\w+(?:\s+\w+){0,3})\s*[.!]?[\u201d\"]?\s*$"
)
_CLOSING_QUOTE_END = re.compile(r"[.!?,][\u201d\u2019\"']\s*$")
_BANG_OR_QUESTION_END = re.compile(r"[!?][\u201d\u2019\"')\]]*\s*$")
_LOWER_START = re.compile(r"^[\"'\u201c\u2018(\[]*[a-z][a-z]")
_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_SHORT_LINE_CHARS = 60


@lru_cache(maxsize=1)
def _tokenizer():
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class NewsLanguageVars(PunktLanguageVars):
        """Punkt's English rules, with curly quotes kept on the sentence they close."""

        _re_boundary_realignment = re.compile(
            r"[\"\')\]}\u201d\u2019\u00bb]+?(?:\s+|(?=--)|$)", re.MULTILINE
        )

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params, lang_vars=NewsLanguageVars())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return `(start, end)` offsets of the sentences in `text[start:end]`, trimmed of edge space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_groups(text, start, end):
        segment = text[line_start:line_end]
        for s, e in _tokenizer().span_tokenize(segment):
            spans.append((line_start + s, line_start + e))
    spans = _repair(text, spans)
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _line_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at line breaks that end a sentence without punctuation (a short unpunctuated line)."""
    groups = []
    group_start = start
    pos = start
    while True:
        newline = text.find("\n", pos, end)
        if newline == -1:
            break
        line = text[pos:newline].strip()
        following = text[newline + 1:end].lstrip()
        if (
            line
            and line[-1] not in _TERMINAL + _CLOSERS + ",;:-\u2013\u2014"
            and len(line) < _SHORT_LINE_CHARS
            and following[:1].isupper()
        ):
            groups.append((group_start, newline))
            group_start = newline + 1
        pos = newline + 1
    groups.append((group_start, end))
    return groups


def _repair(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces Punkt split wrongly: a lower-case continuation, or a quote's "Isik said." tail."""
    repaired: list[tuple[int, int]] = []
    for s, e in spans:
        if repaired:
            prev_s, prev_e = repaired[-1]
            previous, current = text[prev_s:prev_e], text[s:e]
            same_line = "\n" not in text[prev_e:s]
            if same_line and (
                (_LOWER_START.match(current) and previous.rstrip()[-1:] not in ":")
                or (_CLOSING_QUOTE_END.search(previous) and _REPORTING_TAIL.match(current))
            ):
                repaired[-1] = (prev_s, e)
                continue
        repaired.append((s, e))
    return repaired


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\ufeff"):
        end -= 1
    return (start, end) if start < end else None
