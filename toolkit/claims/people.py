"""People among the names: which capitalised runs name a person, and whom "he" or "she" can mean.

"He said" is credited to the last person the article named, so what counts as a person matters.
Capital letters alone overcount: a sentence's first word ("Given Sanders' lead, ..."), a
place ("New Hampshire"), a title ("Secretary of State John Kerry") or a prefix ("Former")
sticks to a name and makes a person nobody is called. The rules here clean a run of
capitalised words into the person it names:

- at the start of a sentence, words at the front that the article itself writes in lower
  case elsewhere ("given", "former", "new") are ordinary words, not part of the name, unless
  they are a common given name ("Rose", "Bill"); so are titles anywhere ("Secretary");
- a given name inside the run starts the name ("State John Kerry" -> "John Kerry");
- a run ending in a surname the article already gave in full is that person
  ("New Hampshire Sanders" -> "Bernie Sanders").

Whom a pronoun can mean follows the given name (word lists `given_names_female.txt` and
`given_names_male.txt`) or an honorific met in the article ("Mrs. Okafor", "the
congresswoman, Ruiz,"): "she said" is not credited to the last man named when a woman was
named just before him. A name of unknown sex fits either pronoun.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import Collection, Mapping, Sequence

from toolkit.claims.sentence_words import word_places
from toolkit.text.tokens import Token, reporting_verbs, word_list

FEMALE, MALE = "female", "male"
#: Honorifics and gendered job words before a surname ("Mrs. Okafor", "Congresswoman Ruiz").
GENDERED_TITLES = {
    "mr": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE, "sir": MALE, "dame": FEMALE, "lady": FEMALE,
    "congressman": MALE, "congresswoman": FEMALE, "chairman": MALE, "chairwoman": FEMALE,
    "spokesman": MALE, "spokeswoman": FEMALE, "businessman": MALE, "businesswoman": FEMALE,
    "councilman": MALE, "councilwoman": FEMALE, "king": MALE, "queen": FEMALE, "prince": MALE,
    "princess": FEMALE,
}
#: How many recent people a pronoun may reach back over to find one of the right sex.
RECENT_PEOPLE = 6


def given_name_sex(word: str) -> str | None:
    """FEMALE or MALE for a common given name of one sex; None for other words and names used for both."""
    low = _bare(word)
    female = low in word_list("given_names_female").words
    male = low in word_list("given_names_male").words
    if female == male:
        return None
    return FEMALE if female else MALE


def is_given_name(word: str) -> bool:
    low = _bare(word)
    return low in word_list("given_names_female").words or low in word_list("given_names_male").words


def opening_verb(word: str) -> bool:
    """A verb of saying before the name it credits ("Stated Lane:", "Added Ruiz:"), not the name's first word;
    "Said" is also a given name, so it stays one."""
    low = _bare(word)
    return low != "said" and low in reporting_verbs()


def person_name(name: str, common: Collection[str], by_surname: Mapping[str, str],
                opens_sentence: bool = False) -> str | None:
    """The person a run of capitalised words names, cleaned (see the module's doc), or None when it
    names nobody one could call a person ("Given", "State"). Ordinary words are cut from the front
    only of a run that opens its sentence: elsewhere a capital shows a name ("Can Kasapoglu")."""
    words = name.split()
    if not words:
        return None
    # A given name after other capitalised words starts the person's name: "State John Kerry".
    for k in range(1, len(words) - 1):
        if is_given_name(words[k]) and not is_given_name(words[0]):
            words = words[k:]
            break
    # Ordinary words written with a capital at the front: "Given Sanders", "Former Carson".
    while len(words) > 1 and not is_given_name(words[0]) and (_bare(words[0]) in word_list("titles").words or (
            opens_sentence and (_bare(words[0]) in common or "-" in words[0]
                                or _bare(words[0]) in word_list("function_words").words
                                or opening_verb(words[0])))):
        words = words[1:]
    surname = _bare(words[-1])
    known = by_surname.get(surname)
    if known is not None and (len(words) == 1 or not is_given_name(words[0])):
        return known  # "Sanders", "New Hampshire Sanders": the person named in full before
    if len(words) == 1 and opens_sentence and _bare(words[0]) in common:
        return None
    return " ".join(words)


def stands_for_person(source: str) -> bool:
    """Whether a source that is not a full name is still one person a later "he" or "she" can mean:
    one person described by a title ("the Florida senator", "a campaign spokesman") or a lone
    surname ("Purcell"); not a body ("the council", "officials") nor an acronym ("NBC")."""
    words = source.split()
    if not words:
        return False
    last = _bare(words[-1])
    bodies = word_list("bodies").words
    if words[-1].islower():
        return last in word_list("titles").words and last not in bodies and len(words) <= 5
    return len(words) == 1 and not words[0].isupper() and last not in bodies and \
        last not in word_list("titles").words and not names_a_group(words[0])


#: Endings of a capitalised plural that names a group of people, not one person: "Democrats",
#: "Republicans", "Latinos", "Hispanics", "Evangelicals", "Progressives", "Socialists".
GROUP_ENDINGS = ("ats", "cans", "ians", "inos", "anos", "ics", "als", "ives", "ists", "ites")


def names_a_group(word: str) -> bool:
    """Whether one capitalised word is the plural name of a group ("Democrats", "Latinos"), so that a later
    "he" or "she" cannot mean it. Surnames with these endings are rare, and a full name is never one word."""
    low = _bare(word)
    return word[:1].isupper() and len(low) > 4 and low.endswith(GROUP_ENDINGS)


def said_sex(tokens: Sequence[Token], after: int) -> str | None:
    """The sex a pronoun right after a frame shows of its speaker: "Okafor said she would ..." -> female."""
    for token in tokens[after:after + 2]:
        if token.low in ("he", "she"):
            return FEMALE if token.low == "she" else MALE
        if token.low != "that":
            return None
    return None


def honorific_sexes(tokens: Sequence[Token]) -> dict[str, str]:
    """Surnames whose sex an honorific or gendered title before them shows: "Mrs. Okafor" -> okafor: female.
    One pass over the tokens; a surname met with both is left out."""
    found: dict[str, str] = {}
    clash: set[str] = set()
    n = len(tokens)
    lows = list(map(attrgetter("low"), tokens))
    titled = GENDERED_TITLES.keys() & set(lows)  # the titles the text holds at all: most hold few or none
    if not titled:
        return found
    for i in sorted(i for title in titled for i in word_places(lows, title)):
        token = tokens[i]
        sex = GENDERED_TITLES[token.low]
        k = i + 1
        if k < n and tokens[k].text == ".":
            k += 1
        # the last capitalised word of the name that follows ("Mrs. Ana Okafor" -> okafor)
        last = None
        while k < n and tokens[k].is_word and tokens[k].text[:1].isupper() and k - i <= 4:
            last = tokens[k]
            k += 1
        if last is None:
            continue
        surname = _bare(last.text)
        if found.get(surname, sex) != sex:
            clash.add(surname)
        found[surname] = sex
    for surname in clash:
        del found[surname]
    return found


def sex_of(name: str, honorifics: Mapping[str, str]) -> str | None:
    """The sex a person's name shows: by their given name, else by an honorific met with their surname."""
    words = name.split()
    if not words:
        return None
    return given_name_sex(words[0]) if len(words) > 1 and given_name_sex(words[0]) else \
        honorifics.get(_bare(words[-1]))


def pronoun_fits(pronoun: str, sex: str | None) -> bool:
    """Whether "he" or "she" can stand for a person of this sex (unknown fits both)."""
    if sex is None:
        return True
    return (pronoun == "she") == (sex == FEMALE)


@lru_cache(maxsize=1 << 16)
def _bare(word: str) -> str:
    """A word as the name lists hold it: lower case, straight apostrophe, no stops, no "'s". Asked some six
    times a sentence about the same few spellings, so each spelling's answer is kept (it depends on nothing else)."""
    word = word.lower().replace("\u2019", "'").strip(".")
    return word[:-2] if word.endswith("'s") else word


def person_without_place(display: str) -> str:
    """A person's name cleaned of the place or body that follows it: "Dana Okafor of Oregon" -> "Dana
    Okafor", as the title before it is dropped ("Senator Dana Okafor" -> "Dana Okafor"): the source is
    the person; where they come from is said in the sentence. Kept whole when the words before "of"
    are no person's name ("Bank of America", "Secretary of State")."""
    head, of, _ = display.partition(" of ")
    words = head.split()
    if of and 2 <= len(words) <= 4 and is_given_name(words[0]) and all(w[:1].isupper() for w in words):
        return head
    return display
