"""Readability: the toolkit's analysis against textstat's own formulas, timed in the same run.

    python bench/bench_readability.py [EVAL_DIR]

1. Warm: `toolkit.readability.measure` on the parsed sample (every formula for the whole
   page, the prose, each block kind, part and paragraph group, plus every sentence on its
   own) against textstat's nine formulas (the eight the toolkit reports and its consensus
   `text_standard`) on the whole text, and against the thirteen numbers of one toolkit view
   (eight formulas, five counts). Aim: within 2x of textstat while doing all the views.
2. Cold: a fresh Python process that imports the toolkit, loads the sample and measures
   it, against one that imports textstat and computes one formula. Aim: no slower.
3. Scaling: the sample 1x, 10x and 100x as long: milliseconds per 1,000 words should stay flat.
4. Real articles (when EVAL_DIR, default ../shared/eval, holds the PTC news articles): the
   whole-page numbers must equal textstat's on every article; time per article for both.

Fair timing: textstat keeps an LRU cache of every result keyed by the text, so a repeated
call on the same text costs nothing. Before every timed repetition, on both sides, all of
textstat's caches are cleared except the three that hold its loaded data (CMU dictionary,
Pyphen dictionary, familiar-word list), and the toolkit's remembered hyphenation guesses
are dropped too; loading the data is what the cold test measures.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from common import EVAL, SAMPLE, best_time, synthetic_article, words

from toolkit import load_article, parse_article
from toolkit.storage.offline import ensure_nltk_data, prepared_textstat
from toolkit.readability import measure
from toolkit.readability.word_facts import lexicon

NINE = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
        "automated_readability_index", "dale_chall_readability_score", "linsear_write_formula", "text_standard")
ONE_VIEW = (*NINE[:8], "lexicon_count", "sentence_count", "syllable_count", "difficult_words", "reading_time")
LOADERS = {"get_cmudict", "get_pyphen", "get_lang_easy_words"}
PTC = Path("ptc_semeval2020_task11") / "train-articles"


def textstat_caches() -> list:
    """Every LRU-cached function in textstat's backend except the data loaders."""
    found = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for attribute, value in vars(module).items():
                if hasattr(value, "cache_clear") and attribute not in LOADERS:
                    found[id(value)] = value
    return list(found.values())


def fresh(caches) -> None:
    for cached in caches:
        cached.cache_clear()
    lexicon().forget_guesses()


def warm(textstat, caches) -> None:
    article = load_article(SAMPLE.parent)
    text = article.text
    measure(article)  # first call builds the lexicon: not part of a warm timing

    def ours():
        fresh(caches)
        measure(article)

    def nine():
        fresh(caches)
        for name in NINE:
            getattr(textstat, name)(text)

    def one_view():
        fresh(caches)
        for name in ONE_VIEW:
            getattr(textstat, name)(text)

    def parse_and_measure():
        fresh(caches)
        measure(parse_article(text))

    t_ours, t_nine, t_view = best_time(ours, repeat=25), best_time(nine, repeat=25), best_time(one_view, repeat=25)
    t_parse = best_time(parse_and_measure, repeat=15)
    print(f"1. Warm, the sample article ({words(text)} words), median of 25 runs, textstat caches cleared before each")
    print(f"   toolkit measure(article): every view + every sentence  {t_ours * 1e3:8.2f} ms")
    print(f"   textstat, nine formulas on the whole text              {t_nine * 1e3:8.2f} ms")
    print(f"   textstat, the 13 numbers of one view                   {t_view * 1e3:8.2f} ms")
    print(f"   ratio toolkit / textstat nine formulas                 {t_ours / t_nine:8.2f}x   (aim: 2x or less)"
          f"  {'met' if t_ours / t_nine <= 2 else 'NOT MET'}")
    print(f"   ratio toolkit / textstat one view                      {t_ours / t_view:8.2f}x")
    print(f"   (parsing the article too: {t_parse * 1e3:.2f} ms, {t_parse / t_nine:.2f}x textstat's nine formulas)")


COLD_OURS = """
import time
start = time.perf_counter()
import toolkit
from toolkit.readability import measure
result = measure(toolkit.sample_article())
assert result.whole["words"] > 0
print(time.perf_counter() - start)
"""

COLD_TEXTSTAT = """
import time
start = time.perf_counter()
import textstat
text = open({sample!r}, encoding="utf-8").read()
assert textstat.flesch_reading_ease(text) != 0
print(time.perf_counter() - start)
"""


