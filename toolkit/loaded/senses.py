"""Plain senses shown by the very next word: "families who hail from Crete" (come from), not praise;
"the island lies off the coast" (is placed), not deceit; "in spite of" (although), not malice.

The lexicon's `literal:` cues look at the whole sentence; a few words change sense only with
the word right after them, and a sentence-wide cue would be far too broad for those. Each
rule here is a lexicon term's stem and the next words that make it plain.
"""

from __future__ import annotations

from toolkit.text.stemmed_words import broken_between

#: term (as written in the lexicon, without "=") -> next words that show the plain sense.
#: Where, or in what, something lies: "the island lies off the coast", "the problem lies in the
#: wiring", "he was lying on the floor" (the sense of place, not of deceit).
_PLACE_WORDS = frozenset({"off", "in", "on", "between", "beneath", "under", "along", "near", "at", "within",
                          "beyond", "across", "ahead", "behind", "north", "south", "east", "west", "just",
                          "with", "idle", "dormant", "empty", "low", "awake", "down", "face", "flat", "still"})
NEXT_WORD_PLAIN = {
    "hail": frozenset({"from"}),          # "who hail from the coast": come from
    "blast": frozenset({"radius", "site", "furnace"}),
    "lies": _PLACE_WORDS,
    "lying": _PLACE_WORDS,
    "spite": frozenset({"of"}),           # "in spite of the rain": although
    "joke": frozenset({"about"}),         # "told a joke about his neighbour": a real joke, not "the trial is a joke"
    # "the town boasts a marina", "the club boasted over 300 members": has, not brags
    "boast": frozenset({"a", "an", "one", "some", "several", "two", "three", "four", "five", "more", "over", "nearly",
                        "almost", "around", "roughly", "dozens", "hundreds", "thousands", "millions"}),
    # the military and sports sense: "offensive weapons", "the offensive line"
    "offensive": frozenset({"weapon", "weapons", "capability", "capabilities", "operation", "operations", "line",
                            "lineman", "linemen", "coordinator", "player", "players", "play", "rebound", "rebounds",
                            "cyber", "missiles", "arms", "forces", "military"}),
    # the legal and accounting senses: "gross negligence", "gross domestic product", "gross income"
    "gross": frozenset({"negligence", "misconduct", "indecency", "domestic", "income", "incomes", "margin", "margins",
                        "revenue", "revenues", "profit", "profits", "sales", "pay", "salary", "earnings", "weight",
                        "tonnage", "amount", "value", "receipts"}),
    # "wasted no time", "wasted little time": acted quickly
    "wasted": frozenset({"no", "little"}),
    # a forged thing named: "fake invoices", "a fake passport" (a record of fraud, not a dismissal of reporting)
    "fake": frozenset({"invoice", "invoices", "passport", "passports", "document", "documents", "identity",
                       "identities", "id", "ids", "account", "accounts", "profile", "profiles", "signature",
                       "signatures", "licence", "licences", "license", "licenses", "receipt", "receipts", "banknotes",
                       "currency", "employment", "marriage", "marriages", "certificate", "certificates"}),
    # the fans' sense (issue 16, fourteenth round): "a cult classic", "cult status", "a cult following" name a small,
    # devoted audience for a film, a book or a band, not a sect whose members do not think for themselves
    "cult": frozenset({"classic", "classics", "status", "following", "followings", "film", "films", "movie", "movies",
                       "hit", "hits", "favourite", "favourites", "favorite", "favorites", "novel", "novels", "book",
                       "books", "band", "bands", "series", "show", "shows", "comedy", "comedies", "album", "albums",
                       "game", "games", "hero", "heroes", "appeal", "audience", "audiences", "fans"}),
}

NEXT_WORD_PLAIN["boasted"] = NEXT_WORD_PLAIN["boast"]  # the exact-form entry ("=boasted") reads the same way
NEXT_WORD_PLAIN["waste"] = NEXT_WORD_PLAIN["wasted"]  # "waste no time"


def plain_by_next_word(term: str, next_word: str | None) -> bool:
    """Whether the word after a match shows the matched term in its plain sense."""
    plain = NEXT_WORD_PLAIN.get(term.lstrip("=").rstrip("*").lower())
    return bool(plain and next_word and next_word.lower() in plain)


#: Words that deny what follows them in the same clause: "not enough to create a drastic change".
NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "hardly", "nor", "neither", "cannot", "isn't",
                       "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't"})
#: How many words back a negation reaches.
NEGATION_REACH = 6


def negated(text: str, words, first: int) -> bool:
    """Whether a negation stands a few words before word `first`, with no punctuation between."""
    k = first - 1
    while k >= 0 and first - k <= NEGATION_REACH:
        between = text[words[k].end:words[k + 1].start]
        if any(c in between for c in ",;:.!?()\u2014\u2013\"\u201c\u201d"):
            return False
        if words[k].lower in NEGATIONS or words[k].lower.endswith("n't"):
            return True
        k -= 1
    return False


#: Two words that introduce the name of an offence: "charged with fraud", "convicted of child neglect",
#: "pleaded guilty to perjury". What follows is the charge as the court or police name it, reported, not
#: the writer's own word for what someone did.
CHARGE_FRAMES = frozenset({
    ("charged", "with"), ("convicted", "of"), ("guilty", "of"), ("guilty", "to"), ("indicted", "for"),
    ("indicted", "on"), ("acquitted", "of"), ("accused", "of"), ("arrested", "for"), ("arrested", "on"),
    ("sentenced", "for"), ("prosecuted", "for"), ("charges", "of"), ("charge", "of"), ("counts", "of"),
    ("count", "of"), ("suspicion", "of"), ("jailed", "for"), ("convictions", "for"), ("conviction", "for"),
    # An accusation reported as one: "allegations of a cover-up", "complicit in covering up", "his role in the
    # cover-up". The sentence tells who is accused of what; the student's question is who says so, on what evidence.
    ("allegations", "of"), ("allegation", "of"), ("accusations", "of"), ("accusation", "of"), ("complicit", "in"),
    ("role", "in"), ("involvement", "in"), ("denied", "any"), ("denies", "any"), ("deny", "any"),
})
#: One word that reports a charge as someone's denial: "denied lying", "denies any cover-up". ("Alleged" is not
#: one: "this alleged hero" is the writer's sneer; nor is "accused X of", whose object may be the accusers'
#: own loaded words, "accused them of being selfish", which a student should see.)
CHARGE_WORDS = frozenset({"denied", "denies", "deny", "denying"})
#: How many words may stand between the frame and the word ("convicted of child neglect": one).
CHARGE_GAP = 1


def names_a_charge(text: str, words, first: int) -> bool:
    """Whether word `first` names the offence in a charge ("charged with lying to investigators"): a charge
    frame stands right before it, or one word before it, with no punctuation between."""
    for gap in range(CHARGE_GAP + 1):
        k = first - 1 - gap
        if k < 0 or broken_between(text, words[k], words[first]):
            return False
        if gap == 0 and words[k].lower in CHARGE_WORDS:
            return True
        if k >= 1 and not broken_between(text, words[k - 1], words[first]) and (words[k - 1].lower, words[k].lower) in CHARGE_FRAMES:
            return True
    return False
