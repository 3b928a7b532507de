"""`python -m toolkit gradebook FOLDER`: a class's collected work, re-scored, in CSV files and a summary.

FOLDER holds one folder per student, as collected from a hub or a shared drive::

    FOLDER/ada/progress/<exercise>.json      every check and hint (toolkit.progress/1)
    FOLDER/ada/submissions/<exercise>.json   what the student handed in (toolkit.submission/1)
    FOLDER/ada/annotations/<article>.json    marks on an article (toolkit.annotations/1)
    FOLDER/ada/sorting/<article>.json        sentences sorted (toolkit.sorting/1)

**Points are re-scored, not trusted.** A progress file keeps each question's last answer;
the gradebook checks that answer again with the exercise engine's pure grader against the
instructor's source spec (`exercises/source/<id>.yaml`, compiled in memory with the current
reviewed keys), or the built spec when there is no source, and takes the hint costs the
file records up to what those hints can cost. The file's own points are kept beside it
(`claimed`), and each row says what it was scored against (`scored_by`). The one thing a
re-score cannot see: a best attempt that was not the last (only the last answer is saved),
so a row where the file claims more than its saved answer earns is counted in the summary.

Written to OUT (default `FOLDER-grades` beside FOLDER): `gradebook.csv` (student, exercise,
points, possible, attempts, hints, finished, ...), `questions.csv` (per student and question),
`items.csv` (per question: students, attempted, correct, mean points: which questions most
students missed), `annotations.csv` and `agreement.csv` with `agreement-<article>.png` (the
class's marks against the reviewed span key, Krippendorff's alpha and where the class
disagrees), `sorting.csv`, `written.csv` (written answers, to grade with the rubrics),
`summary.txt` and `problems.txt`. Broken, foreign or unknown files are listed in `problems.txt`,
never fatal; the students' files are only read. `students.csv` maps each folder to the user
name it was made from (`toolkit.storage.student_names`).

The folder is not trusted (`toolkit.authoring.collected_folder`): only real folders and regular files inside
it are read, each at most a few megabytes; links out of it, pipes and devices are skipped and
listed in `problems.txt`; a CSV cell that a spreadsheet would run as a formula (a folder
named `=HYPERLINK(...)`) is written as text.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.authoring.collected_folder import read_collected_json, subfolders, usable_folder
from toolkit.authoring.spreadsheet import spreadsheet_safe
from toolkit.storage.store import StoreError, atomic_write_text

PROGRESS_FORMAT = "toolkit.progress/1"
SUBMISSION_FORMAT = "toolkit.submission/1"
SORTING_FORMAT = "toolkit.sorting/1"
WORK_FOLDERS = ("progress", "submissions", "annotations", "sorting", "written")
_FULL = 1 - 1e-9


class GradebookError(ValueError):
    """A folder the gradebook cannot use (missing, or an output inside it); the message is one line."""


def _number(value: float) -> str:
    return f"{round(value, 2):g}"


@dataclass
class QuestionRow:
    student: str
    exercise: str
    question: str
    title: str
    points: float
    possible: float
    attempts: int
    hints: int
    finished: bool
    correct: bool
    claimed: float | None
    scored_by: str
    note: str = ""

    @property
    def started(self) -> bool:
        return self.attempts > 0 or self.hints > 0


@dataclass
class ExerciseRow:
    student: str
    exercise: str
    points: float
    possible: float
    attempts: int
    hints: int
    finished: int
    questions: int
    claimed: float | None
    scored_by: str
    file: str


@dataclass
class LoadedSpec:
    """An exercise spec for re-scoring, and what it was read from."""

    spec: Any
    scored_by: str


@dataclass
class Gradebook:
    """What the gradebook found and wrote."""

    out: Path
    students: list[str] = field(default_factory=list)
    exercises: list[ExerciseRow] = field(default_factory=list)
    questions: list[QuestionRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    summary: str = ""

    def lines(self) -> list[str]:
        out = [f"wrote {path}" for path in self.written]
        out += ["", self.summary.rstrip()]
        if self.problems:
            out += ["", f"{len(self.problems)} file(s) could not be used (listed in problems.txt):"]
            out += [f"  {problem}" for problem in self.problems[:20]]
            if len(self.problems) > 20:
                out.append(f"  ... and {len(self.problems) - 20} more")
        return out


# ----- reading the specs -----------------------------------------------------------------------

class _Specs:
    """Exercise specs by id: the source compiled in memory (preferred), else the built file."""

    def __init__(self, root: Path):
        self.root = root
        self._cache: dict[str, LoadedSpec | str] = {}

    def get(self, exercise_id: str) -> LoadedSpec | str:
        """The spec, or a string saying why there is none."""
        if exercise_id not in self._cache:
            self._cache[exercise_id] = self._load(exercise_id)
        return self._cache[exercise_id]

    def _load(self, exercise_id: str) -> LoadedSpec | str:
        from toolkit.exercises.build import built_path, compile_with_kept_salt, source_files
        from toolkit.exercises.fields import SpecError
        from toolkit.exercises.spec import load_spec, parse_built
        from toolkit.authoring.validate import project

        with project(self.root):
            source = next((p for p in source_files(self.root) if p.stem == exercise_id), None)
            why = ""
            if source is not None:
                try:
                    compiled = compile_with_kept_salt(source, self.root)
                    spec = parse_built(compiled.data, path=source)
                    return LoadedSpec(spec, f"re-scored against exercises/source/{source.name}")
                except SpecError as error:
                    why = f"its source spec does not build ({error.problems[0] if error.problems else error})"
            built = built_path(exercise_id, self.root)
            if built.is_file():
                try:
                    return LoadedSpec(load_spec(built), f"re-scored against exercises/{built.name}")
                except SpecError as error:
                    why = why or f"its built spec cannot be read ({error.problems[0] if error.problems else error})"
            return why or "there is no spec for it in exercises/ or exercises/source/"


# ----- one student's exercise files ------------------------------------------------------------

def _saved_at(data: dict[str, Any]) -> str:
    return str(data.get("saved_at") or data.get("exported_at") or "")


def _work_file(path: Path, student: str, formats: tuple[str, ...], key: str, problems: list[str]) -> dict | None:
    """A student's saved file if it is readable, of a known format, theirs and for what its name says."""
    try:
        data = read_collected_json(path, path.parents[2])  # FOLDER/<student>/<kind>/<file>.json
    except StoreError as error:
        problems.append(str(error))
        return None
    if not isinstance(data, dict) or data.get("format") not in formats:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        problems.append(f"{path}: not a toolkit file of the expected kind (format {found!r})")
        return None
    if data.get(key) != path.stem:
        problems.append(f"{path}: is for {key} {data.get(key)!r}, not {path.stem!r} (a renamed or foreign file)")
        return None
    if data.get("student") not in (None, student):
        problems.append(f"{path}: belongs to student {data.get('student')!r}, not {student!r} (a foreign file)")
        return None
    return data


