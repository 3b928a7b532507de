"""Fact, attributed claim or opinion: whose voice is each sentence in?

Every sentence gets one of four labels (see `toolkit.annotation.labels`):

- `no_claim`: the line makes no claim about the world (navigation, the site's own text, a
  credit line, a photo credit, a byline), decided first by `toolkit.claims.non_claims`;

- `attributed`: the words are credited to someone else (a reporting verb with its subject,
  "according to", a document, quotation marks); `source` names who, `via` who passed it on;
- `opinion`: the writer's own judgment, prediction, framing or guess;
- `fact`: a statement the writer makes in their own voice as something that could be checked
  (not necessarily true: "fact" here means *presented as* checkable fact).

The method is open on purpose, so that a student can argue with it. Cues (`toolkit.claims.cues`)
are found with word lists and rules; each opinion cue in the writer's own voice adds its
weight from `WEIGHTS` below, checkable details (numbers, dates, names) subtract theirs, and
the sum decides between fact and opinion. Cues inside someone else's words do not count
against the writer. An attribution (`toolkit.claims.attribution`) makes a sentence `attributed`
unless the writer's own part of it is strongly opinionated. A sentence's label never
depends on where it stands in the article: only on its words and its kind of block.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Iterable, Sequence

from toolkit.article.block_kinds import BLOCK_KINDS, kinds_where
from toolkit.article.model import Article
from toolkit.claims.agent_frames import add_agent_frames
from toolkit.claims.as_frames import add_as_frames
from toolkit.claims.question_frames import add_question_frames
from toolkit.claims.quote_comments import writer_comment_spans
from toolkit.claims.signposts import as_signposts
from toolkit.claims.writer_narration import as_narration
from toolkit.claims.quote_owners import add_quote_owner
from toolkit.claims.quoted_names import runs_outside_quotations
from toolkit.claims.place_names import names_a_pair
from toolkit.claims.told_frames import add_told_frames
from toolkit.claims.signed_quotations import credit_signed_quotations
from toolkit.claims.speaker_rules import add_missed_speakers
from toolkit.claims.cue_rules import gated_cues
from toolkit.claims.colon_fragments import drop_colon_fragments
from toolkit.claims.attribution import (Attribution, Found, NameBook, describe, find_attributions, joined_name_runs,
                                        looks_like_person, plain_sentence)
from toolkit.claims.concessive_clauses import concession_end
from toolkit.claims.cues import Cue, lexical_cues, make_cue, plain_cue, quoted, shape_cues, specific_cues
from toolkit.claims.comment_frames import comment_cues
from toolkit.claims.generalisations import generalisation_cues
from toolkit.claims.idea_clauses import idea_clauses
from toolkit.claims.judgment import judgment_cues
from toolkit.claims.verdict_predicates import is_verdict_predicate
from toolkit.claims.writer_clauses import writer_clause_start
from toolkit.claims.writer_fragments import fragment_cues
from toolkit.claims.fronted_verdicts import fronted_verdict_cues
from toolkit.claims.neglect_frames import drop_neglect_frames
from toolkit.claims.own_looks import drop_own_looks
from toolkit.claims.lesson_frames import drop_lesson_frames
from toolkit.claims.sourceless_subjects import drop_sourceless_attributions
from toolkit.claims.non_claims import NO_CLAIM, find_non_claim
from toolkit.claims.pronoun_sources import described_title, last_titled, subject_runs, titles_near
from toolkit.claims.people import (GENDERED_TITLES, honorific_sexes, is_given_name, person_name, said_sex,
                                   stands_for_person)
from toolkit.claims.run_memo import one_labelling_run
from toolkit.annotation.labels import SENTENCE_LABELS
from toolkit.article.sentences import split_sentences
from toolkit.loaded.detect import LoadedSpan, detect
from toolkit.loaded.lexicon import Lexicon
from toolkit.text.frozen_records import quick_maker, replaced as replace  # dataclasses.replace, without the frozen guard's cost
from toolkit.text.layer import TextLayer
from toolkit.claims.lone_surnames import lone_surname_person, mid_sentence_capitals, sex_pointed_back
from toolkit.text.tokens import Token, is_title_case, name_runs, spelling_facts, token_texts

__all__ = ["SentenceLabel", "PartVoice", "label_sentences", "label_text", "voice_summary", "explain",
           "claims_warnings", "withheld_reason", "WEIGHTS", "BIAS", "Cue", "SENTENCE_LABELS"]

#: How much each family of cue moves a sentence towards opinion (negative: towards fact).
#: Set by hand from what the cue means, then checked against the training split of the
#: CheckThat! subjectivity data (bench/bench_claims_quality.py); never fitted to one sentence.
WEIGHTS: dict[str, float] = {
    # the writer steps forward
    "first_person": 1.3,            # "I think", "in my view"
    "first_person_plural": 1.1,     # "we", "our": writer and reader on one side
    "second_person": 1.0,           # "you"
    "imperative": 1.2,              # "Say goodbye to ..."
    "question": 0.4,                # a question in the writer's voice
    "exclamation": 1.3,
    "navigation": 0.9,              # "see the following articles"
    # judging and predicting
    "certainty": 1.0,               # "everyone knows", "of course"
    "absolutes": 0.5,               # "never", "nobody"
    "interpretation": 1.3,          # "what this means is", "nothing but"
    "modal_prescription": 1.3,      # "should", "must"
    "modal_speculation": 0.7,       # "may", "could"
    "modal_future": 0.5,            # "will", "is expected to"
    "evaluative": 1.3,              # "disastrous", "enemy"
    "figurative": 1.3,              # "sounds like the last fiasco", "the only hope", "a recipe for"
    "figurative_verbs": 1.3,        # "the state devours savings", "taxes strangle trade"
    "stance_adverbs": 1.3,          # "unfortunately", "deliberately"
    "evaluative_mild": 0.5,         # "major", "significant"
    "superlative": 0.8,             # "the most advanced"
    "intensifiers": 1.0,            # "very", "utterly"
    "loaded": 1.0,                  # from toolkit.loaded, times its strength
    # judging with no loaded keyword (toolkit.claims.judgment)
    "judgment_adjectives": 1.3,     # "paltry", "ill-conceived"
    "judgment_adverbs": 1.3,        # "rightly", "worryingly", "clumsily"
    "judgment_idioms": 1.3,         # "kick the can down the road"
    "judgment_verbs": 1.3,          # "squandered", "pretended"
    "judgment_nouns": 1.3,          # "wonks", "boondoggle"
    "blind_spots": 1.3,             # "without realising that", "lost sight of" (someone fails to see)
    "judgment_ranking": 1.0,        # "the biggest problem", "the only answer"
    "deontic_frame": 1.3,           # "it is imperative to"
    "sarcasm_markers": 1.3,         # "as if", "how convenient"
    "emphasis_capitals": 1.0,       # "is NOT a cure"
    "generic_one": 1.0,             # "one can only hope"
    "rhetorical_question": 1.0,     # "Isn't it time ...?", "Why would anyone ...?"
    "sweeping_claim": 1.0,          # "No government ever gives up power" (toolkit.claims.generalisations)
    "comment_frame": 1.3,           # "it is telling that", "it's easy to miss" (toolkit.claims.comment_frames)
    "excess_degree": 1.0,           # "too cautious to", "far too slow"
    "verbless_comment": 1.3,        # "Hence the rush to borrow." (toolkit.claims.writer_fragments)
    "fronted_verdict": 1.3,         # "Much more worrying is ..." (toolkit.claims.fronted_verdicts)
    "verdict_noun": 1.3,            # "The bridge was a mistake" (toolkit.claims.verdict_nouns)
    "force_metaphor": 1.3,          # "crushed the confidence of shoppers" (toolkit.claims.force_metaphors)
    "motive_claim": 1.3,            # "the council wants to destroy the high street" (toolkit.claims.motive_claims)
    "characterisation": 1.3,        # "the marina is a revival of the old trade" (toolkit.claims.characterisations)
    "contrast_frame": 1.3,          # "the fee is one thing; the closure another" (toolkit.claims.contrast_frames)
    "lesson_frame": 0.0,            # "X has reminded us that": says why no one is credited (toolkit.claims.lesson_frames)
    "signpost": 0.0,                # "as we have seen": the writer guiding the reader (toolkit.claims.signposts)
    "writer_narration": 0.0,        # "I covered the story in May": the writer's past act (toolkit.claims.writer_narration)
    # distancing without a source
    "hedges": 1.1,                  # "supposedly", "apparently"
    "weasel": 1.1,                  # "is considered", "some say"
    "vague_crowd": 1.1,             # "critics say", "many believe"
    "vague_document": 1.0,          # "studies show"
    "scare_quote": 0.3,             # a short phrase in quotation marks, nobody named
    # checkable details
    "number": -0.6,
    "date": -0.6,
    "name": -0.2,
    "credit": -2.0,
}
#: The score of a sentence with no cues at all: below zero, so a plain statement is a fact.
BIAS = -0.6
#: Each further cue of the same family counts this fraction of the one before.
REPEAT = 0.5
#: Checkable details can pull a sentence at most this far towards fact.
FACT_CAP = 1.2
#: How strongly opinionated the writer's own words must be to outweigh an attribution.
OVERRIDE = 1.9
#: Verbs of wanting, knowing, seeming and believing ("they want", "it seems") whose subject is a
#: pronoun or nobody at all: the writer describing a state of mind, often their own reading of
#: it, rather than handing over someone's words. Such a frame shields the sentence only while the
#: writer's own words lean to fact (score at most `WEAK_OVERRIDE`).
WEAK_FRAMES = frozenset({"stance_verbs", "belief_verbs"})
WEAK_OVERRIDE = 0.0
#: The same bar holds for any attribution that names nobody ("it is telling that ...", a quotation
#: whose speaker the sentence does not give): the CheckThat! guidelines count an opinion as someone
#: else's only when it is credited to them explicitly, so an unnamed voice shields the sentence only
#: while the writer's own words lean to fact.
#: A writer who passes on someone's words may still judge in their own voice: "X, one of the most
#: toxic hosts, said ...", "the paper, which has been brutal towards her, reported ...". When a
#: judgment word of full strength (at least `JUDGMENT_STRENGTH`) stands outside the reported
#: words, the writer's words need only lean this far to opinion to outweigh the attribution.
JUDGED_OVERRIDE = 0.5
JUDGMENT_STRENGTH = 1.0
#: Signals that say little on their own: a bare "I" (narration), "!", a bare "may" / "could", or an
#: intensifier ("very", "deeply": it turns up a statement, it does not judge it). (A lone hedge was
#: tried too; the CheckThat! training split reads most such sentences as the writer's own guess,
#: which is opinion here, so a hedge keeps its full weight.)
#: When one of these is the writer's only opinion cue, it counts at most `LONE_CAP`, so it alone
#: does not make a plain statement an opinion ("I have taught here for twenty years.").
LONE_SIGNALS = frozenset({"first_person", "exclamation", "modal_speculation", "intensifiers", "narration_marker"})
#: Words of certainty that in narration mostly mark a known step in the story ("And of course, he
#: won.") rather than vouch for a disputed point: on the CheckThat! training split a sentence whose
#: only cue was "of course" was objective far more often than not. Such a word is a weak signal
#: (`narration_marker` among `LONE_SIGNALS`): alone it does not make a statement an opinion; with
#: another cue it counts in full.
#: "actually" is read the same way: alone it mostly marks a contrast with what someone says or
#: shows ("what they are actually trying to do", "whether they actually wanted to"), where
#: "obviously", "clearly" and "certainly" vouch that a point is beyond dispute and keep their full
#: weight. (On the training split a sentence whose only cue was "actually" was objective each time.
#: "indeed" stays a full cue: the writer insisting on the argument, as an earlier round decided.)
NARRATION_MARKERS = frozenset({"of course", "actually"})
LONE_CAP = 0.5
#: "may", "might", "could" alone report a possibility ("charges may follow"); a guess the writer
#: makes their own ("anyone's guess", "time will tell") is not capped.
BARE_MODALS = frozenset({"may", "might", "could"})
#: First-person words that only say who is telling, not what they think.
BARE_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
#: Our own judgment-word lists, which a loaded-language span on the same words replaces.
#: (The families of `toolkit.claims.judgment` are left out on purpose: their cue stays, and on its own
#: it does not lower the bar an attribution must clear, since news often carries a speaker's words
#: into the writer's paraphrase: "Trump blasted the convoluted delegate system".)
JUDGMENT_FAMILIES = frozenset({"evaluative", "evaluative_mild", "superlative", "intensifiers", "stance_adverbs"})
#: Judgment families of `toolkit.claims.judgment` that lower the bar only where they grade the speaker:
#: in the speaker's own phrase or between the speaker and the reporting verb (see `_judges_the_speaker`).
SPEAKER_JUDGMENT_FAMILIES = frozenset({"judgment_adjectives", "judgment_adverbs", "judgment_nouns", "judgment_idioms"})
#: Block kinds that speak about the page, not the world: credit lines and site text.
CREDIT_KINDS = kinds_where(not_the_writers=True)


@dataclass(frozen=True)
class SentenceLabel:
    """The label of one sentence with its source, how sure the rules are, and why.

    `cues` (a tuple of `Cue`) hold every reason found, with offsets into the article text;
    those inside someone else's words are marked `reported`. `score` is the opinion score
    of the writer's own words (above zero leans to opinion); `summary` says it in a line.
    """

    sentence_id: str
    start: int
    end: int
    text: str
    label: str
    source: str | None
    confidence: float
    cues: tuple[Cue, ...]
    via: str | None = None
    score: float = 0.0
    summary: str = ""
    block_kind: str = "paragraph"
    credits: str | None = None  # for a credit line or photo credit: the outlet or agency it names

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence_id": self.sentence_id, "start": self.start, "end": self.end, "text": self.text,
            "label": self.label, "source": self.source, "via": self.via, "confidence": self.confidence,
            "score": self.score, "summary": self.summary, "block_kind": self.block_kind,
            "credits": self.credits,
            "cues": [cue.to_dict() for cue in self.cues],
        }

    @property
    def deciding_cues(self) -> tuple[Cue, ...]:
        """The cues that point to the label given (the reasons to show first)."""
        own = tuple(c for c in self.cues if c.points_to == self.label and not c.reported)
        return own or self.cues


@dataclass(frozen=True)
class PartVoice:
    """How much of one part of an article is the writer's own voice.

    `speaker` is set when a part speaks for someone other than the writer as a whole: a photo
    caption speaks for the photo agency its credit names, and a headline that the credit line
    repeats word for word is the original outlet's, so none of it is the republisher's own.
    Words labelled `no_claim` (credits, site text, navigation) are nobody's claim: they count in
    `no_claim_share`, never as the writer's own voice.
    """

    name: str
    blocks: tuple[int, ...]
    sentences: int
    words: int
    words_by_label: dict[str, int]
    sentences_by_label: dict[str, int]
    sources: tuple[str, ...]
    speaker: str | None = None

    @property
    def own_voice_share(self) -> float:
        """Share of words in the writer's own voice (fact + opinion, unless the part speaks for someone else)."""
        if not self.words or self.speaker:
            return 0.0
        return (self.words_by_label.get("fact", 0) + self.words_by_label.get("opinion", 0)) / self.words

    @property
    def opinion_share(self) -> float:
        """Share of words that are the writer's own opinion."""
        if not self.words or self.speaker:
            return 0.0
        return self.words_by_label.get("opinion", 0) / self.words

    @property
    def attributed_share(self) -> float:
        """Share of words credited to someone else (a caption's claims are its agency's)."""
        if not self.words:
            return 0.0
        if self.speaker:
            return (self.words - self.words_by_label.get("no_claim", 0)) / self.words
        return self.words_by_label.get("attributed", 0) / self.words

    @property
    def no_claim_share(self) -> float:
        """Share of words that make no claim: credits, the site's own text, navigation."""
        return self.words_by_label.get("no_claim", 0) / self.words if self.words else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "blocks": list(self.blocks), "sentences": self.sentences, "words": self.words,
                "words_by_label": dict(self.words_by_label), "sentences_by_label": dict(self.sentences_by_label),
                "own_voice_share": round(self.own_voice_share, 3), "opinion_share": round(self.opinion_share, 3),
                "attributed_share": round(self.attributed_share, 3), "no_claim_share": round(self.no_claim_share, 3),
                "sources": list(self.sources), "speaker": self.speaker}


