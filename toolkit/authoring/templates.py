"""What `new-lesson` writes for an article: the exercise spec and three notebooks, from templates.

Every generated lesson has the anatomy of the built-in ones (docs/lesson-guide.md): the
questions, objectives and time up front; a reading; activities with the toolkit's widgets; a
checked challenge that is a question of the lesson's exercise; key points; and instructor
notes in cells tagged `instructor` (the student build leaves them out). Notebooks are built
with `toolkit.notebooks.builder`, so they are stored clean with a `python3` kernel.

The exercise's questions are chosen from the article and the drafted keys, never tuned to
one text: the paragraph with the most loaded words (find them, then rewrite it neutrally),
a handful of sentences of each label (label them), the outlet named in the credit line, and
the Flesch-Kincaid grade of the paragraphs worked out from their counts. Questions that take
their answers from the answer keys (find_spans, label_sentences) list no answers in the spec:
the exercise build refuses them until the keys are reviewed, which is the point.
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from toolkit.notebooks.run_again import RUN_AGAIN
from toolkit import notebooks
from toolkit.article.model import Article

#: Notebook metadata marking what `new-lesson` generated (so `--force` never replaces a hand-made file).
GENERATED = {"generated_by": "python -m toolkit new-lesson"}
#: The first line of every YAML file `new-lesson` writes, for the same reason.
GENERATED_MARK = "# Written by python -m toolkit new-lesson"
#: Reading speed used for the lesson's time plan, in words per minute (a careful, slow first read).
READING_WORDS_PER_MINUTE = 150
MAX_LABEL_SENTENCES = 5
LABEL_QUOTA = {"attributed": 2, "opinion": 2, "fact": 2}


@dataclass
class Question:
    """One drafted question: its spec (a dict, as YAML writes it) and a comment saying how it was chosen."""

    spec: dict[str, Any]
    why: str


@dataclass
class ExerciseDraft:
    """The drafted exercise spec and what the lesson needs to know about it."""

    spec: dict[str, Any]
    questions: list[Question]
    skipped: list[str] = field(default_factory=list)
    challenge: str | None = None  # the question the lesson shows as its checked challenge

    def question_titles(self) -> list[tuple[str, str]]:
        return [(q.spec["id"], q.spec.get("title", "")) for q in self.questions]


# ----- choosing from the article ---------------------------------------------------------------

def _paragraph_numbers(article: Article) -> dict[int, int]:
    from toolkit.article.places import paragraph_numbers

    return paragraph_numbers(article)


def most_loaded_paragraph(article: Article, loaded: Sequence[Any]) -> tuple[int, int] | None:
    """(paragraph number, loaded spans in the writer's voice) of the paragraph with the most of them."""
    numbers = _paragraph_numbers(article)
    counts: dict[int, int] = {}
    for span in loaded:
        block = article.block_at(span.start)
        if block is not None and block.index in numbers and getattr(span, "voice", "writer") == "writer":
            counts[block.index] = counts.get(block.index, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda index: (counts[index], -index))
    return numbers[best], counts[best]


def sentences_to_label(article: Article, labels: Sequence[Any]) -> list[str]:
    """A few paragraph sentences of each label (the surest first), in reading order."""
    in_paragraphs = [label for label in labels
                     if article.blocks[article.sentence(label.sentence_id).block].kind == "paragraph"
                     and len(label.text.split()) >= 4]
    chosen: list[Any] = []
    for name, quota in LABEL_QUOTA.items():
        candidates = sorted((label for label in in_paragraphs if label.label == name),
                            key=lambda label: (-label.confidence, article.sentence(label.sentence_id).index))
        chosen += candidates[:quota]
    chosen = sorted(chosen, key=lambda label: article.sentence(label.sentence_id).index)[:MAX_LABEL_SENTENCES]
    return [label.sentence_id for label in chosen]


def _outlet_in_text(article: Article, outlet: Any) -> bool:
    return isinstance(outlet, str) and bool(outlet.strip()) and outlet.strip().lower() in article.text.lower()


def _one_decimal(value: float) -> str:
    return f"{value:.1f}"


# ----- the exercise spec ----------------------------------------------------------------------

def draft_exercise(article: Article, exercise_id: str, *, labels: Sequence[Any], loaded: Sequence[Any],
                   title: str) -> ExerciseDraft:
    """The exercise spec for an article: the questions the article allows, each with why it was chosen."""
    questions: list[Question] = []
    skipped: list[str] = []
    loaded_paragraph = most_loaded_paragraph(article, loaded)
    if loaded_paragraph:
        number, count = loaded_paragraph
        questions.append(Question({
            "type": "find_spans",
            "title": f"Loaded words in paragraph {number}",
            "prompt": (f"Mark the loaded words and phrases in paragraph {number} with the label Loaded language. "
                       "Mark just the words that carry the feeling, not whole sentences."),
            "passage": {"paragraph": number},
            "label": "loaded",
            "points": 3,
            "hints": ["Look for words that tell you how to feel about what happened, not what happened.",
                      {"text": "For each word you suspect, try a plainer one: if the facts stay the same but the "
                               "feeling goes, the word was loaded.", "cost": 0.5}],
            "explanation": ("A loaded word reports and judges at once: a plainer word would give the same facts "
                            "without the feeling. The marks of the answer key for this paragraph are listed "
                            "below."),
        }, f"paragraph {number} has the most loaded words in the writer's own voice in the draft ({count}); "
           f"the answers come from the reviewed span key (seeds/{article.slug}/keys/spans.json)"))
    else:
        skipped.append("find the loaded words: the toolkit found no loaded words in the paragraphs")
    chosen = sentences_to_label(article, labels)
    if chosen:
        by_id = {label.sentence_id: label for label in labels}
        ask_source = any(by_id[sid].label == "attributed" for sid in chosen)
        prompt = "Label each sentence: reported fact, attributed claim or opinion."
        if ask_source:
            prompt += " For an attributed claim, also type who it is credited to."
        questions.append(Question({
            "type": "label_sentences",
            "title": "Fact, claim or opinion?",
            "prompt": prompt,
            "sentences": chosen,
            "ask_source": ask_source,
            "points": len(chosen),
            "hints": ["Ask of each sentence: who is speaking? Look for said, according to, and quotation marks.",
                      "Opinion hides in judgment words, guesses (may, could), advice (should) and words that "
                      "talk to you."],
            "explanation": ("A sentence is attributed when it says whose words or claim it reports; a fact is "
                            "stated in the writer's own voice as something you could check; an opinion is the "
                            "writer's own judgment, guess or framing. The key's note under each sentence says why."),
        }, "a few paragraph sentences of each label in the draft; the answers come from the reviewed sentence key "
           f"(seeds/{article.slug}/keys/sentences.json)"))
    else:
        skipped.append("label the sentences: the article has no paragraph sentences to label")
    outlet = article.metadata.get("outlet")
    if _outlet_in_text(article, outlet):
        spec: dict[str, Any] = {
            "type": "short_text",
            "title": "Where the story first appeared",
            "prompt": ("Which news outlet first published this story? Look for a line near the end that credits "
                       "it. Type the outlet's name."),
            "answers": [outlet.strip()],
            "points": 1,
            "hints": ["Read the last lines of the page: a credit line names who first published the story."],
            "explanation": (f"The credit line names {outlet.strip()}. A website that republishes a story may add "
                            "its own words around it: the credit tells you whose reporting it is."),
        }
        agency = article.metadata.get("caption_agency")
        if isinstance(agency, str) and agency.strip() and agency.strip().lower() != outlet.strip().lower():
            spec["near"] = [{"answer": agency.strip(),
                             "feedback": "That agency is credited with the photo. Which outlet does the credit line "
                                         "name for the story?"}]
        questions.append(Question(spec, "the outlet of the metadata, named in the article's text"))
    else:
        skipped.append("the original outlet: the outlet's name does not appear in the article's text")
    readability = _readability_question(article)
    if readability is not None:
        questions.append(readability)
    else:
        skipped.append("a readability estimate: the paragraphs are too short to measure")
    if loaded_paragraph:
        number, count = loaded_paragraph
        questions.append(Question({
            "type": "rewrite",
            "title": "A neutral rewrite",
            "prompt": (f"Rewrite paragraph {number} in neutral words. Keep every fact (names, numbers, anything "
                       "quoted) but lose the loaded words. Press Check: the toolkit counts the loaded words left "
                       "and the facts you kept. You may check several drafts."),
            "passage": {"paragraph": number},
            "min_drop_share": 0.6,
            "min_facts_kept": 0.8,
            "points": 4,
            "attempts": 5,
            "hints": ["Find the loaded words first (the highlighter in the lesson shows them).",
                      {"text": "Swap each loaded word for a plain one, or say who holds the opinion.", "cost": 1}],
            "explanation": ("A neutral version says what happened in plain words and keeps every name, number and "
                            "quotation. Where a sentence is only a judgment, a careful writer drops it or says "
                            "whose judgment it is."),
        }, f"the same paragraph {number}; add an `example:` (a model rewrite, checked by the build) if you like"))
    for number, question in enumerate(questions, start=1):
        question.spec = {"id": f"q{number}", **question.spec}
    if not questions:
        raise ValueError("the article gives no questions to ask (no paragraphs): is it an article?")
    intro = (f"Practise on \u201c{title}\u201d: find the loaded words, sort sentences into fact, claim and opinion, "
             "find where the story comes from, work out how hard it is to read, and rewrite a loaded paragraph "
             "neutrally. Each question says how many attempts it allows.")
    spec = {"id": exercise_id, "title": f"Exercise: {title}", "article": article.slug, "intro": intro,
            "defaults": {"points": 2, "attempts": 3}, "questions": [q.spec for q in questions]}
    challenge = next((q.spec["id"] for q in questions if q.spec["type"] == "rewrite"), questions[0].spec["id"])
    return ExerciseDraft(spec, questions, skipped, challenge)


def _readability_question(article: Article) -> Question | None:
    from toolkit.readability import measure

    view = measure(article).prose
    counts = view.counts
    grade = view["flesch_kincaid_grade"]
    if grade is None or counts.sentences < 3 or counts.words < 40 or math.isnan(grade):
        return None
    words_per_sentence = counts.words / counts.sentences
    syllables_per_word = counts.syllables / counts.words
    return Question({
        "type": "numeric",
        "title": "How hard is it to read?",
        "prompt": (f"The article's paragraphs (without the headline, lists, captions or credit line) have "
                   f"{counts.words} words in {counts.sentences} sentences, with {counts.syllables} syllables in all. "
                   "The Flesch-Kincaid grade is 0.39 \u00d7 (words \u00f7 sentences) + 11.8 \u00d7 "
                   "(syllables \u00f7 words) \u2212 15.59. What grade is that? Give one decimal."),
        "answer": round(grade, 2),
        "tolerance": 0.1,
        "partial": {"within": 1.0, "credit": 0.5},
        "unit": "grade",
        "hints": ["Work out words \u00f7 sentences first, then syllables \u00f7 words, then put both into the formula.",
                  {"text": f"Words per sentence: {counts.words} \u00f7 {counts.sentences} = "
                           f"{words_per_sentence:.2f}.", "cost": 0.5}],
        "explanation": (f"{counts.words} \u00f7 {counts.sentences} = {words_per_sentence:.2f} words per sentence and "
                        f"{counts.syllables} \u00f7 {counts.words} = {syllables_per_word:.2f} syllables per word, so "
                        f"0.39 \u00d7 {words_per_sentence:.2f} + 11.8 \u00d7 {syllables_per_word:.2f} \u2212 15.59 "
                        f"\u2248 {_one_decimal(grade)}: about US school grade {max(0, round(grade))}. Long sentences "
                        "and long words both push the grade up."),
    }, "the paragraphs' counts as toolkit.readability.measure(article).prose counts them")


def render_spec(draft: ExerciseDraft, *, source_name: str, slug: str) -> str:
    """The spec as YAML, with comments for the instructor (how each question was chosen, what to do next)."""
    import yaml

    def dump(data: Any, indent: int = 0) -> str:
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
        return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(True))

    header = [
        f"{GENERATED_MARK} from {source_name}. Instructor material: the answers in plain text.",
        f"# Students receive exercises/{draft.spec['id']}.exercise.json, built by: python -m toolkit build-exercises",
        "# The find_spans and label_sentences questions take their answers from the answer keys in",
        f"# seeds/{slug}/keys/: the build refuses them while the keys are drafts. Review the keys first",
        f"# (open seeds/{slug}/keys/review.ipynb), then build, then: python -m toolkit validate",
        "# Edit, add or delete questions freely; docs/exercises.md describes every question type.",
    ]
    header += [f"# Not asked: {why}." for why in draft.skipped]
    top = {k: v for k, v in draft.spec.items() if k != "questions"}
    lines = "\n".join(header) + "\n" + dump(top) + "\nquestions:\n"
    import textwrap

    for question in draft.questions:
        comment = textwrap.wrap(question.why, width=96)
        lines += "\n" + "".join(f"  # {line}\n" for line in comment) + dump([question.spec], indent=2)
    return lines


