"""Answer keys for the sorting task: for each sentence, its label and, if attributed, its source.

A key lives in `seeds/<slug>/keys/sentences.json`::

    {"format": "toolkit.sentence-key/1", "article": "turkey-s400",
     "content_hash": "sha256:...", "status": "reviewed",
     "sentences": {"s2": {"label": "opinion", "source": null,
                          "accept": [], "note": "why, for the student", "text": "Turkey has ..."}, ...}}

`label` and `source` are required; `via` (who passed the words on), `also_right` (other
labels a rule the lessons teach leads to: full credit, see `toolkit/data/reading_rules.yaml`),
`accept` (other labels a careful reader could defend, worth part credit), `rules` (the ids of
the reading rules that decide the sentence), `note` (shown after "Check") and
`text` (the sentence, checked against the article so a key never attaches to the wrong
words) are optional. A `reviewed` key must cover every sentence. Problems raise
`SentenceKeyError` with every problem listed, one per line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from toolkit.article.model import Article
from toolkit.annotation.labels import SENTENCE_LABELS

SENTENCE_KEY_FORMAT = "toolkit.sentence-key/1"
KEY_STATUSES = ("draft", "reviewed")
KEY_FILE = Path("keys") / "sentences.json"


class SentenceKeyError(ValueError):
    """An answer key that cannot be used; the message lists each problem on its own line."""


@dataclass(frozen=True)
class KeyEntry:
    """The key's answer for one sentence."""

    sentence_id: str
    label: str
    source: str | None = None
    via: str | None = None
    accept: tuple[str, ...] = ()
    note: str = ""
    also_right: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()

    def full_credit(self, label: str | None) -> bool:
        """Whether a label earns full credit: the key's own, or one a taught rule also leads to."""
        return label == self.label or label in self.also_right

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "source": self.source}
        if self.via:
            out["via"] = self.via
        if self.also_right:
            out["also_right"] = list(self.also_right)
        if self.rules:
            out["rules"] = list(self.rules)
        if self.accept:
            out["accept"] = list(self.accept)
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class SentenceKey:
    """A loaded, checked answer key."""

    article: str
    content_hash: str
    status: str
    entries: Mapping[str, KeyEntry] = field(default_factory=dict)
    path: Path | None = None

    def get(self, sentence_id: str) -> KeyEntry | None:
        return self.entries.get(sentence_id)

    def to_dict(self) -> dict[str, Any]:
        return {"format": SENTENCE_KEY_FORMAT, "article": self.article, "content_hash": self.content_hash,
                "status": self.status, "sentences": {k: v.to_dict() for k, v in self.entries.items()}}


def key_path(article: Article) -> Path:
    """Where an article's sentence key is kept: `keys/sentences.json` beside the article file."""
    if article.path is not None:
        return Path(article.path).parent / KEY_FILE
    from toolkit.storage.paths import seed_dir

    return seed_dir(article.slug) / KEY_FILE


