"""A new article in, a lesson out: `python -m toolkit new-lesson ARTICLE`.

What it writes, for an article whose short name (slug) is `city-budget`::

    seeds/city-budget/article.txt            the text, exactly as students will see it (or article.md)
    seeds/city-budget/metadata.yaml          title, outlet, credit, url, date, slug
    seeds/city-budget/keys/sentences.json    the sentence key, drafted (status "draft")
    seeds/city-budget/keys/spans.json        the span key, drafted (status "draft")
    seeds/city-budget/keys/review.ipynb      the instructor's notebook to review both keys
    exercises/source/city-budget.yaml        the exercise's questions and answers
    exercises/city-budget.ipynb              the exercise notebook
    lessons/source/city-budget.md            the lesson's Markdown source (edit it like any lesson)
    lessons/city-budget.ipynb                the lesson, built from it by the lesson builder

Then: review the keys, `python -m toolkit build`, `python -m toolkit validate`.

Safety: the slug is checked (`toolkit.storage.store.validate_name`: no path separators, no ".."), a
slug already in use is refused unless `force`, and even with `force` a file that
`new-lesson` did not write (a built-in lesson, a hand-made seed) is never replaced. A
replaced file that was edited since is kept beside it (`<name>.replaced-<time>`), and an
existing answer key is kept when it still fits the article (a reviewed key survives a rerun).
"""

from __future__ import annotations

import datetime as _dt
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.article.model import SEED_ARTICLE_NAMES, Article, load_article
from toolkit.storage.store import atomic_write_json, atomic_write_text, set_aside, validate_name
from toolkit.authoring.templates import GENERATED, GENERATED_MARK

#: Metadata keys new-lesson writes, in this order (others the article's front matter gives are kept after them).
METADATA_ORDER = ("slug", "title", "outlet", "credit", "url", "date", "author", "republisher", "caption_agency",
                  "photographer", "language", "parts", "license", "notes")
_URL = re.compile(r"^https?://[^\s]+$")


class AuthoringError(ValueError):
    """Something the instructor can fix (a taken slug, a missing outlet); the message is one line."""


