"""`python -m toolkit validate [PATH]`: every problem of a lesson's files, each as `file:line: message`.

PATH may be the project folder (everything), a seed folder (the article, its metadata and
keys, and the lesson and exercise made for it), a notebook, or an exercise spec. The checks:

- **seed**: the article decodes (the line of a bad byte); `metadata.yaml` has a title, the
  slug (the folder's name) and the outlet or credit line, a date like 2026-03-02 and an
  http(s) url when given; a course or article `lexicon.txt` parses;
- **answer keys**: the key is for this article and this version of its text (content
  hash), every span's text is the article's text at its offsets, labels are known, sentence
  ids exist, and the key is reviewed (exercises refuse drafts);
- **exercise specs**: well formed (the exercise engine's own compiler, with field paths
  turned into lines), answerable (a right answer, worked out from the spec and the keys,
  scores full points through the engine), the built file in step with its source, and no
  answer readable in what students receive;
- **notebooks**: stored without outputs with a `python3` kernel, and (unless
  `execute=False`) run headless from top to bottom without an error, in a scratch work
  folder so no student's saved work is touched. Notebooks made only of instructor cells
  (the key-review notebook, which edits the keys) are checked but not run.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from toolkit.authoring.positions import Locator, line_in_message

NOTEBOOK_TIMEOUT = 600
_FULL = 1 - 1e-9
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class Problem:
    """One problem: the file, the line (1 when the file as a whole is at fault) and what to do."""

    path: Path
    line: int
    message: str

    def shown(self, base: Path | None = None) -> str:
        base = Path.cwd() if base is None else base
        try:
            where = os.path.relpath(self.path, base)
            if where.startswith(".." + os.sep + ".."):
                where = str(self.path)
        except ValueError:
            where = str(self.path)
        return f"{where}:{self.line}: {self.message}"

    def __str__(self) -> str:
        return self.shown()


@dataclass
class Report:
    """What a validation looked at, and every problem it found."""

    root: Path
    problems: list[Problem] = field(default_factory=list)
    checked: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, path: Path, line: int, message: str) -> None:
        """Record a problem; a message of several lines (a list from the engine) becomes one line."""
        flat = message.replace(":\n- ", ": ").replace("\n- ", "; ").replace("\n", " ")
        self.problems.append(Problem(Path(path), max(1, int(line or 1)), flat))

    def summary(self) -> str:
        files = len({p.path for p in self.problems})
        if self.ok:
            return f"no problems in {len(self.checked)} file(s) checked"
        return f"{len(self.problems)} problem(s) in {files} file(s) ({len(self.checked)} checked)"


class _Lines:
    """A file's text and, on first need, its `Locator`."""

    def __init__(self, path: Path, text: str | None = None):
        self.path = path
        self._text = text
        self._locator: Locator | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.path.read_text(encoding="utf-8", errors="replace")
        return self._text

    @property
    def locator(self) -> Locator:
        if self._locator is None:
            self._locator = Locator(self.text)
        return self._locator

    def line(self, steps) -> int:
        return self.locator.line(steps)

    def line_of(self, message: str) -> int:
        return self.locator.line_of(message)


@contextmanager
def project(root: Path) -> Iterator[None]:
    """Make `root` the project every lookup uses (seeds named by specs, keys, built files)."""
    old = os.environ.get("TOOLKIT_PROJECT_ROOT")
    os.environ["TOOLKIT_PROJECT_ROOT"] = str(root)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TOOLKIT_PROJECT_ROOT", None)
        else:
            os.environ["TOOLKIT_PROJECT_ROOT"] = old


# ----- seeds: article, metadata, keys, lexicon -------------------------------------------------

def _article_file(folder: Path) -> Path | None:
    from toolkit.article.model import SEED_ARTICLE_NAMES

    return next((folder / name for name in SEED_ARTICLE_NAMES if (folder / name).is_file()), None)


