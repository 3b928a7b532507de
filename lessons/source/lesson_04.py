"""Lesson 4, loaded language: spot it, name its kind, argue with the highlights, rewrite neutrally.

Built into lessons/04-loaded-language.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(4, "Loaded language", minutes=45,
           timing="reading and discussion 15, activities 20, challenge and wrap-up 10",
           intro="Words that make you feel before you think.",
           questions=[
               "What makes a word or phrase *loaded*?",
               "How much loaded language is in the framing of our sample article, compared with the reported "
               "story?",
               "How can the same facts be written in neutral words?",
           ],
           objectives=[
               "Define loaded language and name at least four kinds of it.",
               "Find loaded words in a news article and explain why each one is loaded.",
               "Compare how loaded two parts of an article are, using a rate per 100 words.",
               "Rewrite a loaded paragraph neutrally while keeping every fact.",
           ]),
    instructor("""
The sample article has two paragraphs of a republisher's framing on top of a reported news story. The
framing is several times denser in loaded language than the body; that contrast is the heart of the
lesson. Run all cells before class to check the widgets render. Students do not need to read the code
cells. Typical sticking point: students think every negative word is loaded. Use *killed* (a fact)
against *slaughtered* (a judgment) to separate the two.
""", title="overview"),
    md("""
## Reading: what is loaded language?

Researchers who study propaganda in the news define **loaded language** as *"words and phrases with
strong emotional implications (either positive or negative) to influence an audience"* (SemEval-2020
shared task on propaganda techniques). It is the most common propaganda technique in news: about a
third of all the techniques those researchers marked.

A loaded word does two jobs at once: it says what happened **and** tells you how to feel about it.
*"The minister criticised the plan"* reports. *"The minister slammed the plan"* reports and adds
drama. *"Turkey is an enemy of America"* does not report anything checkable at all.

The toolkit sorts loaded wording into kinds you can name:

| kind | examples |
|---|---|
| fear and threat | *nightmare, chilling, invasion of migrants* |
| hostility and enemy framing | *enemy, traitor, hold ... hostage, regime* |
| contempt, name-calling and labels | *clueless, thugs, so-called experts* |
| outrage and moral condemnation | *disgraceful, shocking, evil* |
| exaggeration and absolutes | *unprecedented, totally, drastic* |
| sensational verbs | *slams, blasts, plunges, skyrockets* |
| dramatic idioms and metaphors | *jumping ship, fever pitch, sweetheart deal* |
| glittering generalities (praise) | *heroic, world-class, freedom-loving* |
| vague or loaded sourcing | *supposedly, is considered, admitted, claimed* |

Two warnings. First, a word in **quotation marks** may be someone else's: the writer reports it,
which is different from choosing it. Second, some strong words are simply accurate: a real
hostage-taking is reported with the word *hostage*.
"""),
    code("""
# Run this cell to see today's rules: the answer keys and the checkers use exactly these.
from toolkit.claims.reading_rules import show_rules

show_rules(4)
"""),
    md("""
### Before the toolkit: your own eyes

Run the next cell to load the sample article. Then read its first two paragraphs (in the highlighter
below, or in lesson 1) and write down three words or phrases that you think are loaded, and the kind
of each.
"""),
    code("""
# Run this cell to load the sample article.
import toolkit

article = toolkit.sample_article()
print(article.title)
"""),
    md("""
## Activity 1: the highlighter

The toolkit marks every loaded word it finds, numbered and coloured by kind (the kind is also written
after each word in square brackets). Use the buttons to show or hide a kind. Choose a number in the
**Explain** list, or press **Next**, to read why a word is loaded and what a neutral writer might say
instead.

Did the toolkit find the three words you wrote down? Did it find words you missed?
"""),
    code("""
# Run this cell to open the highlighter.
from toolkit.widgets.loaded_highlighter import loaded_highlighter

loaded_highlighter(article)
"""),
    md("""
### Framing against reporting

The next cell counts loaded words **per 100 words** in each part of the article: the republisher's
framing at the top, and the reported story below it. A rate lets us compare parts of different lengths.
Run it.
"""),
    code("""
# Run this cell to count loaded words per 100 words in each part.
from toolkit.loaded import density

rates = density(article)
for part, rate in rates.by_part.items():
    print(f"{part:>8}: {rate.per_100_words:.1f} loaded per 100 words ({rate.spans} in {rate.words} words)")
print(f"The framing is {rates.ratio('framing', 'body')} times as loaded as the body.")
"""),
    instructor("""
