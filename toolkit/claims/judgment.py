"""Judgment cues with no loaded keyword: how a writer grades, ranks, mocks and prescribes (issue 16).

Much opinion in real news carries no strongly loaded word: "the plan sounds worryingly like
the last fiasco", "the biggest problem of all", "it is imperative to cut costs", "as if the
taxpayer were willing", "the vaccine is NOT a cure". This module finds such cues, each a
family a student can read and argue with:

- `judgment_adjectives`, `judgment_adverbs`: words that grade what they describe ("paltry",
  "rightly"), and any adverb made from a judgment word ("shamefully" from "shameful");
- `judgment_verbs`, `judgment_nouns`: acts and people named by a verdict ("squandered", "wonks");
- `judgment_idioms`: figures of speech that pass a verdict ("kick the can down the road");
- `blind_spots`: someone fails to see what the writer sees ("without realising that", "lost sight of");
- `judgment_ranking`: a superlative or "only" ranking a verdict noun ("the worst mistake");
- `deontic_frame`: "it is imperative / wrong / time to ...", what ought to be done;
- `sarcasm_markers`: "as if", "how convenient", "self-proclaimed";
- `rhetorical_question`: "Isn't it time ...?", "Why would anyone ...?", "..., right?";
- `emphasis_capitals`: a short word in capitals for emphasis ("is NOT");
- `generic_one`: "one can", "one must": the writer speaking to every reader at once.

Every word list is package data in `toolkit/data/claims/` (one entry a line, written for this
project); the weights are in `toolkit.claims.sentence_labels.WEIGHTS`. Cues inside someone
else's words are marked `reported` by the labeller and do not count against the writer.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted, why_for
from toolkit.claims.phrase_matcher import listed_phrases_of
from toolkit.claims.sentence_words import sentence_words, word_places
from toolkit.text.tokens import OPENING_QUOTES, Token, word_list

#: Word lists matched as they are, in this order (idioms first, so a phrase wins over a word inside it); each
#: file's header names its cue kind and the reason shown.
JUDGMENT_LISTS = ("judgment_idioms", "sarcasm_markers", "judgment_adjectives", "judgment_adverbs", "judgment_verbs",
                  "judgment_nouns", "blind_spots")
#: Lists an adverb's adjective is looked up in ("clumsily" -> "clumsy"): judgment words of full strength.
ADVERB_BASES = ("evaluative", "judgment_adjectives")
#: Adverbs made from a judgment word that mostly only intensify or describe ("badly needed", "greatly").
_NOT_JUDGING_ADVERBS = frozenset({"badly", "greatly", "perfectly", "purely", "finely", "fairly", "corruptly",
                                  "emptily", "hollowly", "nicely", "dully", "grimly", "obviously", "honestly"})
#: Ranking words that are not superlatives of judgment: time, age and place ("the latest problem").
_NOT_RANKING = frozenset({"latest", "earliest", "newest", "oldest", "youngest", "nearest", "furthest", "farthest",
                          "interest", "honest", "modest", "protest", "request", "harvest", "forest", "manifest",
                          "suggest", "invest", "contest", "arrest", "digest", "conquest", "inquest", "rest", "west",
                          "east", "test", "best-selling", "northwest", "southwest", "northeast", "southeast"})
_RANK_WORDS = frozenset({"best", "worst", "only", "real", "true", "single"})
#: Nouns that are a verdict only as "the strongest case for" or "... against" (not "the only case of measles").
_ARGUED_NOUNS = frozenset({"case"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "whose"})
_COPULAS = frozenset({"is", "was", "would", "will", "seems", "remains", "becomes", "became", "be"})
_FRAME_FILLERS = frozenset({"be", "not", "so", "more", "most", "very", "absolutely", "all", "the", "now", "also",
                            "therefore", "surely", "simply", "equally", "just"})
_FRAME_ENDS = frozenset({"to", "that", "for"})
_ONE_MODALS = frozenset({"can", "must", "should", "cannot", "can't", "has", "needs", "wonders", "suspects",
                         "imagines", "ought", "shouldn't"})
#: "one could", "one might" are generic only before a verb of thinking or saying ("one could argue"); otherwise
#: "one" is often a number ("two pools are planned and one could open in spring").
_ONE_MAYBE = frozenset({"could", "might", "may", "would", "couldn't", "wouldn't"})
_ONE_THINKING = frozenset({"argue", "say", "think", "wonder", "imagine", "conclude", "assume", "expect",
                           "suppose", "hope", "guess", "see", "call", "forgive", "ask", "easily"})
#: Words before "one" that make it a number or a thing ("no one can", "at least one could", "the one that").
_NOT_GENERIC_ONE = frozenset({"no", "any", "every", "each", "some", "the", "this", "that", "which", "only", "at",
                              "of", "just", "another", "not", "than", "but", "last", "first", "one", "such", "a",
                              "little", "least", "more"})


def judgment_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """Every judgment cue of one sentence (see the module's list), one per stretch of words."""
    if not tokens:
        return []
    words_here = sentence_words(tokens)
    title_case, first = words_here.title_case, words_here.first
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []

    def add(i: int, j: int, kind: str, why: str, family: str) -> None:
        if any(i < b and a < j for a, b in taken):
            return
        taken.append((i, j))
        cues.append(make_cue(text, tokens[i].start, tokens[j - 1].end, kind, why, family=family))

    lows = words_here.low_set  # each rule below first asks whether its trigger words are here at all
    found = listed_phrases_of(tokens, JUDGMENT_LISTS)
    for name, phrases in zip(JUDGMENT_LISTS, found) if any(found) else ():  # (usually none: one C pass says so)
        words = word_list(name)
        for i, j in phrases:  # every list's matches from one pass over the sentence
            if _is_name_part(tokens, i, first, title_case):
                continue
            if name == "sarcasm_markers" and _describes_manner(tokens, i, j):
                continue
            add(i, j, words.kind, why_for(name, text[tokens[i].start:tokens[j - 1].end]), name)
    for i, base in _derived_adverbs(tokens, first, title_case) if words_here.has_ending("ly") else ():
        add(i, i + 1, "evaluative",
            f"{quoted(tokens[i].text)} comes from the judgment word {quoted(base)}: it grades what it describes, "
            "the writer's comment rather than a report.", "judgment_adverbs")
    for i, j in _rankings(tokens, first, title_case) if _may_rank(lows) else ():
        add(i, j, "evaluative",
            f"{quoted(text[tokens[i].start:tokens[j - 1].end])} ranks a verdict (the worst, the only, the real one): "
            "who decided it ranks so is the writer.", "judgment_ranking")
    for i, j in _deontic_frames(tokens) if "it" in lows or "it's" in lows else ():
        add(i, j, "modal",
            f"{quoted(text[tokens[i].start:tokens[j - 1].end])} says what is right or what ought to be done, "
            "with nobody named who says so: the writer's judgment.", "deontic_frame")
    for i in _generic_one(tokens) if "one" in lows else ():
        add(i, i + 2, "second_person",
            f"{quoted(text[tokens[i].start:tokens[i + 1].end])} speaks of anyone at all, you included: the "
            "writer addressing every reader, the way an essay does.", "generic_one")
    rhetorical = _rhetorical_question(tokens, first)
    if rhetorical is not None:
        i, j = rhetorical
        add(i, j, "question",
            f"{quoted(text[tokens[i].start:tokens[j - 1].end])} asks a question that expects one answer: a "
            "rhetorical question argues a point while seeming only to ask.", "rhetorical_question")
    if not title_case and not word_list("emphasis_words").words.isdisjoint(lows):
        for i in _emphasis(tokens, first):
            add(i, i + 1, "intensifier",
                f"{quoted(tokens[i].text)} in capitals raises the writer's voice: emphasis belongs to an "
                "argument, not a report.", "emphasis_capitals")
    cues.sort(key=_BY_PLACE)
    return cues


_BY_PLACE = attrgetter("start", "end")


def _describes_manner(tokens: Sequence[Token], i: int, j: int) -> bool:
    """ "gestured as if to stop it", "as if addressing the court": "as if" describing how, not mocking."""
    if tokens[i].low != "as" or j >= len(tokens):
        return False
    after = tokens[j].low
    return after == "to" or (after.endswith("ing") and len(after) > 4)


def _is_name_part(tokens: Sequence[Token], i: int, first: int | None, title_case: bool) -> bool:
    """A capitalised word inside a sentence belongs to a name ("Bleak House", "Sordid Lives")."""
    token = tokens[i]
    if not token.is_capitalised or i == first or title_case:
        return False
    return not (i > 0 and tokens[i - 1].text in OPENING_QUOTES + '":')


@lru_cache(maxsize=1)
def _adverb_bases() -> frozenset[str]:
    return frozenset(word for name in ADVERB_BASES for word in word_list(name).words)


def _derived_adverbs(tokens: Sequence[Token], first: int | None, title_case: bool) -> list[tuple[int, str]]:
    """Adverbs in "-ly" whose adjective is a judgment word: "shamefully", "clumsily", "idiotically", "terribly"."""
    bases = _adverb_bases()
    found = []
    for i, token in enumerate(tokens):
        low = token.low
        if len(low) < 6 or not low.endswith("ly") or low in _NOT_JUDGING_ADVERBS:
            continue
        if _is_name_part(tokens, i, first, title_case):
            continue
        base = _adjective_of(low)
        if base in bases:
            found.append((i, base))
    return found


def _adjective_of(adverb: str) -> str:
    """The adjective an "-ly" adverb is made from, by the spelling rules of English."""
    if adverb.endswith("ically"):
        return adverb[:-4]              # idiotically -> idiotic
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"        # clumsily -> clumsy
    if adverb.endswith(("bly", "ply", "tly")) and not adverb.endswith(("ctly", "ntly", "stly", "ftly")):
        return adverb[:-1] + "e"        # terribly -> terrible, gently -> gentle
    return adverb[:-2]                  # shamefully -> shameful


def _is_superlative(low: str) -> bool:
    return (low in _RANK_WORDS or (len(low) >= 6 and low.endswith("est") and low not in _NOT_RANKING
                                   and low.isalpha()))


def _may_rank(lows: frozenset[str]) -> bool:
    """Whether a sentence with these words holds a verdict noun a ranking could grade (most hold none)."""
    return not (word_list("judgment_rankings").words.isdisjoint(lows) and _ARGUED_NOUNS.isdisjoint(lows))


def _rankings(tokens: Sequence[Token], first: int | None, title_case: bool) -> list[tuple[int, int]]:
    """A determiner, a superlative or "only", at most one more word, then a verdict noun: "the biggest problem"."""
    nouns = word_list("judgment_rankings").words
    found = []
    n = len(tokens)
    for i in range(n - 2):
        det = tokens[i].low
        if not (det in _DETERMINERS or det.endswith("'s")):
            continue
        rank = tokens[i + 1]
        if not rank.is_word or not _is_superlative(rank.low) or (rank.is_capitalised and not title_case):
            continue
        for k in (i + 2, i + 3):
            if k >= n or not tokens[k].is_word:
                break
            if tokens[k].low in nouns or (tokens[k].low in _ARGUED_NOUNS and k + 1 < n and
                                          tokens[k + 1].low in ("for", "against")):
                if k == i + 3 and (not tokens[i + 2].text.islower() or tokens[i + 2].low in _DETERMINERS):
                    break
                found.append((i + 1, k + 1))
                break
    return found


def _deontic_frames(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "it is imperative to", "it would be wrong that", "it is high time for": an ought with no one behind it."""
    adjectives = word_list("deontic_adjectives")
    found = []
    n = len(tokens)
    for i in range(n - 3):
        if tokens[i].low == "it's":
            k = i + 1  # "it's" holds its verb
        elif tokens[i].low == "it" and tokens[i + 1].low in _COPULAS:
            k = i + 2
        else:
            continue
        while k < n and k < i + 6 and tokens[k].low in _FRAME_FILLERS:
            k += 1
        for size in (2, 1):
            if k + size < n and tuple(t.low for t in tokens[k:k + size]) in adjectives.entries and \
                    tokens[k + size].low in _FRAME_ENDS:
                found.append((i, k + size + 1))
                break
    return found


def _generic_one(tokens: Sequence[Token]) -> list[int]:
    """ "one can", "one must", "one wonders": "one" as the subject standing for anybody."""
    found = []
    for i in range(len(tokens) - 1):
        if tokens[i].low != "one":
            continue
        after = tokens[i + 2].low if i + 2 < len(tokens) else ""
        if tokens[i + 1].low not in _ONE_MODALS and not (tokens[i + 1].low in _ONE_MAYBE and after in _ONE_THINKING):
            continue
        before = tokens[i - 1] if i else None
        if before is not None and (before.low in _NOT_GENERIC_ONE or before.has_digit):
            continue
        if tokens[i + 1].low == "has" and not (i + 2 < len(tokens) and tokens[i + 2].low == "to"):
            continue
        found.append(i)
    return found


def _emphasis(tokens: Sequence[Token], first: int | None) -> list[int]:
    """Short words in capitals for emphasis, outside a run of capitals that opens the sentence ("WHEN I FIRST")."""
    words = word_list("emphasis_words").words
    lows = sentence_words(tokens).lows
    # Only where a word of the list stands in capitals can one be raised: most sentences hold "is" or "not"
    # in lower case only, and are done with here.
    raised = sorted(k for word in words.intersection(lows) for k in word_places(lows, word)
                    if len(tokens[k].text) >= 2 and tokens[k].text.isupper() and tokens[k].text.isalpha())
    if not raised:
        return []
    opening = first if first is not None else 0
    while opening < len(tokens) and (tokens[opening].text.isupper() or not tokens[opening].is_word):
        opening += 1
    found = []
    for i in raised:
        if i < opening:
            continue
        token = tokens[i]
        neighbours = [t for t in tokens[max(0, i - 1):i + 2] if t is not token and t.is_word and len(t.text) > 1]
        if any(t.text.isupper() for t in neighbours):
            continue  # a run of capitals is a name or a heading ("NOT GUILTY", "ALL IN"), not one raised word
        found.append(i)
    return found


#: Auxiliaries with "n't" opening a question that expects "yes" ("Isn't it obvious?") or closing a tag.
_NEGATED_AUXILIARIES = frozenset({"isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't",
                                  "wouldn't", "shouldn't", "can't", "couldn't", "haven't", "hasn't", "hadn't"})
#: Question openings that expect one answer ("Why would anyone ...?", "Who could blame them?").
_RHETORICAL_OPENINGS = frozenset({("why", "would"), ("why", "should"), ("why", "wouldn't"), ("why", "shouldn't"),
                                  ("why", "on"), ("who", "would"), ("who", "could"), ("who", "can"),
                                  ("who", "wouldn't"), ("how", "could"), ("how", "dare"), ("is", "it")})
_TAG_WORDS = frozenset({"right", "no", "eh"})
#: Marks that end the clause before a question's last part, and the words that link the two ("..., so why would").
_CLAUSE_BREAKS = frozenset({",", ";", ":", "\u2014", "\u2013", "-"})
_CLAUSE_LINKS = frozenset({"so", "then", "but", "and", "yet"})


def _rhetorical_question(tokens: Sequence[Token], first: int | None) -> tuple[int, int] | None:
    """A question that expects its answer: a negated opening, a leading "why would", or a tag at the end."""
    if first is None:
        return None
    end = len(tokens)
    while end > 0 and not tokens[end - 1].is_word and tokens[end - 1].text != "?":
        end -= 1
    if end == 0 or tokens[end - 1].text != "?":
        return None
    while first + 2 < end and tokens[first].low in _CLAUSE_LINKS and tokens[first + 1].is_word:
        first += 1  # "But why would anyone ...?": the opening after a linking word
    low = tokens[first].low
    second = tokens[first + 1].low if first + 1 < end else ""
    if low in _NEGATED_AUXILIARIES:
        return first, first + 1
    if (low, second) == ("what", "of") or (low, second) == ("what", "then") and end == first + 3:
        return first, first + 2  # "What of the islanders?", "What then?": the reader is left to answer
    if (low, second) in _RHETORICAL_OPENINGS:
        if (low, second) == ("is", "it") and not (first + 3 < end and tokens[first + 2].low == "any" and
                                                   tokens[first + 3].low == "wonder"):
            return None  # only "Is it any wonder ...?"
        return first, first + (4 if low == "is" else 2)
    # The same opening after a clause that makes the case: "The old shots failed, so why would this one work?"
    for k in range(first + 1, end - 2):
        if tokens[k].text not in _CLAUSE_BREAKS:
            continue
        m = k + 1
        while m < end - 2 and tokens[m].low in _CLAUSE_LINKS:
            m += 1
        pair = (tokens[m].low, tokens[m + 1].low)
        if pair in _RHETORICAL_OPENINGS and pair != ("is", "it"):
            return m, m + 2
    # A tag: "..., right?", "..., isn't it?"
    comma = max((k for k in range(max(first, end - 4), end) if tokens[k].text == ","), default=None)
    if comma is not None:
        tag = [t.low for t in tokens[comma + 1:end - 1]]
        if (len(tag) == 1 and tag[0] in _TAG_WORDS) or (len(tag) == 2 and tag[0] in _NEGATED_AUXILIARIES):
            return comma + 1, end - 1
    return None
