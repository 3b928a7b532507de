"""Finding the blocks of an article and what kind each one is.

A web article is more than prose: a headline, a list of links to other stories, a photo
caption, a credit line, the site's boilerplate. Readability and opinion measures go wrong
when they treat those as paragraphs, so each block gets a kind by general rules about its
shape (line length, final punctuation, runs of similar lines) and a few wording patterns
that credit lines and boilerplate share across sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.text.frozen_records import quick_maker
from toolkit.text.word_count import count_words
from toolkit.article.block_kinds import KIND_NAMES as BLOCK_KINDS  # noqa: F401  (the kinds this module assigns)

#: A one-line block of at most this many words, with no final full stop, may be a headline.
HEADLINE_MAX_WORDS = 25
#: A lone line between paragraphs of at most this many words, unpunctuated, is a heading.
HEADING_MAX_WORDS = 12
#: Boilerplate and credit lines are short.
BOILERPLATE_MAX_WORDS = 16
CREDIT_MAX_WORDS = 40

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*")
_EDGE_SPACE = " \t\n\u00a0\u2009\u200b\u3000"
_BULLET = re.compile(r"^[ \t]*(?:[-*+\u2022\u2023\u25e6\u2043\u2219]|\d{1,3}[.)])[ \t]+(?=\S)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?=\S)")
_CLOSERS = "\"'\u201d\u2019)]\u00bb*_"
_SENTENCE_END = ".!?\u2026"

#: Captions are short: a longer block is never read as one.
CAPTION_MAX_WORDS = 100
# A photo credit at the end of a block ("REUTERS/Jane Doe", "(AP Photo/Jane Doe)") ...
_CAPTION_END = re.compile(
    r"(?:\b(?:REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|Getty(?:\s+Images)?|Xinhua|TASS|Sputnik|UPI|ANSA|"
    r"dpa|DPA|Anadolu|Bloomberg|Shutterstock|Associated\s+Press|Pool)(?:\s+Photo)?\s*/\s*[A-Z][\w.\-\u2019' ]+\)?"
    r"|\((?:AP|AFP|Reuters|Getty)\s+Photo[^)]*\))\s*$"
)
# ... or a caption label at its start, or a photo credit phrase anywhere in it.
_CAPTION_START = re.compile(r"^\s*\(?(?:Photo|Image|Picture|Caption|File\s+photo|Photograph)\s*(?:credit)?\s*[:(]")
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Image|Picture)s?\s+(?:by|courtesy\s+of|credit:?)\s+[A-Z]")
_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?:full\s+(?:article|story|report)\s*:|original(?:ly)?\s+(?:published|posted|appeared|article|source)"
    r"|this\s+(?:article|story|piece|report)\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:published|appeared|ran)"
    r"|first\s+(?:published|appeared)|source\s*:|sources\s*:|read\s+(?:the\s+)?(?:full|original|rest)\b|read\s+more\s+(?:at|on|from|in)\b"
    r"|republished\s+(?:from|with|by|under)|reprinted\s+(?:from|with|by)|via\s*:|h/t\b|hat\s+tip"
    r"|(?:reporting|writing|editing|additional\s+reporting)\s+by\s)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(?:By|Written by|Story by|Article by|Words by)\s*:?\s+[A-Z][\w.\-\u2019']*"
    r"(?:\s+(?:[A-Z][\w.\-\u2019']*|and|&|de|van|von|da|bin))*\s*(?:[,|/\u2013\u2014-]\s*[\w .&\u2019']+)?$"
)
_BOILERPLATE = re.compile(
    r"^\s*(?:comments?\s+are\s+(?:closed|disabled|off)|leave\s+a\s+(?:comment|reply)|share\s+this|like\s+this\s*:"
    r"|related(?:\s+(?:posts|articles|stories|content))?\s*:?\s*$|click\s+here|subscribe|sign\s+up|newsletter"
    r"|follow\s+us|all\s+rights\s+reserved|\u00a9|copyright\s+(?:\u00a9|\(c\)|\d{4})|advertisement\s*$"
    r"|filed\s+under|tags?\s*:|posted\s+in|categories\s*:|loading\.\.\.|continue\s+reading|you\s+may\s+also\s+like"
    r"|print\s+this|email\s+this|share\s+on\s+(?:facebook|twitter|x)\b|join\s+the\s+discussion|\d+\s+comments?\s*$"
    r"|no\s+comments|be\s+the\s+first\s+to\s+comment|report\s+an\s+error|support\s+our\s+(?:work|journalism)"
    r"|donate\b|read\s+next\s*:?|more\s+from\b.*:\s*$|watch\s*:\s*$"
    # A press release's end mark: "###", "# # #", "-30-", "-END-".
    r"|#\s*#\s*#\s*$|-\s*30\s*-\s*$|-\s*ends?\s*-\s*$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RawBlock:
    """A block's kind and its `[start, end)` offsets in the article text, before numbering."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    text: str
    bullet: bool = False
    md_heading: bool = False


