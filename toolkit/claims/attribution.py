"""Who says so? Finding the person, body or document a sentence credits its words to.

The rules read a sentence's tokens for the frames news writing uses to hand words to
someone else, and name the source of each:

- a reporting verb with its subject, either way round: "Isik noted", "said Isik",
  "Can Kasapoglu, a defense analyst at ..., says";
- "according to X";
- documents: "records show", "documents released by the city", "a report by X found";
- passed-on words: "as quoted in TASS", "told Reuters", "citing officials" (the `via`);
- headline forms: "TURKEY TO U.S.: \u201c...\u201d", "..., Report Says", "...: report";
- quotation marks, whose speaker may be named in the next sentence;
- stances, plans and charges credited to the subject right before the verb ("the coach
  accused the league of ...", "the board plans a vote", "Ruiz backs the bill"; word list
  `stance_verbs.txt`), weaker than a verb of saying and never read from a possessive or a
  name before a noun ("Ruiz's support", "the Orlando attack");
- a speaker before a colon in transcripts and headlines ("HALE: We never saw it"; labels
  such as "Editor's Note:" are in `not_speakers.txt`).

Datelines ("WASHINGTON \u2014"), short titles and initials ("Sen. Maria Lopez", "Janet L.
Yellen") and asides between the speaker and the verb (", a trade analyst at ...,", ", who
flew to Bangor, Maine, on Friday,", ", of course,") are read past, not taken for the source.

A name is cleaned of job titles ("Turkish Defense Minister Fikri Isik" -> "Fikri Isik"), and
a later mention by surname ("Isik") is resolved to the full name met earlier (`NameBook`).
Vague crowds ("some say", "experts believe", "studies show") are not sources: they come
back as weasel-word cues, because nobody can check them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import compress
from operator import attrgetter
from typing import Iterable, Sequence

from toolkit.claims.cues import Cue, make_cue, quoted, why_for
from toolkit.claims.according_measures import measure_follows
from toolkit.claims.quoted_headings import quoted_heading
from toolkit.claims.colon_lists import names_list_after
from toolkit.claims.crowd_sources import (crowd_after_verb, crowd_speaks, described_by_clause, partitive_crowd,
                                         share_before_comma, vague_source_cue)
from toolkit.claims.group_heads import MOST_LINKS, PLACE_LINKS, capitalised_group_head, people_word, summary_start
from toolkit.claims.infinitive_frames import INFINITIVE_LEADS
from toolkit.claims.knowing_sources import KNOWING_LINK_WORDS, widened_source
from toolkit.claims.participle_subjects import joined_start
from toolkit.claims.named_documents import according_document_nouns, closing_according, document_noun_at
from toolkit.claims.people import (FEMALE, GENDERED_TITLES, RECENT_PEOPLE, given_name_sex, is_given_name,
                                   person_name, person_without_place, pronoun_fits, sex_of)
from toolkit.claims.phrase_matcher import listed_phrases, opening_words
from toolkit.claims.pronoun_sources import LEADING_JOINERS, opening_end
from toolkit.claims.run_memo import run_answer, sentence_memo
from toolkit.claims.sentence_words import sentence_words, word_places
from toolkit.claims.verb_look_alikes import saying_look_alike, stance_look_alike
from toolkit.claims.verb_clauses import only_when_before_that, subject_pronoun_at
from toolkit.text.tokens import (CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS, Token, WordList,
                                 first_word_index, is_title_case, name_word_flags, word_list)

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
        if person is None:
            return
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
                words = person.split()
                if len(words) > 1 and _bare(words[-1]) == bare and words[0][:1].isupper():
                    return person
            return self.by_surname.get(bare, name)
        return name


def _bare(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    return word[:-2] if word.endswith("'s") else word


NAME_PARTICLES_LOWER = frozenset({"of", "for", "and", "the"})
#: Lower-case words that may join the parts of one name ("Center for Economics and Foreign Policy").
NAME_JOINER_WORDS = frozenset({"of", "for", "and", "the", "de", "al"})


def looks_like_person(words: Sequence[str]) -> bool:
    """Two to four capitalised words, none of them an organisation word or in capitals: a person's name."""
    if not 2 <= len(words) <= 4:
        return False
    return all(w[:1].isupper() or "-" in w for w in words) and not any(
        _bare(w) in ORGANISATION_WORDS or (w.isupper() and len(w) > 1) or _bare(w) in NAME_PARTICLES_LOWER
        for w in words[:1]) and not any(_bare(w) in ORGANISATION_WORDS for w in words)


@dataclass(frozen=True)
class Found:
    """What the rules found in one sentence: its attributions and the cues that are not sources."""

    attributions: tuple[Attribution, ...]
    cues: tuple[Cue, ...]

    @property
    def primary(self) -> Attribution | None:
        if not self.attributions:
            return None
        best = max(self.attributions, key=lambda a: (a.strength, a.named))
        # A frame inside the words a verb of saying reports speaks only through it: "The Florida senator
        # told reporters he feels good" is the senator's, though "he" was resolved to a name.
        speaker = next((a for a in self.attributions if a is not best and a.strength >= STRENGTH["described"]
                        and _names_someone(a.source) and any(c.family == "reporting_verbs" for c in a.cues)
                        and a.covers(*best.frame) and not best.covers(*a.frame)), None)
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


# ----- reading source phrases ---------------------------------------------------------------

#: Dashes that close a dateline ("WASHINGTON —", "MACAU (Reuters) –").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _dateline_end(tokens: Sequence[Token]) -> int | None:
    """The index of the first token after a dateline ("WASHINGTON —", "DES MOINES, Iowa (AP) —"), if any."""
    k = 0
    capitals = 0
    if DATELINE_DASHES.isdisjoint(map(_TEXT, tokens[:10])):
        return None  # no dash among the first ten tokens: no dateline (most sentences), told in C
    while k < len(tokens) and k < 10:
        text = tokens[k].text
        if text in DATELINE_DASHES:
            return k + 1 if capitals and k + 1 < len(tokens) else None
        if tokens[k].is_word and text.isupper() and len(text) > 1:
            capitals += 1
        elif not (text in ",.()" or (tokens[k].is_word and (text[:1].isupper() or text in ("de", "la")))):
            return None
        k += 1
    return None


#: A token's fields, read for a whole sentence at once (`map` calls these without a Python frame).
_LOW, _TEXT, _START, _END, _IS_WORD = (attrgetter(name) for name in ("low", "text", "start", "end", "is_word"))


class _Sentence:
    """A sentence's tokens with the facts the rules ask about them."""

    def __init__(self, text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int, end: int):
        self.text = text
        self.given = tokens  # the labeller's own sequence: `low_set` is shared with its other rules through it
        # The labeller's own list when it is one: the phrase matcher and the sentence's words know a sentence by
        # its sequence object, so a copy would make them compare token ids again at every rule (rules never
        # change a sentence's tokens in place).
        self.tokens = tokens if type(tokens) is list else list(tokens)
        self.quotes = list(quotes)
        self.start = start
        self.end = end
        self.title_case = is_title_case(tokens)
        self.first = first_word_index(tokens)
        self.dateline = _dateline_end(self.tokens)
        if self.dateline is not None:
            self.first = self.dateline  # "WASHINGTON — Lawmakers said": the sentence starts after the place
            self.title_case = is_title_case(self.tokens[self.dateline:])
        self.titles = word_list("titles").words
        self.bodies = word_list("bodies").words
        self.functions = word_list("function_words").words

    def low(self, i: int) -> str:
        """Token i's lower-case form, "" outside the sentence. The rules ask it up to some hundred times a
        sentence: at the first question `low` becomes a dictionary's own lookup (same answers, a third the cost)."""
        self.low = defaultdict(str, enumerate(map(_LOW, self.tokens))).__getitem__  # type: ignore[method-assign]
        return self.low(i)

    @cached_property
    def low_set(self) -> frozenset[str]:
        """Every lower-case word of the sentence: a rule whose trigger words are not here can skip it."""
        return sentence_words(self.given).low_set

    def name(self, i: int) -> bool:
        """Whether token i can be part of a name (False outside the sentence). Worked out for every token at the
        first question; from then on `name` is a dictionary's own lookup, since the rules ask it many times."""
        self.name = defaultdict(bool, enumerate(_name_words(self))).__getitem__  # type: ignore[method-assign]
        return self.name(i)

    def in_quote(self, i: int) -> bool:
        token = self.tokens[i]
        return any(s < token.start and token.end <= e for s, e in self.quotes) and token.text not in QUOTE_MARKS

    def noun(self, i: int) -> bool:
        """A title or body word ("minister", "officials", "police", "council's"), singular or plural."""
        low = self.low(i)
        if low.endswith("'s"):
            low = low[:-2]
        stem = low[:-1] if low.endswith("s") else low
        return low in self.titles or low in self.bodies or stem in self.titles or stem in self.bodies

    def closes_quote(self, i: int) -> bool:
        if not 0 <= i < len(self.tokens):
            return False
        text = self.tokens[i].text
        return text in CLOSING_QUOTES + '"' or (text == "'" and i > 0 and self.tokens[i - 1].text == "'")

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.tokens[a].start, self.tokens[b - 1].end

    def words_between(self, start: int, end: int) -> int:
        """How many words lie wholly inside `[start, end)`: by bisection, since tokens are in order and never overlap."""
        starts, ends = self._word_edges
        return max(0, bisect_right(ends, end) - bisect_left(starts, start))

    def indices_starting_in(self, start: int, end: int) -> range:
        """The indices of the tokens that start inside `[start, end)`: by bisection, tokens being in order."""
        starts = self._starts
        return range(bisect_left(starts, start), max(bisect_left(starts, start), bisect_left(starts, end)))

    @cached_property
    def _starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    @cached_property
    def _word_edges(self) -> tuple[list[int], list[int]]:
        words = list(compress(self.tokens, map(_IS_WORD, self.tokens)))
        return list(map(_START, words)), list(map(_END, words))


@sentence_memo(reads_quotes=False)
def _name_words(s: _Sentence) -> list[bool]:
    """Whether each token can be part of a name (see `_Sentence.name`), once per sentence and run."""
    names = name_word_flags(s.tokens, s.first, s.title_case)
    tokens = s.tokens
    n = len(tokens)
    # "Peter T. King", "Mr. King": no sentence starts after the stop. Only the words right after a stop are
    # looked at (`_personal_stop` needs one, and most words have none), the stops found by the list's search.
    for stop in word_places(list(map(_TEXT, tokens)), "."):
        k = stop + 1
        if k >= 2 and k < n and not names[k] and tokens[k].text[:1].isupper() and tokens[k].is_word and \
                _personal_stop(s, k - 1):
            names[k] = True
    return names


_last_read: _Sentence | None = None


def read_sentence(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int,
                  end: int) -> _Sentence:
    """The sentence with its quotations, made once for every rule that reads it (attribution frames, agents,
    quotation owners): the one made last is handed out again for the same token sequence, span and quotations."""
    global _last_read
    last = _last_read
    if last is not None and last.given is tokens and last.text is text and last.start == start and \
            last.end == end and last.quotes == list(quotes):
        return last
    if not quotes:
        # No quotations: the very sentence the name book read already (`plain_sentence`), with the answers it
        # has worked out (its words, its names), when it was read from this same token sequence.
        plain = plain_sentence(text, tokens, start, end)
        if plain.given is tokens:
            _last_read = plain
            return plain
    last = _last_read = _Sentence(text, tokens, quotes, start, end)
    return last


def plain_sentence(text: str, tokens: Sequence[Token], start: int, end: int) -> _Sentence:
    """The sentence `text[start:end]` read without its quotations (for its names), made once per span and run."""
    return run_answer(text, ("plain_sentence", start, end, len(tokens), id(tokens[0]) if tokens else None),
                      lambda: _Sentence(text, tokens, [], start, end))


#: Dashes that can set off an aside between a subject and its verb, and the longest aside read so.
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "--"})
ASIDE_MAX_TOKENS = 25
#: Letters spelled with stops, as the tokenizer leaves them before the last stop: "F.B.I", "U.N".
SPELLED_LETTERS = re.compile(r"(?:[A-Za-z]\.){1,5}[A-Za-z]")
#: Words that open a reported question or explanation after a verb of saying: "she outlined how ...".
WH_CLAUSE_WORDS = frozenset({"how", "why", "what"})
#: Words that open a described source as an article does: "said one former staffer", "another aide said".
ONE_OF_MANY = frozenset({"one", "another"})
#: Words that count the people of a described source: "Both parents ..., saying", "several aides said".
GROUP_QUANTIFIERS = frozenset({"both", "several", "two", "three", "four", "five", "other"})
#: What ties a described source to what it knows: "a source close to him", "officials familiar with the talks".
KNOWING_PHRASES = (("close", "to"), ("familiar", "with"), ("briefed", "on"), ("involved", "in"),
                   ("knowledgeable", "about"), ("with", "knowledge", "of"))
KNOWING_FIRST_WORDS = frozenset(phrase[0] for phrase in KNOWING_PHRASES)  # a phrase is tried only where one stands
#: Words after a verb of saying that start an adjunct, not the reported words: "..., he said after the vote".
ADJUNCT_STARTERS = frozenset({"after", "before", "during", "in", "on", "at", "while", "when", "as", "from",
                              "outside", "inside", "through", "via", "by", ".", ",", ";", "!", "?"})


def _forward_phrase(s: _Sentence, i: int) -> tuple[int, int] | None:
    """The source phrase starting at token `i`: "Turkish Defense Minister Fikri Isik", "the city clerk"."""
    n = len(s.tokens)
    a = i
    if s.low(i) in DETERMINERS or (s.low(i) in ONE_OF_MANY | GROUP_QUANTIFIERS and
                                   s.tokens[i + 1 if i + 1 < n else i].is_word):
        i += 1
    j = i
    last_good = None
    lower_run = 0
    while j < n:
        tok = s.tokens[j]
        if s.name(j):
            j += 1
            last_good = j
            lower_run = 0
            continue
        if s.noun(j):
            j += 1
            last_good = j
            lower_run = 0
            continue
        low = tok.low
        if low in ("of", "for", "and", "the", "de", "al") and last_good == j and s.name(j + 1):
            j += 1
            continue
        if _title_stop(s, j) and s.name(j + 1):
            j += 1  # "Mr. Hale", "Sen. Maria Lopez": the stop after a short title
            continue
        if tok.is_word and tok.text.islower() and low not in s.functions and not tok.has_digit and lower_run < 3:
            j += 1
            lower_run += 1
            continue
        break
    if last_good is None:
        return None
    b = last_good
    if a < i and b < j and (j >= n or s.tokens[j].text in DESCRIBED_ENDS or s.low(j) in DESCRIBED_ENDS) and all(
            s.tokens[x].text.islower() and not s.low(x).endswith(("ly", "ed")) and s.low(x) not in word_list(
                "time_words").words and s.low(x) not in _all_reporting() and s.low(x) not in word_list(
                "document_verbs").words for x in range(b, j)):
        b = j  # "said one Trump confidant", "said a Clinton campaign volunteer": the plain noun ends the phrase
    if s.noun(b - 1) and s.low(b) in ("for", "at", "in", "of", "from", "with") and b + 1 < n:
        k = b + 1
        if s.low(k) in DETERMINERS:
            k += 1
        m = k
        while m < n and (s.name(m) or (s.low(m) in ("of", "for", "and") and s.name(m + 1))):
            m += 1
        if m > k:
            b = m
    return a, b


