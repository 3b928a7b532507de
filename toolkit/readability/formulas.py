"""The readability formulas: what each counts, who made it for whom, and its arithmetic.

Each formula is textstat's, term for term and in the same order of operations, so that on
the same counts the toolkit gives textstat's number to the last digit (the tests check
this on the sample and on random texts). What differs is the guard: where textstat returns
0.0 for an empty text, or about -50,000 for one long run of words without full stops, the
toolkit withholds the score (None) and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from toolkit.readability.counting import Counts

#: An average sentence longer than this means the text lacks sentence punctuation (a list,
#: a table, a run of headlines): no edited English prose comes close, so the formulas,
#: which all divide by the number of sentences, would report nonsense.
MAX_AVERAGE_SENTENCE_WORDS = 75
#: textstat's reading time: milliseconds per character (Demberg and Keller, 2008).
MS_PER_CHARACTER = 14.69
#: A steady pace for a teenager reading to understand (adults average about 240 words a minute).
READING_WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Formula:
    """One readability formula, described for a student and computable from `Counts`."""

    key: str  # textstat's function name
    name: str
    kind: str  # "grade" (a US school grade), "ease" (0-100, higher is easier) or "dale-chall"
    counts: str  # what it counts, in plain words
    origin: str  # who made it, for which readers
    misleads: str  # where it goes wrong
    inputs: tuple[str, ...]  # the counts it uses (keys of `Counts`)
    expression: str  # the formula, with the counts named
    compute: Callable[[Counts, dict[str, float]], float]
    wants_sentences: int = 1
    wants_words: int = 100

    @property
    def higher_is_harder(self) -> bool:
        return self.kind != "ease"

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("key", "name", "kind", "counts", "origin", "misleads", "inputs",
                                              "expression", "wants_sentences", "wants_words")}


@dataclass(frozen=True)
class CountMetric:
    """A count reported beside the formulas."""

    key: str
    name: str
    meaning: str
    textstat: str  # the textstat function that gives the same number for the page


def _words_per_sentence(c: Counts) -> float:
    return c.words / c.sentences


def _syllables_per_word(c: Counts) -> float:
    return c.syllables / c.words


def _flesch_reading_ease(c: Counts, k: dict[str, float]) -> float:
    sentence_length = _words_per_sentence(c)
    syllables = _syllables_per_word(c)
    return k["fre_base"] - k["fre_sentence_length"] * sentence_length - k["fre_syll_per_word"] * syllables


def _flesch_kincaid_grade(c: Counts, k: dict[str, float]) -> float:
    return (0.39 * _words_per_sentence(c)) + (11.8 * _syllables_per_word(c)) - 15.59


def _gunning_fog(c: Counts, k: dict[str, float]) -> float:
    per_diff_words = 100 * c.hard_words / c.words
    return 0.4 * (_words_per_sentence(c) + per_diff_words)


def _smog_index(c: Counts, k: dict[str, float]) -> float:
    return (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291


def _coleman_liau_index(c: Counts, k: dict[str, float]) -> float:
    letters = c.letters / c.words * 100
    sentences = c.sentences / c.words * 100
    return (0.058 * letters) - (0.296 * sentences) - 15.8


def _automated_readability_index(c: Counts, k: dict[str, float]) -> float:
    return (4.71 * (c.characters / c.tokens)) + (0.5 * _words_per_sentence(c)) - 21.43


def _dale_chall_readability_score(c: Counts, k: dict[str, float]) -> float:
    per_difficult_words = 100 * c.unfamiliar_words / c.words
    score = (0.1579 * per_difficult_words) + (0.0496 * _words_per_sentence(c))
    if per_difficult_words > 5:
        score += 3.6365
    return score


def _linsear_write_formula(c: Counts, k: dict[str, float]) -> float:
    number = float((c.linsear_easy * 1 + c.linsear_hard * 3) / c.linsear_sentences)
    if number <= 20:
        number -= 2
    return number / 2


FORMULAS: dict[str, Formula] = {
    f.key: f
    for f in (
        Formula(
            "flesch_reading_ease", "Flesch reading ease", "ease",
            "how long the sentences are (words per sentence) and how long the words are (syllables per word)",
            "Rudolf Flesch, 1948, for adult readers of magazines and newspapers",
            "It only sees length: a short sentence full of long names scores as hard, and a short, muddled "
            "sentence as easy. It cannot tell whether the text makes sense.",
            ("words", "sentences", "syllables"),
            "206.835 \u2212 1.015 \u00d7 (words \u00f7 sentences) \u2212 84.6 \u00d7 (syllables \u00f7 words)",
            _flesch_reading_ease,
        ),
        Formula(
            "flesch_kincaid_grade", "Flesch-Kincaid grade", "grade",
            "words per sentence and syllables per word, turned into a US school grade",
            "J. Peter Kincaid and colleagues, 1975, for US Navy training manuals",
            "The same inputs as Flesch reading ease, so it shares its blind spots; very long sentences push "
            "it far above any real school grade.",
            ("words", "sentences", "syllables"),
            "0.39 \u00d7 (words \u00f7 sentences) + 11.8 \u00d7 (syllables \u00f7 words) \u2212 15.59",
            _flesch_kincaid_grade,
        ),
        Formula(
            "gunning_fog", "Gunning fog index", "grade",
            "words per sentence and the share of hard words (three or more syllables, not on the familiar-word list)",
            "Robert Gunning, 1952, a consultant helping newspapers and businesses write more clearly",
            "Names and technical terms (Erdogan, ballistic) count as hard even when every reader knows them.",
            ("words", "sentences", "hard_words"),
            "0.4 \u00d7 (words \u00f7 sentences + 100 \u00d7 hard words \u00f7 words)",
            _gunning_fog,
        ),
        Formula(
            "smog_index", "SMOG index", "grade",
            "words of three or more syllables per sentence, scaled to a sample of 30 sentences",
            "G. Harry McLaughlin, 1969; widely used for health leaflets",
            "It is built for 30 sentences or more: on a short text it is a guess. Sentence length enters only "
            "through how many long words each sentence holds.",
            ("sentences", "polysyllables"),
            "1.043 \u00d7 \u221a(30 \u00d7 long words \u00f7 sentences) + 3.1291",
            _smog_index, wants_sentences=30,
        ),
        Formula(
            "coleman_liau_index", "Coleman-Liau index", "grade",
            "letters per 100 words and sentences per 100 words (no syllables)",
            "Meri Coleman and T. L. Liau, 1975, so that a machine could score text without counting syllables",
            "Counting letters, it treats a long easy word (everything) as hard and a short rare word (jib) as easy.",
            ("words", "sentences", "letters"),
            "0.058 \u00d7 (100 \u00d7 letters \u00f7 words) \u2212 0.296 \u00d7 (100 \u00d7 sentences \u00f7 words)"
            " \u2212 15.8",
            _coleman_liau_index,
        ),
        Formula(
            "automated_readability_index", "Automated readability index (ARI)", "grade",
            "characters per word (punctuation included) and words per sentence",
            "E. A. Smith and R. J. Senter, 1967, for the US Air Force, counted by a device on a typewriter",
            "Punctuation counts as characters, so quotes, dashes and numbers like S-400 make words look longer.",
            ("words", "sentences", "characters", "tokens"),
            "4.71 \u00d7 (characters \u00f7 pieces between spaces) + 0.5 \u00d7 (words \u00f7 sentences) \u2212 21.43",
            _automated_readability_index,
        ),
        Formula(
            "dale_chall_readability_score", "Dale-Chall score", "dale-chall",
            "the share of words not on a list of about 3,000 words most fourth-graders know, and words per sentence",
            "Edgar Dale and Jeanne Chall, 1948, for school reading material",
            "The list is from the 1940s and textstat does not match plurals or other word forms, so 'missiles' "
            "is unfamiliar even though 'missile' may not be; every name counts as unfamiliar.",
            ("words", "sentences", "unfamiliar_words"),
            "0.1579 \u00d7 (100 \u00d7 unfamiliar words \u00f7 words) + 0.0496 \u00d7 (words \u00f7 sentences)"
            " + 3.6365 when more than 5% of words are unfamiliar",
            _dale_chall_readability_score,
        ),
        Formula(
            "linsear_write_formula", "Linsear Write", "grade",
            "in the first 100 words only: easy words (one or two syllables) and hard words (three or more) per "
            "sentence",
            "developed for the US Air Force to check technical manuals",
            "It reads only the first 100 words, so the top of a page (a headline, the framing) decides it.",
            ("linsear_easy", "linsear_hard", "linsear_sentences"),
            "(easy words + 3 \u00d7 hard words) \u00f7 sentences, in the first 100 words; then minus 2 if that is"
            " 20 or less, and halved",
            _linsear_write_formula,
        ),
    )
}

COUNT_METRICS: dict[str, CountMetric] = {
    m.key: m
    for m in (
        CountMetric("words", "words", "words, after punctuation is removed", "lexicon_count"),
        CountMetric("sentences", "sentences", "sentences (textstat's count for the whole page, the toolkit's for"
                    " every other view)", "sentence_count"),
        CountMetric("syllables", "syllables", "syllables, from the CMU Pronouncing Dictionary or a hyphenation"
                    " guess", "syllable_count"),
        CountMetric("difficult_words", "difficult words", "different words of two or more syllables that are not"
                    " on the familiar-word list", "difficult_words"),
        CountMetric("reading_time", "reading time (seconds)", "textstat's estimate: 14.69 milliseconds for every"
                    " character, the speed of eyes passing over the letters", "reading_time"),
        CountMetric("reading_minutes", "minutes to read", f"words \u00f7 {READING_WORDS_PER_MINUTE}, a steady pace"
                    " for a student reading to understand", ""),
        CountMetric("words_per_sentence", "words per sentence", "the average sentence length", "words_per_sentence"),
        CountMetric("syllables_per_word", "syllables per word", "the average word length in syllables",
                    "avg_syllables_per_word"),
    )
}

#: Plain names of the counts, for tables and the explorer's "inputs" list.
COUNT_NAMES = {
    "words": "words",
    "sentences": "sentences",
    "syllables": "syllables",
    "tokens": "pieces between spaces",
    "letters": "letters and digits",
    "characters": "characters (punctuation included, spaces not)",
    "polysyllables": "long words (three or more syllables)",
    "hard_words": "hard words (three or more syllables, not familiar)",
    "unfamiliar_words": "words not on the familiar-word list",
    "difficult_words": "different difficult words",
    "linsear_easy": "easy words in the first 100",
    "linsear_hard": "hard words in the first 100",
    "linsear_sentences": "sentences in the first 100 words",
}

#: Every metric a view reports, formulas first.
METRIC_KEYS = tuple(FORMULAS) + tuple(COUNT_METRICS)


def metric_name(key: str) -> str:
    """The display name of a formula or a count."""
    if key in FORMULAS:
        return FORMULAS[key].name
    if key in COUNT_METRICS:
        return COUNT_METRICS[key].name
    return COUNT_NAMES.get(key, key.replace("_", " "))


def scores(counts: Counts, constants: dict[str, float]) -> tuple[dict[str, float | None], dict[str, str]]:
    """Every metric for `counts`, and for each withheld formula (None) the reason in plain words."""
    values: dict[str, float | None] = {}
    withheld: dict[str, str] = {}
    reason = _reason_to_withhold(counts)
    for key, formula in FORMULAS.items():
        specific = reason or _specific_reason(key, counts)
        if specific:
            values[key] = None
            withheld[key] = specific
        else:
            values[key] = formula.compute(counts, constants)
    values["words"] = counts.words
    values["sentences"] = counts.sentences
    values["syllables"] = counts.syllables
    values["difficult_words"] = counts.difficult_words
    values["reading_time"] = MS_PER_CHARACTER * counts.characters / 1000
    values["reading_minutes"] = counts.words / READING_WORDS_PER_MINUTE
    values["words_per_sentence"] = counts.words / counts.sentences if counts.sentences else None
    values["syllables_per_word"] = counts.syllables / counts.words if counts.words else None
    return values, withheld


def _reason_to_withhold(counts: Counts) -> str | None:
    if counts.words == 0:
        return "there are no words to measure"
    if counts.sentences == 0:
        return "there are no sentences to measure"
    average = counts.words / counts.sentences
    if average > MAX_AVERAGE_SENTENCE_WORDS:
        return (f"its {counts.words:,} words make only {counts.sentences:,} sentence"
                f"{'s' if counts.sentences != 1 else ''} ({average:,.0f} words each): the full stops are missing, "
                "and every formula divides by the number of sentences")
    return None


def _specific_reason(key: str, counts: Counts) -> str | None:
    if key in ("flesch_reading_ease", "flesch_kincaid_grade") and counts.syllables == 0:
        return "no syllables were found"
    if key == "coleman_liau_index" and counts.letters == 0:
        return "no letters were found"
    if key == "linsear_write_formula" and counts.linsear_sentences == 0:
        return "no sentence was found in the first 100 words"
    return None


def worked(key: str, counts: Counts, value: float | None) -> str:
    """The formula with this text's counts put in, e.g. '0.39 x (536 / 20) + ...= 14.5'."""
    c = counts
    if value is None:
        return FORMULAS[key].expression
    wps = f"({c.words:,} \u00f7 {c.sentences:,})"
    spw = f"({c.syllables:,} \u00f7 {c.words:,})"
    filled = {
        "flesch_reading_ease": f"206.835 \u2212 1.015 \u00d7 {wps} \u2212 84.6 \u00d7 {spw}",
        "flesch_kincaid_grade": f"0.39 \u00d7 {wps} + 11.8 \u00d7 {spw} \u2212 15.59",
        "gunning_fog": f"0.4 \u00d7 ({c.words:,} \u00f7 {c.sentences:,} + 100 \u00d7 {c.hard_words:,} \u00f7 "
                       f"{c.words:,})",
        "smog_index": f"1.043 \u00d7 \u221a(30 \u00d7 {c.polysyllables:,} \u00f7 {c.sentences:,}) + 3.1291",
        "coleman_liau_index": f"0.058 \u00d7 (100 \u00d7 {c.letters:,} \u00f7 {c.words:,}) \u2212 0.296 \u00d7 "
                              f"(100 \u00d7 {c.sentences:,} \u00f7 {c.words:,}) \u2212 15.8",
        "automated_readability_index": f"4.71 \u00d7 ({c.characters:,} \u00f7 {c.tokens:,}) + 0.5 \u00d7 {wps} "
                                       "\u2212 21.43",
        "dale_chall_readability_score": f"0.1579 \u00d7 (100 \u00d7 {c.unfamiliar_words:,} \u00f7 {c.words:,}) "
                                        f"+ 0.0496 \u00d7 {wps}"
                                        + (" + 3.6365" if 100 * c.unfamiliar_words / c.words > 5 else ""),
        "linsear_write_formula": _linsear_worked(c),
    }[key]
    return f"{filled} = {value:.1f}"


def _linsear_worked(c: Counts) -> str:
    raw = (c.linsear_easy + 3 * c.linsear_hard) / c.linsear_sentences
    step = f"({c.linsear_easy} + 3 \u00d7 {c.linsear_hard}) \u00f7 {c.linsear_sentences} = {raw:.1f}"
    return f"{step}; {'minus 2, ' if raw <= 20 else ''}halved"
