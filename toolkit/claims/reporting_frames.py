"""The reporting-verb frames: a verb of saying, believing or stance with its speaker, either way round.

Part of `toolkit.claims.attribution` (the facade other code imports from). `_reporting_frames`
walks a sentence's reporting verbs (word lists `reporting_verbs`, `reporting_verbs_weak`,
`belief_verbs`, `stance_verbs`) and `_frame_at` reads one of them: "Isik noted", "said Isik",
"Can Kasapoglu, a defense analyst at ..., says", "the coach accused the league of ...". The most
common frame in news, and the longest rule, so it has its own module; the questions it asks
about subjects and asides are in `toolkit.claims.subject_readers`.
"""

from __future__ import annotations

from toolkit.claims.cues import make_cue, quoted, why_for
from toolkit.claims.crowd_sources import crowd_after_verb, crowd_speaks, partitive_crowd, share_before_comma
from toolkit.claims.group_heads import PLACE_LINKS, people_word
from toolkit.claims.participle_subjects import joined_start
from toolkit.claims.partitive_speakers import partitive_after_verb
from toolkit.claims.placed_asides import person_before_abbreviated_address, told_after_aside
from toolkit.claims.people import GENDERED_TITLES, is_given_name
from toolkit.claims.phrase_matcher import listed_phrases, opening_words
from toolkit.claims.place_names import names_a_place
from toolkit.claims.pronoun_sources import opening_end
from toolkit.claims.document_participles import RECEIVING, outlet_start
from toolkit.claims.hoped_plans import expects_object_to, hope_to
from toolkit.claims.verb_look_alikes import belief_look_alike, saying_look_alike, stance_look_alike
from toolkit.claims.verb_clauses import only_when_before_that, subject_pronoun_at, that_after_setting
from toolkit.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, QUOTE_MARKS, word_list
from toolkit.claims.attribution_model import (ADDRESSED_CLAUSE_WORDS, ADDRESSEE_VERBS, APPOSITIVE_OPENERS,
                                              ASIDE_ADVERBS, ASIDE_PHRASES, Attribution, BETWEEN_PHRASES,
                                              BETWEEN_SUBJECT_AND_VERB, NEGATED_AUXILIARIES, CLAUSE_VERBS, DETERMINERS, NAME_SUFFIXES,
                                              NAMING_VERBS, NOUN_LIKE_VERB_FORMS, NameBook, ORGANISATION_WORDS,
                                              PARTICIPLE_ADJUNCTS, PART_WORDS, PASSIVE_MARKERS, PERSON_PRONOUNS,
                                              REFLEXIVES, REPORTING_PARTICIPLES, SAID_NOTHING, STANCE_FACTOR, STRENGTH,
                                              TO_VERBS, _bare, looks_like_person)
from toolkit.claims.share_subjects import share_subject
from toolkit.claims.refused_sayings import refuses_saying
from toolkit.claims.participle_modified import participle_subject
from toolkit.claims.adverb_verbs import adverb_then_verb
from toolkit.claims.linked_heads import speaker_before_link
from toolkit.claims.ly_nouns import ly_noun
from toolkit.claims.ago_phrases import ago_phrase_start
from toolkit.claims.noted_things import noted_a_thing
from toolkit.claims.noun_cue_owners import POSSESSIVE_PRONOUNS, noun_cue_owner, without_possessive
from toolkit.claims.asked_addressees import asked_someone
from toolkit.claims.aside_subjects import (ADJUNCT_PREPOSITIONS, closes_aside, opens_reported_clause,
                                           subject_before_aside)
from toolkit.claims.source_phrases import (ADJUNCT_STARTERS, ONE_OF_MANY, PLAIN_SAYING, WH_CLAUSE_WORDS, _Sentence,
                                           _after_backward_quote, _clause_subject, _describe_knowing,
                                           _determiner_phrase, _forward_described, _inside_relative, _of_start,
                                           _plural_phrase, _relative_subject, _subject_ending, _title_stop)