Expect the framing at roughly 7-8 loaded spans per 100 words and the body under 2, a ratio of about four.
Ask: who wrote each part? (The framing is the republisher's own voice; the body is a wire-style report
credited to the original outlet in the credit line.) The headline list in between is not in either part:
ask students why it might still matter.
""", title="the numbers"),
    md("""
### Argue with the toolkit

The toolkit is a word list plus a few rules: it can be wrong. Discuss with a partner:

1. Find one highlighted word that you think is **not** loaded here. What does the toolkit miss about
   its context?
2. *"Most advanced"* is marked in the headline and in the body. Is praise for a weapon system loaded
   in the same way as *"enemy"*?
3. The body says the S-400 *"is considered"* one of the most advanced systems. Who considers it so?
   Why does the toolkit call this vague sourcing rather than an emotional word?
4. Find a loaded phrase the toolkit **missed**. Which kind is it? (Your teacher can add it to a word
   list of the class's own.)
"""),
    instructor("""
Write a text file next to the lesson, one entry per line:
`term | category | strength | why | alternatives; separated; by semicolons`, for example
`saber-rattling | idiom | 0.6 | Mocks threats as noise. | warnings; threats`. Then run
`lexicon = toolkit.loaded.load_lexicon('class_words.txt')` and
`loaded_highlighter(article, lexicon=lexicon)`. A mistake in the file gives an error naming the line.
`!term` on its own line switches a built-in term off.
""", title="adding your own words"),
    md("""
## Activity 2: a neutral rewrite

Below is the most loaded paragraph of the article. Rewrite it so that it keeps **every claim** but
loses the loaded words. Then press **Check my rewrite**. The toolkit shows how many loaded words are
left, which claims you kept, and whether your version is easier to read.

Careful: a calm tone is not the same as true. The framing gives no evidence for its claims, so a
neutral rewrite must not state them flatly as facts: keep them the writer's claims ("the writer says,
without evidence, ...") or guesses ("may"). And never add a source the original did not give.
"""),
    code("""
# Run this cell to open the rewriting activity.
from toolkit.widgets.rewrite_activity import rewrite_activity

rewrite_activity(article)
"""),
    instructor("""
A strong answer notices that "declared itself an enemy" reports no event: a neutral writer keeps it as the
writer's claim ("the writer calls Turkey an enemy of NATO, without evidence"), never as fact, and never
hands it to invented "critics". "Hold American soldiers hostage" may refer to a real event (after the July
2016 coup attempt, Turkish authorities cut power to Incirlik and restricted flights for about a week): a
neutral version says what happened. The checker scores claims kept honestly, not names: stating the
writer's guess flatly, or crediting it to someone the page does not name, does not count. The
comparison's score is `compare_rewrite(original, rewrite).score()` if you want to collect results.
""", title="the rewrite"),
    *challenge("04-loaded-language", "q1", """
The same event, written three ways. Which one reports it without telling you how to feel?
"""),
    instructor("""
Three kinds of evidence, named in every explanation: the toolkit's own word list (about 950 entries,
with inflections matched), the VADER sentiment dictionary for strongly emotional words not on the list,
and context rules (quoted speech is marked, scare quotes are found, literal senses such as a real
hostage-taking are skipped, and plain reporting verbs like *said* are never marked). On data labelled by
other researchers it finds roughly half of the loaded phrases, and about half of what it marks in
opinionated news matches the experts' marks: good enough to start a discussion, not to settle one.
""", title="how the toolkit decides"),
    key_points([
        "Loaded language is wording with strong emotional charge, chosen to steer how you feel.",
        "It comes in kinds you can name: fear, hostility, contempt, outrage, exaggeration, sensational "
        "verbs, dramatic idioms, glittering praise and vague sourcing.",
        "Ask *whose words?*: a loaded word in a quotation was chosen by the speaker, not the writer.",
        "A rate per 100 words lets you compare parts of a text: here, the republisher's framing is several "
        "times as loaded as the reported story.",
        "A neutral rewrite keeps every claim and drops the feelings; a calm tone is not the same as true, so "
        "a claim without evidence stays the writer's claim, and no source is added.",
    ]),
]

LESSON = Lesson(4, "loaded-language", "Loaded language", 45,
                "find loaded words by eye, then with the highlighter; compare the framing with the body per "
                "100 words; rewrite the most loaded paragraph neutrally", tuple(CELLS))
