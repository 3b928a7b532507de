"""Attributions whose "source" is no source: "the ferry feels like a relic" (issue 16, tenth round).

The belief and stance verbs credit a view to their subject ("Residents feel the fare is too
high"). A few shapes put such a verb after a subject that holds no view, and then the sentence is
the writer's own, to be labelled by its own cues:

- a likeness, not a feeling: "feels like" / "felt as if" after a thing or a dummy "it" ("The old
  pier feels like a museum", "It felt as though the town had given up"). A pier has no feelings;
  the comparison is the writer's picture. After a person ("The mayor feels like an outsider") the
  feeling is theirs and stays credited. Only "feel": PolNeAR counts "seems like" and "looks like"
  as attributions in their own right (with no source), so those are left alone.
- an idiom in which the verb reports no belief: "as it sees fit", "as they think fit" (a free
  hand, not a view) and "knows better than" (a ranking of judgment: "shops know better than the
  council how to spend it"). Neither is ever an attribution cue in PolNeAR's training split.
- a negative universal as the subject of a verb of belief or memory: "Nobody remembers why the
  bridge was built", "No one in town believes ...". Nobody was asked; the sweep is the writer's.
  "Nobody knows" / "no one knows" is left credited: news uses it for a plain unknown ("no one
  knows how many were hurt"), PolNeAR counts it with "no one" as the source, and on CheckThat!
  train the one such sentence is objective.

Named but no one else (issue 16, seventeenth round): the writer, written so that the subject readers
do not know it for the writer. "I said" and "I would write" are already the writer's own voice (no
attribution); a contraction ("I've been saying", "All I'm asking", "a sentence I never thought I'd
write") or a share of the writer's own group ("many of us said", "some of us believe") was shown as
credited to "I've" or "many of us". Such an attribution is kept but loses its source
(`unname_writer_sources`): "I'm told ..." still passes on someone's words, but with nobody named the
writer's own judgment outweighs it as soon as it leans to opinion (the labeller's rule for an
attribution that names nobody). Only a lower-case "us": "the US envoy" names a country.

Not dropped: a noun of saying after a possessive that the verb rules took for a verb ("its one big
pledge", shown as credited to "one big"). The possessor is a real source (PolNeAR counts "his stern
warning" as his attribution); the fault is the source's name, which is the attribution rules' part.

`drop_sourceless_attributions` takes such attributions back out of what the rules found; the
sentence's other attributions and all its cues stay.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from toolkit.claims.attribution_model import Attribution, Found
from toolkit.claims.sentence_words import sentence_words
from toolkit.claims.cues import Cue
from toolkit.text.tokens import Token, word_list

#: The verb of a likeness: "feels like", "felt as if".
FEELING_VERBS = frozenset({"feel", "feels", "felt", "feeling"})
#: What follows the verb in a likeness.
_LIKENESS = re.compile(r"\s+(?:like\b|as\s+(?:if|though)\b)", re.IGNORECASE)
#: Idioms in which a verb of belief or knowing reports no belief: "as it sees fit", "knows better than".
_IDIOM_AFTER = {"fit": frozenset({"think", "thinks", "thought", "see", "sees", "saw", "seen", "deem", "deems",
                                  "deemed"}),
                "better": frozenset({"know", "knows", "knew", "known"})}
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
#: Subjects that are nobody at all.
NEGATIVE_HEADS = frozenset({"nobody", "none", "no-one", "no one"})
#: Verbs of knowing left credited after a negative subject ("no one knows how many ...").
_KNOWING = frozenset({"know", "knows", "knew", "known"})
#: Cue families of verbs that credit a belief or a stance (not verbs of saying: "Nobody said so" reports).
_BELIEF_FAMILIES = frozenset({"belief_verbs", "stance_verbs"})
#: Dummy subjects of a likeness ("It feels like ...", "This felt like ...").
_DUMMIES = frozenset({"it", "this", "that"})
#: Word lists whose words name people or bodies of people (a subject that can hold a view).
_PERSON_LISTS = ("titles", "bodies", "vague_crowd")


def drop_sourceless_attributions(found: Found, text: str, tokens: Sequence[Token]) -> Found:
    """`found` without the attributions whose subject holds no view (see the module's list)."""
    if not found.attributions:
        return found
    kept = tuple(a for a in found.attributions if not _sourceless(a, text, tokens))
    if not WRITER_TOKENS.isdisjoint(sentence_words(tokens).low_set):
        kept = unname_writer_sources(kept)  # (a sentence with none of the writer's forms needs no look)
    if kept == found.attributions:
        return found
    return Found(kept, found.cues)


#: The writer in a contraction, or the writer's own group after a share ("many of us").
WRITER_FORMS = frozenset({"i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "us"})
#: The same forms as tokens may spell them, with either apostrophe.
WRITER_TOKENS = WRITER_FORMS | frozenset(form.replace("'", "\u2019") for form in WRITER_FORMS)


def unname_writer_sources(attributions: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """`attributions`, each whose source is the writer ("I've", "many of us") kept with no source named."""
    if not any(_writer_named(a) for a in attributions):
        return attributions
    return tuple(replace(a, source=None, named=False, person=False,
                         cues=tuple(c for c in a.cues if c.kind != "source")) if _writer_named(a) else a
                 for a in attributions)


def _writer_named(attribution: Attribution) -> bool:
    """Whether the attribution's source words hold the writer: "I'm", "we've", a lower-case "us"."""
    source = next((c for c in attribution.cues if c.kind == "source"), None)
    if source is None:
        return False
    for word in source.text.split():
        word = word.strip(",.").replace("\u2019", "'")
        if word == "us" or (word[:1] in "IWw" and word.lower() in WRITER_FORMS and word != "us"):
            return True
    return False


def _sourceless(attribution: Attribution, text: str, tokens: Sequence[Token]) -> bool:
    verbs = [c for c in attribution.cues if c.kind == "reporting_verb" and c.text.split()]
    if len(verbs) != 1:
        return False  # no verb, or a frame of several verbs: leave it to the rules that built it
    verb = verbs[0]
    last = verb.text.split()[-1].lower()
    source = next((c for c in attribution.cues if c.kind == "source"), None)
    subject = _subject_words(attribution, source, tokens, verb)
    if last in FEELING_VERBS and _LIKENESS.match(text, verb.end) and subject is not None and _is_thing(subject):
        return True
    after = _NEXT_WORD.match(text, verb.end)
    if after is not None and last in _IDIOM_AFTER.get(after.group(1).lower(), ()):
        return True
    return verb.family in _BELIEF_FAMILIES and last not in _KNOWING and subject is not None and \
        _negative(subject, source, tokens)


def _subject_words(attribution: Attribution, source: Cue | None, tokens: Sequence[Token],
                   verb: Cue) -> list[str] | None:
    """The subject as lower-case words: the source cue's, else a pronoun cue's ("It feels like"), else None."""
    if source is not None:
        return source.text.lower().split()
    pronoun = next((c for c in attribution.cues if c.kind == "pronoun" and c.end <= verb.start), None)
    if pronoun is not None:
        return pronoun.text.lower().split()
    before = [t for t in tokens if t.end <= verb.start and t.is_word]
    if before and before[-1].low in _DUMMIES:
        return [before[-1].low]
    return None


def _is_thing(words: list[str]) -> bool:
    """Whether a subject names a thing, not a person or a body: "the ferry", "it" (not "the mayor", "residents")."""
    if not words:
        return False
    if len(words) == 1 and words[0] in _DUMMIES:
        return True
    if words[0] not in ("the", "this", "that", "these", "those", "a", "an", "our", "its", "their"):
        return False  # a name, a pronoun for a person, a bare plural of people: someone who can feel
    return not _names_people(words)


def _names_people(words: list[str]) -> bool:
    """Whether the last word is a title, a body or a crowd ("mayor", "staff", "residents")."""
    head = re.sub(r"[^a-z-]", "", words[-1]) if words else ""
    stem = head[:-1] if head.endswith("s") else head
    return any({head, stem} & word_list(name).words for name in _PERSON_LISTS)


def _negative(words: list[str], source: Cue | None, tokens: Sequence[Token]) -> bool:
    """ "nobody", "no one", "no one in the village", "none of the residents", "no voter" (the rules may
    leave the "no" out of the source they show: "one in the village")."""
    if words[0] in NEGATIVE_HEADS or " ".join(words).startswith("no one") or (words[0] == "no" and len(words) > 1):
        return True
    if source is None:
        return False
    before = [t for t in tokens if t.end <= source.start]
    return bool(before) and before[-1].low == "no"

