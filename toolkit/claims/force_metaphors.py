"""A verb of force or conquest done to an idea: "the threat has crushed confidence", "the states invaded the field" (issue 16).

Armies invade countries, thieves hijack lorries and floods bury towns: news uses these verbs plainly
of bodies, places and things. Done to something abstract ("crushed the confidence of shoppers",
"hijacked the debate", "annexed the idea", "the fee has smothered hope"), the verb is a picture, and
the picture is the writer's verdict: it says the change was violent, unwelcome or illegitimate where
a report would say plainly what changed ("shoppers spent less", "the states began to tax sales").
Figurative verbs that are never literal in news about public life ("devour", "strangle") are in
`figurative_verbs.txt` already; these verbs need their object read first.

The rule: one of the verbs below, then its object within four words ("the", "a", "their", an
adjective or two may stand between), and the object is abstract: a word ending like a noun of
quality, state or process ("confidence", "equality", "populism", "movement", "fairness",
"competition", "democracy", "freedom") or one of a short list of abstract nouns ("idea", "debate",
"hope", "trust", "field", "agenda"). A capitalised object is a name ("invaded Ukraine") and is left
alone, as is any object that is a thing, a place or people.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token

#: Verbs of force, conquest and theft in all their forms.
FORCE_VERBS = frozenset({
    "crush", "crushes", "crushed", "crushing", "invade", "invades", "invaded", "invading", "annex", "annexes",
    "annexed", "annexing", "conquer", "conquers", "conquered", "conquering", "hijack", "hijacks", "hijacked",
    "hijacking", "ambush", "ambushes", "ambushed", "torpedo", "torpedoes", "torpedoed", "torpedoing", "smother",
    "smothers", "smothered", "smothering", "suffocate", "suffocates", "suffocated", "suffocating", "bury", "buries",
    "buried", "burying", "plunder", "plunders", "plundered", "plundering", "loot", "loots", "looted", "looting",
    "ransack", "ransacks", "ransacked", "kidnap", "kidnaps", "kidnapped", "besiege", "besieges", "besieged",
    "colonise", "colonises", "colonised", "colonize", "colonizes", "colonized", "gut", "guts", "gutted", "gutting",
    "assault", "assaults", "assaulted", "assaulting", "poison", "poisons", "poisoned", "poisoning", "infect",
    "infects", "infected", "infecting", "wreck", "wrecks", "wrecked", "wrecking", "demolish", "demolishes",
    "demolished", "demolishing",
})
#: Words before one of the verbs that make it a noun ("the crush of", "a gut feeling", "this poison").
_NOUN_MAKERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my", "your", "of"})
#: Endings of abstract nouns (qualities, states, doctrines, processes).
_ABSTRACT_ENDINGS = ("ence", "ance", "ity", "ism", "ment", "ness", "tion", "sion", "acy", "dom", "ship", "hood")
#: Abstract nouns these endings miss.
_ABSTRACT_NOUNS = frozenset({"idea", "ideas", "debate", "debates", "hope", "hopes", "trust", "faith", "field",
                             "agenda", "dream", "dreams", "spirit", "conversation", "discourse", "culture", "values",
                             "principles", "morale", "reputation", "credibility", "discussion", "narrative", "cause",
                             "truth", "language", "law", "rights", "ambitions", "ambition", "chances", "prospects"})
#: Words that may stand between the verb and its object.
_BETWEEN = frozenset({"the", "a", "an", "any", "all", "their", "its", "his", "her", "our", "your", "this", "that",
                      "these", "those", "whole", "very", "last", "public", "national", "entire", "once", "remaining",
                      "new", "old", "political", "economic", "social", "moral", "common", "free", "open", "up"})
#: Abstract-looking words that name things, places or people ("station", "apartment", "government"), and resistance
#: that is put down by force in the plain sense ("troops crushed the rebellion").
_CONCRETE = frozenset({"stations", "apartment", "apartments", "settlement", "settlements", "government",
                       "governments", "compound", "equipment", "tenement", "pavement", "basement", "monument",
                       "shipment", "cement", "parliament", "department", "nation", "population", "location",
                       "ambulance", "residence", "conference", "embassy", "pharmacy", "city", "community",
                       "university", "facility", "facilities", "militant", "ship", "township", "kingdom",
                       "institution", "position", "positions", "battalion", "division", "infantry", "convoy",
                       "mansion", "pension", "pensions", "vision", "television", "collection", "construction",
                       "intersection", "junction", "station", "town", "minority", "majority", "authority",
                       "authorities", "entity", "property", "territory", "dominion", "legion",
                       # resistance that is crushed in the plain sense, by force
                       "opposition", "resistance", "insurrection", "revolution", "rebellion", "demonstration",
                       "demonstrations", "movement", "movements", "dissent", "dissidence", "insurgency", "mutiny",
                       "independence"})
WHY = ("{text} pictures what happened to an idea as an act of force (crushing, invading, hijacking): a vivid "
       "image that judges the change, where a report would say plainly what changed.")


#: A sentence holding none of these words gets no cue from this module (`toolkit.claims.cue_rules` asks first).
NEEDS = FORCE_VERBS


def force_metaphor_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """A `force_metaphor` cue from the verb to its abstract object, at most one per sentence."""
    lows = sentence_words(tokens).low_set
    if lows.isdisjoint(FORCE_VERBS):
        return []  # (nearly every sentence)
    for k, token in enumerate(tokens):
        if token.low not in FORCE_VERBS:
            continue
        if k and tokens[k - 1].low in _NOUN_MAKERS:
            continue  # "the crush of the crowd", "an assault on": a noun, not the verb
        m = k + 1
        while m < len(tokens) and m - k <= 4 and tokens[m].low in _BETWEEN:
            m += 1
        if m >= len(tokens) or m - k > 4:
            continue
        head = _object_head(tokens, m)
        if head is None:
            continue
        span = text[token.start:tokens[head].end]
        return [make_cue(text, token.start, tokens[head].end, "evaluative", WHY.format(text=quoted(span)),
                         family="force_metaphor")]
    return []


def _object_head(tokens: Sequence[Token], m: int) -> int | None:
    """The index of the abstract noun at `m` (or one adjective later), or None when the object is not abstract."""
    for n in (m, m + 1):
        if n >= len(tokens):
            return None
        word = tokens[n]
        if not word.is_word or word.has_digit or not word.text.islower():
            return None  # a mark, a number or a name: not an idea
        if _is_abstract(word.low):
            return n
    return None


def _is_abstract(low: str) -> bool:
    if low in _CONCRETE:
        return False
    return low in _ABSTRACT_NOUNS or (len(low) > 5 and low.endswith(_ABSTRACT_ENDINGS))
