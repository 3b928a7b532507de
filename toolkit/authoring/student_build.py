"""`python -m toolkit build-student [OUT]`: the copy students receive, as a course repository.

What goes in, and why:

- `lessons/` and `exercises/`: the notebooks, with every cell tagged `instructor` removed
  (`toolkit.notebooks.builder.without_instructor_cells`); a notebook made only of instructor cells is
  left out, and so are the builder scripts (`lessons/*.py`, `lessons/source/`,
  `exercises/source/`, which holds the exercises' plain answers). The built
  `exercises/*.exercise.json` go in: their answers are sealed.
- `seeds/`: every article and its metadata and lexicon, without `keys/` (the answer keys
  and the key-review notebook); the reviewed keys go in sealed (`keys.sealed.json`, see
  `toolkit.keys.sealed`) so the lessons' own checks (marks, sorting) still work.
- `toolkit/`, `pyproject.toml`, `environment.yml`, `run` and the course `lexicon.txt`: what
  `pip install .`, `./run lessons`, Binder (`environment.yml`, plus a `postBuild` that
  prepares the offline data once) and a JupyterHub image need.
- A short `README.md` for students (what to open first, where work is saved), a
  `.gitignore` that keeps students' saved work out of git, and a record of what was written
  (`.toolkit-student-build.json`), so a rebuild replaces exactly that and nothing an
  instructor added (a `.git` folder, a licence).

OUT may not be inside the project's own folders (a copy inside `lessons/` would be copied
into itself next time), nor the project folder or one above it. After copying, the build
checks itself: no `keys` folder, no `exercises/source`, no instructor cell.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.keys.sealed import SEALED_KEYS_FILE, seal_keys
from toolkit.storage.store import atomic_write_text

MARKER = ".toolkit-student-build.json"
#: Project folders a student build may never be written into.
SOURCE_FOLDERS = ("lessons", "exercises", "seeds", "toolkit", "docs", "tests", "bench", "work", ".git", ".venv",
                  ".ci")
TOP_FILES = ("pyproject.toml", "environment.yml", "run", "run.py", "lexicon.txt", "LICENSE", "LICENSE.md",
             "LICENSE.txt")
_SKIP_NAMES = ("__pycache__", ".ipynb_checkpoints", ".pytest_cache", ".DS_Store")


class StudentBuildError(ValueError):
    """An OUT the build refuses (inside the project's folders, not a student build); one line."""


@dataclass
class StudentBuild:
    """What the build wrote."""

    out: Path
    notebooks: list[Path] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)
    #: Problems found by running the copy's notebooks (`check=True`), as `file:line: message`.
    problems: list[str] = field(default_factory=list)
    checked: bool = False

    def lines(self) -> list[str]:
        out = [f"wrote a student copy in {self.out}: {', '.join(self.entries)}",
               f"{len(self.notebooks)} notebook(s), instructor notes removed; answer keys and exercise sources left "
               "out"]
        out += [f"left out {item}" for item in self.left_out]
        if self.checked:
            out.append(f"ran every notebook of the copy: {len(self.problems) or 'no'} problem(s)")
            out += [f"  {problem}" for problem in self.problems]
        out += ["", "Next: put it in a git repository students can reach (for nbgitpuller or Binder); see "
                    "docs/instructor-guide.md, 'Deploying to a class'."]
        return out


def default_out(root: Path) -> Path:
    return root / "build" / "student"


def _check_out(out: Path, root: Path) -> None:
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents:
        raise StudentBuildError(f"{out}: is the project folder or holds it; choose a new folder (build/student, or "
                                "one outside the project)")
    for name in SOURCE_FOLDERS:
        folder = (root / name).resolve()
        if out == folder or folder in out.parents:
            raise StudentBuildError(f"{out}: is inside the project's {name}/ folder; choose a folder outside it "
                                    "(build/student, or one outside the project)")
    if out.exists() and not out.is_dir():
        raise StudentBuildError(f"{out}: is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        visible = [p.name for p in out.iterdir() if p.name not in (".git",)]
        if visible:
            raise StudentBuildError(f"{out}: is not empty and not a student build: choose an empty or new folder")


def _clear_previous(out: Path) -> None:
    """Remove what the last build wrote (and only that)."""
    marker = out / MARKER
    if not marker.is_file():
        return
    try:
        written = json.loads(marker.read_text(encoding="utf-8")).get("entries", [])
    except (OSError, ValueError):
        written = []
    for name in written:
        if not isinstance(name, str) or "/" in name or name in ("", ".", "..", ".git"):
            continue
        target = out / name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
    marker.unlink()


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in _SKIP_NAMES or n.endswith((".pyc", ".pyo"))}


