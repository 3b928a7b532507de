"""Who says so? The `attributed` label and its `source` against PolNeAR, which nobody here wrote.

    python bench/bench_attribution_quality.py [--eval PATH] [--split train|dev|both] [--errors N]

PolNeAR (Newell, Margolin and Ruths 2018) marks every attribution in 2016 US election news
(source, cue, content; beliefs and plans count, not only speech). Each article is read with
`parse_article` and labelled with `label_sentences`, then scored per sentence:

- attributed: a sentence holding the start of a gold Cue should be `attributed`; a sentence
  holding none should not. Precision, recall and F1 of `attributed`.
- right source: as above, but a sentence counts as found only when the toolkit's `source`
  contains the head word of one of its gold Sources ("Sen. Maria Lopez" -> "Lopez", "a
  spokesman for the ministry" -> "spokesman"; each part of "Her campaign manager, Robby Mook,"
  or "Mr. Rubio and Senator Ted Cruz" counts; "C. Stewart Verdery Jr." is headed by "Verdery").
  A gold pronoun source ("he said") is read, in this order: (1) through the data's own CoreNLP
  coreference chain, when the copy holds PolNeAR's `corenlp/*.xml` (the chain's representative
  mention, or its first proper-name mention, when that names someone); (2) for he/she/him/his/
  her, the last earlier gold source that names someone: a head written as a proper name, no
  leading article ("The candidate", "The poll" are passed over) and no honorific of the other
  sex; (3) the rule used before: the last earlier gold source holding a capital letter (for
  they/it, the last gold source of any kind). The copy in /work/shared has no `corenlp` folder,
  so today (2) and (3) decide. Each pronoun still has exactly one expected answer. The figures by
  the old rule alone (and the old "Jr." head) are printed beside as "old he/she rule", so the
  change can be seen. Attributions without a source need only the label.
- a sentence with no cue of its own that lies mostly inside a gold Content span (the second
  sentence of a long quotation) is left out: it is someone else's words, so `attributed`
  is not wrong there, but PolNeAR gives it no cue of its own, so it is not required either.
- speech verbs: the same two measures on sentences whose gold cue is a verb of saying
  ("said", "told", "according to", ...) against sentences with no gold cue at all
  (sentences holding only belief or intention cues are left out).

Beside each figure, the baseline: a regular expression of reporting verbs (a sentence with
one is attributed; its source is the capitalised name or the noun next to the verb).
Train and dev are printed separately; develop on train, report dev. `--errors N` prints N
missed and N wrongly attributed train sentences (never dev); with `--speech`, only missed and
wrong-source sentences whose gold cue is a verb of saying. A wrong source shows the gold source
as written after the heads it is scored by (a pronoun, resolved as above). Skips cleanly when the data
are absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from common import EVAL

from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences

POLNEAR = Path("polnear_attribution")

#: Cue words that mark speech (the issue's "said, told, according to, ..."): a sentence whose
#: gold cue holds one of these is a speech attribution.
SPEECH_WORDS = frozenset("""
say says said saying tell tells told telling according added adds adding stated states stating
explained explains noted notes asked asks replied replies responded responds remarked tweeted tweets
wrote writes announced announces declared declares testified testifies insisted insists argued argues
claimed claims warned warns acknowledged acknowledges admitted admits
""".split())
PRONOUNS = frozenset("he she him his her they them their it its i me my we us our you your who".split())
#: Words that end the head part of a source phrase: "a spokesman for the ministry" -> "a spokesman".
HEAD_STOPS = frozenset(", ( who which that of for at from in with on and , ; -- \u2014 \u2013".split())
_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*|[^\w\s]")

#: The baseline: a reporting verb anywhere in the sentence.
REGEX_VERBS = (r"says?|said|saying|told|tells?|according to|stated|states|added|adds|noted|notes|explained|"
               r"argued|argues|claimed|claims|announced|reported|wrote|writes|tweeted|believes?|believed|"
               r"thinks?|thought|warned|insisted|asked|replied|responded|acknowledged|admitted|testified")
BASELINE = re.compile(rf"\b({REGEX_VERBS})\b", re.IGNORECASE)
_CAPS_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019.\-]*\s+){0,3}[A-Z][\w'\u2019.\-]*|\w+)[\s,]*$")
_CAPS_AFTER = re.compile(r"^[\s,]*((?:the\s+)?(?:[A-Z][\w'\u2019.\-]*\s*){1,4}|\w+)")


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, gold: bool, predicted: bool, hit: bool) -> None:
        self.gold += gold
        self.predicted += predicted
        self.tp += gold and predicted and hit

    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"  {name:<34} P {self.precision():.3f}  R {self.recall():.3f}  F1 {self.f1():.3f}  (gold {self.gold})"


#: The measures; the "_old" ones score a gold pronoun source by the rule before chains.
KEYS = ("all", "all_source", "speech", "speech_source", "all_source_old", "speech_source_old")


@dataclass
class Result:
    """Counts for one split: the toolkit and the baseline, all sentences and speech only."""

    ours: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in
                                                             KEYS})
    regex: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in
                                                              KEYS})
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong_source: list[str] = field(default_factory=list)
    articles: int = 0
    continued: int = 0
    sentences: int = 0
    missed_cues: Counter = field(default_factory=Counter)


@dataclass
class Gold:
    cue: str
    cue_start: int
    heads: tuple[str, ...]  # empty: no source marked (or none resolvable)
    source: str | None = None  # as written, for printing errors
    old_heads: tuple[str, ...] = ()  # the heads under the scoring before chains (pronouns only differ)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def heads(source: str, old: bool = False) -> tuple[str, ...]:
    """The head word of each part of a source phrase: "Her campaign manager, Robby Mook," gives
    "manager" and "mook" (the same person twice); "Mr. Rubio and Senator Ted Cruz" gives both."""
    parts = re.split(r",|\band\b|\u2014|\u2013|\(|\)", source)
    found = [h for h in (head(part, old) for part in parts) if h and h not in HEAD_SKIP]
    return tuple(dict.fromkeys(found))


#: Words that head an appositive part without naming anyone ("who", a party-state "D-Texas").
HEAD_SKIP = frozenset({"who", "which", "whose", "jr", "sr"})
#: Generational suffixes that end a name without heading it.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def head(source: str, old: bool = False) -> str | None:
    """The head word of a source phrase: the last word before a preposition, comma or clause,
    past a "Jr." (with `old`, as the scoring before this did: "Jr." itself, then skipped)."""
    tokens = words(source)
    kept = []
    for token in tokens:
        if token.lower() in HEAD_STOPS and kept:
            break
        kept.append(token)
    kept = [t for t in kept if t[0].isalnum()]
    while not old and len(kept) > 1 and kept[-1].lower().rstrip(".") in NAME_SUFFIXES:
        kept.pop()  # "C. Stewart Verdery Jr." is headed by "Verdery"
    if not kept:
        return None
    word = kept[-1]
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(suffix) and len(word) > len(suffix):
            word = word[: -len(suffix)]
    return word.lower().rstrip(".")


def content_spans(path: Path) -> list[tuple[int, int]]:
    """Every gold Content span (its pieces), to leave out sentences that only continue a quotation."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T") and parts[1].startswith("Content "):
            for piece in parts[1].partition(" ")[2].split(";"):
                try:
                    a, b = (int(x) for x in piece.split())
                except ValueError:
                    continue
                spans.append((a, b))
    return spans


