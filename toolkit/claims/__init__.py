"""Whose voice is each sentence in: reported fact, attributed claim or the writer's opinion.

    from toolkit.claims import label_sentences, explain
    for label in label_sentences(article):
        print(label.label, label.source, explain(label))

Modules: `sentence_labels` (the labels and their weights), `cues` (the words and marks that
decide them), `judgment` (judgment with no loaded keyword: words that grade, verdict idioms,
rankings, oughts, sarcasm), `attribution` (who a sentence credits), `non_claims` (lines that make no claim:
navigation, site text, credits), `reading_rules` (the rules the lessons teach, written once),
`sorting` (the sorting activity's checking and save file).
"""

from __future__ import annotations

from toolkit.claims.sentence_labels import (PartVoice, SentenceLabel, claims_warnings, explain, label_sentences,
                                            label_text, voice_summary)

__all__ = ["PartVoice", "SentenceLabel", "claims_warnings", "explain", "label_sentences", "label_text",
           "voice_summary"]
