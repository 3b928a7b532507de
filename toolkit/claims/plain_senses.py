"""Judging words used in a plain sense: "when necessary", "to welcome visitors", "empty flats" (issue 16).

The word lists of `toolkit.claims.cues` read "necessary" and "welcome" as mild ratings, "empty" as
a judgment ("empty promises") and "as a matter of fact" as the writer claiming certainty. Each
word also has a plain sense that rates nothing, told apart by the words around it:

- "necessary" in a condition ("when necessary", "if necessary", "as may be necessary", "where it
  is necessary"): a procedure's proviso, not the writer saying something is needed. "It is
  necessary to act" and "an unnecessary delay" are left alone;
- "welcome" as a verb or a noun ("to welcome visitors", "will welcome the decision", "a warm
  welcome from"): receiving someone or something, an act anyone can report; "a welcome change"
  and "is welcome" still rate;
- "empty" with a place or a container ("empty properties", "empty seats", "left the seat
  empty"), or after a verb of standing ("the flats stood empty"): what is unused, not "empty
  promises";
- "as a matter of fact" straight after a verb or a noun ("cannot be determined as a matter of
  fact"): a question of fact as against one of law or taste. Opening a clause ("As a matter of
  fact, the mayor never came", "..., when, as a matter of fact, ...") it is the writer insisting,
  and stays a cue.

`plain_sense` says whether a word-list match is such a plain use, so that it makes no cue.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token, is_title_case

#: Words that open a condition or a proviso before "necessary".
CONDITION_OPENERS = frozenset({"when", "if", "where", "whenever", "wherever", "as", "unless"})
#: Words that may stand between the opener and "necessary" ("if it is", "as may be", "where deemed").
CONDITION_FILLERS = frozenset({"it", "is", "it's", "was", "were", "be", "been", "may", "might", "should", "shall",
                               "proves", "prove", "proved", "deemed", "thought", "judged", "found", "considered",
                               "absolutely", "strictly", "really"})
#: Words before "welcome" that make it a verb: "to", a modal or auxiliary, a personal pronoun as subject.
WELCOME_VERB_BEFORE = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall",
                                 "did", "do", "does", "we", "they", "i", "you", "who", "also", "warmly"})
#: Words that open the object of the verb "welcome": "welcome the decision", "welcome all", "welcome them back".
WELCOME_OBJECTS = frozenset({"the", "a", "an", "all", "any", "more", "their", "his", "her", "its", "our", "my", "your",
                             "this", "these", "those", "them", "him", "us", "me", "everyone", "anyone", "back", "home",
                             "such", "new", "some", "many"})
#: Words before the adjective "welcome" as a predicate: "is welcome", "no longer welcome", "made to feel welcome".
PREDICATE_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "not", "longer", "very", "more",
                              "most", "always", "feel", "feels", "felt", "make", "makes", "made", "seem", "seems",
                              "remain", "remains", "particularly", "especially", "equally", "all", "also", "hardly",
                              "scarcely"})
#: Places and containers that stand empty or full: "empty properties", "empty seats".
EMPTY_THINGS = frozenset({
    "property", "properties", "home", "homes", "house", "houses", "flat", "flats", "apartment", "apartments",
    "building", "buildings", "room", "rooms", "office", "offices", "shop", "shops", "store", "stores",
    "storefront", "storefronts", "unit", "units", "premises", "warehouse", "warehouses", "factory", "factories",
    "seat", "seats", "chair", "chairs", "bed", "beds", "shelf", "shelves", "street", "streets", "road", "roads",
    "lot", "lots", "plot", "plots", "field", "fields", "site", "sites", "hall", "halls", "classroom",
    "classrooms", "stadium", "stadiums", "stand", "stands", "carriage", "carriages", "train", "trains", "bus",
    "buses", "berth", "berths", "pitch", "pitches", "space", "spaces", "desk", "desks", "table", "tables",
    "tank", "tanks", "bottle", "bottles", "can", "cans", "box", "boxes", "container", "containers", "crate",
    "crates", "plate", "plates", "stomach", "stomachs", "village", "villages", "town", "towns", "harbour",
    "harbor", "car", "cars", "park", "parks", "block", "blocks", "bedroom", "bedrooms", "podium", "chamber",
    "chambers", "arena", "arenas", "venue", "venues", "event", "events", "nest", "church", "churches",
})
#: Verbs of standing before "empty": "the flats stood empty", "the hall lies empty".
STANDING_VERBS = frozenset({"stood", "stand", "stands", "standing", "lie", "lies", "lay", "lying", "sat", "sit",
                            "sits", "sitting"})
#: Words after which "as a matter of fact" opens a clause: the writer's insistence, not a question of fact.
CLAUSE_LINKS = frozenset({"and", "but", "or", "so", "yet", "when", "while", "because", "since", "that", "though",
                          "although", "whereas", "if", "then", "now", "well", "oh", "no", "yes"})


def plain_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the word-list match `tokens[i:j]` is one of the plain uses in this module's list."""
    words = " ".join(t.low for t in tokens[i:j])
    if words == "necessary":
        return _necessary_in_condition(tokens, i)
    before = tokens[i - 1].low if i > 0 else ""
    after = tokens[j].low if j < len(tokens) else ""
    if words == "welcome":
        return _welcome_as_verb_or_noun(before, after, i)
    if words == "empty":
        return after in EMPTY_THINGS or before in EMPTY_THINGS or before in STANDING_VERBS or (
            j < len(tokens) and tokens[j].is_capitalised and not is_title_case(tokens))  # "an empty City Hall"
    if words == "as a matter of fact":
        return i > 0 and tokens[i - 1].is_word and before not in CLAUSE_LINKS
    return False


def _welcome_as_verb_or_noun(before: str, after: str, i: int) -> bool:
    """ "to welcome visitors", "they welcome the decision", "a warm welcome from", "overstayed his welcome": the
    verb or the noun. The adjective ("a welcome change", "is no longer welcome") is left to rate; so is an opening
    "Welcome to ..." (`i` is 0), which is as often the writer's irony as a greeting."""
    if before in WELCOME_VERB_BEFORE or after in WELCOME_OBJECTS:
        return True
    if i > 0 and before not in PREDICATE_BEFORE and after in ("to", "from", "for", ",", ".", ""):
        return True  # the noun: "a rousing welcome to", "his welcome."
    return False


def _necessary_in_condition(tokens: Sequence[Token], i: int) -> bool:
    """ "when necessary", "if it is necessary", "as may be necessary": a condition opener, then at most three
    filler words, then "necessary" with nothing it is needed for ("if it is necessary to close the road" still
    rates a need) and no comparison ("as necessary as ever")."""
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if after in ("to", "for", "as", "that"):
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and tokens[k].low in CONDITION_FILLERS:
        k -= 1
    return k >= 0 and i - k <= 4 and tokens[k].low in CONDITION_OPENERS