def read_ann(path: Path, chains: "Coreference | None" = None) -> list[Gold]:
    """Each attribution's cue (text and first offset) with the head(s) of its source, scored two
    ways: `heads` (a pronoun read through a coreference chain, else the last proper-name gold
    source) and `old_heads` (the rule before: the last gold source holding a capital letter)."""
    spans: dict[str, tuple[str, int, str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].startswith("T"):
            kind, _, offsets = parts[1].partition(" ")
            try:
                start = int(offsets.split()[0])
            except (ValueError, IndexError):
                continue
            spans[parts[0]] = (kind, start, parts[2] if len(parts) > 2 else "")
        elif len(parts) >= 2 and parts[0].startswith("E"):
            relations.append(dict(item.split(":", 1) for item in parts[1].split() if ":" in item))
    golds: list[tuple[int, str, str | None, int]] = []
    for relation in relations:
        cue = spans.get(relation.get("Cue", ""))
        if cue is None:
            continue
        source = spans.get(relation.get("Source", ""))
        golds.append((cue[1], cue[2], source[2] if source else None, source[1] if source else -1))
    golds.sort(key=lambda g: g[0])
    out: list[Gold] = []
    last_any: tuple[str, ...] = ()
    last_named: tuple[str, ...] = ()
    earlier: list[tuple[str, tuple[str, ...]]] = []  # (source as written, heads) of each non-pronoun source
    for start, cue_text, source, source_start in golds:
        found: tuple[str, ...] = ()
        old: tuple[str, ...] = ()
        if source:
            h = head(source)
            if h in PRONOUNS:
                personal = h in PERSONAL
                old = (last_named if personal else (last_any or last_named)) or ()
                found = (chains.resolve(source_start, len(source)) if chains else ()) or ()
                if not found and personal:
                    found = last_proper_name(earlier, h)
                found = found or old
            elif h:
                found = heads(source) or (h,)
                old = heads(source, old=True) or (head(source, old=True) or h,)
                last_any = old
                earlier.append((source, found))
                if any(w[:1].isupper() for w in words(source)):
                    last_named = old
        out.append(Gold(cue_text, start, found, source, old))
    return out


#: The personal pronouns the old rule read as the last gold source holding a capital letter.
PERSONAL = frozenset({"he", "she", "him", "his", "her"})
#: Honorifics that say a source is a man or a woman, so "she" skips "Mr. Okafor".
_MALE = frozenset({"mr", "mr."})
_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss"})


def last_proper_name(earlier: list[tuple[str, tuple[str, ...]]], pronoun: str) -> tuple[str, ...]:
    """The heads of the last earlier gold source that names someone: a head written as a proper
    name ("Lopez", not "The candidate" or "The poll"), no leading article ("the Sierra Project"),
    and no honorific of the other sex ("she" passes over "Mr. Okafor"). All its heads are kept, as
    for any source. Empty when there is none (the caller then keeps the old rule)."""
    female = pronoun in ("she", "her")
    for written, found in reversed(earlier):
        tokens = words(written)
        lowered = {t.lower() for t in tokens}
        if not tokens or tokens[0].lower() in _DETERMINERS:
            continue
        if (lowered & _MALE and female) or (lowered & _FEMALE and not female):
            continue
        if any(t[:1].isupper() and t.lower().rstrip(".") == h for h in found for t in tokens):
            return found
    return ()


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass
class Coreference:
    """CoreNLP coreference chains of one article (PolNeAR's `corenlp/*.xml`, where the copy has
    them): each mention's character span with the words of its chain's representative mention."""

    mentions: list[tuple[int, int, str]]  # (start, end, representative text) per mention

    @classmethod
    def read(cls, path: Path) -> "Coreference | None":
        """The chains of a CoreNLP XML file; None when the file is absent or holds none."""
        import xml.etree.ElementTree as ElementTree

        if not path.is_file():
            return None
        root = ElementTree.parse(path).getroot()
        offsets: dict[tuple[int, int], tuple[int, int]] = {}
        for sentence in root.iter("sentence"):
            number = sentence.get("id")
            for token in sentence.iter("token"):
                begin, end = token.findtext("CharacterOffsetBegin"), token.findtext("CharacterOffsetEnd")
                if number and begin is not None and end is not None:
                    offsets[(int(number), int(token.get("id", "0")))] = (int(begin), int(end))
        mentions: list[tuple[int, int, str]] = []
        document = root.find("document")
        chains = document.find("coreference") if document is not None else None
        for chain in (chains.findall("coreference") if chains is not None else ()):
            found = chain.findall("mention")
            representative = next((m for m in found if m.get("representative") == "true"), None)
            proper = next((m for m in found if _proper(m.findtext("text") or "")), None)
            best = proper if proper is not None and not _proper(_text(representative)) else representative
            if best is None:
                continue
            for mention in found:
                sentence, first, last = (int(mention.findtext(k) or 0) for k in ("sentence", "start", "end"))
                begin = offsets.get((sentence, first))
                end = offsets.get((sentence, last - 1))
                if begin and end:
                    mentions.append((begin[0], end[1], _text(best)))
        return cls(mentions) if mentions else None

    def resolve(self, start: int, length: int) -> tuple[str, ...]:
        """The heads of the representative of the chain holding the pronoun at `start`, when that
        representative is a proper name; empty otherwise."""
        for begin, end, text in self.mentions:
            if begin <= start < end and start + length <= end + 1 and _proper(text):
                return heads(text)
        return ()


def _text(mention: object) -> str:
    return (mention.findtext("text") or "") if mention is not None else ""  # type: ignore[attr-defined]


def _proper(text: str) -> bool:
    """A mention that names someone: a capitalised word that is not a determiner or pronoun."""
    tokens = words(text)
    return bool(tokens) and head(text) not in PRONOUNS and any(
        t[:1].isupper() and t.lower() not in _DETERMINERS | PRONOUNS for t in tokens)


def is_speech(cue: str) -> bool:
    return any(w.lower() in SPEECH_WORDS for w in words(cue))


def baseline(sentence: str) -> tuple[bool, str | None]:
    """The reporting-verb regex: attributed when a verb is there; source next to the verb."""
    match = BASELINE.search(sentence)
    if not match:
        return False, None
    before, after = sentence[:match.start()], sentence[match.end():]
    if match.group(1).lower() == "according to":
        found = _CAPS_AFTER.match(after)
        return True, found.group(1).strip() if found else None
    inverted = before.rstrip().endswith((",", "\u201d", '"', "''"))
    found = (_CAPS_AFTER.match(after) if inverted else None) or _CAPS_BEFORE.search(before)
    return True, found.group(1).strip() if found else None


def contains_head(source: str | None, heads: tuple[str, ...]) -> bool:
    if not heads:
        return True  # nothing to name: the label is enough
    if not source:
        return False
    got = {w.lower().rstrip(".") for w in words(source)}
    got |= {w[:-2] for w in got if w.endswith(("'s", "\u2019s"))}
    return any(h in got for h in heads)


def pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) for each article; where two annotators marked one, the first file."""
    texts = folder / "text"
    found = []
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, ann)
    for text in sorted(texts.glob("*.txt")):
        ann = annotations.get(text.stem)
        if ann is not None:
            found.append((text, ann))
    return found


def score_split(folder: Path, errors: int = 0, limit: int | None = None, speech_only: bool = False) -> Result:
    result = Result()
    for text_path, ann_path in pairs(folder)[:limit]:
        with text_path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        golds = read_ann(ann_path, Coreference.read(folder / "corenlp" / f"{ann_path.stem}.xml")
                         or Coreference.read(folder / "corenlp" / f"{text_path.stem}.xml"))
        contents = content_spans(ann_path)
        article = parse_article(text)
        if article.text != text:  # offsets must agree; parse_article keeps the text as given
            continue
        result.articles += 1
        labels = label_sentences(article)
        for label in labels:
            inside = [g for g in golds if label.start <= g.cue_start < label.end]
            gold = bool(inside)
            covered = sum(max(0, min(b, label.end) - max(a, label.start)) for a, b in contents)
            if not gold and covered >= 0.5 * (label.end - label.start):
                result.continued += 1  # someone's words go on from an earlier sentence: neither right nor wrong
                continue
            heads = tuple(h for g in inside for h in g.heads)
            old_heads = tuple(h for g in inside for h in g.old_heads)
            predicted = label.label == "attributed"
            base, base_source = baseline(label.text)
            speech = gold and any(is_speech(g.cue) for g in inside)
            result.sentences += 1
            result.ours["all"].add(gold, predicted, True)
            result.ours["all_source"].add(gold, predicted, contains_head(label.source, heads))
            result.regex["all"].add(gold, base, True)
            result.regex["all_source"].add(gold, base, contains_head(base_source, heads))
            result.ours["all_source_old"].add(gold, predicted, contains_head(label.source, old_heads))
            result.regex["all_source_old"].add(gold, base, contains_head(base_source, old_heads))
            if speech or not gold:
                result.ours["speech"].add(speech, predicted, True)
                result.ours["speech_source"].add(speech, predicted, contains_head(label.source, heads))
                result.regex["speech"].add(speech, base, True)
                result.regex["speech_source"].add(speech, base, contains_head(base_source, heads))
                result.ours["speech_source_old"].add(speech, predicted, contains_head(label.source, old_heads))
                result.regex["speech_source_old"].add(speech, base, contains_head(base_source, old_heads))
            if gold and not predicted:
                result.missed_cues.update(g.cue.lower() for g in inside)
            if errors and (speech or not speech_only):
                line = " ".join(label.text.split())[:220]
                if gold and not predicted:
                    result.missed.append(f"[{'; '.join(g.cue for g in inside)}] {line}")
                elif predicted and not gold:
                    result.false.append(f"[{label.source}] {line}")
                elif gold and predicted and not contains_head(label.source, heads):
                    written = "; ".join(g.source for g in inside if g.source)
                    result.wrong_source.append(f"[{label.source} / gold {', '.join(heads)} <{written}>] {line}")
    return result


ROWS = (("all", "attributed (all attributions)"), ("all_source", "  ... naming the right source"),
        ("all_source_old", "  ... right source, old he/she rule"),
        ("speech", "attributed (speech verbs only)"), ("speech_source", "  ... naming the right source"),
        ("speech_source_old", "  ... right source, old he/she rule"))


def print_split(name: str, result: Result) -> None:
    print(f"PolNeAR {name}: {result.articles} articles, {result.sentences} sentences "
          f"({result.ours['all'].gold} with a gold cue; {result.continued} only continuing someone's words, left out)")
    print(f"  {'':<34} {'toolkit F1':>10} {'P':>6} {'R':>6}   {'regex F1':>8} {'P':>6} {'R':>6}")
    for key, title in ROWS:
        o, r = result.ours[key], result.regex[key]
        print(f"  {title:<34} {o.f1():>10.3f} {o.precision():>6.3f} {o.recall():>6.3f}   "
              f"{r.f1():>8.3f} {r.precision():>6.3f} {r.recall():>6.3f}")


def print_errors(result: Result, errors: int) -> None:
    import random

    rng = random.Random(16)
    for title, items in (("missed", result.missed), ("wrongly attributed", result.false),
                         ("wrong source", result.wrong_source)):
        print(f"  {title} ({len(items)}), a random {min(errors, len(items))}:")
        for item in rng.sample(items, min(errors, len(items))):
            print(f"    {item}")
    print(f"  most frequent missed cues: {result.missed_cues.most_common(40)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of the external evaluation data")
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="print this many misread train sentences")
    parser.add_argument("--speech", action="store_true",
                        help="with --errors: print only sentences whose gold cue is a verb of saying")
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles of each split")
    args = parser.parse_args(argv)
    root = args.eval / POLNEAR
    if not root.is_dir():
        print(f"PolNeAR: skipped ({root} not found)")
        return 0
    for split in (("train", "dev") if args.split == "both" else (args.split,)):
        folder = root / split
        if not folder.is_dir():
            print(f"PolNeAR {split}: skipped ({folder} not found)")
            continue
        result = score_split(folder, args.errors if split == "train" else 0, args.limit,
                             speech_only=args.speech)
        print_split(split, result)
        if split == "train" and args.errors:
            print_errors(result, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
