"""Lessons written in Markdown, built into notebooks: the one lesson anatomy, for built-in and generated lessons.

A lesson source (`lessons/source/NN-slug.md`, or `lessons/source/<slug>.md` for a lesson that
`new-lesson` wrote) is Markdown a teacher can edit without knowing Python:

* YAML front matter between `---` lines: `title`, `timing` (parts and their minutes, which add up
  to the lesson's time), `questions`, `objectives`, `key_points`, `exercise` (the exercise the
  challenge comes from), and optionally `lesson` (its number), `intro`, `students_do`,
  `metadata` (extra notebook metadata) and `article`.
* The body, cut into cells the way MyST-NB and Jupytext cut a Markdown notebook:
  a fenced ```` ```python ```` block is a code cell (```` ```{code-cell} python ```` with
  `:tags: [instructor]` makes a teacher-only code cell); a line `+++` ends one Markdown cell and
  starts the next; and three MyST directives in colon fences:
  `:::{instructor} title` (a note tagged `instructor`, one cell, left out of the student copy),
  `::::{activity} title` (a section `## Activity N: title` whose body may hold cells and notes),
  `:::{challenge} q3` (the checked challenge: the question of the lesson's exercise, shown in place),
  `::::{written} task-id` (a written task: its prompt, an answer box that saves into the student's
  work folder, and a nested `:::{rubric}` that becomes a teacher's note and goes on the rubric handout).

The builder puts the anatomy around the body: the title, time, questions and objectives first,
the key points last. Why a small parser of our own rather than MyST-NB or Jupytext: the three
directives are ours anyway (neither tool knows "challenge"), and a 200-line parser over PyYAML
adds no dependency to a classroom install. Anything typed in a source is text, never code run at
build time: the only code is in code cells, which run in the student's notebook.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.notebooks import builder as notebooks

INSTRUCTOR_PREFIX = "**Instructor notes"
#: Front-matter keys a lesson source may have (anything else is a mistake worth a clear error).
KNOWN_KEYS = {"lesson", "title", "intro", "timing", "minutes", "questions", "objectives", "key_points", "exercise",
              "students_do", "metadata", "article", "heading", "exit_ticket"}
REQUIRED_KEYS = ("title", "timing", "questions", "objectives", "key_points")

_FENCE = re.compile(r"^(`{3,}|~{3,})\s*(.*)$")
_DIRECTIVE = re.compile(r"^(:{3,})\{([a-z][\w-]*)\}\s*(.*)$")
_OPTION = re.compile(r"^:([\w-]+):\s*(.*)$")
_CELL_BREAK = "+++"
_CODE_LANGUAGES = {"python", "python3", "ipython", "ipython3"}


def escape_markdown(value: Any) -> str:
    """Untrusted text as one line of literal Markdown (no links, emphasis, HTML or block structure).

    The one escaper of `toolkit.render.markdown_text`, which the generated-lesson tests try with
    script payloads in the browser.
    """
    from toolkit.render.markdown_text import markdown_text

    return markdown_text(value)


class LessonSourceError(ValueError):
    """A mistake in a lesson source a teacher can fix; the message names the file and line."""


@dataclass(frozen=True)
class Node:
    """One piece of a lesson body: Markdown text, a code cell, or a directive with its body."""

    kind: str  # "markdown" | "code" | "directive"
    text: str = ""
    name: str = ""
    argument: str = ""
    options: dict[str, str] = field(default_factory=dict)
    children: tuple["Node", ...] = ()
    line: int = 0


@dataclass(frozen=True)
class LessonSource:
    """A parsed lesson source: its front matter and its body."""

    path: Path
    meta: dict[str, Any]
    body: tuple[Node, ...]

    @property
    def number(self) -> int | None:
        value = self.meta.get("lesson")
        return int(value) if value is not None else None

    @property
    def title(self) -> str:
        return str(self.meta["title"])

    @property
    def timing(self) -> dict[str, int]:
        return dict(self.meta["timing"])

    @property
    def minutes(self) -> int:
        """The lesson's time: the sum of its parts, so the plan always adds up."""
        return sum(self.timing.values())

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"

    @property
    def students_do(self) -> str:
        return str(self.meta.get("students_do", "")).strip()


# ----- parsing ------------------------------------------------------------------------------------

