"""One analysis per (article, lexicon): each layer computed once, on first use, and handed to the layers that need it.

    from toolkit.analysis import analysis_of
    analysis = analysis_of(article)              # the built-in lexicon; or analysis_of(article, lexicon)
    analysis.loaded, analysis.sentence_labels    # loaded spans feed the sentence labels: found once
    analysis.to_dict()                           # the JSON contract of `python -m toolkit analyze --json`

`analyze`, the part report, key drafting, new lessons and the widgets all read their layers
from here, so two views of one article never disagree and nothing is worked out twice. A
layer that fails raises: a missing layer is never quietly left out.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from toolkit.text.collector import collector_paused
from toolkit.article.model import Article
from toolkit.claims.sentence_labels import (PartVoice, SentenceLabel, claims_warnings, label_sentences, voice_summary,
                                            withheld_reason)
from toolkit.loaded.detect import LoadedSpan, detect
from toolkit.loaded.lexicon import Lexicon, load_lexicon
from toolkit.loaded.measures import LoadedDensity, density
from toolkit.readability.measure import ArticleReadability, measure

#: Where an article keeps its analyses, one per lexicon (the article is immutable, so they never go stale).
_CACHE_ATTRIBUTE = "_analyses"


class ArticleAnalysis:
    """Readability, loaded language, sentence labels and voices of one article with one lexicon."""

    def __init__(self, article: Article, lexicon: Lexicon | None = None):
        self.article = article
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    @cached_property
    def readability(self) -> ArticleReadability:
        with collector_paused():
            return measure(self.article)

    @cached_property
    def loaded(self) -> tuple[LoadedSpan, ...]:
        with collector_paused():
            return tuple(detect(self.article, lexicon=self.lexicon))

    @cached_property
    def loaded_density(self) -> LoadedDensity:
        return density(self.article, self.loaded)

    @cached_property
    def sentence_labels(self) -> tuple[SentenceLabel, ...]:
        """Each sentence's label; the loaded spans found above are its loaded-language cues."""
        loaded = self.loaded
        with collector_paused():
            return tuple(label_sentences(self.article, loaded=loaded))

    @cached_property
    def labels_by_id(self) -> dict[str, SentenceLabel]:
        return {label.sentence_id: label for label in self.sentence_labels}

    @cached_property
    def voices(self) -> tuple[PartVoice, ...]:
        return tuple(voice_summary(self.article, self.sentence_labels))

    @cached_property
    def claims_withheld(self) -> str | None:
        """Why no sentence labels should be shown (a text not in English), or None."""
        return withheld_reason(self.article.text, self.article.text_layer)

    @cached_property
    def claims_warnings(self) -> tuple[str, ...]:
        return tuple(claims_warnings(self.article.text, self.article.text_layer))

    def to_dict(self) -> dict[str, Any]:
        """Everything the toolkit says about the article, as JSON-ready data (DESIGN.md's contract)."""
        with collector_paused():  # the report is tens of thousands of small dicts: see `toolkit.text.collector`
            return self._report()

    def _report(self) -> dict[str, Any]:
        report = self.article.to_dict()
        report["loaded"] = [span.to_dict() for span in self.loaded]
        report["loaded_density"] = self.loaded_density.to_dict()
        report["readability"] = self.readability.to_dict()
        if self.claims_withheld:  # not English: say so, and give no label rather than a wrong one
            reason = self.claims_withheld
            for sentence in report["sentences"]:
                sentence.update({"label": None, "source": None, "via": None, "confidence": None, "summary": reason,
                                 "withheld": reason, "cues": []})
            report.update({"voices": [], "claims_withheld": reason, "claims_warnings": [reason]})
            return report
        by_id = self.labels_by_id
        for sentence in report["sentences"]:
            label = by_id[sentence["id"]]
            sentence.update({"label": label.label, "source": label.source, "via": label.via,
                             "confidence": label.confidence, "summary": label.summary,
                             "cues": [{"start": c.start, "end": c.end, "text": c.text, "kind": c.kind, "why": c.why,
                                       "points_to": c.points_to, "weight": c.weight, "reported": c.reported}
                                      for c in label.cues]})
        report["voices"] = [part.to_dict() for part in self.voices]
        report["claims_warnings"] = list(self.claims_warnings)
        return report


def analysis_of(article: Article, lexicon: Lexicon | None = None) -> ArticleAnalysis:
    """The article's analysis with this lexicon, made once and kept on the article.

    By default the lexicon is the course's: the built-in one, plus the words an instructor added in
    `lexicon.txt` files (see `toolkit.loaded.course_lexicon`), so every view of an article shows the same words.
    """
    cache: dict[int | None, tuple[Lexicon | None, ArticleAnalysis]] = article.__dict__.setdefault(_CACHE_ATTRIBUTE, {})
    key = None if lexicon is None else id(lexicon)
    kept = cache.get(key)
    if kept is None:
        chosen = lexicon if lexicon is not None else _course_lexicon(article)
        # The course lexicon asked for by default and by name is one lexicon: one analysis for both.
        kept = cache.get(id(chosen)) if chosen is not None else None
        if kept is None:
            kept = (chosen, ArticleAnalysis(article, chosen))  # the lexicon is kept so its id stays its own
        cache[key] = kept
        if chosen is not None:
            cache[id(chosen)] = kept
    return kept[1]


def _course_lexicon(article: Article) -> Lexicon | None:
    """The course's lexicon when an instructor added words for this article or course, else None (built in)."""
    from toolkit.loaded.course_lexicon import lesson_lexicon, lexicon_files

    return lesson_lexicon(article) if lexicon_files(article) else None
