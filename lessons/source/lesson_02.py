"""Lesson 2, who is speaking? The anatomy of a republished story, the original outlet, lateral reading.

Built into lessons/02-who-is-speaking.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(2, "Who is speaking?", minutes=45,
           timing="reading 10, the parts 10, the voices 10, reading laterally 10, challenge 5",
           intro="The anatomy of a republished story.",
           questions=[
               "Who wrote each part of this web page?",
               "Where did the story first appear, and how can you tell?",
               "What would you check before you believe or share it, and where would you look?",
           ],
           objectives=[
               "Name the layers of a republished story (the republisher's framing, the list of headlines, the "
               "photo caption, the reported story, the credit line) and say who is speaking in each.",
               "Find the original outlet and the source of the photo from the credit line and the caption.",
               "Follow a quotation along its chain: who said it, who passed it on, who wrote it down.",
               "Plan lateral reading: choose what to check, and where to check it outside the page.",
           ]),
    instructor("""
Lesson 1 left students with a feeling that the top of the page differs from the story below; this lesson
turns that feeling into a map. The page speaks with several voices: the republishing site (the framing,
the line introducing the list, the list it chose), other websites (the headlines), a photo agency (the
caption), the original reporter (the body) and, inside the body, the people the reporter quotes, one of
them through a news agency. The notebook itself names no answers, because students see it: the answers
to every question are in `docs/lesson-guide.md`. No internet is needed; if the class has it, give the
lateral-reading activity 10 more minutes and let students really search.
""", title="overview"),
    md("""
## Reading: a story in layers

News travels. A story written by one newsroom is often published again by other websites: news agencies
sell stories and photos to many outlets, some outlets share their stories for free, and some sites copy
them. A story published again somewhere else is **republished**. The site that republishes a story often
adds **layers of its own** around it, and the layers do not all speak with the same voice.

| layer | what it looks like | who is speaking | what to ask |
| --- | --- | --- | --- |
| the headline | the title at the top | often the original outlet's headline, kept by the republisher (compare it with the credit line) | Whose headline is it? |
| the framing | paragraphs on top of the story, with no name on them | the website that republished the story | What does it want me to feel? Does it give any source? |
| the headline list | links to other stories, under a line such as "Read more" | other websites, chosen by the republisher | Why these stories? Who wrote them? |
| the photo caption | the text under the photo, ending with a credit | a photo agency or a photographer | Is the photo from the same event as the story? |
| the reported story | paragraphs with names, places, dates and quotations | the original reporter, and the people they quote | Who are the sources, and how did their words reach the reporter? |
| the credit line | a short line at the end, such as "This story first appeared in ..." or "Full article: ..." | the republisher, telling you where the story came from | Where can I read the original? Is this all of it, or an excerpt? |

### The chain of voices

A quotation in a news story has often travelled. Someone **says** it; a news agency or another outlet
may **pass it on**, sometimes **translated** into another language; a reporter **writes it down**; an
outlet **publishes** the story; another site **republishes** it (perhaps only part of it) and adds its
own framing; then **you** read it. Each link in the chain can cut, change, translate or add something. Asking *who is speaking?* means finding every link.
"""),
    code("""
# Run this cell to load the sample article.
import toolkit

article = toolkit.sample_article()
print(article.title)
"""),
    md("""
## Activity 1: take the page apart

Run the next cell, then use the buttons to look at one kind of block at a time.

1. **The framing** (the first two paragraphs): does anyone sign them? Is anyone quoted in them?
2. **The list** (under "For further information"): how many headlines are there? Who chose them?
3. **The caption**: what does the photo show, when, and who made it?
4. **The credit** line: which outlet first published the story? Write it down: you need it for the
   challenge.
5. Where does the reported story start, and where does it end?
"""),
    code("""
# Run this cell to show the parts of the page.
from toolkit.widgets.article_anatomy import article_anatomy

article_anatomy(article)
"""),
    md("""
*Your map of the page (double-click here to write):*

| part | who is speaking | how I can tell |
| --- | --- | --- |
| the framing |  |  |
| the headline list |  |  |
| the caption |  |  |
| the reported story |  |  |
| the credit line |  |  |
"""),
    code("""
