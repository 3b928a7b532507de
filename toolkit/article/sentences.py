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
#: A piece that ends in a person's initials ("said R.K.", "by J.") before the surname that follows.
_INITIALS_END = re.compile(r"(?:^|[\s(\u201c\"])(?:[A-Z]\.){1,3}$")
_SURNAME_START = re.compile(r"^([A-Z][a-z\u2019'\-]+)\b")
_CLOSING_QUOTE_END = re.compile(r"[.!?,][\u201d\u2019\"']\s*$")
_BANG_OR_QUESTION_END = re.compile(r"[!?][\u201d\u2019\"')\]]*\s*$")
_LOWER_START = re.compile(r"^[\"'\u201c\u2018(\[]*[a-z][a-z]")
_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_SHORT_LINE_CHARS = 60
#: Punkt reads a block in pieces of at most this many characters, cut at a space after a full stop
#: where there is one: its cost then grows with the text, and NLTK's time limit per pattern is never near.
PUNKT_PIECE_CHARS = 20_000
#: No sentence is longer than this: a longer run with no sentence end (a table flattened into one
#: line, a page of punctuation) is cut at spaces into pieces of at most this length, so that every
#: analysis of a sentence costs the same per character however the text is shaped.
MAX_SENTENCE_CHARS = 2_000
_NEXT_VISIBLE = re.compile(r"\S")
_NEXT_SPACE = re.compile(r"\s+")
_PIECE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


@lru_cache(maxsize=1)
def _tokenizer():
    from nltk.tokenize.punkt import (_ORTHO_BEG_UC, _ORTHO_MID_LC, PunktLanguageVars, PunktParameters,
                                     PunktSentenceTokenizer, PunktToken)

    # NLTK 3.10 reads this name (its own pattern keeps curly quotes and guillemets on the sentence they close);
    # NLTK 3.9 reads `_re_boundary_realignment`, set to a pattern of ours that does the same for closing marks.
    nltk_realignment = getattr(PunktLanguageVars, "re_boundary_realignment", None)

    class NewsLanguageVars(PunktLanguageVars):
        """Punkt's English rules, with curly quotes kept on the sentence they close, matched by Python's `re`.

        NLTK 3.10 compiles each of its patterns with its ReDoS guard (the `regex` engine, a time limit on
        every call), which more than doubles what Punkt costs an article. These are NLTK's own fixed
        patterns, linear in the text they read, and Punkt is only ever given pieces of at most
        `PUNKT_PIECE_CHARS`: the standard engine finds the very same matches (NLTK 3.9 used it too).
        """

        _re_boundary_realignment = re.compile(
            r"[\"\')\]}\u201d\u2019\u00bb]+?(?:\s+|(?=--)|$)", re.MULTILINE
        )
        if nltk_realignment is not None:
            re_boundary_realignment = re.compile(nltk_realignment.pattern, re.MULTILINE)

        def period_context_re(self) -> re.Pattern:
            return self._plain("_plain_period_context", self._period_context_fmt,
                               NonWord=self._re_non_word_chars, SentEndChars=self._re_sent_end_chars)

        def _word_tokenizer_re(self) -> re.Pattern:
            return self._plain("_plain_word_tokenizer", self._word_tokenize_fmt, NonWord=self._re_non_word_chars,
                               MultiChar=self._re_multi_char_punct, WordStart=self._re_word_start)

        def _plain(self, name: str, fmt: str, **parts: str) -> re.Pattern:
            """NLTK's pattern `fmt` filled in, compiled by `re` once and kept as `name`."""
            pattern = self.__dict__.get(name)
            if pattern is None:
                pattern = self.__dict__[name] = re.compile(fmt % parts, re.UNICODE | re.VERBOSE)
            return pattern

    class NewsToken(PunktToken):
        """Punkt's token, its patterns matched by Python's `re` (see `NewsLanguageVars`)."""

        _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
        _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

        @property
        def is_non_punct(self):
            return _NON_PUNCT.search(self.type)

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    # What training would have taught Punkt: these words are seen in lower case mid-sentence, so
    # a capital one after a lone initial ("backed Plan B. The mayor") starts a new sentence.
    for word in SENTENCE_STARTERS:
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=NewsLanguageVars(), token_cls=NewsToken)


#: A letter or a digit: what Punkt's `is_non_punct` looks for in a token's type.
_NON_PUNCT = re.compile(r"[^\W\d]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return `(start, end)` offsets of the sentences in `text[start:end]`, trimmed of edge space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in _line_groups(text, start, end):
        for piece_start, piece_end in _pieces(text, line_start, line_end, PUNKT_PIECE_CHARS, _PIECE_BREAK):
            spans.extend(_punkt_spans(text, piece_start, piece_end))
    spans = _repair(text, spans)
    return [cut for s, e in spans if (trimmed := _trim(text, s, e))
            for piece in _pieces(text, *trimmed, MAX_SENTENCE_CHARS) if (cut := _trim(text, *piece))]


def _punkt_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentences of `text[start:end]`; if NLTK's time limit stops it, the piece is cut at full stops."""
    segment = text[start:end]
    try:
        return [(start + s, start + e) for s, e in _tokenizer().span_tokenize(segment)]
    except TimeoutError:  # a pathological piece on a busy machine: a plainer rule, never a traceback
        cuts = [start, *(m.end() for m in _PIECE_BREAK.finditer(text, start, end)), end]
        return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _pieces(text: str, start: int, end: int, limit: int, prefer: re.Pattern | None = None):
    """`text[start:end]` cut into pieces of at most `limit` characters (longer if no space allows a cut).

    A cut goes after the last match of `prefer` (a sentence end) inside the limit, else at the
    last space; a piece with neither runs on to the next space.
    """
    while end - start > limit:
        cut = -1
        if prefer is not None:
            for match in prefer.finditer(text, start, start + limit):
                cut = match.end()
        if cut <= start:
            cut = text.rfind(" ", start, start + limit) + 1
        if cut <= start:
            space = _NEXT_SPACE.search(text, start + limit, end)
            if space is None:
                break
            cut = space.end()
        yield start, cut
        start = cut
    if end > start:
        yield start, end


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
        following = _NEXT_VISIBLE.search(text, newline + 1, end)  # not a copy of the rest: many lines stay linear
        if (
            line
            and line[-1] not in _TERMINAL + _CLOSERS + ",;:-\u2013\u2014"
            and len(line) < _SHORT_LINE_CHARS
            and following is not None and following.group().isupper()
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
                or _initials_before_surname(previous, current)
            ):
                repaired[-1] = (prev_s, e)
                continue
        repaired.append((s, e))
    return repaired


def _initials_before_surname(previous: str, current: str) -> bool:
    """ "... said R.K." + "Osei, a trade analyst." is one sentence: initials, then a surname that is no sentence starter."""
    if not _INITIALS_END.search(previous.rstrip()):
        return False
    surname = _SURNAME_START.match(current)
    return bool(surname) and surname.group(1).lower() not in SENTENCE_STARTERS


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in "\u200b\ufeff"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\ufeff"):
        end -= 1
    return (start, end) if start < end else None