def _check_article(folder: Path, report: Report):
    """The seed's article, or None (with the problem recorded, at the line of a bad byte if it is one)."""
    from toolkit.article.model import load_article
    from toolkit.article.loading import ArticleError

    article_file = _article_file(folder)
    if article_file is None:
        report.add(folder, 1, "no article.txt or article.md in this seed folder")
        return None
    report.checked.append(article_file)
    data = article_file.read_bytes()
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            report.add(article_file, line, f"is not UTF-8 text (a byte that does not decode at position {error.start});"
                                           " save it as UTF-8")
            return None
    try:
        return load_article(folder)
    except ArticleError as error:
        message = str(error)
        line = line_in_message(message) or 1
        target = folder / "metadata.yaml" if "metadata file" in message else article_file
        report.add(target, line, message.split(": ", 1)[-1] if message.startswith(str(folder)) else message)
        return None


def _check_metadata(folder: Path, article, report: Report) -> None:
    from toolkit.article.model import SEED_METADATA_NAMES

    path = next((folder / name for name in SEED_METADATA_NAMES if (folder / name).is_file()), None)
    if path is None:
        report.add(folder, 1, "no metadata.yaml: write one with the slug, the title and the outlet or credit line "
                              "(python -m toolkit new-lesson writes it for you)")
        return
    report.checked.append(path)
    lines = _Lines(path)
    try:
        if path.suffix == ".json":
            data = json.loads(lines.text)
        else:
            import yaml

            data = yaml.safe_load(lines.text)
    except ValueError as error:  # JSONDecodeError
        report.add(path, getattr(error, "lineno", 1), f"is not valid JSON: {error}")
        return
    except Exception as error:  # noqa: BLE001 - yaml.YAMLError and its kin
        mark = getattr(error, "problem_mark", None)
        report.add(path, (mark.line + 1) if mark else 1,
                   f"is not valid YAML: {getattr(error, 'problem', None) or error}")
        return
    if not isinstance(data, dict):
        report.add(path, 1, "must be a mapping of keys to values (slug: ..., title: ..., outlet: ...)")
        return
    slug = data.get("slug")
    if not isinstance(slug, str) or not slug.strip():
        report.add(path, 1, f"slug is missing: add 'slug: {folder.name}' (the folder's name)")
    elif slug != folder.name:
        report.add(path, lines.line(["slug"]), f"slug is {slug!r}, but the folder is {folder.name!r}: make them the "
                                               "same (students' saved work and the keys are kept under the slug)")
    title = data.get("title") or (article.title if article is not None else None)
    if not isinstance(title, str) or not title.strip():
        report.add(path, lines.line(["title"]) if "title" in data else 1,
                   "the article has no title: add 'title: ...' (or put it on the article's first line)")
    if not any(isinstance(data.get(k), str) and data[k].strip() for k in ("outlet", "credit")):
        report.add(path, lines.line(["outlet"]) if "outlet" in data else 1,
                   "says nothing of where the story comes from: give 'outlet:' (who first published it) or "
                   "'credit:' (the credit line)")
    date = data.get("date")
    if date is not None and not (hasattr(date, "isoformat") or (isinstance(date, str) and _ISO_DATE.match(date))):
        report.add(path, lines.line(["date"]), f"date {date!r} must look like 2026-03-02 (or be null when unknown)")
    url = data.get("url")
    if url is not None and not (isinstance(url, str) and _URL.match(url.strip())):
        report.add(path, lines.line(["url"]), f"url {url!r} must start with http:// or https:// (or be null)")
    parts = data.get("parts")
    if parts is not None and article is not None:
        groups = len(article.paragraph_groups)
        if not isinstance(parts, dict):
            report.add(path, lines.line(["parts"]), "parts must map a name to paragraph group numbers")
        else:
            for name, numbers in parts.items():
                values = numbers if isinstance(numbers, list) else [numbers]
                bad = [n for n in values if not isinstance(n, int) or not 1 <= n <= groups]
                if bad:
                    report.add(path, lines.line(["parts", name]),
                               f"parts.{name}: the article has paragraph groups 1 to {groups}, not {bad}")