#: Words that open a described speaker after the verb: "said the designer", "tweeted another".
DESCRIBED_OPENERS = frozenset({"the", "a", "an", "one", "another"})
#: Where a described speaker after the verb may end: the sentence, an aside, or when and where it was said.
DESCRIBED_ENDS = frozenset({".", ",", "!", "?", ";", ":", "in", "on", "at", "during", "after", "before", "while",
                            "who", "\u2014", "\u2013", "--"})


#: The plainest verbs of saying, which take a subject of any shape: "the organizer of the rally said".
PLAIN_SAYING = frozenset({"say", "says", "said", "tell", "tells", "told"})
#: Words that end a clause's subject when read backwards from its verb.
SUBJECT_STOPS = frozenset({"that", "and", "but", "while", "because", "when", "if", "whether", "as", "who", "which",
                           "what", "where", "whom", "whose", "than", "so", "or", "nor", "to", "not", "will", "would",
                           "can", "could", "may", "might", "should", "must", "do", "does", "did", "is", "are", "was",
                           "were", "be", "been", "it", "this", "there", "him", "her", "them", "me", "us", "you",
                           "cannot", "let", "make", "makes", "made", "hear", "heard", "hearing"})
SUBJECT_MAX_TOKENS = 9


#: Words that take a share of a group with "of": "some of the riders", "most of Lopez's friends".
PART_WORDS = frozenset({"some", "many", "most", "several", "all", "none", "few", "one", "two", "three", "four",
                        "five", "dozens", "hundreds", "thousands", "members", "majority", "minority"})


def _of_start(s: _Sentence, a: int) -> int:
    """Where a subject starting at `a` starts once every "of" before it is climbed back over, up to
    `MOST_LINKS` of them: "dozens of members of his party" (see `toolkit.claims.group_heads`)."""
    for _ in range(MOST_LINKS):
        start = _one_of_start(s, a)
        if start == a:
            break
        a = start
    return a


def _one_of_start(s: _Sentence, a: int) -> int:
    """Where a subject starting at token `a` really starts when "of" stands before it: "half of the riders",
    "some of Lopez's friends", "the owner of a seafront cafe", "members of Congress" (the part, or the
    person of the place, is who speaks)."""
    if a >= 2 and s.low(a - 1) == "in" and s.low(a - 2) in PART_WORDS and s.low(a - 2) != "members":
        return a - 2  # "many in the crowd", "some in the party"
    n = a - 1 if a >= 1 and (s.tokens[a - 1].has_digit or s.low(a - 1) in NUMBER_WORDS) else a
    if n >= 3 and s.low(n - 1) == "of" and s.low(n - 2) == "out" and (
            s.tokens[n - 3].has_digit or s.low(n - 3) in NUMBER_WORDS):  # "about four out of 10 voters"
        return n - 4 if n >= 4 and s.low(n - 4) in ("about", "some", "nearly", "almost", "roughly") else n - 3
    if n < a and n >= 2 and s.low(n - 1) == "in" and (s.tokens[n - 2].has_digit or s.low(n - 2) in NUMBER_WORDS):
        # "about four in 10 voters", "Nine in 10 nurses": a share of a crowd, counted as "out of"
        return n - 3 if n >= 3 and s.low(n - 3) in ("about", "some", "nearly", "almost", "roughly") else n - 2
    if a < 2 or s.low(a - 1) != "of":
        return a
    j = a - 2
    token = s.tokens[j]
    if s.low(j) in ("percent", "%") or s.low(j) in SHARE_WORDS:
        if j >= 1 and (s.tokens[j - 1].has_digit or s.low(j - 1) in NUMBER_WORDS or s.low(j - 1) in ("a", "one")):
            j -= 1
        return j
    if s.low(j) in PART_WORDS or capitalised_group_head(token.text, j == s.first):
        return j  # "Supporters of the levy argued"
    if token.is_word and token.text.islower() and s.low(j) not in s.functions and not s.low(j).endswith("ly") \
            and s.low(j) not in _all_reporting():
        if j >= 1 and s.low(j - 1) in DETERMINERS:
            return j - 1
        if j == s.first or (j >= 1 and s.tokens[j - 1].text in ",;:"):
            return j
    return a


RELATIVE_REACH = 16


def _relative_subject(s: _Sentence, vi: int) -> tuple[int, int, str] | None:
    """The subject before a relative clause that ends at the verb at `vi`: "A woman who has accused the
    mayor of lying said", "Hawkins and others who want a ban said", "a young child, who said", "The
    officials whose laws were struck down say" (the person the clause describes speaks)."""
    for r in range(vi - 1, max(-1, vi - RELATIVE_REACH), -1):
        token = s.tokens[r]
        if token.text in ".;:!?()" or token.text in QUOTE_MARKS:
            return None
        low = s.low(r).replace("\u2019", "'")
        if low in ("who", "whose", "who's"):
            end = r - 1
            if end >= 0 and s.tokens[end].text == ",":
                end -= 1
            if end >= 2 and s.low(end) in ASIDE_ADVERBS and s.tokens[end - 1].text == ",":
                end -= 2  # "Sanders, meanwhile, who has no such endorsements, said"
            if end < 0 or s.low(end) in PERSON_PRONOUNS | OTHER_PRONOUNS | WRITER_PRONOUNS:
                return None  # "he who", "those who": no one is described
            found = (_subject_ending(s, end) or _determiner_phrase(s, end) or _plural_phrase(s, end)
                     or _clause_subject(s, end))
            if found is None or found[2] not in ("named", "described", "vague"):
                return None
            return _of_start(s, found[0]), found[1], found[2]
    return None


def _inside_relative(s: _Sentence, a: int, vi: int) -> bool:
    """Whether a subject found at `a` sits inside a relative clause before the verb at `vi`, after a verb
    of its own: "members whose ward lost its ferry say" (not "the man who Lopez said ...")."""
    for r in range(a - 1, max(-1, vi - RELATIVE_REACH), -1):
        if s.tokens[r].text in ".;:!?(),\u2014\u2013" or s.tokens[r].text in QUOTE_MARKS:
            return False
        if s.low(r).replace("\u2019", "'") in ("who", "whose", "who's"):
            return r + 1 < a
    return False


def _clause_subject(s: _Sentence, k: int) -> tuple[int, int, str] | None:
    """The whole subject of a plain verb of saying ending at token `k`, when the narrower rules found
    none: the words back to the start of the sentence or of its clause ("Even the organizer of a
    rally", "58 percent of Latino voters overall"), if they hold a noun and no verb or clause word."""
    i = k
    while i >= 0 and k - i < SUBJECT_MAX_TOKENS:
        token = s.tokens[i]
        if token.text in ",;:()" or token.text in QUOTE_MARKS or token.text in ASIDE_DASHES or \
                s.low(i) in SUBJECT_STOPS or s.low(i).endswith("n't") or s.low(i) in _all_reporting():
            break
        if not (token.is_word or token.text in ("%", "-", "'", "\u2019", "$", ".") and i > 0):
            break
        i -= 1
    start = i + 1
    while start <= k and s.low(start) in ("even", "just", "also", "only", "but", "and", "almost", "nearly",
                                          "roughly", "fully"):
        start += 1
    if start > k or (i >= 0 and s.tokens[i].text not in ",;:" and s.low(i) not in ("that", "and", "but", "while",
                                                                                   "because", "when", "as")
                     and i + 1 != s.first):
        return None  # the phrase must open the sentence or a clause
    if i < 0 and start != s.first and s.first is not None and start < s.first:
        return None
    words = [x for x in range(start, k + 1) if s.tokens[x].is_word]
    if len(words) < 2 or not any(s.noun(x) or (s.tokens[x].text.islower() and s.low(x) not in s.functions)
                                 for x in words):
        return None
    if s.low(start) in WRITER_PRONOUNS | PERSON_PRONOUNS | OTHER_PRONOUNS or s.in_quote(start):
        return None
    return start, k + 1, "named" if any(s.name(x) for x in words) else "described"


def _forward_described(s: _Sentence, j: int) -> tuple[int, int, str] | None:
    """A speaker described in plain words after an inverted verb, words no list holds: '..., said the
    designer', '..., says a narrator', '..., tweeted another', '..., said the 46-year-old', '..., said a
    person close to the family'. Only up to where the sentence, an aside or an adjunct begins."""
    if s.low(j) not in DESCRIBED_OPENERS:
        return None
    k = j + 1
    while k < len(s.tokens) and k - j <= 4:
        token = s.tokens[k]
        plain = token.is_word and token.text.islower() and token.low not in s.functions and not token.low.endswith("ly")
        aged = token.has_digit and "-" in token.text  # "the 46-year-old"
        if not (plain or aged) or token.low in _all_reporting() or any(
                tuple(s.low(k + n) for n in range(len(p))) == p for p in KNOWING_PHRASES):
            break
        k += 1
    if k == j + 1 and s.low(j) != "another":
        return None
    knowing = next((p for p in KNOWING_PHRASES if tuple(s.low(k + n) for n in range(len(p))) == p), None)
    if knowing is not None and k > j + 1:  # "a person close to the family"
        m = k + len(knowing)
        m += 1 if s.low(m) in DETERMINERS else 0
        end = last = m
        while end < len(s.tokens) and end - m < 5 and (s.name(end) or s.noun(end) or (
                s.tokens[end].is_word and s.tokens[end].text.islower() and s.low(end) not in s.functions)):
            end += 1
            if s.name(end - 1) or s.noun(end - 1):
                last = end  # "the harbour board", "the Clintons": up to the last name or noun
        return (j, last, "described") if last > m else None
    if k < len(s.tokens) and s.low(k) not in DESCRIBED_ENDS and s.tokens[k].text not in DESCRIBED_ENDS:
        return None
    return j, k, "described"


def _backward_phrase(s: _Sentence, j: int) -> tuple[int, int] | None:
    """The source phrase ending at token `j` (inclusive): "Can Kasapoglu", "Turkish officials", "the city clerk"."""
    if j < 0:
        return None
    if not (s.name(j) or s.noun(j)):
        return None
    i = j
    lower_run = 0
    while i - 1 >= 0:
        k = i - 1
        tok = s.tokens[k]
        if s.name(k) or s.noun(k):
            i = k
            lower_run = 0
            continue
        low = tok.low
        if low in ("of", "for", "and", "the", "de", "al") and s.name(k - 1) and s.name(i):
            i = k
            continue
        if _title_stop(s, k) and s.name(i):
            i = k  # "Sen. Maria Lopez said": the stop belongs to the title
            continue
        if (tok.is_word and tok.text.islower() and low not in s.functions and not tok.has_digit and lower_run < 2
                and (s.noun(i) or s.name(i)) and low not in _all_reporting()):
            i = k
            lower_run += 1
            continue
        break
    # "Voters in Ohio and Michigan": the place belongs to the people before it, who are the source.
    det = 1 if i >= 3 and s.low(i - 1) in ("the", "a", "an") else 0
    if i - det >= 2 and s.low(i - 1 - det) in ("in", "from", "for", "at", "of", "with") and \
            s.noun(i - 2 - det) and not s.name(i - 2 - det):
        i -= 2 + det
        while i - 1 >= 0 and s.tokens[i - 1].is_word and s.tokens[i - 1].text.islower() and \
                s.low(i - 1) not in s.functions and s.low(i - 1) not in _all_reporting() and i - 1 >= 0 and \
                not s.tokens[i - 1].has_digit and j - i < 8:
            i -= 1
    # "28 percent of voters", "a third of Republicans": the share of those asked is the source.
    if i >= 2 and s.low(i - 1) == "of" and (s.low(i - 2) in ("percent", "%") or s.low(i - 2) in SHARE_WORDS):
        i -= 2
        if i >= 1 and (s.tokens[i - 1].has_digit or all(p in NUMBER_WORDS for p in s.low(i - 1).split("-"))
                       or s.low(i - 1) in ("a", "one", "two")):
            i -= 1
        return i, j + 1
    # Trim modifiers that are not part of a name or a described source from the left edge.
    while i < j and not (s.name(i) or s.noun(i)) and s.tokens[i].text.islower() and not s.noun(i + 1) \
            and not s.name(i + 1):
        i += 1
    if i - 1 >= 0 and (s.low(i - 1) in DETERMINERS - {"that"} or s.low(i - 1) in ONE_OF_MANY):
        i -= 1
    return i, j + 1


def _after_backward_quote(s: _Sentence, vi: int) -> bool:
    """'“The ferry is late,“ said X': the mark before the verb closes a quotation, though typed as opening."""
    return vi > 1 and s.tokens[vi - 1].text in OPENING_QUOTES and s.tokens[vi - 2].text in ",.?!"


def _title_stop(s: _Sentence, k: int) -> bool:
    """Whether token `k` is the full stop of a short title ("Sen.", "Mr.") or of an initial ("Janet L. Yellen")."""
    if not (0 < k < len(s.tokens) and s.tokens[k].text == "." and s.tokens[k - 1].end == s.tokens[k].start):
        return False
    before = s.tokens[k - 1].text
    return s.low(k - 1) in ABBREVIATED_TITLES or bool(INITIALS.match(before))


