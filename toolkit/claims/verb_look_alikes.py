"""Verbs of saying and of stance that are not verbs here: "his home state of Vermont", "back in 2011".

Verbs of saying. Several forms of the reporting lists are also nouns or other verbs, and then they
hand over nobody's words: "state" before a noun or after "of", "his" or "home" is the place ("his
home state of Vermont", "state health officials"); "remarks" not followed by "that", a colon, a
comma or a quotation is the noun ("her public remarks can be plodding"); "maintains a lead" keeps
something; "the borrowing continued." goes on, with no words before it; "called off", "called back" are other verbs, and "a party
called Anti-Prom" names a thing; "testified" with nothing said after it reports an appearance
("testified before the panel last fall"), not a claim.

Stances. The stance list (`stance_verbs.txt`) holds words that credit a position to their subject ("voters
back the levy", "Okafor attacks the plan"). Several are also an adverb or a noun, and then they
credit nothing: "back" after a verb's object or before "in", "to" or "down" says where, not who
supports what; "backed off", "backs down" with nothing taken back after them retreat; "declined in Texas", "declined sharply" fall (a refusal takes an object or "to"); "may
want to", "might want to" is the writer's advice, not the subject's wish;
"attacks", "support" or "praise" before a preposition are nouns ("attacks on the mayor", "support
for the levy", "thanks to the storm"); after "I'd" or "we'd" (one token, so no subject reader sees the
"I") a stance is the writer's own wish, as "I want to" is.

Beliefs. "think" before "tank" is half of a noun ("a conservative think tank"), and "feel" or "felt" may
name a state or a noun rather than a belief (`toolkit.claims.feeling_states`, `toolkit.claims.saying_nouns`).
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.appearances import shows_up, testified_in_opening
from toolkit.claims.claim_senses import claim_without_words
from toolkit.claims.feeling_states import feeling_state
from toolkit.claims.idiom_sayings import idiom_saying
from toolkit.claims.noun_look_alikes import SAYING_AFTER_TEXT, noun_before_saying, plural_noun_before_verb
from toolkit.claims.saying_nouns import saying_noun
from toolkit.claims.vote_margins import vote_margin
from toolkit.claims.wordless_acts import wordless_act
from toolkit.text.tokens import Token

#: "back" as a verb of support takes an object; before these it is an adverb or a phrasal verb.
BACK_PARTICLES = frozenset({"in", "to", "down", "off", "up", "then", "on", "into", "from", "at", "home", "out",
                            "away", "when", "and", "or", "with", "for", "again", "over", "around", "there", "here"})
#: Other forms of "back": with these particles after them they retreat ("backed off", "backs down"), support nothing.
BACKED_FORMS = frozenset({"backed", "backs", "backing"})
RETREAT_PARTICLES = frozenset({"off", "down"})
#: After the particle these name what was taken back ("backed off from his claim"): a stance, left alone.
RETRACTED_AFTER = frozenset({"from", "on", "of"})
#: Forms of "decline", a refusal only with an object or an infinitive ("declined the offer", "declined to say").
DECLINE_FORMS = frozenset({"decline", "declines", "declined", "declining"})
#: Words after "declined" that make it a fall: "declined in Texas", "declined sharply", "declined by half".
FELL_AFTER = frozenset({"in", "by", "from", "sharply", "slightly", "steadily", "steeply", "further", "again", "since",
                        "over", "during", "after", "among", "significantly", "dramatically", "modestly", "rapidly",
                        "slowly", "somewhat"})
#: Words before "back" that make it an adverb: "gave it back", "came back", "looking back".
BACK_OBJECTS = frozenset({"it", "them", "him", "her", "me", "us", "you", "this", "that"})
#: A first person fused with "would" before a stance ("I'd like to"): one token, so the subject reader misses the "I".
FIRST_PERSON_CONTRACTIONS = frozenset({"i'd", "i\u2019d", "we'd", "we\u2019d"})
#: Stance forms that are also nouns: before a preposition they name a thing ("attacks on", "support for").
NOUN_FORMS = frozenset({"attack", "attacks", "support", "praise", "questions", "thanks", "criticism"})
#: Prepositions after such a noun ("to" only for "thanks to"; "plans to", "support to" are left alone).
NOUN_PREPOSITIONS = frozenset({"in", "on", "of", "for", "from", "by", "against", "at", "during", "across", "among",
                               "over", "after"})


def stance_look_alike(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the stance word(s) `tokens[i:j]` are an adverb or a noun here, not a verb."""
    if i > 0 and tokens[i - 1].low in FIRST_PERSON_CONTRACTIONS:
        return True  # "I'd like to", "we'd prefer": the writer's own wish (or a quoted speaker's), as "I want" is
    if j - i != 1:
        return False
    if vote_margin(tokens, i, j) or shows_up(tokens, i, j):
        return True  # "Vermont backed the governor by double digits", "footage of the mayor again appears."
    word = tokens[i].low
    after = tokens[j].low if j < len(tokens) else ""
    before = tokens[i - 1].low if i > 0 else ""
    if word == "back":
        if before in BACK_OBJECTS or j >= len(tokens):
            return True  # "gave it back", "came back"
        return after in BACK_PARTICLES or not tokens[j].is_word
    if word in BACKED_FORMS and after in RETREAT_PARTICLES and \
            (j + 1 >= len(tokens) or tokens[j + 1].low not in RETRACTED_AFTER):
        return True  # "the board backed off", "the union eventually backed down": a retreat, not support
    if word == "want" and after == "to" and _advice_modal_before(tokens, i):
        return True  # "Ruiz may want to check her figures": the writer's advice, not Ruiz's wish
    if word in DECLINE_FORMS and (after in FELL_AFTER or (after == "to" and j + 1 < len(tokens) and (
            tokens[j + 1].has_digit or tokens[j + 1].text in ("$", "\u00a3", "\u20ac")))):
        return True  # "turnout declined in every state", "sales declined to $4 million": it fell, nobody refused
    if word in NOUN_FORMS:
        return after in NOUN_PREPOSITIONS or (word == "thanks" and after == "to") or \
            plural_noun_before_verb(tokens, i, j)
    return plural_noun_before_verb(tokens, i, j)  # "China's ambitious plans did not go down well"


