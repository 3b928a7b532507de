"""Compare a paragraph with a student's neutral rewrite of it.

What a good neutral rewrite does: fewer loaded words, the same claims kept honestly, and
usually plainer sentences. `compare_rewrite` measures all three so that a widget can show
them and an exercise can score them with one call. Claims, not names, are what is scored
(`toolkit.loaded.claims_kept`): a rewrite that drops "the West" but says the writer gives no
evidence keeps the claim; one that states the writer's guess flatly, or credits it to a
source the original never gave, does not. Names, numbers and quotations are still listed
(`facts_kept`, `facts_lost`) for the teacher, but no longer decide the score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from toolkit.loaded import LoadedSpan, detect
from toolkit.loaded.claims_kept import ClaimCheck, check_claims, claims_kept_share
from toolkit.loaded.context import quotations

#: Words that start sentences in capitals without being names.
_COMMON_CAPITALISED = frozenset("""
    a an the this that these those it its he she they we i you his her their our my there here but and so
    yet however meanwhile still also then now today yesterday in on at after before when while if although
    though because since as what who why how where some many most several one no not only for of to by with
    from full comments according reports officials experts critics analysts police sources people
    is are was were will would can could should may might must do does did has have had be been
    """.split())
#: Words that often open a sentence and are never names there.
_SENTENCE_OPENERS = frozenset("""
    once again instead perhaps indeed even just finally already anyone everyone everybody nobody somebody
    someone whether unfortunately fortunately clearly obviously sadly surely certainly apparently
    supposedly allegedly reportedly worse better first second third last next soon later earlier
    recently critics supporters residents officials voters readers say imagine consider
    """.split())
_NAME = re.compile(r"[A-Z][\w\u2019'.-]*(?:[ \u00a0]+(?:of |de |al-|bin )?[A-Z][\w\u2019'.-]*)*")
_NUMBER = re.compile(r"(?<![\w.])(?:[A-Z]+-)?\d[\d,.:/-]*%?(?:\s?(?:percent|per cent|million|billion|trillion))?")


@dataclass(frozen=True)
class Facts:
    """The checkable details of a text: names, numbers and the words inside quotation marks."""

    names: tuple[str, ...]
    numbers: tuple[str, ...]
    quotes: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.names) + len(self.numbers) + len(self.quotes)

    def to_dict(self) -> dict[str, list[str]]:
        return {"names": list(self.names), "numbers": list(self.numbers), "quotes": list(self.quotes)}


@dataclass(frozen=True)
class Readability:
    """Two standard readability scores of a text."""

    flesch_kincaid_grade: float
    flesch_reading_ease: float

    def to_dict(self) -> dict[str, float]:
        return {"flesch_kincaid_grade": self.flesch_kincaid_grade, "flesch_reading_ease": self.flesch_reading_ease}


@dataclass(frozen=True)
class RewriteComparison:
    """Loaded spans, facts and readability of an original paragraph and its rewrite."""

    original: str
    rewrite: str
    before: tuple[LoadedSpan, ...]
    after: tuple[LoadedSpan, ...]
    facts_kept: Facts
    facts_lost: Facts
    readability_before: Readability | None
    readability_after: Readability | None
    warnings: tuple[str, ...] = field(default=())
    claims: tuple[ClaimCheck, ...] = field(default=())

    @property
    def loaded_before(self) -> int:
        return len(self.before)

    @property
    def loaded_after(self) -> int:
        return len(self.after)

    @property
    def loaded_drop(self) -> int:
        """How many fewer loaded words or phrases the rewrite has (negative if it has more)."""
        return self.loaded_before - self.loaded_after

    @property
    def loaded_drop_share(self) -> float:
        """The share of the original's loaded spans that are gone, from 0 to 1 (1 when there were none)."""
        if not self.before:
            return 1.0 if not self.after else 0.0
        return max(0.0, min(1.0, self.loaded_drop / self.loaded_before))

    @property
    def facts_kept_share(self) -> float:
        """The share of the original's names, numbers and quotes still in the rewrite (1 when there were none)."""
        total = self.facts_kept.count + self.facts_lost.count
        return 1.0 if total == 0 else self.facts_kept.count / total

    @property
    def claims_kept_share(self) -> float:
        """The share of the original's claims the rewrite keeps honestly (not flat, no invented source)."""
        return claims_kept_share(self.claims)

    @property
    def removed(self) -> tuple[str, ...]:
        """Loaded wordings of the original that the rewrite no longer uses."""
        still = {s.text.lower() for s in self.after}
        return tuple(dict.fromkeys(s.text for s in self.before if s.text.lower() not in still))

    @property
    def remaining(self) -> tuple[str, ...]:
        """Loaded wordings still in the rewrite (old or new)."""
        return tuple(dict.fromkeys(s.text for s in self.after))

    @property
    def grade_change(self) -> float | None:
        """Change in Flesch-Kincaid grade (negative: the rewrite is easier to read)."""
        if self.readability_before is None or self.readability_after is None:
            return None
        return round(self.readability_after.flesch_kincaid_grade - self.readability_before.flesch_kincaid_grade, 1)

    @property
    def ease_change(self) -> float | None:
        """Change in Flesch reading ease (positive: the rewrite is easier to read)."""
        if self.readability_before is None or self.readability_after is None:
            return None
        return round(self.readability_after.flesch_reading_ease - self.readability_before.flesch_reading_ease, 1)

    def score(self, *, facts_weight: float = 0.5) -> float:
        """One number from 0 to 1: loaded language removed, weighted with claims kept honestly."""
        if not self.rewrite.strip():
            return 0.0
        return round((1 - facts_weight) * self.loaded_drop_share + facts_weight * self.claims_kept_share, 3)

    def meets(self, *, min_drop_share: float = 0.6, min_facts_kept: float = 0.8) -> bool:
        """True when enough loaded wording is gone and enough claims are kept honestly."""
        return bool(self.rewrite.strip()) and self.loaded_drop_share >= min_drop_share \
            and self.claims_kept_share >= min_facts_kept

    def feedback(self) -> list[str]:
        """Sentences for the student, most important first."""
        notes = list(self.warnings)
        if not self.rewrite.strip():
            return notes
        if self.before:
            notes.append(f"Loaded words or phrases: {self.loaded_before} before, {self.loaded_after} after.")
        elif self.after:
            notes.append(f"The original had no loaded words the toolkit could find; your rewrite has {self.loaded_after}.")
        if self.remaining:
            notes.append("Still loaded: " + ", ".join(f"\u201c{t}\u201d" for t in self.remaining[:6]) + ".")
        notes.extend(check.message for check in self.claims)
        lost_numbers = [*self.facts_lost.numbers, *(f"\u201c{q}\u201d" for q in self.facts_lost.quotes)]
        if lost_numbers:
            notes.append("Numbers or quoted words the original has and your rewrite does not: "
                         + ", ".join(lost_numbers[:6]) + ". Check you have not dropped a checkable detail.")
        if self.grade_change is not None and abs(self.grade_change) >= 0.5:
            easier = "easier" if self.grade_change < 0 else "harder"
            notes.append(f"Reading grade {self.readability_before.flesch_kincaid_grade:.1f} \u2192 "
                         f"{self.readability_after.flesch_kincaid_grade:.1f}: your version is {easier} to read.")
        return notes

    def to_dict(self) -> dict[str, Any]:
        return {
            "loaded_before": self.loaded_before, "loaded_after": self.loaded_after, "loaded_drop": self.loaded_drop,
            "loaded_drop_share": round(self.loaded_drop_share, 3), "removed": list(self.removed),
            "remaining": list(self.remaining), "before": [s.to_dict() for s in self.before],
            "after": [s.to_dict() for s in self.after], "facts_kept": self.facts_kept.to_dict(),
            "facts_lost": self.facts_lost.to_dict(), "facts_kept_share": round(self.facts_kept_share, 3),
            "claims": [{"claim": c.claim, "status": c.status, "message": c.message} for c in self.claims],
            "claims_kept_share": round(self.claims_kept_share, 3),
            "readability_before": self.readability_before.to_dict() if self.readability_before else None,
            "readability_after": self.readability_after.to_dict() if self.readability_after else None,
            "grade_change": self.grade_change, "ease_change": self.ease_change, "score": self.score(),
            "meets": self.meets(), "feedback": self.feedback(), "warnings": list(self.warnings),
        }


