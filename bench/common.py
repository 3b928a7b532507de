"""Helpers shared by the benchmarks: timing with repeats, and the project's paths."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "seeds" / "turkey-s400" / "article.txt"
EVAL = ROOT.parent / "shared" / "eval"


def best_time(function: Callable[[], object], repeat: int = 7, number: int = 1) -> float:
    """The median of `repeat` timings of `number` calls, in seconds per call (robust to a noisy machine)."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            function()
        timings.append((time.perf_counter() - start) / number)
    return statistics.median(timings)


def words(text: str) -> int:
    return len(text.split())


def synthetic_article(copies: int) -> str:
    """The sample's title, then its paragraphs repeated `copies` times: a long article of the same shape."""
    text = SAMPLE.read_text(encoding="utf-8")
    title, _, rest = text.partition("\n")
    return title + "\n" + "\n\n".join([rest.strip()] * copies)
