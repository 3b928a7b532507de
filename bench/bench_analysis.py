"""The whole analysis of an article against textstat, in one run: cold start, long text, hostile text.

    python bench/bench_analysis.py [--quick]

Prints three ratios (the aims are in brackets):

1. cold: a new Python process that loads the sample and runs the full analysis (`analyze`),
   over a new process that imports textstat and runs one formula on the same text [<= 1.0];
2. long text: the full analysis of the sample repeated 100 times, over textstat's nine
   formulas on that text, both warm [<= 3.0];
3. hostile text: the cost per character of the full analysis of 1 MB that is one
   unsplittable sentence, 1 MB of punctuation and 1 MB of abbreviations, over the cost per
   character of a normal 1 MB article [<= 3 each]; each runs in its own process with a time
   limit, and a traceback or a limit reached is printed as such.

It ends with the largest article accepted (`toolkit.article.loading.MAX_CHARS`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

from bench_readability import NINE, fresh, textstat_caches
from common import ROOT, SAMPLE, best_time, synthetic_article

from toolkit.storage.offline import ensure_nltk_data

HOSTILE_LIMIT_S = 600
#: Turns of (textstat, full analysis) for ratio 2; the machine is shared, so more turns, steadier medians.
PAIRS = 7


def _process_seconds(code: str, timeout: float = HOSTILE_LIMIT_S) -> tuple[float | None, str]:
    """Wall time of a fresh `python -c code` (None past the limit) and its stderr's last line."""
    start = time.perf_counter()
    try:
        env = {**os.environ, "NLTK_DATA": str(ensure_nltk_data())}  # textstat would otherwise try to download
        done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              env=env)
    except subprocess.TimeoutExpired:
        return None, f"over {timeout:.0f} s"
    seconds = time.perf_counter() - start
    last = (done.stderr.strip().splitlines() or [""])[-1]
    if done.returncode != 0:
        return None, f"exit {done.returncode}: {last}"
    return seconds, last


def cold_ratio() -> None:
    ours_code = ("import toolkit; from toolkit.analysis import analyze; "
                 f"analyze(toolkit.load_article({str(SAMPLE)!r}))")
    theirs_code = (f"import textstat; textstat.flesch_reading_ease(open({str(SAMPLE)!r}, encoding='utf-8').read())")
    _process_seconds(ours_code)  # the first run writes the caches every later kernel reads
    ours = min(_process_seconds(ours_code)[0] or float("inf") for _ in range(3))
    theirs = min(_process_seconds(theirs_code)[0] or float("inf") for _ in range(3))
    print(f"1. cold analyze of the sample: {ours:.2f} s; import textstat + one formula: {theirs:.2f} s; "
          f"ratio {ours / theirs:.2f} (aim <= 1.0)")


def long_text_ratio() -> None:
    from toolkit import parse_article
    from toolkit.analysis import analyze
    from toolkit.storage.offline import prepared_textstat

    textstat = prepared_textstat()
    caches = textstat_caches()
    text = synthetic_article(100)
    analyze(parse_article(SAMPLE.read_text(encoding="utf-8")))  # warm: imports, lexicons, Punkt

    def nine_formulas() -> None:
        fresh(caches)  # textstat caches every result by text: time the work, not the cache
        for name in NINE:
            getattr(textstat, name)(text)

    def full_analysis() -> None:
        fresh(caches)
        analyze(parse_article(text))

    # Timed in turns (theirs, ours, theirs, ours, ...): a burst of load on this shared machine then
    # falls on both sides of a pair, and the ratio is the median of the pairs' ratios.
    pairs = [(best_time(nine_formulas, repeat=1), best_time(full_analysis, repeat=1)) for _ in range(PAIRS)]
    theirs = statistics.median(t for t, _ in pairs)
    ours = statistics.median(o for _, o in pairs)
    ratio = statistics.median(o / t for t, o in pairs)
    print(f"2. the sample x100 ({len(text.split()):,} words): full analysis {ours:.2f} s; textstat's nine formulas "
          f"{theirs:.2f} s (medians of {PAIRS} turns each); ratio {ratio:.2f} (aim <= 3.0)")


HOSTILE = {
    "one unsplittable sentence": "('word ' * 200_000)[:1_000_000]",
    "punctuation": "('.,;:!?\\\"\\'()[]-' * 70_000)[:1_000_000]",
    "abbreviations": "('U.S. e.g. i.e. Mr. Dr. St. No. a.m. ' * 30_000)[:1_000_000]",
}


def hostile_ratios() -> None:
    normal = ("from common import synthetic_article; t = synthetic_article(400)[:1_000_000]")
    run = ("import sys; sys.path.insert(0, 'bench'); {make}; "
           "from toolkit import parse_article; from toolkit.analysis import analyze; analyze(parse_article(t))")
    warm = "import sys; sys.path.insert(0, 'bench'); t = 'x'; import toolkit.analysis"
    base, _ = _process_seconds(warm)
    normal_s, why = _process_seconds(run.format(make=normal))
    if normal_s is None:
        print(f"3. normal 1 MB article failed: {why}")
        return
    per_char = (normal_s - base) / 1_000_000
    print(f"3. normal 1 MB article: {normal_s - base:.1f} s of analysis ({per_char * 1e6:.1f} us per character)")
    for name, make in HOSTILE.items():
        seconds, why = _process_seconds(run.format(make=f"t = {make}"))
        if seconds is None:
            print(f"   1 MB of {name}: {why}")
            continue
        ratio = (seconds - base) / 1_000_000 / per_char
        print(f"   1 MB of {name}: {seconds - base:.1f} s; per-character cost ratio {ratio:.2f} (aim <= 3)")


def _arguments() -> argparse.Namespace:
    """The command line; parsed first, so `--help` or a typo costs no benchmark run."""
    parser = argparse.ArgumentParser(description="Time the full analysis against textstat: cold start, the sample "
                                                 "x100, and (unless --quick) hostile 1 MB texts.")
    parser.add_argument("--quick", action="store_true", help="skip the hostile texts (ratios 1 and 2 only)")
    return parser.parse_args()


def main() -> None:
    arguments = _arguments()
    from toolkit.article.loading import MAX_CHARS

    cold_ratio()
    long_text_ratio()
    if not arguments.quick:
        hostile_ratios()
    print(f"largest article accepted: {MAX_CHARS:,} characters (larger: a one-line refusal, exit 2)")


if __name__ == "__main__":
    main()
