"""The exercise notebooks exercises/<id>.ipynb, built from the built specs (`python -m toolkit build` runs it).

Every notebook has the same shape: what the exercise practises and how checking works, an
instructor note (tagged, left out of the student build), one cell that opens the exercise,
the article (or the tool the questions need), one cell per question, the score board and the
hand-in button (pressing it hands in; running the cell does not). The questions' titles come
from the built spec, so a notebook never holds an answer; the cells only call `Exercise`. Notebooks are written by `toolkit.notebooks.builder` (clean,
stable cell ids), so rebuilding gives the same files (tests/test_exercise_content.py checks
they are in step).
"""

from __future__ import annotations

import json
from pathlib import Path

from toolkit.notebooks import builder as notebooks
from toolkit.notebooks.run_again import RUN_AGAIN
from toolkit.render.markdown_text import markdown_text

BUILT_SUFFIX = ".exercise.json"

HOW_IT_WORKS = """\
**How it works.** Run the cells from the top (menu **Run → Run All Cells**). Each question shows its
answer boxes and two buttons:

- **Check** tells you at once what is right, what is not yet, and why. A question allows a few
  attempts (it says how many); checking an empty answer, or the same answer twice, does not use one.
- **Hint** shows one hint at a time. Some hints cost a little of the question's points: the button
  says so before you press it.

When you get a question right, or use up its attempts, its explanation appears. Your work is saved
every time you press a button, so you can close the notebook, restart it, and carry on where you
left off."""

HOW_IT_WORKS_ASSESSMENT = """\
**How it works.** This exercise is marked by your teacher, not at once. Run the cells from the top
(menu **Run → Run All Cells**). Answer each question and press **Save answer**: you can change an answer
and save it again as often as you like. There are no hints, and nothing says whether an answer is
right. When you have finished, press **Hand in my work** at the end. Your answers are saved every time
you press a button, so you can close the notebook, restart it, and carry on where you left off."""

#: What each exercise shows before its questions: (markdown, code) pairs.
LEAD_IN = {
    "01-annotation": [
        ("The article, with the name of each part. Each question also shows the passage it is about.",
         "ex.show_article()"),
    ],
    "02-sources-and-framing": [
        ("The article, with the name of each part. Look for who is speaking in each one.",
         "ex.show_article()"),
    ],
    "03-readability": [
        ("The readability explorer from lesson 3: choose a formula and a part of the article, and read the "
         "score, the counts it used and the hardest sentences.",
         "from toolkit.widgets.readability_explorer import readability_explorer\n\n"
         "readability_explorer(ex.article)"),
    ],
    "04-loaded-language": [
        ("The article, with the name of each part. Questions 2 and 6 show their own passage.",
         "ex.show_article()"),
    ],
    "05-fact-or-opinion": [
        ("The article, with the name of each part. The questions show each sentence to label.",
         "ex.show_article()"),
    ],
    "06-putting-it-together": [
        ("The story from lesson 6 (not the sample article), with the name of each part. Read it all "
         "before you answer.", "ex.show_article()"),
    ],
}

#: The lead-in of an exercise not listed above (those written by `python -m toolkit new-lesson`).
DEFAULT_LEAD_IN = [
    ("The article, with the name of each part. Questions about a passage show it again.", "ex.show_article()"),
]

#: A line under a question's heading saying how to answer, by question type.
HOW_TO_ANSWER = {
    "choice": "Choose your answer, then press **Check**.",
    "label_sentences": "Choose a label for every sentence, then press **Check**.",
    "find_spans": ("Select words in the passage with the mouse (or move with the arrow keys and hold Shift), "
                   "press the label, then press **Check**. Click a mark to change or delete it."),
    "numeric": "Type a number, then press **Check**.",
    "short_text": "Type your answer, then press **Check**. Capital letters and punctuation do not matter.",
    "rewrite": "Write your version in the box, then press **Check**. You may check several drafts.",
}


def built_specs(root: Path) -> list[dict]:
    """Every built spec of a project (exercises/*.exercise.json), in file-name order."""
    folder = Path(root) / "exercises"
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob(f"*{BUILT_SUFFIX}"))]


def instructor_note(spec: dict) -> str:
    """What a teacher needs beside the notebook (no answers: those stay in the source spec)."""
    points = sum(q["points"] for q in spec["questions"])
    return (f"**Instructor notes.** {len(spec['questions'])} questions, {points:g} points. The questions, "
            f"answers, hints and explanations are in `exercises/source/{spec['id']}.yaml` (keep that folder "
            "out of what students receive); edit it, then run `python -m toolkit build`. Rewording keeps "
            "students' progress; changing an answer or the points restarts that question. Each student's progress is saved in "
            f"`work/<student>/progress/{spec['id']}.json`, and the **Hand in my work** button (`ex.hand_in()`) "
            f"writes `work/<student>/submissions/{spec['id']}.json`. The sealed answers in the built spec deter "
            "casual peeking; they are not security (see docs/exercises.md).")


def build(spec: dict):
    exercise_id = spec["id"]
    assessment = spec.get("mode") == "assessment"
    how = HOW_IT_WORKS_ASSESSMENT if assessment else HOW_IT_WORKS
    cells = [
        notebooks.markdown(f"# {markdown_text(spec['title'])}\n\n{RUN_AGAIN}\n\n{markdown_text(spec.get('intro', ''))}"
                           f"\n\n{how}"),
        notebooks.markdown(instructor_note(spec), instructor=True),
        notebooks.markdown("Run this cell first: it opens the exercise and says whether earlier work was restored."),
        notebooks.code(f'from toolkit.exercises import Exercise\n\nex = Exercise("{exercise_id}")\nprint(ex.notice)'),
    ]
    for text, code in LEAD_IN.get(exercise_id, DEFAULT_LEAD_IN):
        cells += [notebooks.markdown(text), notebooks.code(code)]
    for number, question in enumerate(spec["questions"], start=1):
        title = f"## Question {number}" + (f": {markdown_text(question['title'])}" if question.get("title") else "")
        how_to = HOW_TO_ANSWER[question["type"]]
        if assessment:
            how_to = how_to.replace("**Check**", "**Save answer**").replace("check several drafts",
                                                                              "save several drafts")
        cells += [notebooks.markdown(f"{title}\n\n{how_to}"),
                  notebooks.code(f'ex.show("{question["id"]}")')]
    cells += [
        notebooks.markdown("## Your score\n\nPoints, attempts and hints for every question. It updates as you "
                           "work; run the cell again at any time."),
        notebooks.code("ex.scoreboard()"),
        notebooks.markdown("## Hand in\n\nRunning this cell only shows the button: nothing is handed in until "
                           "you press **Hand in my work**."),
        notebooks.code("ex.hand_in()"),
    ]
    notebook = notebooks.notebook(cells)
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"{exercise_id[:2]}-{number:02d}"  # stable ids: rebuilding gives the same file
    return notebook


def target(spec: dict, root: Path) -> Path:
    return Path(root) / "exercises" / f"{spec['id']}.ipynb"
