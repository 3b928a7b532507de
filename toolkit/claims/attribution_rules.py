"""Finding a sentence's attributions: the entry point and the frames with no verb of saying in front.

Part of `toolkit.claims.attribution` (the facade other code imports from). `find_attributions`
runs every frame over one sentence: the reporting-verb frames (`toolkit.claims.reporting_frames`)
and, here, "according to X", documents ("records show", "a report by X found"), headline forms
("TURKEY TO U.S.: ...", "..., Report Says"), passed-on words ("as quoted in TASS", "citing
officials": the `via`), quotation marks, and speakers before a colon in transcripts and headlines
("HALE: We never saw it.").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Iterable, Sequence

from toolkit.claims.document_participles import (MAKING_PUBLIC, PUBLISHING, RECEIVING, after_outlet, outlet_start,
                                                past_publishing)
from toolkit.claims.cues import Cue, make_cue, quoted, why_for
from toolkit.claims.according_measures import measure_follows
from toolkit.claims.idiom_sayings import idiom_saying
from toolkit.claims.cited_items import cited_item
from toolkit.claims.quoted_headings import quoted_heading
from toolkit.claims.colon_lists import names_list_after
from toolkit.claims.group_heads import summary_start
from toolkit.claims.people import opening_verb
from toolkit.claims.named_documents import according_document_nouns, document_noun_at
from toolkit.text.frozen_records import quick_maker
from toolkit.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token, word_list
from toolkit.claims.attribution_model import (ADDRESSEE_PHRASES, Attribution, BARE_DOCUMENTS, CITING_PHRASES, DETERMINERS, Found,
                                              LONG_QUOTE_WORDS, NAMING_VERBS, NameBook, QUOTE_SHARE_FOR_ATTRIBUTION,
                                              STRENGTH, VIA_PHRASES, _VIA_KEY_WORDS, _VIA_WORD_SETS)
from toolkit.claims.heading_kickers import heading_kicker
from toolkit.claims.source_phrases import (_Sentence, _all_reporting, _describe_knowing, _forward_phrase, _title_stop,
                                           describe, read_sentence)
from toolkit.claims.subject_readers import _forward_subject, _resolve, _scope, _source_cue
from toolkit.claims.reporting_frames import _reporting_frames

#: One `Found` per sentence: made without the frozen guard's cost (toolkit.text.frozen_records).
_make_found = quick_maker(Found)


# ----- the rules ----------------------------------------------------------------------------

def find_attributions(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int, end: int,
                      book: NameBook | None = None) -> Found:
    """Attributions and vague-crowd cues in the sentence `text[start:end]` (tokens and quotes given)."""
    book = book or NameBook()
    s = read_sentence(text, tokens, quotes, start, end)
    found: list[Attribution] = []
    cues: list[Cue] = []
    used: set[int] = set()
    # "according to a Federal Elections Commission report": the document noun is no verb of saying
    nouns = according_document_nouns(s.tokens, lambda w: (w,) in word_list("documents").entries) \
        if "according" in s.low_set else set()

    for attribution, extra in (*_reporting_frames(s, book), *_according_to(s, book), *_documents(s, book),
                               *_headline_frames(s, book), *_speaker_colon_frames(s, book)):
        if attribution is not None:
            frame_tokens = set(s.indices_starting_in(*attribution.frame))
            if frame_tokens & used or (nouns and attribution.kind == "reporting_verb" and frame_tokens & nouns):
                continue
            used |= frame_tokens
            found.append(attribution)
        cues.extend(extra)

    found = _attach_via(s, book, found, cues)
    quote_found, quote_cues = _quotations(s, found)
    found.extend(quote_found)
    cues.extend(quote_cues)
    return _make_found(tuple(found), tuple(sorted(cues, key=lambda c: (c.start, c.end))))


def _according_to(s: _Sentence, book: NameBook):
    if "according" not in s.low_set:
        return
    for i in range(len(s.tokens) - 2):
        if s.low(i) != "according" or s.low(i + 1) != "to" or s.in_quote(i):
            continue
        phrase_at = i + 2
        if measure_follows(s.tokens, phrase_at):
            continue  # "according to the number of votes", "according to plan": no one is credited
        frame_cue = make_cue(s.text, s.tokens[i].start, s.tokens[i + 1].end, "according_to",
                             "\u201caccording to\u201d hands the claim to someone else: the writer reports it, "
                             "the source stands behind it.", family="according_to")
        named_doc = document_noun_at(s.tokens, phrase_at, lambda w: (w,) in word_list("documents").entries)
        document = _document_phrase(s, book, phrase_at, named_doc, frame_cue) if named_doc is not None else None
        document = document or _document_at(s, book, phrase_at, frame_cue)  # "according to a CNN/WMUR poll"
        if document is not None and document[0] is not None and _in_relative_clause(s, i):
            # "X, which, according to a report, provides ...": the report stands behind the clause only
            document = (replace(document[0], scope=((document[0].frame[1], s.end),)), document[1])
        if document is not None:
            yield document
            continue
        subject = _forward_subject(s, phrase_at)
        vague = word_list("vague_crowd")
        if subject is None:
            for size in (3, 2, 1):
                if phrase_at + size <= len(s.tokens) and \
                        tuple(t.low for t in s.tokens[phrase_at:phrase_at + size]) in vague.entries:
                    span = (s.tokens[i].start, s.tokens[phrase_at + size - 1].end)
                    yield None, [make_cue(s.text, *span, "weasel", why_for("vague_crowd", s.text[span[0]:span[1]]),
                                          family="vague_crowd")]
                    break
            else:
                subject = _plain_phrase(s, phrase_at)  # "according to a lawsuit filed in May"
            if subject is None:
                continue
        a, b, kind = subject
        frame = (s.tokens[i].start, s.tokens[b - 1].end)
        at_start = i <= (s.first or 0) + 1
        if at_start or _in_relative_clause(s, i):
            scope = ((frame[1], s.end),)
        else:
            scope = tuple(x for x in ((s.start, frame[0]), (frame[1], s.end)) if s.words_between(*x) >= 2)
        if kind == "pronoun":
            continue
        display, named, span, person = _describe_knowing(s, a, b, len(s.tokens))  # "a person close to the talks"
        display, person, resolved_from = _resolve(display, named, person, book)
        yield (Attribution(display, "according_to", STRENGTH["named" if named else "described"], named, frame, scope,
                           (frame_cue, _source_cue(s, display, named, span, resolved_from)), person=person), [])


def _in_relative_clause(s: _Sentence, i: int) -> bool:
    """Whether "according to" at token `i` opens a relative clause ("X, which, according to Y, does Z"):
    Y stands behind the clause only, not the writer's words about X before it."""
    return i >= 2 and s.tokens[i - 1].text == "," and s.low(i - 2) in ("which", "who", "that", "where")


