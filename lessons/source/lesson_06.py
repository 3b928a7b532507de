"""Lesson 6, putting it together: one report on the sample, then the same analysis on an unseen story.

Built into lessons/06-putting-it-together.ipynb by `python lessons/source/build.py`. The second
article is `seeds/riverside-water`, written for the project; its reviewed answer keys are in
`seeds/riverside-water/keys/`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(6, "Putting it together", minutes=50,
           timing="the report 10, a new story: first read and predictions 10, sorting 15, its report 5, "
                  "challenge and wrap-up 10",
           questions=[
               "What does the toolkit say about the whole sample article, part by part?",
               "Can I ask the same questions of a story I have never seen?",
               "Which questions should I ask of every news page?",
           ],
           objectives=[
               "Read a report that puts the parts of a page, their readability, their loaded language and "
               "their voices side by side, and explain it in your own words.",
               "Predict, then check, how a new article's parts differ.",
               "Sort the sentences of a new story into fact, attributed claim and opinion, naming the sources.",
               "Use five questions to read any news page critically.",
           ]),
    instructor("""
This lesson reviews lessons 1 to 5 and then tests them on a story the class has not seen: a council
raising water bills in a fictional town (`seeds/riverside-water`, written for the project), republished
with the same anatomy as the sample. Keep the second article hidden until the second half. Its reviewed
answer keys are `seeds/riverside-water/keys/sentences.json` and `spans.json` (open the span key in the
annotation tool with `review_key(river)`). Students' sorting is saved in
`work/<student>/sorting/riverside-water.json`. Exercise 6 is the full check, good as homework or an exit
ticket; its answers are in `exercises/source/06-putting-it-together.yaml`.
""", title="overview"),
    md("""
## Reading: five questions for every news page

Each lesson asked one question. Together they make a checklist you can use on any page:

1. **What are the parts of the page, and who is speaking in each?** (lessons 0 and 2)
2. **Where did the story first appear, and what would I check elsewhere?** (lesson 2)
3. **How hard is each part to read, and why?** (lesson 3)
4. **How loaded is each part?** (lesson 4)
5. **Which sentences are facts, which are claims credited to someone, and which are opinions? Who are the
   sources?** (lesson 5)

The toolkit can put its answers to questions 1, 3, 4 and 5 side by side in one report. Run the next cell
to see the report on the sample article.
"""),
    code("""
# Run this cell to load the sample article and show the toolkit's report on it, part by part.
import toolkit
from toolkit.widgets.article_report import article_report

article = toolkit.sample_article()
article_report(article)
"""),
    md("""
## Activity 1: explain the report

Read the table row by row, then the sentences under it. With a partner:

1. Which part of the page is the hardest to read? Which is the most loaded? Which is all the writer's
   own opinion? Is it the same part each time?
2. Which part names its sources? Which names none?
3. Write three sentences that explain this page to someone who has not seen it: what the framing does,
   what the reported story does, and what a careful reader should do.

*Your three sentences (double-click here to write):*

1.
2.
3.
"""),
    instructor("""
Expected: the framing is the hardest (long sentences), the most loaded and all opinion, and names no
source; the reported story names its sources and is mostly attributed; the headline list sits in
between. A strong summary: "Someone added angry paragraphs on top of a news story. The story itself
quotes named people. Read the story, find the original, and ignore the framing's feelings until it gives
evidence." Point out the dashes: the report does not grade lists or captions, and says why.
""", title="the report"),
    md("""
## Activity 2: a story you have not seen

Run the next cell to load a different news story and take it apart. Read the whole page first. Then,
**before** you run anything else, write down your predictions.

1. Which part do you expect to be the most loaded? The hardest to read?
2. Who is speaking in the framing? Who in the reported story?
3. Where did the story first appear?
"""),
    code("""
# Run this cell to load the new story and show its parts.
from toolkit import load_article
from toolkit.widgets.article_anatomy import article_anatomy

river = load_article("../seeds/riverside-water")
article_anatomy(river)
"""),
    md("""
*Your predictions (double-click here to write):*

1.
2.
3.
"""),
    md("""
### Sort the new story

Sort the sentences of the reported story, as in lesson 5: **Fact**, **Attributed** (then type who says
so) or **Opinion**. Your choices are saved as you go. Press **Check** when you are done to compare with
the answer key and the toolkit.
"""),
    code("""
# Run this cell to sort the sentences of the new story.
from toolkit.widgets.sorting_activity import sorting_activity

sorting_activity(river, "body")
"""),
    md("""
### The new story's report

Now run the report on the new story. Were your predictions right? What is the same as on the sample
page, and what is different?
"""),
    code("""
# Run this cell to show the report on the new story.
article_report(river)
"""),
    instructor("""
The pattern repeats: the framing is several times as loaded as the body, all opinion, with no source,
and it reads harder than the body (here mostly because of longer words, not longer sentences, which is
worth pointing out: the reason can differ even when the result is the same). The body names a
department, an official, a council member, records, an audit and a committee. The sentences most often
argued about are "widely seen as long overdue" (the key says opinion: seen by whom?), "Some say ..." (the
key says attributed to the residents who spoke, and accepts opinion) and the last sentence (the writer's
guess). The toolkit labels "Some say" as opinion; let students argue.
""", title="the new story"),
    *challenge("06-putting-it-together", "q3", """
Back to the new story's framing. Find four loaded words or phrases in it, as you did in lesson 4.
"""),
    instructor("""
Any four phrases of the key count (the framing has ten). Close the sequence with a short discussion:
which of the five questions was the most useful on the new story, and which would you ask first the next
time you read the news on your phone? Then set exercise 6 as homework or an exit ticket.
""", title="closing"),
    key_points([
        "Five questions work on any page: its parts and voices, where it came from, how hard each part reads, "
        "how loaded each part is, and which sentences are facts, claims or opinions.",
        "Republished stories often share one pattern: a loaded, unsourced framing on top and a reported "
        "story with named sources below, with a credit line saying where it came from.",
        "The toolkit's numbers are a starting point: they point at the words, and you decide, with reasons.",
        "Predict first, then check: it shows you what you have learned to see.",
    ]),
]

LESSON = Lesson(6, "putting-it-together", "Putting it together", 50,
                "read the toolkit's report on the sample; predict, sort and report on a story they have not "
                "seen (`seeds/riverside-water`); find its loaded framing", tuple(CELLS))
