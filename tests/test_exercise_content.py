"""The exercises in exercises/: built in step with their sources, answers right, no answers in plain sight.

The right answers are worked out here from the instructors' sources, the seed's reviewed keys and
`toolkit.readability`, independently of the built (sealed) files, and each is checked through the
student's API: a right answer must score full points, a wrong one must not.
"""

from __future__ import annotations

import json
import re
import string
from functools import lru_cache
from pathlib import Path

import nbformat
import pytest
import yaml

from toolkit.exercises import Exercise
from toolkit.exercises.build import build_exercises, compile_with_kept_salt, source_files
from toolkit.exercises.passages import resolve_passage
from toolkit.exercises.types import QUESTION_TYPES
from tests.conftest import ROOT

TOPICS = ["01-annotation", "02-sources-and-framing", "03-readability", "04-loaded-language", "05-fact-or-opinion",
          "06-putting-it-together", "07-lateral-reading", "08-when-the-story-leans"]
SOURCES = {path.stem: path for path in source_files(ROOT)}
#: What students receive (the student build leaves out exercises/source/ and seeds/*/keys/).
STUDENT_MATERIAL = sorted([*ROOT.glob("exercises/*.ipynb"), *ROOT.glob("exercises/*.exercise.json"),
                           *ROOT.glob("lessons/*.ipynb")])


@lru_cache(maxsize=None)
def raw_source(exercise_id: str) -> dict:
    """The source spec as the build reads it: figures about the article put in (toolkit.exercises.article_numbers)."""
    import copy

    return copy.deepcopy(_filled_source(exercise_id))


@lru_cache(maxsize=None)
def _filled_source(exercise_id: str) -> dict:
    from toolkit import load_article
    from toolkit.exercises.article_numbers import article_figures, fill_figures
    from toolkit.storage.paths import seed_dir

    source = yaml.safe_load(SOURCES[exercise_id].read_text(encoding="utf-8"))
    problems: list[str] = []
    filled = fill_figures(source, article_figures(load_article(seed_dir(source["article"]))), problems)
    assert not problems, problems
    return filled


def all_questions():
    return [(exercise_id, q) for exercise_id in TOPICS for q in raw_source(exercise_id)["questions"]]


def test_one_exercise_per_lesson_topic_with_five_to_ten_questions():
    assert sorted(SOURCES) == TOPICS
    for exercise_id in TOPICS:
        count = len(raw_source(exercise_id)["questions"])
        assert 5 <= count <= 10, f"{exercise_id} has {count} questions"
        assert (ROOT / "exercises" / f"{exercise_id}.ipynb").is_file()
    used = {q["type"] for _, q in all_questions()}
    assert used == set(QUESTION_TYPES), f"types not used: {set(QUESTION_TYPES) - used}"


def test_built_specs_are_in_step_with_their_sources():
    report = build_exercises(ROOT, check=True)
    assert not report.errors, [str(e) for e in report.errors]
    assert not report.stale, report.stale + ["run: python -m toolkit build-exercises"]
    assert len(report.unchanged) == len(TOPICS)


# ----- right answers, worked out from the sources and the keys ----------------------------------------

def right_answer(exercise: Exercise, raw: dict):
    """The answer that must score full points, from the plain source spec and the reviewed keys."""
    article = exercise.article
    kind = raw["type"]
    if kind == "choice":
        right = [letter for letter, option in zip(string.ascii_lowercase, raw["options"]) if option.get("correct")]
        return right if len(right) > 1 or raw.get("multiple") else right[0]
    if kind == "label_sentences":
        from toolkit.keys.sentence_keys import load_sentence_key

        key = load_sentence_key(article)
        answers = {}
        for sentence_id in raw["sentences"]:
            given = (raw.get("answers") or {}).get(sentence_id)
            entry = key.get(sentence_id)
            label = given if isinstance(given, str) else (given or {}).get("label") or entry.label
            source = (given or {}).get("source") if isinstance(given, dict) else entry.source
            answers[sentence_id] = {"label": label, "source": source or ""}
        return answers
    if kind == "find_spans":
        from toolkit.annotation.spans import load_span_key

        passage = resolve_passage(raw["passage"], article)
        if raw.get("key"):
            return list(raw["key"])
        spans = [s for s in load_span_key(article).spans_with(raw.get("label", "loaded"))
                 if passage.contains(article, s.start, s.end)]
        return [{"start": s.start, "end": s.end} for s in spans][: raw.get("find")]
    if kind == "numeric":
        return str(raw["answer"])
    if kind == "short_text":
        blanks = raw.get("blanks") or [{"answers": raw["answers"]}]
        return [blank["answers"][0] for blank in blanks]
    if kind == "rewrite":
        return raw["example"]
    raise AssertionError(kind)


