"""Lateral reading: the evidence pack a class uses offline, and the dates an article gives away.

`evidence` loads `seeds/<slug>/evidence/pack.yaml` (summaries written for the project, each
dated and saying where to check it, plus a list of searches for classes with the internet);
`dates` finds the date clues in an article's own text, so "when was this?" is answered from the
page and the pack, never typed into a lesson.
"""

from __future__ import annotations

from toolkit.lateral.dates import DateClue, date_clues
from toolkit.lateral.evidence import EvidenceError, EvidenceItem, EvidencePack, Search, load_pack

__all__ = ["DateClue", "EvidenceError", "EvidenceItem", "EvidencePack", "Search", "date_clues", "load_pack"]
