"""A student who applies each lesson's stated rules gets full credit everywhere.

The student reads the rules from `toolkit/data/reading_rules.yaml`, tries them in the file's
`sorting_order` and lets the first that fits decide each sentence. Where a rule needs an eye for
a kind of words, the student uses the tools the lessons give them: the non-claim lines and the
credits the toolkit points out (lesson 2 and 5's "who is speaking"), its reasons for judging words
(lesson 5's "why this label?"), the loaded-language highlighter (lesson 4), and the rule's own
`look_for` words. The student never sees a key. Every exercise question that asks for sentence
labels, and the sorting activity over every sentence of both articles, must then give full credit.
"""

from __future__ import annotations

import pytest

from toolkit import load_article
from toolkit.claims.reading_rules import looks_for, sorting_order
from toolkit.analysis.article_analysis import analysis_of
from toolkit.claims.sentence_labels import SentenceLabel
from toolkit.claims.sorting import Choice, check_choices
from toolkit.exercises import Exercise
from toolkit.keys.sentence_keys import load_sentence_key
from tests.conftest import ROOT
from tests.test_exercise_content import all_questions

SEEDS = ("turkey-s400", "riverside-water", "bridge-grants")
#: The toolkit's reasons that say the writer judges, accuses, interprets, advises or talks to you.
JUDGING = frozenset({"evaluative", "interpretation", "certainty", "imperative", "second_person", "question",
                     "exclamation", "modal_prescription", "stance_adverbs", "first_person", "first_person_plural"})


def _fits(rule_id: str, seen: SentenceLabel) -> bool:
    """Does the rule fit this sentence, as the student sees it with the lessons' tools?"""
    own = [c for c in seen.cues if not c.reported]
    rule = next(r for r in sorting_order() if r.id == rule_id)
    if rule_id == "no-claim":
        return any(c.kind == "no_claim" for c in own)
    if rule_id in ("credited-is-attributed", "unnamed-report"):
        return seen.label == "attributed"
    if rule_id == "judging-is-opinion":
        return any(c.family in JUDGING for c in own)
    if rule_id == "loaded-word-in-a-fact":
        return any(c.family == "loaded" for c in own)
    if rule_id == "fact-means-checkable":
        return True
    return bool(looks_for(rule, seen.text))


def student_label(seen: SentenceLabel) -> tuple[str, str]:
    """The label (and source) the rule-following student gives a sentence."""
    for rule in sorting_order():
        if _fits(rule.id, seen):
            label = rule.label or "fact"
            if rule.id == "loaded-word-in-a-fact":
                loaded = [c for c in seen.cues if c.family == "loaded" and not c.reported]
                label = "opinion" if len(loaded) >= 2 else "fact"  # nothing checkable left without them
            return label, (seen.source or "") if label == "attributed" else ""
    raise AssertionError("fact-means-checkable always fits")


@pytest.fixture(scope="module")
def answers() -> dict[str, dict[str, tuple[str, str]]]:
    out = {}
    for slug in SEEDS:
        article = load_article(ROOT / "seeds" / slug)
        # what the sorting activity shows: the article's analysis with the course's words (lesson_lexicon)
        out[slug] = {seen.sentence_id: student_label(seen) for seen in analysis_of(article).sentence_labels}
    return out


@pytest.mark.parametrize("slug", SEEDS)
def test_the_rule_following_student_sorts_every_sentence_for_full_credit(slug, answers):
    article = load_article(ROOT / "seeds" / slug)
    key = load_sentence_key(article)
    choices = {sid: Choice(label, source) for sid, (label, source) in answers[slug].items()}
    ids = [s.id for s in article.sentences]
    result = check_choices(key, choices, ids, include_no_claim=True)
    short = [f"{f.sentence_id}: chose {f.chosen} ({f.source_given!r}), key {f.expected} ({f.expected_source}) "
             f"{f.credit}" for f in result.feedback if f.credit < 1]
    assert result.score == result.out_of, short
    assert result.out_of == len(ids)


LABEL_QUESTIONS = [(e, q) for e, q in all_questions() if q["type"] == "label_sentences"]


@pytest.mark.parametrize("exercise_id, raw", LABEL_QUESTIONS, ids=[f"{e}-{q['id']}" for e, q in LABEL_QUESTIONS])
def test_the_rule_following_student_gets_full_credit_in_every_sorting_question(exercise_id, raw, answers, work_dir):
    exercise = Exercise(exercise_id)
    mine = answers[exercise.article.slug]
    answer = {sid: {"label": mine[sid][0], "source": mine[sid][1]} for sid in raw["sentences"]}
    result = exercise.check(raw["id"], answer)
    assert result.status == "right" and result.points == result.possible, result.report()


def test_the_rules_the_student_used_are_the_ones_the_lessons_print():
    from toolkit.claims.reading_rules import rules_for_lesson

    taught = {rule.id for lesson in range(7) for rule in rules_for_lesson(lesson)}
    assert {rule.id for rule in sorting_order()} <= taught