def _hint_cost_allowed(question, hints_used: int) -> float:
    return round(sum(hint.cost for hint in question.hints[:hints_used]), 4)


def _score_question(student: str, exercise: str, question, entry: Any, loaded: LoadedSpec | None,
                    problems: list[str], where: Path) -> QuestionRow:
    from toolkit.exercises.flow import QuestionState

    blank = QuestionRow(student, exercise, question.id, question.title, 0.0, question.points, 0, 0, False, False,
                        None, "not started")
    if entry is None:
        return blank
    try:
        state = QuestionState.from_dict(entry)
    except ValueError as error:
        problems.append(f"{where}: question {question.id!r} cannot be read ({error}); counted as not started")
        return blank
    claimed = entry.get("points") if isinstance(entry.get("points"), (int, float)) else state.points(question)
    row = QuestionRow(student, exercise, question.id, question.title, 0.0, question.points, state.attempts,
                      state.hints_used, state.finished, False, round(float(claimed), 2), "")
    if not state.started:
        row.scored_by = "not started"
        return row
    hint_cost = min(state.hint_cost, _hint_cost_allowed(question, state.hints_used))
    if loaded is None:
        row.points, row.scored_by = row.claimed or 0.0, "claimed (no spec to re-score with)"
        return row
    if state.attempts == 0 or state.last_answer is None:
        row.points = 0.0
        row.scored_by = loaded.scored_by
        row.note = "hints only, no answer checked"
        return row
    try:
        answer = question.body.parse_answer(state.last_answer)
        grade = question.body.grade(answer, loaded.spec.sealer)
    except Exception as error:  # noqa: BLE001 - AnswerError, or an answer from an older version of the question
        row.points, row.scored_by = row.claimed or 0.0, "claimed (the saved answer no longer fits the question)"
        row.note = str(error)
        return row
    credit = min(1.0, grade.credit)
    row.points = max(0.0, round(credit * question.points - hint_cost, 2))
    row.correct = credit >= _FULL
    allowed = question.attempts
    row.finished = row.correct or (allowed is not None and state.attempts >= allowed)
    row.scored_by = loaded.scored_by
    if entry.get("fingerprint") not in (None, question.fingerprint):
        row.note = "the question was changed after the student answered it"
    if row.claimed is not None and row.claimed > row.points + 0.005:
        extra = "an earlier attempt may have scored more (only the last answer is saved), or the file was edited"
        row.note = f"{row.note}; {extra}" if row.note else extra
    return row


