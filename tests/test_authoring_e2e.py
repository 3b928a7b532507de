"""End to end, as an instructor works: a new article becomes a lesson, is reviewed, built, validated,
taught to a class of three, and graded; an edited article and a path-traversal slug are caught.

Everything happens in a scratch copy of the project, through the command line where an
instructor would type a command, and through the student API where a student would answer.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from tests.authoring_helpers import ARTICLE, copy_project, review_keys, toolkit

SLUG = "library-hours"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _by_type(spec: dict) -> dict[str, dict]:
    return {question["type"]: question for question in spec["questions"]}


@pytest.mark.notebooks
def test_an_instructor_makes_teaches_and_grades_a_lesson(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "course")
    monkeypatch.setenv("TOOLKIT_PROJECT_ROOT", str(project))
    monkeypatch.delenv("TOOLKIT_STUDENT", raising=False)
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)

    # 1. One command: seed, draft keys, lesson, exercise.
    made = toolkit("new-lesson", str(ARTICLE), "--date", "2026-09-01", cwd=project)
    assert made.returncode == 0, made.stderr
    seed = project / "seeds" / SLUG
    keys = seed / "keys"
    for path in (seed / "article.txt", seed / "metadata.yaml", keys / "spans.json", keys / "sentences.json",
                 keys / "review.ipynb", project / "lessons" / f"{SLUG}.ipynb",
                 project / "exercises" / "source" / f"{SLUG}.yaml", project / "exercises" / f"{SLUG}.ipynb"):
        assert path.is_file(), path
    metadata = yaml.safe_load((seed / "metadata.yaml").read_text(encoding="utf-8"))
    assert metadata["slug"] == SLUG and metadata["date"] == "2026-09-01"
    assert metadata["outlet"].endswith("Millbrook Courier")
    assert "drafts" in made.stdout and f"seeds/{SLUG}/keys/review.ipynb" in made.stdout

    # 2. Draft keys are refused by the build, and validate says why.
    refused = toolkit("build-exercises", cwd=project)
    assert refused.returncode == 2 and "is a draft; review it first" in refused.stderr
    not_ready = toolkit("validate", f"seeds/{SLUG}", "--no-execute", cwd=project)
    assert not_ready.returncode == 1
    assert re.search(rf"seeds/{SLUG}/keys/spans\.json:\d+: the key is a draft", not_ready.stdout)
    assert re.search(rf"seeds/{SLUG}/keys/sentences\.json:\d+: the key is a draft", not_ready.stdout)

    # 3. Review the keys as the review widgets save them: fix a few entries, accept the rest.
    import toolkit as tk

    article = tk.load_article(seed)
    opinion_of_critics = next(s.id for s in article.sentences if s.text.startswith("Critics say"))

    def fix(spans, sentences):
        start = article.text.index("penny-pinching")
        spans.add(start, start + len("penny-pinching"), "loaded", "mocks care with money as meanness")
        sentences.set_label(opinion_of_critics, "opinion")
        sentences.set_also_right(opinion_of_critics, ["attributed"])  # lesson 5's vague-attribution rule
        sentences.set_note(opinion_of_critics, "Critics: who? Nobody is named.")

    review_keys(article, fix=fix)
    for name in ("spans.json", "sentences.json"):
        assert json.loads((seed / "keys" / name).read_text(encoding="utf-8"))["status"] == "reviewed"

    # 4. Build, then validate the lesson with its notebooks run headless.
    built = toolkit("build-exercises", cwd=project)
    assert built.returncode == 0, built.stderr
    assert f"wrote exercises/{SLUG}.exercise.json" in built.stdout
    valid = toolkit("validate", f"seeds/{SLUG}", cwd=project)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "no problems" in valid.stderr
    _run_review_notebook(seed / "keys" / "review.ipynb", tmp_path / "scratch-work", monkeypatch)

    # 5. A class of three works through the exercise and the annotation activity.
    spec = yaml.safe_load((project / "exercises" / "source" / f"{SLUG}.yaml").read_text(encoding="utf-8"))
    questions = _by_type(spec)
    assert set(questions) == {"find_spans", "label_sentences", "short_text", "numeric", "rewrite"}
    find, label, outlet, numeric = (questions[t] for t in ("find_spans", "label_sentences", "short_text", "numeric"))
    collected = tmp_path / "collected"
    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(collected))
    right = _right_answers(article, find, label)
    _class_works(article, find, label, outlet, numeric, right, collected)

    # 6. Grade: the CSV holds the numbers worked out by hand below.
    before = _digest(collected)
    graded = toolkit("gradebook", str(collected), "--out", str(tmp_path / "grades"), cwd=project)
    assert graded.returncode == 0, graded.stderr
    assert _digest(collected) == before, "the gradebook must never change the students' files"
    grades = tmp_path / "grades"
    sentences = len(label["sentences"])
    possible = 3 + sentences + 1 + 2 + 4  # find 3, label 1 per sentence, outlet 1, numeric 2 (default), rewrite 4
    rows = {row["student"]: row for row in _rows(grades / "gradebook.csv")}
    assert set(rows) == {"ada", "ben", "cy"}
    expected = {
        # ada: every mark of the key (3), every sentence (1 each), the outlet (1), the grade (2)
        "ada": {"points": 3 + sentences + 1 + 2, "attempts": 4, "hints": 0, "finished": 4,
                "claimed": 3 + sentences + 3},
        # ben: outlet right at the second try (1); grade half right (0.5 of 2) less the second hint's 0.5
        "ben": {"points": 1.5, "attempts": 3, "hints": 2, "finished": 1, "claimed": 1.5},
        # cy: outlet wrong three times (0, finished); grade right after a free hint (2); a file edited to
        # claim the find question's 3 points with a mark that is not in the key (re-scored: 0)
        "cy": {"points": 2, "attempts": 5, "hints": 1, "finished": 2, "claimed": 5},
    }
    for student, numbers in expected.items():
        row = rows[student]
        assert float(row["possible"]) == possible, row
        for name, value in numbers.items():
            assert float(row[name]) == pytest.approx(value), (student, name, row)
        assert row["exercise"] == SLUG and row["questions"] == "5"
        assert row["scored_by"] == f"re-scored against exercises/source/{SLUG}.yaml"
    cy_find = next(r for r in _rows(grades / "questions.csv") if r["student"] == "cy" and r["question"] == find["id"])
    assert cy_find["points"] == "0" and cy_find["claimed"] == "3" and "edited" in cy_find["note"]
    items = {row["question"]: row for row in _rows(grades / "items.csv")}
    assert (items[outlet["id"]]["students"], items[outlet["id"]]["attempted"], items[outlet["id"]]["correct"],
            items[outlet["id"]]["missed"]) == ("3", "3", "2", "1")
    assert float(items[outlet["id"]]["mean_points"]) == pytest.approx(0.67)
    assert (items[numeric["id"]]["attempted"], items[numeric["id"]]["correct"]) == ("3", "2")
    assert float(items[numeric["id"]]["mean_points"]) == pytest.approx((2 + 0.5 + 2) / 3, abs=0.01)
    assert items[spec["questions"][-1]["id"]]["attempted"] == "0"  # nobody tried the rewrite
    agreement = _rows(grades / "agreement.csv")
    assert agreement and agreement[0]["label"] == "all labels" and agreement[0]["annotators"] == "3"
    assert (grades / f"agreement-{SLUG}.png").stat().st_size > 1000
    annotations = {row["student"]: row for row in _rows(grades / "annotations.csv")}
    assert set(annotations) == {"ada", "ben", "cy"} and annotations["ada"]["marks"] == "2"
    problems = (grades / "problems.txt").read_text(encoding="utf-8")
    assert "dee" in problems and "not valid JSON" in problems
    assert "eve" in problems and "belongs to student 'ada'" in problems
    assert "notes" in problems and "not a student's folder" in problems
    summary = (grades / "summary.txt").read_text(encoding="utf-8")
    assert "claim more points than the saved answer earns" in summary

    # 7. An edited article: validate finds every key entry that no longer fits, at its line.
    text = (seed / "article.txt").read_text(encoding="utf-8")
    (seed / "article.txt").write_text(text.replace("The Millbrook Town Council voted",
                                                   "On a rainy evening the Millbrook Town Council voted"),
                                      encoding="utf-8")
    edited = toolkit("validate", f"seeds/{SLUG}", "--no-execute", cwd=project)
    assert edited.returncode == 1
    key_lines = (seed / "keys" / "spans.json").read_text(encoding="utf-8").splitlines()
    mismatches = re.findall(rf"seeds/{SLUG}/keys/spans\.json:(\d+): spans\[(\d+)\] \(([\w-]+)\): span \d+-\d+: its "
                            r"text .* does not match the article there", edited.stdout)
    assert mismatches, edited.stdout
    for line, _, span_id in mismatches:
        block = "\n".join(key_lines[int(line) - 1:int(line) + 2])
        assert f'"id": "{span_id}"' in block, (line, span_id)
    assert re.search(r"spans\.json:\d+: content_hash does not match the article", edited.stdout)
    assert re.search(r"sentences\.json:\d+: content_hash does not match", edited.stdout)
    assert f"exercises/source/{SLUG}.yaml" in edited.stdout  # the spec no longer builds either

    # 8. A path-traversal slug is refused, with one line and nothing written.
    escape = toolkit("new-lesson", str(ARTICLE), "--slug", "../../escaped", cwd=project)
    assert escape.returncode == 2 and escape.stderr.count("\n") == 1 and "not allowed" in escape.stderr
    assert not list(tmp_path.rglob("escaped*"))


def _run_review_notebook(path: Path, work: Path, monkeypatch) -> None:
    """The key-review notebook opens both review widgets without an error (it is not run by validate)."""
    import subprocess

    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("TOOLKIT_WORK_DIR", str(work))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    before = (path.parent / "spans.json").read_bytes(), (path.parent / "sentences.json").read_bytes()
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute(stderr=subprocess.DEVNULL)
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    text = "\n".join(o.get("text", "") for c in notebook.cells for o in c.get("outputs", []))
    assert "Both keys are reviewed and fit the article." in text
    assert ((path.parent / "spans.json").read_bytes(), (path.parent / "sentences.json").read_bytes()) == before


def _right_answers(article, find: dict, label: dict) -> dict:
    """The right answers from the reviewed keys (what ada gives)."""
    from toolkit.annotation.spans import load_span_key
    from toolkit.exercises.passages import resolve_passage
    from toolkit.keys.sentence_keys import load_sentence_key

    passage = resolve_passage(find["passage"], article)
    spans = [s for s in load_span_key(article).spans_with("loaded") if passage.contains(article, s.start, s.end)]
    key = load_sentence_key(article)
    labels = {sid: {"label": key.get(sid).label, "source": key.get(sid).source or ""} for sid in label["sentences"]}
    # A word of the passage that no key span touches: a wrong mark.
    wrong = next((start, end) for block in passage.blocks
                 for start, end in ((m.start(), m.end()) for m in re.finditer(r"\w+", article.text[
                     article.blocks[block].start:article.blocks[block].end]))
                 for start, end in [(start + article.blocks[block].start, end + article.blocks[block].start)]
                 if not any(s.start < end and start < s.end for s in spans))
    return {"find": [{"start": s.start, "end": s.end} for s in spans], "label": labels, "wrong_mark": wrong}


def _class_works(article, find, label, outlet, numeric, right, collected: Path) -> None:
    from toolkit.exercises import Exercise
    from toolkit.widgets.annotate import annotate

    answer = outlet["answers"][0].removeprefix("the ")
    value = float(numeric["answer"])

    ada = Exercise(SLUG, student="ada")
    assert ada.check(find["id"], right["find"]).status == "right"
    assert ada.check(label["id"], right["label"]).status == "right"
    assert ada.check(outlet["id"], answer).status == "right"
    assert ada.check(numeric["id"], f"{value:.2f}").status == "right"
    ada.export_submission()

    ben = Exercise(SLUG, student="ben")
    assert ben.check(outlet["id"], "Millbrook Gazette").status == "wrong"
    assert ben.check(outlet["id"], answer).status == "right"
    ben.hint(numeric["id"])
    second = ben.hint(numeric["id"])
    assert second.cost == 0.5
    assert ben.check(numeric["id"], f"{value + 0.5:.2f}").status == "partly"

    cy = Exercise(SLUG, student="cy")
    for guess in ("Town Council", "Budget Office", "Library Times"):
        cy.check(outlet["id"], guess)
    assert cy.hint(numeric["id"]).cost == 0
    assert cy.check(numeric["id"], f"{value:.2f}").status == "right"
    start, end = right["wrong_mark"]
    assert cy.check(find["id"], [{"start": start, "end": end}]).status == "wrong"
    progress = collected / "cy" / "progress" / f"{SLUG}.json"
    data = json.loads(progress.read_text(encoding="utf-8"))
    entry = data["questions"][find["id"]]
    entry.update(points=3.0, best_credit=1.0, last_credit=1.0, finished=True)
    data["points"] = 5.0
    progress.write_text(json.dumps(data, indent=2), encoding="utf-8")

    words = {"ada": ["penny-pinching", "slashed"], "ben": ["penny-pinching"], "cy": ["beloved", "wasting", "bored"]}
    for student, marked in words.items():
        marks = annotate(article, student=student)
        for word in marked:
            start = article.text.index(word)
            marks.add(start, start + len(word), "loaded")

    (collected / "dee" / "progress").mkdir(parents=True)
    (collected / "dee" / "progress" / f"{SLUG}.json").write_text("{not json", encoding="utf-8")
    (collected / "eve" / "progress").mkdir(parents=True)
    foreign = json.loads((collected / "ada" / "progress" / f"{SLUG}.json").read_text(encoding="utf-8"))
    (collected / "eve" / "progress" / f"{SLUG}.json").write_text(json.dumps(foreign), encoding="utf-8")
    (collected / "notes").mkdir()
    (collected / "notes" / "readme.txt").write_text("not a student", encoding="utf-8")
