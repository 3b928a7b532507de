"""The reading rules the lessons teach, loaded from `toolkit/data/reading_rules.yaml`.

One rule set, taught and scored the same way: lessons print the rules (`rules_for_lesson`,
`format_rule`), answer keys cite them by id, and checkers apply them. A rule's `also_right`
labels are the ones the key must give full credit to wherever it cites the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent.parent / "data" / "reading_rules.yaml"


@dataclass(frozen=True)
class ReadingRule:
    """One rule: its id, the lesson that teaches it, the rule for students, an example, and what it decides."""

    id: str
    lesson: int
    rule: str
    example: str
    label: str | None = None
    also_right: tuple[str, ...] = ()
    spans: str = ""


@lru_cache(maxsize=1)
def load_reading_rules() -> tuple[ReadingRule, ...]:
    """Every rule, in teaching order; a malformed file raises ValueError naming the rule."""
    import yaml

    from toolkit.annotation.labels import SENTENCE_LABELS

    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")) or {}
    rules = []
    for number, raw in enumerate(data.get("rules", []), start=1):
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) and raw[k].strip()
                                                for k in ("id", "rule", "example")):
            raise ValueError(f"{RULES_FILE}: rule {number} needs an id, a rule and an example")
        labels = raw.get("labels") or {}
        label = labels.get("label")
        also = tuple(labels.get("also_right", []))
        if label is not None and label not in SENTENCE_LABELS or any(a not in SENTENCE_LABELS for a in also):
            raise ValueError(f"{RULES_FILE}: rule {raw['id']!r} names a label that is not a sentence label")
        rules.append(ReadingRule(raw["id"], int(raw.get("lesson", 0)), " ".join(raw["rule"].split()),
                                 " ".join(str(raw["example"]).split()), label, also, str(raw.get("spans", ""))))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{RULES_FILE}: a rule id is used twice")
    return tuple(rules)


def rule_ids() -> frozenset[str]:
    return frozenset(r.id for r in load_reading_rules())


def get_rule(rule_id: str) -> ReadingRule:
    for rule in load_reading_rules():
        if rule.id == rule_id:
            return rule
    raise KeyError(f"no reading rule {rule_id!r}")


def rules_for_lesson(lesson: int) -> tuple[ReadingRule, ...]:
    """The rules a lesson teaches."""
    return tuple(r for r in load_reading_rules() if r.lesson == lesson)


def format_rule(rule: ReadingRule) -> str:
    """A rule as a Markdown list item for a lesson: the rule, then its example."""
    return f"- **{rule.rule}** For example: {rule.example}"


def format_rules(lesson: int) -> str:
    """Every rule of a lesson as Markdown, for the lesson to print."""
    return "\n".join(format_rule(r) for r in rules_for_lesson(lesson))