# ----- the public functions -----------------------------------------------------------------

@one_labelling_run
def label_sentences(article: Article, *, loaded: Sequence[LoadedSpan] | None = None,
                    lexicon: Lexicon | None = None) -> list[SentenceLabel]:
    """Label every sentence of an article (title, list items and captions too).

    Loaded words are opinion cues: pass the article's loaded spans when you have them (the
    analysis object does), or the lexicon to find them with (the built-in one by default).
    """
    text = article.text
    layer = article.text_layer
    quotes_by_block = {block.index: _quotes_of(layer, block.start, block.end) for block in article.blocks}
    # Each sentence's tokens, cut once: the name book, the rules and `_remember` all read the same list.
    spans = [(s.start, s.end, layer.tokens_in(s.start, s.end)) for s in article.sentences]
    book = _name_book(layer, spans)
    loaded = _loaded_cues(detect(article, lexicon=lexicon) if loaded is None else loaded, text)
    labels: list[SentenceLabel] = []
    founds: list[Found] = []
    for sentence, (_, _, tokens) in zip(article.sentences, spans):
        block = article.blocks[sentence.block]
        quotes = [q for q in quotes_by_block[block.index] if q[1] > sentence.start and q[0] < sentence.end]
        label, found = _label_one(layer, sentence.id, sentence.start, sentence.end, quotes, block.kind, book,
                                  loaded.within(sentence.start, sentence.end), tokens)
        labels.append(label)
        founds.append(found)
        _remember(book, found, layer, sentence.start, sentence.end, tokens)
    labels = _credit_quote_chains(article, labels, founds, quotes_by_block)
    return credit_signed_quotations(article, labels, quotes_by_block,
                                    lambda label, name: _summary("attributed", name, label.via, label.cues))