def _plain_phrase(s: _Sentence, j: int):
    """Whatever noun phrase follows "according to" when no rule names it: "a lawsuit", "early results"."""
    k = j
    while k < len(s.tokens) and k - j < 6 and s.tokens[k].is_word and (
            k == j or s.low(k) not in s.functions or s.low(k) in DETERMINERS) and not s.in_quote(k) and \
            s.low(k) not in {"filed", "released", "published", "issued", "obtained", "conducted", "compiled", "seen"}:
        k += 1
    if k == j or (k - j == 1 and s.low(j) in DETERMINERS):
        return None
    return j, k, "described"


def _document_at(s: _Sentence, book: NameBook, i: int, lead: Cue | None = None):
    """A document named from token `i` on: "records", "a report by the Pentagon", "data from the census"."""
    docs = word_list("documents")
    j = i
    if s.low(j) in DETERMINERS:
        j += 1
    # Modifiers before the document noun ("court records", "a Pentagon report"); a document word
    # inside a name is part of the name ("a Pew Research Center study").
    k = j
    while k < len(s.tokens) and k - j < 4 and ((s.low(k),) not in docs.entries or (s.name(k) and s.name(k + 1))):
        if not (s.tokens[k].is_word and s.low(k) not in s.functions) and not (k > j and _title_stop(s, k)):
            return None  # a stop may end an abbreviation: "according to F.A.A. records"
        k += 1
    if k >= len(s.tokens) or (s.low(k),) not in docs.entries:
        return None
    return _document_phrase(s, book, i, k, lead)


