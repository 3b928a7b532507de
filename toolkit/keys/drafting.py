"""Answer keys drafted from the analyzers, for an instructor to review before students use them.

A draft saves an instructor most of the typing, never the judgment: every entry says where it
came from, the key's status is `draft`, and the exercise build refuses a draft key
(`toolkit.exercises.types.base.CompileContext`) until it is reviewed
(`toolkit.widgets.annotate.review_key`, `toolkit.widgets.review_sentence_key`).

- The sentence key (`keys/sentences.json`) is `toolkit.keys.sentence_keys.draft_sentence_key`:
  the label and source `toolkit.claims.sentence_labels` gives each sentence.
- The span key (`keys/spans.json`) gathers, each with a note saying why:
  `loaded`: what `toolkit.loaded.detect` finds (with the lesson's lexicon), except vague
  sourcing ("is considered", "supposedly"), drafted as `opinion` as the reading rules mark it;
  `attributed` and `opinion`: the sentences `toolkit.claims.sentence_labels` labels so (the whole sentence,
  as the sample key marks them); `source`: who those attributed sentences credit (the
  claims' source and document cues), the outlet named in the credit line and the photo
  credit in a caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from toolkit.annotation.spans import Span, SpanKey, make_span_key
from toolkit.article.model import Article

#: Block kinds whose sentences get an `attributed` or `opinion` span (not credit lines or site text).
SENTENCE_SPAN_KINDS = frozenset({"title", "heading", "paragraph", "list_item", "caption"})
#: Cue kinds that name who a claim is credited to.
SOURCE_CUES = ("source", "document")
#: Where a drafted note starts, so a reviewer (and the review widgets) can tell it from their own.
DRAFT_NOTE = "draft from the toolkit: "
#: Short ids per label, as in the sample key ("loa-01", "src-03").
_ID_PREFIX = {"loaded": "loa", "attributed": "att", "opinion": "opi", "source": "src", "fact": "fac"}


@dataclass(frozen=True)
class DraftKeys:
    """The two drafted keys of an article: the sentence key's JSON object and the span key."""

    sentences: dict[str, Any]
    spans: SpanKey

    def summary(self) -> str:
        """The drafts in a phrase: "sentence key: 9 fact, 5 attributed, 6 opinion; span key: 6 loaded, ..."."""
        from toolkit.annotation.labels import LABELS, SENTENCE_LABELS

        sentences = [entry["label"] for entry in self.sentences["sentences"].values()]
        spans = [span.label for span in self.spans.spans]
        by_sentence = ", ".join(f"{sentences.count(n)} {n}" for n in SENTENCE_LABELS if n in sentences)
        by_span = ", ".join(f"{spans.count(n)} {n}" for n in LABELS if n in spans)
        return f"sentence key: {by_sentence or 'empty'}; span key: {by_span or 'empty'}"

    def counts(self) -> dict[str, int]:
        """How many entries of each kind, for a one-line report."""
        counts: dict[str, int] = {}
        for entry in self.sentences["sentences"].values():
            counts[f"{entry['label']} sentences"] = counts.get(f"{entry['label']} sentences", 0) + 1
        for span in self.spans.spans:
            counts[f"{span.label} spans"] = counts.get(f"{span.label} spans", 0) + 1
        return counts


