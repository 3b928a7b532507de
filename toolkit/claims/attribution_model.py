"""What an attribution is, and the name book that ties a surname to the full name met earlier.

Part of `toolkit.claims.attribution` (the facade other code imports from). Kept apart because
every reader and rule of attribution builds these records and reads these word sets, while none
of them needs the rules themselves: `Attribution` (one source and the words credited to it),
`NameBook` (full names seen so far in an article, so "Isik" resolves to "Fikri Isik"), `Found`
(a sentence's attributions and cues), `looks_like_person`, and the word sets about names, titles,
pronouns and frame strengths that the phrase readers and the rules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from toolkit.claims.cues import Cue
from toolkit.claims.infinitive_frames import INFINITIVE_LEADS
from toolkit.claims.named_documents import closing_according
from toolkit.claims.place_names import names_nobody
from toolkit.claims.read_once import read_once
from toolkit.claims.people import (FEMALE, RECENT_PEOPLE, given_name_sex, is_given_name, person_name, pronoun_fits,
                                   sex_of)
from toolkit.text.tokens import word_list


#: Words that can stand between a subject and its reporting verb ("Isik has also said").
BETWEEN_SUBJECT_AND_VERB = frozenset({
    "has", "have", "had", "also", "later", "previously", "recently", "again", "then", "once", "further", "repeatedly",
    "publicly", "earlier", "still", "both", "reportedly", "would", "will", "could", "may", "might", "did", "does",
    "do", "not", "never", "often", "always", "privately", "separately", "initially", "subsequently", "quickly",
    "immediately", "flatly", "openly", "bluntly", "frankly", "only", "just", "long", "himself", "herself",
    "themselves", "itself", "last", "week", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "yesterday", "today", "has", "been",
    "now", "even", "first", "soon", "ultimately", "finally", "already",
    "however", "instead", "too",
    "this", "past", "month", "year", "weekend", "morning", "afternoon", "evening", "night",  # "this past week announced"
    "here", "there",  # "officials here said"
})
#: A negated auxiliary is the verb's, never the speaker's ("The mayor wouldn't say when"): before a verb of
#: saying the subject stands before it, as before "would not". (Before a stance or belief verb the readers
#: leave it: "voters don't seem engaged" holds no one's view, and PolNeAR train lost more than it gained.)
NEGATED_AUXILIARIES = frozenset({
    "wouldn't", "won't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "couldn't", "can't",
    "cannot", "isn't", "aren't", "wasn't", "weren't", "shouldn't",
})
#: Phrases that may stand between a subject and its verb without commas ("Isik in a statement said");
#: "the statement said" is a document speaking, so the words are skipped only as a phrase.
BETWEEN_PHRASES = (("in", "a", "statement"), ("in", "an", "interview"), ("in", "a", "letter"), ("on", "twitter"),
                   *INFINITIVE_LEADS)  # "went on to say", "were more likely to say"
#: Short asides set off by commas between a subject and its verb ("Liveris, of course, said").
ASIDE_PHRASES = frozenset({("of", "course"), ("for", "example"), ("in", "fact"), ("in", "turn"),
                           ("in", "particular"), ("for", "his", "part"), ("for", "her", "part"),
                           ("for", "their", "part"), ("at", "least"), ("in", "response"), ("in", "addition"),
                           ("for", "instance"), ("for", "one"), ("by", "contrast"), ("in", "contrast"),
                           ("on", "the", "other", "hand")})
#: Verbs of saying with an addressee before what is said: "asked the council to wait", "urged voters to".
ADDRESSEE_VERBS = frozenset({"ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "remind",
                             "reminds", "reminded", "assure", "assures", "assured", "reassure", "reassured",
                             "warn", "warns", "warned", "tell", "tells", "told", "telling"})
#: Words that open what the addressee was asked or told, after the addressee.
ADDRESSED_CLAUSE_WORDS = frozenset({"to", "how", "why", "what", "whether", "if", "when", "where", "who", "that",
                                    "which"})
#: "replied saying that ...": a second reporting verb confirms the first.
REPORTING_PARTICIPLES = frozenset({"saying", "arguing", "adding", "noting", "claiming", "warning", "insisting",
                                   "explaining", "writing", "stating"})
#: Prepositions before a participle of saying that make it the subject's act: "by saying", "after
#: stating". Not "without" or "from" ("refrained from saying"): those report no words.
PARTICIPLE_ADJUNCTS = frozenset({"by", "after", "while", "before", "when", "upon"})
#: Words after such a participle that report no words: "by saying a prayer", "after saying nothing".
SAID_NOTHING = frozenset({"a", "an", "nothing", "little", "grace", "goodbye", "hello", "thanks", "so"})
PASSIVE_MARKERS = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "that"})
PERSON_PRONOUNS = frozenset({"he", "she"})
OTHER_PRONOUNS = frozenset({"they", "it"})
WRITER_PRONOUNS = frozenset({"i", "we", "you"})
#: Words of an appositive's first position ("Can Kasapoglu, a defense analyst at ..., says").
APPOSITIVE_OPENERS = frozenset({"a", "an", "the", "who", "whose", "which", "his", "her", "their", "its", "one", "of",
                                "now", "then", "formerly", "once", "himself", "herself", "also",
                                "in", "speaking", "writing", "during", "asked", "when", "after", "before",
                                "despite", "unlike", "like", "along"})
#: Words set off by commas between a subject and its verb ("Critics, however, called").
ASIDE_ADVERBS = frozenset({"however", "meanwhile", "too", "though", "instead", "likewise", "separately", "also",
                           "nonetheless", "nevertheless"})
#: What may follow a surname ("Jr.", "Sr.").
NAME_SUFFIXES = frozenset({"jr", "sr"})
#: A politician's party and state ("D-Texas", "R-N.Y."), an appositive that names no one.
PARTY_AND_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
#: Phrases that pass words on: the speaker was quoted in, or spoke to, someone else ("via").
VIA_PHRASES = (
    ("as", "quoted", "in"), ("as", "quoted", "by"), ("quoted", "in"), ("quoted", "by"), ("as", "reported", "by"),
    ("as", "reported", "in"), ("in", "an", "interview", "with"), ("in", "a", "statement", "to"), ("speaking", "to"),
    ("speaking", "with"), ("writing", "in"), ("wrote", "in"), ("cited", "by"), ("told",), ("tells",), ("tell",),
    ("in", "comments", "to"), ("in", "remarks", "to"),
)
#: Those of them that name whom the words were said to: with no verb of saying for them to join, the
#: addressee is no source ("would have to tell Ruiz, who ...", "speaking to a crowd that ...").
ADDRESSEE_PHRASES = frozenset({("told",), ("tells",), ("tell",), ("speaking", "to"), ("speaking", "with"),
                               ("in", "an", "interview", "with"), ("in", "a", "statement", "to"),
                               ("in", "comments", "to"), ("in", "remarks", "to")})
#: "citing X": X is the source and the reporter is the via.
CITING_PHRASES = (("citing",), ("quoting",))
#: The words of each of those phrases: a sentence holding no phrase's every word passes nothing on.
_VIA_WORD_SETS = tuple(frozenset(phrase) for phrase in (*VIA_PHRASES, *CITING_PHRASES))
#: One word of each of those phrases (its longest: "quoted", "interview", "told"): a sentence holding none of
#: them holds no phrase, which one set test tells before the phrases are tried one by one.
_VIA_KEY_WORDS = frozenset(max(phrase, key=len) for phrase in (*VIA_PHRASES, *CITING_PHRASES))
#: Words in names that mark an organisation rather than a person.
ORGANISATION_WORDS = frozenset({
    "center", "centre", "agency", "ministry", "university", "institute", "organization", "organisation",
    "committee", "department", "council", "bank", "party", "news", "times", "post", "press", "reuters",
    "association", "foundation", "group", "company", "corporation", "corp", "inc", "ltd", "office", "house",
    "court", "commission", "union", "network", "authority", "authorities", "tass", "nato", "journal", "daily", "weekly", "magazine",
    "service", "services", "board", "bureau", "administration", "army", "force", "forces", "police", "school",
    "college", "hospital", "club", "fund", "coalition", "alliance", "federation", "government", "parliament",
    "senate", "congress", "kremlin", "pentagon", "caller", "media", "channel", "television", "radio",
})
#: Strength of each kind of attribution: how sure the rules are that the words are someone else's.
#: Documents that are a source even without "the" or a maker: "records show", "data show".
BARE_DOCUMENTS = frozenset({"records", "documents", "data", "figures", "statistics", "filings", "emails",
                            "transcripts", "minutes", "files", "papers"})
STRENGTH = {"named": 0.92, "described": 0.82, "document": 0.85, "unnamed": 0.62, "quotation": 0.7}
#: A stance, plan or charge ("accused", "plans", "backs") is someone's position, but the verb is
#: less sure to mean it than a verb of saying: the strength is multiplied by this.
STANCE_FACTOR = 0.85
#: Titles written short with a full stop ("Sen. Maria Lopez", "Mr. Hale"): the stop ends no name.
ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
                                "prof", "rev", "adm", "maj", "cmdr", "pres", "supt", "insp", "atty", "st", "messrs"})
#: Words before a stance verb's "subject" that show the verb is a noun ("of Republican support").
NOUN_MARKERS = frozenset({"of", "for", "in", "on", "by", "with", "from", "to", "at", "about", "the", "a", "an",
                          "his", "her", "their", "its", "our", "this", "that", "these", "those", "whose"})
#: A name's initials before a full stop: "L" (Janet L. Yellen), "J.M" (J.M. Berger).
INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")
#: A source ending in an initialism whose final stop the tokenizer split off ("the F.B.I").
_CLIPPED_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
#: Verb forms that are also plural nouns ("states", "reports", "notes"): weaker evidence of speech.
NOUN_LIKE_VERB_FORMS = frozenset({"states", "reports", "notes", "claims", "adds", "writes", "answers", "charges",
                                  "counters", "estimates", "remarks", "comments", "statements", "calls", "questions",
                                  "attacks", "plans", "wants", "views", "backs", "cites", "thanks", "jokes"})
#: Modal verbs between a subject and a stance verb make it the writer's forecast ("Russia will oppose").
FORECAST_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "must", "can"})
#: Naming verbs: ", called SkyNote," names a thing; the name after them is not a speaker.
NAMING_VERBS = frozenset({"call", "calls", "called", "name", "names", "named", "dub", "dubs", "dubbed", "title",
                          "titled", "label", "labels", "labelled", "labeled"})
#: Verbs of saying whose "to" opens what was said or promised ("claimed to have", "vowed to").
TO_VERBS = frozenset({"claim", "claims", "claimed", "promise", "promises", "promised", "vow", "vows", "vowed",
                      "pledge", "pledges", "pledged", "threaten", "threatens", "threatened", "agree", "agrees",
                      "agreed", "refuse", "refuses", "refused", "decline", "declines", "declined", "urge", "urges",
                      "urged", "ask", "asks", "asked", "propose", "proposes", "proposed", "offer", "offers",
                      "offered"})
#: Words after a belief verb that show a clause follows ("believes the tax will pass").
CLAUSE_VERBS = frozenset({"will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could",
                          "should", "may", "might", "must", "won't", "wouldn't", "isn't", "can't", "did", "does"})
QUOTE_SHARE_FOR_ATTRIBUTION = 0.6
LONG_QUOTE_WORDS = 4


@dataclass(frozen=True)
class Attribution:
    """One frame that credits words to a source.

    `source` is who is credited, cleaned for display ("Fikri Isik", "TASS", "the city clerk",
    or None when nobody is named); `via` who passed the words on ("TASS"); `named` whether
    the source is a name rather than a description; `scope` the spans of the reported words;
    `frame` the span of the frame itself ("said Isik").
    """

    source: str | None
    kind: str
    strength: float
    named: bool
    frame: tuple[int, int]
    scope: tuple[tuple[int, int], ...]
    cues: tuple[Cue, ...]
    via: str | None = None
    person: bool = False
    #: A noun of saying whose owner the sentence leaves unsaid ("the vain hope that ..."): shown with no
    #: source, yet weighed as the described source its frame was read with (toolkit.claims.noun_cue_owners).
    owner_unsaid: bool = False

    def __post_init__(self) -> None:
        if self.source and _CLIPPED_INITIALISM.search(self.source):
            # The tokenizer leaves "F.B.I." as "F.B.I" + ".": the display keeps the stop it is written with.
            object.__setattr__(self, "source", self.source + ".")

    def covers(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in (*self.scope, self.frame))


@dataclass
class NameBook:
    """Full names met so far, by surname, so that "Isik" can be read as "Fikri Isik"."""

    by_surname: dict[str, str] = field(default_factory=dict)
    last_person: str | None = None
    last_source: str | None = None
    #: Words the article writes in lower case ("given", "former"): not names at the front of a run.
    common: frozenset[str] = frozenset()
    #: Words the article capitalises after a lower-case word, in lower case: a name's words, not a sentence's first.
    mid_capitals: frozenset[str] = frozenset()
    #: Surnames whose sex the article showed ("Mrs. Okafor", "Okafor said she"), for "he" and "she".
    honorifics: dict[str, str] = field(default_factory=dict)
    #: The last few people met, newest last, with their sex when known.
    recent: list[tuple[str, str | None]] = field(default_factory=list)
    #: (offset, title, full name) of each person named with a title ("Ohio Gov. John Kasich"), in text order.
    titled: list[tuple[int, str, str]] = field(default_factory=list)

    def meet(self, name: str, opens_sentence: bool = False, sex: str | None = None,
             described: bool = False) -> None:
        """Remember a person named as a speaker or a subject, cleaned of words that name nobody;
        `sex` when the sentence showed it ("Okafor said she"), `described` for "the Florida senator"."""
        person = name if described else person_name(name, self.common, self.by_surname, opens_sentence)
        if person is None or (not described and names_nobody(person)):
            return  # "Ohio", "New Hampshire", "Muslim Americans": no "he" or "she" means them
        if sex is not None and person != name and not pronoun_fits("she" if sex == FEMALE else "he",
                                                                   given_name_sex(person.split()[0])):
            person = name  # "Mrs. Clinton" met after "Bill Clinton" was named: not him
        if sex is not None and not described:
            self.honorifics.setdefault(_bare(person.split()[-1]), sex)
        self.last_person = person
        self.recent = [r for r in self.recent if r[0] != person][-(RECENT_PEOPLE - 1):]
        self.recent.append((person, sex if described else sex_of(person, self.honorifics)))

    def person_for(self, pronoun: str) -> str | None:
        """Whom "he" or "she" most likely means: the last person met whose sex fits (unknown fits both)."""
        for person, sex in reversed(self.recent):
            if pronoun_fits(pronoun, sex):
                return person
        return self.last_person

    def learn(self, name: str, opens_sentence: bool = False) -> None:
        parts = (person_name(name, self.common, {}, opens_sentence) or name).split()
        if len(parts) >= 2 and looks_like_person(parts):
            known = self.by_surname.get(_bare(parts[-1]))
            if known is not None and is_given_name(known.split()[0]) and not is_given_name(parts[0]):
                return  # "Bernie Sanders" stays, whatever "Given Sanders' lead" at a sentence's start says
            self.by_surname[_bare(parts[-1])] = " ".join(parts)

    def resolve(self, name: str) -> str:
        """A lone surname as the full name: of the person of that surname met most recently ("Clinton"
        after "Hillary Clinton" spoke), else the one the article names in full ("Bill" and "Hillary
        Clinton" in one story: the one just met is the likelier)."""
        parts = name.split()
        if len(parts) == 1:
            bare = _bare(parts[0])
            for person, _ in reversed(self.recent):
                if _full_name_surname(person) == bare:
                    return person
            return self.by_surname.get(bare, name)
        return name


@lru_cache(maxsize=4096)
def _full_name_surname(person: str) -> str | None:
    """The surname by which a lone surname can mean this person (as `_bare` gives it): that of a name of two
    words or more opening with a capital ("Hillary Clinton" -> clinton), else None. It depends on the name
    alone, so it is worked out once per name: `NameBook.resolve` asks it of each of the last few people met,
    at every lone name it resolves, and used to split their names anew each time."""
    words = person.split()
    return _bare(words[-1]) if len(words) > 1 and words[0][:1].isupper() else None


@lru_cache(maxsize=16384)
def _bare(word: str) -> str:
    """A word in lower case, without its possessive "'s". Kept per spelling: `NameBook.resolve` reads the
    surname of each of the last few people met at every name it resolves."""
    word = word.lower().replace("\u2019", "'")
    return word[:-2] if word.endswith("'s") else word


NAME_PARTICLES_LOWER = frozenset({"of", "for", "and", "the"})
#: Lower-case words that may join the parts of one name ("Center for Economics and Foreign Policy").
NAME_JOINER_WORDS = frozenset({"of", "for", "and", "the", "de", "al"})


def looks_like_person(words: Sequence[str]) -> bool:
    """Two to four capitalised words, none of them an organisation word or in capitals: a person's name."""
    if not 2 <= len(words) <= 4:
        return False
    # One pass over the two to four words (asked for every name described): no generators to set up.
    for w in words:
        if not (w[:1].isupper() or "-" in w):
            return False
    first = words[0]
    if (first.isupper() and len(first) > 1) or _bare(first) in NAME_PARTICLES_LOWER:
        return False
    for w in words:
        if _bare(w) in ORGANISATION_WORDS:
            return False
    return True


@dataclass(frozen=True)
class Found:
    """What the rules found in one sentence: its attributions and the cues that are not sources."""

    attributions: tuple[Attribution, ...]
    cues: tuple[Cue, ...]

    @read_once
    def primary(self) -> Attribution | None:
        """The attribution that speaks for the whole sentence, or None. Worked out once: the labeller, the
        name book and the quote chains each ask (the record is frozen, so the answer cannot change)."""
        if not self.attributions:
            return None
        best = max(self.attributions, key=lambda a: (a.strength, a.named))
        # A frame inside the words a verb of saying reports speaks only through it: "The Florida senator
        # told reporters he feels good" is the senator's, though "he" was resolved to a name.
        speaker = next((a for a in self.attributions if a is not best and a.strength >= STRENGTH["described"]
                        and _names_someone(a.source) and any(c.family == "reporting_verbs" for c in a.cues)
                        and a.covers(*best.frame) and not best.covers(*a.frame)), None)
        if speaker is None and _through_pronoun(best):
            # "..., the Florida senator told reporters when asked if he still believes ...": a pronoun later in
            # the sentence most often means the speaker the sentence has already named; that frame speaks.
            speaker = next((a for a in reversed(self.attributions) if a.frame[1] <= best.frame[0]
                            and not _through_pronoun(a) and a.strength >= STRENGTH["described"]
                            and _names_someone(a.source) and any(c.family == "reporting_verbs" for c in a.cues)),
                           None)
        if speaker is not None:
            best = speaker
        tied = [a for a in self.attributions if (a.strength, a.named) == (best.strength, best.named)]
        # On a tie, the frame whose reported words hold the others speaks: "X promises to ..., Lopez said"
        # is Lopez's; "Kim noted that Lopez said ..." is Kim's.
        outer = [a for a in tied if all(b is a or a.covers(*b.frame) for b in tied)]
        # two frames that hold each other ("X promises to ..., Lopez said"): the verb of saying wins
        chosen = next((a for a in outer if any(c.family == "reporting_verbs" for c in a.cues)), None) or \
            (outer[0] if outer else best)
        return closing_according(self.attributions, chosen)  # "Ruiz said ..., according to a transcript."


def _through_pronoun(attribution: Attribution) -> bool:
    """Whether an attribution's source was read from a pronoun ("he said"), not written in the sentence."""
    return any(c.kind == "source" and c.family == "pronoun" for c in attribution.cues)


def _names_someone(source: str | None) -> bool:
    """Whether a source can be the speaker of a whole sentence: a name ("Ana Lopez"), a described speaker
    ("the Florida senator", "73 percent of Democrats", "a dozen members of Congress"); not a phrase the
    rules took for a subject by mistake, such as "his opening" or "the time" (a possessive first, or
    two plain words whose last names nobody)."""
    if not source:
        return False
    words = source.split()
    if source[:1].isupper():
        return True
    if words[0].lower() in ("his", "her", "their", "its", "our", "my", "your"):
        return False
    if len(words) > 2:
        return True
    last = _bare(words[-1])
    stem = last[:-1] if last.endswith("s") else last
    return bool({last, stem} & (word_list("titles").words | word_list("bodies").words | SHARE_WORDS | PART_WORDS))


#: Words that take a share of a group with "of": "some of the riders", "most of Lopez's friends".
PART_WORDS = frozenset({"some", "many", "most", "several", "all", "none", "few", "one", "two", "three", "four",
                        "five", "dozens", "hundreds", "thousands", "members", "majority", "minority"})


#: Words for a share of the people asked: "a third of voters", "half of Democrats", "most of them".
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "minority", "plurality"})
