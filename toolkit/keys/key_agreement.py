"""Do an article's two answer keys agree? The span key and the sentence key, read together.

A student is scored by both keys (lesson 1 and exercise 1 by spans, lesson 5 and exercise 5
by sentences), so a sentence the sentence key calls a fact while the span key marks it as an
attributed claim teaches two things at once. `key_contradictions` lists every such place, in
words an instructor can act on; `toolkit.authoring.validate` reports them.

What counts as a contradiction (the reading rules in `toolkit/data/reading_rules.yaml` decide
what else is allowed: a sentence's "full-credit" labels are its label and its `also_right`):

- a fact, opinion or attributed span covering (nearly) a whole sentence whose full-credit
  labels do not include that label;
- an attributed span over a sentence the sentence key does not give attributed full credit;
- a sentence the key calls attributed (by its label) with no attributed span, or with a named
  source but no source span;
- an opinion clause (more than a few words) in a sentence the key calls fact without also
  accepting opinion (a single hedge word may sit in any claim);
- a fact, opinion or attributed span in a line the sentence key says makes no claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from toolkit.article.model import Article

#: A span covering at least this share of a sentence's characters speaks for the whole sentence.
WHOLE_SENTENCE = 0.9
#: An opinion span of at most this many words is a hedge or a single judgment word, not a clause.
HEDGE_WORDS = 3
CLAIM_SPAN_LABELS = ("fact", "opinion", "attributed")


@dataclass(frozen=True)
class Contradiction:
    """One place where the keys disagree: the sentence, the span (if any) and what is wrong."""

    sentence_id: str
    span_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.sentence_id}" + (f" / span {self.span_id}" if self.span_id else "")
        return f"{where}: {self.message}"


def key_contradictions(article: Article, sentence_key: Mapping[str, Any],
                       span_key: Mapping[str, Any]) -> list[Contradiction]:
    """Every contradiction between a sentence key's data and a span key's data for one article."""
    entries = sentence_key.get("sentences") if isinstance(sentence_key, Mapping) else None
    spans = span_key.get("spans") if isinstance(span_key, Mapping) else None
    if not isinstance(entries, Mapping) or not isinstance(spans, list):
        return []
    usable = [s for s in spans if isinstance(s, Mapping) and isinstance(s.get("start"), int)
              and isinstance(s.get("end"), int) and isinstance(s.get("label"), str)]
    found: list[Contradiction] = []
    for sentence in article.sentences:
        entry = entries.get(sentence.id)
        if not isinstance(entry, Mapping) or not isinstance(entry.get("label"), str):
            continue
        label = entry["label"]
        full = {label, *[a for a in entry.get("also_right", []) if isinstance(a, str)]}
        inside = [s for s in usable if s["start"] < sentence.end and sentence.start < s["end"]]
        found.extend(_one_sentence(article, sentence, label, full, entry, inside))
    return found


def _one_sentence(article: Article, sentence, label: str, full: set[str], entry: Mapping[str, Any],
                  inside: Sequence[Mapping[str, Any]]) -> list[Contradiction]:
    out: list[Contradiction] = []
    length = max(1, sentence.end - sentence.start)
    said = f"the sentence key calls it {label}" + (
        f" (also right: {', '.join(sorted(full - {label}))})" if full - {label} else "")
    for span in inside:
        span_label, span_id = span["label"], str(span.get("id") or f"{span['start']}-{span['end']}")
        if span_label not in CLAIM_SPAN_LABELS:
            continue
        covered = (min(span["end"], sentence.end) - max(span["start"], sentence.start)) / length
        if label == "no_claim":
            out.append(Contradiction(sentence.id, span_id, f"the span key marks it {span_label}, but the "
                                     "sentence key says this line makes no claim"))
            continue
        if span_label == "attributed" and "attributed" not in full:
            out.append(Contradiction(sentence.id, span_id, f"the span key marks an attributed claim, but {said}; "
                                     "give attributed full credit (also_right) or remove the span"))
        elif covered >= WHOLE_SENTENCE and span_label not in full:
            out.append(Contradiction(sentence.id, span_id, f"the span key marks the whole sentence {span_label}, "
                                     f"but {said}"))
        elif (span_label == "opinion" and label == "fact" and "opinion" not in full
              and article.word_count(span["start"], span["end"]) > HEDGE_WORDS):
            out.append(Contradiction(sentence.id, span_id, f"the span key marks an opinion clause "
                                     f"({_short(article.text[span['start']:span['end']])!r}), but {said} with no "
                                     "opinion alternative (reading rule loaded-word-in-a-fact: add also_right: opinion)"))
    if label == "attributed":
        if not any(s["label"] == "attributed" for s in inside):
            out.append(Contradiction(sentence.id, None, "the sentence key calls it attributed, but the span key has "
                                     "no attributed span in it"))
        if entry.get("source") and not any(s["label"] == "source" for s in inside):
            out.append(Contradiction(sentence.id, None, f"the sentence key credits it to {entry['source']!r}, but the "
                                     "span key marks no source in it"))
    return out


def _short(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
