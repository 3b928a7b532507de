"""Build the specs students receive from the instructor's sources: `python -m toolkit build-exercises`.

Each `exercises/source/<exercise-id>.yaml` (or `.yml`, `.json`) becomes
`exercises/<exercise-id>.exercise.json`. A rebuild keeps the salt of the file it replaces,
so an unchanged source gives a byte-identical file and students' saved progress stays
valid; `check=True` builds in memory and reports the built files that are missing, out of
date, or left without a source (what `--check` exits 1 for).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.exercises.fields import SpecError
from toolkit.exercises.spec import BUILT_SUFFIX, CompiledExercise, compile_file

SOURCE_SUFFIXES = (".yaml", ".yml", ".json")


def exercises_dir(root: Path | None = None) -> Path:
    from toolkit.storage.paths import require_project_root

    return (root or require_project_root()) / "exercises"


def source_files(root: Path | None = None) -> list[Path]:
    folder = exercises_dir(root) / "source"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)


def built_path(exercise_id: str, root: Path | None = None) -> Path:
    return exercises_dir(root) / f"{exercise_id}{BUILT_SUFFIX}"


def existing_salt(path: Path) -> str | None:
    """The salt of an earlier build, so digests (and students' progress) survive a rebuild."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    salt = data.get("salt") if isinstance(data, dict) else None
    return salt if isinstance(salt, str) and len(salt) >= 16 else None


def compile_with_kept_salt(source: Path, root: Path | None = None) -> CompiledExercise:
    """Compile a source spec, reusing the salt of its built file when there is one."""
    return compile_file(source, salt=existing_salt(built_path(source.stem, root)))


def _readable_by_all(path: Path) -> None:
    """Built specs are for students: readable by everyone (the atomic write creates private files)."""
    import os

    mask = os.umask(0)
    os.umask(mask)
    try:
        path.chmod(0o666 & ~mask)
    except OSError:
        pass


@dataclass
class BuildReport:
    """What a build (or a check) found."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    orphans: list[Path] = field(default_factory=list)
    errors: list[SpecError] = field(default_factory=list)

    def lines(self, root: Path | None = None) -> list[str]:
        def show(path: Path) -> str:
            try:
                return str(path.relative_to(root)) if root else str(path)
            except ValueError:
                return str(path)

        out = [f"wrote {show(p)}" for p in self.written]
        out += [f"up to date: {show(p)}" for p in self.unchanged]
        out += [f"stale: {line}" for line in self.stale]
        out += [f"no source for {show(p)} (left as it is)" for p in self.orphans]
        return out


def build_exercises(root: Path | None = None, *, check: bool = False, only: list[str] | None = None) -> BuildReport:
    """Build every source spec (or those whose ids are in `only`); with `check`, only compare."""
    from toolkit.storage.paths import require_project_root

    root = root or require_project_root()
    report = BuildReport()
    sources = source_files(root)
    if only:
        unknown = sorted(set(only) - {p.stem for p in sources})
        if unknown:
            report.errors.append(SpecError(exercises_dir(root) / "source",
                                           [f"no source spec for {', '.join(unknown)}"]))
        sources = [p for p in sources if p.stem in only]
    for source in sources:
        target = built_path(source.stem, root)
        try:
            compiled = compile_with_kept_salt(source, root)
        except SpecError as error:
            report.errors.append(error)
            continue
        fresh = compiled.to_json()
        try:
            current = target.read_text(encoding="utf-8")
        except OSError:
            current = None
        if current == fresh:
            report.unchanged.append(target)
        elif check:
            why = "missing" if current is None else "out of date with its source"
            report.stale.append(f"{target.relative_to(root)} is {why} (run: python -m toolkit build-exercises)")
        else:
            from toolkit.storage.store import atomic_write_json

            atomic_write_json(target, compiled.published)
            _readable_by_all(target)
            report.written.append(target)
    if not only:
        known = {p.stem for p in source_files(root)}
        for built in sorted(exercises_dir(root).glob(f"*{BUILT_SUFFIX}")):
            if built.name[: -len(BUILT_SUFFIX)] not in known:
                report.orphans.append(built)
                if check:
                    report.stale.append(f"{built.relative_to(root)} has no source in exercises/source/")
    return report
