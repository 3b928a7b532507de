"""Build lessons/04-loaded-language.ipynb with nbformat (run again after editing this file).

    python lessons/make_04_loaded_language.py

Cells tagged "instructor" hold the instructor's notes; the notebook is stored without outputs.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
TARGET = HERE / "04-loaded-language.ipynb"


def instructor(text: str):
    return new_markdown_cell(text, metadata={"tags": ["instructor"]})


def cells() -> list:
    return [
        new_markdown_cell(
            "# Loaded language: words that make you feel before you think\n\n"
            "**Time:** about 45 minutes (15 reading and discussion, 20 activities, 10 challenge and wrap-up)\n\n"
            "**Questions**\n"
            "- What makes a word or phrase *loaded*?\n"
            "- How much loaded language is in the framing of our sample article, compared with the reported story?\n"
            "- How can the same facts be written in neutral words?\n\n"
            "**Objectives**\n"
            "- Define loaded language and name at least four kinds of it.\n"
            "- Find loaded words in a news article and explain why each one is loaded.\n"
            "- Compare how loaded two parts of an article are, using a rate per 100 words.\n"
            "- Rewrite a loaded paragraph neutrally while keeping every fact."
        ),
        instructor(
            "**Instructor notes: overview.** The sample article has two paragraphs of a republisher's framing on "
            "top of a reported news story. The framing is several times denser in loaded language than the body; "
            "that contrast is the heart of the lesson. Run all cells before class to check the widgets render. "
            "Students do not need to read the code cells. Typical sticking point: students think every negative "
            "word is loaded. Use *killed* (a fact) against *slaughtered* (a judgment) to separate the two."
        ),
        new_markdown_cell(
            "## Reading: what is loaded language?\n\n"
            "Researchers who study propaganda in the news define **loaded language** as *\"words and phrases with "
            "strong emotional implications (either positive or negative) to influence an audience\"* (SemEval-2020 "
            "shared task on propaganda techniques). It is the most common propaganda technique in news: about a "
            "third of all the techniques those researchers marked.\n\n"
            "A loaded word does two jobs at once: it says what happened **and** tells you how to feel about it. "
            "*\"The minister criticised the plan\"* reports. *\"The minister slammed the plan\"* reports and adds "
            "drama. *\"Turkey is an enemy of America\"* does not report anything checkable at all.\n\n"
            "The toolkit sorts loaded wording into kinds you can name:\n\n"
            "| kind | examples |\n|---|---|\n"
            "| fear and threat | *nightmare, chilling, invasion of migrants* |\n"
            "| hostility and enemy framing | *enemy, traitor, hold ... hostage, regime* |\n"
            "| contempt, name-calling and labels | *clueless, thugs, so-called experts* |\n"
            "| outrage and moral condemnation | *disgraceful, shocking, evil* |\n"
            "| exaggeration and absolutes | *unprecedented, totally, drastic* |\n"
            "| sensational verbs | *slams, blasts, plunges, skyrockets* |\n"
            "| dramatic idioms and metaphors | *jumping ship, fever pitch, sweetheart deal* |\n"
            "| glittering generalities (praise) | *heroic, world-class, freedom-loving* |\n"
            "| vague or loaded sourcing | *supposedly, is considered, admitted, claimed* |\n\n"
            "Two warnings. First, a word in **quotation marks** may be someone else's: the writer reports it, "
            "which is different from choosing it. Second, some strong words are simply accurate: a real "
            "hostage-taking is reported with the word *hostage*."
        ),
        new_markdown_cell(
            "## Before the toolkit: your own eyes\n\n"
            "Run the next cell to load the sample article. Then read its first two paragraphs and write down "
            "three words or phrases that you think are loaded, and the kind of each."
        ),
        new_code_cell("import toolkit\n\narticle = toolkit.sample_article()\nprint(article.title)"),
        new_markdown_cell(
            "## Activity 1: the highlighter\n\n"
            "The toolkit marks every loaded word it finds, numbered and coloured by kind (the kind is also written "
            "after each word in square brackets). Use the buttons to show or hide a kind. Choose a number in the "
            "**Explain** list, or press **Next**, to read why a word is loaded and what a neutral writer might say "
            "instead.\n\n"
            "Did the toolkit find the three words you wrote down? Did it find words you missed?"
        ),
        new_code_cell(
            "from toolkit.widgets.loaded_highlighter import loaded_highlighter\n\nloaded_highlighter(article)"
        ),
        new_markdown_cell(
            "## Framing against reporting\n\n"
            "The next cell counts loaded words **per 100 words** in each part of the article: the republisher's "
            "framing at the top, and the reported story below it. A rate lets us compare parts of different lengths."
        ),
        new_code_cell(
            "from toolkit.loaded import density\n\n"
            "rates = density(article)\n"
            "for part, rate in rates.by_part.items():\n"
            "    print(f\"{part:>8}: {rate.per_100_words:.1f} loaded per 100 words ({rate.spans} in {rate.words} words)\")\n"
            "print(f\"The framing is {rates.ratio('framing', 'body')} times as loaded as the body.\")"
        ),
        instructor(
            "**Instructor notes: the numbers.** Expect the framing at roughly 7-8 loaded spans per 100 words and the "
            "body under 2, a ratio of about four. Ask: who wrote each part? (The framing is the republisher's own "
            "voice; the body is a wire-style report credited to the original outlet in the credit line.) The headline list in between is "
            "not in either part: ask students why it might still matter."
        ),
        new_markdown_cell(
            "## Argue with the toolkit\n\n"
            "The toolkit is a word list plus a few rules: it can be wrong. Discuss with a partner:\n\n"
            "1. Find one highlighted word that you think is **not** loaded here. What does the toolkit miss about "
            "its context?\n"
            "2. *\"Most advanced\"* is marked in the headline and in the body. Is praise for a weapon system loaded "
            "in the same way as *\"enemy\"*?\n"
            "3. The body says the S-400 *\"is considered\"* one of the most advanced systems. Who considers it so? "
            "Why does the toolkit call this vague sourcing rather than an emotional word?\n"
            "4. Find a loaded phrase the toolkit **missed**. Which kind is it? (Your teacher can add it to a word "
            "list of the class's own: see the instructor notes.)"
        ),
        instructor(
            "**Instructor notes: adding your own words.** Write a text file next to the lesson, one entry per line: "
            "`term | category | strength | why | alternatives; separated; by semicolons`, for example "
            "`saber-rattling | idiom | 0.6 | Mocks threats as noise. | warnings; threats`. Then run "
            "`lexicon = toolkit.loaded.load_lexicon('class_words.txt')` and "
            "`loaded_highlighter(article, lexicon=lexicon)`. A mistake in the file gives an error naming the line. "
            "`!term` on its own line switches a built-in term off."
        ),
        new_markdown_cell(
            "## Activity 2: a neutral rewrite\n\n"
            "Below is the most loaded paragraph of the article. Rewrite it so that it keeps **every fact** (names, "
            "numbers, anything quoted) but loses the loaded words. Then press **Check my rewrite**. The toolkit "
            "shows how many loaded words are left, which facts you kept, and whether your version is easier to read.\n\n"
            "Careful: some claims in the framing cannot be rewritten neutrally because they are not facts at all. "
            "What do you do with those?"
        ),
        new_code_cell("from toolkit.widgets.rewrite import rewrite_activity\n\nrewrite_activity(article)"),
        instructor(
            "**Instructor notes: the rewrite.** A strong answer notices that \"declared itself an enemy\" reports "
            "no event: a neutral writer either drops it or attributes it (\"critics call Turkey...\"). \"Hold "
            "American soldiers hostage\" may refer to a real event (access to Incirlik was restricted in 2016): a "
            "neutral version says what happened. The comparison's score is `compare_rewrite(original, rewrite)"
            ".score()` if you want to collect results."
        ),
        new_markdown_cell(
            "## Challenge\n\n"
            "This is question 1 of exercise 4 (`exercises/04-loaded-language.ipynb`): choose an answer and press "
            "**Check**. Your answer is saved with the exercise, so you will find it there done."
        ),
        new_code_cell(
            "from toolkit.exercises import Exercise\n\n"
            "exercise = Exercise(\"04-loaded-language\")\n"
            "exercise.show(\"q1\")"
        ),
        new_markdown_cell(
            "## Key points\n\n"
            "- Loaded language is wording with strong emotional charge, chosen to steer how you feel.\n"
            "- It comes in kinds you can name: fear, hostility, contempt, outrage, exaggeration, sensational verbs, "
            "dramatic idioms, glittering praise and vague sourcing.\n"
            "- Ask *whose words?*: a loaded word in a quotation was chosen by the speaker, not the writer.\n"
            "- A rate per 100 words lets you compare parts of a text: here, the republisher's framing is several "
            "times as loaded as the reported story.\n"
            "- A neutral rewrite keeps every fact and drops the feelings; some framing has no facts to keep."
        ),
        instructor(
            "**Instructor notes: how the toolkit decides.** Three kinds of evidence, named in every explanation: "
            "the toolkit's own word list (about 950 entries, with inflections matched), the VADER sentiment "
            "dictionary for strongly emotional words not on the list, and context rules (quoted speech is marked, "
            "scare quotes are found, literal senses such as a real hostage-taking are skipped, and plain reporting "
            "verbs like *said* are never marked). On data labelled by other researchers it finds roughly half of "
            "the loaded phrases, and about half of what it marks in opinionated news matches the experts' marks: "
            "good enough to start a discussion, not to settle one."
        ),
    ]


def build() -> nbformat.NotebookNode:
    notebook = new_notebook(cells=cells())
    for number, cell in enumerate(notebook.cells, start=1):
        cell["id"] = f"loaded-{number:02d}"  # stable ids: rebuilding gives the same file
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    return notebook


def main() -> None:
    notebook = build()
    nbformat.validate(notebook)
    nbformat.write(notebook, TARGET)
    print(f"wrote {TARGET.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