@dataclass
class NewLesson:
    """What `new_lesson` did: the files written, the keys kept, and anything worth a warning."""

    slug: str
    root: Path
    seed: Path
    exercise_id: str
    written: list[Path] = field(default_factory=list)
    #: What happened, in order: files written, kept or set aside.
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)
    #: The status of each answer key after the run ("draft" or "reviewed"), by file name.
    key_status: dict[str, str] = field(default_factory=dict)

    def shown(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def lines(self) -> list[str]:
        """The report the command prints: what was written, warnings, then the next steps."""
        out = list(self.notes)
        out += [f"warning: {warning}" for warning in self.warnings]
        drafts = [name for name, status in self.key_status.items() if status != "reviewed"]
        steps = [f"review them: open seeds/{self.slug}/keys/review.ipynb in JupyterLab, fix what the toolkit got "
                 "wrong, and save each key as reviewed"] if drafts else []
        steps += ["python -m toolkit build", f"python -m toolkit validate seeds/{self.slug}",
                  f"teach lessons/{self.slug}.ipynb; students practise in exercises/{self.exercise_id}.ipynb"]
        head = (f"The answer key{'s are drafts' if len(drafts) > 1 else ' ' + drafts[0] + ' is a draft'}. Next:"
                if drafts else "Both answer keys are reviewed. Next:")
        out += ["", head] + [f"  {number}. {step}" for number, step in enumerate(steps, start=1)]
        return out


def derive_slug(article: Article, source: Path) -> str:
    """A slug from the article's metadata or file name: lower case, words joined by '-'."""
    candidates = [article.metadata.get("slug")]
    name = source.name if source.is_dir() else (source.parent.name if source.name in SEED_ARTICLE_NAMES
                                                 else source.stem)
    candidates.append(name)
    candidates.append(article.title)
    for candidate in candidates:
        if not isinstance(candidate, str):
            continue
        cleaned = re.sub(r"[^a-z0-9]+", "-", candidate.lower()).strip("-")[:48].strip("-")
        try:
            return validate_name(cleaned, what="slug")
        except ValueError:
            continue
    raise AuthoringError("cannot make a short name from the article's file name: give one with --slug")


def check_slug(slug: str) -> str:
    """The slug as given, or `AuthoringError` (no path separators, no '..', letters, digits, '.', '_', '-')."""
    try:
        return validate_name(slug, what="slug")
    except ValueError as error:
        raise AuthoringError(str(error)) from None


def _check_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    try:
        return _dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise AuthoringError(f"the date {value!r} is not a date like 2026-03-02 (year-month-day)") from None


def _check_url(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _URL.match(value.strip()):
        raise AuthoringError(f"the url {value!r} must start with http:// or https://")
    return value.strip()


def _is_generated_yaml(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as handle:
            return handle.readline().startswith(GENERATED_MARK)
    except (OSError, UnicodeDecodeError):
        return False


def _is_generated_notebook(path: Path) -> bool:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    marker = data.get("metadata", {}).get("toolkit", {}) if isinstance(data, dict) else {}
    return isinstance(marker, dict) and marker.get("generated_by") == GENERATED["generated_by"]


def _is_generated_lesson_source(path: Path) -> bool:
    from toolkit.notebooks.markdown_lessons import LessonSourceError, split_front_matter

    try:
        meta, _, _ = split_front_matter(path.read_text(encoding="utf-8"), path.name)
    except (OSError, UnicodeDecodeError, LessonSourceError):
        return False
    marker = meta.get("metadata") or {}
    return isinstance(marker, dict) and marker.get("generated_by") == GENERATED["generated_by"]


def _is_markdown(source: Path) -> bool:
    from toolkit.article.loading import read_article_file

    if source.is_dir():
        source = next(source / name for name in SEED_ARTICLE_NAMES if (source / name).is_file())
    return read_article_file(source).markdown


class _Writer:
    """Writes files, keeping an edited file it replaces as `<name>.replaced-<time>`."""

    def __init__(self, report: NewLesson):
        self.report = report
        self.stamp = time.strftime("%Y%m%d-%H%M%S")

    def text(self, path: Path, content: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            old = path.read_text(encoding="utf-8", errors="replace")
            if old == content:
                self.report.notes.append(f"up to date: {self.report.shown(path)}")
                return
            kept = path.with_name(f"{path.name}.replaced-{self.stamp}")
            path.replace(kept)
            self.report.notes.append(f"kept the earlier {self.report.shown(path)} as {kept.name}")
        atomic_write_text(path, content, mode=0o644)
        self.report.written.append(path)
        self.report.notes.append(f"wrote {self.report.shown(path)}")

    def notebook(self, path: Path, nb) -> None:
        from toolkit import notebooks

        self.text(path, notebooks.render(nb))


def _metadata_yaml(metadata: dict[str, Any], source: Path) -> str:
    import yaml

    ordered = {key: metadata.get(key) for key in METADATA_ORDER if key in metadata}
    ordered.update({k: v for k, v in metadata.items() if k not in ordered})
    header = (f"{GENERATED_MARK} from {source.name}.\n"
              "# Edit freely. python -m toolkit validate checks it: a title, the slug (the folder's name) and\n"
              "# the outlet or credit line (who first published the story) are required; null means unknown.\n")
    return header + yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=100)


def _existing(root: Path, slug: str, in_place: bool) -> list[Path]:
    paths = [root / "lessons" / "source" / f"{slug}.md", root / "lessons" / f"{slug}.ipynb",
             root / "exercises" / "source" / f"{slug}.yaml",
             root / "exercises" / f"{slug}.ipynb"]
    if not in_place:
        paths.insert(0, root / "seeds" / slug)
    return [p for p in paths if p.exists()]


def _refuse_hand_made(root: Path, slug: str, in_place: bool) -> None:
    """Even with --force, never replace what new-lesson did not write."""
    seed = root / "seeds" / slug
    checks = [(root / "lessons" / "source" / f"{slug}.md", _is_generated_lesson_source),
              (root / "lessons" / f"{slug}.ipynb", _is_generated_notebook),
              (root / "exercises" / "source" / f"{slug}.yaml", _is_generated_yaml)]
    if not in_place:
        checks.insert(0, (seed / "metadata.yaml", _is_generated_yaml))
        if seed.exists() and not (seed / "metadata.yaml").exists():
            raise AuthoringError(f"seeds/{slug} exists and was not made by new-lesson: choose another --slug")
    for path, generated in checks:
        if path.exists() and not generated(path):
            raise AuthoringError(f"{path.relative_to(root)} was not made by new-lesson, so it is never replaced, "
                                 "even with --force: choose another --slug")


def _keep_or_draft(path: Path, draft: dict[str, Any], problems_of, report: NewLesson) -> None:
    """Keep an existing key that still fits the article; otherwise set it aside and write the draft."""
    from toolkit.storage.store import StoreError, read_json

    if path.exists():
        try:
            problems = problems_of(read_json(path))
        except StoreError as error:
            problems = [str(error)]
        if not problems:
            status = read_json(path).get("status", "draft")
            report.key_status[path.name] = status
            report.notes.append(f"kept the existing {status} key {report.shown(path)} (it fits the article)")
            return
        kept = set_aside(path, "replaced")
        report.notes.append(f"set aside {report.shown(path)} as {kept.name}: {problems[0]}")
    atomic_write_json(path, draft)
    report.written.append(path)
    report.key_status[path.name] = draft["status"]
    report.notes.append(f"wrote {report.shown(path)} (a draft)")


def new_lesson(article: str | Path, *, root: Path | None = None, title: str | None = None,
               outlet: str | None = None, url: str | None = None, date: str | None = None,
               slug: str | None = None, force: bool = False) -> NewLesson:
    """Copy an article into `seeds/<slug>/`, draft its keys, and generate its lesson and exercise."""
    from toolkit.storage.paths import require_project_root

    root = Path(root).resolve() if root is not None else require_project_root()
    source = Path(article).expanduser()
    original = load_article(source)  # ArticleError: one clear line
    slug = check_slug(slug) if slug is not None else derive_slug(original, source)
    seed = root / "seeds" / slug
    resolved = source.resolve()
    in_place = resolved == seed.resolve() or (resolved.parent == seed.resolve() and resolved.name in SEED_ARTICLE_NAMES)
    taken = _existing(root, slug, in_place)
    if taken and not force:
        raise AuthoringError(f"the slug {slug!r} is taken ({taken[0].relative_to(root)} exists): choose another "
                             "with --slug, or add --force to replace what new-lesson made before")
    if taken:
        _refuse_hand_made(root, slug, in_place)
    report = NewLesson(slug, root, seed, slug)
    writer = _Writer(report)

    # ----- the seed: article and metadata -----
    from toolkit.article.metadata import KNOWN_KEYS

    metadata = {k: v for k, v in original.metadata.items() if k in KNOWN_KEYS or k == "original_file"}
    given = {"title": title, "outlet": outlet, "url": _check_url(url), "date": _check_date(date)}
    metadata.update({k: v.strip() if isinstance(v, str) else v for k, v in given.items() if v not in (None, "")})
    metadata["slug"] = slug
    metadata["title"] = metadata.get("title") or original.title
    metadata["url"] = _check_url(metadata.get("url"))
    metadata["date"] = _check_date(metadata.get("date"))
    metadata.setdefault("language", "en")
    if not isinstance(metadata.get("title"), str) or not metadata["title"].strip():
        raise AuthoringError("the article has no title (a plain .txt file has it on the first line): give --title")
    if not any(isinstance(metadata.get(k), str) and metadata[k].strip() for k in ("outlet", "credit")):
        raise AuthoringError("the article names no outlet and has no credit line: give --outlet NAME "
                             "(who first published it)")
    seed.mkdir(parents=True, exist_ok=True)
    if not in_place:
        name = "article.md" if _is_markdown(source) else "article.txt"
        for other in SEED_ARTICLE_NAMES:
            if other != name and (seed / other).exists():
                (seed / other).replace(seed / f"{other}.replaced-{writer.stamp}")
        writer.text(seed / name, original.text)
    metadata_file = seed / "metadata.yaml"
    if not in_place or _is_generated_yaml(metadata_file) or not metadata_file.exists():
        writer.text(metadata_file, _metadata_yaml(metadata, source))
    elif any(v not in (None, "") for v in given.values()):
        report.warnings.append(f"seeds/{slug}/metadata.yaml was written by hand, so it was left as it is: add "
                               "the title, outlet, url or date you gave there yourself")
    lesson_article = load_article(seed)
    if lesson_article.content_hash != original.content_hash or \
            [s.text for s in lesson_article.sentences] != [s.text for s in original.sentences]:
        raise AuthoringError(f"seeds/{slug} reads differently from {source}: save the article as plain UTF-8 "
                             "text and try again")
    if lesson_article.slug != slug:
        raise AuthoringError(f"seeds/{slug}/metadata.yaml names the slug {lesson_article.slug!r}: make them the same")
    from toolkit.text.language import looks_english

    if not looks_english(lesson_article.text):
        report.warnings.append("the article does not look like English: the toolkit's analyzers are built for "
                               "English, so review the drafted keys with extra care")

    # ----- the keys -----
    from toolkit.analysis.article_analysis import analysis_of
    from toolkit.loaded import LexiconError
    from toolkit.annotation.spans import span_key_problems
    from toolkit.keys.sentence_keys import validate_sentence_key
    from toolkit.keys.drafting import draft_keys
    from toolkit.loaded.course_lexicon import lesson_lexicon

    try:
        lexicon = lesson_lexicon(lesson_article, root=root)
    except LexiconError as error:
        raise AuthoringError(f"a lexicon file has a mistake: {error}") from None
    analysis = analysis_of(lesson_article, lexicon)
    drafts = draft_keys(lesson_article, analysis=analysis)
    keys = seed / "keys"
    _keep_or_draft(keys / "spans.json", drafts.spans.to_dict(),
                   lambda data: span_key_problems(data, lesson_article), report)
    _keep_or_draft(keys / "sentences.json", drafts.sentences,
                   lambda data: validate_sentence_key(data, lesson_article), report)

    # ----- the exercise and the notebooks -----
    from toolkit.authoring.lesson_source import lesson_source
    from toolkit.authoring.templates import draft_exercise, exercise_notebook, render_spec, review_notebook
    from toolkit.notebooks.markdown_lessons import lesson_notebook, read_lesson

    lesson_title = metadata["title"].strip()
    draft = draft_exercise(lesson_article, report.exercise_id, labels=analysis.sentence_labels, loaded=analysis.loaded,
                           title=lesson_title)
    report.questions = draft.question_titles()
    report.warnings += [f"the exercise does not ask about {why}" for why in draft.skipped]
    writer.text(root / "exercises" / "source" / f"{report.exercise_id}.yaml",
                render_spec(draft, source_name=source.name, slug=slug))
    writer.notebook(root / "exercises" / f"{report.exercise_id}.ipynb", exercise_notebook(draft.spec))
    source_path = root / "lessons" / "source" / f"{slug}.md"
    writer.text(source_path, lesson_source(lesson_article, draft, title=lesson_title, drafted=drafts.summary(),
                                           generated=GENERATED))
    writer.notebook(root / "lessons" / f"{slug}.ipynb", lesson_notebook(read_lesson(source_path), root))
    writer.notebook(keys / "review.ipynb", review_notebook(lesson_article, exercise_id=report.exercise_id))
    return report
