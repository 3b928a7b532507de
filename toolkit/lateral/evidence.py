"""An article's evidence pack: `seeds/<slug>/evidence/pack.yaml`, checked as it loads.

A pack holds cards about the people and outlets behind a page (who they are, what date they
are about, where to check them, what to trust them for and what not) and the searches a class
with the internet can run instead. Cards are summaries written for the project: the loader
refuses a pack that does not say so, or a card without a date or a place to check it, so that
nobody mistakes a card for a quotation from a real outlet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

ITEM_FIELDS = ("id", "title", "about", "date", "check", "summary", "trust_for", "not_for")


class EvidenceError(ValueError):
    """A pack that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class EvidenceItem:
    """One card: who or what it is about, the date it concerns, where to check it, and what it is good for."""

    id: str
    title: str
    about: str
    date: str
    check: str
    summary: str
    trust_for: str
    not_for: str


@dataclass(frozen=True)
class Search:
    """A lead from the page and what to type into a search engine to follow it."""

    lead: str
    search: str


@dataclass(frozen=True)
class EvidencePack:
    article: str
    notice: str
    items: tuple[EvidenceItem, ...]
    searches: tuple[Search, ...]

    def item(self, item_id: str) -> EvidenceItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"the evidence pack has no card {item_id!r}")


def pack_path(seed: Path) -> Path:
    return Path(seed) / "evidence" / "pack.yaml"


def load_pack(seed: Path) -> EvidencePack:
    """The evidence pack of a seed folder; `EvidenceError` lists what is wrong with it."""
    import yaml

    path = pack_path(seed)
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError:
        raise EvidenceError(f"{path}: no evidence pack") from None
    except yaml.YAMLError as error:
        raise EvidenceError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise EvidenceError(f"{path}: a pack is a mapping with article, notice, searches and items")
    problems = []
    if data.get("written_for_project") is not True:
        problems.append("say `written_for_project: true` (cards are our summaries, not quotations)")
    items = []
    for number, raw in enumerate(data.get("items") or [], start=1):
        missing = [name for name in ITEM_FIELDS if not isinstance(raw, dict) or not str(raw.get(name) or "").strip()]
        if missing:
            problems.append(f"card {number} needs {', '.join(missing)}")
            continue
        items.append(EvidenceItem(**{name: " ".join(str(raw[name]).split()) for name in ITEM_FIELDS}))
    if len({item.id for item in items}) != len(items):
        problems.append("two cards share an id")
    searches = tuple(Search(str(s["lead"]), str(s["search"])) for s in data.get("searches") or []
                     if isinstance(s, dict) and s.get("lead") and s.get("search"))
    if not items:
        problems.append("no cards")
    if problems:
        raise EvidenceError(f"{path}: " + "; ".join(problems))
    return EvidencePack(str(data.get("article") or Path(seed).name), " ".join(str(data.get("notice", "")).split()),
                        tuple(items), searches)
