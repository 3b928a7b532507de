"""The label taxonomy shared by annotation, answer keys, the sorting task and the classifier.

Sentence labels: `fact`, `attributed`, `opinion`, and `no_claim` for lines that make no claim
about the world (navigation, site text, photo and story credits, bylines). Span labels add
`loaded` and `source`, and instructors may define more; `no_claim` is a sentence label only,
so it lives in `SENTENCE_LABEL_INFO`, not among the span labels of `LABELS`. Each label has a colour and a second cue that survives
greyscale (an underline style and a one-letter badge), so no student has to tell labels
apart by colour alone. The five colours keep the Okabe-Ito families (vermilion, reddish
purple, blue, bluish green, olive) but were tuned so that any two stay at least 15 CIEDE2000
apart for viewers with protanopia, deuteranopia or tritanopia, and each has 3:1 contrast
with white and with its own tint, on which dark text has more than 12:1
(`tests/test_palette.py` checks all of it with `toolkit.render.colour`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.render.theme import INK  # the dark text drawn on every label's tint

SENTENCE_LABELS = ("fact", "attributed", "opinion", "no_claim")
#: The labels that sort claims (the fourth, `no_claim`, is for lines that make none).
CLAIM_LABELS = ("fact", "attributed", "opinion")
SPAN_LABELS = ("loaded", "opinion", "fact", "attributed", "source")
UNDERLINE_STYLES = ("solid", "dashed", "dotted", "double", "wavy")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Label:
    """A label: its name, a title and one-line definition for students, and how it is drawn."""

    name: str
    title: str
    definition: str
    colour: str  # strong colour: borders, underlines, badges
    background: str  # light tint behind highlighted text (dark text stays readable on it)
    underline: str  # CSS text-decoration style: the cue that survives greyscale
    badge: str  # a short text cue shown with the span
    key: str  # keyboard shortcut in the annotation widget

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


LABELS: dict[str, Label] = {
    label.name: label
    for label in (
        Label("loaded", "Loaded language",
              "A word or phrase with strong emotional charge, chosen to make you feel before you think.",
              "#D9530F", "#F8E0D4", "wavy", "L", "1"),
        Label("opinion", "Opinion",
              "The writer's own judgment, framing, prediction or guess, in their own voice.",
              "#9E629D", "#EEE3ED", "dashed", "O", "2"),
        Label("fact", "Reported fact",
              "A checkable statement the writer reports in their own voice.",
              "#032F66", "#D2DAE3", "solid", "F", "3"),
        Label("attributed", "Attributed claim",
              "A statement credited to a named or described source: said, according to, records show.",
              "#2B9174", "#D9EBE6", "double", "A", "4"),
        Label("source", "Source",
              "Who is cited: the person, organisation or document a claim comes from.",
              "#3D3F00", "#DCDCD1", "dotted", "S", "5"),
    )
}


#: The fourth sentence label: drawn in grey with no underline, since it is not a claim to weigh.
NO_CLAIM_LABEL = Label("no_claim", "No claim",
                       "A line that says nothing about the world: navigation, the site's own text, a credit or byline.",
                       "#595959", "#EEEEEE", "none", "N", "")
#: Every sentence label with its title, definition and drawing (span labels plus `no_claim`).
SENTENCE_LABEL_INFO: dict[str, Label] = {**{name: LABELS[name] for name in CLAIM_LABELS}, "no_claim": NO_CLAIM_LABEL}


def custom_label(name: str, title: str, definition: str, colour: str, *, background: str | None = None,
                 underline: str = "solid", badge: str | None = None, key: str = "") -> Label:
    """An instructor-defined label, checked so it cannot clash with the built-in ones or break the page."""
    if not re.match(r"^[a-z][a-z0-9_-]{0,31}$", name):
        raise ValueError(f"label name {name!r}: use up to 32 lower-case letters, digits, '-' or '_'")
    if name in LABELS:
        raise ValueError(f"label name {name!r} is built in; choose another name")
    for value, what in ((colour, "colour"), (background or "#ffffff", "background")):
        if not _HEX.match(value):
            raise ValueError(f"label {name!r}: {what} {value!r} must look like #1a2b3c")
    if underline not in UNDERLINE_STYLES:
        raise ValueError(f"label {name!r}: underline must be one of {', '.join(UNDERLINE_STYLES)}")
    background = background or _tint(colour)
    _check_contrast(name, colour, background)
    return Label(name, title.strip() or name, definition.strip(), colour, background,
                 underline, (badge or name[:2].upper())[:3], key[:1])



def _check_contrast(name: str, colour: str, background: str) -> None:
    """Refuse a label whose text or underline would be hard to see (WCAG 2.1: 4.5:1 for text, 3:1 for lines)."""
    from toolkit.render.colour import contrast_ratio

    text = contrast_ratio(INK, background)
    if text < 4.5:
        raise ValueError(f"label {name!r}: dark text on the background {background} has contrast {text:.1f}:1; "
                         "it needs 4.5:1, so choose a lighter background (or leave it out for a tint of the colour)")
    line = contrast_ratio(colour, background)
    if line < 3:
        darker = colour
        while contrast_ratio(darker, background) < 3:
            darker = "#" + "".join(f"{int(int(darker[i:i + 2], 16) * 0.9):02x}" for i in (1, 3, 5))
        raise ValueError(f"label {name!r}: the colour {colour} is hard to see on its background {background} "
                         f"(contrast {line:.1f}:1, it needs 3:1); a darker shade such as {darker} works")


def _tint(colour: str, amount: float = 0.82) -> str:
    """A light version of a colour, mixing it with white."""
    channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def label_css(labels: dict[str, Label] | None = None, prefix: str = "tk-label") -> str:
    """CSS classes `.tk-label-<name>` with each label's tint, underline style and colour (no_claim included)."""
    rules = []
    for label in ({**(labels or LABELS), "no_claim": NO_CLAIM_LABEL}).values():
        line = ("text-decoration:none;border-bottom:2px dotted " + label.colour if label.underline == "none" else
                f"text-decoration:underline {label.underline} {label.colour};text-decoration-thickness:2px;"
                "text-underline-offset:3px")
        rules.append(f".{prefix}-{label.name}{{background:{label.background};color:{INK};{line}}}")
    return "".join(rules)
