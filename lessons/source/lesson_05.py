"""Lesson 5, fact, attributed claim or opinion: sort the sentences, name the sources, argue with the toolkit.

Built into lessons/05-fact-or-opinion.ipynb by `python lessons/source/build.py`.
"""

from __future__ import annotations

from lesson_anatomy import Lesson, challenge, code, header, instructor, key_points, md

CELLS = [
    header(5, "Fact, claim or opinion?", minutes=45,
           timing="reading 10, sorting 20, discussion and the toolkit 5, changing who speaks 5, challenge 5",
           questions=[
               "In a news story, which sentences are the writer's own, and which are someone else's words?",
               "How can I tell a fact the writer reports from the writer's opinion?",
               "When a claim is credited to someone, who exactly is that, and how did the words reach the "
               "writer?",
           ],
           objectives=[
               "Sort sentences into *reported fact*, *attributed claim* and *opinion*, and name the source of "
               "each claim.",
               "Spot the words that give a writer's voice away: judgments, guesses, \"should\", \"you\", hedges "
               "and weasel words.",
               "Compare your sorting with an answer key and with the toolkit, and argue for your answer when "
               "you disagree.",
           ]),
    instructor("""
Lesson 2 asked *who is speaking* part by part; this lesson asks it sentence by sentence. The answer key
is `seeds/turkey-s400/keys/sentences.json` (status *reviewed*): it labels every sentence and lists labels
a careful reader could also defend (`accept`, half credit), and labels a taught rule also leads to
(`also_right`, full credit: the rules are in `toolkit/data/reading_rules.yaml`), with a note shown after
**Check**. Borderline cases worth discussing: the headline (s1: the ranking "Most Advanced" makes it
opinion, and fact is also right), the "For further information" line (s4: no claim), "high alert" in
scare quotes (s5), "fever pitch" (s15: fact with a loaded phrase; opinion is also right), "is
considered" (s20: opinion, because no source is named; attributed is also right). Choices are saved in `work/<student>/sorting/turkey-s400.json`
on every click.
""", title="overview"),
    md("""
## Reading: three kinds of sentence

Every sentence in a news story answers the question **who is speaking?** in one of three ways. (A
fourth kind of line makes no claim at all: "Read more:", a photo credit, "Comments are closed." Label it
**No claim**; it is not scored unless a question asks for it.)

| label | what it is | example from today's article |
| --- | --- | --- |
| **Fact** (reported fact) | The writer states something in their own voice, as something you could check. | "China is also an S-400 client, while Iran has purchased the older S-300 model." |
| **Attributed** (a claim credited to someone) | The words or the claim belong to a named or described source: *said*, *according to*, *noted*, *records show*, quotation marks. | "... are expected to discuss the S-400 contract ..., **according to** Turkish Defense Minister Fikri Isik." |
| **Opinion** | The writer's own judgment, guess, prediction or framing. | "That alone **may** be enough for Russia." |

Three things to remember:

- **"Fact" does not mean "true".** It means the sentence *presents itself* as a checkable fact. A false
  headline stated as plain fact is still in the *fact* column: it is the writer's claim, so check it.
- **Attributed is about who speaks, not whether they are right.** "The minister said the plan is a
  disaster" is attributed: the opinion is the minister's, and the writer only reports it.
- **Words that give the writer away:** judgment and loaded words (lesson 4: *enemy*, *disastrous*),
  guesses (*may*, *could*), rankings (*most advanced*), orders and advice (*should*, *say goodbye*),
  talking to you (*you*, *your*), hedges (*supposedly*), and weasel words that hide the source
  (*is considered*, *some say*).
"""),
    code("""
# Run this cell to see today's rules: the answer keys and the checkers use exactly these.
from toolkit.claims.reading_rules import show_rules

show_rules(5)
"""),
    md("""
Run the cell below to load today's article: a news story about Turkey buying a Russian air-defence
system, republished by a website that added its own paragraphs on top.
"""),
    code("""
# Run this cell to load the sample article.
import toolkit

article = toolkit.sample_article()
print(article.title)
print(len(article.sentences), "sentences")
"""),
    md("""
## Activity 1: sort the reported story

Below are the sentences of the story's body. For each one, choose **Fact**, **Attributed** or
**Opinion**. When you choose *Attributed*, a box appears: type **who says so** (a name like
"Isik", or a description like "the city clerk").

Your choices are saved as you make them, so you can close the notebook and come back.
Press **Check** when you are done: you will see what the answer key says, and what the toolkit
thinks and why.
"""),
    code("""
# Run this cell to sort the sentences of the reported story.
from toolkit.widgets.sorting_activity import sorting_activity

sorting_activity(article, "body")
"""),
    md("""
## Activity 2: the framing on top

The website that republished the story added two paragraphs of its own above it. Sort them too.
Then compare: how many sentences of the body were the writer's own opinion? How many here?
"""),
    code("""
# Run this cell to sort the two framing paragraphs.
sorting_activity(article, "framing")
"""),
    md("""
### Who is speaking?

The view below tints every sentence by its label (with a letter after it: **F**act,
**A**ttributed, **O**pinion) and names the source of each attributed sentence in the margin.
The table on top says, part by part, how much of the text is the writer's own voice.

Choose a sentence in **Why this label?** to see every reason the toolkit found.
"""),
    code("""
# Run this cell to see who is speaking in every sentence, as the toolkit reads it.
from toolkit.widgets.who_is_speaking import who_is_speaking

who_is_speaking(article)
"""),
    md("""
**Discuss with a partner**

1. Which part of the page is almost all the writer's own voice? Which part is mostly other people's words?
2. The body names its sources: who are they? Which source passed on someone else's words?
3. Find the one sentence of the body, near the end, that is the writer's own guess. Why is it easy to miss?
"""),
    md("""
### Argue with the toolkit

The toolkit is a set of rules, not an oracle. It adds up the reasons it finds: words that push a
sentence towards opinion count *up*, checkable details (numbers, dates, names) count *down*.
Run the cell to see its full reasoning for the headline, where the toolkit and the answer key
disagree. Then change `"s1"` to any other sentence id and run it again.
"""),
    code("""
# Run this cell to read the toolkit's reasons for one sentence.
from toolkit.claims.sentence_labels import explain, label_sentences

labels = {label.sentence_id: label for label in label_sentences(article)}
print(explain(labels["s1"]))
"""),
    md("""
Is the headline a fact or an opinion? Write two sentences: one argument for each side. Which do
you find stronger, and which word decides it for you?
"""),
    md("""
## Activity 3: change who is speaking

The story ends with the writer's own guess: *"That alone may be enough for Russia."*

1. Rewrite it as an **attributed** claim: credit it to whoever really made the guess. Nobody else
   said it, so do not hand it to Kasapoglu or anyone else: never add a source the original did not give.
2. Rewrite it as a plain **fact**: drop the guess and say something checkable instead. Deleting "may"
   is not enough: a guess stays a guess.

Edit the two sentences in the cell (between the quotation marks), then run it. The toolkit tells you
how it reads each one.
"""),
    code("""
# Change the two sentences, then run this cell to see how the toolkit reads them.
from toolkit.claims.sorting import check_rewrite

original = "That alone may be enough for Russia."
as_attributed = "That alone may be enough for Russia."   # change me
as_fact = "That alone may be enough for Russia."         # change me

for want, sentence in (("attributed", as_attributed), ("fact", as_fact)):
    ok, message = check_rewrite(sentence, want, original=original)
    print("\\u2714" if ok else "\\u2718", want.upper(), "-", message)
"""),
    md("""
<details>
<summary>One possible answer (open it after you have tried)</summary>

- Attributed: *"The story's reporter suggests that the sale alone may be enough for Russia."*
  The guess is still there, and now it is clear whose it is. Putting it in Kasapoglu's mouth
  ("..., Kasapoglu said") would be false: he never said it.
- Fact: *"China bought the S-400 before Turkey did."* It is checkable (look it up), and there is no
  guess left in it. Careful: *"..., according to TASS"* would make it attributed again.
</details>
"""),
    *challenge("05-fact-or-opinion", "q5", """
New sentences, not from the article: which of them credit their claim to someone? Choose every one
that fits.
"""),
    instructor("""
Timing: reading 10 min, sorting 20 (body 15, framing 5), the toolkit and discussion 5, changing who speaks 5, challenge 5.
Scoring of the sorting: one point per sentence; for an attributed sentence 0.6 for the label and 0.4 for the
source. Sources match by surname, ignoring case and titles ("Isik", "Defense Minister Isik"). Naming only
the messenger (TASS for s17) earns half the source part. Misconceptions: "fact" is not "true" (the
headline list is full of dramatic claims stated as fact); "attributed" is not "trustworthy"; an opinion
can follow quotations in the body (s26). How the toolkit decides: explainable rules with weights a
student can read (`toolkit/claims/sentence_labels.py`, `WEIGHTS`; word lists in `toolkit/data/claims/`). On CheckThat!
2025 subjectivity data its fact/opinion split scores about 0.68 macro-F1 on the development set (task
baseline 0.63), so expect it to be wrong about one sentence in three on hard text: that is the point of
the "argue with the toolkit" step.
""", title="running the lesson"),
    key_points([
        "Ask of every sentence: **who is speaking, and how do they know?**",
        "*Fact* means stated as checkable, in the writer's own voice; it still needs checking.",
        "*Attributed* claims are someone else's words: *said*, *according to*, *records show*, quotation "
        "marks. Note who the source is, and who passed the words on (Isik, *as quoted by* TASS).",
        "*Opinion* hides in judgment words, guesses (*may*), advice (*should*), *you*, hedges and weasel "
        "words (*is considered*: by whom?), and it can sit at the end of a news story as well as on top.",
        "A tool can point at the words; deciding, and arguing for your decision, is your job.",
    ]),
]

LESSON = Lesson(5, "fact-or-opinion", "Fact, claim or opinion?", 45,
                "sort the story's sentences into fact, attributed claim and opinion and name each source; "
                "compare with the key and the toolkit's reasons; rewrite a guess as a claim and as a fact",
                tuple(CELLS))
