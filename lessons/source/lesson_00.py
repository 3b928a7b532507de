"""Lesson 0, welcome: how a notebook works, where work is saved, and the parts of a news page.

Built into lessons/00-welcome.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(0, "Welcome", minutes=20, timing="reading 5, activity 10, challenge 5",
           intro="Reading the news with a notebook.",
           questions=[
               "How do I use this notebook?",
               "Where is my work saved, and how do I get it back?",
               "What will the toolkit show me about a news article?",
           ],
           objectives=[
               "Run one cell, and run the whole notebook.",
               "Use the buttons of a tool in the notebook and read what it tells you.",
               "Say where your work is saved and how to get it back after a restart.",
               "Name the parts of a web news page: headline, paragraphs, list of links, photo caption, "
               "credit line.",
           ]),
    instructor("""
Before class, open the lessons once (`./run lessons`, or your JupyterHub) and run this notebook from the
top with **Run → Run All Cells** to check that the tools appear. Each student's work is saved under their
name: JupyterHub sets it; on a shared computer set `TOOLKIT_STUDENT=<name>` before starting Jupyter, or
every student's work lands in the same folder (`student`). The work folder is `work/<name>/` in the
project (or `TOOLKIT_WORK_DIR`): collect these folders to see the class's work. Students need no code
knowledge: every grey cell says what running it does. The guide to the whole sequence, with timings and
answers, is `docs/lesson-guide.md`.
""", title="before the first lesson"),
    md("""
## Reading: how a notebook works

A notebook is a page made of **cells**. Most cells are text, like this one. Grey cells hold a few lines
of code that tell the toolkit what to show: you do not need to understand the code.

- **Run one cell:** click it, then press **Shift + Enter** (or the ▶ button at the top). What the cell
  makes appears under it, and a number appears in the brackets on its left.
- **Run the whole page:** choose **Run → Run All Cells** in the menu.
- **If something looks stuck:** choose **Kernel → Restart Kernel and Run All Cells**. Nothing you saved
  is lost.

Try it now: run the next cell. It loads the toolkit and today's article, and prints the article's
headline.
"""),
    code("""
# Run this cell (Shift + Enter) to load the toolkit and the sample article.
import toolkit

article = toolkit.sample_article()
print(article.title)
"""),
    md("""
If a headline about Turkey appeared under the cell, it worked. This article is the one the lessons use:
a real news story, as a website republished it.
"""),
    md("""
### Where your work is saved

Everything you do in the tools (marks, choices, answers) is **saved the moment you do it**, in a folder
with your name. You never press a Save button, and closing the notebook loses nothing: run the cells
again and your work comes back. Run the next cell to see your name in the toolkit and your folder.
"""),
    code("""
# Run this cell to see your name in the toolkit and where your work is saved.
from toolkit.storage.store import current_student, student_dir

print("Your name in the toolkit:", current_student())
print("Your work is saved in:", student_dir())
"""),
    md("""
If your name is `student`, tell your teacher: everyone's work would be saved in the same folder.
"""),
    md("""
### What the toolkit will show you

Each lesson asks one question of the same article, and gives you a tool to answer it.

| lesson | the question | the tool |
| --- | --- | --- |
| [Lesson 1: First read](01-first-read.ipynb) | What do I notice when I read slowly? | a marking tool: select words and label them |
| [Lesson 2: Who is speaking?](02-who-is-speaking.ipynb) | Who wrote each part of the page? | the parts of the page, and whose voice each sentence is in |
| [Lesson 3: How hard is this article to read?](03-readability.ipynb) | What do readability scores measure? | the readability explorer |
| [Lesson 4: Loaded language](04-loaded-language.ipynb) | Which words try to make me feel something? | the loaded-language highlighter |
| [Lesson 5: Fact, claim or opinion?](05-fact-or-opinion.ipynb) | Who is speaking in each sentence? | sorting the sentences |
| [Lesson 6: Putting it together](06-putting-it-together.ipynb) | Can I do all of it on a story I have not seen? | the report, and a new article |

The toolkit always says **why** it shows something, and it can be wrong: arguing with it is part of
every lesson.
"""),
    md("""
## Activity: the parts of a news page

A web page with a news story on it holds more than the story. Run the next cell: it shows the article
cut into **blocks**, each with its kind. Then use the buttons to show one kind of block at a time.

1. How many items does the **list** of links have?
2. Under the **caption** (the text under a photo): who made the photo?
3. Find the **credit** line. What does it tell you?
4. Which parts do you think the reporter wrote? Which were added by the website that republished the
   story?
"""),
    code("""
# Run this cell to show the parts of the article.
from toolkit.widgets.article_anatomy import article_anatomy

article_anatomy(article)
"""),
    instructor("""
The page has a title, two paragraphs of the republishing site's framing, a line introducing a list of
eight headlines from other sites, a photo caption with an agency credit, the reported story (eight
paragraphs), a credit line naming the original outlet, and one line of site text. Do not settle who wrote
what yet: lesson 2 is about exactly that. Collect the students' guesses for question 4 and come back to
them then.
""", title="the parts"),
    *challenge("02-sources-and-framing", "q8", """
Use what you found with the parts tool above.
"""),
    md("""
Now run the cell below: it lists the files saved under your name. If you pressed **Check** above, your
answer is already there, in the `progress` folder.
"""),
    code("""
# Run this cell to list the files saved under your name so far.
folder = student_dir()
files = sorted(folder.rglob("*.json")) if folder.exists() else []
for path in files:
    print(path.relative_to(folder))
print(len(files), "file(s) saved in", folder)
"""),
    key_points([
        "A notebook runs one cell at a time (**Shift + Enter**); **Run → Run All Cells** runs the whole page.",
        "Your work is saved as you go, in a folder with your name; run the cells again to get it back.",
        "A news page mixes the story with headlines, lists of links, captions, credit lines and site text.",
        "Every lesson asks of each part: *who is speaking here, and how do they know?*",
    ]),
]

LESSON = Lesson(0, "welcome", "Welcome", 20,
                "run cells, take the sample page apart into its blocks with the parts tool, see where their "
                "work is saved", tuple(CELLS))