def _read_json(path: Path, report: Report) -> tuple[Any, _Lines | None]:
    lines = _Lines(path)
    try:
        return json.loads(lines.text), lines
    except json.JSONDecodeError as error:
        report.add(path, error.lineno, f"is not valid JSON: {error.msg} (column {error.colno})")
    except UnicodeDecodeError:
        report.add(path, 1, "is not UTF-8 text")
    return None, None


def _review_hint(article) -> str:
    return f"seeds/{article.slug}/keys/review.ipynb"


def _check_span_key(path: Path, article, report: Report) -> None:
    from toolkit.annotation.spans import KEY_FORMAT, KEY_STATUSES, Span, SpanError, label_set, span_problems

    report.checked.append(path)
    data, lines = _read_json(path, report)
    if lines is None:
        return
    if not isinstance(data, dict):
        report.add(path, 1, "the key must be a JSON object")
        return
    if data.get("format") != KEY_FORMAT:
        report.add(path, lines.line(["format"]), f"format is {data.get('format')!r}, expected {KEY_FORMAT!r}")
    if data.get("article") != article.slug:
        report.add(path, lines.line(["article"]), f"the key is for article {data.get('article')!r}, "
                                                  f"not {article.slug!r}")
    status = data.get("status")
    if status not in KEY_STATUSES:
        report.add(path, lines.line(["status"]), f"status is {status!r}, expected one of {', '.join(KEY_STATUSES)}")
    elif status == "draft":
        report.add(path, lines.line(["status"]), "the key is a draft: review it (open "
                   f"{_review_hint(article)}) and save it as reviewed; exercises refuse draft keys")
    if data.get("content_hash") != article.content_hash:
        report.add(path, lines.line(["content_hash"]),
                   "content_hash does not match the article: the key was made for another version of the text; "
                   "check every span below and review the key again")
    try:
        labels = label_set(data.get("labels", []) if isinstance(data.get("labels", []), list) else [])
    except ValueError as error:
        report.add(path, lines.line(["labels"]), f"labels: {error}")
        from toolkit.annotation.labels import LABELS

        labels = dict(LABELS)
    spans = data.get("spans")
    if not isinstance(spans, list):
        report.add(path, lines.line(["spans"]), "spans must be a list of {start, end, text, label, note}")
        return
    seen_ids: dict[str, int] = {}
    seen: dict[tuple, int] = {}
    for number, raw in enumerate(spans):
        line = lines.line(["spans", number])
        try:
            span = Span.from_dict(raw)
        except SpanError as error:
            report.add(path, line, f"spans[{number}]: {error}")
            continue
        for problem in span_problems(span, article.text, labels):
            report.add(path, line, f"spans[{number}] ({span.id}): {problem}")
        if span.id in seen_ids:
            report.add(path, line, f"spans[{number}]: id {span.id!r} is used by spans[{seen_ids[span.id]}] too")
        seen_ids.setdefault(span.id, number)
        triple = (span.start, span.end, span.label)
        if triple in seen:
            report.add(path, line, f"spans[{number}]: the same passage has label {span.label!r} in "
                                   f"spans[{seen[triple]}] too")
        seen.setdefault(triple, number)


_TOP_LEVEL = ("format", "article", "content_hash", "status")


def _check_sentence_key(path: Path, article, report: Report) -> None:
    from toolkit.keys.sentence_keys import validate_sentence_key

    report.checked.append(path)
    data, lines = _read_json(path, report)
    if lines is None:
        return
    for problem in validate_sentence_key(data, article):
        first = problem.split(" ", 1)[0]
        if first in _TOP_LEVEL:
            line = lines.line([first])
        elif problem.startswith("a reviewed key must answer"):
            line = lines.line(["sentences"])
        else:
            line = lines.line_of(problem)
        report.add(path, line, problem)
    if isinstance(data, dict) and data.get("status") == "draft":
        report.add(path, lines.line(["status"]), "the key is a draft: review it (open "
                   f"{_review_hint(article)}) and save it as reviewed; exercises refuse draft keys")