def _student_exercises(student_folder: Path, specs: _Specs, problems: list[str]):
    """(exercise rows, question rows) for one student: progress files, else submissions."""
    student = student_folder.name
    chosen: dict[str, tuple[Path, dict]] = {}
    for sub, formats in (("progress", (PROGRESS_FORMAT,)), ("submissions", (SUBMISSION_FORMAT,))):
        usable = usable_folder(student_folder / sub, student_folder.parent)
        for path in sorted((student_folder / sub).glob("*.json")) if usable else []:
            if "." in path.stem:
                continue  # a file the toolkit set aside (name.corrupt-<time>.json): the student's, kept as it is
            data = _work_file(path, student, formats, "exercise", problems)
            if data is None:
                continue
            current = chosen.get(path.stem)
            if current is None or _saved_at(data) > _saved_at(current[1]):
                chosen[path.stem] = (path, data)
    exercises, questions = [], []
    for exercise_id, (path, data) in sorted(chosen.items()):
        loaded = specs.get(exercise_id)
        if isinstance(loaded, str):
            problems.append(f"{path}: cannot be scored: {loaded}")
            continue
        saved = data.get("questions") if isinstance(data.get("questions"), dict) else {}
        if not isinstance(data.get("questions"), dict):
            problems.append(f"{path}: has no questions; counted as not started")
        if data.get("content_hash") not in (None, loaded.spec.article.content_hash):
            problems.append(f"{path}: was saved for another version of the article's text; its answers are "
                            "re-scored where they still fit")
        rows = [_score_question(student, exercise_id, q, saved.get(q.id), loaded, problems, path)
                for q in loaded.spec.questions]
        unknown = sorted(set(saved) - {q.id for q in loaded.spec.questions})
        if unknown:
            problems.append(f"{path}: questions {', '.join(unknown)} are not in the exercise any more (left out)")
        questions += rows
        ways = {row.scored_by for row in rows if row.started}
        scored_by = next(iter(ways)) if len(ways) == 1 else ("; ".join(sorted(ways)) if ways else "not started")
        claimed = data.get("points") if isinstance(data.get("points"), (int, float)) else None
        exercises.append(ExerciseRow(
            student, exercise_id, round(sum(r.points for r in rows), 2), loaded.spec.possible,
            sum(r.attempts for r in rows), sum(r.hints for r in rows), sum(1 for r in rows if r.finished),
            len(rows), round(float(claimed), 2) if claimed is not None else None, scored_by,
            f"{path.parent.name}/{path.name}"))
    return exercises, questions


# ----- annotations and sorting ------------------------------------------------------------------

def _slugs(students: list[Path], sub: str) -> list[str]:
    found = set()
    for folder in students:
        if usable_folder(folder / sub, folder.parent):
            found |= {p.stem for p in (folder / sub).glob("*.json") if "." not in p.stem}
    return sorted(found)


def _load_seed(slug: str, problems: list[str], what: str):
    from toolkit.article.model import load_article
    from toolkit.article.loading import ArticleError
    from toolkit.storage.paths import seed_dir

    try:
        return load_article(seed_dir(slug))
    except (ArticleError, ValueError, FileNotFoundError) as error:
        problems.append(f"{what} for article {slug!r} cannot be scored: no such seed ({error})")
        return None