def wrong_answer(exercise: Exercise, raw: dict, right):
    kind = raw["type"]
    if kind == "choice":
        letters = string.ascii_lowercase[:len(raw["options"])]
        wrong = next(letter for letter, option in zip(letters, raw["options"]) if not option.get("correct"))
        return [wrong] if isinstance(right, list) else wrong
    if kind == "label_sentences":
        first = next(iter(right))
        flipped = "no_claim" if right[first]["label"] != "no_claim" else "fact"
        return {**right, first: {"label": flipped, "source": ""}}
    if kind == "find_spans":  # the passage's first word that no key span touches
        body = exercise.question(raw["id"]).body
        key = body.key_spans(exercise.spec.sealer)
        for start, end in body.passage.bounds(exercise.article):
            for word in re.finditer(r"\w+", exercise.article.text[start:end]):
                a, b = start + word.start(), start + word.end()
                if not any(k.start < b and a < k.end for k in key):
                    return [{"start": a, "end": b}]
    if kind == "numeric":
        return str(float(raw["answer"]) + 10)
    if kind == "short_text":
        return ["zzz"] * len(right)
    if kind == "rewrite":
        return exercise.question(raw["id"]).body.original + " Really."
    raise AssertionError(kind)


@pytest.mark.parametrize("exercise_id, raw", all_questions(), ids=[f"{e}-{q['id']}" for e, q in all_questions()])
def test_the_right_answer_scores_full_points_and_a_wrong_one_does_not(exercise_id, raw, work_dir):
    exercise = Exercise(exercise_id)
    right = right_answer(exercise, raw)
    wrong = wrong_answer(exercise, raw, right)
    missed = exercise.check(raw["id"], wrong)
    assert missed.status in ("wrong", "partly") and missed.points < missed.possible, missed.report()
    assert not missed.feedback[0].startswith(("All", "Both", "Right")), missed.feedback[0]
    result = exercise.check(raw["id"], right)
    assert result.status == "right" and result.points == result.possible, result.report()
    assert result.finished and result.explanation


# ----- numbers checked against the toolkit's own measurements ----------------------------------------------

@pytest.fixture(scope="module")
def readability(sample):
    from toolkit.readability import measure

    return measure(sample)


def numeric(exercise_id: str, question_id: str) -> dict:
    return next(q for q in raw_source(exercise_id)["questions"] if q["id"] == question_id)


def test_readability_answers_match_toolkit_readability(readability):
    measured = {
        "q1": readability.by_part["body"].scores["flesch_kincaid_grade"],
        "q2": readability.by_part["framing"].scores["flesch_kincaid_grade"],
        "q3": readability.by_part["framing"].scores["words_per_sentence"],
    }
    for question_id, value in measured.items():
        spec = numeric("03-readability", question_id)
        assert spec["answer"] == pytest.approx(value, abs=0.005), question_id
        # What the explorer shows (one decimal) is inside the tolerance.
        assert abs(round(value, 1) - spec["answer"]) <= spec["tolerance"]


def test_why_the_framing_is_harder_is_worked_out_from_the_counts(readability):
    framing, body = readability.by_part["framing"].scores, readability.by_part["body"].scores
    from_sentences = 0.39 * (framing["words_per_sentence"] - body["words_per_sentence"])
    from_words = 11.8 * (framing["syllables_per_word"] - body["syllables_per_word"])
    assert from_sentences > from_words
    q4 = numeric("03-readability", "q4")
    right = [o for o in q4["options"] if o.get("correct")]
    assert len(right) == 1 and "sentences" in right[0]["text"]
    assert f"about {from_sentences:.1f} grades" in right[0]["feedback"] and f"about {from_words:.1f}" in right[0]["feedback"]
    # The other premises of exercise 3: textstat's 20 sentences, and Dale-Chall turning the order round.
    assert readability.whole["sentences"] == 20
    assert framing["flesch_kincaid_grade"] > body["flesch_kincaid_grade"]
    assert framing["dale_chall_readability_score"] < body["dale_chall_readability_score"]