def _check_keys_agree(sentence_path: Path, span_path: Path, article, report: Report) -> None:
    """The sentence key and the span key must not contradict each other (toolkit.keys.key_agreement)."""
    from toolkit.keys.key_agreement import key_contradictions

    sentences, lines = _read_json(sentence_path, Report(sentence_path.parent))
    spans, _ = _read_json(span_path, Report(span_path.parent))
    if lines is None or not isinstance(sentences, dict) or not isinstance(spans, dict):
        return
    for contradiction in key_contradictions(article, sentences, spans):
        line = lines.line(["sentences", contradiction.sentence_id])
        report.add(sentence_path, line, f"contradicts {span_path.name}: {contradiction}")


def _check_lexicon(path: Path, report: Report) -> None:
    from toolkit.loaded import LexiconError, load_lexicon

    report.checked.append(path)
    try:
        load_lexicon(path)
    except LexiconError as error:
        for line, problem in error.problems or [(1, str(error))]:
            report.add(path, line, problem)


def validate_seed(folder: Path, report: Report | None = None) -> list[Problem]:
    """Every problem of one seed folder: article, metadata, answer keys, its own lexicon file."""
    folder = Path(folder).resolve()
    report = report if report is not None else Report(folder)
    start = len(report.problems)
    article = _check_article(folder, report)
    _check_metadata(folder, article, report)
    if article is not None:
        keys = folder / "keys"
        if (keys / "spans.json").is_file():
            _check_span_key(keys / "spans.json", article, report)
        if (keys / "sentences.json").is_file():
            _check_sentence_key(keys / "sentences.json", article, report)
        if (keys / "spans.json").is_file() and (keys / "sentences.json").is_file():
            _check_keys_agree(keys / "sentences.json", keys / "spans.json", article, report)
    if (folder / "lexicon.txt").is_file():
        _check_lexicon(folder / "lexicon.txt", report)
    return report.problems[start:]


# ----- exercise specs ------------------------------------------------------------------------

def right_answer(raw: dict[str, Any], question, spec) -> Any:
    """An answer that must score full points, worked out from the source question and the keys (None: unknown).

    `question` is the built `Question` (for the span key's offsets, which the build takes
    from the reviewed key), `spec` the `ExerciseSpec`.
    """
    import string

    kind = raw.get("type")
    article = spec.article
    if kind == "choice":
        right = [letter for letter, option in zip(string.ascii_lowercase, raw.get("options", []))
                 if isinstance(option, dict) and option.get("correct")]
        return right if len(right) > 1 or raw.get("multiple") else (right[0] if right else None)
    if kind == "label_sentences":
        from toolkit.keys.sentence_keys import SentenceKeyError, load_sentence_key

        ids = question.body.sentence_ids
        given = raw.get("answers") or {}
        key = None
        if any(sid not in given for sid in ids):
            try:
                key = load_sentence_key(article)
            except (SentenceKeyError, FileNotFoundError):
                return None
        answers = {}
        for sentence_id in ids:
            answer = given.get(sentence_id)
            if answer is None:
                entry = key.get(sentence_id)
                label, source = entry.label, entry.source
            elif isinstance(answer, str):
                label, source = answer, None
            else:
                label, source = answer.get("label"), answer.get("source")
            answers[sentence_id] = {"label": label, "source": source or ""}
        return answers
    if kind == "find_spans":
        spans = question.body.key_spans(spec.sealer)
        chosen = spans[: question.body.find] if question.body.find else spans
        return [{"start": span.start, "end": span.end} for span in chosen] or None
    if kind == "numeric":
        return str(raw.get("answer"))
    if kind == "short_text":
        blanks = raw.get("blanks") or [{"answers": raw.get("answers") or []}]
        firsts = [(blank.get("answers") or [None])[0] for blank in blanks]
        return None if None in firsts else firsts
    if kind == "rewrite":
        return raw.get("example") or None
    return None