# ----- notebooks ------------------------------------------------------------------------------

def _reading_minutes(article: Article) -> int:
    words = len(article.text.split())
    return max(5, math.ceil(words / READING_WORDS_PER_MINUTE))


def origin_of(metadata: dict[str, Any]) -> str:
    """Where an article comes from, in a phrase for instructor notes."""
    parts = []
    if metadata.get("outlet"):
        parts.append(f"first published by {metadata['outlet']}")
    if metadata.get("credit"):
        parts.append(f"credit line \u201c{str(metadata['credit']).strip()}\u201d")
    if metadata.get("date"):
        parts.append(f"dated {metadata['date']}")
    if metadata.get("author"):
        parts.append(f"by {metadata['author']}")
    if metadata.get("url"):
        parts.append(f"<{metadata['url']}>")
    return "; ".join(parts)


def lesson_notebook(article: Article, draft: ExerciseDraft, *, title: str, drafted: str):
    """The lesson notebook for a new article (`lessons/<slug>.ipynb`); `drafted` sums up the draft keys."""
    slug = article.slug
    exercise_id = draft.spec["id"]
    reading = _reading_minutes(article)
    total = reading + 15 + 10 + 15 + 5 + 10
    others = len(draft.questions) - 1
    challenge = next(q for q in draft.questions if q.spec["id"] == draft.challenge)
    origin = origin_of(article.metadata)
    questions = "; ".join(f"{qid} {qtitle}" for qid, qtitle in draft.question_titles())
    has_paragraphs = any(b.kind == "paragraph" for b in article.blocks)
    passage = '"paragraph"' if has_paragraphs else "None"
    cells = [
        notebooks.markdown(f"""
# Who is speaking? \u201c{title}\u201d

{RUN_AGAIN}

**Time:** about {total} minutes ({reading} reading, 15 marking up, 10 loaded language, 15 who is speaking,
5 readability, 10 challenge)

**Questions**
- Where does this story come from, and who is speaking in each part of it?
- Which words tell me how to feel, not only what happened?
- Which sentences are facts I could check, which are someone else's claims, and which are opinion?

**Objectives**
- Find who first published the story and who is quoted in it.
- Mark loaded words, opinions, attributed claims and their sources in a news story you have not seen before.
- Sort sentences into reported fact, attributed claim and opinion, and argue with the toolkit's reasons.
- Rewrite a loaded passage in neutral words, keeping every fact.
"""),
        notebooks.markdown(f"""
**Instructor notes: before class.** This lesson was generated by `python -m toolkit new-lesson` for
`seeds/{slug}/` ({origin or 'no origin recorded'}). The toolkit **drafted** its answer keys
({drafted}): review them before students use them. Open `seeds/{slug}/keys/review.ipynb` (both keys, in the
annotation and sorting tools), save each key as reviewed, then run `python -m toolkit build-exercises` and
`python -m toolkit validate seeds/{slug}`. Until the keys are reviewed, the exercise build refuses the
questions that take their answers from them, and the challenge cell below cannot find the exercise.
""", instructor=True),
        notebooks.markdown("""
## Before you start

Run the grey cells from top to bottom: click a cell and press **Shift + Enter**, or use
**Run → Run All Cells**. Your marks and answers are **saved as you make them**, in files with your
name, so you can close this notebook and come back.
"""),
        notebooks.code(f"""
import toolkit

article = toolkit.load_article("../seeds/{slug}")
print(article.title)
print(len(article.sentences), "sentences")
"""),
        notebooks.markdown(f"""
## Read it first ({reading} minutes)

Read the whole page once before you mark anything. The view below names each part of the page: the
headline, the paragraphs, and any list, photo caption, credit line or website text. Press a button to see
only the parts of one kind.

While you read, ask:

1. Who published this page, and did they write all of it? Look for a **credit line** near the end.
2. Who is quoted or named as a source? How did their words reach the writer?
3. Where does the tone change? How do you feel at the top, and further down?
"""),
        notebooks.code("""
from toolkit.widgets.article_anatomy import article_anatomy

article_anatomy(article)
"""),
        notebooks.markdown("""
## Activity 1: mark it up (15 minutes)

Mark the article by instinct with five labels: **Loaded language** (a word chosen to make you feel),
**Opinion** (the writer's own judgment or guess), **Reported fact** (something you could check),
**Attributed claim** (credited to someone) and **Source** (who it is credited to).

- **With the mouse:** select some words, then click a label. Click a mark to change it, add a note
  saying *why*, or delete it. **Undo** takes back your last change.
- **With the keyboard:** press Tab until the article has a blue outline, move with the arrow keys,
  hold **Shift** to select, and press a label's number.

Try to leave at least five marks, and give two of them a note.
"""),
        notebooks.code("""
from toolkit.widgets.annotate import annotate

marks = annotate(article)
marks
"""),
        notebooks.markdown("""
Count your marks: how many of each label did you use, and in which parts of the page?
"""),
        notebooks.code("""
print(marks.summary())
"""),
        notebooks.markdown("""
## Activity 2: loaded language (10 minutes)

The toolkit marks every loaded word it finds, coloured and named by kind, with why it is loaded and what a
neutral writer might say instead. Compare it with your own **Loaded language** marks.

**Discuss with a partner:** Which loaded word did the toolkit find that you missed? Which one do you think is
*not* loaded here, and why? Are the loaded words the writer's own, or inside someone's quotation?
"""),
        notebooks.code("""
from toolkit.loaded.course_lexicon import lesson_lexicon
from toolkit.widgets.loaded_highlighter import loaded_highlighter

loaded_highlighter(article, lexicon=lesson_lexicon(article))
"""),
        notebooks.markdown("""
## Activity 3: who is speaking? (15 minutes)

Sort the sentences of the story's paragraphs: **Fact** (the writer states something you could check),
**Attributed** (the words or claim belong to someone else: type who) or **Opinion** (the writer's own
judgment, guess or framing). Your choices are saved as you make them. Press **Check** when you are done.
"""),
        notebooks.code(f"""
from toolkit.widgets.sorting_activity import sorting_activity

sorting_activity(article, {passage})
"""),
        notebooks.markdown("""
After you have sorted: here is how the toolkit reads every sentence, and the reasons it found. Where it
disagrees with you, who has the better argument?
"""),
        notebooks.code("""
from toolkit.widgets.who_is_speaking import who_is_speaking

who_is_speaking(article)
"""),
        notebooks.markdown("""
## How hard is it to read? (5 minutes)

Choose a readability formula and a part of the article. Which sentences make it hard to read: long ones,
or ones full of long words?
"""),
        notebooks.code("""
from toolkit.widgets.readability_explorer import readability_explorer

readability_explorer(article)
"""),
        notebooks.markdown(f"""
## Challenge (10 minutes)

This is question {challenge.spec['id'][1:]} of the exercise on this article: answer it and press **Check**.
Your answer is saved with the exercise, so you will find it done in the exercise notebook,
[`exercises/{exercise_id}.ipynb`](../exercises/{exercise_id}.ipynb), which has {others} more
question{'s' if others != 1 else ''} about this article.
"""),
        notebooks.code(f"""
from toolkit.exercises import Exercise

exercise = Exercise("{exercise_id}")
exercise.show("{challenge.spec['id']}")
"""),
        notebooks.markdown("""
## Key points

- Ask of every page: **who is speaking, and how do they know?** The credit line says whose reporting it is.
- Loaded words report and judge at once; notice where on the page they cluster.
- *Fact* means stated as checkable in the writer's own voice; *attributed* means someone else's words;
  *opinion* is the writer's own judgment or guess.
- A tool can point at the words; deciding, and arguing for your decision, is your job.
"""),
        notebooks.markdown(f"""
### Instructor notes

- **The article.** `seeds/{slug}/` ({origin or 'add the outlet and credit to metadata.yaml'}).
- **Timing.** {reading} minutes reading, 15 marking up, 10 loaded language, 15 sorting and the toolkit's view,
  5 readability, 10 challenge: about {total} in all.
- **Answer keys.** `seeds/{slug}/keys/spans.json` (marks) and `sentences.json` (labels and sources), drafted by
  the toolkit ({drafted}). Review both in `seeds/{slug}/keys/review.ipynb` before class: the toolkit is
  wrong on some sentences, and the exercise takes its answers from these keys. The sorting tool in
  activity 3 checks against the sentence key as it is, draft or not.
- **The exercise.** `exercises/source/{exercise_id}.yaml` holds the questions and answers in plain text
  ({questions}). Edit it, then run
  `python -m toolkit build-exercises` and `python exercises/source/build_notebooks.py`; see docs/exercises.md.
- **Your own words.** Terms for the loaded-language highlighter go in `seeds/{slug}/lexicon.txt` (this
  article) or `lexicon.txt` in the project folder (every lesson): one line each,
  `term | category | strength | why | alternatives; separated; by semicolons`.
- **Collecting work.** Each student's marks, sorting and exercise progress are saved under `work/<student>/`;
  collect those folders and run `python -m toolkit gradebook FOLDER` (see docs/instructor-guide.md).
""", instructor=True),
    ]
    return _finish(notebooks.notebook(cells, toolkit={**GENERATED, "article": slug, "kind": "lesson"}), slug)


