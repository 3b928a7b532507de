"""The Markdown source `new-lesson` writes for a new article (`lessons/source/<slug>.md`).

The same kind of file as the built-in lessons, built by the same builder
(`toolkit.notebooks.markdown_lessons`), so a generated lesson has the one anatomy and a teacher
edits it the same way. What it promises is what it holds: an objective appears only with the
activity that practises it (no rewrite objective without a paragraph to rewrite), and the
exercise's intro is written from the questions the exercise really has (`exercise_intro`).

Everything taken from the article or its metadata (title, outlet, credit) is untrusted: it is
flattened to one line and Markdown-escaped before it goes into the source.
"""

from __future__ import annotations

import math
from typing import Any

from toolkit.article.model import Article
from toolkit.notebooks.markdown_lessons import escape_markdown
from toolkit.render.markdown_text import markdown_url

#: Reading speed used for the lesson's time plan, in words per minute (a careful, slow first read).
READING_WORDS_PER_MINUTE = 150
#: Minutes of each part after the reading, in teaching order (the time in the header is their sum).
PART_MINUTES = {"marking up": 15, "loaded language": 10, "who is speaking": 15, "readability": 5}
REWRITE_MINUTES = 10
CHALLENGE_MINUTES = 10

#: What each kind of drafted question asks students to do, for the exercise's intro.
QUESTION_PROMISES = {
    "find_spans": "find the loaded words",
    "label_sentences": "sort sentences into fact, claim and opinion",
    "short_text": "find where the story comes from",
    "numeric": "work out how hard it is to read",
    "rewrite": "rewrite a loaded paragraph neutrally",
}


def reading_minutes(article: Article) -> int:
    words = article.word_count()
    return max(5, math.ceil(words / READING_WORDS_PER_MINUTE))


def exercise_intro(title: str, question_types: list[str]) -> str:
    """The exercise's intro, naming exactly what its questions ask (in their order), nothing more."""
    promises = list(dict.fromkeys(QUESTION_PROMISES[kind] for kind in question_types if kind in QUESTION_PROMISES))
    if len(promises) > 1:
        tasks = ", ".join(promises[:-1]) + " and " + promises[-1]
    else:
        tasks = promises[0] if promises else "answer questions about it"
    return (f"Practise on \u201c{title}\u201d: {tasks}. Each question says how many attempts it allows.")


def origin_of(metadata: dict[str, Any]) -> str:
    """Where an article comes from, in an escaped phrase for instructor notes."""
    parts = []
    if metadata.get("outlet"):
        parts.append(f"first published by {escape_markdown(metadata['outlet'])}")
    if metadata.get("credit"):
        parts.append(f"credit line \u201c{escape_markdown(metadata['credit'])}\u201d")
    if metadata.get("date"):
        parts.append(f"dated {escape_markdown(metadata['date'])}")
    if metadata.get("author"):
        parts.append(f"by {escape_markdown(metadata['author'])}")
    if metadata.get("url"):
        parts.append(markdown_url(metadata["url"]))
    return "; ".join(parts)