def _document_phrase(s: _Sentence, book: NameBook, a: int, d: int, lead: Cue | None):
    """The document whose noun is token `d` (phrase starting at `a`), with who made it if named."""
    docs = word_list("documents")
    # "studies" says nothing you could find; "Harbor Research" names an organisation.
    vague = (s.low(d),) in docs.marked.get("vague", frozenset()) and not (d > 0 and s.name(d) and s.name(d - 1))
    k = d + 1
    source = None
    received = s.low(k) in RECEIVING
    if s.low(k) in {"released", "published", "obtained", "seen", "reviewed", "compiled", "provided", "issued",
                    "filed", "prepared", "commissioned", "produced"}:
        k += 1
    doc_end = d
    if s.low(k) == "of":  # "a poll of Indiana voters", "a review of FEC filings": what it is about, not its maker
        end = k + 1
        while end < len(s.tokens) and end - k <= 6 and s.tokens[end].is_word and s.low(end) not in ("by", "from") \
                and (s.low(end) not in s.functions or s.low(end) in DETERMINERS) and not s.in_quote(end):
            end += 1
        if end > k + 1 and s.low(end - 1) not in DETERMINERS:
            doc_end, k = end - 1, end
    if s.low(k) in ("by", "from"):
        phrase = _forward_phrase(s, k + 1)
        if phrase is not None:
            if received:  # "emails obtained by the Herald": the emails speak, the paper only has them
                doc_end = next((m for m in range(phrase[0] + 1, phrase[1]) if s.low(m) in _all_reporting()),
                               phrase[1]) - 1  # "seen by Reuters said investigators": the phrase ends at "said"
            else:
                source = phrase
            k = phrase[1]
    doc_span = (s.tokens[a].start, s.tokens[doc_end].end)
    if source is not None:
        display, named, span, person = describe(s, *source)
        display, person, resolved_from = _resolve(display, named, person, book)
        level = "named" if named else "described"
        source_cue = _source_cue(s, display, named, span, resolved_from)
    else:
        bare = a == d
        if vague or (bare and s.low(d) not in BARE_DOCUMENTS):
            display, named, level = None, False, "unnamed"
        else:
            display, named, level = " ".join(s.text[doc_span[0]:doc_span[1]].split()), False, "document"
            if a == s.first and not s.title_case and display[:1].isupper() and not display[:2].isupper():
                display = display[0].lower() + display[1:]
        source_cue = None
    doc_words = s.text[doc_span[0]:doc_span[1]]
    if vague and source is None:
        return None, [make_cue(s.text, *doc_span, "weasel",
                               f"{quoted(doc_words)}: which ones? A claim backed by unnamed studies or research "
                               "cannot be checked.", family="vague_document")]
    doc_cue = make_cue(s.text, *doc_span, "document",
                       f"{quoted(doc_words)} is a document given as the source: you could ask to see it.",
                       family="document")
    frame_end = s.tokens[k - 1].end if k - 1 >= d else s.tokens[d].end
    frame = (lead.start if lead else doc_span[0], frame_end)
    if display is None:
        display = "unnamed " + s.low(d)
    cues = tuple(c for c in (lead, doc_cue, source_cue) if c is not None)
    scope = _scope(s, frame, frame[0] > s.start + 1)
    return (Attribution(display, "document", STRENGTH[level], named, frame, scope, cues), [])


