"""The writer's own words right after a quotation: a comment on it, not more of it (issue 16).

A reporting frame hands the rest of its sentence to the speaker. Two shapes after a quotation are
the writer's own, however:

- an appositive that sums up the quotation: '"We will cut every tax," a promise nobody believed.'
  or '..., a claim that ignores the cost.' After the closing mark (and a comma or dash), a noun phrase
  opened by "a", "an" or "another" with no verb before any "that" / "which" / "who" describes the
  quotation: the writer naming what kind of statement it was;
- a new sentence after a quotation that ends one: '... every day." This is a fair point.' When the
  quotation ends with a full stop, "?" or "!" and a capitalised word follows with no verb of saying
  in its first words ('"..." Smith said' is still the report), what follows is the writer's.

Judgment words in these spans count for the writer (the labeller takes them out of the reported
words) and, being the writer's verdict on what was said, lower the bar an attribution must clear.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.writer_fragments import has_verb
from toolkit.text.tokens import CLOSING_QUOTES, Token, reporting_verbs, word_list

#: Marks after a quotation that set off an appositive.
_BREAKS = frozenset({",", "\u2014", "\u2013", "-"})
#: Words that open an appositive noun phrase.
_APPOSITIVE_OPENERS = frozenset({"a", "an", "another"})
#: Words that open a relative clause inside the appositive ("a claim that ignores ...").
_RELATIVES = frozenset({"that", "which", "who", "whose"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: How many words after a quotation are searched for a verb of saying.
_SPEAKER_WINDOW = 6


def writer_comment_spans(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]],
                         end: int) -> list[tuple[int, int]]:
    """Spans (start, end) after the quotations of a sentence ending at `end` that are the writer's own comment."""
    spans = []
    for _, q_end in quotes:
        k = next((i for i, t in enumerate(tokens) if t.start >= q_end), None)
        if k is None:
            continue
        stop = min([s for s, _ in quotes if s >= q_end] + [end])
        # the last mark inside the quotation (a short window: never a copy of the text up to here)
        inside_end = text[max(0, q_end - 8):q_end].rstrip().rstrip(CLOSING_QUOTES + "'\"").rstrip()[-1:]
        span = _appositive(tokens, k, stop) or _next_sentence(tokens, k, stop, inside_end)
        if span is not None:
            spans.append(span)
    return spans


def _appositive(tokens: Sequence[Token], k: int, stop: int) -> tuple[int, int] | None:
    if tokens[k].text in _BREAKS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in _APPOSITIVE_OPENERS or tokens[k].start >= stop:
        return None
    head = []
    for token in tokens[k:]:
        if token.start >= stop or token.low in _RELATIVES or token.text in (",", ";", ":"):
            break
        if token.is_word:
            head.append(token)
    if len(head) < 2 or has_verb(head) or _speaks(head):
        return None  # '"...," a spokesman said': a speaker, not a comment
    return tokens[k].start, stop


def _next_sentence(tokens: Sequence[Token], k: int, stop: int, inside_end: str) -> tuple[int, int] | None:
    if tokens[k].text in _SENTENCE_ENDS:
        k += 1
    elif inside_end not in _SENTENCE_ENDS:
        return None
    if k >= len(tokens) or tokens[k].start >= stop or not (tokens[k].is_word and tokens[k].is_capitalised):
        return None
    window = [t for t in tokens[k:] if t.is_word and t.start < stop][:_SPEAKER_WINDOW]
    if _speaks(window):
        return None
    return tokens[k].start, stop


#: Irregular past forms of saying and believing ("Smith said", "she wrote").
_IRREGULAR_PASTS = frozenset({"said", "told", "wrote", "thought", "felt", "knew", "saw", "spoke", "put", "held"})


def _speaks(words: Sequence[Token]) -> bool:
    """Whether a verb of saying, seeing or believing is among the words ('"..." Smith said').

    Only its inflected forms count ("said", "argues", "warned"): the bare form is as often the noun
    the writer sums the quotation up with ("a pledge", "a view", "a claim")."""
    speaking = reporting_verbs()
    other = (word_list("stance_verbs"), word_list("belief_verbs"))
    for w in words:
        low = w.low
        if not (low in speaking or any(low in lst for lst in other)):
            continue
        if low in _IRREGULAR_PASTS or low.endswith("ed") or (low.endswith("s") and not low.endswith("ss")):
            return True
    return False