def joined_name_runs(s: _Sentence, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name runs with those split by an initial or a short title joined up ("Janet L" + "Yellen")."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        if out and out[-1][1] + 1 == a and _title_stop(s, out[-1][1]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _all_reporting() -> frozenset[str]:
    """Every verb of the four reporting lists, joined once for the lists as they are read (not once a call)."""
    global _ALL_REPORTING
    lists = tuple(word_list(name) for name in ("reporting_verbs", "reporting_verbs_weak", "belief_verbs",
                                               "stance_verbs"))
    kept = _ALL_REPORTING
    if kept is None or any(a is not b for a, b in zip(kept[0], lists)):
        kept = _ALL_REPORTING = (lists, frozenset().union(*(words.words for words in lists)))
    return kept[1]


_ALL_REPORTING: tuple[tuple[WordList, ...], frozenset[str]] | None = None


@sentence_memo(reads_quotes=False)  # names, titles and words only: a sentence read with or without its quotations
def describe(s: _Sentence, a: int, b: int) -> tuple[str, bool, tuple[int, int], bool]:
    """A source phrase as (display name, is a name, span of the name in the text, is a person)."""
    tokens = s.tokens
    core = a + 1 if s.low(a) in DETERMINERS and b - a > 1 else a
    names = [k for k in range(core, b) if s.name(k) and not (k == s.first and s.low(k + 1) in ("of", "out") and (
        capitalised_group_head(tokens[k].text, True) or s.low(k) in NUMBER_WORDS))]  # "Dozens of members"
    if (b - a >= 3 and s.low(a + 1) == "in" and _is_number(s, a)) or (
            b - a >= 2 and s.low(a + 1) == "percent" and all(p in NUMBER_WORDS for p in s.low(a).split("-"))):
        names = []  # "Six in 10 say", "Twenty-four percent said": a share of those asked, not a name
    if names and any((s.low(k) in ("percent", "%") or s.low(k) in SHARE_WORDS) and s.low(k + 1) == "of"
                     for k in range(a, names[0])):
        names = []  # "a third of Republicans", "40 percent of Democrats": a share of them, described
    if names and any(s.low(k) in KNOWING_FIRST_WORDS and any(tuple(s.low(k + n) for n in range(len(p))) == p
                                                             for p in KNOWING_PHRASES) for k in range(a + 1, names[0])):
        names = []  # "a person close to Ana Lopez": someone near the name, not the name
    if names:
        last_title = max((k for k in range(core, b) if (s.low(k) in s.titles or (
            s.low(k) in ABBREVIATED_TITLES and _title_stop(s, k + 1))) and not _surname_like_title(s, k)),
                         default=None)
        after = [k for k in names if last_title is None or k > last_title]
        if after and all(s.low(k) in NAME_SUFFIXES for k in after):
            after = names  # "Martin Luther King Jr.": the "title" was part of the name
        # "the secretary of the Bureau": a person described by where they work, not named.
        described_by_employer = last_title is not None and s.low(last_title + 1) in ("of", "for", "at", "to")
        # "voters in Ohio": people described by where they live, not the place.
        described_by_employer = described_by_employer or any(
            (s.noun(k) and not s.name(k) or people_word(s.low(k)) and (not s.name(k) or k == s.first) and all(
                s.name(x) or s.low(x) == "the" for x in range(k + 2, b)))  # "People in Fort Pierce"
            and s.low(k + 1) in ("in", "from", "at", "for", "with") for k in range(core, names[0]))
        # "Supporters of Ana Lopez", "friends of the senator": people described by whom they back.
        described_by_employer = described_by_employer or (
            names[0] >= core + 2 and s.low(names[0] - 1) == "of" and s.noun(names[0] - 2)
            and s.low(names[0] - 2).endswith("s") and all(not s.name(k) or k == s.first for k in range(core, names[0])))
        # "Turkish officials", "White House aides": the name only says which; the people are the source.
        described_by_employer = described_by_employer or (
            bool(after) and b - 1 > after[-1] and not s.name(b - 1)
            and (s.noun(b - 1) or (tokens[b - 1].text.islower() and tokens[b - 1].low.endswith("s")))
            and all(s.name(k) for k in range(after[0], b - 1)))
        # "the Republican presidential candidate", "the Gawker employee": a name used as an
        # adjective, then the ordinary words that say who the source is.
        plural_people = (s.low(b - 1).endswith("s") and not s.low(b - 1).endswith("ss") and (
            s.noun(b - 1) or s.low(b - 1).endswith(("ers", "ists", "ates", "ants", "ents", "ians")))) or (
            s.low(b - 1).endswith(("smen", "swomen", "people")) and s.tokens[b - 1].text.islower())
        # "Some of Lopez's longtime allies": the name only says whose; the people are the source.
        possessed = bool(after) and b - 1 > after[-1] and s.low(after[-1]).replace("\u2019", "'").endswith("'s") \
            and all(tokens[x].is_word and tokens[x].text.islower() for x in range(after[-1] + 1, b))
        described_by_employer = described_by_employer or (possessed and (s.noun(b - 1) or s.low(b - 1).endswith("s")))
        # "Republican presidential candidate said": a party or a place, then the title of one person
        titled = (s.low(b - 1) in s.titles or s.low(b - 1) in s.bodies) and not s.low(b - 1).endswith("s") \
            and s.low(b - 1) not in ORGANISATION_WORDS and b - 1 - after[-1] >= 2 if after else False
        described_by_employer = described_by_employer or (
            bool(after) and b - 1 > after[-1]
            and (s.low(a) in DETERMINERS or s.low(a) in ONE_OF_MANY or plural_people or titled)
            and all(tokens[k].is_word and tokens[k].text.islower() and s.low(k) not in s.functions
                    for k in range(after[-1] + 1, b)))
        if after and not described_by_employer:
            # The first run of name words after the last title.
            start_at = after[0]
            if s.name(b - 1) and any(tokens[k].is_word and not s.name(k) and s.low(k) not in NAME_JOINER_WORDS
                                     for k in range(after[0], b)):
                # "Top Republican Party donor Sheldon Adelson": the name next to the verb is the person.
                start_at = b - 1
                while start_at - 1 > after[0] and (s.name(start_at - 1) or _title_stop(s, start_at - 1)):
                    start_at -= 1
                while start_at < b - 1 and not s.name(start_at):
                    start_at += 1
            run = [start_at]
            for k in range(start_at + 1, b):
                if s.name(k) or (s.low(k) in ("of", "for", "and", "the", "de", "al") and s.name(k + 1)) or (
                        _title_stop(s, k) and s.name(k + 1) and INITIALS.match(tokens[k - 1].text)):
                    run.append(k)
                else:
                    break
            while len(run) > 1 and tokens[run[0]].low.endswith("'s"):
                run = run[1:]  # "Russia's TASS" -> "TASS"
            while run and not s.name(run[-1]):
                run.pop()
            first, last = run[0], run[-1]
            words = [_display_word(tokens[k].text.strip("_*")) for k in range(first, last + 1)]
            display = " ".join(words).replace(" .", ".")
            if display.lower().endswith("'s") or display.endswith("\u2019s"):
                display = display[:-2]
            if first > a and s.low(first - 1) == "the" and not looks_like_person(words):
                display = "the " + display
            display = person_without_place(display)  # "Senator Dana Okafor of Oregon" -> Dana Okafor
            person = looks_like_person(display.split()) or _titled_surname(s, first, last)
            return display, True, (tokens[first].start, tokens[last].end), person
    start, end = tokens[a].start, tokens[b - 1].end
    display = " ".join(s.text[start:end].split())
    if a == s.first and not s.title_case and display[:1].isupper() and not display[:2].isupper() and not s.name(a):
        display = display[0].lower() + display[1:]  # "The city clerk said" -> the city clerk
    return display, False, (start, end), False


def _describe_knowing(s: _Sentence, a: int, b: int, verb_at: int) -> tuple[str, bool, tuple[int, int], bool]:
    """`describe` of a subject widened over what it knows ("one Democrat familiar with the talks" is
    shown whole, not as "Democrat"; toolkit.claims.knowing_sources)."""
    wide_a, wide_b = widened_source(s.tokens, a, b, verb_at)
    display, named, span, person = describe(s, wide_a, wide_b)
    end = s.tokens[wide_b - 1].end
    rest = s.text[span[1]:end].split()
    if rest and rest[0].lower() in KNOWING_LINK_WORDS:  # the name shown stops where the link begins
        display, span = display + s.text[span[1]:end], (span[0], end)
    return display, named, span, person


def _surname_like_title(s: _Sentence, k: int) -> bool:
    """A title word that is a surname: after a short title or a middle initial ("Mr. King", "Peter T. King")
    or a given name ("Angus King")."""
    if not s.tokens[k].text[:1].isupper() or k < 1:
        return False
    if s.low(k) in ABBREVIATED_TITLES and _title_stop(s, k + 1) and s.name(k + 2):
        return False  # "Lt. Gov. Dan Patrick": a second short title, not a surname
    return _personal_stop(s, k - 1) or is_given_name(s.tokens[k - 1].text)


def _personal_stop(s: _Sentence, k: int) -> bool:
    """The stop of a short personal title or a one-letter initial ("Mr.", "Sen.", the "T." of "Peter T. King"),
    not of an abbreviation such as "U.S." (after which "Senate" or "President" keep their own sense)."""
    return _title_stop(s, k) and (len(s.tokens[k - 1].text) == 1 or s.low(k - 1) in ABBREVIATED_TITLES)


def _titled_surname(s: _Sentence, first: int, last: int) -> bool:
    """A single name after a person's title is a person: "Mr. Obama", "Sen. Grassley", "President Obama"
    (a later "he said" may mean them, though their full name was never given)."""
    if first != last or first < 1:
        return False
    title = first - 2 if _title_stop(s, first - 1) else first - 1
    return title >= 0 and (s.low(title) in ABBREVIATED_TITLES or s.low(title) in s.titles)


def _display_word(word: str) -> str:
    """Names shouted in capitals ("TURKEY") are shown as names ("Turkey"); short acronyms stay."""
    if word.isupper() and len(word) > 4 and word.isalpha():
        return word.capitalize()
    return word


# ----- the rules ----------------------------------------------------------------------------

def find_attributions(text: str, tokens: Sequence[Token], quotes: Sequence[tuple[int, int]], start: int, end: int,
                      book: NameBook | None = None) -> Found:
    """Attributions and vague-crowd cues in the sentence `text[start:end]` (tokens and quotes given)."""
    book = book or NameBook()
    s = read_sentence(text, tokens, quotes, start, end)
    found: list[Attribution] = []
    cues: list[Cue] = []
    used: set[int] = set()
    # "according to a Federal Elections Commission report": the document noun is no verb of saying
    nouns = according_document_nouns(s.tokens, lambda w: (w,) in word_list("documents").entries) \
        if "according" in s.low_set else set()

    for attribution, extra in (*_reporting_frames(s, book), *_according_to(s, book), *_documents(s, book),
                               *_headline_frames(s, book), *_speaker_colon_frames(s, book)):
        if attribution is not None:
            frame_tokens = set(s.indices_starting_in(*attribution.frame))
            if frame_tokens & used or (nouns and attribution.kind == "reporting_verb" and frame_tokens & nouns):
                continue
            used |= frame_tokens
            found.append(attribution)
        cues.extend(extra)

    found = _attach_via(s, book, found, cues)
    quote_found, quote_cues = _quotations(s, found)
    found.extend(quote_found)
    cues.extend(quote_cues)
    return Found(tuple(found), tuple(sorted(cues, key=lambda c: (c.start, c.end))))


def _source_cue(s: _Sentence, display: str, named: bool, span: tuple[int, int],
                resolved_from: str | None = None) -> Cue:
    shown = s.text[span[0]:span[1]]
    if resolved_from:
        why = f"{quoted(shown)} is {display}, named in full earlier: the words are credited to them."
    elif named:
        why = f"{quoted(shown)} is who the words are credited to."
    else:
        why = f"{quoted(shown)} describes the source without naming them: you know the kind of source, not who."
    return make_cue(s.text, span[0], span[1], "source", why, family="source")


def _resolve(display: str, named: bool, person: bool, book: NameBook,
             title_sex: str | None = None) -> tuple[str, bool, str | None]:
    """A lone surname as the full name met earlier; not across sexes ("Mrs. Clinton" is not "Bill Clinton")."""
    if named and len(display.split()) == 1:
        full = book.resolve(display)
        if full != display:
            if title_sex is not None and not pronoun_fits("she" if title_sex == FEMALE else "he",
                                                          given_name_sex(full.split()[0])):
                return display, True, None
            return full, True, display
    return display, person, None


def _title_sex(s: _Sentence, span: tuple[int, int]) -> str | None:
    """The sex an honorific right before a name shows: "Mrs. Clinton" -> female, "Mr. Clinton" -> male."""
    k = next((x for x, t in enumerate(s.tokens) if t.start == span[0]), None)
    if k is None or k < 1:
        return None
    k -= 2 if s.tokens[k - 1].text == "." and k >= 2 else 1
    return GENDERED_TITLES.get(s.low(k))


def _reporting_frames(s: _Sentence, book: NameBook):
    if opening_words(_REPORTING_LISTS).isdisjoint(s.low_set):
        return  # no word that opens a verb of saying, believing or stance: no frame here
    strong = word_list("reporting_verbs")
    weak = word_list("reporting_verbs_weak")
    belief = word_list("belief_verbs")
    stance = word_list("stance_verbs")
    matches = [(i, j, "strong") for i, j in listed_phrases(s.tokens, strong.name)]
    matches += [(i, j, "weak") for i, j in listed_phrases(s.tokens, weak.name)]
    matches = [m for m in matches if not saying_look_alike(s.tokens, m[0], m[1])]  # "his home state", "her remarks"
    matches += [(i, j, "belief") for i, j in listed_phrases(s.tokens, belief.name)]
    taken = {k for i, j, kind in matches for k in range(i, j) if kind != "weak"}
    matches += [(i, j, "stance") for i, j in listed_phrases(s.tokens, stance.name) if not taken & set(range(i, j))
                and not stance_look_alike(s.tokens, i, j)]  # "back in 2011", "attacks on": not verbs
    for vi, vj, strength in sorted(matches):
        progressive = s.low(vi).endswith("ing") and s.low(vi - 1) in ("is", "are", "was", "were", "been")
        if (s.in_quote(vi) and not _after_backward_quote(s, vi)) or (
                s.low(vi - 1) in PASSIVE_MARKERS and not progressive) or s.low(vj) in REFLEXIVES:
            continue
        headline = s.title_case and strength != "stance" and _headline_speaker(s, vi, book)
        if s.name(vi) and vi != s.first and not (s.title_case and strength == "strong") and not headline:
            continue  # "the United States", "The Servile State": part of a name, not a verb
        if s.title_case and strength != "strong" and not s.low(vi).startswith("say") and not headline:
            continue
        if s.low(vi).endswith("ing") and s.low(vj) in s.titles and vi > 0 and s.tokens[vi - 1].is_word:
            continue  # "a creative writing professor": the verb's form names a kind of job, nobody speaks
        result = _frame_at(s, book, vi, vj, strength)
        if result is not None:
            yield result


#: The lists `_reporting_frames` reads its verbs from.
_REPORTING_LISTS = ("reporting_verbs", "reporting_verbs_weak", "belief_verbs", "stance_verbs")
#: Adverbs a headline puts between its speaker and the verb: "Okafor Just Responded To ...".
HEADLINE_ADVERBS = frozenset({"just", "now", "also", "finally", "reportedly", "again", "still"})


def _headline_speaker(s: _Sentence, vi: int, book: NameBook) -> bool:
    """In a title-case headline, whether the words from its start to the verb at `vi` are a person's
    name ("Lena Ortiz Asked Voters To ...", "Mayor Okafor Claims ...", a surname met earlier), so
    that a capitalised verb other than "Says" is read as one ("Insurance Claims Rise" is not)."""
    if s.first is None or vi + 2 >= len(s.tokens):
        return False
    k = vi - 1
    while k > s.first and s.low(k) in HEADLINE_ADVERBS:
        k -= 1
    words = [t.text for t in s.tokens[s.first:k + 1] if t.text != "."]
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 4:
        return False
    if words[0].lower() in s.titles and len(words) >= 2:
        return not any(_bare(w) in ORGANISATION_WORDS for w in words)  # "Mayor Okafor", "Sen. Lopez"
    if len(words) == 1:
        return _bare(words[0]) in book.by_surname
    return is_given_name(words[0]) and looks_like_person(words)


#: Words that open a phrase saying where or when, not what: "wrote on Twitter on Monday".
ADJUNCT_OPENERS = frozenset({"on", "in", "at", "during", "via", "through", "late", "earlier", "later", "last",
                             "this", "again", "afterward", "afterwards", "recently", "today", "yesterday",
                             "tonight", "publicly", "privately", "repeatedly", "first", "shortly"})
#: Verbs of saying whose bare clause ("noted the city returned ...") is read by its past verb.
CLAUSE_NOTING_VERBS = frozenset({"noted", "notes", "added", "adds", "argued", "argues", "claimed", "claims",
                                 "insisted", "insists", "recalled", "recalls", "acknowledged", "acknowledges"})
#: Past participles that open a sentence without ending in -ed: "Known until May as ..., it".
IRREGULAR_PARTICIPLES = frozenset({"known", "seen", "given", "taken", "written", "shown", "born", "built",
                                   "made", "held", "caught", "left", "told", "brought", "sent", "hit"})


def _opening_modifier(s: _Sentence) -> bool:
    """Whether the sentence opens with an adverb or a participle clause, not its subject:
    "Publicly, the mayor ...", "Known until May as the Harbor Club, it ...", "Frustrated, she ..."
    (not a given name such as "Ahmed" or "Kelly")."""
    if s.first is None or s.first + 1 >= len(s.tokens):
        return False
    word = s.low(s.first)
    if is_given_name(s.tokens[s.first].text) or len(word) < 5:
        return False
    if word.endswith("ly") and s.tokens[s.first + 1].text == ",":
        return True
    return word.endswith("ed") or word in IRREGULAR_PARTICIPLES


#: Verbs other than the strong ones that may close a report with only where and when after them.
ADJUNCT_END_VERBS = frozenset({"wrote", "tweeted", "posted", "replied", "responded", "added", "confirmed",
                               "commented", "explained"})
#: The longest run of such phrases before the sentence ends.
ADJUNCT_REACH = 10


def _adjuncts_to_end(s: _Sentence, vj: int) -> bool:
    """Whether only phrases of where and when follow the verb to the sentence's end: the verb
    closes a report given before ("Okafor wrote on Twitter on Monday.", after a quotation)."""
    last = len(s.tokens) - 1
    if vj > last or s.low(vj) not in ADJUNCT_OPENERS or s.tokens[last].text not in ".!?" or last - vj > ADJUNCT_REACH:
        return False
    return all(t.is_word and t.low not in CLAUSE_VERBS and t.low != "that" and not s.in_quote(vj + n)
               for n, t in enumerate(s.tokens[vj:last]))


def _frame_at(s: _Sentence, book: NameBook, vi: int, vj: int, strength: str):
    verb = s.text[s.tokens[vi].start:s.tokens[vj - 1].end]
    list_name = {"strong": "reporting_verbs", "weak": "reporting_verbs_weak", "belief": "belief_verbs",
                 "stance": "stance_verbs"}[strength]
    # Subject before the verb, skipping "has also", and an appositive between commas.
    k = vi - 1
    skipped = 0
    progressive = s.low(vi).endswith("ing") and s.low(vi - 1) in ("is", "are", "was", "were", "been")
    while k >= 0 and skipped < 4:
        phrase = next((p for p in BETWEEN_PHRASES if s.low(k) == p[-1] and  # its last word first: rarely there
                       tuple(s.low(x) for x in range(k - len(p) + 1, k + 1)) == p), None)
        if phrase is not None and k - len(phrase) >= 0:
            k -= len(phrase)  # "Isik in a statement said"
        elif (s.low(k) in BETWEEN_SUBJECT_AND_VERB or (s.low(k).endswith("ly") and s.tokens[k].text.islower()
                                                      and len(s.low(k)) > 4)) and not s.name(k):
            k -= 1  # "O'Malley frequently notes", "Isik has also said"
        elif progressive and s.low(k) in ("is", "are", "was", "were", "been"):
            k -= 1  # "Trump is telling supporters": a verb in progress, not a passive
        elif s.tokens[k].text == ")" and _parenthesis_opening(s, k) is not None:
            k = _parenthesis_opening(s, k) - 1  # "Tom Reed (R-Ohio) said", "Smith (pictured) said"
        elif _aside_dash(s, k) and _dash_opening(s, k) is not None:
            k = _dash_opening(s, k) - 1  # "Democratic leaders — and in particular Ann Reyes — insisted"
        elif s.tokens[k].text == "," and s.low(k - 1) in ASIDE_ADVERBS and k >= 2 and s.tokens[k - 2].text == ",":
            k -= 3  # "Critics, however, called"
            if k + 1 < vi and _appositive_start(s, k + 1) is not None:
                k += 1  # "Ann Lee, the chair of X, however, said": the aside before it ends at this comma
        elif s.tokens[k].text == "," and any(
                k - len(p) - 1 >= 0 and s.tokens[k - len(p) - 1].text == "," and
                tuple(s.low(x) for x in range(k - len(p), k)) == p for p in ASIDE_PHRASES):
            k -= 2 + next(len(p) for p in ASIDE_PHRASES if tuple(s.low(x) for x in range(k - len(p), k)) == p)
            if k + 1 < vi and _appositive_start(s, k + 1) is not None:
                k += 1  # "Ann Lee, the chair of X, for example, said"
        elif s.tokens[k].text == "." and s.low(k - 1) in NAME_SUFFIXES:
            k -= 1  # "Richard Trumka Jr. told": the suffix's full stop ends no sentence
            continue
        else:
            break
        skipped += 1
    if k >= 1 and s.tokens[k].text == "," and s.tokens[k - 1].text == ")" and _parenthesis_opening(s, k - 1):
        k = _parenthesis_opening(s, k - 1) - 1  # "Gov. John Kasich (R-Ohio), said"
    subject = None
    from_determiner = False
    if strength == "stance" and s.low(vj) == "by" and vi > 0 and s.tokens[vi - 1].text == ",":
        # "The bill, opposed by House Republicans, ...": the agent after "by" holds the stance.
        agent = _forward_subject(s, vj + 1)
        if agent is not None and agent[2] in ("named", "described"):
            subject = agent
    elif strength == "stance" and k >= 0 and s.tokens[k].text == ",":
        opening = _appositive_start(s, k)  # "Martha Allen, a delegate from Vermont, criticized"
        subject = _subject_ending(s, opening - 1) if opening is not None else None
        if subject is not None and not _names_person(s, subject, strict=True):
            # "Ana Roth, the organist at the Bay Church, which is on Main Street, recalled": the person first
            further = _appositive_start(s, opening)
            outer = _subject_ending(s, further - 1) if further is not None else None
            if outer is not None and _names_person(s, outer):
                subject = outer
        if subject is not None and subject[2] not in ("named", "described"):
            subject = None
    elif strength == "stance":
        subject = _stance_subject(s, k, vi)
    elif k >= 1 and s.low(k) == "who" and s.tokens[k - 1].text == ",":
        subject = _subject_ending(s, k - 2)  # "Ted Cruz, who said he would ...": the name before "who"
    elif k >= 0 and s.tokens[k].text == ",":
        opening = _appositive_start(s, k)
        if opening is not None and s.low(opening + 1) not in ("who", "whose"):
            # "Sandy Reed, who lost her home in Aurora, Colorado, in July, said": the aside found
            # last is inside a relative clause; the speaker stands before its "who".
            relative = _relative_clause_start(s, opening - 1, k)
            if relative is not None and _subject_ending(s, relative - 1) is not None:
                opening = relative
        if opening is not None:
            end_at = opening - 1
            if end_at >= 0 and s.tokens[end_at].text == ")" and _parenthesis_opening(s, end_at) is not None:
                end_at = _parenthesis_opening(s, end_at) - 1  # "Sen. Rob Portman (R-Ohio), a senator from ..., said"
            if end_at >= 1 and s.tokens[end_at].text == "." and s.low(end_at - 1) in NAME_SUFFIXES:
                end_at -= 1  # "James B. Comey Jr., the director of the bureau, said"
            subject = _subject_ending(s, end_at)
            described_aside = subject is not None and subject[0] >= 1 and s.tokens[subject[0] - 1].text == "," \
                and (s.low(subject[0]) in s.titles or s.low(subject[0]) in APPOSITIVE_OPENERS)
            further = _appositive_start(s, opening) if subject is None or described_aside else None
            if further is not None:  # "Haddad, the editor of the weekly, The Harbor Light, said"
                subject = _subject_ending(s, further - 1) or subject
            elif subject is not None and not _names_person(s, subject, strict=True):
                # "Ann Lee, chair of the board of Green Rivers, the group's arm, said": the person
                # before a chain of asides speaks, not the body named inside them.
                further = _appositive_start(s, opening)
                outer = _subject_ending(s, further - 1) if further is not None else None
                if outer is not None and (_names_person(s, outer) or (outer[2] == "named" and outer[0] == s.first)):
                    subject = outer
        elif _named_appositive(s, k) is not None:
            subject = _named_appositive(s, k)  # "The minister, Ana Lopez, said"
    elif _knowing_phrase(s, k) is not None:
        subject = _knowing_phrase(s, k)  # "a source close to him said", "officials familiar with the talks said"
    elif k >= 2 and s.low(k) == "others" and s.low(k - 1) == "and" and _subject_ending(s, k - 2) is not None:
        first_part = _subject_ending(s, k - 2)  # "Edwards and others said": Edwards speaks for them
        subject = (first_part[0], k + 1, first_part[2])
    elif k >= 0:
        subject = _subject_ending(s, k)
        if subject is None and strength != "stance":
            subject = _determiner_phrase(s, k)  # "the contractor said", "the nurses vowed to"
            from_determiner = subject is not None
        if subject is None and (strength == "strong" or (strength == "weak" and s.low(vj) == "that")):
            subject = _plural_phrase(s, k)  # "hacking specialists say", "21 percent said", "engineers noted that"
    inverted = False
    participle = s.low(vi).endswith("ing")
    # "the campaign issued a statement saying ...": the message is what was sent; the sender speaks.
    sent = participle and subject is not None and _sent_message(s, subject)
    # "Okafor drew fire by saying ...", "after stating in a debate that ...": the adjunct's speaker is
    # the sentence's subject, found below as for a participle after a comma.
    adjunct = participle and vi > 1 and s.low(vi - 1) in PARTICIPLE_ADJUNCTS and s.tokens[vi - 2].is_word \
        and s.low(vj) not in SAID_NOTHING
    if sent or adjunct:
        subject = None
    if subject is None and s.low(k) in ("and", "but") and s.first is not None and s.first < k:
        # "Carson did not name anyone, but told his supporters ...": the subject of the whole sentence.
        opening = _forward_subject(s, s.first)
        if opening is None or (opening[1] - opening[0] == 1 and s.low(opening[1]) in OPENING_PREPOSITIONS) or \
                s.low(s.first) in OPENING_PREPOSITIONS or _opening_modifier(s):
            # "In his speech, Obama praised her and said ...": the subject follows an opening phrase.
            comma = next((x for x in range(s.first, k) if s.tokens[x].text == ","), None)
            after_comma = _forward_subject(s, comma + 1) if comma is not None and comma + 1 < k else None
            opening = after_comma if after_comma is not None and after_comma[2] != "writer" else None
        if opening is not None and opening[1] < k and opening[2] in ("named", "described", "pronoun"):
            subject = opening
    if participle and vi > 0 and (s.tokens[vi - 1].text == "," or _aside_dash(s, vi - 1) or sent or adjunct) and (
            subject is None or subject[2] != "pronoun"):
        # "..., saying the government lacked ...": the speaker is the sentence's subject, if it opens it.
        lead = joined_start(s.tokens, s.first, vi - 1)  # "And then Ruiz went on the attack, saying"
        opening = _forward_subject(s, lead) if lead is not None and lead < vi - 1 else None
        if opening is None or opening[2] not in ("named", "described", "pronoun") or (
                opening[1] - opening[0] == 1 and s.low(opening[1]) in OPENING_PREPOSITIONS) or (
                s.low(s.first) in ADJUNCT_STARTERS | OPENING_PREPOSITIONS) or s.low(s.first).endswith("ing") or \
                _opening_modifier(s) or opening_end(s.tokens, s.first) is not None:
            # "Later on Sunday, Carson shared ..., writing", "Speaking in Salem, New Hampshire, Trump went
            # after Bush, calling ...": the subject follows an opening phrase, at the comma where a verb follows it.
            commas = [x for x in range(s.first or 0, vi - 1) if s.tokens[x].text == ","]
            for comma in commas:
                after_comma = _forward_subject(s, comma + 1) if comma + 1 < vi - 1 else None
                if after_comma is not None and after_comma[2] != "writer" and after_comma[1] < vi - 1 and \
                        s.tokens[after_comma[1]].is_word and s.tokens[after_comma[1]].text.islower():
                    opening = after_comma
                    break
            else:
                comma = commas[0] if commas else None
                after_comma = _forward_subject(s, comma + 1) if comma is not None and comma + 1 < vi - 1 else None
                opening = after_comma if after_comma is not None and after_comma[2] != "writer" else opening
                phrase_end = opening_end(s.tokens, s.first) if not commas else None
                if phrase_end is not None and vi < phrase_end:
                    # "Eight years after backing Obama, Mark Dunne is ...": the verb sits in the opening
                    # phrase, whose subject is the sentence's, after its comma (not the count that opens it)
                    later = _forward_subject(s, phrase_end)
                    opening = later if later is not None and later[2] in ("named", "described") else None
        if opening is not None and s.name(opening[0]):
            end = opening[0]
            while end < opening[1] and (s.name(end) or _title_stop(s, end)):
                end += 1
            if end < opening[1] and s.tokens[end].is_word and s.tokens[end].text.islower() and not s.noun(end) and (
                    subject is not None or s.low(end).endswith(("ed", "s"))):
                # "Ana Lopez praised Dale Kim", "Okafor bemoaned America's image, saying": the name before the
                # verb; not a name used before a title ("The New York businessman has praised ..., saying")
                opening = (opening[0], end, "named")
        if opening is not None and opening[1] < vi and (subject is None or (
                opening[2] in ("named", "described", "pronoun") and opening[1] <= subject[0]
                and opening[1] < len(s.tokens) and s.tokens[opening[1]].is_word
                and s.tokens[opening[1]].text.islower())):
            # "Putin rose to the defense of Blatter, who is under investigation, saying ...": the subject
            # of the sentence speaks, not the person its verb is about
            subject = opening
    if subject is None and strength == "strong" and vi == s.first and not participle:
        phrase = _forward_subject(s, vj)  # "Said Dorothy Poynter, who grew up nearby: ..."
        if phrase is not None and phrase[2] in ("named", "described"):
            subject, inverted = phrase, True
    if subject is None and not participle and strength != "stance" and s.low(vi) not in NAMING_VERBS:
        before = s.tokens[vi - 1].text if vi > 0 else ""
        if before == "'" and vi > 1 and s.tokens[vi - 2].text == "'":
            before = '"'  # ''The deal is dead,'' said Ann Ruiz: two single quotes make a double one
        if before in OPENING_QUOTES and vi > 1 and s.tokens[vi - 2].text in ",.?!":
            before = '"'  # a closing quotation mark typed the wrong way round: ",“ said"
        if before and (before == "," or before in CLOSING_QUOTES + '"'):
            phrase = _forward_subject(s, vj) or _forward_described(s, vj)
            crowd_end = crowd_after_verb(s.tokens, vj) if phrase is None else None
            if crowd_end is not None:
                phrase = (vj, crowd_end, "vague")  # "..., said several observers": a crowd speaks
            if phrase is not None and phrase[2] != "pronoun":  # "..., called it a giveaway": "it" is the object
                subject, inverted = phrase, True
    if subject is None and k >= 0 and s.low(k) in ONE_OF_MANY and strength in ("strong", "weak") and (
            k == s.first or s.low(k - 1) in ("yet", "and", "but", "still")) and \
            s.low(vj) in {",", ":", "that", *OPENING_QUOTES, '"'}:
        subject = (k, k + 1, "described")  # 'Another tweeted, "..."', 'Yet another said: ...'
    if strength in ("strong", "weak") and not participle and vi > 0 and not inverted and (
            subject is None or _inside_relative(s, subject[0], vi)):
        subject = _relative_subject(s, vi) or subject  # "A woman who has accused the mayor of lying said"
    if subject is None and strength == "strong" and not participle and s.low(vi) in PLAIN_SAYING and vi > 0:
        subject = _clause_subject(s, vi - 1)  # "58 percent of Latino voters overall said", "the organizer of a rally said"
    if subject is None and strength in ("strong", "weak") and not participle and partitive_crowd(s.tokens, k) is not None:
        subject = (partitive_crowd(s.tokens, k), k + 1, "vague")  # "most of them said": a crowd pointed back to
    if subject is None and strength == "strong" and not participle and vi > 0 and s.tokens[vi - 1].text == "," and \
            share_before_comma(s.tokens, vi - 1) is not None:
        subject = (share_before_comma(s.tokens, vi - 1), vi - 1, "described")  # "a quarter, 26 percent, say"
    if subject is None:
        return None
    if not inverted and s.first is not None and subject[1] < vi:
        # "Alarmed by the unrest in Nevada, Senator Harry Reid said": a name inside the opening phrase
        # is no subject; the subject follows the phrase's comma
        after = opening_end(s.tokens, s.first)
        if after is not None and subject[1] < after <= vi - 1:
            later = _forward_subject(s, after)
            if later is not None and later[2] in ("named", "described", "pronoun") and later[1] <= vi:
                subject = later
    if not inverted and subject[2] in ("named", "described") and subject[1] <= vi:
        subject = (_of_start(s, subject[0]), subject[1], subject[2])
    if not inverted and subject[2] == "named" and subject[1] <= vi and s.low(subject[0] - 1) in PLACE_LINKS:
        whole = _clause_subject(s, subject[1] - 1)  # "People in Fort Pierce said": the people, not the place
        head = subject[0] - 2
        if whole is None and head >= 0 and (head == s.first or (head - 1 == s.first and s.low(s.first) in DETERMINERS)):
            whole = (s.first, subject[1], "described")  # "People in ..." opens the sentence with a capital
        if whole is not None and whole[0] < subject[0] - 1 and people_word(s.low(whole[0] + (
                s.low(whole[0]) in DETERMINERS or s.low(whole[0]) in PART_WORDS))):
            subject = whole
    a, b, kind = subject
    after_verb = vj + 1 if s.low(vj).endswith("ly") and len(s.low(vj)) > 4 and s.tokens[vj].text.islower() else vj
    follows = s.low(after_verb)  # "she added warily:" reads as "she added:"
    follows_text = s.tokens[after_verb].text if after_verb < len(s.tokens) else ""
    closes = (a > 0 and (s.closes_quote(a - 1) or s.tokens[a - 1].text == ",")) or inverted
    quote_soon = any(t.text in OPENING_QUOTES + '"' or (t.text == "'" and s.low(n + 1) == "'")
                     for n, t in enumerate(s.tokens[vj:vj + 6], start=vj))  # called the plan "a disaster"
    # "called the bill a giveaway": a naming verb, its object, then what the speaker named it.
    names_it = s.low(vi).startswith("call") and any(t.low in ("a", "an") for t in s.tokens[vj + 1:vj + 6])
    ends = follows in (".", "!", "?") and vj + 1 >= len(s.tokens) - 1  # "Ruiz responded."
    ends = ends or ((strength == "strong" or s.low(vi) in ADJUNCT_END_VERBS)
                    and _adjuncts_to_end(s, vj))  # "Okafor wrote on Twitter on Monday."
    after_time = vj + 1 if follows in word_list("time_words").words else vj  # "promised Monday to"
    to_clause = s.low(after_time) == "to" and s.low(vi) in TO_VERBS  # "claimed to have read", "vowed to fight"
    # "suggests any further deals should be", "wrote in his memoir that", "asked the students if":
    # what follows the verb is a clause of its own.
    ahead = []
    for t in s.tokens[vj:vj + 9]:
        if t.text in ",;:.!?()" or t.text in QUOTE_MARKS:
            break
        ahead.append(t.low)
    clause_follows = any(w in ("if", "whether") for w in ahead[:6])
    for n, w in enumerate(ahead):
        if w in ("that", "which", "who"):
            # "wrote in his memoir that ...", "said Monday that ...": not "a profit that was larger"
            clause_follows = clause_follows or (w == "that" and (n <= 1 or any(
                x in ("in", "on", "at", "to", "during", "after", "before", "with", "by") for x in ahead[:n])
                or only_when_before_that(ahead[:n])))  # "stated earlier this week that"
            break
        if 1 <= n <= 5 and w in CLAUSE_VERBS:
            clause_follows = True  # "suggests any further deals should be gradual"
            break
        if 2 <= n <= 4 and w.endswith("ed") and ahead[0] == "the" and ahead[n - 1] not in DETERMINERS \
                and not ahead[n - 1].endswith("ly") and \
                s.tokens[vj + n].text.islower() and s.low(vi) in CLAUSE_NOTING_VERBS:
            clause_follows = True  # "noted the city returned the boat": a subject, then its past verb
            break
    # "asked the council to wait", "urged voters to stay home", "asked Lopez how": an addressee, then
    # what they were asked or told.
    addressed = s.low(vi) in ADDRESSEE_VERBS and 1 <= next(
        (n for n, w in enumerate(ahead) if w in ADDRESSED_CLAUSE_WORDS), 0) <= 5
    # A sentence ending on the verb, or a clause after it, counts only with a person or a name as
    # the subject, and not for forms that are also plural nouns ("Rust Belt states underscored").
    sure_subject = kind in ("named", "described", "pronoun") and (
        s.low(vi) not in NOUN_LIKE_VERB_FORMS or (s.title_case and _headline_speaker(s, vi, book))
        or kind == "pronoun" or subject_pronoun_at(s.tokens, after_verb))  # "he claims", "claims she was"
    responds_to = s.title_case and follows == "to" and s.low(vi) in HEADLINE_REPLIES  # "Okafor Responds To Critics"
    introduces = (follows in ("that", ":", ",") or follows_text in OPENING_QUOTES + '"' or follows == "" or responds_to
                  or (ends and sure_subject) or to_clause or (clause_follows and sure_subject)
                  or follows in REPORTING_PARTICIPLES or quote_soon or names_it
                  or (follows in WH_CLAUSE_WORDS and sure_subject) or (addressed and sure_subject))
    if s.low(vi) in ("state", "states") and not (kind == "pronoun" or s.noun(b - 1) or _names_person(s, subject)):
        return None  # "the four states that voted", "a Democratic state": the noun, not "states that"
    if s.low(vi) in SEEM_VERBS and follows in PLACE_PREPOSITIONS:
        return None  # "when he appears before the delegates": showing up, not seeming
    if strength == "stance" and _conditional(s, a, vi):
        return None  # "whether he would support Trump": a question about a stance, not one taken
    if strength == "weak" and s.noun(vj) and s.low(vi) in ("state", "report", "claim", "statement", "note"):
        return None  # "Ohio state director", "a claim form": the verb's form is a noun before another
    if s.low(b - 1).endswith("'s") and follows != "that" and not closes:
        return None  # "rejected the mayor's claim": a possessive owns a noun; "the mayor's claim that" speaks
    if strength == "weak" and not (introduces or closes):
        return None
    quote_after_comma = follows == "," and s.tokens[after_verb + 1].text in OPENING_QUOTES + '"' \
        if after_verb + 1 < len(s.tokens) else False  # 'One reader wrote, "..."'
    if strength == "weak" and from_determiner and not (follows == "that" or follows_text in OPENING_QUOTES + '"'
                                                       or to_clause or closes or quote_after_comma
                                                       or (clause_follows and s.low(vi) in CLAUSE_NOTING_VERBS)):
        return None  # "a swing state, and ...": a noun, not a verb of saying
    if strength == "belief" and follows in ("in", "to", "for", "of", "so", "it", "the", "a") and not closes and \
            not any(t.low in CLAUSE_VERBS for t in s.tokens[vj + 1:vj + 7]):
        return None  # "expects the vote" is no belief reported, "believes the tax will pass" is
    frame = (s.tokens[min(a, vi)].start, s.tokens[max(b, vj) - 1].end)
    # The reported words come before a frame that closes them ('"...," said Isik', '..., Isik noted.')
    # and after one that opens them ('In March, officials said the bridge ...').
    after_frame = s.words_between(frame[1], s.end)
    # "Victory is vital, he said after meeting the pilots, because ...": a frame set off by a comma and
    # followed by when or where it was said, not by what was said, closes the words before it.
    # "..., Ruiz said Tuesday in Paris, ...": a time word may come first.
    parenthetical = a > 0 and s.tokens[a - 1].text == "," and s.words_between(s.start, frame[0]) >= 3 and \
        (s.low(vj) in ADJUNCT_STARTERS or (after_time > vj and s.low(after_time) in ADJUNCT_STARTERS)) and \
        "that" not in _until_comma(s, vj, 6)
    closes = inverted or (a > 0 and s.closes_quote(a - 1)) or (a > 0 and s.tokens[a - 1].text == "," and
                                                                 after_frame < 3) or parenthetical
    verb_cue = make_cue(s.text, s.tokens[vi].start, s.tokens[vj - 1].end, "reporting_verb",
                        why_for(list_name, verb), family=list_name)
    if kind == "writer":
        return None
    if kind == "vague" and not crowd_speaks(s.tokens, (a, b), vi, strength):
        span = (s.tokens[a].start, s.tokens[vj - 1].end) if not inverted else (s.tokens[vi].start, s.tokens[b - 1].end)
        return None, [make_cue(s.text, *span, "weasel", why_for("vague_crowd", s.text[span[0]:span[1]]),
                               family="vague_crowd")]
    # A stance verb's object is the writer's own description of the stance ("decry the rise of
    # populism without recognising ..."), not words handed over: judgment words in it still count.
    scope = _scope(s, frame, closes) if strength != "stance" else ()
    if scope and a > 0 and s.tokens[a - 1].text == "," and s.low(vj) == "," and \
            s.words_between(s.start, frame[0]) >= 2 and s.words_between(frame[1], s.end) >= 2:
        # "The good news, Ruiz said, is that ...": a frame set off by commas inside the words it reports
        scope = ((s.start, frame[0]), (frame[1], s.end))
    if kind == "vague":  # "critics said", "several said": a described crowd speaks (toolkit.claims.crowd_sources)
        return (_crowd_attribution(s, a, b, "reporting_verb", frame, scope, verb_cue), [])
    if kind == "pronoun":
        pronoun = s.low(a)
        head = _head_person(s, book, a, pronoun) if pronoun in PERSON_PRONOUNS else None
        who = head or (book.person_for(pronoun) if pronoun in PERSON_PRONOUNS else (book.last_source or book.last_person))
        shown = s.text[s.tokens[a].start:s.tokens[a].end]
        if head:
            why = f"{quoted(shown)} points back to {who}, named at the head of this sentence."
        elif who:
            why = f"{quoted(shown)} points back to {who}, the last source named before this sentence."
        else:
            why = f"{quoted(shown)} stands for someone named elsewhere; this sentence alone does not say who."
        source_cue = make_cue(s.text, s.tokens[a].start, s.tokens[a].end, "source", why, family="pronoun")
        return (Attribution(who, "reporting_verb", STRENGTH["named"] if who else STRENGTH["unnamed"], bool(who),
                            frame, scope, (verb_cue, source_cue), person=pronoun in PERSON_PRONOUNS), [])
    display, named, span, person = _describe_knowing(s, a, b, vi)  # "officials familiar with the talks said"
    display, person, resolved_from = _resolve(display, named, person, book, _title_sex(s, span))
    source_cue = _source_cue(s, display, named, span, resolved_from)
    level = "named" if named else "described"
    strength_value = STRENGTH[level] * (STANCE_FACTOR if strength == "stance" else 1.0)
    return (Attribution(display, "reporting_verb", round(strength_value, 3), named, frame, scope,
                        (verb_cue, source_cue), person=person), [])


def _crowd_attribution(s: _Sentence, a: int, b: int, kind: str, frame: tuple[int, int],
                       scope: tuple[tuple[int, int], ...], lead: Cue) -> Attribution:
    """A crowd credited with words, its source cue saying the source is vague ("legal experts said")."""
    wider = _backward_phrase(s, b - 1)
    if wider is not None and wider[0] < a and not any(s.name(x) for x in range(*wider)):
        a = wider[0]  # "law enforcement experts", not only "experts"
    verb_at = next((k for k, t in enumerate(s.tokens) if t.start == lead.start), b)
    if described_by_clause(s.tokens, (a, b), verb_at):
        b = verb_at  # "people who have fought spam for years": the clause says who they are
    display = describe(s, a, b)[0]
    cue = vague_source_cue(s.text, s.tokens[a].start, s.tokens[b - 1].end)
    return Attribution(display, kind, STRENGTH["unnamed"], False, (min(frame[0], s.tokens[a].start), frame[1]),
                       scope, (lead, cue))


#: Verbs of replying that a headline follows with "To" and what was answered: "Okafor Responds To Critics".
HEADLINE_REPLIES = frozenset({"responds", "responded", "replies", "replied", "answers", "answered"})
#: Words for a message someone sends out ("a statement", "an email", "a letter"), besides the nouns of saying.
MESSAGE_WORDS = frozenset({"email", "emails", "e-mail", "message", "messages", "release", "letter", "letters",
                           "note", "post", "video", "text", "memo", "tweet", "tweets", "ad", "advertisement"})


def _sent_message(s: _Sentence, subject: tuple[int, int, str]) -> bool:
    """Whether the phrase before a participle of saying is a message that a verb sends, not a speaker:
    "issued a statement saying", "sent an email Wednesday saying" (a time word may follow the message)."""
    a, b, _ = subject
    last = b - 1
    if s.low(last) in word_list("time_words").words and last > a:
        last -= 1
    if a >= 3 and s.low(a - 1) == "to" and _sent_message(s, (a - 3, a - 1, "described")) or \
            a >= 2 and s.low(a - 1) == "to" and _sent_message(s, (a - 2, a - 1, "described")):
        return True  # "wrote a letter to the mayor asking ...": the writer asks, not the mayor
    if not (s.low(last) in MESSAGE_WORDS or s.low(last) in word_list("speech_nouns").words):
        return False
    before = s.tokens[a - 1] if a > 0 else None
    return before is not None and before.is_word and before.text.islower() and before.low not in s.functions


def _head_person(s: _Sentence, book: NameBook, pronoun_at: int, pronoun: str) -> str | None:
    """The person named as the subject at the head of this sentence, before its "he" or "she", when
    the pronoun can mean them: "Okafor saw it otherwise: \u201c...,\u201d she said" is Okafor's, whoever
    spoke in the sentence before. A name after an opening phrase ("In Ohio, ...") is no subject."""
    first = s.first
    if first is not None and s.low(first) in LEADING_JOINERS and first + 1 < pronoun_at:
        first += 1  # "But Okafor, who had moved a year earlier, tossed cold water on it, she wrote"
    if first is not None and s.low(first) in ADJUNCT_STARTERS | OPENING_PREPOSITIONS:
        # "In her speech, Rhimes declared ...": the subject follows an opening phrase
        comma = next((x for x in range(first, min(first + 8, pronoun_at)) if s.tokens[x].text == ","), None)
        first = comma + 1 if comma is not None else first
    elif first is not None:
        first = opening_end(s.tokens, first) or first  # "A few minutes later, Murphy followed up: ..., he said"
    if first is None or first >= pronoun_at or s.in_quote(first):
        return None
    end = first
    while end < pronoun_at and (s.name(end) or _title_stop(s, end)):
        end += 1
    after = s.tokens[end].text
    aside = after == "(" or (after == "," and s.low(end + 1) not in PERSON_PRONOUNS | OTHER_PRONOUNS | WRITER_PRONOUNS
                             and (s.low(end + 1) in APPOSITIVE_OPENERS or s.low(end + 1) in s.titles
                                  or s.tokens[min(end + 1, len(s.tokens) - 1)].text.islower()))
    if end == first or not s.name(end - 1) or s.noun(end) or s.low(end - 1).endswith("'s") or \
            not (aside or (s.tokens[end].is_word and after.islower())):
        # no name first; a name before a noun or a possessive ("Okafor aides", "Okafor's aide"); a name
        # set off by a comma ("Ohio, he said, is ..."), which is what is spoken of, not who speaks
        return None
    display, named, _, person = describe(s, first, end)
    if not named:
        return None
    full = book.resolve(display) if len(display.split()) == 1 else display
    known = _bare(full.split()[-1]) in book.honorifics or any(
        _bare(r.split()[-1]) == _bare(full.split()[-1]) for r, _ in book.recent)
    if not (person or (full != display and looks_like_person(full.split())) or known):
        return None  # "Facebook created the tool, she said": a lone name nobody called a person
    full = person_name(full, book.common, book.by_surname, opens_sentence=True) or full
    if pronoun_fits(pronoun, sex_of(full, book.honorifics)):
        return full
    # "Murphy ..., he said" after "Anne Marie Murphy": another person of that surname, named as written
    return display if full != display and pronoun_fits(pronoun, sex_of(display, book.honorifics)) else None


#: "seem" and "appear" credit a look to someone only before "to", "that", "like" or a quality.
SEEM_VERBS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
PLACE_PREPOSITIONS = frozenset({"before", "at", "on", "in", "with", "alongside", "onstage", "during", "together",
                                "outside", "inside", "near", "beside", "behind"})


def _conditional(s: _Sentence, a: int, vi: int) -> bool:
    """Whether the subject at `a` and the verb at `vi` sit in an "if"/"whether" clause with a modal:
    "whether he would support Trump", "if the board will back the plan"."""
    return s.low(a - 1) in ("if", "whether") and any(s.low(x) in FORECAST_MODALS for x in range(a, vi))


def _names_person(s: _Sentence, subject: tuple[int, int, str], strict: bool = False) -> bool:
    """Whether a subject phrase is a person's name ("Ann Lee"), not a body or a description; `strict`
    asks for a given name, since two capitalised words may be a body too ("Harbour Watch")."""
    a, b, kind = subject
    if kind != "named":
        return False
    words = [t.text for t in s.tokens[a:b] if t.is_word and t.low not in DETERMINERS]
    return (bool(words) and is_given_name(words[0])) or (not strict and looks_like_person(words))


def _knowing_phrase(s: _Sentence, k: int):
    """A described source tied to what it knows, ending at token `k`: "a source close to him",
    "officials familiar with the talks" (the phrase before "close to" is who speaks)."""
    for x in range(k, max(-1, k - 7), -1):
        for phrase in KNOWING_PHRASES:
            if s.low(x) == phrase[0] and tuple(s.low(x + n) for n in range(len(phrase))) == phrase and \
                    x + len(phrase) <= k:  # the first word alone rules out nearly every place
                head = _subject_ending(s, x - 1) or _determiner_phrase(s, x - 1)  # "a person close to"
                if head is not None and head[2] in ("named", "described"):
                    return head[0], k + 1, "described"
                return None
        if s.tokens[x].text in ",;:.!?" or s.tokens[x].text in QUOTE_MARKS:
            return None
    return None


def _determiner_phrase(s: _Sentence, k: int):
    """A described source of ordinary words ending at token `k`: "the contractor", "two local nurses"."""
    i = k
    if not s.tokens[k].text.islower():
        return None
    while i >= 0 and k - i < 4 and s.tokens[i].is_word and s.low(i) not in s.functions and \
            s.low(i) not in _all_reporting() and (not s.tokens[i].has_digit or "-year-old" in s.low(i)):
        i -= 1  # "the Republican presidential candidate said", "the 43-year-old asked"
    if i == k or i < 0 or s.low(i) not in ("the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
                                           "these", "those", "two", "three", "several", "both", "other",
                                           *ONE_OF_MANY):
        return None
    if s.low(i) in ("that", "this") and i != s.first:
        return None  # "... so that the pupils said": a clause, not a subject phrase
    return i, k + 1, "described"


#: Words for a share of the people asked: "a third of voters", "half of Democrats", "most of them".
SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "minority", "plurality"})


