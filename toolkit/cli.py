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
    from .article import load_article
    from .report import analyze, format_report

    article = load_article(args.file if args.file != "-" else sys.stdin.read())
    report = analyze(article)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
    else:
        print(format_report(report))
    return 0


def _setup(args: argparse.Namespace) -> int:
    from .offline import ensure_nltk_data, prepared_textstat

    root = ensure_nltk_data()
    from .loaded.sentiment import ensure_vader_lexicon

    ensure_vader_lexicon()  # NLTK's VADER reads it from there (see toolkit.loaded.sentiment)
    from .readability.lexicon import syllable_table

    syllable_table()  # readability's fast syllable table, cached beside the NLTK data
    textstat = prepared_textstat()
    score = textstat.flesch_reading_ease("The cat sat on the mat. It was happy.")
    print(f"offline data ready in {root} (textstat check: Flesch reading ease {score:.1f})")
    return 0


def _build_exercises(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .exercises.build import build_exercises

    root = Path(args.root).resolve() if args.root else None
    if root is not None:
        import os

        os.environ["TOOLKIT_PROJECT_ROOT"] = str(root)  # the seeds the specs name are that project's
    report = build_exercises(root, check=args.check, only=args.exercise or None)
    shown_root = root
    if shown_root is None:
        from .paths import project_root

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .loading import ArticleError
    from .store import StoreError

    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except (ArticleError, StoreError, FileNotFoundError, IsADirectoryError, PermissionError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
