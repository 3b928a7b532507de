"""The kinds of loaded language a teacher can name, each with a colour and a text cue.

Every category has a short badge word (shown in text after each span) and an underline
style as well as a colour, so that a student who cannot tell the colours apart, or prints
in greyscale, still sees which kind of wording was found. Twelve colours cannot all stay apart
for every kind of colour vision, so they are paired with the five underline styles: two
categories that share a style differ in colour by at least 15 CIEDE2000 for viewers with
protanopia, deuteranopia and tritanopia, and each colour has 3:1 contrast with white and
with its tint (`tests/test_palette.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class Category:
    """One kind of loaded language: its id, a title and a definition a student can read."""

    name: str
    title: str
    definition: str
    colour: str  # strong colour: underline and badge
    background: str  # light tint behind the words
    underline: str  # CSS text-decoration style, the cue that survives greyscale
    badge: str  # a short word shown after each span
    #: False for a kind that is shown but is not loaded *wording*: vague sourcing asks "who says so?",
    #: not "how should I feel?", so rates per 100 words and answer keys do not count it as loaded.
    counts_as_loaded: bool = True

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        Category("fear", "Fear and threat",
                 "Words that make a situation sound frightening or dangerous, so you feel alarm before you know the facts.",
                 "#D9530F", "#F8E0D4", "wavy", "fear"),
        Category("hostility", "Hostility and enemy framing",
                 "Words that turn a disagreement into a fight: a war on, a crusade, an assault on, a witch hunt.",
                 "#8A2E00", "#EAD9D1", "double", "enemy"),
        Category("contempt", "Contempt and ridicule",
                 "Insults, sneers and mockery that belittle people or their ideas instead of describing what they did.",
                 "#9E629D", "#EEE3ED", "dashed", "insult"),
        # Name-calling is one of the classic propaganda devices, apart from the contempt and fear words around
        # it: a noun stuck on people themselves (thugs, regime, illegals) takes the place of what they did.
        Category("name-calling", "Name-calling and labels",
                 "A name stuck on a person, group or government (thugs, regime, leftists, illegals, the enemy, traitors; "
                 "or a glowing one: hero, saviour) so that you judge them by the label instead of by what they did.",
                 "#E8025E", "#FBD1E2", "double", "label"),
        Category("outrage", "Outrage and moral condemnation",
                 "Words that tell you to be shocked, disgusted or angry, judging something for you.",
                 "#6B3FA0", "#E4DCEE", "solid", "outrage"),
        Category("exaggeration", "Exaggeration and absolutes",
                 "Words that blow things up: the biggest, the worst, totally, never, everyone.",
                 "#3D3F00", "#DCDCD1", "dotted", "exagg."),
        Category("sensational", "Sensational verbs",
                 "Dramatic action words (slams, blasts, plunges, soars) where a plain verb would say the same thing.",
                 "#032F66", "#D2DAE3", "wavy", "drama"),
        Category("idiom", "Dramatic idioms and metaphors",
                 "Colourful phrases and comparisons (jumping ship, fever pitch) that add feeling or a hidden judgment.",
                 "#2B9174", "#D9EBE6", "dashed", "idiom"),
        Category("glittering", "Glittering generalities",
                 "Warm, vague praise words (heroic, world-class, freedom-loving) that ask you to approve without evidence.",
                 "#0072B2", "#D1E6F1", "double", "praise"),
        Category("sourcing", "Vague or loaded sourcing",
                 "Wording about who says something that hides the source (some say, is considered) or judges the speaker "
                 "(admitted, claimed). It asks who says so rather than how to feel, so it is shown but not counted as "
                 "loaded wording in the rates.",
                 "#767676", "#E6E6E6", "dotted", "source?", counts_as_loaded=False),
        # A charge of deceit ("lied", "a cover-up") or of treachery ("treason", "sabotage") says something happened
        # that can be true or false: the reader's question is who makes the charge and on what evidence, as with
        # vague sourcing, not how the word makes them feel. Annotated corpora agree: PTC marks such words as casting
        # doubt, rarely as loaded.
        Category("charge", "Charges of lying, hiding or treachery",
                 "Words that accuse someone of lying, of hiding the truth, or of treachery (lied, lies, a cover-up, "
                 "a whitewash, treason, betrayed, sabotage). The charge may be true: ask who makes it and what "
                 "evidence they give. Shown, but not counted as loaded wording in the rates.",
                 "#1F5F8B", "#DCE6EE", "dotted", "charge?", counts_as_loaded=False),
        Category("emotional", "Strong feeling words",
                 "Words outside the toolkit's list that a sentiment dictionary rates as strongly positive or negative.",
                 "#8A6A00", "#EAE4D1", "solid", "feeling"),
    )
}

#: The category given to hits that only the sentiment dictionary found.
SENTIMENT_CATEGORY = "emotional"
#: Labels for people themselves: the propaganda technique of name-calling, which annotated corpora such as
#: PTC keep apart from loaded wording, so the benchmark scores these spans against that technique.
NAME_CALLING = "name-calling"


def counts_as_loaded(name: str) -> bool:
    """Whether spans of this category count as loaded wording (every category but vague sourcing and charges of
    deceit; an instructor's own categories always count)."""
    category = CATEGORIES.get(name)
    return category.counts_as_loaded if category is not None else True


def valid_category_name(name: str) -> bool:
    """Category ids are short lower-case slugs, safe as CSS class names."""
    return bool(_NAME.match(name))


def custom_category(name: str, title: str = "", definition: str = "") -> Category:
    """A category declared in an instructor's lexicon file, drawn in a neutral grey with its name as badge."""
    if not valid_category_name(name):
        raise ValueError(f"category {name!r}: use up to 32 lower-case letters, digits, '-' or '_'")
    return Category(name, title.strip() or name.replace("-", " ").replace("_", " ").capitalize(),
                    definition.strip() or "A kind of loaded wording your teacher added.",
                    "#333333", "#EDEDED", "solid", name[:8])