@one_labelling_run
def label_text(text: str, *, split: bool = True, loaded: Sequence[LoadedSpan] | None = None,
               lexicon: Lexicon | None = None) -> list[SentenceLabel]:
    """Label a passage given as text: each sentence (or, with `split=False`, the whole passage as one)."""
    if not isinstance(text, str):
        raise TypeError(f"label_text expects a str, not {type(text).__name__}")
    paragraphs = _paragraphs(text)
    spans: list[tuple[int, int, tuple[int, int]]] = []
    for start, end in paragraphs:
        pieces = split_sentences(text, start, end) if split else [_trimmed(text, start, end)]
        for piece in pieces or [_trimmed(text, start, end)]:
            if piece[1] > piece[0]:
                spans.append((piece[0], piece[1], (start, end)))
    if not split and spans:
        spans = [(spans[0][0], spans[-1][1], (spans[0][2][0], spans[-1][2][1]))]
    layer = TextLayer(text)
    tokens_of = [layer.tokens_in(a, b) for a, b, _ in spans]
    book = _name_book(layer, ((a, b, tokens) for (a, b, _), tokens in zip(spans, tokens_of)))
    loaded = _loaded_cues(detect(text, lexicon=lexicon) if loaded is None else loaded, text)
    quotes_by_paragraph = {p: _quotes_of(layer, *p) for p in {paragraph for _, _, paragraph in spans}}
    labels: list[SentenceLabel] = []
    for index, ((start, end, paragraph), tokens) in enumerate(zip(spans, tokens_of), start=1):
        quotes = [q for q in quotes_by_paragraph[paragraph] if q[1] > start and q[0] < end]
        label, found = _label_one(layer, f"s{index}", start, end, quotes, "paragraph", book, loaded.within(start, end),
                                  tokens)
        labels.append(label)
        _remember(book, found, layer, start, end, tokens)
    return labels


