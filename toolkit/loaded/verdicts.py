"""A judgment reported as someone else's verdict: "jokes deemed offensive", "criticised as racist".

The word after a verb of judging or naming ("deemed", "criticised as", "described as", "branded",
"dubbed", "what is often called") is the verdict of whoever judged, which the sentence reports: the
reader's question is who judged so and why, as with a charge ("charged with fraud"), not how the writer
wants them to feel. The writer's own judgment, "the jokes were offensive", is still flagged, and so is
a verdict handed to nobody in particular ("is widely seen as a disgrace", "is regarded as"): that is vague
sourcing, the writer's judgment with the judge hidden, and stays loaded beside the sourcing span.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.stemmed_words import Word, broken_between, PHRASE_BREAKS_WITH_SINGLE_QUOTES

#: Verbs that hand the next word to someone's verdict by themselves ("jokes deemed offensive").
VERDICT_VERBS = frozenset({"deemed", "dubbed", "termed", "branded", "labelled", "labeled", "called"})
#: Verbs that do so with "as" ("criticised as racist", "described as a disgrace").
VERDICT_AS_VERBS = frozenset({"criticized", "criticised", "condemned", "denounced", "described", "branded",
                              "labelled", "labeled", "characterized", "characterised", "derided", "decried",
                              "portrayed", "painted", "dismissed",
                              "attacked", "slammed", "denounce", "condemn", "describe", "describes", "describing",
                              "condemning", "denouncing", "branding", "labelling", "labeling",
                              "criticizing", "criticising", "condemns", "denounces"})
#: Small words that may stand between the verb and the verdict ("called it racist", "seen as too dangerous").
BETWEEN = frozenset({"a", "an", "the", "it", "them", "him", "her", "this", "that", "those", "these", "too",
                     "so", "very", "deeply", "openly", "often", "being", "as"})


def reports_a_verdict(text: str, words: Sequence[Word], first: int) -> bool:
    """Whether word `first` is the verdict a verb of judging hands to someone ("deemed offensive",
    "criticised as racist", "called it a disgrace"), with no punctuation between them."""
    k = first - 1
    while k >= 0 and first - k <= 3:
        if broken_between(text, words[k], words[k + 1], PHRASE_BREAKS_WITH_SINGLE_QUOTES):
            return False
        low = words[k].lower
        if low == "as" and k >= 1 and words[k - 1].lower in VERDICT_AS_VERBS \
                and not broken_between(text, words[k - 1], words[k], PHRASE_BREAKS_WITH_SINGLE_QUOTES):
            return True
        if low in VERDICT_VERBS:
            # "so-called" is the writer's own device for doubting a name (shown as vague sourcing), not a verb
            return not (low == "called" and k >= 1 and words[k - 1].lower == "so")
        if low not in BETWEEN:
            return False
        k -= 1
    return False
