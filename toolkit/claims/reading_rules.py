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
    look_for: tuple[str, ...] = ()


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
                                 " ".join(str(raw["example"]).split()), label, also, str(raw.get("spans", "")),
                                 tuple(str(w) for w in raw.get("look_for", []))))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{RULES_FILE}: a rule id is used twice")
    return tuple(rules)


def looks_for(rule: ReadingRule, text: str) -> list[str]:
    """The rule's `look_for` words found in a text, as whole words in any case.

    A capitalised word inside an ordinary sentence is a name or a date, not the word the rule
    means ("May 9" is not "may"); in a title-case headline every word counts.
    """
    from toolkit.text.tokens import first_word_index, is_title_case, normalise, tokenize

    tokens = tokenize(text)
    lows = tuple(t.low for t in tokens)
    first = first_word_index(tokens)
    headline = is_title_case(tokens)
    found = []
    for phrase in rule.look_for:
        words = normalise(phrase)
        n = len(words)
        for i in range(len(lows) - n + 1):
            if lows[i:i + n] != words:
                continue
            if tokens[i].is_capitalised and i != first and not headline:
                continue
            found.append(phrase)
            break
    return found


@lru_cache(maxsize=1)
def sorting_order() -> tuple[ReadingRule, ...]:
    """The rules that sort a sentence, in the order a student tries them (the first that fits decides)."""
    import yaml

    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")) or {}
    return tuple(get_rule(rule_id) for rule_id in data.get("sorting_order", []))


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


def show_rules(lesson: int):
    """A lesson's rules as Markdown for a notebook cell (the same rules the keys and checkers use)."""
    from IPython.display import Markdown

    return Markdown(f"**The rules of lesson {lesson}** (the answer keys and the checkers use the same ones):\n\n"
                    + format_rules(lesson))