def _front_matter(data: dict[str, Any]) -> str:
    import yaml

    return "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def lesson_source(article: Article, draft: Any, *, title: str, drafted: str, generated: dict[str, str]) -> str:
    """The lesson's Markdown source for `article`, whose exercise is `draft` (a `templates.ExerciseDraft`)."""
    slug = article.slug
    exercise_id = draft.spec["id"]
    types = [q.spec["type"] for q in draft.questions]
    rewrite = "rewrite" in types
    origin = origin_of(article.metadata) or "no origin recorded: add the outlet and credit to metadata.yaml"
    has_paragraphs = any(b.kind == "paragraph" for b in article.blocks)
    passage = '"paragraph"' if has_paragraphs else "None"
    timing = {"reading": reading_minutes(article), **PART_MINUTES}
    if rewrite:
        timing["rewrite"] = REWRITE_MINUTES
    timing["challenge"] = CHALLENGE_MINUTES
    questions_list = "; ".join(f"{qid} {escape_markdown(qtitle)}" for qid, qtitle in draft.question_titles())
    objectives = [
        "Find who first published the story and who is quoted in it.",
        "Mark loaded words, opinions, attributed claims and their sources in a news story you have not seen before.",
        "Sort sentences into reported fact, attributed claim and opinion, and argue with the toolkit's reasons.",
    ]
    if rewrite:
        objectives.append("Rewrite a loaded passage in neutral words, keeping every fact.")
    front = {
        "title": title,
        "heading": f"Who is speaking? \u201c{escape_markdown(title)}\u201d",
        "timing": timing,
        "exercise": exercise_id,
        "article": slug,
        "metadata": {**generated, "article": slug, "kind": "lesson"},
        "questions": [
            "Where does this story come from, and who is speaking in each part of it?",
            "Which words tell me how to feel, not only what happened?",
            "Which sentences are facts I could check, which are someone else's claims, and which are opinion?",
        ],
        "objectives": objectives,
        "key_points": [
            "Ask of every page: **who is speaking, and how do they know?** The credit line says whose reporting it is.",
            "Loaded words report and judge at once; notice where on the page they cluster.",
            "*Fact* means stated as checkable in the writer's own voice; *attributed* means someone else's words; "
            "*opinion* is the writer's own judgment or guess.",
            "A tool can point at the words; deciding, and arguing for your decision, is your job.",
        ],
    }
    rewrite_activity = """
::::{activity} a neutral rewrite
The paragraph below is the one with the most loaded words for its length. Write the same facts in neutral
words: keep every name, number and quotation, and lose the words that tell you how to feel. Press
**Check my rewrite**: the toolkit counts the loaded words left and the facts you kept.

```python
# Run this cell to rewrite the most loaded paragraph in neutral words.
from toolkit.widgets.rewrite_activity import rewrite_activity

rewrite_activity(article)
```
::::
""" if rewrite else ""
    body = f"""
:::{{instructor}} before class
This lesson was generated by `python -m toolkit new-lesson` for `seeds/{slug}/` ({origin}). Its source is
`lessons/source/{slug}.md`: edit it like any lesson, then run `python -m toolkit build`. The toolkit
**drafted** its answer keys ({escape_markdown(drafted)}): review them before students use them. Open
`seeds/{slug}/keys/review.ipynb` (both keys, in the annotation and sorting tools), save each key as
reviewed, then run `python -m toolkit build` and `python -m toolkit validate seeds/{slug}`. Until the keys
are reviewed, the exercise build refuses the questions that take their answers from them, and the
challenge cell below cannot find the exercise.
:::

## Reading: read it first

Run the grey cells from top to bottom: click a cell and press **Shift + Enter**, or use
**Run → Run All Cells**. Your marks and answers are **saved as you make them**, in files with your
name, so you can close this notebook and come back.

```python
# Run this cell to load the article.
import toolkit

article = toolkit.load_article("../seeds/{slug}")
print(article.title)
```

Read the whole page once before you mark anything. The view below names each part of the page: the
headline, the paragraphs, and any list, photo caption, credit line or website text. Press a button to see
only the parts of one kind.

While you read, ask:

1. Who published this page, and did they write all of it? Look for a **credit line** near the end.
2. Who is quoted or named as a source? How did their words reach the writer?
3. Where does the tone change? How do you feel at the top, and further down?

```python
# Run this cell to show the parts of the page.
from toolkit.widgets.article_anatomy import article_anatomy

article_anatomy(article)
```

::::{{activity}} mark it up
Mark the article by instinct with five labels: **Loaded language** (a word chosen to make you feel),
**Opinion** (the writer's own judgment or guess), **Reported fact** (something you could check),
**Attributed claim** (credited to someone) and **Source** (who it is credited to).

- **With the mouse:** select some words, then click a label. Click a mark to change it, add a note
  saying *why*, or delete it. **Undo** takes back your last change.
- **With the keyboard:** press Tab until the article has a blue outline, move with the arrow keys,
  hold **Shift** to select, and press a label's number.

Try to leave at least five marks, and give two of them a note.

```python
# Run this cell to open the article in the marking tool.
from toolkit.widgets.annotate import annotate

marks = annotate(article)
marks
```

Count your marks: how many of each label did you use, and in which parts of the page?

```python
# Run this cell to count your marks.
print(marks.summary())
```
::::

::::{{activity}} loaded language
The toolkit marks every loaded word it finds, coloured and named by kind, with why it is loaded and what a
neutral writer might say instead. Compare it with your own **Loaded language** marks.

**Discuss with a partner:** Which loaded word did the toolkit find that you missed? Which one do you think is
*not* loaded here, and why? Are the loaded words the writer's own, or inside someone's quotation?

```python
# Run this cell to highlight the loaded words.
from toolkit.loaded.course_lexicon import lesson_lexicon
from toolkit.widgets.loaded_highlighter import loaded_highlighter

loaded_highlighter(article, lexicon=lesson_lexicon(article))
```
::::

::::{{activity}} who is speaking?
Sort the sentences of the story's paragraphs: **Fact** (the writer states something you could check),
**Attributed** (the words or claim belong to someone else: type who) or **Opinion** (the writer's own
judgment, guess or framing). Your choices are saved as you make them. Press **Check** when you are done.

```python
# Run this cell to sort the sentences.
from toolkit.widgets.sorting_activity import sorting_activity

sorting_activity(article, {passage})
```

After you have sorted: here is how the toolkit reads every sentence, and the reasons it found. Where it
disagrees with you, who has the better argument?

```python
# Run this cell to see whose voice each sentence is in.
from toolkit.widgets.who_is_speaking import who_is_speaking

who_is_speaking(article)
```
::::

::::{{activity}} how hard is it to read?
Choose a readability formula and a part of the article. Which sentences make it hard to read: long ones,
or ones full of long words? Who do you think the page is written for?

```python
# Run this cell to open the readability explorer.
from toolkit.widgets.readability_explorer import readability_explorer

readability_explorer(article)
```
::::
{rewrite_activity}
:::{{instructor}} notes
- **Answer keys.** `seeds/{slug}/keys/spans.json` (marks) and `sentences.json` (labels and sources), drafted by
  the toolkit. Review both in `seeds/{slug}/keys/review.ipynb` before class: the toolkit is wrong on some
  sentences, and the exercise takes its answers from these keys. The sorting tool checks against the
  sentence key as it is, draft or not.
- **The exercise.** `exercises/source/{exercise_id}.yaml` holds the questions and answers in plain text
  ({questions_list}). Edit it, then run `python -m toolkit build`; see docs/exercises.md.
- **Your own words.** Terms for the loaded-language highlighter go in `seeds/{slug}/lexicon.txt` (this
  article) or `lexicon.txt` in the project folder (every lesson): one line each,
  `term | category | strength | why | alternatives; separated; by semicolons`.
- **Collecting work.** Each student's marks, sorting, written answers and exercise progress are saved under
  `work/<student>/`; collect those folders and run `python -m toolkit gradebook FOLDER`
  (see docs/instructor-guide.md).
:::

:::{{challenge}} {draft.challenge}
This question is about the article you have just read.
:::
"""
    return _front_matter(front) + body
