"""Loaded-language detection scored against data nobody on the team wrote, and its speed.

    python bench/bench_loaded_quality.py [--eval PATH] [--part dev|check|all] [--errors N] [--as-article]

Parts: PTC and BABE have no development split of their own, so the project splits them by
number. `dev` (the default) is the part to develop on: PTC articles whose id is not divisible
by 3 and BABE rows whose index is not; `check` is the other third, which no rule is chosen on
(what `bench_quality.py` reports); `all` is both. `--errors N` lists the N most frequent false
positives (with their category) and misses of the part scored: read them on `dev` only.

PTC (SemEval-2020 Task 11, training articles): the gold spans are those labelled
`Loaded_Language`. Two ways to count a match, both reported:

- any-overlap: a predicted span is correct when it shares at least one character with a
  gold span; a gold span is found when at least one predicted span shares a character
  with it. Precision = correct predicted / predicted, recall = found gold / gold.
- character credit (the SemEval span-identification measure): each predicted span earns
  |overlap| / |predicted span| for every gold span it overlaps (precision), each gold span
  earns |overlap| / |gold span| (recall).

What is scored against `Loaded_Language` is what the toolkit counts as loaded wording
(`LoadedSpan.counts_as_loaded`) less its name-calling spans:

- vague sourcing ("some say", "is considered", scare quotes) is shown by the highlighter but is
  a question of who says so, which PTC marks as another technique (Doubt);
- the name-calling category (nouns that name people, a group or a government by a despised
  kind: "thugs", "regime", "leftists") is the technique PTC's guidelines call
  `Name_Calling,Labeling` ("labeling the object of the propaganda campaign as something the
  target audience fears, hates, finds undesirable"), defined apart from loaded language ("words
  and phrases with strong emotional implications"). Those spans are scored against PTC's
  `Name_Calling,Labeling` spans on a line of their own. Before December 2026 they were scored
  against `Loaded_Language` (then inside the contempt and hostility categories); that older
  measure is still printed ("every loaded span"), and so is every span shown, vague sourcing
  included.

Precision is also printed by category, by evidence and voice (lexicon or sentiment dictionary,
the writer's words or quoted speech) and for a term's first use in its article against its later
uses, so that a kind of error can be told from PTC's habit of marking a word once.

A precision line also counts overlaps of every loaded span with `Name_Calling,Labeling` spans
as correct.

BABE (`final_labels_SG2.csv`): `biased_words` are the words expert annotators marked as
biased in each sentence. Word level: per sentence, the set of lower-case words inside the
toolkit's spans against the set of gold words; true positives, false positives and false
negatives are added up over all sentences (micro average). Reported on all sentences and on
the sentences labelled Biased.

Each score is shown with a reference measured in the same run: "VADER only" flags every
word whose VADER valence is at least 2 in size (no lexicon, no context rules).

Speed: milliseconds per 1,000 words for `detect` on the sample and on a synthetic article
100 times longer, against NLTK's VADER `polarity_scores` on the same sentences.
Skips cleanly (exit 0, one line) when the evaluation data are absent.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from common import EVAL, best_time, synthetic_article, words

from toolkit import parse_article
from toolkit.loaded import detect
from toolkit.loaded.categories import NAME_CALLING
from toolkit.loaded.sentiment import analyzer, plain_news_words
from toolkit.text.stemmed_words import words as tokenize

PTC = Path("ptc_semeval2020_task11")
BABE = Path("babe") / "final_labels_SG2.csv"

def _development(number: int) -> bool:
    return number % 3 != 0


def _check(number: int) -> bool:
    return number % 3 == 0


#: --part name -> (which PTC article ids, which BABE row indexes); None keeps everything.
PARTS: dict[str, tuple[Callable[[str], bool] | None, Callable[[int], bool] | None]] = {
    "dev": (lambda article_id: _development(int(article_id)), _development),
    "check": (lambda article_id: _check(int(article_id)), _check),
    "all": (None, None),
}
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


@dataclass
class Scores:
    tp: float = 0.0
    predicted: float = 0.0
    gold: float = 0.0
    found: float = 0.0  # gold units found (recall numerator when it differs from tp)

    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    def recall(self) -> float:
        return (self.found if self.found else self.tp) / self.gold if self.gold else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"  {name:<42} P {self.precision():.3f}  R {self.recall():.3f}  F1 {self.f1():.3f}"


def vader_only(text: str) -> list[tuple[int, int]]:
    """The reference: every word VADER rates at least 2 in size, nothing else."""
    lexicon = analyzer().lexicon
    return [(w.start, w.end) for w in tokenize(text) if abs(lexicon.get(w.lower, 0.0)) >= 2.0]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]], also_correct: list[tuple[int, int]],
                any_overlap: Scores, credit: Scores, lenient: Scores) -> None:
    any_overlap.predicted += len(predicted)
    any_overlap.gold += len(gold)
    credit.predicted += len(predicted)
    credit.gold += len(gold)
    lenient.predicted += len(predicted)
    lenient.gold += len(gold)
    for p in predicted:
        hits = [overlap(p, g) for g in gold]
        if any(hits):
            any_overlap.tp += 1
            lenient.tp += 1
        elif any(overlap(p, g) for g in also_correct):
            lenient.tp += 1
        credit.tp += sum(hits) / (p[1] - p[0])
    for g in gold:
        hits = [overlap(p, g) for p in predicted]
        if any(hits):
            any_overlap.found += 1
            lenient.found += 1
        credit.found += min(1.0, sum(hits) / (g[1] - g[0]))


def run_ptc(root: Path, errors: int, keep: Callable[[str], bool] | None = None, quiet: bool = False,
            as_article: bool = False) -> dict[str, Scores] | None:
    """Score the PTC articles (those whose id `keep` accepts); print unless `quiet`; return the any-overlap scores.

    `as_article` loads each text as an article first (`parse_article`), the way a user's article goes: its
    blocks are found, and a credit line or site boilerplate is not read for loaded words. The offsets are the
    same (the article keeps the text as given); only texts whose line endings it normalises would differ,
    and those are scored as plain strings."""
    labels = root / "train-task2-TC.labels"
    articles = root / "train-articles"
    if not labels.is_file() or not articles.is_dir():
        if not quiet:
            print(f"PTC: skipped ({root} not found)")
        return None
    gold: dict[str, list[tuple[int, int]]] = {}
    naming: dict[str, list[tuple[int, int]]] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        article, technique, start, end = parts
        if technique == "Loaded_Language":
            gold.setdefault(article, []).append((int(start), int(end)))
        elif technique.startswith("Name_Calling"):
            naming.setdefault(article, []).append((int(start), int(end)))
    ours = [Scores(), Scores(), Scores()]
    reference = [Scores(), Scores(), Scores()]
    # Every span counted as loaded, name-calling too, against Loaded_Language (the measure used before the
    # name-calling category); and the name-calling spans against PTC's own technique for them.
    every_loaded = [Scores(), Scores(), Scores()]
    name_calling = [Scores(), Scores(), Scores()]
    # Vague sourcing ("some say", "is considered") is shown by the toolkit but not counted as loaded
    # wording (PTC calls it Doubt, a technique of its own); scored with it for reference.
    with_sourcing = [Scores(), Scores(), Scores()]
    false_positives: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    by_category: dict[str, list[int]] = {}
    # Counted spans by evidence and voice, and by whether the term is used for the first time in the article.
    by_kind: dict[str, list[int]] = {}
    files = [path for path in sorted(articles.glob("article*.txt"))
             if keep is None or keep(path.stem.removeprefix("article"))]
    for path in files:
        article_id = path.stem.removeprefix("article")
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        article = parse_article(text) if as_article else None
        shown = detect(article if article is not None and article.text == text else text)
        spans = [s for s in shown if s.counts_as_loaded and s.category != NAME_CALLING]
        predicted = [(s.start, s.end) for s in spans]
        gold_spans = gold.get(article_id, [])
        names = naming.get(article_id, [])
        score_spans(predicted, gold_spans, names, *ours)
        score_spans([(s.start, s.end) for s in shown if s.category != NAME_CALLING], gold_spans, names,
                    *with_sourcing)
        score_spans([(s.start, s.end) for s in shown if s.counts_as_loaded], gold_spans, names, *every_loaded)
        score_spans([(s.start, s.end) for s in shown if s.category == NAME_CALLING], names, [], *name_calling)
        score_spans(vader_only(text), gold_spans, naming.get(article_id, []), *reference)
        uses: Counter[str] = Counter()
        for span in shown:
            hit = any(overlap((span.start, span.end), g) for g in gold_spans)
            if span.counts_as_loaded and span.category != NAME_CALLING:
                uses[span.term] += 1
                for kind in (f"{span.source}, {span.voice}", "first use of the term" if uses[span.term] == 1 else
                             "later uses of the term"):
                    counts = by_kind.setdefault(kind, [0, 0])
                    counts[0] += 1
                    counts[1] += hit
            counts = by_category.setdefault(span.category, [0, 0])
            counts[0] += 1
            counts[1] += hit
            if not hit and span.counts_as_loaded and span.category != NAME_CALLING:
                false_positives[f"{span.text.lower()} [{span.category}]"] += 1
        for g in gold_spans:
            if not any(overlap(p, g) for p in predicted):
                missed[text[g[0]:g[1]].lower()] += 1
    result = {"toolkit": ours[0], "with_sourcing": with_sourcing[0], "vader": reference[0],
              "every_loaded": every_loaded[0], "name_calling": name_calling[0]}
    if quiet:
        return result
    kept_gold = sum(len(gold.get(path.stem.removeprefix("article"), [])) for path in files)
    how = "each loaded as an article" if as_article else "each text as a plain string"
    print(f"PTC Loaded_Language ({len(files)} training articles, {kept_gold} gold spans; {how})")
    print(ours[0].line("toolkit, any-overlap"))
    print(ours[1].line("toolkit, character credit"))
    print(with_sourcing[0].line("toolkit with vague sourcing, any-overlap"))
    print(every_loaded[0].line("every loaded span (name-calling too)"))
    print(every_loaded[2].line("... +Name_Calling as correct"))
    print(reference[0].line("VADER only, any-overlap"))
    print(reference[1].line("VADER only, character credit"))
    print("PTC Name_Calling,Labeling against the toolkit's name-calling spans alone")
    print(name_calling[0].line("toolkit name-calling, any-overlap"))
    print("  precision by category (spans, share overlapping Loaded_Language; sourcing and name-calling are not "
          "counted in the first line):")
    for name, (count, hits) in sorted(by_category.items(), key=lambda kv: -kv[1][0]):
        print(f"    {name:<14}{count:>6}  {hits / count:.2f}")
    print("  precision of the counted spans by evidence and voice, and by use of the term in its article:")
    for name, (count, hits) in sorted(by_kind.items(), key=lambda kv: -kv[1][0]):
        print(f"    {name:<24}{count:>6}  {hits / count:.2f}")
    if errors:
        print_errors("unmatched predictions (false positives) [category]", false_positives, errors)
        print_errors("missed gold spans", missed, errors)
    return result


def print_errors(title: str, counts: Counter[str], n: int) -> None:
    """The `n` most frequent errors of one kind, several to a line, most frequent first."""
    print(f"  most frequent {title} ({sum(counts.values())} in all):")
    shown = [f"{text!r} {count}" for text, count in counts.most_common(n)]
    for i in range(0, len(shown), 6):
        print("    " + ", ".join(shown[i:i + 6]))


def parse_word_list(field: str) -> list[str]:
    """BABE's biased_words column holds a Python-style list of strings; read it without eval."""
    return [a if a else b for a, b in _QUOTED.findall(field)]


