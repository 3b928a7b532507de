"""The writer commenting on a statement, and judging a degree as too much (issue 16).

Two shapes of sentence pass a verdict with no judgment word of their own:

- `comment_frame`: "it is telling that ...", "it was clear that ...", "it's easy to miss ...",
  "it would be odd to ...". An empty "it", a form of "be" and an adjective of comment, then
  "that", "to", "how", "why" or "when": the writer says how to take what follows (plain,
  surprising, telling, hard), with nobody named who says so. The adjectives are those of
  `comment_adjectives.txt` and the judgment lists (`evaluative`, `judgment_adjectives`); words
  that only report a state of knowledge or a rule ("it is unclear whether", "it is illegal to")
  are not in them. (`toolkit.claims.judgment` already reads the "ought" frames: "it is
  imperative to".) The comment may be a noun too: "it is a pity that", "it's a sad fact of our time
  that" (`comment_nouns.txt`), and "there is no excuse for", "there can be no justification for"
  rule out any defence in the writer's voice; "it is not like the council to ..." judges what someone
  is like.
- `excess_degree`: "too explosive to ignore", "far too cautious", "too busy to notice". "Too"
  before an adjective measures something against what the writer thinks it should be: a verdict,
  not a measurement. "Too" meaning "also" ("He, too, left") is followed by a mark or a verb, not
  an adjective; the amounts "too much", "too many" are in `evaluative_mild.txt` already, and words
  of time ("too late", "too soon") often report a deadline, so they are left out.
- "so" before an adjective after a form of "be" or "not" ("was so sudden", "are not so bold") is a
  degree word, found here and counted with the intensifiers: like "very", on its own it does not
  make a statement an opinion.

The weights are in `toolkit.claims.sentence_labels.WEIGHTS`. Cues inside someone else's words are
marked `reported` by the labeller and do not count against the writer.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from toolkit.claims.cues import Cue, make_cue, quoted
from toolkit.claims.sentence_words import sentence_words
from toolkit.text.tokens import Token, is_title_case, word_list

#: Forms of "be" (and "seem") after an empty "it" ("it is", "it was", "it would be", "it seems").
_BE = frozenset({"is", "was", "seems", "seemed", "remains", "becomes", "became", "be", "isn't", "wasn't"})
#: Words that may come between "be" and the adjective ("it is also clear", "it is not hard", "it is all too easy").
_FILLERS = frozenset({"also", "not", "now", "still", "just", "so", "very", "quite", "rather", "all", "too", "hardly",
                      "perhaps", "surely", "certainly", "particularly", "especially", "equally", "only", "more",
                      "most", "be", "then", "therefore", "thus", "already"})
#: Words that open what the comment is about.
_OPENERS = frozenset({"that", "to", "how", "why", "when", "what", "whether", "for"})
#: Lists whose adjectives make a comment frame.
COMMENT_LISTS = ("comment_adjectives", "evaluative", "judgment_adjectives")
#: Words before "too" that make the excess plainer still ("far too", "all too", "much too", "way too").
_TOO_BOOSTERS = frozenset({"far", "all", "much", "way", "simply", "just", "rather", "a", "bit", "little"})
#: Words after "too" that are not an adjective judged: amounts (listed elsewhere), time, and verbs or
#: pronouns that show "too" means "also" ("they too have", "she too said").
_NOT_JUDGED = frozenset({"much", "many", "little", "few", "late", "early", "soon", "long", "often", "far", "well",
                         "have", "has", "had", "was", "were", "is", "are", "will", "would", "can", "could", "did",
                         "do", "does", "said", "says", "should", "may", "might", "must", "the", "a", "an", "and",
                         "but", "or", "to", "in", "on", "at", "of", "for", "with", "by", "from", "as", "that", "this",
                         "it", "he", "she", "they", "we", "i", "you", "there", "who", "which", "be", "been", "being",
                         "get", "got", "went", "came", "need", "needs", "want", "wants"})

#: Adjectives that end in "-ly" like adverbs ("too costly", "too friendly").
_LY_ADJECTIVES = frozenset({"costly", "silly", "ugly", "deadly", "friendly", "cosy", "cozy", "cowardly", "lowly",
                            "timely", "unruly", "unwieldy", "worldly", "smelly", "jolly", "chilly"})


def comment_cues(text: str, tokens: Sequence[Token]) -> list[Cue]:
    """The comment frames, the judged degrees and the degree words ("so slow") of one sentence."""
    if not tokens:
        return []
    lows = sentence_words(tokens).low_set
    cues: list[Cue] = []
    if "it" in lows or "it's" in lows:
        for i, j in _comment_frames(tokens):
            words = text[tokens[i].start:tokens[j - 1].end]
            cues.append(make_cue(text, tokens[i].start, tokens[j - 1].end, "interpretation",
                                 f"{quoted(words)} tells you how to take what follows (plain, telling, hard, "
                                 "surprising), and nobody is named who says so: the writer's comment.",
                                 family="comment_frame"))
    if "so" in lows and not is_title_case(tokens):
        for i, j in _so_degrees(tokens):
            words = text[tokens[i].start:tokens[j - 1].end]
            cues.append(make_cue(text, tokens[i].start, tokens[j - 1].end, "intensifier",
                                 f"{quoted(words)} turns the description up: it says how strongly the writer feels "
                                 "about it (on its own, a degree word does not make an opinion).",
                                 family="intensifiers"))
    if "there" in lows or "there's" in lows:
        for i, j in _no_excuse(tokens):
            words = text[tokens[i].start:tokens[j - 1].end]
            cues.append(make_cue(text, tokens[i].start, tokens[j - 1].end, "interpretation",
                                 f"{quoted(words)} rules out any defence or reason, with nobody named who rules "
                                 "so: the writer's verdict.", family="comment_frame"))
    if "too" in lows and not is_title_case(tokens):
        for i, j in _excess_degrees(tokens):
            words = text[tokens[i].start:tokens[j - 1].end]
            cues.append(make_cue(text, tokens[i].start, tokens[j - 1].end, "evaluative",
                                 f"{quoted(words)} measures something against what it ought to be: who decided "
                                 "how much is too much is the writer.", family="excess_degree"))
    return cues


@lru_cache(maxsize=1)
def _comment_entries() -> frozenset[tuple[str, ...]]:
    return frozenset(entry for name in COMMENT_LISTS for entry in word_list(name).entries)


def _comment_frames(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "it is telling that", "it's easy to", "it would be odd to", "it was no secret that": token ranges."""
    entries = _comment_entries()
    found = []
    n = len(tokens)
    for i in range(n - 2):
        low = tokens[i].low
        if low == "it's":
            k = i + 1
        elif low == "it" and tokens[i + 1].low in _BE:
            k = i + 2
        elif low == "it" and tokens[i + 1].low in ("would", "will", "may", "might", "must", "can") and \
                i + 2 < n and tokens[i + 2].low == "be":
            k = i + 3
        else:
            continue
        while k < n and k < i + 6 and tokens[k].low in _FILLERS:
            k += 1
        for size in (3, 2, 1):
            if k + size < n and tuple(t.low for t in tokens[k:k + size]) in entries and \
                    tokens[k + size].low in _OPENERS:
                found.append((i, k + size + 1))
                break
        else:
            end = _comment_noun_end(tokens, k) or _character_end(tokens, k)
            if end is not None:
                found.append((i, end))
    return found