def _secrets_in_student_material(compiled, root: Path, exercise_id: str) -> list[tuple[Path, str, str]]:
    """(file, question, kind) for each answer, hint or note readable in a file students receive."""
    import nbformat

    from toolkit.notebooks.builder import is_instructor_cell

    def readable(path: Path) -> str:
        if path.suffix == ".ipynb":
            try:
                notebook = nbformat.read(path, as_version=4)
            except Exception:  # noqa: BLE001 - a broken notebook is reported by the notebook checks
                return ""
            return "\n".join(cell.source for cell in notebook.cells if not is_instructor_cell(cell))
        return path.read_text(encoding="utf-8", errors="replace")

    def found_in(secret: str, text: str) -> bool:
        words = " ".join(secret.split()).lower().split()
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
        return re.search(pattern, text.lower()) is not None

    files = sorted({*root.glob("lessons/*.ipynb"), *root.glob("exercises/*.ipynb")})
    built = root / "exercises" / f"{exercise_id}.exercise.json"
    if built.is_file():
        files.append(built)
    texts = {path: readable(path) for path in files}
    leaks = []
    for question_id, kind, secret in compiled.secrets:
        if len(secret.strip()) < 3:
            continue
        for path, text in texts.items():
            if kind == "source" and path.parent.name == "lessons":
                continue  # lessons teach with the article's sources by name; students read them in the article
            if found_in(secret, text):
                leaks.append((path, question_id, kind))
    return leaks


def validate_spec(path: Path, root: Path, report: Report | None = None) -> list[Problem]:
    """Every problem of one exercise source spec: form, answerability, built file in step, answers in sight."""
    from toolkit.exercises.build import built_path, compile_with_kept_salt
    from toolkit.exercises.fields import SpecError
    from toolkit.exercises.spec import parse_built

    path = Path(path)
    report = report if report is not None else Report(root)
    start = len(report.problems)
    report.checked.append(path)
    lines = _Lines(path)
    with project(root):
        try:
            compiled = compile_with_kept_salt(path, root)
        except SpecError as error:
            for problem in error.problems:
                line = line_in_message(problem) or lines.line_of(problem)
                report.add(path, line, problem)
            return report.problems[start:]
        spec = parse_built(compiled.data, path=path)
        raw_questions = {}
        try:
            import yaml

            from toolkit.exercises.article_numbers import article_figures, fill_figures

            source = json.loads(lines.text) if path.suffix == ".json" else yaml.safe_load(lines.text)
            source = fill_figures(source, article_figures(spec.article), [])  # the answers as the build reads them
            raw_questions = {q.get("id", f"q{n + 1}"): (n, q) for n, q in enumerate(source.get("questions", []))}
        except Exception:  # noqa: BLE001 - it compiled, so it parses; this is belt and braces
            pass
        for question in spec.questions:
            number, raw = raw_questions.get(question.id, (None, None))
            if raw is None:
                continue
            where = lines.line(["questions", number])
            try:
                answer = right_answer(raw, question, spec)
            except Exception as error:  # noqa: BLE001 - report, never crash on an odd spec
                report.add(path, where, f"questions[{number}] ({question.id}): could not work out its answer "
                                        f"({type(error).__name__}: {error})")
                continue
            if answer is None:
                continue
            try:
                grade = question.body.grade(question.body.parse_answer(answer), spec.sealer)
            except Exception as error:  # noqa: BLE001 - AnswerError and anything a type raises
                report.add(path, where, f"questions[{number}] ({question.id}): its own right answer cannot be "
                                        f"checked: {error}")
                continue
            if grade.credit < _FULL:
                report.add(path, where, f"questions[{number}] ({question.id}): not answerable: its right answer "
                                        f"scores only {grade.credit:.0%} ({grade.headline()})")
        built = built_path(path.stem, root)
        try:
            current = built.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current != compiled.to_json():
            why = "is missing" if current is None else "is out of date with its source"
            report.add(path, 1, f"exercises/{built.name} {why}: run python -m toolkit build-exercises")
        for leaked, question_id, kind in _secrets_in_student_material(compiled, root, path.stem):
            report.add(leaked, 1, f"shows an answer of {path.stem} {question_id} ({kind}) in plain sight: students "
                                  "receive this file")
    return report.problems[start:]


