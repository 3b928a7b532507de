"""What the tests of the labeller's rule tables share (`toolkit.claims.speaker_rules`, `toolkit.claims.cue_rules`).

A table pairs each rule with the words it needs, and the labeller calls a rule only where they are. The tests
label the same text twice, once as the table stands and once with every rule called (each word set replaced by
one every sentence meets), and compare.
"""

from __future__ import annotations

from pathlib import Path

from toolkit.claims.sentence_labels import label_sentences

#: The project's seed articles, labelled with and without the tables' word tests.
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*/article.txt"))


class EveryWord(frozenset):
    """A set of words every sentence meets: a rule paired with it is always called, as before its table."""

    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        return False


def every_rule_called(table: tuple) -> tuple:
    """The table with each rule's words replaced by `EveryWord()`."""
    return tuple((rule, EveryWord()) for rule, _ in table)


def label_facts(article) -> list[tuple]:
    """What the labeller says of each sentence: label, source, via, score and cues."""
    return [(label.label, label.source, label.via, label.score, label.cues) for label in label_sentences(article)]


def assert_labelled_the_same_with_every_rule_called(monkeypatch, module, table: str, article_of) -> None:
    """Label `article_of()` as the table stands, then with every rule of `module.<table>` called: the same."""
    gated = label_facts(article_of())
    monkeypatch.setattr(module, table, every_rule_called(getattr(module, table)))
    assert label_facts(article_of()) == gated