def review_notebook(article: Article, *, exercise_id: str):
    """The instructor's notebook for reviewing both answer keys (`seeds/<slug>/keys/review.ipynb`)."""
    slug = article.slug
    cells = [
        notebooks.markdown(f"""
# Review the answer keys: {article.title or slug}

The toolkit drafted both answer keys of this article. A draft is a starting point: the toolkit is
wrong on some sentences, and the exercise takes its answers from these keys, so check every entry.

1. **Span key** (`spans.json`): the marks the annotation tool compares students' marks with, and the
   loaded words of the exercise. Accept each drafted mark, fix its label, delete it, or add what is
   missing; then press **Save as reviewed**.
2. **Sentence key** (`sentences.json`): the label of every sentence and the source of every attributed
   claim. Fix what is wrong, tick what is right, write the note students see; then **Save as reviewed**.
3. Then, in a terminal in the project folder:

       python -m toolkit build-exercises
       python -m toolkit validate seeds/{slug}

Every change is saved at once. This notebook is instructor material: it lives beside the keys, and the
student build leaves the whole `keys/` folder out.
""", instructor=True),
        notebooks.code("""
import toolkit

article = toolkit.load_article("..")
print(article.title, "-", len(article.sentences), "sentences")
""", instructor=True),
        notebooks.markdown("""
## 1. The span key

Select words to add a mark; click a mark to accept it, relabel it, add a note or delete it.
""", instructor=True),
        notebooks.code("""
from toolkit.widgets.annotate import review_key

review_key(article)
""", instructor=True),
        notebooks.markdown("""
## 2. The sentence key

Show only the sentences not checked yet with **Show**; the note under each is what students read after
they check that sentence.
""", instructor=True),
        notebooks.code("""
from toolkit.widgets.review_sentence_key import review_sentence_key

review_sentence_key(article)
""", instructor=True),
        notebooks.markdown(f"""
## 3. Is it ready?

Run this cell after saving both keys: it lists anything still in the way (nothing means ready). Then build
the exercise (`python -m toolkit build-exercises`) and validate the lesson
(`python -m toolkit validate seeds/{slug}`).
""", instructor=True),
        notebooks.code("""
from toolkit.authoring.validate import validate_seed

problems = validate_seed(article.path.parent)
print("\\n".join(str(problem) for problem in problems) or "Both keys are reviewed and fit the article.")
""", instructor=True),
    ]
    return _finish(notebooks.notebook(cells, toolkit={**GENERATED, "article": slug, "kind": "key-review",
                                                      "exercise": exercise_id}), f"{slug}-review")