def _annotations(folder: Path, students: list[Path], out: Path, problems: list[str], notes: list[str]):
    from toolkit.annotation.agreement import class_agreement
    from toolkit.annotation.spans import SpanKeyError, collect_annotations, load_span_key
    from toolkit.annotation.scoring import score_spans

    rows, agreement_rows, written = [], [], []
    for slug in _slugs(students, "annotations"):
        article = _load_seed(slug, problems, "annotations")
        if article is None:
            continue
        collected = collect_annotations(folder, article)
        problems.extend(collected.problems)
        try:
            key = load_span_key(article)
            if not key.reviewed:
                notes.append(f"annotations of {slug}: the span key is a draft, so marks are not scored (agreement is)")
                key = None
        except SpanKeyError as error:
            notes.append(f"annotations of {slug}: no usable span key ({str(error).splitlines()[0]}), so marks are "
                         "not scored (agreement is)")
            key = None
        for student, spans in collected.spans.items():
            row: dict[str, Any] = {"student": student, "article": slug, "marks": len(spans)}
            if key is not None:
                score = score_spans(spans, key, article=article)
                row["f1"] = score.total.f1
                row["precision"] = score.total.precision
                row["recall"] = score.total.recall
                for label, label_score in score.by_label.items():
                    row[f"{label}_f1"] = label_score.f1
            rows.append(row)
        if len(collected.spans) >= 2:
            result = class_agreement(collected.spans, article)
            for label, agreement in [(None, result.overall), *result.by_label.items()]:
                agreement_rows.append({"article": slug, "label": label or "all labels",
                                       "alpha": agreement.value, "observed": agreement.observed,
                                       "annotators": len(agreement.annotators), "meaning": agreement.why})
            from toolkit.render.agreement_map import disagreement_map

            chart = disagreement_map(result, article, by="sentence")
            target = out / f"agreement-{slug}.png"
            chart.save(target)
            atomic_write_text(out / f"agreement-{slug}.txt", chart.alt_text + "\n")
            written += [target, out / f"agreement-{slug}.txt"]
            notes.append(f"annotations of {slug}: {result.overall.why}")
        elif collected.spans:
            notes.append(f"annotations of {slug}: one student only, so no class agreement")
    return rows, agreement_rows, written


def _sorting(students: list[Path], problems: list[str], notes: list[str]):
    from toolkit.keys.sentence_keys import SentenceKeyError, load_sentence_key
    from toolkit.claims.sorting import Choice, check_choices

    rows = []
    for slug in _slugs(students, "sorting"):
        article = _load_seed(slug, problems, "sorting")
        if article is None:
            continue
        try:
            key = load_sentence_key(article)
        except (SentenceKeyError, FileNotFoundError) as error:
            notes.append(f"sorting of {slug}: no usable sentence key ({str(error).splitlines()[0]}); not scored")
            continue
        if key.status != "reviewed":
            notes.append(f"sorting of {slug}: the sentence key is a draft; not scored")
            continue
        known = {s.id for s in article.sentences}
        for folder in students:
            path = folder / "sorting" / f"{slug}.json"
            if not usable_folder(folder / "sorting", folder.parent) or not os.path.lexists(path):
                continue
            data = _work_file(path, folder.name, (SORTING_FORMAT,), "article", problems)
            if data is None:
                continue
            if data.get("content_hash") != article.content_hash:
                problems.append(f"{path}: was saved for another version of the article's text (not scored)")
                continue
            raw = data.get("choices") if isinstance(data.get("choices"), dict) else {}
            choices = {sid: Choice(c.get("label"), c.get("source") or "") for sid, c in raw.items()
                       if sid in known and isinstance(c, dict) and isinstance(c.get("source", ""), (str, type(None)))}
            sorted_ids = [s.id for s in article.sentences if choices.get(s.id, Choice()).label]
            result = check_choices(key, choices, sorted_ids)
            rows.append({"student": folder.name, "article": slug, "sorted": result.answered, "points": result.score,
                         "possible": result.out_of, "sentences": len(article.sentences)})
    return rows


