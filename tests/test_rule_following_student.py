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
from toolkit.claims.reading_rules import sorting_order
from toolkit.analysis.article_analysis import analysis_of
from toolkit.claims.sentence_labels import SentenceLabel
from toolkit.claims.sorting import Choice, check_choices
from toolkit.exercises import Exercise
from toolkit.keys.sentence_keys import load_sentence_key
from toolkit.keys.taught_readings import taught_reading
from tests.conftest import ROOT
from tests.test_exercise_content import all_questions

SEEDS = ("turkey-s400", "riverside-water", "bridge-grants")
def student_label(seen: SentenceLabel) -> tuple[str, str]:
    """The label (and source) the rule-following student gives a sentence."""
    label = taught_reading(seen).label
    return label, (seen.source or "") if label == "attributed" else ""


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


@pytest.mark.parametrize("text", [
    "The ferry timetable is a first-rate piece of planning by the harbour board.",  # judging adjective
    "The harbour board handled the ferry timetable brilliantly this spring.",  # judging adverb
    "The council's patience with the ferry company is wearing thin.",  # judging idiom
    "The new timetable is a tour de force of island planning.",  # judging noun
    "The ferry company keeps flouting the island's noise rules.",  # judging verb
    "It is telling that the harbour board never published the ferry figures.",  # comment frame
    "The new ferry fares are far too high for island families.",  # a degree that judges
    "As if the harbour board had ever listened to the fishermen.",  # sarcasm
    "It is appropriate for the council to pay the ferry crews first.",  # advice in a frame
])
def test_every_kind_of_judging_word_the_toolkit_shows_is_judging_to_the_student(text):
    """The "why this label?" reasons a student reads as the writer judging send them to judging-is-opinion,
    so a drafted key never gives a judged sentence full credit as fact."""
    from toolkit import parse_article
    from toolkit.claims import label_sentences

    (seen,) = label_sentences(parse_article(text + "\n"))
    reading = taught_reading(seen)
    assert (seen.label, reading.rule.id, reading.label) == ("opinion", "judging-is-opinion", "opinion")
