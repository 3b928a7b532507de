"""Find loaded language in an article or a plain text, with the evidence for each find.

Three kinds of evidence, in this order of trust:

1. the toolkit's lexicon (and an instructor's additions): a term, its category, strength,
   why it is loaded and neutral alternatives;
2. VADER's sentiment dictionary, for strongly emotional words the lexicon does not list;
3. context rules (see `context`): quoted speech is marked and weighted less, scare quotes
   are found, literal senses are skipped, plain reporting verbs are never flagged.

Every span says in its `why` which evidence decided it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

from toolkit.article.block_kinds import kinds_where
from toolkit.article.model import Article
from toolkit.loaded.capitals import ALTERNATIVES as SHOUTING_ALTERNATIVES, WHY as SHOUTING_WHY, in_capitals, \
    shouted_absolutes
from toolkit.loaded.categories import SENTIMENT_CATEGORY, counts_as_loaded
from toolkit.loaded.compounds import names_what_is_opposed
from toolkit.loaded.denials import denies_the_quality
from toolkit.loaded.context import (QUOTED_WEIGHT, Quotation, QuoteIndex, inner_quotations, is_scare_quote,
                                    literal_sense, quotations)
from toolkit.loaded.epithets import names_with_an_epithet
from toolkit.loaded.event_names import names_an_event
from toolkit.loaded.illness import describes_an_illness
from toolkit.loaded.intensifiers import DEGREE_TERMS, measures_a_plain_word
from toolkit.loaded.lexicon import BUILT_IN, Lexicon, LexiconEntry, Match, load_lexicon, reporting_stems
from toolkit.loaded.moral_nouns import names_a_moral_idea
from toolkit.loaded.relations import reports_a_relation
from toolkit.loaded.repeats import SeenSentences
from toolkit.loaded.scripture import may_quote_scripture, scripture_stretches
from toolkit.loaded.senses import names_a_charge, negated, plain_by_next_word
from toolkit.loaded.site_widgets import inside, widget_spans
from toolkit.loaded.sentiment import strong_valence
from toolkit.loaded.verdicts import reports_a_verdict
from toolkit.loaded.swearing import ALTERNATIVES as SWEARING_ALTERNATIVES, WHY as SWEARING_WHY, starred_out
from toolkit.text.frozen_records import quick_maker
from toolkit.text.stemmed_words import Word, words
from toolkit.text.tokens import Token, tokenize

#: Blocks that are not the article's own wording: a credit line repeats the title, boilerplate is the site's.
SKIPPED_KINDS = kinds_where(not_the_writers=True)
SCARE_QUOTE_STRENGTH = 0.35
#: Categories whose words say less when denied ("not a drastic change", "no crisis"): a negation
#: a few words before them in the same clause means the writer is not using them.
NEGATABLE = frozenset({"exaggeration", "sensational", "fear"})
#: Sentiment hits are a second opinion: their strength is scaled down from VADER's valence.
SENTIMENT_WEIGHT = 0.7
_MIN_SENTIMENT_WORD = 3
#: Kinds whose plain sense is the event itself (a real plague, massacre, hostage-taking or explosion): a story
#: about the event keeps that sense throughout. A label or an insult is plain only in a fixed phrase ("the
#: Communist Party", "lied under oath"), so its plain use in one sentence says nothing about the next.
ONE_SENSE_PER_TEXT = frozenset({"fear", "hostility", "outrage", "exaggeration", "sensational", "idiom"})
#: Labels whose plain sense is also a whole story's: a war report's "enemy fire" makes its "the enemy" the
#: army on the other side, though calling people the enemy elsewhere is name-calling.
ONE_SENSE_LABELS = frozenset({"enemy"})

#: Prepositions that end two-word terms only to pick a figurative sense ("a flood of", "an assault on").
SENSE_PREPOSITIONS = frozenset({"of", "on"})
#: The plain name of a political side at the end of a two-word label ("radical left", "radical right"): the label
#: word is the adjective, and the side is what anyone would call the camp, so the highlight ends before it.
PLAIN_SIDES = frozenset({"left", "right", "left's", "right's", "left\u2019s", "right\u2019s"})

Source = Union[Article, str]


@dataclass(frozen=True)
class LoadedSpan:
    """A loaded word or phrase: where it is, what kind, how strong, why, and what to say instead."""

    start: int
    end: int
    text: str
    category: str
    strength: float
    why: str
    alternatives: tuple[str, ...]
    source: str  # the evidence that decided it: "lexicon", "sentiment" or "context"
    term: str = ""  # the lexicon term that matched, or the word the sentiment dictionary scored
    voice: str = "writer"  # "writer", or "quoted" inside someone else's quoted speech
    block: int | None = None
    sentence: str | None = None

    @property
    def quoted(self) -> bool:
        return self.voice == "quoted"

    @property
    def counts_as_loaded(self) -> bool:
        """False for vague sourcing: shown, but a question of who says so, not loaded wording."""
        return counts_as_loaded(self.category)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "strength": self.strength, "why": self.why, "alternatives": list(self.alternatives),
                "source": self.source, "term": self.term, "voice": self.voice, "block": self.block,
                "sentence": self.sentence, "counts_as_loaded": self.counts_as_loaded}


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    block: int | None
    sentence: str | None
    title_case: bool


#: One `_Segment` per sentence: made without the frozen guard's cost (toolkit.text.frozen_records).
_make_segment = quick_maker(_Segment)


def detect(source: Source, *, lexicon: Lexicon | None = None) -> list[LoadedSpan]:
    """Loaded spans in an `Article` (offsets into `article.text`) or a plain string, in reading order."""
    if isinstance(source, Article):
        text = source.text
        segments = list(_article_segments(source))
    elif isinstance(source, str):
        text = source
        segments = list(_text_segments(text))
    else:
        raise TypeError(f"detect() takes an Article or a str, not {type(source).__name__}")
    lexicon = lexicon if lexicon is not None else load_lexicon()
    found = source.text_layer.quotations if isinstance(source, Article) else quotations(text)
    quotes = QuoteIndex(inner_quotations(found) if isinstance(source, Article) else found)
    spans: list[LoadedSpan] = []
    layer = source.text_layer if isinstance(source, Article) else None
    literal_terms: set[tuple[str, str]] = set()
    seen = SeenSentences()
    for segment in segments:
        tokens = layer.tokens_in(segment.start, segment.end) if layer is not None else \
            tokenize(text, segment.start, segment.end)
        if seen.repeated(tokens):
            continue  # the same sentence printed again (a headline repeated as the first line): shown once
        spans.extend(_detect_in(text, segment, lexicon, quotes, tokens, literal_terms))
    if literal_terms:
        # One sense per text: a term shown to be literal in one sentence (a story about a real plague or
        # a real massacre) keeps that sense in the sentences around it that lack a cue of their own.
        spans = [s for s in spans if s.source != "lexicon" or (s.term, s.category) not in literal_terms]
    widgets = widget_spans(text)
    if widgets:
        spans = [s for s in spans if not inside(widgets, s.start, s.end)]  # a site's poll: the site's words
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _article_segments(article: Article) -> Iterable[_Segment]:
    for sentence in article.sentences:
        block = article.blocks[sentence.block]
        if block.kind in SKIPPED_KINDS:
            continue
        yield _make_segment(sentence.start, sentence.end, block.index, sentence.id,
                            block.kind in ("title", "heading", "list_item") or _looks_title_case(sentence.text))


def _text_segments(text: str) -> Iterable[_Segment]:
    from toolkit.article.sentences import split_sentences

    for paragraph in re.finditer(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*", text):
        spans = split_sentences(text, paragraph.start(), paragraph.end()) or [(paragraph.start(), paragraph.end())]
        for start, end in spans:
            yield _Segment(start, end, None, None, _looks_title_case(text[start:end]))


#: Lower-case words of four letters or more that make a sentence prose even where most of its words are capitals.
PROSE_WORDS_AROUND_A_TITLE = 3
_PROSE_WORD = re.compile(r"(?<![^\W\d_])[a-z][^\W\d_]{3,}")


def _looks_title_case(sentence: str) -> bool:
    tokens = _LONG_LETTER_RUN.findall(sentence)
    # how many runs start with a capital, counted in C: each run's first letter, then `isupper` of it
    return len(tokens) >= 2 and sum(map(str.isupper, map(_FIRST, tokens))) >= 0.7 * len(tokens)


#: A run of four or more letters (`_looks_title_case` reads one per sentence); the first character of a string.
_LONG_LETTER_RUN = re.compile(r"[^\W\d_]{4,}")
_FIRST = itemgetter(0)


def _detect_in(text: str, segment: _Segment, lexicon: Lexicon, quotes: QuoteIndex,
               tokens: Sequence[Token] | None = None,
               literal_terms: set[tuple[str, str]] | None = None) -> list[LoadedSpan]:
    """The loaded spans of one sentence; the terms its literal cues show in a plain sense go into `literal_terms`."""
    sentence_words = words(text, segment.start, segment.end, tokens=tokens)
    if not sentence_words:
        return []
    scare = _scare_quotes_in(text, segment, sentence_words, quotes)
    taken = [False] * len(sentence_words)
    if tokens is None:
        tokens = tokenize(text, segment.start, segment.end)
    # Scripture quoted or set out in the old translations' English: its words are the cited text's (scripture).
    if may_quote_scripture(text, segment.start, segment.end, tokens):
        for start, end in scripture_stretches(tokens, quotes.span_containing,
                                              [(q.start, q.end) for q in quotes.within(segment.start, segment.end)]):
            for word in sentence_words:
                if start <= word.start and word.end <= end:
                    taken[word.index] = True
    found: list[LoadedSpan] = []
    resolved = _resolve(lexicon.matches(text, sentence_words))
    for match in resolved:
        if taken[match.first]:
            continue
        following = sentence_words[match.last + 1].lower if match.last + 1 < len(sentence_words) else None
        if match.entry.term in DEGREE_TERMS and _measures_a_plain_word(match, sentence_words, resolved):
            continue  # "extremely close", "totally new": a degree, not a feeling
        literal = literal_sense(match.entry.literal_cues, sentence_words, range(match.first, match.last + 1)) or \
            names_an_event(match.entry.term, text, sentence_words, match.first, segment.title_case)
        if literal and literal_terms is not None and (match.entry.category in ONE_SENSE_PER_TEXT
                                                       or match.entry.term in ONE_SENSE_LABELS):
            literal_terms.add((match.entry.term, match.entry.category))
        if literal or \
                plain_by_next_word(match.entry.term, following) or (
                    match.entry.category in NEGATABLE and negated(text, sentence_words, match.first)) or \
                denies_the_quality(text, sentence_words, match.first) or \
                names_with_an_epithet(text, sentence_words, match.first) or \
                names_a_charge(text, sentence_words, match.first) or \
                reports_a_verdict(text, sentence_words, match.first) or \
                names_a_moral_idea(match.entry.term, text, sentence_words, match.first) or \
                reports_a_relation(match.entry.term, text, sentence_words, match.first) or \
                names_what_is_opposed(text, sentence_words[match.first].start):
            for i in range(match.first, match.last + 1):
                taken[i] = True  # a word used literally is not flagged again by the sentiment dictionary
            continue
        if match.first == match.last and not match.entry.term.lstrip("=")[:1].isupper() \
                and _looks_like_name(text, sentence_words[match.first], segment):
            continue
        for i in range(match.first, match.last + 1):
            taken[i] = True
        first, last = sentence_words[match.first], sentence_words[_last_loaded_word(match, sentence_words)]
        found.append(_lexicon_span(text, first.start, last.end, match.entry, segment, quotes, scare))
    for start, end in starred_out(text, sentence_words):
        inside = [w.index for w in sentence_words if start <= w.start < end]
        if any(taken[i] for i in inside):
            continue
        for i in inside:
            taken[i] = True
        found.append(_finish(text, start, end, "contempt", 0.7,
                             f"{SWEARING_WHY} (Evidence: a context rule.)", SWEARING_ALTERNATIVES, "context",
                             "starred-out swear word", segment, quotes, scare))
    for word in shouted_absolutes(sentence_words):
        if taken[word.index]:
            continue
        taken[word.index] = True
        found.append(_finish(text, word.start, word.end, "exaggeration", 0.5, SHOUTING_WHY, SHOUTING_ALTERNATIVES,
                             "context", "capitals", segment, quotes, scare))
    for word in sentence_words:
        if taken[word.index]:
            continue
        span = _sentiment_span(text, word, segment, quotes, scare)
        if span is not None and word.index + 1 < len(sentence_words) and \
                plain_by_next_word(word.lower, sentence_words[word.index + 1].lower):
            continue  # "in spite of": the next word shows the plain sense
        if span is not None and (names_a_charge(text, sentence_words, word.index)
                                 or reports_a_verdict(text, sentence_words, word.index)):
            continue  # "convicted of child neglect", "jokes deemed offensive": the charge or verdict, reported
        if span is not None and denies_the_quality(text, sentence_words, word.index):
            continue  # "we're not helpless": a quality the sentence denies
        if span is not None and describes_an_illness(text, sentence_words, word.index):
            continue  # "a more dangerous strain of the virus": the medical sense
        if span is not None and names_what_is_opposed(text, word.start):
            continue  # "anti-war campaigners": the thing opposed, in the compound that names a stance
        if span is not None:
            taken[word.index] = True
            found.append(span)
    for quote, inside in scare.items():
        if any(taken[w.index] for w in inside):
            continue
        found.append(_scare_quote_span(text, inside, segment))
    return found


def _last_loaded_word(match: Match, sentence_words: list[Word]) -> int:
    """The last word of a match that is loaded wording: in a two-word term ending in a preposition ("flood of",
    "war on", "seized on") the preposition only picks the figurative sense, and in a label ending in a political side
    ("radical left") the side is the plain name of the camp, so the highlight ends before it."""
    if match.last == match.first + 1 and (sentence_words[match.last].lower in SENSE_PREPOSITIONS
                                          or sentence_words[match.last].lower in PLAIN_SIDES):
        return match.first
    return match.last


def _measures_a_plain_word(match: Match, sentence_words: list[Word], resolved: list[Match]) -> bool:
    """Whether a degree adverb leads into a plain word: neither another lexicon match nor a strong sentiment word."""
    after = match.last + 1
    if after >= len(sentence_words):
        return measures_a_plain_word(match.entry.term, sentence_words[match.first].lower, None, False)
    following = sentence_words[after]
    charged = any(other.first == after for other in resolved) or _sentiment_value(following.lower, following.stem) is not None
    return measures_a_plain_word(match.entry.term, sentence_words[match.first].lower, following.lower, charged)


def _scare_quotes_in(text: str, segment: _Segment, sentence_words: list[Word],
                     quotes: QuoteIndex) -> dict[Quotation, list[Word]]:
    """The scare quotes of one sentence, with the words inside each."""
    found = {}
    for quote in quotes.within(segment.start, segment.end):
        inside = [w for w in sentence_words if quote.start <= w.start and w.end <= quote.end]
        if is_scare_quote(text, quote, (segment.start, segment.end), inside):
            found[quote] = inside
    return found


def _resolve(matches: list[Match]) -> list[Match]:
    """Keep the longest, then strongest, matches that do not share a word."""
    chosen: list[Match] = []
    used: set[int] = set()
    for match in sorted(matches, key=lambda m: (-(m.last - m.first), -m.entry.strength, m.first)):
        covered = set(range(match.first, match.last + 1))
        if covered & used:
            continue
        used |= covered
        chosen.append(match)
    return chosen


def _lexicon_span(text: str, start: int, end: int, entry: LexiconEntry, segment: _Segment,
                  quotes: QuoteIndex, scare: dict) -> LoadedSpan:
    where = "the toolkit's word list" if entry.origin == BUILT_IN else \
        f"your teacher's word list ({Path(entry.origin.rsplit(':', 1)[0]).name})"
    why = f"{entry.why} (Evidence: {where}.)"
    return _finish(text, start, end, entry.category, entry.strength, why, entry.alternatives, "lexicon",
                   entry.term, segment, quotes, scare)


def _sentiment_span(text: str, word: Word, segment: _Segment, quotes: QuoteIndex,
                    scare: dict) -> LoadedSpan | None:
    value = _sentiment_value(word.lower, word.stem)
    if value is None or _looks_like_name(text, word, segment):
        return None
    quote = quotes.containing(word.start, word.end)
    if quote is not None and quote not in scare:
        # Someone's quoted speech telling their own feelings ("we are devastated"): the sentiment dictionary is a
        # second opinion on the writer's wording only. Listed loaded words in quotations are still shown, as quoted.
        return None
    feeling = "negative" if value < 0 else "positive"
    why = (f"Not in the toolkit's word list, but the VADER sentiment dictionary rates \u201c{word.lower}\u201d "
           f"strongly {feeling} ({value:+.1f} on a scale from \u22124 to +4): a word chosen to make you feel. "
           f"(Evidence: sentiment score.)")
    strength = round(min(1.0, abs(value) / 4) * SENTIMENT_WEIGHT, 3)
    return _finish(text, word.start, word.end, SENTIMENT_CATEGORY, strength, why, (), "sentiment",
                   word.lower, segment, quotes, scare)


@lru_cache(maxsize=65536)
def _sentiment_value(lower: str, stem: str) -> float | None:
    """The strong valence of a word form that may be flagged by sentiment alone (long enough, not a
    reporting verb), else None: the same for every occurrence, so worked out once per form."""
    if len(lower) < _MIN_SENTIMENT_WORD or stem in reporting_stems():
        return None
    return strong_valence(lower)


def _looks_like_name(text: str, word: Word, segment: _Segment) -> bool:
    """A capitalised word inside a sentence that is not in title case is most likely a name (Hope, Triumph);
    a word wholly in capitals is shouted (`toolkit.loaded.capitals`)."""
    if in_capitals(word):
        return False  # a name is not written in capitals; an acronym matches no loaded word ("You should be OUTRAGED")
    return word.text[0].isupper() and not _starts_sentence(text, segment.start, word.start) and \
        (not segment.title_case or _prose_around_a_title(text, segment))


def _prose_around_a_title(text: str, segment: _Segment) -> bool:
    """Whether a sentence that looks title-cased is prose naming a title ("his book The Third World Invasion and
    Conquest of America"): ordinary lower-case words around the capitals, which a headline has few of."""
    return len(_PROSE_WORD.findall(text, segment.start, segment.end)) >= PROSE_WORDS_AROUND_A_TITLE


def _starts_sentence(text: str, segment_start: int, offset: int) -> bool:
    return not re.search(r"[^\W\d_]", text[segment_start:offset])


def _scare_quote_span(text: str, inside: list[Word], segment: _Segment) -> LoadedSpan:
    start, end = inside[0].start, inside[-1].end
    why = (f"Scare quotes: the writer puts \u201c{text[start:end]}\u201d in quotation marks without saying here who "
           f"used these words, which can make them sound doubtful or silly. Check whether the article names a source. "
           f"(Evidence: a context rule.)")
    return LoadedSpan(start, end, text[start:end], "sourcing", SCARE_QUOTE_STRENGTH, why,
                      ("say who used the words", "the same words without quotation marks"), "context",
                      "scare quotes", "writer", segment.block, segment.sentence)


def _finish(text: str, start: int, end: int, category: str, strength: float, why: str,
            alternatives: tuple[str, ...], source: str, term: str, segment: _Segment,
            quotes: QuoteIndex, scare: dict) -> LoadedSpan:
    voice = "writer"
    quote = quotes.containing(start, end)
    if quote is not None and quote in scare:
        why = "In scare quotes, which the writer added to cast doubt or add drama. " + why
    elif quote is not None:
        voice = "quoted"
        strength = round(strength * QUOTED_WEIGHT, 3)
        why = ("Quoted speech: these are the words of the person quoted, which the writer reports. " + why)
    return LoadedSpan(start, end, text[start:end], category, strength, why, tuple(alternatives), source, term,
                      voice, segment.block, segment.sentence)