def _documents(s: _Sentence, book: NameBook):
    """Documents that speak: "records show", "documents released by the clerk show", "Report Says"."""
    docs = word_list("documents")
    verbs = word_list("document_verbs")
    if docs.words.isdisjoint(s.low_set):
        return
    for d, token in enumerate(s.tokens):
        if (token.low,) not in docs.entries or s.in_quote(d) or (d >= 2 and s.low(d - 2) == "according"):
            continue
        if d >= 2 and s.low(d - 1) in DETERMINERS and s.low(d - 2) == "to" and s.low(d - 3) == "according":
            continue
        # Who made it ("by X", "from X") and the verb it speaks with, within a few words.
        k = d + 1
        participle = s.low(k) in PUBLISHING
        if participle:
            k = past_publishing(s, k)  # "released last week", "conducted in Iowa": when and where it came out
            k = after_outlet(s, k, _forward_phrase)  # "published in the journal Nature suggests"
        by = None
        if s.low(k) in ("by", "from"):
            by = _forward_phrase(s, k + 1)
            if by is not None:
                k = by[1]
        if by is not None and s.low(k) in RECEIVING and s.low(k + 1) == "by":
            holder = _forward_phrase(s, k + 2)  # "a letter from the Legion obtained by the AP warns"
            k = holder[1] if holder is not None else k
        if s.low(k) in ("also", "now", "recently", "previously", "has", "have", "had"):
            k += 1
        speaks = s.low(k) in verbs.words and s.low(k) not in ("released", "published", "obtained", "seen") and \
            not idiom_saying(s.tokens, k, k + 1)  # "the numbers say it all": the writer's verdict
        if not (speaks or (participle and by is not None and s.low(d + 1) in MAKING_PUBLIC)):
            continue
        # Modifiers before the noun: "court records", "a Pentagon report", "the study".
        a = d
        while a - 1 >= 0 and d - a < 3 and s.tokens[a - 1].is_word and (
                s.name(a - 1) or (s.tokens[a - 1].text.islower() and s.low(a - 1) not in s.functions)):
            a -= 1
        if a - 1 >= 0 and s.low(a - 1) in DETERMINERS - {"that"}:
            a -= 1
        a = summary_start(s.tokens, a)  # "an average of recent polls shows"
        if outlet_start(s, a):
            continue  # "published Tuesday in the Island Review shows": the review only printed it
        result = _document_phrase(s, book, a, d, None)
        if result is None:
            continue
        attribution, extra = result
        if attribution is not None and speaks:
            attribution = document_speaking(s, attribution, k)
        if attribution is None and extra and not speaks:
            continue
        yield attribution, extra


def document_speaking(s: _Sentence, attribution: Attribution, k: int) -> Attribution:
    """The document's attribution with the verb at token `k` as what it says ("the report found"): the frame runs
    from the document's phrase to the verb, and the reported words lie on the far side of the frame."""
    verb_cue = make_cue(s.text, s.tokens[k].start, s.tokens[k].end, "reporting_verb",
                        f"{quoted(s.tokens[k].text)}: the document is what speaks here.", family="document_verbs")
    frame = (attribution.frame[0], s.tokens[k].end)
    closes = frame[0] > s.start and s.words_between(s.start, frame[0]) >= 2 and s.words_between(frame[1], s.end) < 2
    return Attribution(attribution.source, attribution.kind, attribution.strength, attribution.named, frame,
                       _scope(s, frame, closes), (*attribution.cues, verb_cue))


