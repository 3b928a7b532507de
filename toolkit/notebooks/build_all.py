"""`python -m toolkit build [--check]`: every notebook of a project from its source, in the one right order.

1. exercise specs: `exercises/source/<id>.yaml` into `exercises/<id>.exercise.json` (answers sealed);
2. exercise notebooks: `exercises/<id>.ipynb` from the built specs;
3. lessons: `lessons/source/*.md` (built-in and generated alike) into `lessons/<name>.ipynb`,
   whose challenges read the built specs;
4. handouts: `docs/handouts/*.html` from the same sources (`toolkit.handouts`), and PDF copies
   with `pdf=True` when WeasyPrint is installed.

With `check`, nothing is written: the report lists every file that is missing or differs from
what its source would build, so a teacher (or CI) knows whether the notebooks are up to date.
A mistake in a source is reported with its file and line, and the other files still build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from toolkit.storage.store import atomic_write_text


@dataclass
class BuildAllReport:
    """What `build_all` wrote, found up to date, found stale (check mode) or could not build."""

    root: Path
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def shown(self, path: Path) -> str:
        try:
            return Path(path).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def record(self, path: Path, *, current: bool, wrote: bool) -> None:
        if wrote:
            self.written.append(path)
        elif current:
            self.unchanged.append(path)
        else:
            self.stale.append(path)

    def lines(self) -> list[str]:
        out = [f"wrote {self.shown(p)}" for p in self.written]
        out += [f"stale: {self.shown(p)}" for p in self.stale]
        out.append(f"{len(self.unchanged)} file(s) up to date")
        return out + self.notes

    @property
    def ok(self) -> bool:
        return not self.stale and not self.errors


def _write_or_check(report: BuildAllReport, path: Path, content: str, check: bool) -> None:
    current = path.is_file() and path.read_text(encoding="utf-8") == content
    if check or current:
        report.record(path, current=current, wrote=False)
        return
    atomic_write_text(path, content, mode=0o644)
    report.record(path, current=True, wrote=True)


def build_all(root: Path, *, check: bool = False, pdf: bool = False) -> BuildAllReport:
    """Build (or, with `check`, compare) exercise specs, exercise notebooks, lessons and handouts at `root`."""
    from toolkit.exercises.build import build_exercises
    from toolkit.notebooks import builder
    from toolkit.notebooks.exercise_notebooks import build as exercise_notebook, built_specs, target
    from toolkit.notebooks.markdown_lessons import (LessonSourceError, lesson_notebook, lesson_sources, lesson_target,
                                                    read_lesson)

    root = Path(root).resolve()
    report = BuildAllReport(root)
    specs = build_exercises(root, check=check)
    report.written += specs.written
    report.unchanged += specs.unchanged
    report.stale += [root / line.split(" is ", 1)[0] for line in specs.stale]
    report.errors += [str(error) for error in specs.errors]
    for spec in built_specs(root):
        _write_or_check(report, target(spec, root), builder.render(exercise_notebook(spec)), check)
    for path in lesson_sources(root):
        try:
            source = read_lesson(path)
            content = builder.render(lesson_notebook(source, root))
        except (LessonSourceError, FileNotFoundError) as error:
            report.errors.append(str(error))
            continue
        _write_or_check(report, lesson_target(source, root), content, check)
    from toolkit.handouts.handout_files import build_handouts

    try:
        report.notes += build_handouts(root, report, _write_or_check, check=check, pdf=pdf)
    except (OSError, ValueError, KeyError) as error:  # a broken evidence pack or lesson: reported, like a source
        report.errors.append(f"handouts: {error}")
    return report