def voice_summary(article: Article, labels: Sequence[SentenceLabel] | None = None) -> list[PartVoice]:
    """Per part of the article (its named parts, then the title, lists, captions ...): whose voice, in words."""
    labels = list(labels) if labels is not None else label_sentences(article)
    by_id = {label.sentence_id: label for label in labels}
    groups: dict[str, list[int]] = {}
    for name, indices in article.parts.items():
        groups[name] = list(indices)
    placed = {i for indices in groups.values() for i in indices}
    for block in article.blocks:
        if block.index in placed:
            continue
        name = (BLOCK_KINDS[block.kind].voice_group if block.kind in BLOCK_KINDS else block.kind)
        groups.setdefault(name, []).append(block.index)
    ordered = sorted(groups.items(), key=lambda item: min(item[1]))
    parts = []
    for name, indices in ordered:
        words = {label: 0 for label in SENTENCE_LABELS}
        counts = {label: 0 for label in SENTENCE_LABELS}
        sources: list[str] = []
        speaker = None
        total_sentences = 0
        for index in sorted(indices):
            for sentence in article.sentences_in(index):
                label = by_id.get(sentence.id)
                if label is None:
                    continue
                n = article.word_count(sentence.start, sentence.end)
                words[label.label] += n
                counts[label.label] += 1
                total_sentences += 1
                if label.label == "attributed" and label.source and label.source not in sources:
                    sources.append(label.source)
                if article.blocks[index].kind == "caption" and label.credits:
                    speaker = f"the photo credit: {label.credits}"
        if not speaker and any(article.blocks[i].kind == "title" for i in indices):
            speaker = _headline_owner(article, labels)
        if speaker and speaker not in sources:
            sources.insert(0, speaker)
        parts.append(PartVoice(name, tuple(sorted(indices)), total_sentences, sum(words.values()), words, counts,
                               tuple(sources), speaker))
    return parts


def _headline_owner(article: Article, labels: Sequence[SentenceLabel]) -> str | None:
    """The original outlet, when a credit line repeats the headline word for word: the headline is theirs."""
    title = " ".join((article.title or "").split()).lower()
    if not title:
        return None
    for label in labels:
        if label.block_kind == "credit" and label.credits and title in " ".join(label.text.split()).lower():
            return f"the original outlet: {label.credits}"
    return None


def claims_warnings(text: str, layer: TextLayer | None = None) -> list[str]:
    """Reasons to distrust the labels of a text: the word lists and rules read English only (`layer`: the
    text's layer when there is one, which tells its language once)."""
    reason = withheld_reason(text, layer)
    return [reason] if reason else []


def withheld_reason(text: str, layer: TextLayer | None = None) -> str | None:
    """Why no sentence of `text` should be given a label, or None when the labels can be shown.

    The rules read English words: on another language nearly every sentence would come out
    as 'fact' for lack of cues, which looks like an answer and is not one. Reports and widgets
    say this first and show no labels (`label: null` in the JSON) instead.
    """
    from toolkit.text.language import looks_english

    if not text.strip():
        return None
    if not (layer.looks_english if layer is not None and layer.text is text else looks_english(text)):
        return ("This text does not look like English. The fact / opinion rules read English words only, so "
                "their labels would mean nothing here: no sentence labels are given.")
    return None


def explain(label: SentenceLabel) -> str:
    """A sentence's label and every reason for it, as plain text a student can read and argue with."""
    lines = [f"{label.sentence_id}: {label.label.upper().replace('_', ' ')}", f"  {label.summary}"]
    if label.label in ("fact", "opinion"):
        lines.append(f"  Opinion score {label.score:+.2f} (above 0 means opinion): start at {BIAS:+.1f}, "
                     "then each reason below adds its weight.")
    for cue in sorted(label.cues, key=lambda c: (c.reported, c.start)):
        if cue.reported:
            counted = "inside someone else's words: does not count for the writer"
        elif cue.weight:
            counted = f"{cue.weight:+.2f}"
        elif cue.points_to == "attributed":
            counted = "says who is speaking"
        else:
            counted = "no weight: says how the words are read"
        lines.append(f"  - \u201c{' '.join(cue.text.split())[:70]}\u201d [{cue.kind}, {counted}]: {cue.why}")
    return "\n".join(lines)




# ----- one sentence -------------------------------------------------------------------------