def validate_sentence_key(data: Any, article: Article) -> list[str]:
    """Every problem with a key's data for this article, in words an instructor can act on."""
    if not isinstance(data, dict):
        return ["the key must be a JSON object"]
    problems = []
    if data.get("format") != SENTENCE_KEY_FORMAT:
        problems.append(f"format is {data.get('format')!r}, expected {SENTENCE_KEY_FORMAT!r}")
    slug = article.slug
    if data.get("article") != slug:
        problems.append(f"article is {data.get('article')!r}, but this article is {slug!r}")
    if data.get("content_hash") != article.content_hash:
        problems.append("content_hash does not match the article text: the key was written for a different "
                        "version of the article; check every sentence again and update the hash "
                        f"(now {article.content_hash})")
    status = data.get("status")
    if status not in KEY_STATUSES:
        problems.append(f"status is {status!r}, expected one of {', '.join(KEY_STATUSES)}")
    sentences = data.get("sentences")
    if not isinstance(sentences, dict):
        return problems + ["sentences must be an object mapping sentence ids (\"s1\", ...) to answers"]
    known = {s.id: s for s in article.sentences}
    for sentence_id, entry in sentences.items():
        where = f"sentences.{sentence_id}"
        if sentence_id not in known:
            problems.append(f"{where}: the article has no sentence {sentence_id!r} (it has s1 to s{len(known)})")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be an object with label and source")
            continue
        label = entry.get("label")
        if label not in SENTENCE_LABELS:
            problems.append(f"{where}: label {label!r} is not one of {', '.join(SENTENCE_LABELS)}")
        for name in ("source", "via"):
            value = entry.get(name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                problems.append(f"{where}: {name} must be a name (text) or null")
        if "source" not in entry:
            problems.append(f"{where}: source is missing (use null when there is none)")
        if label != "attributed" and entry.get("source"):
            problems.append(f"{where}: only attributed sentences have a source")
        accept = entry.get("accept", [])
        if not isinstance(accept, list) or any(a not in SENTENCE_LABELS or a == label for a in accept):
            problems.append(f"{where}: accept must list other labels from {', '.join(SENTENCE_LABELS)}")
        also = entry.get("also_right", [])
        if not isinstance(also, list) or any(a not in SENTENCE_LABELS or a == label for a in also):
            problems.append(f"{where}: also_right must list other labels from {', '.join(SENTENCE_LABELS)}")
        elif isinstance(accept, list) and set(also) & set(accept):
            problems.append(f"{where}: a label is either also right (full credit) or defensible (accept), not both")
        rules = entry.get("rules", [])
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            problems.append(f"{where}: rules must list reading-rule ids (text)")
        else:
            from toolkit.claims.reading_rules import rule_ids

            unknown = [r for r in rules if r not in rule_ids()]
            if unknown:
                problems.append(f"{where}: no reading rule {', '.join(map(repr, unknown))} in "
                                "toolkit/data/reading_rules.yaml")
        text = entry.get("text")
        if text is not None and " ".join(str(text).split()) != " ".join(known[sentence_id].text.split()):
            problems.append(f"{where}: text does not match the article's sentence {sentence_id} "
                            f"({_short(known[sentence_id].text)!r})")
    if status == "reviewed":
        missing = [s for s in known if s not in sentences]
        if missing:
            problems.append(f"a reviewed key must answer every sentence; missing: {', '.join(missing)}")
    return problems


def load_sentence_key(article: Article, path: str | Path | None = None) -> SentenceKey:
    """Read and check the sentence key of an article (default: `key_path(article)`)."""
    default = path is None
    path = Path(path) if path is not None else key_path(article)
    if not path.is_file():
        from toolkit.keys.sealed import open_sealed_key

        data = open_sealed_key(path.parent.parent, "sentences") if default else None
        if data is None:
            raise SentenceKeyError(f"{path}: no sentence key here (make a draft with "
                                   "toolkit.keys.sentence_keys.draft_sentence_key)")
        return _key_from_data(data, article, path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise SentenceKeyError(f"{path}: is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise SentenceKeyError(f"{path}: is not valid JSON (line {error.lineno}, column {error.colno})") from None
    return _key_from_data(data, article, path)


def _key_from_data(data: Any, article: Article, path: Path) -> SentenceKey:
    problems = validate_sentence_key(data, article)
    if problems:
        raise SentenceKeyError(f"{path}: cannot be used:\n" + "\n".join(f"- {p}" for p in problems))
    entries = {
        sentence_id: KeyEntry(sentence_id, entry["label"], entry.get("source"), entry.get("via"),
                              tuple(entry.get("accept", [])), entry.get("note", "") or "",
                              tuple(entry.get("also_right", [])), tuple(entry.get("rules", [])))
        for sentence_id, entry in sorted(data["sentences"].items(), key=lambda item: int(item[0][1:]))
    }
    return SentenceKey(data["article"], data["content_hash"], data["status"], entries, path)


def draft_sentence_key(article: Article, labels: Sequence[Any] | None = None, *, lexicon=None) -> dict[str, Any]:
    """A draft key from the toolkit's own labels, for an instructor to correct (status "draft").

    The labels come from the article's analysis with the course's `lexicon` unless given.
    """
    from toolkit.analysis.article_analysis import analysis_of

    labels = labels if labels is not None else analysis_of(article, lexicon).sentence_labels
    sentences = {}
    for label in labels:
        entry: dict[str, Any] = {"label": label.label, "source": label.source if label.label == "attributed" else None}
        if label.label == "attributed" and label.via:
            entry["via"] = label.via
        entry.update(_vague_attribution(label.label, label.text) or _taught(label))
        entry["note"] = f"draft from the toolkit: {label.summary}"
        entry["text"] = label.text
        sentences[label.sentence_id] = entry
    return {"format": SENTENCE_KEY_FORMAT, "article": article.slug, "content_hash": article.content_hash,
            "status": "draft", "sentences": sentences}


def _vague_attribution(label: str, text: str) -> dict[str, list[str]]:
    """What lesson 5's `vague-attribution` rule adds to a drafted entry: "critics say", "is considered"
    make opinion and attributed both fully right, whichever of the two the toolkit chose, so a student
    who applies the rule the lesson prints is never marked wrong by a draft."""
    from toolkit.claims.reading_rules import get_rule, looks_for

    rule = get_rule("vague-attribution")
    if label not in ("attributed", "opinion") or not looks_for(rule, text):
        return {}
    if label == "attributed":
        return {"also_right": ["opinion"], "rules": ["credited-is-attributed", rule.id]}
    return {"also_right": ["attributed"], "rules": [rule.id]}


def _taught(label: Any) -> dict[str, list[str]]:
    """Full credit for the label lesson 5's rules lead a student to, where the toolkit's own weighing
    reads the sentence another way ("may" alone does not flip the toolkit's label; the rule
    hedge-is-a-guess says opinion), citing the rule that decides it."""
    from toolkit.keys.taught_readings import taught_reading

    if label.label == "no_claim":
        return {}
    reading = taught_reading(label)
    if reading.label == label.label:
        return {}
    return {"also_right": [reading.label], "rules": [reading.rule.id]}


# ----- matching sources ---------------------------------------------------------------------

_IGNORED = frozenset({"the", "a", "an", "unnamed", "news", "agency", "according", "to", "by", "of", "via",
                      "said", "says", "newspaper", "mr", "mrs", "ms", "dr"})


def source_words(name: str | None, keep_titles: bool = False) -> tuple[str, ...]:
    """A source's words for comparing: lower case, no titles, no "the", possessives and plurals trimmed."""
    if not name:
        return ()
    from toolkit.text.tokens import word_list

    titles = frozenset() if keep_titles else word_list("titles").words
    words = []
    for word in re.findall(r"[^\W_]+(?:[-'\u2019][^\W_]+)*", name.lower()):
        word = word.replace("\u2019", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in _IGNORED or word in titles:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.append(word)
    return tuple(words)


def source_matches(given: str | None, expected: str | None) -> bool:
    """Whether a student's source names the expected one: surname, case, titles and "the" do not matter."""
    for keep_titles in (False, True):  # "Isik" for "Defense Minister Fikri Isik"; "the clerk" for "the city clerk"
        mine, theirs = source_words(given, keep_titles), source_words(expected, keep_titles)
        if not mine or not theirs:
            continue
        if set(mine) == set(theirs) or theirs[-1] in mine:
            return True
        if set(mine) <= set(theirs) and any(len(w) >= 3 for w in mine):
            return True
    return False


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