def _character_end(tokens: Sequence[Token], k: int) -> int | None:
    """ "it is not like the council to", "it was just like him to": the writer judging what someone is like.

    `k` is the index after "it is" (and its fillers); "like" then at most three words, then "to".
    """
    n = len(tokens)
    if k >= n or tokens[k].low != "like":
        return None
    for m in range(k + 2, min(n, k + 5)):
        if tokens[m].low == "to":
            return m + 1
        if not tokens[m].is_word:
            return None
    return None


def _comment_noun_end(tokens: Sequence[Token], k: int) -> int | None:
    """ "a pity that", "a sad fact of our time that", "a testament to the crew that": the end of the frame, or None.

    `k` is the index after "it is"; the noun of `comment_nouns.txt` comes after "a" / "an" and at most one
    more word, and what it comments on opens at most five words later ("a testament to the crew that").
    """
    n = len(tokens)
    if k >= n or tokens[k].low not in ("a", "an"):
        return None
    nouns = word_list("comment_nouns").entries
    for start in (k + 1, k + 2):
        for size in (2, 1):
            if start + size > n or tuple(t.low for t in tokens[start:start + size]) not in nouns:
                continue
            for m in range(start + size, min(n, start + size + 6)):
                if tokens[m].low in _OPENERS:
                    return m + 1
                if not tokens[m].is_word:
                    break
    return None


def _excess_degrees(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "too explosive", "far too cautious": "too" (and a word that strengthens it) before an adjective."""
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.low != "too":
            continue
        nxt = tokens[i + 1]
        if not nxt.is_word or not nxt.text.isalpha() or not nxt.text.islower() or nxt.low in _NOT_JUDGED:
            continue
        if nxt.low.endswith("ly") and nxt.low not in _LY_ADJECTIVES:
            continue  # "rose too quickly": how fast, the speed of an event; only adjectives in "-ly" count
        start = i - 1 if i > 0 and tokens[i - 1].low in _TOO_BOOSTERS else i
        found.append((start, i + 2))
    return found


#: Words before "so" that make it a degree word on what follows ("was so sudden", "not so bold", "seems so").
_SO_BEFORE = frozenset({"is", "are", "was", "were", "be", "been", "being", "not", "now", "seem", "seems", "seemed",
                        "look", "looks", "looked", "remain", "remains", "become", "became", "feel", "feels", "felt",
                        "and", "never", "always", "just", "still"})


def _so_degrees(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "was so sudden", "are not now so bold": "so" after a form of "be" (or "not"), before an adjective."""
    found = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].low != "so" or tokens[i - 1].low not in _SO_BEFORE:
            continue
        nxt = tokens[i + 1]
        if not nxt.is_word or not nxt.text.isalpha() or not nxt.text.islower() or nxt.low in _NOT_JUDGED or \
                nxt.low in ("called", "named", "dubbed", "designated", "doing", "forth", "on", "far"):
            continue
        if nxt.low.endswith("ly") and nxt.low not in _LY_ADJECTIVES:
            continue
        found.append((i, i + 2))
    return found


#: "There is no excuse for", "there's no reason to": the writer ruling out any defence.
_NO_DEFENCE = frozenset({"excuse", "justification", "reason", "point", "sense", "shame"})
_THERE_BE = frozenset({"is", "was", "can", "could"})


def _no_excuse(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """ "there is no excuse for", "there can be no justification for", "there's no point in": token ranges."""
    found = []
    n = len(tokens)
    for i in range(n - 3):
        if tokens[i].low == "there's":
            k = i + 1
        elif tokens[i].low == "there" and tokens[i + 1].low in _THERE_BE:
            k = i + 2 + (tokens[i + 2].low == "be")
        else:
            continue
        if k + 2 < n and tokens[k].low == "no" and tokens[k + 1].low in _NO_DEFENCE and \
                tokens[k + 2].low in ("for", "to", "in", "why", "whatsoever"):
            found.append((i, k + 3))
    return found
