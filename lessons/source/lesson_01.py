"""Lesson 1, first read: read the sample article slowly and mark it up by instinct.

Built into lessons/01-first-read.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(1, "First read", minutes=40, timing="reading 5, marking 15, talking 10, checking and challenge 10",
           questions=[
               "What do I notice when I read a news story slowly, with a pen in my hand?",
               "Which parts of a story do I trust, and which feel off? Why?",
           ],
           objectives=[
               "Mark passages of a news article with a label: loaded language, opinion, reported fact, "
               "attributed claim, source.",
               "Say in one sentence why you marked a passage.",
               "Compare your marks with a teacher's answer key, and use the feedback to look again.",
           ]),
    instructor("""
This is a *first* read: students mark by instinct before any lesson on labels. Do not correct them yet;
the discussion and the check do that. The contrast to draw out is between the republisher's framing
(paragraphs 1 and 2, the headline list) and the reported body (paragraphs 3 to 10). Stronger groups can
run `marks.check()` to score every label, not only loaded language. The answer key is
`seeds/turkey-s400/keys/spans.json` (status *reviewed*): 15 loaded, 6 opinion, 6 fact, 7 attributed and
9 source spans, each with a note saying why. Open it in the same tool to review or change it:
`from toolkit.widgets.annotate import review_key; review_key(article)`.
""", title="overview"),
    md("""
## Reading: read it first

Run the grey cells from top to bottom: click a cell and press **Shift + Enter**, or use
**Run → Run All Cells**. Your marks are **saved as you make them**, in a file with your name.
If you close this notebook or restart it, run the cells again: your marks come back.

In the next step you will see a news story about Turkey buying a Russian air-defence
system, as it appeared on a website that republished it. **Read the whole page once before
you mark anything** (about 5 minutes). Notice how you feel as you read, and where that feeling
changes.

Then mark it up by instinct. There are no wrong answers yet. These are the labels:

| label | what it means | an example (not from this article) |
| --- | --- | --- |
| **L** Loaded language | a word or phrase chosen to make you *feel* before you think | "the mayor's *reckless gamble*" |
| **O** Opinion | the writer's own judgment, guess or prediction | "This plan will never work." |
| **F** Reported fact | something the writer states that you could check | "The council voted 7 to 2 on Monday." |
| **A** Attributed claim | something credited to someone else: *said*, *according to* | "The plan is too costly, the treasurer said." |
| **S** Source | who is being cited: a person, a group, a document | "the treasurer", "the city's annual report" |

A passage can have more than one label: a quote can be an attributed claim *and* contain
loaded language.
"""),
    code("""
# Run this cell to load the article and the marking tool.
import toolkit
from toolkit.widgets.annotate import annotate

article = toolkit.sample_article()
print(article.title)
"""),
    md("""
## Activity: mark it up

- **With the mouse:** select some words, then click a label (or press its number key). Your
  selection grows to whole words. Click a mark, or its letter, to change the label, add a
  note saying *why*, or delete it. **Undo** takes back your last change.
- **With the keyboard:** press Tab until the article text has a blue outline, then use the
  arrow keys to move word by word, **Shift + arrows** to select more, and a label's number to
  mark it. Open *How to mark* in the tool for all the keys.

Try to leave at least five marks in 15 minutes, and give two of them a note.
"""),
    code("""
# Run this cell to open the article in the marking tool.
marks = annotate(article)
marks
"""),
    instructor("""
If the tool shows a line of text instead of the article (an old notebook app without custom-widget
support), use `annotate(article, fallback=True)`, or set `TOOLKIT_ANNOTATOR=sentences` for the class:
students label whole sentences with buttons, saved to the same file. Each student's marks are in
`work/<student>/annotations/turkey-s400.json` (or under `TOOLKIT_WORK_DIR`); the student name comes from
`TOOLKIT_STUDENT` or JupyterHub. A save file from an edited article, or a damaged one, is renamed aside
(never overwritten) and the tool says so.
""", title="if the tool does not appear"),
    md("""
### What do you trust? What feels off?

Talk with a partner for 10 minutes, then write your answers in the cell below.

1. Which part of the page has the most **L** marks? Who do you think wrote that part?
   (Compare the two paragraphs at the top with the story under the photo.)
2. Find a sentence you trusted. What made you trust it: a name, a number, a quote?
3. Find a claim you could not check. Who would you need to ask?
4. Who is speaking in the very last sentence of the story, before the credit line?
"""),
    md("""
*Your answers (double-click here to write):*

1.
2.
3.
4.
"""),
    md("""
Count your marks: run the cell below to see how many of each label you used.
"""),
    code("""
# Run this cell to count your marks.
print(marks.summary())
"""),
    md("""
### Check your loaded-language marks

Your teacher has an answer key for this article. The next cell compares your **L** marks
with it and tells you:

- **found**: how many of the key's loaded phrases you marked;
- **in the key**: how many of your marks the key also has;
- where you **missed** some, by paragraph, without giving the answer away, and where to look next.

A mark counts when it covers at least half of a phrase in the key (or the key's phrase
covers half of yours), so "an enemy" and "enemy" both count.
"""),
    code("""
# Run this cell to compare your loaded-language marks with the answer key.
marks.check("loaded")
"""),
    md("""
Look again at the places the feedback names, add or change marks in the tool above, and run
the check again. You do not have to match the key: a mark you can explain is a good mark.
Bring one mark that is *not* in the key to the class discussion and argue for it.

<details>
<summary>After you have tried: where the loaded language is</summary>

Most of the loaded phrases are in the two paragraphs at the top and in the list of
headlines: words that call an ally an *enemy*, that turn a dispute into *hostages*, that
make a purchase sound like desertion or a march to war. The reported story under the photo
has very few: its strongest phrase is the writer's own picture of tensions at a "fever
pitch". The top of the page was written by the website that republished the story; the
body was written by the original reporter, who credits each claim to a source.
</details>
"""),
    *challenge("01-annotation", "q4", """
Go back to question 4 of the discussion. The last paragraph of the story starts with a quotation, and
then the writer adds a sentence of their own. Mark that sentence as **Opinion** in the passage below.
"""),
    instructor("""
After collecting the students' `work/` folders into one folder, look at where the class agrees:

```python
from toolkit.annotation.spans import collect_annotations
from toolkit.annotation.agreement import class_agreement
from toolkit.render.agreement_map import disagreement_map

collected = collect_annotations("collected-work", article)   # collected.problems lists broken files
agreement = class_agreement(collected.spans, article)
print(agreement.overall.why)
disagreement_map(agreement, article, by="sentence")           # or by="word"
```

Low agreement on *opinion* versus *attributed* is normal at this stage and a good way into lesson 2: show
the sentences the class disagreed on most and ask who is speaking.
""", title="class agreement"),
    key_points([
        "Reading slowly and marking what you notice is the first step of reading critically.",
        "Loaded words make you feel before you think; notice *where* they cluster on a page.",
        "A claim is only as good as its source: ask *who is speaking, and how do they know?*",
        "Your marks are saved as you go, in your own file; the check names places, not answers.",
    ]),
]

LESSON = Lesson(1, "first-read", "First read", 40,
                "read the sample article slowly and mark it up by instinct in the annotation tool; talk about "
                "what they trust; check their loaded-language marks against the key", tuple(CELLS))
