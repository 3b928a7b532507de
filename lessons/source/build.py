"""Build every lesson notebook in lessons/ from its builder in lessons/source/.

    python lessons/source/build.py            # write the lessons that changed
    python lessons/source/build.py --check    # only report lessons that are out of step (exit 1)
    python lessons/source/build.py --readme   # print the README's table of lessons

Each `lesson_NN.py` beside this file defines `LESSON`, a `lesson_anatomy.Lesson`. Edit the
builder, not the notebook, and run this again: tests/test_lessons.py checks that every stored
lesson is exactly what its builder writes. Exercise challenges read the built exercise specs,
so run `python -m toolkit build-exercises` first when an exercise changed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from toolkit import notebooks  # noqa: E402

from lesson_anatomy import Lesson  # noqa: E402


def builder_files() -> list[Path]:
    return sorted(HERE.glob("lesson_[0-9][0-9].py"))


def load_lessons() -> list[Lesson]:
    """Every lesson, in teaching order."""
    lessons = []
    for path in builder_files():
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        lessons.append(module.LESSON)
    return sorted(lessons, key=lambda lesson: lesson.number)


def readme_table(lessons: list[Lesson]) -> str:
    """The table of the README's "Lessons" section (tests/test_lessons.py checks the README against it)."""
    rows = ["| file | lesson | time | what students do |", "| --- | --- | --- | --- |"]
    rows += [f"| `{lesson.filename}` | {lesson.title} | {lesson.minutes} min | {lesson.students_do} |"
             for lesson in lessons]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the lesson notebooks from lessons/source/.")
    parser.add_argument("--check", action="store_true", help="report stale lessons without writing them")
    parser.add_argument("--readme", action="store_true", help="print the README's table of lessons")
    args = parser.parse_args(argv)
    if args.readme:
        print(readme_table(load_lessons()))
        return 0
    stale = []
    for lesson in load_lessons():
        nb = lesson.notebook()
        if args.check:
            if not notebooks.is_current(nb, lesson.path):
                stale.append(lesson.filename)
            continue
        changed = notebooks.write(nb, lesson.path)
        print(f"{'wrote' if changed else 'up to date:'} lessons/{lesson.filename}")
    if stale:
        print("out of step with their builders: " + ", ".join(stale) + " (run: python lessons/source/build.py)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
