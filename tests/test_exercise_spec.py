"""Spec validation: every mistake is reported with its file and field; the build command and its --check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from toolkit.exercises import SpecError
from toolkit.exercises.spec import compile_file, compile_source, load_spec, parse_built
from tests.exercise_helpers import SALT, question, source


def problems_of(*questions, **top) -> str:
    with pytest.raises(SpecError) as caught:
        compile_source(source(*questions, **top), path="exercises/source/test-exercise.yaml", salt=SALT)
    return str(caught.value)


@pytest.mark.parametrize("spec, expected", [
    (question("essay"), "questions[0] (q1).type: must be one of choice, label_sentences"),
    ({**question("choice", options=[{"text": "a", "correct": True}, {"text": "b"}]), "prompt": None},
     "questions[0] (q1).prompt: is missing"),
    (question("choice", options=[{"text": "a", "correct": True}, {"text": "b"}], answr="a"),
     "questions[0] (q1).answr: unknown field (known here: id, type"),
    (question("choice", options=[{"text": "a"}, {"text": "b"}]), "q1).options: no option is marked `correct: true`"),
    (question("choice", options=[{"text": "a", "correct": "yes"}, {"text": "b", "correct": True}]),
     "q1).options[0].correct: must be true or false, not 'yes'"),
    (question("choice", multiple=False, options=[{"text": "a", "correct": True}, {"text": "b", "correct": True}]),
     "q1).multiple: is false, but 2 options are marked correct"),
    (question("choice", options=[{"text": "a", "correct": True}]), "q1).options: needs at least 2 entries, has 1"),
    (question("choice", attempts=0, options=[{"text": "a", "correct": True}, {"text": "b"}]),
     "q1).attempts: must be a whole number of at least 1"),
    (question("choice", points=-1, options=[{"text": "a", "correct": True}, {"text": "b"}]),
     "q1).points: must be more than 0"),
    (question("choice", points=1, hints=[{"text": "h", "cost": 2}], options=[{"text": "a", "correct": True},
                                                                             {"text": "b"}]),
     "q1).hints: cost 2 points in all, more than the question's 1"),
    (question("find_spans", passage={"paragraph": 40}), "q1).passage: the article has paragraphs 1 to 10, not 40"),
    (question("find_spans", passage={"chapter": 1}), "q1).passage: write the passage as one of"),
    (question("find_spans", passage={"paragraph": 1}, find=9), "q1).find: asks for 9, but the key has only 3"),
    (question("find_spans", passage={"paragraph": 1}, key=["peace"]), "q1).key: 'peace' is not in paragraph 1"),
    (question("find_spans", passage={"paragraph": 1}, label="rumour"), "q1).label: must be one of loaded"),
    (question("label_sentences", sentences=["s1", "s99"]), "q1).sentences: the article has no sentence s99"),
    (question("label_sentences", sentences=["s15"], answers={"s15": "maybe"}),
     "q1).answers.s15.label: must be one of fact, attributed, opinion, no_claim, not 'maybe'"),
    (question("label_sentences", sentences=["s15"], answers={"s16": "fact"}),
     "q1).answers.s16: is not one of this question's sentences"),
    (question("label_sentences", sentences=["s16"], ask_source=True, answers={"s16": "attributed"}),
     "q1).answers.s16: is attributed, and the question asks for the source"),
    (question("numeric", answer="thirteen"), "q1).answer: must be a number, not text"),
    (question("numeric", answer=13, tolerance=1, partial={"within": 0.5}), "q1).partial.within: must be more than"),
    (question("short_text"), "q1).answers: give either `answers` (one blank) or `blanks`"),
    (question("short_text", answers=["...", "ok"]), "q1).answers: '...' has no letters or digits to match"),
    (question("short_text", answers=["Reuters"], near=[{"answer": "reuters.", "feedback": "x"}]),
     "q1).near[0].answer: 'reuters.' is also an accepted answer"),
    (question("rewrite", passage={"paragraph": 2}, example="Turkey is jumping ship to the world-war axis."),
     "q1).example: does not meet the question's own bar"),
])
def test_each_mistake_names_the_file_and_the_field(spec, expected):
    message = problems_of(spec)
    assert message.startswith("exercises/source/test-exercise.yaml:")
    assert expected in message, message


def test_every_problem_is_listed_at_once():
    message = problems_of(question("choice", "q1", options=[]), question("numeric", "q1"), question("essay", "q3"))
    assert "3 problems" in message or "problems:" in message
    assert "questions[0] (q1).options" in message and "questions[1] (q1).id: 'q1' is used by an earlier" in message
    assert "questions[1] (q1).answer: is missing" in message and "questions[2] (q3).type" in message


def test_exercise_level_mistakes():
    message = problems_of(question("numeric", answer=1), article="no-such-seed", colour="blue")
    assert "article: cannot load the article 'no-such-seed'" in message and "colour: unknown field" in message
    with pytest.raises(SpecError, match="is 'test-exercise', but the file is named other.yaml"):
        compile_source(source(question("numeric", answer=1)), path="exercises/source/other.yaml")
    with pytest.raises(SpecError, match="questions: needs at least 1 entry"):
        compile_source(source())


def test_yaml_syntax_errors_name_the_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: broken\nquestions:\n  - id: q1\n    prompt: Which one: this or that?\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"broken.yaml: is not valid YAML \(line 4, column 22\)"):
        compile_file(path)
    with pytest.raises(SpecError, match="no such file"):
        compile_file(tmp_path / "missing.yaml")


def test_a_built_spec_is_checked_when_read(sample, tmp_path):
    data = compile_source(source(question("numeric", answer=1)), salt=SALT).data
    assert parse_built(data, article=sample).questions[0].id == "q1"
    stale = dict(data, content_hash="sha256:0000")
    with pytest.raises(SpecError, match="content_hash: does not match the article 'turkey-s400'.*rebuild"):
        parse_built(stale, article=sample)
    with pytest.raises(SpecError, match="format: is 'x'"):
        parse_built(dict(data, format="x"), article=sample)
    path = tmp_path / "x.exercise.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SpecError, match=r"x.exercise.json: is not valid JSON \(line 1"):
        load_spec(path)
    broken = json.loads(json.dumps(data))
    broken["questions"][0]["target"] = "sealed:v1:!!!"
    spec = parse_built(broken, article=sample)
    with pytest.raises(ValueError, match="cannot be opened"):
        spec.questions[0].body.grade(1.0, spec.sealer)


# ----- the command -----------------------------------------------------------------------------

def cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "toolkit", "build-exercises", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


@pytest.fixture
def project(tmp_path, project_root):
    """A small project: the sample seed, one exercise source."""
    shutil.copytree(project_root / "seeds" / "turkey-s400", tmp_path / "seeds" / "turkey-s400")
    (tmp_path / "lessons").mkdir()
    folder = tmp_path / "exercises" / "source"
    folder.mkdir(parents=True)
    (folder / "tiny.yaml").write_text(
        "id: tiny\ntitle: Tiny\narticle: turkey-s400\nquestions:\n"
        "  - id: q1\n    type: numeric\n    prompt: How many headlines?\n    answer: 8\n"
        "    explanation: Eight headlines.\n",
        encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_build_exercises_command_builds_checks_and_reports(project):
    assert "--check" in cli("--help", cwd=project).stdout
    missing = cli("--check", "--root", str(project), cwd=project)
    assert missing.returncode == 1 and "exercises/tiny.exercise.json is missing" in missing.stdout
    built = cli("--root", str(project), cwd=project)
    assert built.returncode == 0 and "wrote exercises/tiny.exercise.json" in built.stdout
    first = (project / "exercises" / "tiny.exercise.json").read_text(encoding="utf-8")
    assert "Eight headlines" not in first
    assert cli("--check", "--root", str(project), cwd=project).returncode == 0
    assert cli("--root", str(project), cwd=project).stdout.startswith("up to date")
    assert (project / "exercises" / "tiny.exercise.json").read_text(encoding="utf-8") == first  # the salt is kept
    source = project / "exercises" / "source" / "tiny.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("answer: 8", "answer: 9"), encoding="utf-8")
    stale = cli("--check", "--root", str(project), cwd=project)
    assert stale.returncode == 1 and "out of date with its source" in stale.stdout
    source.write_text("id: tiny\nquestions: []\n", encoding="utf-8")
    broken = cli("--root", str(project), cwd=project)
    assert broken.returncode == 2 and "tiny.yaml" in broken.stderr and "Traceback" not in broken.stderr
    source.unlink()
    orphan = cli("--check", "--root", str(project), cwd=project)
    assert orphan.returncode == 1 and "has no source" in orphan.stdout