def _headline_frames(s: _Sentence, book: NameBook):
    """Headline shapes: "TURKEY TO U.S.: \u201c...\u201d", "...: report", "Reports Turkish troops have ..."."""
    if ":" not in s.low_set and "reports" not in s.low_set:
        return  # no colon, no "Reports ...": no headline shape
    tokens = s.tokens
    docs = word_list("documents")
    word_positions = [k for k, token in enumerate(tokens) if token.is_word]  # once: colons may be many
    for c, token in enumerate(tokens):
        if token.text != ":" or s.in_quote(c):
            continue
        after = c + 1
        if after < len(tokens) and tokens[after].text in OPENING_QUOTES + '"' and 0 < c <= 7:
            # Speaker before the colon, without "TO <addressee>".
            stop = next((k for k in range(s.first or 0, c) if s.low(k) == "to"), c)
            first = s.first or 0
            if stop > first and all(s.name(k) or s.tokens[k].text in ".'\u2019" for k in range(first, stop)):
                opens = first + 1 if stop > first + 1 and opening_verb(tokens[first].text) else first  # "Stated Lane:"
                display, named, span, person = describe(s, opens, stop)
                display, person, resolved_from = _resolve(display, named, person, book)
                frame = (tokens[first].start, token.end)
                cue = make_cue(s.text, tokens[first].start, token.end, "quotation",
                               "A name, a colon and a quotation: the headline hands the quoted words to "
                               f"{display}.", family="headline_quote")
                yield (Attribution(display, "quotation", STRENGTH["named"], named, frame, ((token.end, s.end),),
                                   (cue, _source_cue(s, display, named, span, resolved_from)),
                                   person=person), [])
            continue
        words_after = len(word_positions) - bisect_left(word_positions, after)
        rest = word_positions[len(word_positions) - words_after:] if words_after <= 2 else []
        if 1 <= len(rest) <= 2 and ((s.low(rest[-1]),) in docs.entries or s.noun(rest[-1])):
            span = (tokens[rest[0]].start, tokens[rest[-1]].end)
            words = s.text[span[0]:span[1]]
            cue = make_cue(s.text, token.start, span[1], "document",
                           f"\u201c{s.text[token.start:span[1]]}\u201d at the end of a headline credits it to "
                           f"{quoted(words)}, without saying which one.", family="headline_report")
            yield (Attribution(f"unnamed {words.lower()}", "document", STRENGTH["unnamed"], False,
                               (token.start, span[1]), ((s.start, token.start),), (cue,)), [])
    first = s.first
    if first is not None and s.low(first) == "reports" and first + 1 < len(tokens) and (
            s.tokens[first + 1].is_capitalised or s.low(first + 1) == "that"):
        token = tokens[first]
        cue = make_cue(s.text, token.start, token.end, "document",
                       "A headline that opens with \u201cReports\u201d passes on what unnamed reports say.",
                       family="headline_report")
        yield (Attribution("unnamed reports", "document", STRENGTH["unnamed"], False, (token.start, token.end),
                           ((token.end, s.end),), (cue,)), [])


def _attach_via(s: _Sentence, book: NameBook, found: list[Attribution], cues: list[Cue]) -> list[Attribution]:
    """Add who passed the words on ("as quoted in TASS"), or who was cited ("citing officials")."""
    low_set = s.low_set
    if low_set.isdisjoint(_VIA_KEY_WORDS) or not any(words <= low_set for words in _VIA_WORD_SETS):
        return found
    lows = [t.low for t in s.tokens]
    at: dict[str, list[int]] = {}  # where each word stands, so a phrase is tried only where it can start
    for i, low in enumerate(lows):
        at.setdefault(low, []).append(i)
    taken: set[int] = set()
    for phrases, citing in ((VIA_PHRASES, False), (CITING_PHRASES, True)):
        for phrase in phrases:
            size = len(phrase)
            for i in at.get(phrase[0], ()):
                if tuple(lows[i:i + size]) != phrase or s.in_quote(i) or taken & set(range(i, i + size)):
                    continue
                subject = _forward_subject(s, i + size)
                if subject is None or subject[2] not in ("named", "described"):
                    continue
                a, b, kind = subject
                if phrase[0] in ("told", "tells", "tell") and kind != "named":
                    continue  # "told reporters": an audience, not a messenger
                display, named, span, person = _describe_knowing(s, a, b, len(s.tokens))  # "one aide close to him"
                display, person, resolved_from = _resolve(display, named, person, book)
                taken.update(range(i, b))
                words = s.text[s.tokens[i].start:s.tokens[i + size - 1].end]
                frame = (s.tokens[i].start, s.tokens[b - 1].end)
                if citing:
                    why = (f"{quoted(words)} names where the reporter got it: {display} is the source, "
                           "the reporter passes it on.")
                else:
                    why = (f"{quoted(words)} shows the words reached the writer second-hand, through {display}.")
                via_cue = make_cue(s.text, s.tokens[i].start, s.tokens[b - 1].end, "via", why, family="via")
                owner = _nearest(found, frame)
                if owner is None and phrase in ADDRESSEE_PHRASES:
                    continue  # "would have to tell Ruiz, who ...": whom words go to never says them
                if owner is None:
                    source_cue = _source_cue(s, display, named, span, resolved_from)
                    scope = tuple(x for x in ((s.start, frame[0]), (frame[1], s.end)) if s.words_between(*x) >= 2)
                    found.append(Attribution(display, "reporting_verb",
                                             STRENGTH["named" if named else "described"], named, frame, scope,
                                             (via_cue, source_cue), person=person))
                    continue
                index = found.index(owner)
                if citing:
                    found[index] = Attribution(display, owner.kind, max(owner.strength, STRENGTH["described"]),
                                               named, owner.frame, owner.scope, (*owner.cues, via_cue),
                                               via=owner.source, person=person)
                elif owner.source != display:
                    found[index] = Attribution(owner.source, owner.kind, owner.strength, owner.named, owner.frame,
                                               owner.scope, (*owner.cues, via_cue), via=display, person=owner.person)
    return found