# Run this cell to see today's rule about reports nobody names: the answer keys use it too.
from toolkit.claims.reading_rules import show_rules

show_rules(2)
"""),
    md("""
## Activity 2: whose voice, sentence by sentence

The next tool reads every sentence and tints it by whose voice it is in: the writer stating a **fact**,
a claim **attributed** to someone else, or the writer's own **opinion** (you will sort sentences
yourself in lesson 5). The table on top adds it up for each part of the page, and the margin names the
source of every attributed sentence.

1. Which part of the page is all the writer's own voice? Which part is mostly other people's words?
2. Which people and organisations does the reported story quote? Write them down.
3. Follow the quotation in the fifth paragraph along its chain: who said it, who passed it on, who wrote
   it down, who republished it?
4. Do you agree with the tool about the headline list? Choose one headline in **Why this label?** and
   read its reasons.
"""),
    code("""
# Run this cell to see whose voice each sentence is in.
from toolkit.widgets.who_is_speaking import who_is_speaking

who_is_speaking(article)
"""),
    instructor("""
The table shows the framing as all the writer's own opinion and the body as mostly attributed, with its
sources in the last column. The tool is a set of rules and can be wrong: the headline list is where it
is weakest (headlines have no verbs of saying), which is a good place to let students disagree with it.
The chain in the fifth paragraph has four links before the republisher; it is worked through in
`docs/lesson-guide.md`.
""", title="the voices"),
    md("""
## Activity 3: read laterally

When professional fact-checkers meet a page they do not know, they do not read it from top to bottom
first. They **leave it**: they open new tabs and find out what *other* sources say about the site, the
people it quotes and the claims it makes. This is called **reading laterally** (sideways, across many
pages), and it is faster and more reliable than judging a page by how it looks.

Run the next cell. It lists the leads this page gives you: where the photo and the story came from, and
every source the story names.
"""),
    code("""
# Run this cell to list the leads this page gives you to check.
from toolkit.claims.sentence_labels import label_sentences

for block in article.blocks:
    if block.kind in ("caption", "credit"):
        print(f"{block.kind}: {block.text}\\n")
sources = sorted({label.source for label in label_sentences(article) if label.source})
print("sources named in the page:", "; ".join(sources))
"""),
    md("""
**What would you check, and where?** Choose three rows. For each, write where you would look and what
you would type into a search engine. The first row is done as an example.

| what to check | where I would look | what I would search for |
| --- | --- | --- |
| Does the original story say the same as this copy? | the original outlet's own website | the headline, in quotation marks, and the outlet's name |
| Is the photo from the event in the story? |  |  |
| Did the minister really say the words in the fifth paragraph? |  |  |
| Who is the analyst quoted at the end, and who does he work for? |  |  |
| Is the charge in the framing about soldiers held "hostage" true? |  |  |
| Who runs the website that republished the story? |  |  |

If you have the internet in class, try one row now (5 minutes). What did you find, and where?
"""),
    instructor("""
Good answers name a place *outside* the page and a search that could find it: the outlet's site or a news
search for the headline; the photo agency's archive or a reverse image search for the caption's event
and date; other outlets' reports of the ministers' meeting (the date and city are in the fourth
paragraph); the think tank's own site for the analyst; a news search for the base's name and the year
for the "hostage" charge; an encyclopedia or a media-literacy site (not the site's own "About" page) for
the republisher. The habit matters more than the answers: check the source before the claim.
""", title="lateral reading"),
    *challenge("02-sources-and-framing", "q1", """
Use the credit line you found in Activity 1.
"""),
    key_points([
        "A web page can speak with many voices: ask *who is speaking?* of each part.",
        "The framing on top of a republished story is the republisher speaking, often with no name and no "
        "source.",
        "The caption credits the photo, not the story; the credit line says where the story first appeared: "
        "find the original.",
        "A quotation travels along a chain (speaker, messenger, reporter, outlet, republisher); each link "
        "can change it.",
        "Read laterally: leave the page, and check the source and the claim somewhere else.",
    ]),
]

LESSON = Lesson(2, "who-is-speaking", "Who is speaking?", 45,
                "take the page apart into its layers, see whose voice each sentence is in, find the original "
                "outlet, plan what to check and where (lateral reading)", tuple(CELLS))