# ----- notebooks ------------------------------------------------------------------------------

def _only_instructor(notebook) -> bool:
    from toolkit.notebooks.builder import is_instructor_cell

    return bool(notebook.cells) and all(is_instructor_cell(cell) for cell in notebook.cells)


@contextmanager
def _scratch_environment(root: Path) -> Iterator[Path]:
    """Environment for executing notebooks: a scratch work folder, a test student, no display."""
    names = ("TOOLKIT_WORK_DIR", "TOOLKIT_STUDENT", "MPLBACKEND", "TOOLKIT_PROJECT_ROOT")
    old = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="toolkit-validate-") as scratch:
        os.environ.update({"TOOLKIT_WORK_DIR": scratch, "TOOLKIT_STUDENT": "validate", "MPLBACKEND": "Agg",
                           "TOOLKIT_PROJECT_ROOT": str(root)})
        try:
            yield Path(scratch)
        finally:
            for name, value in old.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def validate_notebook(path: Path, root: Path, *, execute: bool = True, report: Report | None = None) -> list[Problem]:
    """Stored clean with a python3 kernel, and (with `execute`) runs headless from top to bottom."""
    import nbformat

    path = Path(path)
    report = report if report is not None else Report(root)
    start = len(report.problems)
    report.checked.append(path)
    lines = _Lines(path)
    try:
        notebook = nbformat.reads(lines.text, as_version=4)
    except Exception as error:  # noqa: BLE001 - not JSON, not a notebook
        report.add(path, getattr(error, "lineno", 1), f"is not a notebook nbformat can read ({error})")
        return report.problems[start:]
    try:
        nbformat.validate(notebook)
    except nbformat.ValidationError as error:
        report.add(path, 1, f"is not a valid notebook: {error.message}")
    if notebook.metadata.get("kernelspec", {}).get("name") != "python3":
        report.add(path, lines.line(["metadata", "kernelspec"]), "the kernel must be python3 (metadata.kernelspec)")
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            report.add(path, lines.line(["cells", number]),
                       f"cell {number + 1} is stored with its outputs: clear them (Edit > Clear Outputs of All Cells) "
                       "and save")
    if not execute or _only_instructor(notebook) or report.problems[start:]:
        return report.problems[start:]
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    with _scratch_environment(root):
        client = NotebookClient(notebook, timeout=NOTEBOOK_TIMEOUT, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            import subprocess

            client.execute(stderr=subprocess.DEVNULL)  # the kernel's own start-up chatter is not a problem
        except CellExecutionError:
            pass  # the error output is in the cell; found below
        except (CellTimeoutError, DeadKernelError, RuntimeError, OSError) as error:
            report.add(path, 1, f"could not be run headless: {type(error).__name__}: {str(error).splitlines()[0]}")
            return report.problems[start:]
    for number, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                report.add(path, lines.line(["cells", number]),
                           f"cell {number + 1} fails when run: {output.get('ename')}: {output.get('evalue')}")
                break
    return report.problems[start:]


# ----- whole projects and lessons -------------------------------------------------------------

def _source_specs(root: Path) -> list[Path]:
    from toolkit.exercises.build import source_files

    return source_files(root)


def _spec_article(path: Path) -> str | None:
    try:
        import yaml

        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except Exception:  # noqa: BLE001 - its own check reports it
        return None
    return data.get("article") if isinstance(data, dict) else None


def validate_project(root: Path, *, execute: bool = True, report: Report | None = None) -> Report:
    """Everything: seeds, the course lexicon, exercise specs and built files, every notebook."""
    root = Path(root)
    report = report if report is not None else Report(root)
    seeds = root / "seeds"
    for folder in sorted(p for p in seeds.iterdir() if p.is_dir()) if seeds.is_dir() else []:
        validate_seed(folder, report)
    if (root / "lexicon.txt").is_file():
        _check_lexicon(root / "lexicon.txt", report)
    for spec in _source_specs(root):
        validate_spec(spec, root, report)
    from toolkit.exercises.spec import BUILT_SUFFIX

    known = {p.stem for p in _source_specs(root)}
    for built in sorted((root / "exercises").glob(f"*{BUILT_SUFFIX}")):
        if built.name[: -len(BUILT_SUFFIX)] not in known:
            report.add(built, 1, "has no source in exercises/source/ (delete it, or restore its source)")
    for notebook in _notebooks(root):
        validate_notebook(notebook, root, execute=execute, report=report)
    return report


def _notebooks(root: Path) -> list[Path]:
    found = []
    for folder in ("lessons", "exercises"):
        found += [p for p in sorted((root / folder).rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts]
    found += sorted(p for p in (root / "seeds").glob("*/keys/*.ipynb"))
    return found


def validate_lesson(folder: Path, root: Path, *, execute: bool = True, report: Report | None = None) -> Report:
    """A seed and what was made for it: its exercise specs and built files, its lesson and exercise notebooks."""
    folder = Path(folder).resolve()
    report = report if report is not None else Report(root)
    validate_seed(folder, report)
    slug = folder.name
    specs = [spec for spec in _source_specs(root) if _spec_article(spec) == slug]
    for spec in specs:
        validate_spec(spec, root, report)
    names = {slug, *(spec.stem for spec in specs)}
    notebooks = [root / "lessons" / f"{name}.ipynb" for name in names]
    notebooks += [root / "exercises" / f"{name}.ipynb" for name in names]
    notebooks += sorted((folder / "keys").glob("*.ipynb"))
    for notebook in sorted(p for p in set(notebooks) if p.is_file()):
        validate_notebook(notebook, root, execute=execute, report=report)
    return report


class ValidateError(ValueError):
    """A PATH validate cannot check (the message says what it takes)."""


def validate_path(path: str | Path | None = None, *, root: Path | None = None, execute: bool = True) -> Report:
    """Validate whatever PATH is: the project (default), a seed folder, a notebook or an exercise spec."""
    from toolkit.storage.paths import project_root

    target = Path(path).expanduser().resolve() if path else None
    if root is None:
        start = target if target is not None and target.is_dir() else (target.parent if target else None)
        root = project_root(start) if start is not None else project_root()
        if root is None:
            raise ValidateError("cannot find the project folder (one with seeds/ and lessons/): run from inside it")
    root = Path(root).resolve()
    report = Report(root)
    if target is None or target == root:
        return validate_project(root, execute=execute, report=report)
    if not target.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    handlers: list[tuple[Callable[[Path], bool], Callable[[], Any]]] = [
        (lambda p: p.is_dir() and _article_file(p) is not None,
         lambda: validate_lesson(target, root, execute=execute, report=report)),
        (lambda p: p.suffix == ".ipynb", lambda: validate_notebook(target, root, execute=execute, report=report)),
        (lambda p: p.suffix.lower() in (".yaml", ".yml", ".json") and p.parent.name == "source"
         and p.parent.parent.name == "exercises", lambda: validate_spec(target, root, report)),
        (lambda p: p.name.endswith(".exercise.json"), lambda: _validate_built(target, root, report)),
    ]
    for matches, run in handlers:
        if matches(target):
            run()
            return report
    raise ValidateError(f"{path}: cannot validate this; give the project folder, a seed folder (seeds/<slug>), "
                        "a notebook (.ipynb) or an exercise spec (exercises/source/<id>.yaml)")


def _validate_built(path: Path, root: Path, report: Report) -> None:
    """A built spec: readable by the engine, and in step with its source when there is one."""
    from toolkit.exercises.fields import SpecError
    from toolkit.exercises.spec import load_spec

    report.checked.append(path)
    source = next((p for p in _source_specs(root) if p.stem == path.name[: -len(".exercise.json")]), None)
    if source is not None:
        validate_spec(source, root, report)
        return
    with project(root):
        try:
            load_spec(path)
        except SpecError as error:
            lines = _Lines(path)
            for problem in error.problems:
                report.add(path, lines.line_of(problem), problem)