def test_loaded_rate_answer_matches_the_key_and_the_word_count(sample, readability):
    from toolkit.annotation.spans import load_span_key

    framing = resolve_passage({"part": "framing"}, sample)
    loaded = [s for s in load_span_key(sample).spans_with("loaded") if framing.contains(sample, s.start, s.end)]
    words = readability.by_part["framing"].counts.words
    q5 = numeric("04-loaded-language", "q5")
    assert f"{words} words" in q5["prompt"] and f"marks {len(loaded)} loaded" in q5["prompt"]
    assert q5["answer"] == pytest.approx(100 * len(loaded) / words, abs=0.005)


def test_sources_answers_match_the_seed_metadata(sample):
    q1, q2 = (numeric("02-sources-and-framing", q) for q in ("q1", "q2"))
    assert q1["answers"][0] == sample.metadata["outlet"]
    agency, photographer = (blank["answers"][0] for blank in q2["blanks"])
    assert agency == sample.metadata["caption_agency"] and photographer == sample.metadata["photographer"]
    assert f"{agency.upper()}/{photographer}" in sample.text


def test_putting_it_together_answers_match_the_toolkit_on_the_second_article(sample):
    """Exercise 6 (the practice article): the body's grade, why the framing is harder, and the shared pattern."""
    from toolkit import load_article
    from toolkit.analysis.parts import part_report

    river = load_article(ROOT / "seeds" / "riverside-water")
    spec = raw_source("06-putting-it-together")
    assert spec["article"] == river.slug
    report = part_report(river)
    body, framing = report.part("body"), report.part("framing")
    q5 = numeric("06-putting-it-together", "q5")
    assert q5["answer"] == pytest.approx(body.grade, abs=0.005)
    assert abs(round(body.grade, 1) - q5["answer"]) <= q5["tolerance"]  # what the report shows
    # q5's explanation: the framing is harder, mostly because of its longer words.
    assert framing.grade > body.grade
    assert 11.8 * (framing.syllables_per_word - body.syllables_per_word) > \
        0.39 * (framing.words_per_sentence - body.words_per_sentence)
    assert "longer words" in q5["explanation"]
    # q7: what is right is true of both pages, and what is wrong is false of both.
    for article in (sample, river):
        parts = part_report(article)
        framing, body = parts.part("framing"), parts.part("body")
        assert framing.loaded_per_100 > body.loaded_per_100
        assert framing.grade > body.grade
        assert body.sources and not framing.sources
        assert parts.part("credit") is not None
    q1 = numeric("06-putting-it-together", "q1")
    assert q1["answers"][0] == river.metadata["outlet"]
    assert river.metadata["photographer"] in [near["answer"] for near in q1["near"]]


# ----- nothing students receive gives an answer away --------------------------------------------------

def secrets():
    out = []
    for exercise_id in TOPICS:
        compiled = compile_with_kept_salt(SOURCES[exercise_id], ROOT)
        out += [(exercise_id, question_id, kind, text) for question_id, kind, text in compiled.secrets]
    return out


def readable_text(path: Path) -> str:
    """What a student can read in a file: a notebook's cell sources, or the whole JSON text."""
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        return "\n".join(cell.source for cell in notebook.cells)
    return path.read_text(encoding="utf-8")


def found_in(secret: str, text: str) -> bool:
    flat = " ".join(secret.split()).lower()
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in flat.split()) + r"(?!\w)"
    return re.search(pattern, text.lower()) is not None


@pytest.mark.slow
def test_no_answer_of_any_source_spec_is_readable_in_student_material():
    """Every accepted short answer, numeric answer, hint, feedback line, note and explanation is absent.

    Secrets shorter than three characters (a number like 8) are left out: they occur by chance.
    A sentence's source (a name such as the minister's) is checked in the exercise files only:
    the lessons teach with the sample's sources by name, and students read them in the article.
    """
    assert STUDENT_MATERIAL and len(secrets()) > 50
    texts = {path: readable_text(path) for path in STUDENT_MATERIAL}
    leaks = []
    for exercise_id, question_id, kind, secret in secrets():
        if len(secret.strip()) < 3:
            continue
        for path, text in texts.items():
            if kind == "source" and path.parent.name == "lessons":
                continue
            if found_in(secret, text):
                leaks.append(f"{exercise_id} {question_id} ({kind}) {secret!r} in {path.relative_to(ROOT)}")
    assert not leaks, "\n".join(leaks)