#: Prepositions after a sentence's first word that show it opens a phrase of time or place
#: ("Later on Sunday, ...", "Here in Columbia, ..."), not the subject.
OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "after", "before", "during", "that", "this", "last"})
#: What may open a clause, so that the words after it can be its subject.
CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "--", "that", "and", "but", "while", "because",
                            "as", "when", "where", "although", "though", "since", "if", "whether", "(", "“",
                            '"', "say", "says"})


def _plural_phrase(s: _Sentence, k: int):
    """People described by a plural with no article, at the start of a clause: "hacking specialists say",
    "Democratic operatives said", "21 percent said" (of those asked)."""
    low = s.low(k)
    if low in ("percent", "%") and k >= 1 and (s.tokens[k - 1].has_digit or all(
            part in NUMBER_WORDS for part in s.low(k - 1).split("-"))):
        i = k - 1  # "21 percent said", "Twenty-four percent said"
    elif k >= 2 and s.low(k - 1) == "in" and _is_number(s, k) and _is_number(s, k - 2):
        i = k - 2  # "six in 10 say", "one in four said": a share of those asked
    elif low.endswith("s") and not low.endswith("ss") and (s.tokens[k].text.islower() or (
            k == s.first and not s.name(k))) and len(low) > 3 and \
            low not in s.functions and low not in _all_reporting():
        i = k
        while i - 1 >= 0 and k - i < 2 and s.tokens[i - 1].is_word and not s.tokens[i - 1].has_digit and \
                s.low(i - 1) not in s.functions and s.low(i - 1) not in _all_reporting():
            i -= 1
    else:
        return None
    if i > 0 and s.low(i - 1) in ("several", "two", "three", "four", "five", "both", "other", "the", "these", "those"):
        i -= 1  # "several Democratic operatives"
    if i > 0 and i != s.first and s.low(i - 1) not in CLAUSE_OPENERS and s.tokens[i - 1].text not in CLAUSE_OPENERS:
        return None
    return i, k + 1, "described"


NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety""".split())


def _is_number(s: _Sentence, k: int) -> bool:
    return s.tokens[k].text.isdigit() or s.low(k) in NUMBER_WORDS


def _stance_subject(s: _Sentence, k: int, vi: int):
    """The subject of a stance verb: a source right before it ("Ruiz backs", "the union plans"), no possessive."""
    if k < 0 or s.tokens[k].text in (",", ")") or s.low(k).endswith("'s") or s.in_quote(vi):
        return None
    subject = _subject_ending(s, k)
    if subject is None or subject[2] not in ("named", "described", "pronoun"):
        return None
    if s.low(vi - 1) in ("to", "not") and vi - 1 == k:
        return None
    if (subject[1] - subject[0] == 1 and s.low(subject[0] - 1) in NOUN_MARKERS) or s.low(vi + 1) == "of":
        return None  # "decades of Republican support", "the plans of": the verb is a noun here
    core = next((x for x in range(subject[0], subject[1]) if s.name(x) or s.noun(x)), subject[0])
    if subject[2] == "named" and subject[1] - core == 1:
        if core > subject[0]:
            return None  # "The Orlando attack", "tepid Latino support": a name before a noun
        before = s.tokens[core - 1].text if core > 0 else ""
        if before.lower() in FORECAST_MODALS or (before.islower() and before.isalpha() and before not in CLAUSE_OPENERS
                                                 and before not in s.functions):
            return None  # "relatively tepid Latino support", "will Clinton attack"
    if any(s.low(x) in FORECAST_MODALS for x in range(subject[1], vi)) and any(
            t.low in ("perhaps", "maybe", "probably", "likely", "possibly") for t in s.tokens):
        return None  # "Perhaps Russia will oppose": the writer's guess, not Russia's stated stance
    return subject


def _parenthesis_opening(s: _Sentence, k: int) -> int | None:
    """The "(" that the ")" at token `k` closes, if a short aside lies between them."""
    m = k - 1
    while m >= 0 and k - m <= ASIDE_MAX_TOKENS:
        text = s.tokens[m].text
        if text == "(":
            return m if m < k - 1 else None
        if text in ";!?()" or text in QUOTE_MARKS:
            return None
        m -= 1
    return None


def _appositive_start(s: _Sentence, k: int) -> int | None:
    """The comma opening an appositive that ends at comma `k`, if the words between describe someone."""
    m = k - 1
    nested = False
    while m >= 0 and k - m < 45:
        text = s.tokens[m].text
        if text == "." and m > 0 and (PARTY_AND_STATE.match(s.tokens[m - 1].text) or _title_stop(s, m)
                                      or _place_abbreviation(s, m) or _number_sign(s, m)):
            m -= 1  # "D-N.Y.", "Mrs. Obama's chief of staff", "Flint, Mich.,", "the No. 2 Republican": an abbreviation's full stop
            continue
        if text in APOSTROPHES and m > 0 and s.tokens[m - 1].end == s.tokens[m].start and \
                s.low(m - 1).endswith("s") and s.tokens[m - 1].is_word:
            m -= 1  # "Sanders' campaign manager": a possessive, not a quotation
            continue
        if text in QUOTE_MARKS and m > 0:
            # a short title in quotation marks inside the aside: 'the co-author of "Going Viral," said'
            opening_mark = next((x for x in range(m - 1, max(-1, m - 8), -1) if s.tokens[x].text in QUOTE_MARKS), None)
            if opening_mark is not None and opening_mark > 0 and s.tokens[opening_mark - 1].is_word:
                m = opening_mark - 1
                continue
            return None
        if text in ".;!?":
            return None
        if text == ",":
            opener = s.low(m + 1)
            if (opener in APPOSITIVE_OPENERS or opener in s.titles or s.tokens[m + 1].has_digit
                    or PARTY_AND_STATE.match(s.tokens[m + 1].text) or _possessive_description(s, m + 1, k)
                    or _where_aside(s, m + 1) or s.low(m + 1) in ONE_OF_MANY or _job_of(s, m + 1)
                    or _participle_aside(s, m + 1)
                    or (s.low(m + 1) in ("both", "all") and s.tokens[m + 2].text[:1].isupper()
                        if m + 2 < len(s.tokens) else False)):  # "Berger and Moore, both Republicans, said"
                return m
            place = s.name(m + 1) and s.name(m - 1)  # "Columbus, Ohio,": a place inside the aside
            if not (s.name(m + 1) and (not nested or place)):
                return _relative_clause_start(s, m, k)
            nested = nested or not place  # "Vian, the editor of the paper, L'Osservatore Romano, said"
        m -= 1
    return None


def _number_sign(s: _Sentence, m: int) -> bool:
    """The full stop of "No." before a number ("the No. 2 Republican in the Senate"): no sentence ends."""
    return s.tokens[m - 1].text in ("No", "Nos") and m + 1 < len(s.tokens) and s.tokens[m + 1].has_digit


#: Apostrophes that may stand alone after a name ending in "s" ("Sanders’ campaign manager").
APOSTROPHES = frozenset({"'", "\u2019"})


def _until_comma(s: _Sentence, j: int, most: int) -> list[str]:
    """The lower-case words from token `j` up to the next comma, at most `most` of them."""
    out = []
    for x in range(j, min(j + most, len(s.tokens))):
        if s.tokens[x].text == ",":
            break
        out.append(s.low(x))
    return out


#: Past participles that open an aside describing someone: "Ana Lopez, clad in a red cape, said".
ASIDE_PARTICIPLES = frozenset({"clad", "dressed", "flanked", "surrounded", "accompanied", "joined", "seated",
                               "standing", "sitting", "speaking", "wearing", "holding", "citing", "pointing",
                               "referring", "reflecting", "responding", "echoing", "appearing", "returning"})


def _participle_aside(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` describes what someone was doing or wearing: "wearing a
    cowboy hat", "clad in a red cape", "citing data from the department", "speaking in Ohio"."""
    token = s.tokens[j] if j < len(s.tokens) else None
    return token is not None and token.is_word and token.text.islower() and (
        token.low in ASIDE_PARTICIPLES or (token.low.endswith("ing") and len(token.low) > 5
                                           and token.low not in s.functions
                                           and j + 1 < len(s.tokens) and s.tokens[j + 1].is_word)
        or (token.low in ("in", "after", "while", "before", "when") and s.low(j + 1).endswith("ing")))
    # "Judicial Watch, in releasing the email, noted"