def compare_rewrite(original: str, rewrite: str) -> RewriteComparison:
    """Loaded spans before and after, facts kept or lost, and the change in readability."""
    if not isinstance(original, str) or not isinstance(rewrite, str):
        raise TypeError("compare_rewrite() takes two strings: the original and the rewrite")
    warnings = []
    if not rewrite.strip():
        warnings.append("Write your rewrite in the box first.")
    elif _normalise(rewrite) == _normalise(original):
        warnings.append("Your rewrite is the same as the original: change the loaded words.")
    facts = find_facts(original)
    kept, lost = _split_kept(facts, rewrite)
    claims = check_claims(original, rewrite) if rewrite.strip() else ()
    return RewriteComparison(original, rewrite, tuple(detect(original)), tuple(detect(rewrite)), kept, lost,
                             readability(original), readability(rewrite), tuple(warnings), claims)


def find_facts(text: str) -> Facts:
    """Names (capitalised words not starting a sentence, or runs of them), numbers, and quoted words."""
    names = []
    for match in _NAME.finditer(text):
        words = match.group().rstrip(".").split()
        while words and words[0].lower() in _COMMON_CAPITALISED:
            words = words[1:]
        if not words:
            continue
        at_start = _starts_sentence(text, match.start()) and words == match.group().split()[:len(words)]
        if len(words) == 1 and at_start and not _name_at_sentence_start(text, words[0]):
            continue  # a word that is capitalised only because it starts a sentence ("Once", "Critics")
        names.append(re.sub(r"['\u2019]s$", "", " ".join(words)))
    numbers = [m.group().rstrip(".,") for m in _NUMBER.finditer(text)]
    names = [n for n in names if n not in numbers]
    quotes = [_normalise(text[q.start:q.end]).strip(" ,.;:") for q in quotations(text)]
    return Facts(_unique(names), _unique(numbers), _unique(q for q in quotes if q))


