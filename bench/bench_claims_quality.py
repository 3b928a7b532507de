"""How well the fact / attributed / opinion labels match human labels nobody on the team wrote.

    python bench/bench_claims_quality.py [--eval PATH] [--errors N]

- CheckThat! 2025 Task 1 (subjectivity, English), `train_en` and `dev_en`: the toolkit's
  `fact` and `attributed` count as OBJ and `opinion` as SUBJ (the task's guidelines label
  an opinion credited to someone else as OBJ). Published anchors: task baseline 0.63
  macro-F1, TF-IDF + logistic regression about 0.55, best 2024 system 0.744.
- BABE `label_opinion`: "Entirely factual" is OBJ and "Expresses writer's opinion" is
  SUBJ ("strict", the two clear classes); "lenient" also counts "Somewhat factual but also
  opinionated" as SUBJ. "No agreement" rows are left out.
- Speed: `label_sentences` per 1,000 words, against `parse_article` on the same text.

Each data set is skipped with a line saying so when its files are absent. The weights in
`toolkit/claims/sentence_labels.py` were set by hand and checked on `train_en`; since the fourteenth
subjectivity round BABE's `label_opinion` is development data too (its errors are read to find kinds), so
only `dev_en` is a held-out figure. `--errors N` prints a random N of each kind of misread training
sentence (opinion missed, opinion wrongly given) with the cues that decided it (never dev).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from common import EVAL, best_time, synthetic_article, words

from toolkit import parse_article
from toolkit.claims.sentence_labels import label_sentences, label_text

CLASSES = ("OBJ", "SUBJ")


def predict(sentence: str) -> str:
    labels = label_text(sentence, split=False)
    return "SUBJ" if labels and labels[0].label == "opinion" else "OBJ"


def scores(gold: list[str], guess: list[str]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support per class."""
    out = {}
    for cls in CLASSES:
        tp = sum(1 for g, p in zip(gold, guess) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, guess) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, guess) if g == cls and p != cls)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[cls] = (precision, recall, f1, tp + fn)
    return out


def report(name: str, gold: list[str], guess: list[str]) -> float:
    per_class = scores(gold, guess)
    macro = sum(f for _, _, f, _ in per_class.values()) / len(per_class)
    accuracy = sum(1 for g, p in zip(gold, guess) if g == p) / len(gold)
    print(f"{name:<28} n={len(gold):<5} macro-F1 {macro:.3f}   accuracy {accuracy:.3f}")
    for cls, (p, r, f, n) in per_class.items():
        print(f"{'':<4}{cls:<5} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n}, predicted {guess.count(cls)})")
    return macro


def read_checkthat(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(row["sentence"], row["label"]) for row in rows if row.get("label") in CLASSES]


def read_babe(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    return [(row["text"], row["label_opinion"]) for row in rows if row.get("text")]


def checkthat(folder: Path, errors: int) -> None:
    if not folder.is_dir():
        print(f"CheckThat! 2025 subjectivity: skipped ({folder} not found)")
        return
    print("CheckThat! 2025 subjectivity (fact + attributed = OBJ, opinion = SUBJ)")
    print("  anchors: task baseline 0.63, TF-IDF + LR about 0.55, best 2024 system 0.744")
    for split in ("train_en", "dev_en"):
        path = folder / f"{split}.tsv"
        if not path.is_file():
            print(f"  {split}: skipped ({path.name} not found)")
            continue
        rows = read_checkthat(path)
        guesses = [predict(sentence) for sentence, _ in rows]
        report(f"  {split}", [label for _, label in rows], guesses)
        if split == "train_en" and errors:
            print_errors(rows, guesses, errors)


def print_errors(rows: list[tuple[str, str]], guesses: list[str], errors: int) -> None:
    """A random sample of the training sentences read wrongly, each kind apart, with the cues that decided.

    Only ever called on `train_en`: dev stays a held-out figure.
    """
    import random

    rng = random.Random(16)
    missed = [s for (s, g), p in zip(rows, guesses) if g == "SUBJ" and p == "OBJ"]
    false = [s for (s, g), p in zip(rows, guesses) if g == "OBJ" and p == "SUBJ"]
    for title, items in (("missed opinion (gold SUBJ, read OBJ)", missed),
                         ("false opinion (gold OBJ, read SUBJ)", false)):
        print(f"      {title}: {len(items)}, a random {min(errors, len(items))}:")
        for sentence in rng.sample(items, min(errors, len(items))):
            label = label_text(sentence, split=False)[0]
            counted = ", ".join(f"{c.family}:{c.text[:25]!r}{'(reported)' if c.reported else ''} {c.weight:+.1f}"
                                for c in label.cues if c.weight or c.points_to == "attributed")
            print(f"        [{label.label} {label.score:+.2f}] {sentence[:220]}")
            if counted:
                print(f"            cues: {counted}")


def babe(path: Path) -> None:
    if not path.is_file():
        print(f"BABE label_opinion: skipped ({path} not found)")
        return
    rows = read_babe(path)
    counts = Counter(label for _, label in rows)
    print("BABE label_opinion (Entirely factual = OBJ, Expresses writer's opinion = SUBJ)")
    print("  classes: " + ", ".join(f"{k}: {v}" for k, v in counts.most_common()))
    guesses = {sentence: predict(sentence) for sentence, _ in rows}
    strict = [(s, "OBJ" if l == "Entirely factual" else "SUBJ") for s, l in rows
              if l == "Entirely factual" or l.startswith("Expresses")]
    lenient = [(s, "OBJ" if l == "Entirely factual" else "SUBJ") for s, l in rows if l != "No agreement"]
    report("  strict (2 clear classes)", [g for _, g in strict], [guesses[s] for s, _ in strict])
    report("  lenient (somewhat = SUBJ)", [g for _, g in lenient], [guesses[s] for s, _ in lenient])


def speed() -> None:
    label_text("Warm up: the word lists load on first use, said the benchmark.")
    print("Speed (median of repeats; ratio = label_sentences time / parse_article time on the same text)")
    for copies in (1, 10):
        text = synthetic_article(copies)
        n = words(text)
        article = parse_article(text)
        ours = best_time(lambda: label_sentences(article), repeat=5 if copies == 1 else 3)
        reference = best_time(lambda: parse_article(text), repeat=5 if copies == 1 else 3)
        print(f"  {copies:>3}x sample  {n:>6} words  label_sentences {ours / n * 1e6:7.1f} ms/1k words   "
              f"parse_article {reference / n * 1e6:6.1f} ms/1k words   ratio {ours / reference:5.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of the external evaluation data")
    parser.add_argument("--errors", type=int, default=0, help="print this many misread train_en sentences")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed line")
    args = parser.parse_args(argv)
    checkthat(args.eval / "checkthat2025_subjectivity_en", args.errors)
    babe(args.eval / "babe" / "final_labels_SG2.csv")
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