def test_the_check_for_leaks_can_fail(tmp_path):
    leaky = tmp_path / "leaky.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Hint: it was the DAILY caller.")])
    nbformat.write(notebook, leaky)
    assert found_in("The Daily Caller".replace("The ", ""), readable_text(leaky))
    assert not found_in("Dukor", "Dukorov is someone else")


# ----- the notebooks ---------------------------------------------------------------------------------

def notebook_builder():
    from toolkit.notebooks import exercise_notebooks

    return exercise_notebooks


@pytest.mark.parametrize("exercise_id", TOPICS)
def test_notebooks_are_in_step_with_their_builder_and_show_every_question_once(exercise_id):
    from toolkit import notebooks

    builder = notebook_builder()
    built = json.loads((ROOT / "exercises" / f"{exercise_id}.exercise.json").read_text(encoding="utf-8"))
    path = ROOT / "exercises" / f"{exercise_id}.ipynb"
    assert notebooks.is_current(builder.build(built), path), "run: python -m toolkit build"
    stored = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in stored.cells if c.cell_type == "code")
    for q in built["questions"]:
        assert code.count(f'ex.show("{q["id"]}")') == 1
    assert f'Exercise("{exercise_id}")' in code and "ex.scoreboard()" in code and "ex.hand_in()" in code
    assert "export_submission" not in code, "Run All must never hand in: the hand-in is a button"
    # The instructor's note is tagged, so the student build leaves it out.
    student = notebooks.without_instructor_cells(stored)
    assert len(student.cells) == len(stored.cells) - 1
    assert all("exercises/source" not in c.source for c in student.cells)


# ----- what students receive: the student build ---------------------------------------------------

def test_exercises_work_without_the_instructor_material(tmp_path, monkeypatch, work_dir):
    """The student build leaves out exercises/source/ and seeds/*/keys/: checking must not need them."""
    from toolkit.authoring.student_build import build_student

    answers = {}
    for exercise_id in TOPICS:
        exercise = Exercise(exercise_id)
        answers[exercise_id] = {q["id"]: right_answer(exercise, q) for q in raw_source(exercise_id)["questions"]}
    student = tmp_path / "student-copy"
    build_student(student, root=ROOT)
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(student))
    monkeypatch.chdir(student)
    assert not list((student / "seeds").rglob("keys")) and not (student / "exercises" / "source").exists()
    for exercise_id, by_question in answers.items():
        exercise = Exercise(exercise_id)
        assert exercise.spec.path == student / "exercises" / f"{exercise_id}.exercise.json"
        for question_id, answer in by_question.items():
            result = exercise.check(question_id, answer)
            assert result.status == "right" and result.explanation, (exercise_id, question_id, result.report())


@pytest.mark.notebooks
def test_an_exercise_notebook_runs_inside_the_student_build(tmp_path, monkeypatch, work_dir):
    """An exercise notebook as students receive it (no instructor cells, keys or sources) runs and checks answers."""
    import subprocess

    from nbclient import NotebookClient

    from toolkit import notebooks
    from toolkit.authoring.student_build import build_student

    student = tmp_path / "student-copy"
    build_student(student, root=ROOT)
    path = student / "exercises" / "04-loaded-language.ipynb"
    notebook = nbformat.read(path, as_version=4)
    assert not any(notebooks.is_instructor_cell(cell) for cell in notebook.cells)
    right = right_answer(Exercise("04-loaded-language"), raw_source("04-loaded-language")["questions"][0])
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(student))
    monkeypatch.setenv("TOOLKIT_STUDENT", "student-build")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook.cells.append(nbformat.v4.new_code_cell(f"print(ex.spec.path)\nprint(ex.check('q1', {right!r}).status)"))
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute(stderr=subprocess.DEVNULL)
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    printed = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    assert str(student / "exercises" / "04-loaded-language.exercise.json") in printed
    assert printed.strip().endswith("right")
    assert (work_dir / "student-build" / "progress" / "04-loaded-language.json").is_file()
