"""Every quality measure of issue 16 in one run, development figures with their baselines beside them.

    python bench/bench_quality.py [--eval PATH] [--all]

Rows (toolkit, baseline, target, and whether the unrounded figure reaches the target):

- PolNeAR `dev` (84 articles): sentences with a gold attribution cue labelled `attributed`
  (F1), the same naming the right source, and both again for speech verbs only; baseline a
  reporting-verb regex (bench_attribution_quality.py says how each is counted; a gold "he"
  is read through coreference or the last proper-name source, and each source row is followed
  by the same figure under the older gold rule, "old he/she gold rule");
- CheckThat! 2025 subjectivity `dev_en`: macro-F1 with fact + attributed = OBJ; baseline
  VADER: SUBJ when |compound| >= 0.4 (the threshold best on `train_en`);
- PTC Loaded_Language, any-overlap F1, on the check third of the articles (id divisible by
  3; develop on the rest); baseline every word VADER rates at 2 or more. The toolkit's
  name-calling spans are scored against PTC's own technique for them, Name_Calling,Labeling,
  on a row of their own; the row with every loaded span is the measure used before
  (bench_loaded_quality.py says why);
- BABE biased words, word level F1, on the check third of the rows (index divisible by 3);
  same VADER baseline;
- the project's own seed articles with reviewed keys: share of the key's attributed
  sentences the toolkit labels `attributed` with the key's source.

`--all` scores PTC and BABE on every article and row instead of the check third. Each data set
is skipped with a line saying so when its files are absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import EVAL, ROOT

import bench_attribution_quality as attribution
import bench_claims_quality as claims
import bench_loaded_quality as loaded

TARGETS = {
    "all": 0.75, "all_source": 0.65, "speech": 0.95, "speech_source": 0.85,
    "subjectivity": 0.72, "loaded": 0.40, "bias": 0.22, "seeds": 0.90,
}
VADER_THRESHOLD = 0.4


def verdict(ours: float | None, target: float | None) -> str:
    """Whether a figure reaches its target, judged on the unrounded figure: 0.7195 prints as 0.720 but is short."""
    if ours is None or target is None:
        return ""
    return "met" if ours >= target else f"short {target - ours:.4f}"


def row(name: str, ours: float | None, base: float | None, target: float | None, note: str = "") -> None:
    shown = [f"{v:.3f}" if isinstance(v, float) else "  -  " for v in (ours, base, target)]
    print(f"{name:<58}{shown[0]:>9}{shown[1]:>10}{shown[2]:>8}  {verdict(ours, target):<13}{note}")


def subjectivity(folder: Path) -> tuple[float, float] | None:
    path = folder / "dev_en.tsv"
    if not path.is_file():
        return None
    from toolkit.loaded.sentiment import analyzer

    vader = analyzer()
    rows = claims.read_checkthat(path)
    gold = [label for _, label in rows]
    ours = [claims.predict(sentence) for sentence, _ in rows]
    base = ["SUBJ" if abs(vader.polarity_scores(s)["compound"]) >= VADER_THRESHOLD else "OBJ" for s, _ in rows]

    def macro(guess: list[str]) -> float:
        per_class = claims.scores(gold, guess)
        return sum(f for _, _, f, _ in per_class.values()) / len(per_class)

    return macro(ours), macro(base)


def seed_sources() -> tuple[float, int] | None:
    """Share of the seed keys' attributed sentences labelled attributed with the key's source."""
    import json

    from toolkit import load_article
    from toolkit.claims.sentence_labels import label_sentences
    from toolkit.keys.sentence_keys import source_matches

    hits = total = 0
    for folder in sorted((ROOT / "seeds").iterdir()):
        key = folder / "keys" / "sentences.json"
        if not key.is_file():
            continue
        entries = json.loads(key.read_text(encoding="utf-8"))["sentences"]
        labels = {label.sentence_id: label for label in label_sentences(load_article(folder))}
        for sentence_id, entry in entries.items():
            if entry.get("label") != "attributed":
                continue
            total += 1
            got = labels.get(sentence_id)
            if got is not None and got.label == "attributed" and (
                    not entry.get("source") or source_matches(got.source, entry["source"])):
                hits += 1
    return (hits / total, total) if total else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of the external evaluation data")
    parser.add_argument("--all", action="store_true", help="PTC and BABE on all their data, not the check third")
    args = parser.parse_args(argv)
    print(f"{'measure (development data)':<58}{'toolkit':>9}{'baseline':>10}{'target':>8}  {'reached':<13}baseline")
    polnear = args.eval / attribution.POLNEAR / "dev"
    if polnear.is_dir():
        result = attribution.score_split(polnear)
        for key, title in (("all", "PolNeAR dev: attributed, all attributions (F1)"),
                           ("all_source", "PolNeAR dev: ... naming the right source (F1)"),
                           ("speech", "PolNeAR dev: attributed, speech verbs only (F1)"),
                           ("speech_source", "PolNeAR dev: ... speech, right source (F1)")):
            row(title, result.ours[key].f1(), result.regex[key].f1(), TARGETS[key], "reporting-verb regex")
            if key.endswith("_source"):  # the same scored by the gold pronoun rule used before
                row("PolNeAR dev:     (old he/she gold rule)", result.ours[key + "_old"].f1(),
                    result.regex[key + "_old"].f1(), TARGETS[key], "reporting-verb regex")
    else:
        print(f"PolNeAR: skipped ({polnear} not found)")
    checkthat = subjectivity(args.eval / "checkthat2025_subjectivity_en")
    if checkthat is None:
        print("CheckThat! 2025 subjectivity: skipped (dev_en.tsv not found)")
    else:
        row("CheckThat! 2025 dev_en: subjectivity (macro-F1)", *checkthat, TARGETS["subjectivity"],
            f"VADER |compound| >= {VADER_THRESHOLD}")
    keep_article = None if args.all else (lambda article_id: int(article_id) % 3 == 0)
    ptc = loaded.run_ptc(args.eval / loaded.PTC, 0, keep_article, quiet=True)
    part = "all" if args.all else "check third"
    if ptc is None:
        print("PTC: skipped (not found)")
    else:
        row(f"PTC Loaded_Language, {part}: any-overlap F1", ptc["toolkit"].f1(), ptc["vader"].f1(),
            TARGETS["loaded"], "VADER words")
        row(f"PTC Loaded_Language, {part}: ... vague sourcing too", ptc["with_sourcing"].f1(), None, None)
        row(f"PTC Loaded_Language, {part}: ... every loaded span", ptc["every_loaded"].f1(), None, None)
        row(f"PTC Name_Calling, {part}: name-calling spans, any-overlap F1", ptc["name_calling"].f1(), None, None)
    keep_row = None if args.all else (lambda index: index % 3 == 0)
    babe = loaded.run_babe(args.eval / loaded.BABE, 0, keep_row, quiet=True)
    if babe is None:
        print("BABE: skipped (not found)")
    else:
        row(f"BABE biased words, {part}: word-level F1", babe["toolkit"].f1(), babe["vader"].f1(),
            TARGETS["bias"], "VADER words")
    seeds = seed_sources()
    if seeds is not None:
        row(f"seed articles: key's attributed sentences, right source ({seeds[1]})", seeds[0], None,
            TARGETS["seeds"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