#: Nouns that make a belief verb before them the first half of a compound: "a conservative think tank".
COMPOUND_HEADS = {"think": frozenset({"tank", "tanks"})}


def belief_look_alike(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the belief word(s) `tokens[i:j]` are a noun or a state here ("the rowdy feel", "felt blindsided",
    "a think tank")."""
    if j - i == 1 and j < len(tokens) and tokens[j].low in COMPOUND_HEADS.get(tokens[i].low, ()):
        return True  # "a progressive think tank said": the tank speaks, nobody thinks
    return feeling_state(tokens, i, j) or saying_noun(tokens, i, j)


#: Modals that make "want to" the writer's advice: "may want to", "might want to".
ADVICE_MODALS = frozenset({"may", "might"})


def _advice_modal_before(tokens: Sequence[Token], i: int) -> bool:
    """Whether "may" or "might" stands right before "want" at `i` (past "also", "well", "still")."""
    k = i - 1
    while k >= 0 and tokens[k].low in ("also", "well", "still", "just"):
        k -= 1
    return k >= 0 and tokens[k].low in ADVICE_MODALS


#: Words before "state" that make it the noun: "his home state", "secretary of state", "each state".
STATE_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
                               "home", "of", "in", "each", "every", "per", "after", "from", "across", "swing", "key",
                               "battleground", "early", "other", "one", "which", "what", "whose", "own", "red",
                               "blue", "rural", "by", "for", "nation", "member", "police", "welfare"})
#: Words after a verb of saying that begin what was said: "that", a quotation, a colon.
OPENS_WORDS = frozenset({"that", ":", ",", "\u201c", '"', "'", "\u2018", "\u2014", "\u2013", "--"})
#: Words after "state"/"states" that still leave it a verb ("states the obvious", "states in a letter").
STATE_VERB_AFTER = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "these", "those", "he", "she",
                              "they", "it", "we", "in", "on", "clearly", "flatly", "plainly", "simply", "only", "also"})
#: Quotation marks: a quotation before "continued" makes it a verb of saying.
QUOTE_TEXTS = frozenset({"\u201c", "\u201d", '"', "'", "\u2018", "\u2019", "''", "``"})
#: Particles that make "call" another verb: "called off", "called back", "called up".
CALL_PARTICLES = frozenset({"off", "back", "up", "in", "around"})
#: Objects "maintain" keeps rather than says: "maintains a lead", "maintained their battle".
KEPT_OBJECT_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "control", "order", "contact",
                                 "ties", "relations"})


def saying_look_alike(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the reporting-list form(s) `tokens[i:j]` are a noun or another verb here, not a verb of saying."""
    if j - i != 1:
        return False
    if wordless_act(tokens, i, j) or saying_noun(tokens, i, j) or claim_without_words(tokens, i, j) or \
            idiom_saying(tokens, i, j) or plural_noun_before_verb(tokens, i, j) or \
            noun_before_saying(tokens, i, j, SAYING_AFTER_TEXT):
        return True  # "Okafor called Ann Ruiz on Tuesday", "had their say", "claimed the prize", "the charges are"
    word = tokens[i].low
    after = tokens[j].low if j < len(tokens) else ""
    before = tokens[i - 1].low if i > 0 else ""
    if word in ("state", "states"):
        if before in STATE_NOUN_BEFORE or (i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].is_word
                                          and before not in ("he", "she", "it", "they")
                                          and j < len(tokens) and after not in OPENS_WORDS):
            return True  # "his home state of Vermont", "New York state", "Rust Belt states Indiana"
        return bool(after) and tokens[j].is_word and after not in OPENS_WORDS and after not in STATE_VERB_AFTER \
            and tokens[j].text.islower()  # "state health officials", "state after state"
    if word == "remarks":
        return after not in OPENS_WORDS and after not in ("on", "about")
    if word in ("maintain", "maintains", "maintained"):
        return after in KEPT_OBJECT_OPENERS
    if word in ("continue", "continues", "continued"):
        # "the borrowing continued.": no quotation before it and no name speaking ("..., Okafor continued.")
        return after in (".", "") and not any(t.text in QUOTE_TEXTS or t.text == ":" for t in tokens[:i]) and \
            not (i > 0 and tokens[i - 1].text[:1].isupper())
    if word in ("call", "calls", "called"):
        if after in CALL_PARTICLES:
            return True
        named_thing = i >= 2 and before.isalpha() and tokens[i - 1].text.islower() and \
            any(t.low in ("a", "an") for t in tokens[max(0, i - 3):i - 1])
        return named_thing and j < len(tokens) and (tokens[j].text[:1].isupper() or after in OPENS_WORDS)
    if word in ("testify", "testifies", "testified"):
        # '"They knew," Okafor testified.': a frame closing a quotation a few words back reports words
        closes_quote = any(t.text in QUOTE_TEXTS for t in tokens[max(0, i - 4):i])
        if testified_in_opening(tokens, i, j):
            return True  # "After Ruiz testified, the committee ...": the comma ends a clause of time
        return after not in OPENS_WORDS and after not in ("about", "to", "on") and not closes_quote
    return False