from toolkit.claims.subject_readers import (HEADLINE_REPLIES, OPENING_PREPOSITIONS, PLACE_PREPOSITIONS, SEEM_VERBS,
                                            _appositive_start, _aside_dash, _conditional, _crowd_attribution,
                                            _dash_opening, _forward_subject, _head_person, _knowing_phrase,
                                            _named_appositive, _names_person, _parenthesis_opening,
                                            _relative_clause_start, _resolve, _scope, _sent_message, _source_cue,
                                            _stance_subject, _until_comma)


def _title_sex(s: _Sentence, span: tuple[int, int]) -> str | None:
    """The sex an honorific right before a name shows: "Mrs. Clinton" -> female, "Mr. Clinton" -> male."""
    at = s.indices_starting_in(span[0], span[0] + 1)  # the token starting at the name, found by bisection
    k = at[0] if at else None
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
    matches += [(i, j, "belief") for i, j in listed_phrases(s.tokens, belief.name)
                if not belief_look_alike(s.tokens, i, j)]  # "felt blindsided", "the rowdy feel": no view
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
#: "asked" after a subject read from its determiner ("a voter", "the guild") asks when a question or an addressee
#: and a question follow ("A voter asked if ...", "The guild asked the mayor whether ...").
ASKED_FORMS = frozenset({"asked", "asks"})
#: Words that open the question right after "asked": "asked whether", "asked if", "asked why".
ASKED_QUESTIONS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
#: Marks that close an aside between a named subject and its verb ("Byrne, a guard, states", "Byrne — who ... —
#: notes"): a verb form that is also a plural noun ("Rust Belt states") is a verb after one.
ASIDE_CLOSERS = frozenset({",", "\u2014", "\u2013", "--", ")"})
#: How many words after a verb of saying are read for the clause it opens ("wrote in his memoir that"); a
#: phrase of where that fills them all is read further by `that_after_setting`.
AHEAD_REACH = 9
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


#: `BETWEEN_PHRASES` by their last word, each word's phrases in the list's order: a word that ends none
#: (nearly every word before a verb) is passed over with one lookup instead of a look at every phrase.
_BETWEEN_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in BETWEEN_PHRASES:
    _BETWEEN_BY_LAST[_phrase[-1]] = (*_BETWEEN_BY_LAST.get(_phrase[-1], ()), _phrase)


def _between_phrase_ending(s: _Sentence, k: int) -> tuple[str, ...] | None:
    """The first phrase of `BETWEEN_PHRASES` that ends at token `k` ("Isik in a statement said"), or None."""
    for phrase in _BETWEEN_BY_LAST.get(s.low(k), ()):
        if tuple(s.low(x) for x in range(k - len(phrase) + 1, k + 1)) == phrase:
            return phrase
    return None


#: `ASIDE_PHRASES` by their last word: only the phrases ending in the word before a comma can end there
#: (phrases with the same last word have the same length, so at most one of them fits).
_ASIDE_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in ASIDE_PHRASES:
    _ASIDE_BY_LAST[_phrase[-1]] = (*_ASIDE_BY_LAST.get(_phrase[-1], ()), _phrase)


def _comma_aside_before(s: _Sentence, k: int) -> tuple[str, ...] | None:
    """The aside between a comma and the comma at token `k`, or None: one of `ASIDE_PHRASES` (", of course,")
    or a few words of manner (", exasperated,", ", visibly angry,", ", smiling,")."""
    for phrase in _ASIDE_BY_LAST.get(s.low(k - 1), ()):
        n = len(phrase)
        if k - n - 1 >= 0 and s.tokens[k - n - 1].text == "," and tuple(s.low(x) for x in range(k - n, k)) == phrase:
            return phrase
    return _manner_aside_before(s, k)


#: The most words in an aside of manner between a subject and its verb (", visibly angry,").
MANNER_WORDS = 2


def _manner_aside_before(s: _Sentence, k: int) -> tuple[str, ...] | None:
    """", exasperated,", ", visibly angry,", ", smiling,": a word or two of manner set off by commas right
    before a verb, the first ending in -ed, -ing or -ly; no small word, title or verb of saying in it."""
    for n in range(1, MANNER_WORDS + 1):
        if k - n - 1 < 1 or s.tokens[k - n - 1].text != ",":
            continue
        words = range(k - n, k)
        first = s.low(k - n)
        if first.endswith(("ed", "ing", "ly")) and len(first) > 4 and all(
                s.tokens[m].is_word and s.tokens[m].text.islower() and s.low(m) not in s.functions
                and s.low(m) not in s.titles and s.low(m) not in REPORTING_PARTICIPLES for m in words):
            return tuple(s.low(m) for m in words)
    return None


