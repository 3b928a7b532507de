"""Build lessons/05-fact-or-opinion.ipynb with nbformat (run again after editing this file).

    python lessons/make_05_fact_or_opinion.py

Cells tagged "instructor" hold the instructor's notes; the notebook is stored without outputs.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
TARGET = HERE / "05-fact-or-opinion.ipynb"


def md(text: str, instructor: bool = False):
    cell = new_markdown_cell(text.strip("\n"))
    if instructor:
        cell.metadata["tags"] = ["instructor"]
    return cell


def code(text: str):
    return new_code_cell(text.strip("\n"))


CELLS = [
md("""
# Fact, claim or opinion? Who is speaking?

**Time:** about 45 minutes

**Questions**
- In a news story, which sentences are the writer's own, and which are someone else's words?
- How can I tell a fact the writer reports from the writer's opinion?
- When a claim is credited to someone, who exactly is that, and how did the words reach the writer?

**Objectives**
- Sort sentences into *reported fact*, *attributed claim* and *opinion*, and name the source of each claim.
- Spot the words that give a writer's voice away: judgments, guesses, "should", "you", hedges and weasel words.
- Compare your sorting with an answer key and with the toolkit, and argue for your answer when you disagree.
"""),
md("""
## Three kinds of sentence

Every sentence in a news story answers the question **who is speaking?** in one of three ways.

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
- **Words that give the writer away:** judgment and loaded words (lesson 04: *enemy*, *disastrous*), guesses
  (*may*, *could*), rankings (*most advanced*), orders and advice (*should*, *say goodbye*), talking to you (*you*, *your*),
  hedges (*supposedly*), and weasel words that hide the source (*is considered*, *some say*).
"""),
md("""
## The article

Run the cell below to load today's article: a news story about Turkey buying a Russian air-defence
system, republished by a website that added its own paragraphs on top.
"""),
code("""
import toolkit

article = toolkit.sample_article()
print(article.title)
print(len(article.sentences), "sentences")
"""),
md("""
## Activity 1: sort the reported story (15 minutes)

Below are the sentences of the story's body. For each one, choose **Fact**, **Attributed** or
**Opinion**. When you choose *Attributed*, a box appears: type **who says so** (a name like
"Isik", or a description like "the city clerk").

Your choices are saved as you make them, so you can close the notebook and come back.
Press **Check** when you are done: you will see what the answer key says, and what the toolkit
thinks and why.
"""),
code("""
from toolkit.widgets.sorting import sorting_activity

sorting_activity(article, "body")
"""),
md("""
## Activity 2: the framing on top (5 minutes)

The website that republished the story added two paragraphs of its own above it. Sort them too.
Then compare: how many sentences of the body were the writer's own opinion? How many here?
"""),
code("""
sorting_activity(article, "framing")
"""),
md("""
## Who is speaking?

The view below tints every sentence by its label (with a letter after it: **F**act,
**A**ttributed, **O**pinion) and names the source of each attributed sentence in the margin.
The table on top says, part by part, how much of the text is the writer's own voice.

Choose a sentence in **Why this label?** to see every reason the toolkit found.
"""),
code("""
from toolkit.widgets.voices import who_is_speaking

who_is_speaking(article)
"""),
md("""
**Discuss with a partner**

1. Which part of the page is almost all the writer's own voice? Which part is mostly other people's words?
2. The body names its sources: who are they? Which source passed on someone else's words?
3. Find the one sentence of the body, near the end, that is the writer's own guess. Why is it easy to miss?
"""),
md("""
## Argue with the toolkit

The toolkit is a set of rules, not an oracle. It adds up the reasons it finds: words that push a
sentence towards opinion count *up*, checkable details (numbers, dates, names) count *down*.
Run the cell to see its full reasoning for the headline, where the toolkit and the answer key
disagree. Then change `"s1"` to any other sentence id.
"""),
code("""
from toolkit.claims import label_sentences, explain