#: One `_Unit` per line or paragraph: made without the frozen guard's cost (toolkit.text.frozen_records).
_make_unit_record = quick_maker(_Unit)


def find_blocks(text: str, *, title_line: bool = True, markdown: bool = False) -> list[RawBlock]:
    """Split `text` into typed blocks.

    `title_line` says whether a short first line should be read as the title (plain-text
    articles put it there); `markdown` allows `#` headings to mark the title and headings.
    """
    units = list(_units(text, markdown=markdown))
    if not units:
        return []
    kinds: list[str | None] = [None] * len(units)

    first = 0
    if markdown and units[0].md_heading:
        kinds[0] = "title"
        first = 1
    elif title_line and len(units) > 1 and _is_title_line(units[0].text):
        kinds[0] = "title"
        first = 1

    for i in range(first, len(units)):
        kinds[i] = _kind_by_pattern(units[i])

    _mark_deck(units, kinds, first)
    _mark_lists(units, kinds)

    for i, unit in enumerate(units):
        if kinds[i] is None:
            kinds[i] = _kind_by_shape(units, kinds, i)
    return [RawBlock(kind or "paragraph", u.start, u.end) for kind, u in zip(kinds, units)]


def _units(text: str, *, markdown: bool) -> list[_Unit]:
    """Chunks between blank lines; a chunk of list lines or headline lines becomes one unit per line."""
    units: list[_Unit] = []
    pos = 0
    for match in list(_BLANK_LINES.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        units.extend(_split_chunk(text, pos, end, markdown=markdown))
        if match:
            pos = match.end()
    return units


def _split_chunk(text: str, start: int, end: int, *, markdown: bool) -> list[_Unit]:
    lines = _line_spans(text, start, end)
    if not lines:
        return []
    bullets = [bool(_BULLET.match(text[s:e])) for s, e in lines]
    headings = [markdown and bool(_MD_HEADING.match(text[s:e])) for s, e in lines]
    headline_lines = [_is_headline_line(text[s:e]) for s, e in lines]
    # "Related:" then a headline per line, with no blank lines between them: a lead-in and its list.
    # ("Share this:" over a column of button names stays one block of site text.)
    first_line = text[lines[0][0]:lines[0][1]]
    buttons = _BOILERPLATE.match(first_line) and all(word_count(text[s:e]) <= 3 for s, e in lines[1:])
    lead_in_then_list = len(lines) > 1 and all(headline_lines[1:]) and _is_lead_in(first_line) and not buttons
    one_per_line = len(lines) > 1 and (all(bullets) or all(headline_lines) or lead_in_then_list)
    if len(lines) > 1 and not one_per_line and (any(bullets[1:]) or any(headings)):
        # A heading or a list glued to a paragraph without a blank line: split at those lines.
        return _split_at_marked_lines(text, lines, bullets, headings)
    if one_per_line:
        return [u for (s, e), b, h in zip(lines, bullets, headings) if (u := _make_unit(text, s, e, b, h))]
    unit = _make_unit(text, lines[0][0], lines[-1][1], bullets[0], headings[0])
    return [unit] if unit else []


def _split_at_marked_lines(text, lines, bullets, headings) -> list[_Unit]:
    """Each marked line (bullet or '#' heading) is a unit; runs of other lines between them are one unit each."""
    units: list[_Unit | None] = []
    run: tuple[int, int] | None = None  # (start, end) of the current run of unmarked lines
    for (s, e), bullet, heading in zip(lines, bullets, headings):
        if bullet or heading:
            if run is not None:
                units.append(_make_unit(text, run[0], run[1], False, False))
                run = None
            units.append(_make_unit(text, s, e, bullet, heading))
        else:
            run = (run[0] if run else s, e)
    if run is not None:
        units.append(_make_unit(text, run[0], run[1], False, False))
    return [u for u in units if u]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline == -1 else newline
        if text[pos:line_end].strip(_EDGE_SPACE):
            spans.append((pos, line_end))
        pos = line_end + 1
    return spans


def _make_unit(text: str, start: int, end: int, bullet: bool, md_heading: bool) -> _Unit | None:
    segment = text[start:end]
    marker = (_BULLET.match(segment) if bullet else None) or (_MD_HEADING.match(segment) if md_heading else None)
    if marker:
        start += marker.end()
    while start < end and text[start] in _EDGE_SPACE:
        start += 1
    while end > start and text[end - 1] in _EDGE_SPACE:
        end -= 1
    if md_heading:
        while end > start and text[end - 1] == "#":
            end -= 1
        while end > start and text[end - 1] in _EDGE_SPACE:
            end -= 1
    if start >= end:
        return None
    return _make_unit_record(start, end, text[start:end], bullet, md_heading)


def word_count(text: str) -> int:
    """Words as every count in the toolkit counts them (`toolkit.text.word_count`)."""
    return count_words(text)


def _final_char(text: str) -> str:
    stripped = text.rstrip(_EDGE_SPACE + _CLOSERS)
    return stripped[-1:] if stripped else ""


def _is_title_line(text: str) -> bool:
    words = word_count(text)
    return "\n" not in text and 0 < words <= 30 and _final_char(text) not in ".;,"


def _is_lead_in(text: str) -> bool:
    """A short line ending in ':' that introduces what follows ("For further information, see:")."""
    return "\n" not in text and text.rstrip(_EDGE_SPACE).endswith(":") and word_count(text) <= 2 * HEADING_MAX_WORDS


def _is_headline_line(text: str) -> bool:
    # The cheap tests first: most lines are sentences ending in a full stop, and need no count.
    return "\n" not in text and _final_char(text) not in ".;,:" and 0 < word_count(text) <= HEADLINE_MAX_WORDS


def _kind_by_pattern(unit: _Unit) -> str | None:
    if unit.md_heading:
        return "heading"
    if unit.bullet:
        return "list_item"
    # Each pattern first, its word limit after: most paragraphs match none, and then need no count.
    text = unit.text
    if _BOILERPLATE.match(text) and word_count(text) <= BOILERPLATE_MAX_WORDS:
        return "boilerplate"
    if (_CREDIT.match(text) or _BYLINE.match(text)) and word_count(text) <= CREDIT_MAX_WORDS:
        return "credit"
    if _looks_like_caption(text) and word_count(text) <= CAPTION_MAX_WORDS:
        return "caption"
    return None


def _looks_like_caption(text: str) -> bool:
    """A photo credit at the end, a caption label at the start, or a photo credit phrase anywhere. The
    searches that may match anywhere run only where the words they need are there: an agency's credit
    ends in "/ Name" or "(AP Photo ...)", a credit phrase names a "Photo", "Image" or "Picture"."""
    tail = text[-120:]
    if ("/" in tail or "Photo" in tail) and _CAPTION_END.search(tail):
        return True
    if _CAPTION_START.match(text):
        return True
    return ("Photo" in text or "Image" in text or "Picture" in text) and _PHOTO_CREDIT.search(text) is not None


#: A deck (the subheadlines under a title) is one to three lines; a longer run is a list.
DECK_MAX_LINES = 3


def _mark_deck(units: list[_Unit], kinds: list[str | None], first: int) -> None:
    """One to three headline-like lines between the title and the first paragraph are its deck, not a list."""
    if first == 0:
        return
    i = first
    while i < len(units) and kinds[i] is None and not units[i].bullet and _is_headline_line(units[i].text):
        i += 1
    if 0 < i - first <= DECK_MAX_LINES and i < len(units) and kinds[i] is None and not _is_headline_line(units[i].text):
        for k in range(first, i):
            kinds[k] = "heading"


def _mark_lists(units: list[_Unit], kinds: list[str | None]) -> None:
    """Runs of two or more headline-like lines, or any such lines after a lead-in ending in ':', are list items."""
    i = 0
    while i < len(units):
        if kinds[i] is None and _is_headline_line(units[i].text):
            j = i
            while j < len(units) and kinds[j] is None and _is_headline_line(units[j].text):
                j += 1
            after_lead_in = i > 0 and units[i - 1].text.rstrip(_EDGE_SPACE).endswith(":")
            if j - i >= 2 or after_lead_in:
                for k in range(i, j):
                    kinds[k] = "list_item"
            i = max(j, i + 1)
        else:
            i += 1


def _kind_by_shape(units: list[_Unit], kinds: list[str | None], i: int) -> str:
    """A lead-in line before a list, or a short unpunctuated line before prose, is a heading."""
    text = units[i].text
    next_kind = kinds[i + 1] if i + 1 < len(units) else "end"
    if next_kind == "list_item" and _is_lead_in(text):
        return "heading"
    if "\n" not in text and _final_char(text) not in _SENTENCE_END + ",;:" and word_count(text) <= HEADING_MAX_WORDS:
        if next_kind in (None, "paragraph", "list_item"):
            return "heading"
    return "paragraph"