#: The most words of a state or country after a city ("Dayton, Ohio,", "Salt Lake City, Utah,").
PLACE_WORDS = 3


def _city_before_state(s: _Sentence, k: int) -> int | None:
    """The city's last token when the comma at `k` closes ", <state>," right after a city's name ("in Dayton,
    Ohio, said"): the place on the list between the commas belongs to the phrase before it. Else None."""
    for n in range(1, PLACE_WORDS + 1):
        p = k - n - 1
        if p < 2 or s.tokens[p].text != ",":
            continue
        if all(s.name(m) for m in range(p + 1, k)) and s.name(p - 1) and \
                names_a_place(s.text[s.tokens[p + 1].start:s.tokens[k - 1].end]) and \
                not any(s.tokens[m].text == "," for m in range(s.first or 0, p)):
            return p - 1  # (after an earlier comma the place closes an aside: "Ruiz, a nurse from Austin, Texas,")
    return None


#: A phrase of time between a subject and its verb that no list of single words holds: "have in the past said".
PAST_PHRASE = ("in", "the", "past")
#: The perfect's auxiliaries and the time words read past with them: "have long said", "has since said".
PERFECT_WORDS = frozenset({"has", "have", "had", "been", "also", "long", "since", "already", "often", "now"})


def _before_auxiliaries(s: _Sentence, k: int) -> int:
    """Token `k` moved back past the perfect auxiliaries and adverbs that end a subject's verb group ("Many
    conservatives have said", "allies have in the past said", "delegates have publicly said"): those are the verb's,
    and the subject ends before them. Modals and negations stay: "one could say" is no one's report."""
    while k > 0:
        if tuple(s.low(k - n) for n in (2, 1, 0)) == PAST_PHRASE:
            k -= 3
        elif s.low(k) in PERFECT_WORDS or (s.low(k).endswith("ly") and s.tokens[k].text.islower()
                                           and s.low(k - 1) in PERFECT_WORDS):  # "have publicly said", not "a rally"
            k -= 1
        else:
            break
    return k


#: Verbs of answering, which often take when or in what order they answered before what follows.
REPLY_VERBS = frozenset({"responded", "replied", "responds", "replies", "answered", "answers"})
#: Words of order and time read past after such a verb: "responded first", "replied later Saturday".
REPLY_ADVERBS = frozenset({"first", "later", "again", "late", "early", "soon", "then", "too", "swiftly", "quickly",
                           "promptly", "immediately", "sharply", "angrily", "curtly"})


def _past_reply_adverbs(s: _Sentence, k: int) -> int:
    """Token `k` moved past up to three words of order or time after a verb of answering, when what comes after
    them opens what the answer was (a comma, "that", "to", "by" or a colon); else `k` unchanged."""
    m = k
    while m < len(s.tokens) and m - k < 3 and s.tokens[m].text.islower() and (
            s.low(m) in REPLY_ADVERBS or s.low(m) in word_list("time_words").words):
        m += 1
    if m == k or m >= len(s.tokens) or s.low(m) not in (",", "that", "to", "by", ":"):
        return k
    return m


#: The longest phrase read as the one told, between "told" and when or where it was told: "his closest advisers".
ADDRESSEE_REACH = 4
#: Possessives that open the people told: "told his closest advisers", "told her staff".
ADDRESSEE_POSSESSIVES = frozenset({"his", "her", "their", "our", "my"})


def _past_addressee(s: _Sentence, vi: int, vj: int) -> int:
    """The token after the people addressed by a verb of telling at `vi` ("told his closest advisers" -> the
    token after "advisers"), or `vj` when no such verb, or no phrase ending in people or a name, follows."""
    if vj != vi + 1 or s.low(vi) not in ADDRESSEE_VERBS:
        return vj
    m = vj
    while m < len(s.tokens) and m - vj < ADDRESSEE_REACH and s.tokens[m].is_word and \
            s.low(m) not in ADJUNCT_STARTERS and s.low(m) not in CLAUSE_VERBS and s.low(m) not in ("that", "to"):
        m += 1
    if m == vj or not (people_word(s.low(m - 1)) or s.name(m - 1) or s.low(vj) in ADDRESSEE_POSSESSIVES):
        return vj  # "tells one joke about Trump": a thing told, not someone
    return m