def _place_abbreviation(s: _Sentence, k: int) -> bool:
    """Whether the full stop at `k` closes a short place name after a comma: "Flint, Mich.,", "Dover, Del.,"."""
    word = s.tokens[k - 1] if k >= 1 else None
    return (word is not None and word.is_word and word.text[:1].isupper() and word.text.isalpha()
            and len(word.text) <= 5 and word.end == s.tokens[k].start and k >= 2 and s.tokens[k - 2].text == ","
            and s.low(k + 1) == ",")


def _possessive_description(s: _Sentence, j: int, k: int) -> bool:
    """Whether the words from token `j` to comma `k` describe someone by whose they are: "Sanders'
    campaign manager", "Mrs. Obama's chief of staff" (a possessive name, then a title or a job)."""
    m = j
    while m < k and m - j < 5 and (s.name(m) or _title_stop(s, m) or s.low(m) in ABBREVIATED_TITLES):
        low = s.low(m).replace("\u2019", "'")
        if low.endswith("'s"):
            return m + 1 < k and (s.noun(m + 1) or s.noun(k - 1))
        if s.tokens[m + 1].text in APOSTROPHES and s.tokens[m + 1].start == s.tokens[m].end and low.endswith("s"):
            return m + 2 < k and (s.noun(m + 2) or s.noun(k - 1))
        m += 1
    return False