def run_babe(path: Path, errors: int, keep: Callable[[int], bool] | None = None, quiet: bool = False
             ) -> dict[str, Scores] | None:
    """Score BABE's rows (those whose index `keep` accepts); print unless `quiet`; return the word-level scores."""
    if not path.is_file():
        if not quiet:
            print(f"BABE: skipped ({path} not found)")
        return None
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for index, row in enumerate(csv.DictReader(handle, delimiter=";")) if keep is None or keep(index)]
    ours = {"all": Scores(), "biased": Scores()}
    reference = {"all": Scores(), "biased": Scores()}
    false_positives: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for row in rows:
        text = row.get("text") or ""
        gold = {w.lower() for phrase in parse_word_list(row.get("biased_words") or "") for w in
                re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", phrase)}
        predicted = {w.lower for s in detect(text) if s.counts_as_loaded for w in tokenize(text, s.start, s.end)}
        baseline = {text[a:b].lower() for a, b in vader_only(text)}
        groups = ["all"] + (["biased"] if row.get("label_bias") == "Biased" else [])
        for group in groups:
            for guess, scores in ((predicted, ours[group]), (baseline, reference[group])):
                scores.tp += len(guess & gold)
                scores.predicted += len(guess)
                scores.gold += len(gold)
        false_positives.update(predicted - gold)
        missed.update(gold - predicted)
    result = {"toolkit": ours["all"], "vader": reference["all"]}
    if quiet:
        return result
    biased = sum(1 for r in rows if r.get("label_bias") == "Biased")
    print(f"BABE biased_words, word level ({len(rows)} sentences, {biased} labelled Biased)")
    print(ours["all"].line("toolkit, all sentences"))
    print(ours["biased"].line("toolkit, Biased sentences"))
    print(reference["all"].line("VADER only, all sentences"))
    print(reference["biased"].line("VADER only, Biased sentences"))
    if errors:
        print_errors("false positive words", false_positives, errors)
        print_errors("missed words", missed, errors)
    return result


def run_speed() -> None:
    detect("Warm up: the lexicon and VADER load on first use.")
    vader = analyzer()
    print("speed (median of repeats)")
    print(f"  {'text':<10}{'words':>8}{'toolkit ms/1k':>15}{'VADER ms/1k':>13}{'ratio':>8}")
    for copies in (1, 100):
        article = parse_article(synthetic_article(copies))
        sentences = [s.text for s in article.sentences]
        n = words(article.text)
        repeat = 5 if copies == 1 else 2
        ours = best_time(lambda: detect(article), repeat=repeat)
        theirs = best_time(lambda: [vader.polarity_scores(s) for s in sentences], repeat=repeat)
        print(f"  {copies:>4}x{'':<5}{n:>8}{ours / n * 1e6:>15.2f}{theirs / n * 1e6:>13.2f}{ours / theirs:>8.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder holding the evaluation data (default ../shared/eval)")
    parser.add_argument("--errors", type=int, default=0, help="also print the N most frequent errors")
    parser.add_argument("--part", choices=sorted(PARTS), default="dev",
                        help="dev: ids/rows not divisible by 3 (develop here); check: the other third; all")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--as-article", action="store_true",
                        help="load each PTC text as an article (blocks found, boilerplate skipped) before detecting")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"skipped: no evaluation data at {args.eval}")
        return 0
    plain_news_words()
    keep_article, keep_row = PARTS[args.part]
    print(f"part: {args.part}")
    run_ptc(args.eval / PTC, args.errors, keep_article, as_article=args.as_article)
    run_babe(args.eval / BABE, args.errors, keep_row)
    if not args.no_speed:
        run_speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
