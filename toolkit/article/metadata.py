"""What an article says about its own origin: outlet, credit line, photo agency.

A republished story often names its real source only in a credit line at the bottom, and
its photo in a caption's agency credit. Reading those lines is the first step of asking
"who is speaking?", so the toolkit infers them and lets a metadata file override them.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

#: Keys an instructor may set in front matter or a seed's metadata file.
KNOWN_KEYS = (
    "title", "outlet", "url", "date", "credit", "author", "republisher", "caption_agency",
    "photographer", "language", "parts", "notes", "license", "slug",
)

_OUTLET_IN_PARENS = re.compile(r"\(([^()]{2,80})\)\s*\.?\s*$")
_PUBLISHED_BY = re.compile(
    r"(?:originally\s+(?:published|posted|appeared)\s+(?:by|in|on|at)|first\s+(?:published|appeared)\s+(?:by|in|on|at)"
    r"|republished\s+(?:from|with\s+permission\s+(?:from|of))|reprinted\s+(?:from|with\s+permission\s+(?:from|of))"
    r"|source\s*:|via\s*:)\s+(?:the\s+website\s+of\s+)?(.+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s)\]>\"']+")
_AGENCY_CREDIT = re.compile(
    r"\b(REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|Getty(?:\s+Images)?|Xinhua|TASS|Sputnik|UPI|ANSA|dpa|DPA|Anadolu|"
    r"Bloomberg|Shutterstock|Associated\s+Press|Pool)(?:\s+Photo)?\s*/\s*([A-Z][\w.\-\u2019' ]+?)\)?\s*$"
)
_AGENCY_NAMES = {
    "REUTERS": "Reuters", "AP": "Associated Press", "AFP": "Agence France-Presse", "EPA": "EPA",
    "EPA-EFE": "EPA-EFE", "DPA": "dpa",
}


def infer_metadata(blocks: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Infer `credit`, `outlet`, `url`, `caption_agency` and `photographer` from (kind, text) blocks."""
    found: dict[str, Any] = {}
    for kind, text in blocks:
        if kind == "credit" and "credit" not in found:
            found["credit"] = text
            outlet = outlet_from_credit(text)
            if outlet:
                found["outlet"] = outlet
            url = _URL.search(text)
            if url:
                found["url"] = url.group(0).rstrip(".,;")
        elif kind == "caption" and "caption_agency" not in found:
            match = _AGENCY_CREDIT.search(text)
            if match:
                agency = match.group(1)
                found["caption_agency"] = _AGENCY_NAMES.get(agency.upper(), agency)
                found["photographer"] = match.group(2).strip()
    return found


def outlet_from_credit(text: str) -> str | None:
    """The outlet a credit line names: '... (The Daily Caller)' or 'Originally published by X'."""
    match = _OUTLET_IN_PARENS.search(text)
    if match and not _URL.search(match.group(1)):
        return match.group(1).strip()
    match = _PUBLISHED_BY.search(text)
    if match:
        outlet = _URL.sub("", match.group(1)).strip(" .,:;")
        return outlet or None
    return None


def merge_metadata(inferred: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """Given values win over inferred ones; `None` in a metadata file means 'unknown', and is kept."""
    merged = dict(inferred)
    merged.update(given)
    return merged
