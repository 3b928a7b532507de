"""Loading and segmenting articles, against textstat's sentence count on the same text.

    python bench/bench_article.py

Prints milliseconds per 1,000 words for `toolkit.parse_article` (blocks, Punkt sentences,
metadata) and for `textstat.sentence_count` (one regular expression), and their ratio, for
the sample and for a synthetic article 100 times longer. Per-1,000-word times that stay
flat from 1x to 100x show there is no quadratic step.
"""

from __future__ import annotations

from common import best_time, synthetic_article, words

from toolkit import parse_article
from toolkit.storage.offline import prepared_textstat


def main() -> None:
    textstat = prepared_textstat()
    parse_article("Warm up. Punkt is built on first use.")
    print(f"{'text':<10}{'words':>9}{'toolkit ms/1k':>15}{'textstat ms/1k':>16}{'ratio':>8}")
    for copies in (1, 10, 100):
        text = synthetic_article(copies)
        n = words(text)
        repeat = 7 if copies < 100 else 3
        ours = best_time(lambda: parse_article(text), repeat=repeat)
        textstat.sentence_count(text)

        def reference():
            textstat.__dict__.get("clear_cache", lambda: None)()
            _uncached_sentence_count(textstat, text)

        theirs = best_time(reference, repeat=repeat)
        print(f"{copies:>4}x{'':<5}{n:>9}{ours / n * 1e6:>15.2f}{theirs / n * 1e6:>16.2f}{ours / theirs:>8.1f}")


def _uncached_sentence_count(textstat, text: str) -> int:
    """textstat caches results per text; call its backend without the cache for a fair timing."""
    from textstat.backend.counts import _count_sentences

    function = _count_sentences.count_sentences
    return getattr(function, "__wrapped__", function)(text)


if __name__ == "__main__":
    main()
