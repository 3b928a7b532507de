"""Answer keys: span and sentence keys, drafted from the analyzers, reviewed by a teacher, sealed for students.

Modules: `sentence_keys` (the sorting key's file and checks), `drafting` (keys drafted from
the analysis), `sentence_review` (accept, fix, add, save as reviewed), `sealed` (keys that
students can check against without reading), `key_agreement` (where a sentence key and a span
key contradict each other), `taught_readings` (how a student who applies lesson 5's rules sorts a
sentence; drafts give that reading full credit).
"""

from __future__ import annotations

from toolkit.keys.sentence_keys import SentenceKey, SentenceKeyError, draft_sentence_key, load_sentence_key

__all__ = ["SentenceKey", "SentenceKeyError", "draft_sentence_key", "load_sentence_key"]