def _copy_notebook(source: Path, target: Path, build: StudentBuild) -> None:
    import nbformat

    from toolkit import notebooks

    nb = nbformat.read(source, as_version=4)
    student = notebooks.without_instructor_cells(nb)
    if not student.cells:
        build.left_out.append(f"{source.name} (only instructor cells)")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    notebooks.write(student, target)
    build.notebooks.append(target)


def _copy_notebook_folder(source: Path, target: Path, build: StudentBuild, *, skip_dirs: tuple[str, ...]) -> None:
    """Notebooks without instructor cells, and the data files beside them; no scripts, no skipped folders."""
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if any(part in _SKIP_NAMES or part in skip_dirs for part in relative.parts):
            continue
        if path.is_dir():
            continue
        if path.suffix == ".ipynb":
            _copy_notebook(path, target / relative, build)
        elif path.suffix in (".py", ".pyc"):
            build.left_out.append(f"{source.name}/{relative} (a builder script)")
        else:
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target / relative)


STUDENT_README = """\
# {title}

Notebooks that teach you to read the news critically: who is speaking in a story, which
words are chosen to make you feel, how hard a text is to read, and which sentences are
facts, someone's claims or opinion.

## Start here

- **On JupyterHub** (your teacher's link opened this folder): open `lessons/` and start
  with the first notebook. Run the cells from the top (**Run > Run All Cells**).
- **On Binder:** the launch link your teacher gave you builds this folder with
  `environment.yml`; then open `lessons/`.
- **On your own computer** (Python 3.10 or newer): `python run.py lessons`.

## The notebooks

{lessons}

Exercises that check themselves (press **Check**, ask for a **Hint**) are in `exercises/`:

{exercises}

## Your work is saved as you go

Every mark, choice and answer is saved at once in `work/<your name>/` (one JSON file per
article or exercise). Close a notebook and open it again: your work comes back. When your
teacher asks, press **Hand in my work** at the end of an exercise (running the cell only
shows the button) and hand in the file it names, or the whole `work/<your name>/` folder.
"""

POST_BUILD = """\
#!/bin/sh
# Binder runs this once after building environment.yml: write the offline data the toolkit
# needs (the CMU dictionary for syllable counts), so no lesson has to wait for it.
set -e
python -m toolkit setup
"""

GITIGNORE = """\
# Students' saved work stays on their own machine or hub account.
work/
.venv/
__pycache__/
.ipynb_checkpoints/
"""


def _listing(folder: Path) -> str:
    names = sorted(p.name for p in folder.glob("*.ipynb"))
    return "\n".join(f"- `{folder.name}/{name}`" for name in names) or "- (none yet)"


def _self_check(out: Path) -> None:
    import nbformat

    from toolkit.notebooks.builder import is_instructor_cell

    problems = []
    if list(out.glob("seeds/*/keys")):
        problems.append("an answer key folder (seeds/*/keys) was copied")
    if (out / "exercises" / "source").exists():
        problems.append("exercises/source (the plain answers) was copied")
    for path in out.rglob("*.ipynb"):
        if any(is_instructor_cell(cell) for cell in nbformat.read(path, as_version=4).cells):
            problems.append(f"{path.relative_to(out)} still has an instructor cell")
    if problems:
        raise StudentBuildError(f"{out}: the student copy is not clean: {'; '.join(problems)}")


def check_copy(out: Path) -> list[str]:
    """Run every notebook of a student copy headless, as students would (no keys, no sources): the problems."""
    from toolkit.authoring.validate import Report, validate_notebook

    report = Report(out)
    for path in sorted(out.rglob("*.ipynb")):
        if ".ipynb_checkpoints" not in path.parts:
            validate_notebook(path, out, execute=True, report=report)
    return [problem.shown(out) for problem in report.problems]