def _frame_at(s: _Sentence, book: NameBook, vi: int, vj: int, strength: str):
    verb = s.text[s.tokens[vi].start:s.tokens[vj - 1].end]
    list_name = {"strong": "reporting_verbs", "weak": "reporting_verbs_weak", "belief": "belief_verbs",
                 "stance": "stance_verbs"}[strength]
    # Subject before the verb, skipping "has also", and an appositive between commas.
    k = vi - 1
    skipped = 0
    progressive = s.low(vi).endswith("ing") and s.low(vi - 1) in ("is", "are", "was", "were", "been")
    while k >= 0 and skipped < 4:
        phrase = _between_phrase_ending(s, k)
        if phrase is not None and k - len(phrase) >= 0:
            k -= len(phrase)  # "Isik in a statement said"
        elif ago_phrase_start(s.tokens, k) is not None and ago_phrase_start(s.tokens, k) > 0:
            k = ago_phrase_start(s.tokens, k) - 1  # "The ministry less than a week ago said"
        elif (s.low(k) in BETWEEN_SUBJECT_AND_VERB or (s.low(k).endswith("ly") and s.tokens[k].text.islower()
                                                      and len(s.low(k)) > 4 and not ly_noun(s, k, before_verb=True))) and not s.name(k):
            k -= 1  # "O'Malley frequently notes", "Isik has also said"
        elif strength in ("strong", "weak") and s.low(k) in NEGATED_AUXILIARIES:
            k -= 1  # "The mayor wouldn't say when": the subject is before the negation
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
        elif s.tokens[k].text == "," and (city := _city_before_state(s, k)) is not None:
            k = city  # "A nurse in Austin, Texas, said": the state names where the city is, not who speaks
        elif s.tokens[k].text == "," and (aside := _comma_aside_before(s, k)) is not None:
            k -= 2 + len(aside)  # "Liveris, of course, said"
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
            if subject is None:
                # "The levy is vital, her top aide, Tom Okafor, said": no subject before the aside read as one;
                # the name between the last two commas speaks
                subject = _named_appositive(s, k)
        elif _named_appositive(s, k) is not None:
            subject = _named_appositive(s, k)  # "The minister, Ana Lopez, said"
        elif s.tokens[k - 1].text == "." and person_before_abbreviated_address(s, k) is not None:
            subject = person_before_abbreviated_address(s, k)  # "Tom Okafor of Salem, Ore., explained"
    elif _knowing_phrase(s, k) is not None:
        subject = _knowing_phrase(s, k)  # "a source close to him said", "officials familiar with the talks said"
    elif k >= 2 and s.low(k) == "others" and s.low(k - 1) == "and" and _subject_ending(s, k - 2) is not None:
        first_part = _subject_ending(s, k - 2)  # "Edwards and others said": Edwards speaks for them
        subject = (first_part[0], k + 1, first_part[2])
    elif k >= 0:
        # "More than half of those asked said", "Activists clamoring to block Ana Lopez say"
        subject = share_subject(s, k) or participle_subject(s, k) or _subject_ending(s, k)
        if subject is None and strength != "stance":
            subject = _determiner_phrase(s, k)  # "the contractor said", "the nurses vowed to"
            from_determiner = subject is not None
        if subject is None and (strength == "strong" or (strength == "weak" and s.low(vj) == "that")):
            subject = _plural_phrase(s, k)  # "hacking specialists say", "21 percent said", "engineers noted that"
    if subject is None and strength != "stance" and k >= 1 and closes_aside(s.tokens, k):
        subject = subject_before_aside(s, k)  # "Ana Ruiz, Color of Change's director, said his group ..."
    if subject is None and strength != "stance" and k >= 1 and s.tokens[k].text == ",":
        aside = _appositive_start(s, k)
        if aside is not None and aside >= 1 and s.low(aside + 1) in ADJUNCT_PREPOSITIONS:
            subject = _determiner_phrase(s, aside - 1)  # "The port, in a statement, said": the body before the aside
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
                    subject is not None or s.low(end).endswith(("ed", "s")) or adverb_then_verb(s.tokens, end)):
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
            phrase = _forward_subject(s, vj) or _forward_described(s, vj) or partitive_after_verb(s, vj)
            crowd_end = crowd_after_verb(s.tokens, vj) if phrase is None else None
            if crowd_end is not None:
                phrase = (vj, crowd_end, "vague")  # "..., said several observers": a crowd speaks
            if phrase is not None and ((before == "," and (opens_reported_clause(s.tokens, phrase[1])
                                                           or told_after_aside(s.tokens, vi))) or
                                       s.low(vj) in ADJUNCT_PREPOSITIONS):
                # "..., said his group will keep pressing": the reported clause's subject; "..., said in an
                # interview with The Times": where it was said, not who said it
                phrase = None
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
        subject = _clause_subject(s, _before_auxiliaries(s, vi - 1))  # "58 percent of Latino voters overall said"
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
    if not inverted and subject[2] in ("named", "described") and subject[1] <= vi:
        subject = speaker_before_link(s, subject, vi) or subject  # "officials in both cities insist"
    a, b, kind = subject
    if not inverted and b <= vi and ((a >= 2 and s.low(a - 1) == "by" and s.low(a - 2) in RECEIVING)
                                     or outlet_start(s, a)):
        return None  # "A memo seen by Reuters warns", "A study published in Nature suggests": the document speaks
    after_verb = vj + 1 if s.low(vj).endswith("ly") and len(s.low(vj)) > 4 and s.tokens[vj].text.islower() else vj
    if s.low(vi) in REPLY_VERBS:
        after_verb = _past_reply_adverbs(s, after_verb)  # "responded first, ripping into", "replied later Saturday to"
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
    for t in s.tokens[vj:vj + AHEAD_REACH]:
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
    if not clause_follows and len(ahead) == AHEAD_REACH and that_after_setting(s.tokens, vj):
        clause_follows = True  # "noted in a guest column in Saturday's New York Times that"
    # "asked the council to wait", "urged voters to stay home", "asked Lopez how": an addressee, then
    # what they were asked or told.
    addressed = s.low(vi) in ADDRESSEE_VERBS and 1 <= next(
        (n for n, w in enumerate(ahead) if w in ADDRESSED_CLAUSE_WORDS), 0) <= 5
    # A sentence ending on the verb, or a clause after it, counts only with a person or a name as
    # the subject, and not for forms that are also plural nouns ("Rust Belt states underscored").
    sure_subject = kind in ("named", "described", "pronoun") and (
        s.low(vi) not in NOUN_LIKE_VERB_FORMS or (s.title_case and _headline_speaker(s, vi, book))
        or kind == "pronoun" or subject_pronoun_at(s.tokens, after_verb)  # "he claims", "claims she was"
        or (kind == "named" and b < vi and s.tokens[vi - 1].text in ASIDE_CLOSERS))  # "Byrne, a guard, states"
    responds_to = s.title_case and follows == "to" and s.low(vi) in HEADLINE_REPLIES  # "Okafor Responds To Critics"
    introduces = (follows in ("that", ":", ",") or follows_text in OPENING_QUOTES + '"' or follows == "" or responds_to
                  or (ends and sure_subject) or to_clause or (clause_follows and sure_subject)
                  or follows in REPORTING_PARTICIPLES or quote_soon or names_it
                  or (follows in WH_CLAUSE_WORDS and sure_subject) or (addressed and sure_subject)
                  or (sure_subject and noted_a_thing(s.tokens, vi, vj))  # "Ruiz noted the storm damage"
                  or (sure_subject and asked_someone(s.tokens, vi, vj)))  # "Lopez asked the mayor."
    if s.low(vi) in ("state", "states") and not (kind == "pronoun" or s.noun(b - 1) or _names_person(s, subject)
                                                 or (kind == "named" and b < vi and s.tokens[vi - 1].text in ASIDE_CLOSERS)):
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
                                                       or (clause_follows and s.low(vi) in CLAUSE_NOTING_VERBS)
                                                       or (s.low(vi) in ASKED_FORMS and follows != "for"
                                                           and (addressed or follows in ASKED_QUESTIONS))):
        return None  # "a swing state, and ...": a noun, not a verb of saying ("a voter asked if ..." asks)
    if strength == "belief" and follows in ("in", "to", "for", "of", "so", "it", "the", "a") and not closes and \
            not any(t.low in CLAUSE_VERBS for t in s.tokens[vj + 1:vj + 7]) and not hope_to(s.low(vi), follows) and \
            not (follows in ("the", "a") and expects_object_to(s, vi, after_verb)):
        return None  # "expects the vote" is no belief reported, "believes the tax will pass" is
    frame = (s.tokens[min(a, vi)].start, s.tokens[max(b, vj) - 1].end)
    # The reported words come before a frame that closes them ('"...," said Isik', '..., Isik noted.')
    # and after one that opens them ('In March, officials said the bridge ...').
    after_frame = s.words_between(frame[1], s.end)
    # "Victory is vital, he said after meeting the pilots, because ...": a frame set off by a comma and
    # followed by when or where it was said, not by what was said, closes the words before it.
    # "..., Ruiz said Tuesday in Paris, ...": a time word may come first.
    # "This is not about me, Obama told his closest advisers as he ...": the one told comes first.
    after_told = _past_addressee(s, vi, vj)
    parenthetical = a > 0 and s.tokens[a - 1].text == "," and s.words_between(s.start, frame[0]) >= 3 and \
        (s.low(vj) in ADJUNCT_STARTERS or (after_time > vj and s.low(after_time) in ADJUNCT_STARTERS)
         or (after_told > vj and s.low(after_told) in ADJUNCT_STARTERS and s.tokens[after_told].is_word)) and \
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
    # A refusal to speak is the exception: what was not said is the speaker's matter ("refused to say that ...").
    scope = _scope(s, frame, closes) if strength != "stance" or refuses_saying(s.tokens, vi, vj) else ()
    if scope and a > 0 and s.tokens[a - 1].text == "," and s.low(vj) == "," and \
            s.words_between(s.start, frame[0]) >= 2 and s.words_between(frame[1], s.end) >= 2:
        # "The good news, Ruiz said, is that ...": a frame set off by commas inside the words it reports
        scope = ((s.start, frame[0]), (frame[1], s.end))
    if kind == "vague":  # "critics said", "several said": a described crowd speaks (toolkit.claims.crowd_sources)
        return (_crowd_attribution(s, a, b, "reporting_verb", frame, scope, verb_cue), [])
    owner = noun_cue_owner(s, a, b, vi, vj) if not inverted else None
    verb_at = vi
    if owner is not None:  # "a forceful promise", "his second tweet": the noun's owner is the source
        if owner.span is None:
            level = STRENGTH["described"] * (STANCE_FACTOR if strength == "stance" else 1.0)
            return (Attribution(None, "reporting_verb", round(level, 3), False, frame, scope, (verb_cue,),
                                owner_unsaid=True), [])
        a, b, kind = owner.span
        verb_at = max(vi, b)  # the owner may follow the noun ("In a casual remark, Okafor ..."): read it whole
    if kind == "pronoun":
        pronoun = POSSESSIVE_PRONOUNS.get(s.low(a), s.low(a))  # "his second tweet" is read as "he tweeted"
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
    display, named, span, person = _describe_knowing(s, a, b, verb_at)  # "officials familiar with the talks said"
    if owner is not None and owner.possessive:
        display = without_possessive(display)  # "the Cleveland police's biggest worry": the police's
    display, person, resolved_from = _resolve(display, named, person, book, _title_sex(s, span))
    source_cue = _source_cue(s, display, named, span, resolved_from)
    level = "named" if named else "described"
    strength_value = STRENGTH[level] * (STANCE_FACTOR if strength == "stance" else 1.0)
    return (Attribution(display, "reporting_verb", round(strength_value, 3), named, frame, scope,
                        (verb_cue, source_cue), person=person), [])