def _relative_clause_start(s: _Sentence, m: int, k: int) -> int | None:
    """The ", who" opening a relative clause that has commas of its own ("Amsel, who flew to Bangor,
    Maine, on Friday to open the pier, said"), searching back from comma `m`."""
    while m >= 0 and k - m < 45:
        text = s.tokens[m].text
        if text in ".;!?" and not _title_stop(s, m) or text in QUOTE_MARKS:
            return None
        if text == "," and s.low(m + 1) in ("who", "whose"):
            return m
        m -= 1
    return None


def _named_appositive(s: _Sentence, k: int):
    """A name between two commas right before the verb: "The minister, Ana Lopez, said"; the name
    may say where the person works ("Another pollster, Tom Reyes of Bay College, said")."""
    m = k - 1
    end = k
    while m >= 0 and (s.name(m) or (s.low(m) in WHERE_WORDS and s.name(m - 1) and s.name(m + 1))):
        if not s.name(m):
            end = m  # the person's name ends before "of Bay College"
        m -= 1
    if end < k and not looks_like_person([t.text for t in s.tokens[m + 1:end]]):
        return None
    if m < k - 1 and m >= 1 and s.tokens[m].text == "," and (s.noun(m - 1) or s.name(m - 1) or (
            m >= 2 and s.low(m - 2) in DETERMINERS and s.tokens[m - 1].text.islower()) or (
            s.tokens[m - 1].is_word and looks_like_person([t.text for t in s.tokens[m + 1:end]]))):
        return m + 1, end, "named"  # "the skipper, John Moss, told", "Another delegate on the slate, Jim Poolman,"
    return None


#: Words that open an aside saying where someone is from or works ("Novak, at the Harbour Institute,").
WHERE_WORDS = frozenset({"at", "from", "of"})
#: Party words that open an aside with "of" ("Senator Ana Lopez, Republican of Maine, said").
PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "independent", "conservative", "labour", "liberal"})