def assessment_articles(root: Path) -> dict[str, list[str]]:
    """Seeds used by exercises in assessment mode, with those exercises: their keys stay out even sealed."""
    found: dict[str, list[str]] = {}
    for path in sorted((root / "exercises").glob("*.exercise.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("mode") == "assessment" and isinstance(data.get("article"), str):
            found.setdefault(data["article"], []).append(str(data.get("id")))
    return found


def build_student(out: Path | None = None, *, root: Path | None = None, check: bool = False,
                  lessons_only: bool = False) -> StudentBuild:
    """Write the student copy of the project at `root` into `out` (see the module notes).

    With `lessons_only`, leave out what only installing needs (`toolkit/`, `pyproject.toml`,
    the launcher, Binder's files): the copy `python run.py lessons` serves, whose kernel uses
    the toolkit installed in the virtual environment, so students' file browser shows
    lessons, exercises, articles and their own work, nothing else.

    With `check`, run every notebook of the copy afterwards and list what fails there (a
    lesson that checks students' work against an answer key the copy does not have, say).
    """
    from toolkit.storage.paths import require_project_root

    root = Path(root).resolve() if root is not None else require_project_root()
    out = Path(out).expanduser() if out is not None else default_out(root)
    if not out.is_absolute():
        out = Path.cwd() / out
    _check_out(out, root)
    out.mkdir(parents=True, exist_ok=True)
    _clear_previous(out)
    build = StudentBuild(out.resolve())
    entries: list[str] = []

    if (root / "lessons").is_dir():
        _copy_notebook_folder(root / "lessons", out / "lessons", build, skip_dirs=("source",))
        entries.append("lessons")
    if (root / "exercises").is_dir():
        _copy_notebook_folder(root / "exercises", out / "exercises", build, skip_dirs=("source",))
        entries.append("exercises")
        build.left_out.append("exercises/source/ (the exercises' plain answers)")
    if (root / "seeds").is_dir():
        def ignore_keys(folder: str, names: list[str]) -> set[str]:
            return _ignore(folder, names) | ({"keys"} if Path(folder).parent == root / "seeds" else set())

        shutil.copytree(root / "seeds", out / "seeds", ignore=ignore_keys)
        entries.append("seeds")
        assessed = assessment_articles(root)
        for slug, exercise_ids in sorted(assessed.items()):
            build.left_out.append(f"seeds/{slug}/{SEALED_KEYS_FILE} (used by {', '.join(exercise_ids)}, in "
                                  "assessment mode: no answer data at all, so the lessons' own checks on this "
                                  "article are off)")
        sealed = [seed.name for seed in sorted((root / "seeds").iterdir())
                  if seed.is_dir() and seed.name not in assessed and seal_keys(seed, out / "seeds" / seed.name)]
        build.left_out.append("seeds/*/keys/ (the answer keys and the key-review notebooks"
                              + (f"; reviewed keys go in sealed as {SEALED_KEYS_FILE}, for the lessons' own checks"
                                 if sealed else "") + ")")
    if not lessons_only:
        shutil.copytree(root / "toolkit", out / "toolkit", ignore=_ignore)
        entries.append("toolkit")
    for name in () if lessons_only else TOP_FILES:
        if (root / name).is_file():
            shutil.copy2(root / name, out / name)
            entries.append(name)
    if (out / "run").is_file():
        mode = (out / "run").stat().st_mode
        (out / "run").chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    title = "Reading the news critically"
    atomic_write_text(out / "README.md", STUDENT_README.format(title=title, lessons=_listing(out / "lessons"),
                                                               exercises=_listing(out / "exercises")), mode=0o644)
    entries.append("README.md")
    if not lessons_only:
        atomic_write_text(out / "postBuild", POST_BUILD, mode=0o755)
        gitignore = out / ".gitignore"
        if not gitignore.exists():  # written once; an instructor's own edits are never replaced
            atomic_write_text(gitignore, GITIGNORE, mode=0o644)
        entries.append("postBuild")
    _self_check(out)
    atomic_write_text(out / MARKER, json.dumps({"format": "toolkit.student-build/1", "source": str(root),
                                                "entries": entries}, indent=2) + "\n", mode=0o644)
    build.entries = entries
    os.utime(out)
    if check:
        build.problems = check_copy(out)
        build.checked = True
    return build