def _label_one(layer: TextLayer, sentence_id: str, start: int, end: int, quotes: list[tuple[int, int]], kind: str,
               book: NameBook, loaded: Sequence[Cue], tokens: list[Token]) -> tuple[SentenceLabel, Found]:
    """Label `text[start:end]`; `tokens` is `layer.tokens_in(start, end)`, cut once by the caller."""
    text = layer.text
    found = add_agent_frames(find_attributions(text, tokens, quotes, start, end, book), text, tokens, quotes,
                             start, end, book)
    found = add_as_frames(found, text, tokens, quotes, start, end, book)
    found = add_quote_owner(found, text, tokens, quotes, start, end, book)
    found = add_question_frames(found, text, tokens, quotes, start, end, book)
    found = add_told_frames(found, text, tokens, quotes, start, end)
    found = drop_colon_fragments(found, tokens)
    found = add_missed_speakers(found, text, tokens, quotes, start, end, book)
    found = drop_lesson_frames(found, text)
    found = drop_neglect_frames(found, text, tokens)
    found = drop_own_looks(found, tokens)
    found = drop_sourceless_attributions(found, text, tokens)
    cues: list[Cue] = list(found.cues)
    for attribution in found.attributions:
        cues.extend(attribution.cues)
    # Words inside the speaker's own phrase stay open to judgment cues: "the hapless board", "propaganda outlets".
    framed = [(c.start, c.end) for c in cues if c.kind != "source"]
    taken = list(framed)
    # "Experts say": weasel words that are an attribution's own frame name its (vague) source instead.
    frames = [a.frame for a in found.attributions]
    own: list[Cue] = []
    for cue in (*lexical_cues(text, tokens), *shape_cues(text, tokens, quotes), *judgment_cues(text, tokens),
                *generalisation_cues(text, tokens, quotes), *comment_cues(text, tokens),
                *fragment_cues(text, tokens), *fronted_verdict_cues(text, tokens), *gated_cues(text, tokens)):
        cue_start, cue_end = cue.start, cue.end
        if frames and cue.kind == "weasel" and any(a <= cue_start and cue_end <= b for a, b in frames):
            continue
        for a, b in taken:
            if a <= cue_start and cue_end <= b:
                break
        else:
            own.append(cue)
            taken.append((cue_start, cue_end))
    # Loaded language (when toolkit.loaded is there) replaces a judgment word of our own lists on
    # the same words, since its reason names the category and a neutral alternative; it keeps the
    # larger of the two weights, so the sentence's score does not drop. Where it overlaps a cue of
    # another kind (a hedge, weasel words, "should"), ours stays: it says more about the voice.
    for cue in loaded:
        if not (start <= cue.start and cue.end <= end) or any(a < cue.end and cue.start < b for a, b in framed):
            continue
        overlapping = [c for c in own if c.start < cue.end and cue.start < c.end and c.points_to == "opinion"]
        if any(c.family not in JUDGMENT_FAMILIES for c in overlapping):
            continue
        weight = max([cue.weight] + [WEIGHTS.get(c.family, 0.0) for c in overlapping])
        if is_verdict_predicate(tokens, cue.start):
            weight = max(weight, WEIGHTS["loaded"])  # "Cable news is poison": the word is the whole claim
        own = [c for c in own if c not in overlapping]
        cues.append(replace(cue, weight=round(weight, 3)))
    cues.extend(as_narration(as_signposts(text, own, tokens), tokens))
    sources = [(c.start, c.end) for c in cues if c.kind in ("source", "via")]
    details_found = specific_cues(text, tokens)
    if sources:
        details_found = [c for c in details_found if not any(a < c.end and c.start < b for a, b in sources)]
    cues.extend(details_found)
    non_claim = find_non_claim(text, start, end, kind, tokens)
    credit = make_cue(text, start, end, "no_claim", non_claim.why, family="no_claim") if non_claim else None
    if credit is not None:
        cues.append(credit)
    ideas = idea_clauses(text, tokens)
    if ideas:
        cues.extend(cue for cue, _ in ideas)
    # (With no attribution there is no comment on a quotation and no reported clause to cut: only the quotes.)
    if found.attributions:
        comments = writer_comment_spans(text, tokens, quotes, end)
        reported_spans = list(quotes) + _cut_out(
            [span for a in found.attributions for span in _own_clause_cut(a, tokens, quotes)], comments)
    else:
        comments = []
        reported_spans = list(quotes)
    if ideas:
        reported_spans += [span for _, span in ideas]
    cues = _weighed_in_order(cues, reported_spans)
    cues = _cap_lone_signal(cues)
    opinion = sum(c.weight for c in cues if c.weight > 0 and not c.reported)
    details = sum(c.weight for c in cues if c.weight < 0 and not c.reported and c.family != "credit")
    credit_weight = sum(c.weight for c in cues if c.family == "credit")
    score = BIAS + opinion + max(-FACT_CAP, details) + credit_weight
    primary = found.primary
    if non_claim is not None:
        label, confidence = NO_CLAIM, 0.95
        source = via = None
    elif primary is not None and score < _override(primary, cues, text, comments):
        label = "attributed"
        leak = max(0.0, _sigmoid(score) - 0.5)
        confidence = primary.strength * (1.0 - 0.6 * leak)
        source, via = primary.source, primary.via
    else:
        label = "opinion" if score > 0 else "fact"
        p = _sigmoid(score)
        confidence = p if label == "opinion" else 1.0 - p
        source = via = None
    if label == "fact" and not any(c.points_to == "fact" for c in cues):
        cues.append(plain_cue(text, start, end))
    cues.sort(key=_BY_PLACE_AND_KIND)
    result = _make_label(
        sentence_id=sentence_id, start=start, end=end, text=text[start:end], label=label, source=source,
        confidence=round(min(0.99, max(0.5, confidence)), 3), cues=tuple(cues), via=via, score=round(score, 3),
        summary=_summary(label, source, via, cues), block_kind=kind,
        credits=non_claim.credited if non_claim is not None else None,
    )
    return result, found


#: Sort keys of cues: by place, and by place then kind (the order labels list their cues in).
_BY_PLACE = attrgetter("start", "end")
_BY_PLACE_AND_KIND = attrgetter("start", "end", "kind")
#: A sentence's label is made once per sentence: without the frozen guard's cost (toolkit.text.frozen_records).
_make_label = quick_maker(SentenceLabel)