def readability(text: str) -> Readability | None:
    """Flesch-Kincaid grade and Flesch reading ease, or None for a text without words."""
    if not re.search(r"[^\W\d_]{2,}", text):
        return None
    from toolkit.storage.offline import prepared_textstat

    textstat = prepared_textstat()
    return Readability(round(float(textstat.flesch_kincaid_grade(text)), 1),
                       round(float(textstat.flesch_reading_ease(text)), 1))


def _split_kept(facts: Facts, rewrite: str) -> tuple[Facts, Facts]:
    flat = _normalise(rewrite)
    words = set(re.findall(r"[\w\u2019'-]+", flat))
    kept_names = [n for n in facts.names if _name_kept(n, words)]
    kept_numbers = [n for n in facts.numbers if n in flat]
    kept_quotes = [q for q in facts.quotes if q in flat]
    lost = Facts(tuple(n for n in facts.names if n not in kept_names),
                 tuple(n for n in facts.numbers if n not in kept_numbers),
                 tuple(q for q in facts.quotes if q not in kept_quotes))
    return Facts(tuple(kept_names), tuple(kept_numbers), tuple(kept_quotes)), lost


def _name_kept(name: str, words: set[str]) -> bool:
    """A name is kept when its last word, or a longer form of it (America, American), is in the rewrite."""
    last = name.split()[-1].replace("\u2019", "'")
    return last in words or any(w.startswith(last) for w in words if len(last) >= 3)


def _normalise(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def _name_at_sentence_start(text: str, word: str) -> bool:
    """Is a capitalised word that starts a sentence a name? Not when it is a common opening
    word ("Once", "Anyone") or the text also uses it in lower case; yes otherwise ("Turkey")."""
    if word.lower() in _SENTENCE_OPENERS:
        return False
    return not re.search(rf"\b{re.escape(word.lower())}\b", text)


def _starts_sentence(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" \t\"'\u201c\u2018(")
    return not before or before[-1] in ".!?\n:\u2026"


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
