"""Speakers named before a colon: transcripts and headlines ("HALE: We never saw it.", "Obama: I Am Hopeful").

Interview transcripts give each turn as the speaker's name, a colon and the words; headlines
often do the same without quotation marks. The words after the colon are the speaker's.
Labels that only look like a speaker ("Editor's Note:", "UPDATE:", "Q:", "Monday:") are not
read as one, so a note in the outlet's own voice stays the outlet's.
"""

from __future__ import annotations

from .cues import make_cue
from .tokens import word_list

#: Words that open a label before a colon, not a speaker: the outlet's own notes and headings.
NOT_SPEAKERS = frozenset({
    "editor", "editor's", "editors", "note", "update", "updated", "correction", "clarification", "photo", "photos",
    "video", "watch", "read", "related", "breaking", "exclusive", "analysis", "opinion", "source", "sources",
    "credit", "warning", "advertisement", "listen", "live", "more", "also", "q", "a", "question", "answer",
    "transcript", "summary", "background", "why", "what", "how", "who", "when", "where", "day", "step", "part",
    "chapter", "map", "chart", "graphic", "poll", "caption", "the", "this", "that", "here", "bottom", "fact",
    "facts", "disclosure", "disclaimer", "tags", "topics", "category", "share", "subscribe", "sign", "contact",
    "email", "tel", "phone", "fax", "web", "website", "address", "location", "date", "time", "price", "cost",
    "result", "results", "score", "final", "total", "lesson", "exercise", "example", "tip", "tips", "rule",
    "verdict", "bonus", "plus", "p.s", "ps", "nb", "re", "subject", "from", "to", "cc", "by", "via",
})
#: At most this many words may name the speaker before the colon.
MAX_NAME_WORDS = 4
#: And at least this many words must follow it.
MIN_WORDS_AFTER = 3


def speaker_colon_frames(s, book):
    """Yield (Attribution, []) for "NAME: words" at the start of a sentence (see the module's doc)."""
    from .attribution import STRENGTH, Attribution, _resolve, _source_cue, _title_stop, describe

    tokens = s.tokens
    first = s.first
    if first is None:
        return
    colon = next((k for k in range(first + 1, min(len(tokens), first + 2 * MAX_NAME_WORDS + 1))
                  if tokens[k].text == ":"), None)
    if colon is None or s.in_quote(colon):
        return
    name_tokens = [k for k in range(first, colon) if tokens[k].is_word]
    after = [t for t in tokens[colon + 1:] if t.is_word]
    if len(name_tokens) == 1 and (tokens[first].low,) in word_list("documents").entries and \
            len(after) >= MIN_WORDS_AFTER and not s.in_quote(colon):
        yield _document_label(s, first, colon)  # "Poll: Trump and Clinton hold narrow leads"
        return
    if not 1 <= len(name_tokens) <= MAX_NAME_WORDS or tokens[first].low in NOT_SPEAKERS:
        return
    if any(tokens[k].low in NOT_SPEAKERS and k == name_tokens[-1] for k in name_tokens):
        return  # "Editor's Note:", "Photo Credit:"
    time_words = word_list("time_words").words
    for k in range(first, colon):
        token = tokens[k]
        if token.is_word:
            if not token.text[:1].isupper() or token.low in time_words or token.has_digit:
                return
        elif not _title_stop(s, k) and token.text not in ("-", "'"):
            return
    if len(after) < MIN_WORDS_AFTER:
        return
    display, named, span, person = describe(s, first, colon)
    display, person, resolved_from = _resolve(display, named, person, book)
    if not named:
        return
    if display.isupper() and len(display) > 2:
        display = display.title()  # "HALE" in a transcript is Hale
    frame = (tokens[first].start, tokens[colon].end)
    cue = make_cue(s.text, frame[0], frame[1], "quotation",
                   f"A name and a colon: what follows is given as {display}'s own words (a transcript or a "
                   "headline quoting them).", family="speaker_colon")
    yield (Attribution(display, "quotation", STRENGTH["named"], True, frame, ((tokens[colon].end, s.end),),
                       (cue, _source_cue(s, display, named, span, resolved_from)), person=person), [])


def _document_label(s, first: int, colon: int):
    """ "Poll: ...", "Report: ...": a headline that hands its claim to a document it does not name."""
    from .attribution import STRENGTH, Attribution

    tokens = s.tokens
    word = tokens[first].text
    frame = (tokens[first].start, tokens[colon].end)
    cue = make_cue(s.text, frame[0], frame[1], "document",
                   f"\u201c{word}:\u201d at the start of a headline credits what follows to a {word.lower()} it "
                   "does not name.", family="headline_report")
    return (Attribution(f"unnamed {word.lower()}", "document", STRENGTH["unnamed"], False, frame,
                        ((tokens[colon].end, s.end),), (cue,)), [])