def _own_clause_cut(attribution: Attribution, tokens: Sequence, quotes: Sequence[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """The attribution's reported spans, each ending where the writer turns to a clause of their own."""
    cut = min((c for c in (writer_clause_start(tokens, attribution.frame[1], quotes),
                           concession_end(tokens, attribution.frame, quotes)) if c is not None), default=None)
    if cut is None:
        return list(attribution.scope)
    return [(a, min(b, cut)) for a, b in attribution.scope if a < cut]


def _weighed_in_order(cues: list[Cue], reported_spans: Sequence[tuple[int, int]]) -> list[Cue]:
    """The cues in text order, each with its weight and whether it is reported, made once: a cue's own
    weight (by its family, its kind's when the family has none; a loaded word keeps its own), except that
    the second "very" counts half the first, the third a quarter (repetition is not new evidence). A cue
    inside someone else's words (`reported_spans`) is reported: it says nothing about the writer. A cue
    already so weighed is kept as it is, not copied."""
    seen: dict[str, int] = {}
    out = []
    weights = WEIGHTS
    for cue in sorted(cues, key=_BY_PLACE):
        # (Weighed here, not by a helper: this runs for every cue of every sentence.)
        points_to, family = cue.points_to, cue.family
        if family == "loaded":
            weight = cue.weight or weights["loaded"]
        elif points_to == "opinion" or points_to == "fact":
            weight = weights.get(family)  # (no weight is None: a family not listed falls back on its kind's)
            if weight is None:
                weight = weights.get(cue.kind, 0.0)
        else:
            weight = 0.0
        weight = _rounded(weight)
        reported = False
        if reported_spans and points_to != "attributed" and cue.kind not in ("scare_quote", "quotation"):
            cue_start, cue_end = cue.start, cue.end
            for a, b in reported_spans:
                if a <= cue_start and cue_end <= b:
                    reported = True
                    break
        if weight and not reported:
            n = seen.get(cue.family, 0)
            seen[cue.family] = n + 1
            if n:
                weight = round(weight * REPEAT ** n, 3)
        if reported == cue.reported and weight == cue.weight and type(weight) is type(cue.weight) and (
                weight or math.copysign(1.0, weight) == math.copysign(1.0, cue.weight)):
            out.append(cue)  # weighed already as it stands (a source, a loaded word): a copy would be the same record
        else:
            out.append(replace(cue, weight=weight, reported=reported))
    return out


def _rounded(weight: float) -> float:
    """`round(weight, 3)`, read from a table for a nonzero float: every cue is weighed, from a few dozen weights,
    and `round` with digits costs ten dictionary reads. (A zero float or an int is its own rounding, -0.0
    keeping its sign; -0.0 and 0.0, or 1 and 1.0, are equal keys with different answers, so they stay out.)"""
    if type(weight) is not float or not weight:
        return weight if type(weight) is int or type(weight) is float else round(weight, 3)  # what round gives
    known = _ROUNDED.get(weight)
    if known is None:
        if len(_ROUNDED) >= 4096:
            _ROUNDED.clear()
        known = _ROUNDED[weight] = round(weight, 3)
    return known


#: float weight -> `round(weight, 3)` (see `_rounded`).
_ROUNDED: dict[float, float] = {}


def _cap_lone_signal(cues: list[Cue]) -> list[Cue]:
    """A lone weak signal (see `LONE_SIGNALS`) counts at most `LONE_CAP`; with other evidence, in full."""
    own = [c for c in cues if c.weight > 0 and not c.reported]
    if not own:
        return cues
    if len(own) > 1 and len({c.family for c in own}) > 1:
        return cues  # two families are two kinds of signal at least (`_signal_kind` only splits a family)
    kinds = {_signal_kind(c) for c in own}
    if len(kinds) != 1 or _signal_kind(own[0]) not in LONE_SIGNALS:
        return cues
    if own[0].family == "first_person" and any(c.text.lower() not in BARE_FIRST_PERSON for c in own):
        return cues  # "I think", "in my view": the writer's opinion, said outright
    if own[0].family == "modal_speculation" and any(c.text.lower().split()[0] not in BARE_MODALS for c in own):
        return cues  # "anyone's guess", "time will tell": the writer's own shrug, said outright
    # The cap is on the family's sum: "My brother drove me" is still one narrator, not twice the evidence.
    total = sum(c.weight for c in own)
    if total <= LONE_CAP:
        return cues
    scale = LONE_CAP / total
    return [replace(c, weight=round(c.weight * scale, 3)) if c in own else c for c in cues]


def _signal_kind(cue: Cue) -> str:
    """The cue's family, or `narration_marker` for a word of certainty that mostly marks narration."""
    words = " ".join(cue.text.lower().split())
    if cue.family == "certainty" and words in NARRATION_MARKERS:
        return "narration_marker"
    return cue.family


def _override(attribution: Attribution, cues: Sequence[Cue], text: str,
              comments: Sequence[tuple[int, int]] = ()) -> float:
    """How opinionated the writer's own words must be to outweigh this attribution.

    Lower for a weak frame (see `WEAK_FRAMES`), for an attribution that names nobody, and where the writer judges in their own words
    (see `JUDGED_OVERRIDE`), among them a judgment in the writer's comment on a quotation (`comments`, from
    `toolkit.claims.quote_comments`); `OVERRIDE` otherwise.
    """
    verbs = {c.family for c in attribution.cues if c.kind == "reporting_verb"}
    pronoun = any(c.family == "pronoun" for c in attribution.cues)
    nobody = attribution.source is None and not attribution.owner_unsaid  # an unsaid owner is still someone's
    if (nobody or pronoun) and verbs and verbs <= WEAK_FRAMES:
        return WEAK_OVERRIDE
    if nobody or _in_comment_frame(attribution, cues):
        return WEAK_OVERRIDE  # nobody named (an unowned quotation), or "It is telling that ...": the writer's frame
    if verbs and verbs <= WEAK_FRAMES and _writer_believes_it(attribution, cues, text):
        return WEAK_OVERRIDE  # "I believe the council will see sense": the writer's belief, not the council's words
    if any(_judges(c) or _judges_the_speaker(c, attribution, text) or _judges_the_quote(c, comments) for c in cues):
        return JUDGED_OVERRIDE
    return OVERRIDE


#: Words after a bare "I" or "we" that make it the writer's frame of belief ("we hope", "I expect").
BELIEF_AFTER_WRITER = frozenset({"think", "believe", "hope", "suspect", "fear", "expect", "trust", "doubt", "feel",
                                 "wish", "guess", "reckon", "know", "bet", "suppose", "assume", "worry"})


def _writer_believes_it(attribution: Attribution, cues: Sequence[Cue], text: str) -> bool:
    """Whether the writer's own frame of belief ("I believe", "It is my hope that", "We hope") comes before the
    attribution's frame: then a stance verb after it ("the council will see sense", "the board knows") is part of
    what the writer believes, not words or thoughts credited to the council or the board.

    A bare "I", "we", "our" counts only with a verb of belief right after it ("we hope"); "Our reporter asked
    the mayor, who believes ..." is no frame of belief."""
    first = attribution.frame[0]
    for cue in cues:
        if cue.reported or cue.family not in ("first_person", "first_person_plural") or cue.end > first:
            continue
        if " " in cue.text.strip():
            return True  # a listed frame: "I believe", "in my view", "it is my hope"
        after = text[cue.end:first].split()
        if after and after[0].lower().strip(",") in BELIEF_AFTER_WRITER:
            return True
    return False


def _in_comment_frame(attribution: Attribution, cues: Sequence[Cue]) -> bool:
    """Whether every reporting verb of the attribution lies inside the writer's own comment frame: the
    "telling" of "It is telling that ..." is no speaker's, even where "It" could stand for one named before."""
    frames = [c for c in cues if c.family == "comment_frame" and not c.reported]
    verbs = [c for c in attribution.cues if c.kind == "reporting_verb"]
    return bool(frames and verbs) and all(any(f.start <= v.start and v.end <= f.end for f in frames) for v in verbs)


def _judges_the_quote(cue: Cue, comments: Sequence[tuple[int, int]]) -> bool:
    """A full-strength opinion cue inside the writer's comment on a quotation ('"...," a hollow pledge.')."""
    return (not cue.reported and cue.points_to == "opinion" and cue.weight >= JUDGMENT_STRENGTH and
            any(a <= cue.start and cue.end <= b for a, b in comments))


def _cut_out(spans: Sequence[tuple[int, int]], holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with every part inside one of `holes` taken out (a span may split in two)."""
    out = list(spans)
    for h0, h1 in holes:
        cut = []
        for a, b in out:
            if h1 <= a or b <= h0:
                cut.append((a, b))
                continue
            if a < h0:
                cut.append((a, h0))
            if h1 < b:
                cut.append((h1, b))
        out = cut
    return out


def _judges(cue: Cue) -> bool:
    """A full-strength judgment word in the writer's own words, outside what is reported."""
    return (not cue.reported and cue.weight >= JUDGMENT_STRENGTH and
            (cue.family in JUDGMENT_FAMILIES or cue.family in ("loaded", "fronted_verdict", "motive_claim")))


def _judges_the_speaker(cue: Cue, attribution: Attribution, text: str) -> bool:
    """A judgment word of `toolkit.claims.judgment` on who speaks or how: the writer grading the speaker.

    "The hapless board announced", "Clinton disingenuously claimed": a word inside the speaker's
    own phrase (no comma between it and the source) or between the source and the reporting verb
    describes the speaker or the act of speaking, in the writer's voice. Anywhere else ("blasted the
    convoluted system, which he said ...") it may be the speaker's own word carried into a
    paraphrase, so it does not count.
    """
    if cue.reported or cue.weight < JUDGMENT_STRENGTH or cue.family not in SPEAKER_JUDGMENT_FAMILIES:
        return False
    verbs = [c for c in attribution.cues if c.kind == "reporting_verb"]
    sources = [c for c in attribution.cues if c.kind == "source"]
    if not verbs or not sources:
        return False
    verb, source = min(verbs, key=lambda c: c.start), min(sources, key=lambda c: c.start)
    if any(c.start <= cue.start and cue.end <= c.end for c in sources):
        return True  # "the hapless board": the word is part of how the writer names the speaker
    if source.end <= cue.start and cue.end <= verb.start:
        return True
    return cue.end <= source.start and source.start < verb.start and "," not in text[cue.end:source.start]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _summary(label: str, source: str | None, via: str | None, cues: Sequence[Cue]) -> str:
    own = [c for c in cues if not c.reported and c.points_to == label]
    if label == "attributed":
        who = source or "someone the sentence does not name"
        line = f"Attributed to {who}" + (f" (passed on by {via})" if via else "")
        order = ("according_to", "reporting_verb", "document", "via", "quotation")
        frames = sorted((c for c in cues if c.kind in order), key=lambda c: (order.index(c.kind), c.start))
        shown = []
        for cue in frames:
            words = "quotation marks" if cue.family in ("quotation", "quote_chain") else quoted(_clip(cue.text))
            if words not in shown:
                shown.append(words)
        if shown:
            line += ": " + ", ".join(shown[:3])
        return line + "."
    if label == "opinion":
        strongest = sorted(own, key=_WEIGHT, reverse=True)[:3]  # (a reversed sort keeps ties in order)
        return "The writer's own view: " + ", ".join(quoted(_clip(c.text)) for c in strongest) + "."
    if label == NO_CLAIM:
        credit = next((c for c in cues if c.kind == "no_claim"), None)
        return credit.why if credit is not None else "This line makes no claim about the world."
    details = [c for c in own if c.kind == "specific"][:3]
    if details:
        return "Stated as checkable fact, with details: " + ", ".join(quoted(_clip(c.text)) for c in details) + "."
    return "Stated as fact in the writer's own voice, with no opinion words and no source."


_WEIGHT = attrgetter("weight")


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# ----- across sentences ---------------------------------------------------------------------

def _quotes_of(layer: TextLayer, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of one block or paragraph as spans, marks included, cut at its end."""
    return [(q.start, min(q.end, end)) for q in layer.quotations_in(start, end) if q.start >= start]


def _name_book(layer: TextLayer, spans: Iterable[tuple[int, int, list[Token]]]) -> NameBook:
    """Every person's full name in the text, so that a surname can be resolved wherever it appears.
    `spans` gives each sentence's start, end and tokens (`layer.tokens_in(start, end)`)."""
    text = layer.text
    book = NameBook()
    book.common = _lower_case_words(layer.tokens)
    book.honorifics = honorific_sexes(layer.tokens)
    book.mid_capitals = mid_sentence_capitals(layer.tokens)
    for start, end, tokens in spans:
        if is_title_case(tokens):
            continue
        runs = name_runs(tokens, title_case=False)
        if not runs:
            continue  # no name in the sentence (joining runs never makes one)
        sentence = plain_sentence(text, tokens, start, end)
        for a, b in joined_name_runs(sentence, runs):
            if b - a < 2:
                continue  # one word is no full name: `book.learn` would keep nothing (and describing it costs)
            display, named, span, person = describe(sentence, a, b)
            if named and person:
                book.learn(display, opens_sentence=a == sentence.first)
                # the titles around the name itself ("Ohio Gov." is part of the run "Ohio Gov. Ben Hale")
                at = _token_starting_at(tokens, span[0])
                at = at if at is not None and a <= at < b else a
                book.titled.extend((tokens[a].start, title, display) for title in sorted(titles_near(tokens, at, b)))
    return book


def _lower_case_words(tokens: Sequence[Token]) -> frozenset[str]:
    """The lower-case forms of the words the text writes in lower case ("given", "former"), read once per
    spelling: a token's `low` and whether it is a word follow from its text, so each spelling is looked at once."""
    return frozenset(spelling_facts(text)[0] for text in set(token_texts(tokens))  # (texts shared: `token_texts`)
                     if text.islower() and (text[0].isalnum() or text[0] == "_"))


#: Prepositions that put a name at a sentence's head in a phrase of place or time, not the subject.
PLACE_WORDS_BEFORE = frozenset({"in", "at", "from", "to", "across", "near", "outside", "inside", "throughout",
                                "around", "into", "on", "with", "by", "since", "until", "after",
                                "before", "during"})


def _honorific_sex(tokens, attribution: Attribution) -> str | None:
    """The sex an honorific before the source shows ("Mrs. Clinton asked."), so that a surname is not
    taken for a man of the same name met before."""
    span = next((c for c in attribution.cues if c.kind == "source"), None)
    if span is None:
        return None
    k = _token_starting_at(tokens, span.start)
    if k is None or k < 1:
        return None
    k -= 2 if tokens[k - 1].text == "." and k >= 2 else 1
    return GENDERED_TITLES.get(tokens[k].low)


def _token_starting_at(tokens: Sequence[Token], offset: int) -> int | None:
    """The index of the token that starts at `offset`, or None: by bisection, since a sentence's tokens are in
    order and never overlap (the rules used to walk the sentence from its first token to find it)."""
    k = _first_token_from(tokens, offset)
    return k if k < len(tokens) and tokens[k].start == offset else None


def _first_token_from(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token starting at or after `offset` (`len(tokens)` when none does), by bisection."""
    return bisect_left(tokens, offset, key=_START)


_START = attrgetter("start")


def _person_in(source: str, book: NameBook) -> str | None:
    """The person a longer named source holds: "Lee Zeldin of New York" -> Lee Zeldin, "RNC Chief of
    Staff Katie Walsh" -> Katie Walsh (a later "he said" means them, though the whole is no name)."""
    head = source.split(" of ")[0]
    if looks_like_person(head.split()) and is_given_name(head.split()[0]):
        return head
    cleaned = person_name(source, book.common, book.by_surname)
    if cleaned and cleaned != source and looks_like_person(cleaned.split()) and is_given_name(cleaned.split()[0]):
        return cleaned
    return None


def _remember(book: NameBook, found: Found, layer: TextLayer, start: int, end: int, tokens: list[Token]) -> None:
    """Keep the last source and the last person named, for a "he said" in a later sentence (`tokens`: the
    sentence's, as `layer.tokens_in(start, end)` gives them)."""
    primary = found.primary
    if primary is not None and primary.source:
        book.last_source = primary.source
        if names_a_pair(primary.source):
            return  # "Tom Okafor and Bill Ruiz say ...": a later "he" is neither of them for certain
        if primary.person or (primary.kind == "reporting_verb" and stands_for_person(primary.source)):
            after = _first_token_from(tokens, primary.frame[1])
            described = primary.source[:1].islower()
            title = described_title(primary.source) if described else None
            titled = last_titled(book.titled, title, start) if title else None
            if titled is not None:  # "the Ohio governor said" after "Ohio Gov. John Kasich": a later "he" is Kasich
                book.meet(titled, sex=said_sex(tokens, after))
                return
            if title is not None and book.recent:
                return  # "the Florida senator said" right after Marco Rubio: a later "he" is still Rubio
            book.meet(primary.source, sex=said_sex(tokens, after) or _honorific_sex(tokens, primary), described=described)
            return
        person = _person_in(primary.source, book)
        if person is not None and primary.kind == "reporting_verb":
            after = _first_token_from(tokens, primary.frame[1])
            book.meet(person, sex=said_sex(tokens, after))
            return
    # No person spoke here: the person named as the subject of a clause (at the sentence's head, after
    # an opening phrase, after ", but") is who a later "he said" most likely means ("Ramos lamented the
    # vote. ... he said"); a later clause's subject is met last, as the one mentioned most recently.
    text = layer.text
    if is_title_case(tokens):
        return
    runs = runs_outside_quotations(layer, tokens, name_runs(tokens, title_case=False), start, end)
    if not runs:
        return  # no name in the sentence (outside quotations): no clause has a subject to remember
    sentence = plain_sentence(text, tokens, start, end)
    for clause in subject_runs(sentence, joined_name_runs(sentence, runs), PLACE_WORDS_BEFORE):
        for a, b in clause:
            display, named, _, person = describe(sentence, a, b)
            if named and person:
                titled = next((GENDERED_TITLES[t.low] for t in tokens[max(0, a - 2):b] if t.low in GENDERED_TITLES),
                              None)
                book.meet(display, opens_sentence=a == sentence.first, sex=titled)  # "Mrs. Okafor": not Bill Okafor
                break
            inside = None if named else _person_in(display, book)
            if inside is not None:
                book.meet(inside)  # "Former Secretary of State Dan Okafor is ...": a later "he" is Okafor
                break
            if named and len(display.split()) == 1 and book.resolve(display) != display:
                book.meet(book.resolve(display))
                break
            if named and len(display.split()) == 1 and display.lower() not in book.common and \
                    (display.lower() in book.mid_capitals or display.lower() in book.honorifics) and \
                    not is_given_name(display):
                sex = book.honorifics.get(display.lower()) if lone_surname_person(
                    display, book.common, book.honorifics) else sex_pointed_back(tokens, b)
                if sex is not None:
                    book.meet(display, sex=sex)  # "Carson" never named in full: "Mr. Carson", "Carson ... his"
                    break


def _credit_quote_chains(article: Article, labels: list[SentenceLabel], founds: list[Found],
                         quotes_by_block: dict[int, list[tuple[int, int]]]) -> list[SentenceLabel]:
    """A sentence inside a quotation whose speaker is named in a neighbouring sentence gets that speaker."""
    out = list(labels)
    for index, (label, found) in enumerate(zip(labels, founds)):
        if label.label != "attributed" or label.source is not None:
            continue
        sentence = article.sentences[index]
        for qs, qe in quotes_by_block[sentence.block]:
            if not (qs < sentence.end and qe > sentence.start):
                continue
            owner = None
            for other in range(index - 1, index + 3):
                if other == index or not 0 <= other < len(labels):
                    continue
                neighbour = article.sentences[other]
                if neighbour.block != sentence.block:
                    continue
                primary = founds[other].primary
                if primary is None or not primary.source:
                    continue
                touches = abs(primary.frame[0] - qe) <= 3 or abs(qs - primary.frame[1]) <= 3 or (
                    neighbour.start <= qe <= neighbour.end and primary.kind != "quotation")
                if touches:
                    owner = primary
                    break
            if owner is not None:
                cue = make_cue(article.text, max(qs, sentence.start), min(qe, sentence.end), "quotation",
                               f"This quotation goes on into the next sentence, where it is credited to {owner.source}.",
                               family="quote_chain")
                out[index] = replace(label, source=owner.source, via=owner.via, cues=tuple(
                    sorted((*label.cues, replace(cue, weight=0.0)), key=lambda c: (c.start, c.end, c.kind))),
                    summary=_summary("attributed", owner.source, owner.via, label.cues))
                break
    return out


class _CuesByPlace:
    """Cues in text order, so each sentence takes its own in logarithmic time (not all of the article's)."""

    def __init__(self, cues: list[Cue]):
        self.cues = sorted(cues, key=lambda c: (c.start, c.end))
        self._starts = [c.start for c in self.cues]

    def within(self, start: int, end: int) -> list[Cue]:
        return self.cues[bisect_left(self._starts, start):bisect_left(self._starts, end)]


def _loaded_cues(spans: Iterable[LoadedSpan], text: str) -> _CuesByPlace:
    """Loaded-language spans as opinion cues, each weighted by its strength."""
    cues = []
    for span in spans:
        if not 0 <= span.start < span.end <= len(text):
            raise ValueError(f"a loaded span ({span.start}, {span.end}) lies outside the text it was given with")
        why = span.why or "A loaded word: it carries strong feeling."
        weight = WEIGHTS["loaded"] * _strength(span.strength)
        cues.append(make_cue(text, span.start, span.end, "loaded", why, family="loaded", weight=round(weight, 3)))
    return _CuesByPlace(cues)


def _strength(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return max(0.0, min(1.0, float(value)))
    return {"strong": 1.0, "high": 1.0, "moderate": 0.7, "medium": 0.7, "mild": 0.4, "weak": 0.4,
            "low": 0.4}.get(str(value).lower(), 0.7)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    import re

    spans = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\s*(?:\n\s*\n|\Z))", text, re.S):
        spans.append((match.start(), match.end()))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
