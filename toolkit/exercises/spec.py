"""Exercise specs: the instructor's source (plain answers) and the built spec students receive.

Source, `exercises/source/<exercise-id>.yaml` (instructor material)::

    id: 04-loaded-language          # the file's name without .yaml
    title: Loaded language
    article: turkey-s400            # a seed under seeds/
    intro: Short text shown above the questions.
    defaults: {points: 1, attempts: 3, hint_cost: 0}
    questions:
      - id: q1
        type: choice                # choice, label_sentences, find_spans, numeric, short_text, rewrite
        title: A neutral sentence   # a few words, for headings and the score board
        prompt: Which sentence ...?
        points: 2
        attempts: 2                 # or "unlimited"
        hints: [A first nudge, {text: A bigger one, cost: 0.5}]
        explanation: Shown once the answer is right or the attempts are used up.
        ...                         # the type's own fields (see toolkit/exercises/types/)

Built, `exercises/<exercise-id>.exercise.json` (format `toolkit.exercise/1`): the same
questions with every answer, hint, feedback and explanation digested or sealed
(`toolkit.exercises.sealing`), the article's content hash, and the salt.

`compile_source` turns the first into the second (reporting every problem with its file and
field); `load_spec` reads a built spec back into `ExerciseSpec` and `Question` objects.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from toolkit.article.model import Article
from toolkit.exercises.fields import Fields, Problems, SpecError, path_of
from toolkit.exercises.sealing import Sealer, new_salt
from toolkit.exercises.types import QUESTION_TYPES, CompileContext, QuestionType

SOURCE_FORMAT = "toolkit.exercise-source/1"
BUILT_FORMAT = "toolkit.exercise/1"
BUILT_SUFFIX = ".exercise.json"
DEFAULT_ATTEMPTS = 3
MAX_HINTS = 6
_QUESTION_ID = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_EXERCISE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

COMMON_SOURCE_FIELDS = ("id", "type", "title", "prompt", "points", "attempts", "hints", "hint_cost", "explanation")
COMMON_BUILT_FIELDS = ("id", "type", "title", "prompt", "points", "attempts", "hints", "explanation", "fingerprint")
EXERCISE_SOURCE_FIELDS = ("format", "id", "title", "article", "intro", "mode", "defaults", "questions")
EXERCISE_BUILT_FIELDS = ("format", "id", "title", "article", "content_hash", "intro", "mode", "salt", "source",
                         "questions")


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


#: Fields that only change how a question reads, not how it is scored: editing them keeps
#: students' progress on the question (see `fingerprint`).
PRESENTATION_FIELDS = frozenset({"title", "prompt", "explanation", "feedback", "note", "text", "unit",
                                 "place", "shown", "example", "intro"})


def fingerprint(question: Mapping[str, Any]) -> str:
    """A hash of what decides a question's score (answers, points, attempts, hint costs), not its wording.

    A saved attempt stays valid while the fingerprint is the same: fixing a typo in a prompt
    or a hint keeps students' progress; changing an answer or the points starts the question
    again for everyone.
    """
    def scoring(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: scoring(v) for k, v in value.items() if k not in PRESENTATION_FIELDS and k != "fingerprint"}
        if isinstance(value, list):
            return [scoring(v) for v in value]
        return value

    return sha256(canonical_json(scoring(dict(question))))[:23]


# ----- the built spec, as objects ------------------------------------------------------------

@dataclass(frozen=True)
class Hint:
    """One hint: its sealed text and what it costs in points (0: free)."""

    cost: float
    text: str  # sealed


@dataclass(frozen=True)
class Question:
    """One question of a built spec: the common fields and its type's object (`body`)."""

    id: str
    type: str
    title: str
    prompt: str
    points: float
    attempts: int | None  # None: unlimited
    hints: tuple[Hint, ...]
    explanation: str  # sealed
    fingerprint: str
    body: QuestionType

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "title": self.title, "points": self.points,
                "attempts": self.attempts, "hints": len(self.hints)}


@dataclass(frozen=True)
class ExerciseSpec:
    """A built exercise spec with its article."""

    id: str
    title: str
    intro: str
    article: Article
    salt: str
    questions: tuple[Question, ...]
    spec_hash: str
    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: "practice" (answers checked at once) or "assessment" (saved unseen; see toolkit.exercises.assessment).
    mode: str = "practice"

    @property
    def sealer(self) -> Sealer:
        return Sealer(self.id, self.salt)

    @property
    def possible(self) -> float:
        return round(sum(q.points for q in self.questions), 2)

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        known = ", ".join(q.id for q in self.questions)
        raise KeyError(f"this exercise has no question {question_id!r} (it has {known})")