def _student_names(folder: Path, students: list[Path], problems: list[str]) -> list[dict[str, str]]:
    """Folder name and the user name it was made from (`toolkit.storage.student_names`), for every student."""
    from toolkit.storage.store import STUDENT_NAME_FILE

    rows = []
    for student_folder in students:
        name = student_folder.name
        path = student_folder / STUDENT_NAME_FILE
        if os.path.lexists(path):
            try:
                data = read_collected_json(path, folder, max_bytes=64 * 1024)
            except StoreError as error:
                problems.append(str(error))
            else:
                if isinstance(data, dict) and data.get("folder") == student_folder.name and isinstance(
                        data.get("name"), str):
                    name = data["name"][:200]
        rows.append({"folder": student_folder.name, "name": name})
    return rows


# ----- statistics and files ---------------------------------------------------------------------

def item_statistics(questions: list[QuestionRow], exercises: list[ExerciseRow]) -> list[dict[str, Any]]:
    """Per question: how many students have the exercise, attempted it, got it right, and their mean points."""
    having: dict[str, int] = {}
    for row in exercises:
        having[row.exercise] = having.get(row.exercise, 0) + 1
    grouped: dict[tuple[str, str], list[QuestionRow]] = {}
    for row in questions:
        grouped.setdefault((row.exercise, row.question), []).append(row)
    items = []
    for (exercise, question), rows in grouped.items():
        students = having.get(exercise, len(rows))
        attempted = sum(1 for r in rows if r.attempts > 0)
        correct = sum(1 for r in rows if r.correct)
        items.append({
            "exercise": exercise, "question": question, "title": rows[0].title, "possible": rows[0].possible,
            "students": students, "attempted": attempted, "correct": correct, "missed": students - correct,
            "correct_share": round(correct / students, 3) if students else None,
            "mean_points": round(sum(r.points for r in rows) / students, 2) if students else None,
        })
    return sorted(items, key=lambda item: (item["exercise"], item["question"]))


def _write_csv(path: Path, header: list[str], rows: list[dict[str, Any]]) -> Path:
    def cell(value: Any) -> Any:
        if isinstance(value, str):
            return spreadsheet_safe(value)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, float):
            return _number(value) if abs(value) >= 0.01 or value == 0 else f"{value:.3f}"
        return value

    handle = io.StringIO(newline="")
    writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: cell(row.get(name)) for name in header})
    atomic_write_text(path, handle.getvalue())
    return path


def _summary(book: Gradebook, items: list[dict[str, Any]], sorting: list[dict[str, Any]], notes: list[str]) -> str:
    lines = [f"Gradebook: {len(book.students)} student folder(s), {len(book.exercises)} exercise file(s) scored."]
    by_exercise: dict[str, list[ExerciseRow]] = {}
    for row in book.exercises:
        by_exercise.setdefault(row.exercise, []).append(row)
    for exercise, rows in sorted(by_exercise.items()):
        mean = sum(r.points for r in rows) / len(rows)
        done = sum(1 for r in rows if r.finished == r.questions)
        ways = sorted({r.scored_by for r in rows})
        lines.append(f"- {exercise}: {len(rows)} student(s), mean {_number(mean)} of {_number(rows[0].possible)} "
                     f"points; {done} finished every question. Scoring: {'; '.join(ways)}.")
        hardest = sorted((i for i in items if i["exercise"] == exercise and i["students"]),
                         key=lambda i: (i["correct_share"], i["question"]))[:3]
        for item in hardest:
            if item["missed"]:
                lines.append(f"    most missed: {item['question']} ({item['title'] or 'untitled'}): {item['correct']} "
                             f"of {item['students']} right, mean {_number(item['mean_points'])} of "
                             f"{_number(item['possible'])}")
    more = [q for q in book.questions if q.claimed is not None and q.claimed > q.points + 0.005]
    if more:
        lines.append(f"{len(more)} answer(s) claim more points than the saved answer earns now (see the note in "
                     "questions.csv): an earlier, better attempt is not saved, the key changed, or the file was "
                     "edited.")
    if sorting:
        for slug in sorted({row["article"] for row in sorting}):
            rows = [row for row in sorting if row["article"] == slug]
            mean = sum(r["points"] for r in rows) / len(rows)
            lines.append(f"- sorting of {slug}: {len(rows)} student(s); mean {_number(mean)} points (one per sentence "
                         "sorted, by the reviewed sentence key)")
    lines += [f"- {note}" for note in notes]
    lines.append(f"{len(book.problems)} file(s) could not be used" + (" (see problems.txt)." if book.problems else "."))
    return "\n".join(lines) + "\n"