def split_front_matter(text: str, where: str = "lesson") -> tuple[dict[str, Any], str, int]:
    """(front matter, body, the body's first line number) of a Markdown source with `---` front matter."""
    import yaml

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise LessonSourceError(f"{where}:1: a lesson starts with front matter between two '---' lines")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise LessonSourceError(f"{where}:1: the front matter has no closing '---' line") from None
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise LessonSourceError(f"{where}:{line}: the front matter is not valid YAML "
                                f"({getattr(error, 'problem', error)})") from None
    if not isinstance(meta, dict):
        raise LessonSourceError(f"{where}:2: the front matter must be 'key: value' lines")
    return meta, "\n".join(lines[end + 1:]), end + 2


def _check_meta(meta: dict[str, Any], where: str) -> None:
    unknown = sorted(set(meta) - KNOWN_KEYS)
    if unknown:
        raise LessonSourceError(f"{where}: unknown front-matter key(s) {', '.join(unknown)} "
                                f"(known: {', '.join(sorted(KNOWN_KEYS))})")
    missing = [key for key in REQUIRED_KEYS if not meta.get(key)]
    if missing:
        raise LessonSourceError(f"{where}: the front matter needs {', '.join(missing)}")
    timing = meta["timing"]
    if not isinstance(timing, dict) or not all(isinstance(v, int) and v > 0 for v in timing.values()):
        raise LessonSourceError(f"{where}: timing lists the parts of the lesson with their minutes, "
                                "e.g. 'reading: 10' (whole minutes)")
    if "minutes" in meta and meta["minutes"] != sum(timing.values()):
        raise LessonSourceError(f"{where}: minutes is {meta['minutes']} but the timing adds up to "
                                f"{sum(timing.values())}")
    for key in ("questions", "objectives", "key_points"):
        if not isinstance(meta[key], list) or not all(isinstance(item, str) for item in meta[key]):
            raise LessonSourceError(f"{where}: {key} is a list of lines, each starting with '- '")


def parse_body(text: str, *, first_line: int = 1, where: str = "lesson") -> tuple[Node, ...]:
    """The body cut into nodes: Markdown runs, code cells and directives (nested directives use fewer colons)."""
    lines = text.split("\n")
    nodes: list[Node] = []
    prose: list[str] = []
    prose_line = first_line

    def flush() -> None:
        nonlocal prose
        if "\n".join(prose).strip():
            nodes.append(Node("markdown", "\n".join(prose).strip("\n"), line=prose_line))
        prose = []

    i = 0
    while i < len(lines):
        line, number = lines[i], first_line + i
        fence = _FENCE.match(line)
        directive = _DIRECTIVE.match(line)
        if fence:
            marker, info = fence.group(1), fence.group(2).strip()
            end = next((j for j in range(i + 1, len(lines))
                        if lines[j].strip().startswith(marker[0] * len(marker)) and
                        set(lines[j].strip()) == {marker[0]}), None)
            if end is None:
                raise LessonSourceError(f"{where}:{number}: this {marker} block is never closed")
            language = info.replace("{code-cell}", "").strip().lower()
            if info.startswith("{code-cell}") or language in _CODE_LANGUAGES:
                flush()
                body, options = _options(lines[i + 1:end])
                nodes.append(Node("code", "\n".join(body).strip("\n"), options=options, line=number))
            else:  # a fence of another language (```text, ```console) is part of the Markdown
                if not prose:
                    prose_line = number
                prose.extend(lines[i:end + 1])
            i = end + 1
            continue
        if directive:
            flush()
            colons, name, argument = directive.groups()
            end = _closing(lines, i, len(colons))
            if end is None:
                raise LessonSourceError(f"{where}:{number}: the {{{name}}} block is never closed (end it with a line "
                                        f"of {len(colons)} colons)")
            body, options = _options(lines[i + 1:end])
            children = parse_body("\n".join(body), first_line=number + 1 + (end - i - 1 - len(body)), where=where)
            nodes.append(Node("directive", "\n".join(body).strip("\n"), name=name, argument=argument.strip(),
                              options=options, children=children, line=number))
            i = end + 1
            continue
        if line.strip() == _CELL_BREAK:
            flush()
        else:
            if not prose:
                prose_line = number
            prose.append(line)
        i += 1
    flush()
    return tuple(nodes)


def _closing(lines: list[str], start: int, colons: int) -> int | None:
    """The line closing a directive opened with `colons` colons (code fences inside are skipped)."""
    fence: str | None = None
    for j in range(start + 1, len(lines)):
        stripped = lines[j].strip()
        if fence is not None:
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
            continue
        match = _FENCE.match(lines[j])
        if match:
            fence = match.group(1)
        elif stripped == ":" * colons:
            return j
    return None


