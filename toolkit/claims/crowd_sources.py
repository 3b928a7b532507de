"""A crowd that speaks: "critics said", "experts told the paper", "several said they waited".

The taxonomy calls a sentence `attributed` when its words are credited to "a named or described
source". A group described by what its members are ("critics", "legal experts", "some of the
nurses") that speaks with a verb of saying is such a source: the claim is handed over, not made by
the writer. What a student should learn about it is that the source is vague, so the source cue
says so ("which critics, exactly?") while the label stays `attributed`.

Faceless forms stay weasel words, shown as the writer's choice: a bare crowd word ("some",
"many", "others", "people") with a verb in the generic present ("some say", "many argue",
"people say") names no one and no occasion, and so do the passives of `weasel.txt` ("it is
said", "is considered"). In the past tense the same bare word reports an occasion on which
particular people spoke ("several said they had waited three hours", "others asked for a
delay"): those people are the source, however vaguely the writer describes them.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.text.tokens import Token

#: Crowd words that describe nobody by what they are: on their own they are only a count.
BARE_CROWD_WORDS = frozenset({"some", "many", "most", "others", "other", "people", "several", "few", "everyone",
                              "everybody", "a", "lot", "lots", "of"})
#: Verb forms that are past or perfect: the crowd spoke on an occasion the writer reports.
#: (Regular forms are recognised by their "-ed" ending; these are the irregular ones of the lists.)
IRREGULAR_PAST = frozenset({"said", "told", "wrote", "written", "spoke", "spoken"})
#: The frame strengths (see `toolkit.claims.attribution`) of verbs of saying; a crowd that believes,
#: expects or opposes ("many believe") is not handed a claim of its own here.
SAYING_STRENGTHS = frozenset({"strong", "weak"})


def crowd_speaks(tokens: Sequence[Token], crowd: tuple[int, int], verb_at: int, strength: str) -> bool:
    """Whether the crowd `tokens[crowd[0]:crowd[1]]` is a described source speaking with the verb at `verb_at`.

    A verb of saying is needed. A crowd with a describing noun ("critics", "legal experts") speaks in
    any tense; a bare crowd word ("some", "others") only in the past ("some said", not "some say").
    """
    if strength not in SAYING_STRENGTHS:
        return False
    words = [t.low for t in tokens[crowd[0]:crowd[1]] if t.is_word]
    if any(w not in BARE_CROWD_WORDS for w in words) or described_by_clause(tokens, crowd, verb_at):
        return True
    return spoke_in_the_past(tokens[verb_at].low)


def described_by_clause(tokens: Sequence[Token], crowd: tuple[int, int], verb_at: int) -> bool:
    """Whether a relative clause between the crowd and its verb says who they are: "people who have
    fought spam for years say", "some who study the river argue"."""
    return crowd[1] < verb_at and tokens[crowd[1]].low in RELATIVE_WORDS


#: Words that open a clause describing the crowd before it.
RELATIVE_WORDS = frozenset({"who", "whose"})


def spoke_in_the_past(verb: str) -> bool:
    """A past or perfect form of a verb of saying: "said", "argued", "told"."""
    return verb in IRREGULAR_PAST or verb.endswith("ed")


def vague_source_cue(text: str, start: int, end: int) -> Cue:
    """The source cue of a speaking crowd: attributed, and the reason says the source is vague."""
    shown = text[start:end]
    why = (f"{quoted(shown)} is a group, not someone you could ask: the words are credited to them, "
           f"but the source is vague. Which ones, exactly?")
    return make_cue(text, start, end, "source", why, family="vague_source")


#: Words that count a crowd: "several observers", "some Democrats", "most of them".
QUANTIFIERS = frozenset({"some", "several", "many", "most", "few", "numerous", "various", "other", "all", "both",
                         "none", "two", "three", "four", "five"})
#: Pronouns a partitive crowd points back to: "most of them", "some of us".
PARTITIVE_PRONOUNS = frozenset({"them", "us", "those"})


def crowd_after_verb(tokens: Sequence[Token], j: int) -> int | None:
    """The end of a counted crowd right after an inverted verb ("..., said several observers", "say some
    Democrats"), or None: a quantifier, then up to two words ending in a plural."""
    if j >= len(tokens) or tokens[j].low not in QUANTIFIERS - {"two", "three", "four", "five", "all", "none"}:
        return None
    end = None
    for k in range(j + 1, min(len(tokens), j + 3)):
        token = tokens[k]
        if not token.is_word or token.has_digit:
            break
        if token.low.endswith("s") and not token.low.endswith("ss"):
            end = k + 1
    return end


def partitive_crowd(tokens: Sequence[Token], k: int) -> int | None:
    """The start of "most of them", "some of those" ending at token `k`, or None."""
    if k >= 2 and tokens[k].low in PARTITIVE_PRONOUNS and tokens[k - 1].low == "of" and tokens[k - 2].low in QUANTIFIERS:
        return k - 2
    return None


#: Words that make a number a share of those asked: "26 percent", "49%".
SHARE_MARKS = frozenset({"percent", "%", "per"})


def share_before_comma(tokens: Sequence[Token], comma: int) -> int | None:
    """The start of a share of those asked set off right before a verb ("Just over a quarter, 26 percent,
    say"; "about two-thirds, 67 percent, said"): the number before the comma at `comma`, or None."""
    k = comma - 1
    if k < 1 or tokens[k].low not in SHARE_MARKS:
        return None
    if tokens[k - 1].has_digit:
        return k - 1
    return None