def _trimmed(text: str, start: int, end: int, *, words_only: bool = False) -> tuple[int, int] | None:
    """`(start, end)` without the spaces at its ends (and, for a name, without punctuation there)."""
    def trim(char: str) -> bool:
        return char.isspace() or (words_only and not char.isalnum())

    while start < end and trim(text[start]):
        start += 1
    while end > start and trim(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def _find_in_block(article: Article, kinds: Iterable[str], phrase: str | None) -> tuple[int, int] | None:
    """The first whole-word occurrence of `phrase` in a block of one of `kinds` (any case)."""
    if not isinstance(phrase, str) or not phrase.strip():
        return None
    words = phrase.split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    for block in article.blocks_of_kind(*kinds):
        match = pattern.search(article.text, block.start, block.end)
        if match:
            return match.start(), match.end()
    return None


def draft_spans(article: Article, *, lexicon=None, analysis=None) -> list[Span]:
    """The drafted span marks of an article, in reading order, with deterministic ids.

    From the article's analysis with the course's lexicon (`analysis_of(article, lexicon)`
    unless `analysis` is given), so the loaded words and the sentence labels agree.
    """
    from toolkit.analysis.article_analysis import analysis_of

    analysis = analysis if analysis is not None else analysis_of(article, lexicon)
    text = article.text
    found: list[tuple[int, int, str, str]] = []
    for span in analysis.loaded:
        voice = " (inside quoted speech: the speaker's word, not the writer's)" if span.quoted else ""
        # Vague sourcing ("is considered", "supposedly") is the writer's judgment, marked as opinion (reading rules).
        label = "loaded" if span.counts_as_loaded else "opinion"
        found.append((span.start, span.end, label, f"{DRAFT_NOTE}{span.why}{voice}"))
    for label in analysis.sentence_labels:
        sentence = article.sentence(label.sentence_id)
        if article.blocks[sentence.block].kind not in SENTENCE_SPAN_KINDS:
            continue
        if label.label in ("attributed", "opinion"):
            bounds = _trimmed(text, label.start, label.end)
            if bounds:
                found.append((*bounds, label.label, f"{DRAFT_NOTE}{label.summary}"))
        if label.label == "attributed":
            for cue in label.cues:
                if cue.kind in SOURCE_CUES and not cue.reported:
                    bounds = _trimmed(text, cue.start, cue.end, words_only=True)
                    if bounds:
                        found.append((*bounds, "source", f"{DRAFT_NOTE}{cue.why}"))
    outlet = _find_in_block(article, ("credit",), article.metadata.get("outlet"))
    if outlet:
        found.append((*outlet, "source", f"{DRAFT_NOTE}the credit line names the outlet that first published "
                                         "the story"))
    photographer = _find_in_block(article, ("caption",), article.metadata.get("photographer"))
    if photographer:
        found.append((*photographer, "source", f"{DRAFT_NOTE}the caption credits the photo"))
    spans, seen, numbers = [], set(), {}
    for start, end, label, note in sorted(found, key=lambda item: (item[0], item[1], item[2])):
        if (start, end, label) in seen:
            continue
        seen.add((start, end, label))
        numbers[label] = numbers.get(label, 0) + 1
        spans.append(Span.of(article, start, end, label, note, id=f"{_ID_PREFIX.get(label, label[:3])}-"
                                                                   f"{numbers[label]:02d}"))
    return spans


def draft_keys(article: Article, *, lexicon=None, analysis=None) -> DraftKeys:
    """Both keys of an article as drafts, from one analysis with the course's lexicon (nothing is written:
    see `toolkit.authoring.new_lesson`)."""
    from toolkit.analysis.article_analysis import analysis_of
    from toolkit.keys.sentence_keys import draft_sentence_key

    analysis = analysis if analysis is not None else analysis_of(article, lexicon)
    sentences = draft_sentence_key(article, analysis.sentence_labels)
    spans = make_span_key(article, draft_spans(article, analysis=analysis),
                          status="draft",
                          notes="Drafted by the toolkit (python -m toolkit new-lesson). Check every mark: accept it, "
                                "fix it or delete it, add what is missing, then save the key as reviewed.")
    return DraftKeys(sentences, spans)


def is_drafted_note(note: str | None) -> bool:
    return bool(note) and str(note).startswith(DRAFT_NOTE)


def reviewed_note(note: str | None) -> str:
    """A drafted note as it reads once a person has accepted it: the toolkit's reason, without the draft mark."""
    note = note or ""
    return note[len(DRAFT_NOTE):] if is_drafted_note(note) else note