def cold(runs: int = 5) -> None:
    root = ensure_nltk_data()
    env = {**os.environ, "NLTK_DATA": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    scripts = {"toolkit": textwrap.dedent(COLD_OURS),
               "textstat": textwrap.dedent(COLD_TEXTSTAT).format(sample=str(SAMPLE))}
    inside: dict[str, list[float]] = {name: [] for name in scripts}
    outside: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(runs):
        for name, script in scripts.items():  # alternate, so both meet the same machine load
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
            outside[name].append(time.perf_counter() - started)
            if done.returncode != 0:
                raise SystemExit(f"cold {name} failed:\n{done.stderr}")
            inside[name].append(float(done.stdout.strip().splitlines()[-1]))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
    bare = time.perf_counter() - started
    import tempfile

    with tempfile.TemporaryDirectory() as empty:  # a machine where nothing was prepared yet
        first_env = {**env, "TOOLKIT_DATA_DIR": empty}
        first_env.pop("NLTK_DATA")
        done = subprocess.run([sys.executable, "-c", scripts["toolkit"]], capture_output=True, text=True,
                              env=first_env, timeout=300)
        first = float(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else float("nan")
    ours, theirs = statistics.median(inside["toolkit"]), statistics.median(inside["textstat"])
    print(f"2. Cold start in a fresh process, median of {runs} (offline data already on disk for both)")
    print(f"   toolkit: import + load the sample + measure everything  {ours * 1e3:8.0f} ms"
          f"   (whole process {statistics.median(outside['toolkit']) * 1e3:.0f} ms)")
    print(f"   textstat: import + read the file + one formula          {theirs * 1e3:8.0f} ms"
          f"   (whole process {statistics.median(outside['textstat']) * 1e3:.0f} ms)")
    print(f"   ratio toolkit / textstat                                 {ours / theirs:8.2f}x   (aim: 1x or less)"
          f"  {'met' if ours <= theirs else 'NOT MET'}")
    print(f"   (an empty Python process takes {bare * 1e3:.0f} ms on this machine; the toolkit's very first run, with"
          f" an empty data folder, takes {first * 1e3:.0f} ms: it writes the offline dictionary and its syllable"
          " table once, which `python -m toolkit setup` does ahead of time)")


def scaling(textstat, caches) -> None:
    print("3. Scaling: the sample (title once, the rest repeated); warm; ms per 1,000 words (flat = no quadratic step)")
    print(f"   {'copies':>6} {'words':>8} {'toolkit':>9} {'textstat 9':>11} {'ratio':>7}")
    per_k = []
    for copies in (1, 10, 100):
        text = synthetic_article(copies)
        article = parse_article(text)
        n = words(text)
        repeat = 9 if copies < 100 else 3

        def ours():
            fresh(caches)
            measure(article)

        def nine():
            fresh(caches)
            for name in NINE:
                getattr(textstat, name)(text)

        t_ours, t_nine = best_time(ours, repeat=repeat), best_time(nine, repeat=repeat)
        per_k.append(t_ours / n * 1e6)
        print(f"   {copies:>5}x {n:>8} {t_ours / n * 1e6:>9.2f} {t_nine / n * 1e6:>11.2f} {t_ours / t_nine:>6.2f}x")
    print(f"   toolkit ms per 1,000 words, 100x against 1x: {per_k[-1] / per_k[0]:.2f}x"
          f"  {'flat' if per_k[-1] / per_k[0] < 1.5 else 'GROWS'}")


def real_articles(textstat, caches, eval_dir: Path) -> None:
    folder = eval_dir / PTC
    if not folder.is_dir():
        print(f"4. Real articles: skipped ({folder} is absent)")
        return
    files = sorted(folder.glob("*.txt"))
    names = {"words": "lexicon_count", "sentences": "sentence_count", "syllables": "syllable_count"}
    keys = [*NINE[:8], "words", "sentences", "syllables", "difficult_words", "reading_time"]
    agree = measured = 0
    ours_total = theirs_total = 0.0
    differences = []
    for path in files:
        try:
            article = load_article(path)
        except Exception as error:  # an unreadable file is reported, not fatal
            print(f"   {path.name}: not loaded ({error})")
            continue
        fresh(caches)
        started = time.perf_counter()
        result = measure(article)
        ours_total += time.perf_counter() - started
        fresh(caches)
        started = time.perf_counter()
        expected = {key: getattr(textstat, names.get(key, key))(article.text) for key in keys}
        theirs_total += time.perf_counter() - started
        got = {key: result.whole.scores[key] for key in keys}
        measured += 1
        if all(got[k] == expected[k] or (got[k] is None and k in NINE) for k in keys):
            agree += 1
        else:
            differences.append(path.name)
    print(f"4. Real articles: {measured} PTC news articles from {folder}")
    print(f"   whole-page numbers equal to textstat's on {agree} of {measured}"
          + (f" (differ: {', '.join(differences[:5])})" if differences else ""))
    print(f"   toolkit (every view, every sentence) {ours_total / measured * 1e3:.2f} ms per article; "
          f"textstat (13 numbers of one view) {theirs_total / measured * 1e3:.2f} ms; "
          f"ratio {ours_total / theirs_total:.2f}x")


def main(argv: list[str]) -> None:
    eval_dir = Path(argv[0]) if argv else EVAL
    textstat = prepared_textstat()
    textstat.flesch_reading_ease("Warm up the dictionary.")
    caches = textstat_caches()
    print(f"textstat {'.'.join(map(str, textstat_version()))}, Python {sys.version.split()[0]}\n")
    warm(textstat, caches)
    print()
    cold()
    print()
    scaling(textstat, caches)
    print()
    real_articles(textstat, caches, eval_dir)


def textstat_version() -> tuple:
    import textstat

    return tuple(getattr(textstat, "__version__", ()))


if __name__ == "__main__":
    main(sys.argv[1:])