def _job_of(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` is a job at a place: "dean of the law school",
    "co-founder of Harbour Watch", "professor at Bay College" (a lower-case noun, then of/at/for)."""
    def plain(k: int) -> bool:
        token = s.tokens[k] if k < len(s.tokens) else None
        return (token is not None and token.is_word and token.text.islower() and token.low not in s.functions
                and not token.low.endswith("ly"))

    if plain(j) and s.low(j + 1) in ("of", "at", "for", "to"):
        return True  # "dean of the law school", "assistant to the president"
    # "communications director for the campaign", "senior policy adviser at": a few words, then the title
    k = j
    while k < j + 3 and plain(k) and s.low(k) not in s.titles:
        k += 1
    return k > j and plain(k) and s.low(k) in s.titles and s.low(k + 1) in ("of", "at", "for", "to")


def _where_aside(s: _Sentence, j: int) -> bool:
    """Whether the aside opening at token `j` says where someone works or whom they represent:
    "at the Harbour Institute", "from Derry", "Republican of Maine"."""
    if s.low(j) in ("at", "from"):
        return s.low(j + 1) in DETERMINERS or s.name(j + 1)
    return s.low(j) in PARTY_WORDS and s.low(j + 1) in ("of", "from") and s.name(j + 2)


def _subject_ending(s: _Sentence, k: int):
    """(start, end, kind) of a subject ending at token k: kind is name/described/pronoun/vague/writer."""
    if k < 0:
        return None
    low = s.low(k)
    if "'" in low and low.split("'")[0] in PERSON_PRONOUNS | OTHER_PRONOUNS and low.split("'")[1] in (
            "s", "d", "ll", "ve", "re"):
        low = low.split("'")[0]  # "he's predicted", "they've argued"
    if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return k, k + 1, "pronoun"
    if _initialism_stop(s, k):  # "the F.B.I. said": the stop closes the name's letters, not the sentence
        found = _subject_ending(s, k - 1)
        return (found[0], k + 1, found[2]) if found else None
    if low in WRITER_PRONOUNS:
        return k, k + 1, "writer"
    vague = word_list("vague_crowd")
    for size in (3, 2, 1):
        if k - size + 1 >= 0 and tuple(t.low for t in s.tokens[k - size + 1:k + 1]) in vague.entries:
            a = k - size + 1
            if not any(s.name(x) for x in range(a, k + 1)) and not (a > 0 and s.name(a - 1)):
                return a, k + 1, "vague"
    if (low,) in word_list("documents").entries:
        return None  # "the report said", "Report Says": the document rule reads these
    phrase = _backward_phrase(s, k)
    if phrase is None:
        return None
    a, b = phrase
    return a, b, "named" if any(s.name(x) for x in range(a, b)) else "described"


def _dash_opening(s: _Sentence, k: int) -> int | None:
    """The dash that opens the aside closed by the dash at `k`, if the aside is short and follows a word."""
    for x in range(k - 1, max(0, k - ASIDE_MAX_TOKENS) - 1, -1):
        if s.tokens[x].text == s.tokens[k].text:
            return x if x >= 1 and s.tokens[x - 1].is_word and _aside_dash(s, x) else None
    return None


def _aside_dash(s: _Sentence, k: int) -> bool:
    """A dash that sets off an aside: a long dash, or a hyphen typed with a space on each side ("Kim - who ... - said")."""
    token = s.tokens[k]
    if token.text in ASIDE_DASHES:
        return True
    return token.text == "-" and 0 < token.start and token.end < len(s.text) and \
        s.text[token.start - 1] == " " and s.text[token.end] == " "


def _initialism_stop(s: _Sentence, k: int) -> bool:
    """Whether token `k` is the last stop of letters spelled with stops ("F.B.I.", "U.N."), written on to them."""
    return (0 < k < len(s.tokens) and s.tokens[k].text == "." and s.tokens[k - 1].end == s.tokens[k].start
            and bool(SPELLED_LETTERS.fullmatch(s.tokens[k - 1].text)))


def _forward_subject(s: _Sentence, j: int):
    if j >= len(s.tokens):
        return None
    low = s.low(j)
    if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
        return j, j + 1, "pronoun"
    if low in WRITER_PRONOUNS:
        return j, j + 1, "writer"
    phrase = _forward_phrase(s, j)
    if phrase is None:
        return None
    a, b = phrase
    return a, b, "named" if any(s.name(x) for x in range(a, b)) else "described"


def _scope(s: _Sentence, frame: tuple[int, int], closes: bool) -> tuple[tuple[int, int], ...]:
    """The reported words: before a frame that closes them ('..., said Isik'), else after the frame."""
    before = s.words_between(s.start, frame[0])
    after = s.words_between(frame[1], s.end)
    if closes and before >= 2:
        return ((s.start, frame[0]),)
    if after >= 2:
        return ((frame[1], s.end),)
    return ((s.start, frame[0]),) if before else ()


def _according_to(s: _Sentence, book: NameBook):
    if "according" not in s.low_set:
        return
    for i in range(len(s.tokens) - 2):
        if s.low(i) != "according" or s.low(i + 1) != "to" or s.in_quote(i):
            continue
        phrase_at = i + 2
        if measure_follows(s.tokens, phrase_at):
            continue  # "according to the number of votes", "according to plan": no one is credited
        frame_cue = make_cue(s.text, s.tokens[i].start, s.tokens[i + 1].end, "according_to",
                             "\u201caccording to\u201d hands the claim to someone else: the writer reports it, "
                             "the source stands behind it.", family="according_to")
        named_doc = document_noun_at(s.tokens, phrase_at, lambda w: (w,) in word_list("documents").entries)
        document = _document_phrase(s, book, phrase_at, named_doc, frame_cue) if named_doc is not None else None
        document = document or _document_at(s, book, phrase_at, frame_cue)  # "according to a CNN/WMUR poll"
        if document is not None and document[0] is not None and _in_relative_clause(s, i):
            # "X, which, according to a report, provides ...": the report stands behind the clause only
            document = (replace(document[0], scope=((document[0].frame[1], s.end),)), document[1])
        if document is not None:
            yield document
            continue
        subject = _forward_subject(s, phrase_at)
        vague = word_list("vague_crowd")
        if subject is None:
            for size in (3, 2, 1):
                if tuple(t.low for t in s.tokens[phrase_at:phrase_at + size]) in vague.entries:
                    span = (s.tokens[i].start, s.tokens[phrase_at + size - 1].end)
                    yield None, [make_cue(s.text, *span, "weasel", why_for("vague_crowd", s.text[span[0]:span[1]]),
                                          family="vague_crowd")]
                    break
            else:
                subject = _plain_phrase(s, phrase_at)  # "according to a lawsuit filed in May"
            if subject is None:
                continue
        a, b, kind = subject
        frame = (s.tokens[i].start, s.tokens[b - 1].end)
        at_start = i <= (s.first or 0) + 1
        if at_start or _in_relative_clause(s, i):
            scope = ((frame[1], s.end),)
        else:
            scope = tuple(x for x in ((s.start, frame[0]), (frame[1], s.end)) if s.words_between(*x) >= 2)
        if kind == "pronoun":
            continue
        display, named, span, person = _describe_knowing(s, a, b, len(s.tokens))  # "a person close to the talks"
        display, person, resolved_from = _resolve(display, named, person, book)
        yield (Attribution(display, "according_to", STRENGTH["named" if named else "described"], named, frame, scope,
                           (frame_cue, _source_cue(s, display, named, span, resolved_from)), person=person), [])


def _in_relative_clause(s: _Sentence, i: int) -> bool:
    """Whether "according to" at token `i` opens a relative clause ("X, which, according to Y, does Z"):
    Y stands behind the clause only, not the writer's words about X before it."""
    return i >= 2 and s.tokens[i - 1].text == "," and s.low(i - 2) in ("which", "who", "that", "where")


def _plain_phrase(s: _Sentence, j: int):
    """Whatever noun phrase follows "according to" when no rule names it: "a lawsuit", "early results"."""
    k = j
    while k < len(s.tokens) and k - j < 6 and s.tokens[k].is_word and (
            k == j or s.low(k) not in s.functions or s.low(k) in DETERMINERS) and not s.in_quote(k) and \
            s.low(k) not in {"filed", "released", "published", "issued", "obtained", "conducted", "compiled", "seen"}:
        k += 1
    if k == j or (k - j == 1 and s.low(j) in DETERMINERS):
        return None
    return j, k, "described"


def _document_at(s: _Sentence, book: NameBook, i: int, lead: Cue | None = None):
    """A document named from token `i` on: "records", "a report by the Pentagon", "data from the census"."""
    docs = word_list("documents")
    j = i
    if s.low(j) in DETERMINERS:
        j += 1
    # Modifiers before the document noun ("court records", "a Pentagon report"); a document word
    # inside a name is part of the name ("a Pew Research Center study").
    k = j
    while k < len(s.tokens) and k - j < 4 and ((s.low(k),) not in docs.entries or (s.name(k) and s.name(k + 1))):
        if not (s.tokens[k].is_word and s.low(k) not in s.functions) and not (k > j and _title_stop(s, k)):
            return None  # a stop may end an abbreviation: "according to F.A.A. records"
        k += 1
    if k >= len(s.tokens) or (s.low(k),) not in docs.entries:
        return None
    return _document_phrase(s, book, i, k, lead)


def _document_phrase(s: _Sentence, book: NameBook, a: int, d: int, lead: Cue | None):
    """The document whose noun is token `d` (phrase starting at `a`), with who made it if named."""
    docs = word_list("documents")
    # "studies" says nothing you could find; "Harbor Research" names an organisation.
    vague = (s.low(d),) in docs.marked.get("vague", frozenset()) and not (d > 0 and s.name(d) and s.name(d - 1))
    k = d + 1
    source = None
    if s.low(k) in {"released", "published", "obtained", "seen", "reviewed", "compiled", "provided", "issued",
                    "filed", "prepared", "commissioned", "produced"}:
        k += 1
    doc_end = d
    if s.low(k) == "of":  # "a poll of Indiana voters", "a review of FEC filings": what it is about, not its maker
        end = k + 1
        while end < len(s.tokens) and end - k <= 6 and s.tokens[end].is_word and s.low(end) not in ("by", "from") \
                and (s.low(end) not in s.functions or s.low(end) in DETERMINERS) and not s.in_quote(end):
            end += 1
        if end > k + 1 and s.low(end - 1) not in DETERMINERS:
            doc_end, k = end - 1, end
    if s.low(k) in ("by", "from"):
        phrase = _forward_phrase(s, k + 1)
        if phrase is not None:
            source = phrase
            k = phrase[1]
    doc_span = (s.tokens[a].start, s.tokens[doc_end].end)
    if source is not None:
        display, named, span, person = describe(s, *source)
        display, person, resolved_from = _resolve(display, named, person, book)
        level = "named" if named else "described"
        source_cue = _source_cue(s, display, named, span, resolved_from)
    else:
        bare = a == d
        if vague or (bare and s.low(d) not in BARE_DOCUMENTS):
            display, named, level = None, False, "unnamed"
        else:
            display, named, level = " ".join(s.text[doc_span[0]:doc_span[1]].split()), False, "document"
            if a == s.first and not s.title_case and display[:1].isupper() and not display[:2].isupper():
                display = display[0].lower() + display[1:]
        source_cue = None
    doc_words = s.text[doc_span[0]:doc_span[1]]
    if vague and source is None:
        return None, [make_cue(s.text, *doc_span, "weasel",
                               f"{quoted(doc_words)}: which ones? A claim backed by unnamed studies or research "
                               "cannot be checked.", family="vague_document")]
    doc_cue = make_cue(s.text, *doc_span, "document",
                       f"{quoted(doc_words)} is a document given as the source: you could ask to see it.",
                       family="document")
    frame_end = s.tokens[k - 1].end if k - 1 >= d else s.tokens[d].end
    frame = (lead.start if lead else doc_span[0], frame_end)
    if display is None:
        display = "unnamed " + s.low(d)
    cues = tuple(c for c in (lead, doc_cue, source_cue) if c is not None)
    scope = _scope(s, frame, frame[0] > s.start + 1)
    return (Attribution(display, "document", STRENGTH[level], named, frame, scope, cues), [])


def _documents(s: _Sentence, book: NameBook):
    """Documents that speak: "records show", "documents released by the clerk show", "Report Says"."""
    docs = word_list("documents")
    verbs = word_list("document_verbs")
    if docs.words.isdisjoint(s.low_set):
        return
    for d, token in enumerate(s.tokens):
        if (token.low,) not in docs.entries or s.in_quote(d) or (d >= 2 and s.low(d - 2) == "according"):
            continue
        if d >= 2 and s.low(d - 1) in DETERMINERS and s.low(d - 2) == "to" and s.low(d - 3) == "according":
            continue
        # Who made it ("by X", "from X") and the verb it speaks with, within a few words.
        k = d + 1
        participle = s.low(k) in {"released", "published", "obtained", "seen", "reviewed", "compiled", "provided",
                                  "issued", "filed"}
        if participle:
            k += 1
        by = None
        if s.low(k) in ("by", "from"):
            by = _forward_phrase(s, k + 1)
            if by is not None:
                k = by[1]
        if s.low(k) in ("also", "now", "recently", "previously", "has", "have", "had"):
            k += 1
        speaks = s.low(k) in verbs.words and s.low(k) not in ("released", "published", "obtained", "seen")
        if not (speaks or (participle and by is not None)):
            continue
        # Modifiers before the noun: "court records", "a Pentagon report", "the study".
        a = d
        while a - 1 >= 0 and d - a < 3 and s.tokens[a - 1].is_word and (
                s.name(a - 1) or (s.tokens[a - 1].text.islower() and s.low(a - 1) not in s.functions)):
            a -= 1
        if a - 1 >= 0 and s.low(a - 1) in DETERMINERS - {"that"}:
            a -= 1
        a = summary_start(s.tokens, a)  # "an average of recent polls shows"
        result = _document_phrase(s, book, a, d, None)
        if result is None:
            continue
        attribution, extra = result
        if attribution is not None and speaks:
            verb_cue = make_cue(s.text, s.tokens[k].start, s.tokens[k].end, "reporting_verb",
                                f"{quoted(s.tokens[k].text)}: the document is what speaks here.",
                                family="document_verbs")
            frame = (attribution.frame[0], s.tokens[k].end)
            closes = frame[0] > s.start and s.words_between(s.start, frame[0]) >= 2 and \
                s.words_between(frame[1], s.end) < 2
            attribution = Attribution(attribution.source, attribution.kind, attribution.strength, attribution.named,
                                      frame, _scope(s, frame, closes), (*attribution.cues, verb_cue))
        if attribution is None and extra and not speaks:
            continue
        yield attribution, extra


def _headline_frames(s: _Sentence, book: NameBook):
    """Headline shapes: "TURKEY TO U.S.: \u201c...\u201d", "...: report", "Reports Turkish troops have ..."."""
    if ":" not in s.low_set and "reports" not in s.low_set:
        return  # no colon, no "Reports ...": no headline shape
    tokens = s.tokens
    docs = word_list("documents")
    word_positions = [k for k, token in enumerate(tokens) if token.is_word]  # once: colons may be many
    for c, token in enumerate(tokens):
        if token.text != ":" or s.in_quote(c):
            continue
        after = c + 1
        if after < len(tokens) and tokens[after].text in OPENING_QUOTES + '"' and 0 < c <= 7:
            # Speaker before the colon, without "TO <addressee>".
            stop = next((k for k in range(s.first or 0, c) if s.low(k) == "to"), c)
            first = s.first or 0
            if stop > first and all(s.name(k) or s.tokens[k].text in ".'\u2019" for k in range(first, stop)):
                display, named, span, person = describe(s, first, stop)
                display, person, resolved_from = _resolve(display, named, person, book)
                frame = (tokens[first].start, token.end)
                cue = make_cue(s.text, tokens[first].start, token.end, "quotation",
                               "A name, a colon and a quotation: the headline hands the quoted words to "
                               f"{display}.", family="headline_quote")
                yield (Attribution(display, "quotation", STRENGTH["named"], named, frame, ((token.end, s.end),),
                                   (cue, _source_cue(s, display, named, span, resolved_from)),
                                   person=person), [])
            continue
        words_after = len(word_positions) - bisect_left(word_positions, after)
        rest = word_positions[len(word_positions) - words_after:] if words_after <= 2 else []
        if 1 <= len(rest) <= 2 and ((s.low(rest[-1]),) in docs.entries or s.noun(rest[-1])):
            span = (tokens[rest[0]].start, tokens[rest[-1]].end)
            words = s.text[span[0]:span[1]]
            cue = make_cue(s.text, token.start, span[1], "document",
                           f"\u201c{s.text[token.start:span[1]]}\u201d at the end of a headline credits it to "
                           f"{quoted(words)}, without saying which one.", family="headline_report")
            yield (Attribution(f"unnamed {words.lower()}", "document", STRENGTH["unnamed"], False,
                               (token.start, span[1]), ((s.start, token.start),), (cue,)), [])
    first = s.first
    if first is not None and s.low(first) == "reports" and first + 1 < len(tokens) and (
            s.tokens[first + 1].is_capitalised or s.low(first + 1) == "that"):
        token = tokens[first]
        cue = make_cue(s.text, token.start, token.end, "document",
                       "A headline that opens with \u201cReports\u201d passes on what unnamed reports say.",
                       family="headline_report")
        yield (Attribution("unnamed reports", "document", STRENGTH["unnamed"], False, (token.start, token.end),
                           ((token.end, s.end),), (cue,)), [])


def _attach_via(s: _Sentence, book: NameBook, found: list[Attribution], cues: list[Cue]) -> list[Attribution]:
    """Add who passed the words on ("as quoted in TASS"), or who was cited ("citing officials")."""
    low_set = s.low_set
    if low_set.isdisjoint(_VIA_KEY_WORDS) or not any(words <= low_set for words in _VIA_WORD_SETS):
        return found
    lows = [t.low for t in s.tokens]
    at: dict[str, list[int]] = {}  # where each word stands, so a phrase is tried only where it can start
    for i, low in enumerate(lows):
        at.setdefault(low, []).append(i)
    taken: set[int] = set()
    for phrases, citing in ((VIA_PHRASES, False), (CITING_PHRASES, True)):
        for phrase in phrases:
            size = len(phrase)
            for i in at.get(phrase[0], ()):
                if tuple(lows[i:i + size]) != phrase or s.in_quote(i) or taken & set(range(i, i + size)):
                    continue
                subject = _forward_subject(s, i + size)
                if subject is None or subject[2] not in ("named", "described"):
                    continue
                a, b, kind = subject
                if phrase[0] in ("told", "tells", "tell") and kind != "named":
                    continue  # "told reporters": an audience, not a messenger
                display, named, span, person = _describe_knowing(s, a, b, len(s.tokens))  # "one aide close to him"
                display, person, resolved_from = _resolve(display, named, person, book)
                taken.update(range(i, b))
                words = s.text[s.tokens[i].start:s.tokens[i + size - 1].end]
                frame = (s.tokens[i].start, s.tokens[b - 1].end)
                if citing:
                    why = (f"{quoted(words)} names where the reporter got it: {display} is the source, "
                           "the reporter passes it on.")
                else:
                    why = (f"{quoted(words)} shows the words reached the writer second-hand, through {display}.")
                via_cue = make_cue(s.text, s.tokens[i].start, s.tokens[b - 1].end, "via", why, family="via")
                owner = _nearest(found, frame)
                if owner is None:
                    source_cue = _source_cue(s, display, named, span, resolved_from)
                    scope = tuple(x for x in ((s.start, frame[0]), (frame[1], s.end)) if s.words_between(*x) >= 2)
                    found.append(Attribution(display, "reporting_verb",
                                             STRENGTH["named" if named else "described"], named, frame, scope,
                                             (via_cue, source_cue), person=person))
                    continue
                index = found.index(owner)
                if citing:
                    found[index] = Attribution(display, owner.kind, max(owner.strength, STRENGTH["described"]),
                                               named, owner.frame, owner.scope, (*owner.cues, via_cue),
                                               via=owner.source, person=person)
                elif owner.source != display:
                    found[index] = Attribution(owner.source, owner.kind, owner.strength, owner.named, owner.frame,
                                               owner.scope, (*owner.cues, via_cue), via=display, person=owner.person)
    return found


def _nearest(found: Iterable[Attribution], frame: tuple[int, int]) -> Attribution | None:
    best = None
    for attribution in found:
        distance = min(abs(attribution.frame[1] - frame[0]), abs(frame[1] - attribution.frame[0]))
        if best is None or distance < best[0]:
            best = (distance, attribution)
    return best[1] if best else None


def _quotations(s: _Sentence, found: list[Attribution]) -> tuple[list[Attribution], list[Cue]]:
    """Quotation marks: someone's exact words, scare quotes, or a sentence that is all quotation."""
    if not s.quotes:
        return [], []
    cues: list[Cue] = []
    extra: list[Attribution] = []
    total = s.words_between(s.start, s.end)
    quoted_words = 0
    long_quote = None
    for qs, qe in s.quotes:
        a, b = max(qs, s.start), min(qe, s.end)
        if b <= a:
            continue
        words = s.words_between(a, b)
        quoted_words += words
        framed = any(x.covers(a, b) or (x.frame[0] >= b - 1 and x.frame[0] - b < 3) or
                     (x.frame[1] <= a + 1 and a - x.frame[1] < 3) for x in found)
        if not framed and not s.title_case and _names_a_work(s, a, b) and not _named_as(s, a):
            continue  # "hosts “America with Jorge Ramos”": the title of a show or a book, nobody's words
        if framed or words >= LONG_QUOTE_WORDS:
            cues.append(make_cue(s.text, a, b, "quotation",
                                 "Quotation marks show someone else's exact words, not the writer's.",
                                 family="quotation"))
            if words >= LONG_QUOTE_WORDS and long_quote is None:
                long_quote = (a, b)
        elif words:
            cues.append(make_cue(s.text, a, b, "scare_quote",
                                 f"Quotation marks around {quoted(s.text[a:b].strip(chr(34) + OPENING_QUOTES + CLOSING_QUOTES + chr(39)))} "
                                 "with nobody named: the writer may be keeping a distance from the words, "
                                 "or mocking them.", family="scare_quote"))
    if not found and total and (quoted_words >= QUOTE_SHARE_FOR_ATTRIBUTION * total or long_quote) and not \
            quoted_heading(s.text, s.start, s.end, s.quotes):  # 'A change warrior.' alone on its line titles a section
        spans = tuple((max(qs, s.start), min(qe, s.end)) for qs, qe in s.quotes if min(qe, s.end) > max(qs, s.start))
        frame = spans[0]
        extra.append(Attribution(None, "quotation", STRENGTH["quotation"] if quoted_words >= 0.6 * total
                                 else STRENGTH["unnamed"], False, frame, spans, ()))
    return extra, cues


def _named_as(s: _Sentence, a: int) -> bool:
    """Whether a naming verb stands right before the quotation at `a` ("titled “...”", "known as
    “...”"): what follows is what someone called it, so the quotation stays someone's words."""
    k = next((i for i, t in enumerate(s.tokens) if t.start >= a), len(s.tokens))
    before = [s.low(x) for x in range(max(0, k - 2), k) if s.tokens[x].is_word]
    return bool(before) and (before[-1] in NAMING_VERBS | {"entitled", "billed", "dubbed", "as", "reading"})


def _names_a_work(s: _Sentence, a: int, b: int) -> bool:
    """Whether the quotation `[a, b)` is a title in Title Case ("Crippled America: How to Make America
    Great Again", "The Late Show"): most of its longer words capitalised, and no sentence end inside."""
    inner = [t for t in s.tokens if a < t.start and t.end < b]
    before = [t for t in s.tokens if t.end <= a]
    if inner and inner[-1].text in ".!" and b >= s.end - 2 and before and before[-1].is_word:
        inner = inner[:-1]  # "host of “The Nightly Show.”": the sentence's own stop, typed inside the marks
    if any(t.text in ".!?" for t in inner[:-1]) or (inner and inner[-1].text in ".!?"):
        return False
    content = [t for t in inner if t.is_word and t.low not in s.functions]
    return len(content) >= 2 and all(t.text[:1].isupper() or t.has_digit for t in content)


# ----- speakers before a colon: transcripts and headlines ("HALE: We never saw it.") -----------

#: At most this many words may name the speaker before the colon.
MAX_NAME_WORDS = 4
#: And at least this many words must follow it.
MIN_WORDS_AFTER = 3


def _speaker_colon_frames(s: _Sentence, book: NameBook):
    """Yield (Attribution, []) for "NAME: words" at the start of a sentence (see the module's doc)."""
    tokens = s.tokens
    first = s.first
    if first is None:
        return
    colon = next((k for k in range(first + 1, min(len(tokens), first + 2 * MAX_NAME_WORDS + 1))
                  if tokens[k].text == ":"), None)
    if colon is None or s.in_quote(colon):
        return
    name_tokens = [k for k in range(first, colon) if tokens[k].is_word]
    after = [t for t in tokens[colon + 1:] if t.is_word]
    if len(name_tokens) == 1 and (tokens[first].low,) in word_list("documents").entries and \
            len(after) >= MIN_WORDS_AFTER and not s.in_quote(colon):
        yield _document_label(s, first, colon)  # "Poll: Trump and Clinton hold narrow leads"
        return
    if not 1 <= len(name_tokens) <= MAX_NAME_WORDS or tokens[first].low in word_list("not_speakers").words:
        return
    if any(tokens[k].low in word_list("not_speakers").words and k == name_tokens[-1] for k in name_tokens):
        return  # "Editor's Note:", "Photo Credit:"
    time_words = word_list("time_words").words
    for k in range(first, colon):
        token = tokens[k]
        if token.is_word:
            if not token.text[:1].isupper() or token.low in time_words or token.has_digit:
                return
        elif not _title_stop(s, k) and token.text not in ("-", "'"):
            return
    if len(after) < MIN_WORDS_AFTER or names_list_after(tokens, colon):
        return  # "Maine: Tim Albrecht, Brad Anderson, ...": a heading over a list of names
    display, named, span, person = describe(s, first, colon)
    display, person, resolved_from = _resolve(display, named, person, book)
    if not named:
        return
    if display.isupper() and len(display) > 2:
        display = display.title()  # "HALE" in a transcript is Hale
    frame = (tokens[first].start, tokens[colon].end)
    cue = make_cue(s.text, frame[0], frame[1], "quotation",
                   f"A name and a colon: what follows is given as {display}'s own words (a transcript or a "
                   "headline quoting them).", family="speaker_colon")
    yield (Attribution(display, "quotation", STRENGTH["named"], True, frame, ((tokens[colon].end, s.end),),
                       (cue, _source_cue(s, display, named, span, resolved_from)), person=person), [])


def _document_label(s, first: int, colon: int):
    """ "Poll: ...", "Report: ...": a headline that hands its claim to a document it does not name."""
    tokens = s.tokens
    word = tokens[first].text
    frame = (tokens[first].start, tokens[colon].end)
    cue = make_cue(s.text, frame[0], frame[1], "document",
                   f"\u201c{word}:\u201d at the start of a headline credits what follows to a {word.lower()} it "
                   "does not name.", family="headline_report")
    return (Attribution(f"unnamed {word.lower()}", "document", STRENGTH["unnamed"], False, frame,
                        ((tokens[colon].end, s.end),), (cue,)), [])
