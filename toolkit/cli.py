"""`python -m toolkit COMMAND`: the toolkit's command line.

Each command is one function taking parsed arguments and returning an exit status. Errors
a user can fix (a missing file, an undecodable article) print one line on stderr and exit
with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Sequence

EXIT_USAGE = 2


def _analyze(args: argparse.Namespace) -> int:
    from toolkit.analysis.report import analyze, format_report
    from toolkit.article.model import load_article
    from toolkit.loaded.course_lexicon import lesson_lexicon

    article = load_article(args.file if args.file != "-" else sys.stdin.read())
    report = analyze(article, lesson_lexicon(article))  # the course's own words too, as its lessons see them
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
    else:
        print(format_report(report))
    return 0


def _setup(args: argparse.Namespace) -> int:
    from toolkit.storage.offline import ensure_nltk_data, prepared_textstat

    root = ensure_nltk_data()
    from toolkit.loaded.sentiment import ensure_vader_lexicon

    ensure_vader_lexicon()  # NLTK's VADER reads it from there (see toolkit.loaded.sentiment)
    from toolkit.readability.word_facts import syllable_table

    syllable_table()  # readability's fast syllable table, cached beside the NLTK data
    textstat = prepared_textstat()
    score = textstat.flesch_reading_ease("The cat sat on the mat. It was happy.")
    print(f"offline data ready in {root} (textstat check: Flesch reading ease {score:.1f})")
    return 0


def _build_exercises(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.exercises.build import build_exercises

    root = Path(args.root).resolve() if args.root else None
    if root is not None:
        import os

        os.environ["TOOLKIT_PROJECT_ROOT"] = str(root)  # the seeds the specs name are that project's
    report = build_exercises(root, check=args.check, only=args.exercise or None)
    shown_root = root
    if shown_root is None:
        from toolkit.storage.paths import project_root

        shown_root = project_root()
    for line in report.lines(shown_root):
        print(line)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        return EXIT_USAGE
    if args.check and report.stale:
        print(f"{len(report.stale)} built exercise file(s) out of step with exercises/source/", file=sys.stderr)
        return 1
    return 0


def _build(args: argparse.Namespace) -> int:
    from toolkit.notebooks.build_all import build_all

    root = _root_of(args)
    if args.readme:
        from toolkit.notebooks.markdown_lessons import lesson_sources, read_lesson, readme_table

        print(readme_table([read_lesson(path) for path in lesson_sources(root)]))
        return 0
    report = build_all(root, check=args.check, pdf=args.pdf)
    for line in report.lines():
        print(line)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.stale:
        print(f"{len(report.stale)} built file(s) out of step with their sources (run: python -m toolkit build)",
              file=sys.stderr)
    return 0 if report.ok else 1


# ----- instructors' commands (toolkit.authoring) ------------------------------------------------

def _root_of(args: argparse.Namespace):
    from pathlib import Path

    if getattr(args, "root", None):
        import os

        root = Path(args.root).resolve()
        os.environ["TOOLKIT_PROJECT_ROOT"] = str(root)  # every lookup (seeds, keys, specs) uses that project
        return root
    from toolkit.storage.paths import require_project_root

    return require_project_root()


def _new_lesson(args: argparse.Namespace) -> int:
    from toolkit.authoring.new_lesson import AuthoringError, new_lesson

    try:
        report = new_lesson(args.article, root=_root_of(args), title=args.title, outlet=args.outlet, url=args.url,
                            date=args.date, slug=args.slug, force=args.force)
    except AuthoringError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    for line in report.lines():
        print(line)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.authoring.validate import ValidateError, validate_path

    root = _root_of(args) if args.root else None
    try:
        report = validate_path(args.path, root=root, execute=not args.no_execute)
    except ValidateError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    for problem in report.problems:
        print(problem.shown(Path.cwd()))
    print(report.summary(), file=sys.stderr)
    return 1 if report.problems else 0


def _gradebook(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.authoring.gradebook import GradebookError, gradebook
    from toolkit.authoring.lms_export import RosterError

    try:
        result = gradebook(Path(args.folder), out=Path(args.out) if args.out else None, root=_root_of(args),
                           roster=Path(args.roster) if args.roster else None)
    except (GradebookError, RosterError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    for line in result.lines():
        print(line)
    return 0


def _build_student(args: argparse.Namespace) -> int:
    from pathlib import Path

    from toolkit.authoring.student_build import StudentBuildError, build_student

    try:
        result = build_student(Path(args.out) if args.out else None, root=_root_of(args), check=args.check,
                               lessons_only=args.lessons_only)
    except StudentBuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    for line in result.lines():
        print(line)
    return 1 if result.problems else 0


def _add_instructor_commands(commands) -> None:
    lesson = commands.add_parser(
        "new-lesson", help="make a lesson from a new article: seed, draft answer keys, lesson and exercise",
        description="Copy an article into seeds/<slug>/ with its metadata, draft both answer keys from the "
                    "analyzers (marked as drafts), and generate a lesson notebook, an exercise spec and an exercise "
                    "notebook for it. Then review the keys (seeds/<slug>/keys/review.ipynb), run build-exercises, "
                    "and validate.",
    )
    lesson.add_argument("article", help="the article: a .txt file (title on the first line), a .md file with front "
                                        "matter, or a seed folder")
    lesson.add_argument("--title", help="the title shown in the lesson (default: the article's own)")
    lesson.add_argument("--outlet", help="who first published the story (default: from the credit line)")
    lesson.add_argument("--url", help="where the story was published (http:// or https://)")
    lesson.add_argument("--date", help="when it was published, as YYYY-MM-DD")
    lesson.add_argument("--slug", help="the lesson's short name: letters, digits, '-', '_' or '.' (default: from the "
                                       "file name)")
    lesson.add_argument("--force", action="store_true",
                        help="replace what new-lesson made before for this slug (never hand-made files; an edited "
                             "file is kept as <name>.replaced-<time>)")
    lesson.add_argument("--root", help="the project folder (default: found from the working folder)")
    lesson.set_defaults(run=_new_lesson)

    validate = commands.add_parser(
        "validate", help="check lessons, seeds, keys, exercise specs and notebooks; exit 1 on any problem",
        description="Check the project (default), a seed folder and its lesson, a notebook, or an exercise spec: "
                    "metadata complete, article decodes, answer keys fit the text and are reviewed, exercise "
                    "specs well formed and answerable and built in step, notebooks clean and running headless. "
                    "Prints every problem as file:line: message and exits 1 when there is any.",
    )
    validate.add_argument("path", nargs="?", help="what to check (default: the whole project)")
    validate.add_argument("--no-execute", action="store_true", help="do not run the notebooks (faster)")
    validate.add_argument("--root", help="the project folder (default: found from PATH or the working folder)")
    validate.set_defaults(run=_validate)

    grades = commands.add_parser(
        "gradebook", help="re-score a class's collected work into CSV files and a summary",
        description="Read FOLDER/<student>/{progress,submissions,annotations,sorting}/*.json (as collected from a "
                    "hub or a shared drive), re-score every saved answer against the instructor's exercise specs "
                    "and reviewed keys, and write gradebook.csv, per-question and item statistics, annotation "
                    "scores with class agreement (and a heat map), and summary.txt. Broken or foreign files are "
                    "listed, never fatal, and the students' files are never changed.",
    )
    grades.add_argument("folder", help="the collected folder: one folder per student")
    grades.add_argument("--out", help="where to write the results (default: FOLDER-grades beside FOLDER)")
    grades.add_argument("--root", help="the project folder (default: found from the working folder)")
    grades.add_argument("--roster", help="a CSV mapping work folders to LMS identities (columns student, name, email, "
                                         "lms_id, sis_id, login, section) for canvas.csv, google-classroom.csv and "
                                         "moodle.csv")
    grades.set_defaults(run=_gradebook)

    student = commands.add_parser(
        "build-student", help="make the copy students receive: no answer keys, no instructor notes",
        description="Copy lessons, exercises (without exercises/source/), seeds (without keys/), the toolkit and "
                    "what Binder or a hub needs into OUT, with instructor-tagged cells removed: a course "
                    "repository for nbgitpuller or Binder. Rebuilding replaces only what the last build wrote.",
    )
    student.add_argument("out", nargs="?", help="where to write it (default: build/student in the project)")
    student.add_argument("--lessons-only", action="store_true",
                         help="only what students open (lessons, exercises, articles): the copy `python run.py "
                              "lessons` serves, with the toolkit installed in the virtual environment")
    student.add_argument("--check", action="store_true",
                         help="then run every notebook of the copy headless, as students would; exit 1 if any fails")
    student.add_argument("--root", help="the project folder (default: found from the working folder)")
    student.set_defaults(run=_build_student)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m toolkit",
        description="Media-literacy toolkit: analyse news articles and manage lessons.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    analyze = commands.add_parser(
        "analyze", help="analyse an article file (report in the terminal, or JSON)",
        description="Analyse an article: its blocks and sentences (plain .txt with the title on the "
                    "first line, or Markdown with YAML front matter, or a seed folder).",
    )
    analyze.add_argument("file", help="article file or seed folder ('-' reads standard input)")
    analyze.add_argument("--json", action="store_true", help="print the JSON object of the contract")
    analyze.add_argument("--pretty", action="store_true", help="indent the JSON")
    analyze.set_defaults(run=_analyze)

    setup = commands.add_parser(
        "setup", help="prepare offline data (the CMU dictionary for NLTK) and check it works",
        description="Write the data NLTK needs from installed packages so nothing is downloaded later.",
    )
    setup.set_defaults(run=_setup)

    exercises = commands.add_parser(
        "build-exercises", help="build the exercise specs students receive from exercises/source/",
        description="Compile each instructor spec exercises/source/<id>.yaml (plain answers) into "
                    "exercises/<id>.exercise.json (answers digested or sealed), keeping each file's salt so "
                    "students' saved progress stays valid. The sealing deters casual peeking; it is not "
                    "security against a determined student.",
    )
    exercises.add_argument("exercise", nargs="*", help="exercise ids to build (default: every source spec)")
    exercises.add_argument("--check", action="store_true",
                           help="build nothing; exit 1 when a built file is missing or out of date")
    exercises.add_argument("--root", help="the project folder (default: found from the working folder)")
    exercises.set_defaults(run=_build_exercises)

    build = commands.add_parser(
        "build", help="build every notebook from its source: exercise specs, exercise notebooks, lessons",
        description="Compile exercises/source/*.yaml into the specs students receive, build the exercise "
                    "notebooks from them, build every lesson (lessons/source/*.md, built-in or made by "
                    "new-lesson) into lessons/, and the printable handouts into docs/handouts/. Only files that changed are written. With --check, nothing is "
                    "written: exit 1 and list the files that are missing or out of date.",
    )
    build.add_argument("--check", action="store_true", help="write nothing; exit 1 and list stale files")
    build.add_argument("--pdf", action="store_true",
                       help="also write PDF handouts to docs/handouts/pdf/ (needs the print extra: WeasyPrint)")
    build.add_argument("--readme", action="store_true", help="build nothing; print the README's table of lessons")
    build.add_argument("--root", help="the project folder (default: found from the working folder)")
    build.set_defaults(run=_build)
    _add_instructor_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from toolkit.article.loading import ArticleError
    from toolkit.loaded.lexicon import LexiconError
    from toolkit.storage.store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except (ArticleError, LexiconError, StoreError, FileNotFoundError, IsADirectoryError, PermissionError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