def _options(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """MyST options (`:key: value` lines) at the top of a block, and the rest."""
    options: dict[str, str] = {}
    k = 0
    while k < len(lines) and _OPTION.match(lines[k]):
        key, value = _OPTION.match(lines[k]).groups()
        options[key] = value.strip()
        k += 1
    return lines[k:], options


def read_lesson(path: Path) -> LessonSource:
    """Parse a lesson source file; `LessonSourceError` names the line of any mistake."""
    path = Path(path)
    where = path.name
    meta, body, first = split_front_matter(path.read_text(encoding="utf-8"), where)
    _check_meta(meta, where)
    return LessonSource(path, meta, parse_body(body, first_line=first, where=where))


# ----- building -----------------------------------------------------------------------------------

def bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def header_text(source: LessonSource) -> str:
    """The first cell: title, the run-again line, time (with how it splits), questions and objectives."""
    from toolkit.notebooks.run_again import RUN_AGAIN

    meta = source.meta
    heading = meta.get("heading") or (f"Lesson {source.number}: {source.title}" if source.number is not None
                                      else source.title)
    intro = str(meta.get("intro") or "").strip()
    lead = f"\n\n{intro}" if intro else ""
    timing = ", ".join(f"{part} {minutes}" for part, minutes in source.timing.items())
    return (f"# {heading}\n\n{RUN_AGAIN}{lead}\n\n"
            f"**Time:** about {source.minutes} minutes ({timing})\n\n"
            f"**Questions**\n{bullets(meta['questions'])}\n\n"
            f"**Objectives**\n{bullets(meta['objectives'])}")


def exercise_outline(root: Path, exercise_id: str) -> dict[str, Any]:
    """The exercise's title and question ids: the built spec students receive, else the instructor's source.

    A lesson made by `new-lesson` is built before its exercise can be (its keys are drafts), so
    the source spec stands in; only titles and ids are read, never answers.
    """
    built = root / "exercises" / f"{exercise_id}.exercise.json"
    if built.is_file():
        return json.loads(built.read_text(encoding="utf-8"))
    source = root / "exercises" / "source" / f"{exercise_id}.yaml"
    if source.is_file():
        import yaml

        return yaml.safe_load(source.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"{built}: no exercise {exercise_id!r}; run python -m toolkit build")


def _challenge_cells(node: Node, source: LessonSource, root: Path) -> list:
    exercise_id = node.options.get("exercise") or source.meta.get("exercise")
    question_id = node.argument
    if not exercise_id or not question_id:
        raise LessonSourceError(f"{source.path.name}:{node.line}: a challenge names its question "
                                "(':::{challenge} q3') and the lesson its exercise ('exercise:' in the front matter)")
    spec = exercise_outline(root, exercise_id)
    numbers = {q["id"]: n for n, q in enumerate(spec["questions"], start=1)}
    if question_id not in numbers:
        raise LessonSourceError(f"{source.path.name}:{node.line}: exercise {exercise_id} has no question "
                                f"{question_id!r} (it has {', '.join(numbers)})")
    link = f"[{escape_markdown(spec['title'])}](../exercises/{exercise_id}.ipynb)"
    heading = node.options.get("heading", "Challenge")
    return [
        notebooks.markdown(
            f"## {heading}\n\n{node.text.strip()}\n\n"
            f"This is question {numbers[question_id]} of {link}. Choose or write your answer and press "
            "**Check**: the feedback says at once what is right and why, and **Hint** gives a clue. Your "
            "answer is saved with the exercise, so you will find it there, done, when you open the rest."),
        notebooks.code(
            "# Run this cell to show the challenge question.\n"
            "from toolkit.exercises import Exercise\n\n"
            f'Exercise("{exercise_id}").show("{question_id}")'),
    ]


def _instructor_cell(node: Node):
    title = node.argument
    label = f"{INSTRUCTOR_PREFIX}: {title}.**" if title else f"{INSTRUCTOR_PREFIX}.**"
    return notebooks.markdown(f"{label} {node.text.strip()}", instructor=True)


def _cells(nodes: tuple[Node, ...], source: LessonSource, root: Path, activity: list[int]) -> list:
    cells: list = []
    for node in nodes:
        if node.kind == "markdown":
            cells.append(notebooks.markdown(node.text))
        elif node.kind == "code":
            tags = node.options.get("tags", "")
            cells.append(notebooks.code(node.text, instructor="instructor" in tags))
        elif node.name == "instructor":
            cells.append(_instructor_cell(node))
        elif node.name == "challenge":
            cells.extend(_challenge_cells(node, source, root))
        elif node.name == "written":
            cells.extend(_written_cells(node, source, root, activity))
        elif node.name == "activity":
            activity[0] += 1
            number = f" {activity[0]}" if activity[1] > 1 else ""
            heading = f"## Activity{number}: {node.argument}" if node.argument else f"## Activity{number}"
            inner = _cells(node.children, source, root, activity)
            if inner and inner[0].cell_type == "markdown" and not notebooks.is_instructor_cell(inner[0]):
                inner[0].source = f"{heading}\n\n{inner[0].source}"
            else:
                inner.insert(0, notebooks.markdown(heading))
            cells.extend(inner)
        else:
            raise LessonSourceError(f"{source.path.name}:{node.line}: unknown block {{{node.name}}} "
                                    "(use instructor, activity, written or challenge)")
    return cells


def written_parts(node: Node) -> tuple[tuple[Node, ...], Node | None]:
    """A written task's prompt (its nodes other than the rubric) and its rubric block, if any."""
    rubric = next((child for child in node.children if child.kind == "directive" and child.name == "rubric"), None)
    return tuple(child for child in node.children if child is not rubric), rubric


def _written_cells(node: Node, source: LessonSource, root: Path, activity: list[int]) -> list:
    task = node.argument
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", task or ""):
        raise LessonSourceError(f"{source.path.name}:{node.line}: a written task needs a short id: "
                                "'::::{written} my-task' (lower-case letters, digits and '-')")
    prompt, rubric = written_parts(node)
    if rubric is None:
        raise LessonSourceError(f"{source.path.name}:{node.line}: the written task {task!r} has no "
                                ":::{rubric} block: say how an answer is graded")
    rows = int(node.options.get("rows", "6"))
    cells = _cells(prompt, source, root, activity)
    cells.append(notebooks.code(
        "# Run this cell to open your answer box: what you write is saved as you go.\n"
        "from toolkit.widgets.written_answer import written_answer\n\n"
        f'written_answer("{source.stem}", "{task}", rows={rows})'))
    cells.append(notebooks.markdown(f"{INSTRUCTOR_PREFIX}: rubric for \u201c{task}\u201d.**\n\n{rubric.text.strip()}",
                                    instructor=True))
    return cells


def _count_activities(nodes: tuple[Node, ...]) -> int:
    return sum((node.kind == "directive" and node.name == "activity") + _count_activities(node.children)
               for node in nodes)


def lesson_notebook(source: LessonSource, root: Path):
    """The notebook of a lesson source: header, the body's cells, key points; stable cell ids."""
    cells = [notebooks.markdown(header_text(source))]
    cells += _cells(source.body, source, Path(root), [0, _count_activities(source.body)])
    cells.append(notebooks.markdown(f"## Key points\n\n{bullets(source.meta['key_points'])}"))
    metadata: dict[str, Any] = dict(source.meta.get("metadata") or {})
    if source.number is not None:
        metadata["lesson"] = {"number": source.number, "title": source.title, "minutes": source.minutes}
    nb = notebooks.notebook(cells, toolkit=metadata)
    prefix = f"l{source.number:02d}" if source.number is not None else re.sub(r"[^A-Za-z0-9-]+", "-", source.stem)[:40]
    for number, cell in enumerate(nb.cells, start=1):
        cell["id"] = f"{prefix}-{number:02d}"
    return nb


def lesson_sources(root: Path) -> list[Path]:
    """Every lesson source of a project, in file-name order (numbered lessons first)."""
    return sorted((Path(root) / "lessons" / "source").glob("*.md"))


def lesson_target(source: LessonSource, root: Path) -> Path:
    return Path(root) / "lessons" / source.filename


def readme_table(sources: list[LessonSource]) -> str:
    """The table of the README's "Lessons" section (tests/test_lessons.py checks the README against it)."""
    rows = ["| file | lesson | time | what students do |", "| --- | --- | --- | --- |"]
    rows += [f"| `{s.filename}` | {s.title} | {s.minutes} min | {s.students_do} |"
             for s in sources if s.number is not None]
    return "\n".join(rows)