# ----- reading files ---------------------------------------------------------------------------

def read_spec_file(path: str | Path) -> Any:
    """The data of a YAML or JSON spec file, or `SpecError` naming the file and the line of a syntax error."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(path, ["no such file"]) from None
    except UnicodeDecodeError:
        raise SpecError(path, ["is not UTF-8 text"]) from None
    except OSError as error:
        raise SpecError(path, [f"cannot be read ({error.strerror or error})"]) from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise SpecError(path, [f"is not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}"]) \
                from None
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SpecError(path, [f"is not valid YAML{where}: {problem}"]) from None


def load_article_for(slug: Any, problems: Problems, where: str = "article") -> Article | None:
    from toolkit.article.loading import ArticleError
    from toolkit.storage.paths import seed_dir
    from toolkit import load_article

    if not isinstance(slug, str) or not slug:
        problems.add(where, "is missing (the seed folder's name, like turkey-s400)")
        return None
    try:
        return load_article(seed_dir(slug))
    except (ArticleError, ValueError, FileNotFoundError) as error:
        problems.add(where, f"cannot load the article {slug!r}: {error}")
        return None


# ----- compiling a source spec -----------------------------------------------------------------

def _hints(fields: Fields, default_cost: float, context: CompileContext) -> tuple[list[dict[str, Any]], list[str]]:
    built, texts = [], []
    raw_hints = fields.items("hints", required=False)
    if len(raw_hints) > MAX_HINTS:
        fields.problem("hints", f"has {len(raw_hints)} hints; {MAX_HINTS} is plenty")
    for number, raw in enumerate(raw_hints[:MAX_HINTS]):
        where = path_of(fields.at("hints"), number)
        if isinstance(raw, str):
            raw = {"text": raw}
        hint = Fields(raw, where, fields.problems, ("text", "cost"))
        text = hint.text("text")
        cost = hint.number("cost", default=default_cost, minimum=0)
        if text:
            built.append({"cost": cost, "text": context.seal(f"hint:{number}", text)})
            texts.append(text)
    return built, texts


def compile_question(raw: Any, number: int, *, exercise_id: str, article: Article, sealer: Sealer,
                     defaults: Mapping[str, Any], problems: Problems, seen: set[str]) -> tuple[dict[str, Any], list]:
    """One source question -> its built form and its secrets; problems are recorded, not raised."""
    name = raw.get("id") if isinstance(raw, Mapping) else None
    where = path_of("questions", number, str(name) if name else None)
    if not isinstance(raw, Mapping):
        problems.add(where, "must be an object with id, type, prompt, ...")
        return {}, []
    kind = raw.get("type")
    question_type = QUESTION_TYPES.get(kind) if isinstance(kind, str) else None
    allowed = COMMON_SOURCE_FIELDS + (question_type.source_fields if question_type else ())
    fields = Fields(raw, where, problems, allowed if question_type else None)
    question_id = fields.text("id") or f"q{number + 1}"
    if not _QUESTION_ID.match(question_id):
        fields.problem("id", f"{question_id!r}: use a short lower-case name like q1 or q-sources")
    if question_id in seen:
        fields.problem("id", f"{question_id!r} is used by an earlier question too")
    seen.add(question_id)
    if question_type is None:
        fields.problem("type", f"must be one of {', '.join(QUESTION_TYPES)}, not {kind!r}")
        return {}, []
    prompt = fields.text("prompt") or ""
    title = fields.text("title", required=False) or ""
    points = fields.number("points", default=defaults.get("points", 1.0), above=0)
    attempts_raw = fields.get("attempts", defaults.get("attempts", DEFAULT_ATTEMPTS))
    if attempts_raw in ("unlimited", None):
        attempts = None
    elif type(attempts_raw) is int and attempts_raw >= 1:
        attempts = attempts_raw
    else:
        fields.problem("attempts", f"must be a whole number of at least 1, or \"unlimited\", not {attempts_raw!r}")
        attempts = DEFAULT_ATTEMPTS
    hint_cost = fields.number("hint_cost", default=defaults.get("hint_cost", 0.0), minimum=0)
    explanation = fields.text("explanation") or ""
    context = CompileContext(exercise_id, question_id, article, sealer, problems, where)
    hints, hint_texts = _hints(fields, hint_cost or 0.0, context)
    if points is not None and sum(h["cost"] for h in hints) > points:
        fields.problem("hints", f"cost {sum(h['cost'] for h in hints):g} points in all, more than the question's "
                                f"{points:g}")
    compiled = question_type.compile(fields, context)
    built = {"id": question_id, "type": kind, "title": title, "prompt": prompt, "points": points,
             "attempts": attempts, "hints": hints, "explanation": context.seal("explanation", explanation)}
    built.update(compiled.data)
    built["fingerprint"] = fingerprint(built)
    secrets = [*compiled.secrets, *(("text", t) for t in hint_texts)]
    if explanation:
        secrets.append(("text", explanation))
    return built, secrets


@dataclass(frozen=True)
class CompiledExercise:
    """A built spec (the dict written to `<id>.exercise.json`) and the secrets of its source."""

    data: dict[str, Any]
    secrets: tuple[tuple[str, str, str], ...]  # (question id, kind, text)

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def mode(self) -> str:
        return self.data.get("mode", "practice")

    @property
    def published(self) -> dict[str, Any]:
        """What students receive: `data` itself in practice mode; in assessment mode, no answer data at all."""
        if self.mode != "assessment":
            return self.data
        from toolkit.exercises.assessment import published_question

        sealer = Sealer(self.data["id"] or "exercise", self.data["salt"])
        questions = []
        for question in self.data["questions"]:
            shown = published_question(question, sealer)
            shown["fingerprint"] = question["fingerprint"]
            questions.append(shown)
        return {**self.data, "questions": questions}

    def to_json(self) -> str:
        """The students' file's text, exactly as `toolkit.storage.store.atomic_write_json` writes it."""
        return json.dumps(self.published, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def compile_source(source: Any, *, path: str | Path | None = None, salt: str | None = None,
                   source_label: str | None = None) -> CompiledExercise:
    """A source spec (already read: a dict) -> the built spec; `SpecError` lists every problem found.

    `salt` keeps the digests of an earlier build (so rebuilding an unchanged exercise gives
    the same file, and students' progress stays valid); without it a new one is drawn.
    """
    problems = Problems()
    top = Fields(source, "", problems, EXERCISE_SOURCE_FIELDS)
    if top.has("format") and top.get("format") != SOURCE_FORMAT:
        top.problem("format", f"must be {SOURCE_FORMAT!r} (or left out)")
    exercise_id = top.text("id") or ""
    if exercise_id and not _EXERCISE_ID.match(exercise_id):
        top.problem("id", f"{exercise_id!r}: use letters, digits, '.', '_' or '-' (like 04-loaded-language)")
    if path is not None and exercise_id and Path(path).stem != exercise_id:
        top.problem("id", f"is {exercise_id!r}, but the file is named {Path(path).name}: make them the same")
    title = top.text("title") or ""
    intro = top.text("intro", required=False) or ""
    mode = top.get("mode", "practice")
    if mode not in ("practice", "assessment"):
        top.problem("mode", f"must be practice (answers checked at once) or assessment (marked by you), not {mode!r}")
    article = load_article_for(top.get("article"), problems, "article")
    defaults_fields = Fields(top.get("defaults", {}), "defaults", problems, ("points", "attempts", "hint_cost"))
    defaults = {k: v for k, v in defaults_fields.raw.items()}
    if "points" in defaults:
        defaults["points"] = defaults_fields.number("points", default=1.0, above=0)
    if "hint_cost" in defaults:
        defaults["hint_cost"] = defaults_fields.number("hint_cost", default=0.0, minimum=0)
    raw_questions = top.items("questions", minimum=1)
    if article is not None:  # figures about the article are the toolkit's, put in at build time
        from toolkit.exercises.article_numbers import article_figures, fill_figures

        figures, unknown = article_figures(article), []
        intro = fill_figures(intro, figures, unknown, "intro")
        raw_questions = [fill_figures(raw, figures, unknown, f"questions[{number}]")
                         for number, raw in enumerate(raw_questions)]
        for message in unknown:
            where, _, what = message.partition(": ")
            problems.add(where, what)
    sealer = Sealer(exercise_id or "exercise", salt or new_salt())
    questions, secrets, seen = [], [], set()
    if article is not None:
        for number, raw in enumerate(raw_questions):
            built, found = compile_question(raw, number, exercise_id=exercise_id, article=article, sealer=sealer,
                                            defaults=defaults, problems=problems, seen=seen)
            if mode == "assessment" and built:
                from toolkit.exercises.assessment import published_question

                built["fingerprint"] = fingerprint(published_question(built, sealer))
            questions.append(built)
            secrets += [(built.get("id", f"q{number + 1}"), kind, text) for kind, text in found]
    problems.raise_if_any(path)
    data = {"format": BUILT_FORMAT, "id": exercise_id, "title": title, "intro": intro, "article": article.slug,
            "content_hash": article.content_hash, **({"mode": mode} if mode == "assessment" else {}),
            "salt": sealer.salt,
            "source": source_label or (f"exercises/source/{Path(path).name}" if path else ""), "questions": questions}
    return CompiledExercise(data, tuple(secrets))


def compile_file(path: str | Path, *, salt: str | None = None) -> CompiledExercise:
    path = Path(path)
    return compile_source(read_spec_file(path), path=path, salt=salt)


# ----- reading a built spec --------------------------------------------------------------------

def parse_built(data: Any, *, path: str | Path | None = None, article: Article | None = None) -> ExerciseSpec:
    """A built spec's data -> `ExerciseSpec`, checked; `SpecError` names the file and every problem."""
    problems = Problems()
    top = Fields(data, "", problems, EXERCISE_BUILT_FIELDS)
    if top.get("format") != BUILT_FORMAT:
        top.problem("format", f"is {top.get('format')!r}, expected {BUILT_FORMAT!r} (rebuild it: "
                              "python -m toolkit build-exercises)")
        problems.raise_if_any(path)
    exercise_id = top.text("id") or ""
    salt = top.text("salt") or ""
    if salt and len(salt) < 16:
        top.problem("salt", "is too short")
    if article is None:
        article = load_article_for(top.get("article"), problems)
    if article is not None and top.get("content_hash") != article.content_hash:
        top.problem("content_hash", f"does not match the article {article.slug!r}: the exercise was built for "
                                    "another version of its text; ask your teacher to rebuild it")
    questions, seen = [], set()
    if article is not None:
        for number, raw in enumerate(top.items("questions", minimum=1)):
            question = _parse_question(raw, number, article, problems)
            if question is None:
                continue
            if question.id in seen:
                problems.add(path_of("questions", number, question.id), "repeats an earlier question's id")
            seen.add(question.id)
            questions.append(question)
    problems.raise_if_any(path)
    mode = top.get("mode", "practice")
    if mode not in ("practice", "assessment"):
        top.problem("mode", f"must be practice or assessment, not {mode!r}")
    problems.raise_if_any(path)
    return ExerciseSpec(exercise_id, top.text("title") or "", top.text("intro", required=False) or "", article, salt,
                        tuple(questions), sha256(canonical_json(data)), Path(path) if path else None, dict(data), mode)


def _parse_question(raw: Any, number: int, article: Article, problems: Problems) -> Question | None:
    name = raw.get("id") if isinstance(raw, Mapping) else None
    where = path_of("questions", number, str(name) if name else None)
    kind = raw.get("type") if isinstance(raw, Mapping) else None
    question_type = QUESTION_TYPES.get(kind) if isinstance(kind, str) else None
    if question_type is None:
        problems.add(where, f"has an unknown type {kind!r}")
        return None
    fields = Fields(raw, where, problems, COMMON_BUILT_FIELDS + question_type.built_fields)
    question_id = fields.text("id") or ""
    attempts = fields.get("attempts")
    if attempts is not None and (type(attempts) is not int or attempts < 1):
        fields.problem("attempts", "must be a whole number of at least 1, or empty for unlimited")
        attempts = DEFAULT_ATTEMPTS
    hints = []
    for n, item in enumerate(fields.items("hints", required=False)):
        hint = Fields(item, path_of(fields.at("hints"), n), problems, ("cost", "text"))
        hints.append(Hint(hint.number("cost", default=0.0, minimum=0) or 0.0, hint.text("text") or ""))
    body = question_type.from_built(fields, question_id, article)
    return Question(question_id, kind, fields.text("title", required=False) or "", fields.text("prompt") or "",
                    fields.number("points", default=1.0, above=0) or 1.0, attempts, tuple(hints),
                    fields.text("explanation") or "", fields.text("fingerprint", required=False) or fingerprint(raw),
                    body)


def load_spec(path: str | Path, *, article: Article | None = None) -> ExerciseSpec:
    """Read a built spec file (`<exercise-id>.exercise.json`)."""
    path = Path(path)
    return parse_built(read_spec_file(path), path=path, article=article)