def exercise_notebook(spec: dict[str, Any], root: Path):
    """The exercise notebook, built by the project's own builder (exercises/source/build_notebooks.py).

    Using the same builder keeps generated exercises in the shape of the built-in ones, and
    rebuilding all exercise notebooks later gives the same file.
    """
    builder = notebook_builder(root)
    defaults = spec.get("defaults") or {}
    questions = [{"id": q["id"], "title": q.get("title", ""), "type": q["type"],
                  "points": q.get("points", defaults.get("points", 1))} for q in spec["questions"]]
    return builder.build({"id": spec["id"], "title": spec["title"], "intro": spec.get("intro", ""),
                          "mode": spec.get("mode", "practice"), "questions": questions})


def notebook_builder(root: Path):
    """The project's exercise-notebook builder module, loaded from its file."""
    path = Path(root) / "exercises" / "source" / "build_notebooks.py"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the exercise notebook builder is missing (it comes with the toolkit)")
    spec = importlib.util.spec_from_file_location("toolkit_build_notebooks", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _finish(nb, prefix: str):
    """Stable cell ids, so generating the same lesson twice gives the same file."""
    import re

    stem = re.sub(r"[^A-Za-z0-9-]+", "-", prefix)[:40] or "lesson"
    for number, cell in enumerate(nb.cells, start=1):
        cell["id"] = f"{stem}-{number:02d}"
    return nb
