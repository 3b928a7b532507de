"""Answers in the built spec: a digest per item (so partial credit works), sealed values, no plain text."""

from __future__ import annotations

import json

import pytest

from toolkit.exercises.sealing import Sealer, is_sealed
from toolkit.exercises.spec import compile_source
from tests.exercise_helpers import SALT, question, source

MIXED = [
    question("choice", "q1", options=[{"text": "Red", "feedback": "Warm colour, wrong answer."},
                                      {"text": "Blue", "correct": True, "feedback": "Cool and correct."}],
             hints=["Think of the sky on a clear day."], explanation="Skies scatter blue light."),
    question("label_sentences", "q2", sentences=["s15", "s16", "s20"], ask_source=True,
             answers={"s15": "fact", "s16": {"label": "attributed", "source": "Fikri Isik"},
                      "s20": {"label": "opinion", "accept": ["attributed"], "note": "Weasel words here."}}),
    question("find_spans", "q3", passage={"paragraph": 1}, label="loaded", key=["enemy", "hostage"]),
    question("numeric", "q4", answer=13.05, tolerance=0.3),
    question("short_text", "q5", answers=["Grigory Dukor", "Dukor"],
             near=[{"answer": "Reuters", "feedback": "Agency, not person."}]),
    question("rewrite", "q6", passage={"paragraph": 2},
             example="Turkey is strengthening its defense positions. It may be preparing to leave the western "
                     "alliance and move closer to the Shanghai Cooperation Organization, which is led by Russia "
                     "and China and acts as a counterweight to NATO and the West."),
]


@pytest.fixture(scope="module")
def built():
    return compile_source(source(*MIXED), salt=SALT)


def test_digests_depend_on_exercise_question_item_value_and_salt():
    sealer = Sealer("ex", SALT)
    base = sealer.digest("q1", "sentence:s1", "fact")
    assert base == Sealer("ex", SALT).digest("q1", "sentence:s1", "fact")  # stable
    others = {sealer.digest("q2", "sentence:s1", "fact"), sealer.digest("q1", "sentence:s2", "fact"),
              sealer.digest("q1", "sentence:s1", "opinion"), Sealer("ex2", SALT).digest("q1", "sentence:s1", "fact"),
              Sealer("ex", "f" * 32).digest("q1", "sentence:s1", "fact")}
    assert base not in others and len(others) == 5
    assert sealer.matches("q1", "sentence:s1", "fact", [others.pop(), base])


def test_sealed_values_round_trip_and_only_open_for_their_purpose():
    sealer = Sealer("ex", SALT)
    token = sealer.seal("q1", "target", {"answer": 13.05, "tolerance": 0.3})
    assert is_sealed(token) and "13.05" not in token and "answer" not in token
    assert sealer.open("q1", "target", token) == {"answer": 13.05, "tolerance": 0.3}
    for wrong in (Sealer("ex", "e" * 32).open, lambda q, p, t: sealer.open("q1", "explanation", t)):
        with pytest.raises(ValueError):
            wrong("q1", "target", token)
    with pytest.raises(ValueError):
        sealer.open("q1", "target", "plain text")
    with pytest.raises(ValueError):
        Sealer("ex", "short")


def test_no_answer_or_revealing_text_is_readable_in_the_built_spec(built):
    text = json.dumps(built.data, ensure_ascii=False).lower()
    secrets = [secret for _, _, secret in built.secrets]
    assert {"Fikri Isik", "13.05", "Grigory Dukor", "Dukor", "Skies scatter blue light.", "Weasel words here.",
            "Think of the sky on a clear day.", "Agency, not person."} <= set(secrets)
    for secret in secrets:
        assert secret.lower() not in text, secret
    # Nor the key's offsets, nor the names of the right labels next to their sentences.
    assert '"start"' not in text and '"correct"' not in text
    q2 = next(q for q in built.data["questions"] if q["id"] == "q2")
    assert all(entry["label"] not in ("fact", "attributed", "opinion") for entry in q2["sentences"])


def test_exact_answers_are_digested_one_per_item(built):
    questions = {q["id"]: q for q in built.data["questions"]}
    options = questions["q1"]["options"]
    assert len({o["mark"] for o in options}) == 2 and all(len(o["mark"]) == 32 for o in options)
    sentences = questions["q2"]["sentences"]
    assert [s["id"] for s in sentences] == ["s15", "s16", "s20"]
    # Every sentence has its own digest, the same number of "accept" digests (padding hides which have one)
    # and a sealed source, whether or not it is attributed.
    assert len({s["label"] for s in sentences}) == 3
    assert {len(s["accept"]) for s in sentences} == {3} and {len(s["also_right"]) for s in sentences} == {3} and all(is_sealed(s["source"]) for s in sentences)
    blank = questions["q5"]["blanks"][0]
    assert len(blank["forms"]) == 2 and is_sealed(blank["shown"]) and len(blank["near"]) == 1
    assert is_sealed(questions["q3"]["key"]) and is_sealed(questions["q4"]["target"])
    assert is_sealed(questions["q6"]["example"]) and all(is_sealed(h["text"]) for h in questions["q1"]["hints"])


def test_changing_one_sentence_changes_only_its_digest():
    changed = [dict(q) for q in MIXED]
    changed[1] = question("label_sentences", "q2", sentences=["s15", "s16", "s20"], ask_source=True,
                          answers={"s15": "opinion", "s16": {"label": "attributed", "source": "Fikri Isik"},
                                   "s20": {"label": "opinion", "accept": ["attributed"], "note": "Weasel words here."}})
    before = compile_source(source(*MIXED), salt=SALT).data["questions"][1]["sentences"]
    after = compile_source(source(*changed), salt=SALT).data["questions"][1]["sentences"]
    assert before[0]["label"] != after[0]["label"]
    assert before[1:] == after[1:]


def test_same_source_and_salt_build_the_same_file(built):
    again = compile_source(source(*MIXED), salt=SALT)
    assert again.to_json() == built.to_json()
    fresh = compile_source(source(*MIXED))  # a new salt: different digests, same questions
    assert fresh.data["salt"] != SALT and fresh.to_json() != built.to_json()
    assert [q["fingerprint"] for q in fresh.data["questions"]] != [q["fingerprint"] for q in built.data["questions"]]


def test_rewording_a_prompt_keeps_the_fingerprint_but_a_new_answer_does_not(built):
    reworded = [dict(q) for q in MIXED]
    reworded[3] = {**MIXED[3], "prompt": "A clearer question?", "explanation": "A better explanation."}
    renumbered = [dict(q) for q in MIXED]
    renumbered[3] = {**MIXED[3], "answer": 14}
    prints = [q["fingerprint"] for q in built.data["questions"]]
    assert [q["fingerprint"] for q in compile_source(source(*reworded), salt=SALT).data["questions"]] == prints
    assert [q["fingerprint"] for q in compile_source(source(*renumbered), salt=SALT).data["questions"]][3] != prints[3]