def _nearest(found: Iterable[Attribution], frame: tuple[int, int]) -> Attribution | None:
    best = None
    for attribution in found:
        distance = min(abs(attribution.frame[1] - frame[0]), abs(frame[1] - attribution.frame[0]))
        if best is None or distance < best[0]:
            best = (distance, attribution)
    return best[1] if best else None


def _quotations(s: _Sentence, found: list[Attribution]) -> tuple[list[Attribution], list[Cue]]:
    """Quotation marks: someone's exact words, scare quotes, or a sentence that is all quotation."""
    if not s.quotes:
        return [], []
    cues: list[Cue] = []
    extra: list[Attribution] = []
    total = s.words_between(s.start, s.end)
    quoted_words = 0
    long_quote = None
    for qs, qe in s.quotes:
        a, b = max(qs, s.start), min(qe, s.end)
        if b <= a:
            continue
        words = s.words_between(a, b)
        framed = any(x.covers(a, b) or (x.frame[0] >= b - 1 and x.frame[0] - b < 3) or
                     (x.frame[1] <= a + 1 and a - x.frame[1] < 3) for x in found)
        if not framed and not s.title_case and _names_a_work(s, a, b) and not _named_as(s, a):
            continue  # "hosts “America with Jorge Ramos”": the title of a show or a book, nobody's words
        quoted_words += words  # (a title is nobody's words, so it never makes the sentence a quotation)
        if framed or words >= LONG_QUOTE_WORDS:
            cues.append(make_cue(s.text, a, b, "quotation",
                                 "Quotation marks show someone else's exact words, not the writer's.",
                                 family="quotation"))
            if words >= LONG_QUOTE_WORDS and long_quote is None:
                long_quote = (a, b)
        elif words:
            cues.append(make_cue(s.text, a, b, "scare_quote",
                                 f"Quotation marks around {quoted(s.text[a:b].strip(chr(34) + OPENING_QUOTES + CLOSING_QUOTES + chr(39)))} "
                                 "with nobody named: the writer may be keeping a distance from the words, "
                                 "or mocking them.", family="scare_quote"))
    if not found and total and (quoted_words >= QUOTE_SHARE_FOR_ATTRIBUTION * total or long_quote) and not \
            quoted_heading(s.text, s.start, s.end, s.quotes) and not \
            cited_item(s.text, s.start, s.end, s.quotes):  # 'A change warrior.' titles a section; '"...," by' a link
        spans = tuple((max(qs, s.start), min(qe, s.end)) for qs, qe in s.quotes if min(qe, s.end) > max(qs, s.start))
        frame = spans[0]
        extra.append(Attribution(None, "quotation", STRENGTH["quotation"] if quoted_words >= 0.6 * total
                                 else STRENGTH["unnamed"], False, frame, spans, ()))
    return extra, cues


