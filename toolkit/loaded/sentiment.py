"""VADER's word valences as a second opinion for words the toolkit's lexicon does not list.

NLTK's `SentimentIntensityAnalyzer` reads its lexicon through NLTK's data loader, which
would download `vader_lexicon`. The `vaderSentiment` package on PyPI ships the same file,
so we copy it once into the toolkit's NLTK data folder (see `toolkit.storage.offline`) and point
the analyzer at it: no download, ever.

Many strongly rated words are the plain vocabulary of news ("killed", "war", "support"):
the toolkit's list of such words (`data/plain_news_words.txt`) keeps them from being flagged.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

#: A word needs at least this valence (VADER's scale runs from -4 to +4) to count as strong.
STRONG_VALENCE = 2.0
#: Positive words are rarer signs of loaded news wording than negative ones: they need more.
STRONG_POSITIVE_VALENCE = 3.0
_RESOURCE = "sentiment/vader_lexicon/vader_lexicon.txt"


def vader_lexicon_source() -> Path:
    """The `vader_lexicon.txt` shipped inside the vaderSentiment package."""
    import vaderSentiment

    path = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"
    if not path.is_file():
        raise OSError("the vaderSentiment package has no vader_lexicon.txt; reinstall it (pip install vaderSentiment)")
    return path


def ensure_vader_lexicon() -> Path:
    """Copy VADER's lexicon into the toolkit's NLTK data folder (once) and return where it is."""
    from toolkit.storage.offline import ensure_nltk_data

    root = ensure_nltk_data()
    source = vader_lexicon_source()
    target = root / _RESOURCE
    if not target.is_file() or target.stat().st_size != source.stat().st_size:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(".vader_lexicon.tmp")
        shutil.copyfile(source, temporary)
        temporary.replace(target)
    return target


@lru_cache(maxsize=1)
def analyzer():
    """NLTK's VADER analyzer, reading the lexicon file from the vaderSentiment package."""
    ensure_vader_lexicon()
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(lexicon_file=_RESOURCE)


@lru_cache(maxsize=1)
def plain_news_words() -> frozenset[str]:
    """Words with a strong VADER score that are the ordinary vocabulary of news reports."""
    text = files("toolkit").joinpath("data", "plain_news_words.txt").read_text(encoding="utf-8")
    found = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        found.update(w.lower() for w in line.split())
    return frozenset(found)


def valence(word: str) -> float:
    """VADER's valence for one lower-case word (0.0 when it has none)."""
    return float(analyzer().lexicon.get(word, 0.0))


def strong_valence(word: str) -> float | None:
    """The valence of a word that counts as strongly emotional in news, else None."""
    if word in plain_news_words():
        return None
    value = valence(word)
    if value <= -STRONG_VALENCE or value >= STRONG_POSITIVE_VALENCE:
        return value
    return None