def gradebook(folder: Path, *, out: Path | None = None, root: Path | None = None,
              roster: Path | None = None) -> Gradebook:
    """Re-score a collected class folder and write the CSV files, the heat maps and the summary."""
    from toolkit.storage.paths import require_project_root
    from toolkit.authoring.validate import project

    folder = Path(folder)
    if not folder.is_dir():
        raise GradebookError(f"{folder}: no such folder (give the folder that holds one folder per student)")
    root = Path(root) if root is not None else require_project_root()
    out = Path(out) if out is not None else folder.resolve().parent / f"{folder.resolve().name}-grades"
    if out.resolve() == folder.resolve() or folder.resolve() in out.resolve().parents:
        raise GradebookError(f"{out}: write the gradebook outside the students' folder (it would look like a student)")
    out.mkdir(parents=True, exist_ok=True)
    book = Gradebook(out)
    students = []
    for path in subfolders(folder, folder, book.problems):
        if not any(usable_folder(path / sub, folder) for sub in WORK_FOLDERS):
            book.problems.append(f"{path}: not a student's folder (no {', '.join(WORK_FOLDERS)} inside): left out")
            continue
        students.append(path)
    book.students = [p.name for p in students]
    specs = _Specs(root)
    notes: list[str] = []
    with project(root):
        for student_folder in students:
            exercises, questions = _student_exercises(student_folder, specs, book.problems)
            book.exercises += exercises
            book.questions += questions
        annotation_rows, agreement_rows, charts = _annotations(folder, students, out, book.problems, notes)
        sorting_rows = _sorting(students, book.problems, notes)
    items = item_statistics(book.questions, book.exercises)
    book.written.append(_write_csv(out / "gradebook.csv", [
        "student", "exercise", "points", "possible", "attempts", "hints", "finished", "questions", "claimed",
        "scored_by", "file"], [row.__dict__ for row in book.exercises]))
    book.written.append(_write_csv(out / "questions.csv", [
        "student", "exercise", "question", "title", "points", "possible", "attempts", "hints", "finished", "correct",
        "claimed", "scored_by", "note"], [row.__dict__ for row in book.questions]))
    book.written.append(_write_csv(out / "items.csv", [
        "exercise", "question", "title", "possible", "students", "attempted", "correct", "missed", "correct_share",
        "mean_points"], items))
    label_columns = sorted({k for row in annotation_rows for k in row if k.endswith("_f1")})
    book.written.append(_write_csv(out / "annotations.csv", ["student", "article", "marks", "f1", "precision",
                                                              "recall", *label_columns], annotation_rows))
    book.written.append(_write_csv(out / "agreement.csv", ["article", "label", "alpha", "observed", "annotators",
                                                            "meaning"], agreement_rows))
    book.written.append(_write_csv(out / "sorting.csv", ["student", "article", "sorted", "points", "possible",
                                                          "sentences"], sorting_rows))
    book.written.append(_write_csv(out / "students.csv", ["folder", "name"], _student_names(folder, students,
                                                                                            book.problems)))
    from toolkit.authoring.written_answers import COLUMNS, written_rows

    book.written.append(_write_csv(out / "written.csv", COLUMNS, written_rows(students, book.problems)))
    book.written += charts
    from toolkit.authoring.lms_export import write_gradebook_extras  # LMS files and per-question statistics

    book.written += write_gradebook_extras(out, book, specs, roster, notes)
    book.summary = _summary(book, items, sorting_rows, notes)
    atomic_write_text(out / "summary.txt", book.summary)
    atomic_write_text(out / "problems.txt", "\n".join(book.problems) + ("\n" if book.problems else "no problems\n"))
    book.written += [out / "summary.txt", out / "problems.txt"]
    return book
