"""The kinds of loaded language a teacher can name, each with a colour and a text cue.

Colours come from the Okabe-Ito colour-blind-safe palette (darkened where white text or a
light tint needs contrast); every category also has a short badge word and an underline
style, so that a student who cannot tell the colours apart, or prints in greyscale, still
sees which kind of wording was found.
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

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


CATEGORIES: dict[str, Category] = {
    c.name: c
    for c in (
        Category("fear", "Fear and threat",
                 "Words that make a situation sound frightening or dangerous, so you feel alarm before you know the facts.",
                 "#B34400", "#FBE3D6", "wavy", "fear"),
        Category("hostility", "Hostility and enemy framing",
                 "Words that turn a disagreement into a fight, or cast one side as an enemy, traitor or aggressor.",
                 "#8A2E00", "#F7D9CC", "double", "enemy"),
        Category("contempt", "Contempt, name-calling and labels",
                 "Insults and labels that mock or belittle people or groups instead of describing what they did.",
                 "#A6427C", "#F6DDEB", "dashed", "insult"),
        Category("outrage", "Outrage and moral condemnation",
                 "Words that tell you to be shocked, disgusted or angry, judging something for you.",
                 "#6B3FA0", "#E8DFF5", "solid", "outrage"),
        Category("exaggeration", "Exaggeration and absolutes",
                 "Words that blow things up: the biggest, the worst, totally, never, everyone.",
                 "#7A5A00", "#FBF0C4", "dotted", "exagg."),
        Category("sensational", "Sensational verbs",
                 "Dramatic action words (slams, blasts, plunges, soars) where a plain verb would say the same thing.",
                 "#005A8C", "#D5E8F6", "wavy", "drama"),
        Category("idiom", "Dramatic idioms and metaphors",
                 "Colourful phrases and comparisons (jumping ship, fever pitch) that add feeling or a hidden judgment.",
                 "#00735A", "#D3EFE6", "dashed", "idiom"),
        Category("glittering", "Glittering generalities",
                 "Warm, vague praise words (heroic, world-class, freedom-loving) that ask you to approve without evidence.",
                 "#0072B2", "#DCEBF7", "double", "praise"),
        Category("sourcing", "Vague or loaded sourcing",
                 "Wording about who says something that hides the source (some say, is considered) or judges the speaker (admitted, claimed).",
                 "#4D4D4D", "#E6E6E6", "dotted", "source?"),
        Category("emotional", "Strong feeling words",
                 "Words outside the toolkit's list that a sentiment dictionary rates as strongly positive or negative.",
                 "#5C5C00", "#F2F2C2", "solid", "feeling"),
    )
}

#: The category given to hits that only the sentiment dictionary found.
SENTIMENT_CATEGORY = "emotional"


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
