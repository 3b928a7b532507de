"""A quotation signed on its last line is credited to the name that signs it.

A statement or pull quote printed as the words, then the speaker on a line of their own inside the same
quotation marks ("The pier should stay open. We owe it to the town.\nMarta Quill, Calder Pilots Guild.\"")
names its speaker only there. The sign-off itself makes no claim (`toolkit.claims.quote_signoffs`), but it
says whose the words above it are: each sentence of that quotation that is someone's words with no one
named gets the signing name as its source, as a quotation whose speaker is named in the next sentence does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from toolkit.article.model import Article
from toolkit.claims.cues import make_cue
from toolkit.claims.quote_signoffs import quote_signoff


def credit_signed_quotations(article: Article, labels: Sequence, quotes_by_block: dict[int, list[tuple[int, int]]],
                             summary) -> list:
    """`labels` with the sentences of a signed quotation credited to its signing name; `summary(label, source)`
    gives the label's new summary line."""
    out = list(labels)
    layer = article.text_layer
    for index, label in enumerate(labels):
        if label.label != "no_claim" or index == 0:
            continue
        sentence = article.sentences[index]
        name = quote_signoff(article.text, sentence.start, sentence.end, layer.tokens_in(sentence.start, sentence.end))
        if name is None:
            continue
        signed = next(((qs, qe) for qs, qe in quotes_by_block[sentence.block] if qs < sentence.start < qe), None)
        if signed is None:
            continue
        qs, _ = signed
        for other in range(index - 1, -1, -1):
            above = article.sentences[other]
            if above.block != sentence.block or above.end <= qs:
                break
            if out[other].label != "attributed" or out[other].source is not None:
                continue
            cue = make_cue(article.text, sentence.start, sentence.end, "quotation",
                           f"The line under this quotation signs it: the words are {name}'s.", family="quote_signoff")
            out[other] = replace(out[other], source=name, cues=tuple(sorted(
                (*out[other].cues, replace(cue, weight=0.0)), key=lambda c: (c.start, c.end, c.kind))),
                summary=summary(out[other], name))
    return out