def _named_as(s: _Sentence, a: int) -> bool:
    """Whether a naming verb stands right before the quotation at `a` ("titled “...”", "known as
    “...”"): what follows is what someone called it, so the quotation stays someone's words."""
    k = next((i for i, t in enumerate(s.tokens) if t.start >= a), len(s.tokens))
    before = [s.low(x) for x in range(max(0, k - 2), k) if s.tokens[x].is_word]
    return bool(before) and (before[-1] in NAMING_VERBS | {"entitled", "billed", "dubbed", "as", "reading"})


def _names_a_work(s: _Sentence, a: int, b: int) -> bool:
    """Whether the quotation `[a, b)` is a title in Title Case ("Crippled America: How to Make America
    Great Again", "The Late Show"): most of its longer words capitalised, and no sentence end inside."""
    inner = [t for t in s.tokens if a < t.start and t.end < b]
    before = [t for t in s.tokens if t.end <= a]
    if inner and inner[-1].text in ".!" and b >= s.end - 2 and before and before[-1].is_word:
        inner = inner[:-1]  # "host of “The Nightly Show.”": the sentence's own stop, typed inside the marks
    if any(t.text in ".!?" for t in inner[:-1]) or (inner and inner[-1].text in ".!?"):
        return False
    content = [t for t in inner if t.is_word and t.low not in s.functions]
    return len(content) >= 2 and all(t.text[:1].isupper() or t.has_digit for t in content)


# ----- speakers before a colon: transcripts and headlines ("HALE: We never saw it.") -----------

#: At most this many words may name the speaker before the colon.
MAX_NAME_WORDS = 4
#: And at least this many words must follow it.
MIN_WORDS_AFTER = 3


def _speaker_colon_frames(s: _Sentence, book: NameBook):
    """Yield (Attribution, []) for "NAME: words" at the start of a sentence (see the module's doc)."""
    tokens = s.tokens
    first = s.first
    if first is None or ":" not in s.low_set:
        return  # no colon in the sentence (most): no speaker stands before one
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
    if not 1 <= len(name_tokens) <= MAX_NAME_WORDS or tokens[first].low in word_list("not_speakers").words:
        return
    if any(tokens[k].low in word_list("not_speakers").words and k == name_tokens[-1] for k in name_tokens):
        return  # "Editor's Note:", "Photo Credit:"
    time_words = word_list("time_words").words
    for k in range(first, colon):
        token = tokens[k]
        if token.is_word:
            if not token.text[:1].isupper() or token.low in time_words or token.has_digit:
                return
        elif not _title_stop(s, k) and token.text not in ("-", "'"):
            return
    if len(after) < MIN_WORDS_AFTER or names_list_after(tokens, colon):
        return  # "Maine: Tim Albrecht, Brad Anderson, ...": a heading over a list of names
    if heading_kicker(tokens, first, colon):
        return  # "Big Win For Ruiz: ...", "Stat Of The Week: ...": the writer's heading, not a speaker
    opens = first + 1 if colon > first + 1 and opening_verb(tokens[first].text) else first  # "Stated Lane:"
    display, named, span, person = describe(s, opens, colon)
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
    tokens = s.tokens
    word = tokens[first].text
    frame = (tokens[first].start, tokens[colon].end)
    cue = make_cue(s.text, frame[0], frame[1], "document",
                   f"\u201c{word}:\u201d at the start of a headline credits what follows to a {word.lower()} it "
                   "does not name.", family="headline_report")
    return (Attribution(f"unnamed {word.lower()}", "document", STRENGTH["unnamed"], False, frame,
                        ((tokens[colon].end, s.end),), (cue,)), [])
