"""Lesson 3, readability: what the formulas count, where they mislead, framing against body.

Built into lessons/03-readability.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, instructor_code, key_points, md

CELLS = [
    header(3, "How hard is this article to read?", minutes=40,
           timing="reading 15, activity 15, challenge and discussion 10",
           questions=[
               "What do readability formulas actually measure?",
               "Why do different formulas give the same text different grades?",
               "Why can the layout of a web page change its score?",
           ],
           objectives=[
               "Read a readability score as a school grade, and say what the formula counted to get it.",
               "Compare the readability of the framing at the top of the sample article with the reported "
               "story below it.",
               "Spot three ways a score misleads: headlines without full stops, too few words, one very long "
               "sentence.",
           ]),
    instructor("""
Prerequisite: lesson 2 (who is speaking in each part of the page). The point of the lesson is not the
numbers themselves but *who is writing each part*: the republisher's framing reads much harder than the
wire story below it, mostly because its sentences are very long. Stress early that a grade is not a
verdict on quality or truth; a harder text is not a better-informed one. If time is short, skip the
formula table and go straight from the reading to the activity.
"""),
    md("""
## Reading: what the formulas count

A readability formula does not read. It **counts**: how many words there are in each sentence, and how
long the words are (in syllables or in letters). Some formulas also check words against a list of about
3,000 words most ten-year-olds know. Then a bit of arithmetic turns the counts into a number, usually a
US school grade: grade 8 means "a 13- to 14-year-old should manage it".

The best known is the Flesch-Kincaid grade:

> 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59

Long sentences and long words push the grade up. Nothing in it checks whether the text makes sense,
is true, or is fair. Run the next cell to measure the sample article.
"""),
    code("""
# Run this cell to measure the sample article and print its grade, read as a school year.
import toolkit
from toolkit.readability import interpret, measure

article = toolkit.sample_article()
readability = measure(article)

grade = readability.whole["flesch_kincaid_grade"]
print(interpret("flesch_kincaid_grade", grade).summary)
"""),
    md("""
### Where the numbers mislead

That number comes from the **whole page**, the way the popular `textstat` library reads it. But a web
page is not one piece of prose: this one has a title, a list of eight headlines from other websites, a
photo caption and a credit line. `textstat` finds sentences by looking for full stops, question marks
and exclamation marks, and the headlines have none. So it glues them onto their neighbours and counts
the whole page as about 20 very long sentences. The toolkit finds each sentence itself and can
measure just the **prose** (the paragraphs), or one **part** of it. Run the next cell to compare.
"""),
    code("""
# Run this cell to compare how many sentences textstat and the toolkit find.
print("textstat's sentences on the whole page:", readability.whole["sentences"])
print("the toolkit's sentences in the paragraphs:", readability.prose["sentences"])
print()
for warning in readability.warnings[:2]:
    print("-", warning)
"""),
    md("""
Different formulas count different things, so they disagree. Run the next cell for a table that says
what each one counts, who made it and for whom, and where it misleads.
"""),
    code("""
# Run this cell to show the table of formulas.
from IPython.display import HTML
from toolkit.widgets.readability_explorer import formula_table_html

HTML(formula_table_html())
"""),
    md("""
## Activity: explore the article

The explorer below shows one formula for one part of the article, the counts it used, and the article
with the part's hardest sentences highlighted (each one is labelled with its rank and grade).

1. Choose **the framing**, then **the body**. Write down the Flesch-Kincaid grade of each. Which part is
   harder to read, and by how much?
2. Look at the table of counts for each part. Is the difference in the sentences, in the words, or both?
3. Switch the formula to **Dale-Chall score**. Does the framing still look harder? Read what Dale-Chall
   counts, and explain the change.
4. Choose **the whole page (as textstat sees it)**. Compare its number of sentences with what you can
   see on the page.
"""),
    code("""
# Run this cell to open the readability explorer.
from toolkit.widgets.readability_explorer import readability_explorer

readability_explorer(article, view="part:framing")
"""),
    instructor("""
Expected findings: the framing scores around grade 20 on Flesch-Kincaid and the body around grade 13,
because the framing's two sentences average nearly 40 words each against about 24 in the body.
Dale-Chall rates the body slightly *harder*: names such as Erdogan, Kasapoglu, Sochi and TASS are not on
its familiar-word list. The hardest prose sentences are the long sentence about Russian-Turkish relations
in the body and the two framing sentences. Ask: which part would a reader skim? Which part tells you who
said what?
"""),
    md("""
### The picture: every formula, part by part

The figure puts the formulas side by side for the framing, the body and the whole page. Longer bars
mean harder text, except in the small "reading ease" chart, where longer means easier. Run the cell to
draw it.
"""),
    code("""
# Run this cell to draw the figure.
from toolkit.readability.figure import readability_figure

readability_figure(readability)
"""),
    instructor("""
To print the figure for a handout, run the next cell: it saves a PNG and a text file with its description
(alt text) in your work folder, and prints where.
"""),
    instructor_code("""
from toolkit.readability.figure import save_readability_png
from toolkit.storage.store import student_dir

saved = save_readability_png(readability, student_dir() / "handouts" / "readability.png")
print("saved", saved.png, "and its alt text in", saved.alt_text_file.name)
"""),
    *challenge("03-readability", "q4", """
The framing scores several grades harder than the body on Flesch-Kincaid. Which explanation fits what
the formula counts? Use the explorer and the formula above to decide.
"""),
    instructor("""
The answer is the sentence length: most of the difference comes from the words per sentence, very little
from the word length (tests/test_exercise_content.py checks this against the counts). Follow up: if the
republisher split each framing sentence in two, the grade would drop by several grades without a single
word changing, so a low grade does not make a text fair or true. A good extension question: which part
of the page should you measure to judge the reported story? (The body, on its own.) The rest of exercise 3
practises reading the explorer's numbers.
"""),
    key_points([
        "Readability formulas count the length of sentences and words (and sometimes familiar words); they "
        "do not read for meaning, truth or fairness.",
        "Formulas disagree because they count different things and were fitted on different readers: compare "
        "parts with the same formula, not one formula with another.",
        "Measure the right part: headlines, lists and captions have no full stops, so a tool that reads the "
        "whole page runs them into its sentences.",
        "Scores of short parts (under 100 words) or of one very long sentence are rough.",
        "In the sample article, the republisher's framing is much harder to read than the reported story, "
        "mainly because of its very long sentences.",
    ]),
]

LESSON = Lesson(3, "readability", "How hard is this article to read?", 40,
                "measure the framing and the body with the readability explorer, see where the formulas "
                "mislead, read a figure of every formula", tuple(CELLS))