labels = {label.sentence_id: label for label in label_sentences(article)}
print(explain(labels["s1"]))
"""),
md("""
Is the headline a fact or an opinion? Write two sentences: one argument for each side. Which do
you find stronger, and which word decides it for you?
"""),
md("""
## Challenge: change who is speaking (10 minutes)

The story ends with the writer's own guess: *"That alone may be enough for Russia."*

1. Rewrite it as an **attributed** claim: credit it to someone.
2. Rewrite it as a plain **fact**: drop the guess and say something checkable instead.

Edit the two sentences in the cell, then run it. The toolkit tells you how it reads each one.
"""),
code("""
from toolkit.sorting import check_rewrite

as_attributed = "That alone may be enough for Russia, Kasapoglu said."   # change me
as_fact = "That alone may be enough for Russia."                        # change me

for want, sentence in (("attributed", as_attributed), ("fact", as_fact)):
    ok, message = check_rewrite(sentence, want)
    print("\\u2714" if ok else "\\u2718", want.upper(), "-", message)
"""),
md("""
<details>
<summary>One possible answer (open it after you have tried)</summary>

- Attributed: *"That alone may be enough for Russia, said Can Kasapoglu, a defense analyst."*
  The guess is still there, but now it is his, and you know whom to ask.
- Fact: *"China bought the S-400 before Turkey did."* It is checkable (look it up), and there is no
  guess left in it. Careful: *"..., according to TASS"* would make it attributed again.
</details>
"""),
md("""
## Key points

- Ask of every sentence: **who is speaking, and how do they know?**
- *Fact* means stated as checkable, in the writer's own voice; it still needs checking.
- *Attributed* claims are someone else's words: *said*, *according to*, *records show*, quotation marks.
  Note who the source is, and who passed the words on (Isik, *as quoted by* TASS).
- *Opinion* hides in judgment words, guesses (*may*), advice (*should*), *you*, hedges and weasel words
  (*is considered*: by whom?), and it can sit at the end of a news story as well as on top.
- A tool can point at the words; deciding, and arguing for your decision, is your job.
"""),
md("""
## Instructor notes

- **Timing.** Reading 10 min, body sorting 15, framing 5, discussion and toolkit 10, challenge 10.
- **Answer key.** `seeds/turkey-s400/keys/sentences.json` (status *reviewed*) labels every sentence and
  lists labels a careful reader could also defend (`accept`, half credit), with a note shown after
  **Check**. Borderline cases worth discussing: the headline (s1, fact or opinion?), the "For further
  information" line (s4), "high alert" in scare quotes (s5), "is considered" (s20: the key says opinion,
  because no source is named; attributed is accepted).
- **Scoring.** One point per sentence; for an attributed sentence 0.6 for the label and 0.4 for the source.
  Sources match by surname, ignoring case and titles ("Isik", "Defense Minister Isik"). Naming only the
  messenger (TASS for s17) earns half the source part.
- **Misconceptions.** "Fact" is not "true" (the headline list is full of dramatic claims stated as fact);
  "attributed" is not "trustworthy"; an opinion can follow quotations in the body (s26).
- **How the toolkit decides.** Explainable rules with weights a student can read (`toolkit/claims.py`,
  `WEIGHTS`; word lists in `toolkit/data/claims/`). On CheckThat! 2025 subjectivity data its fact/opinion
  split scores about 0.68 macro-F1 on the development set (0.66 without the loaded-language module; task
  baseline 0.63), so expect it to be wrong
  about one sentence in three on hard text: that is the point of the "argue with the toolkit" step.
- **Saved work.** Choices are saved in `work/<student>/sorting/turkey-s400.json` on every click.
""", instructor=True),
]


def build() -> nbformat.NotebookNode:
    notebook = new_notebook(cells=CELLS)
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"claims-{number:02d}"  # stable ids: rebuilding gives the same file
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                       "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def main() -> None:
    notebook = build()
    nbformat.validate(notebook)
    nbformat.write(notebook, TARGET)
    print(f"wrote {TARGET.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
