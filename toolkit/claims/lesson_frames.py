"""A lesson the writer takes as taught: "The strike has reminded us that ...", "History shows us ..." (issue 16).

"The minister said that ..." hands a claim to the minister. "Railroad workers have reminded us that
work is too explosive to ignore" does not: "reminded", "showed", "taught" take what follows as true,
and "us" puts the writer among those who learnt it. The writer vouches for the lesson and draws it
in their own voice, so the sentence is judged on the writer's words, not credited to the workers.
News reports seldom write "us"; essays and columns do.

The rule: a verb of reminding, showing, teaching or proving, then "us" (or "all of us"), then the lesson
("that ...", "how ...", "why ...", "what ..."), drops the attribution that verb made; a cue without weight
says why. "told us" is left alone: a reporter writes "the mayor told us" of an interview, which is the
mayor's claim; so is "showed us the papers", a report of what someone did.
"""

from __future__ import annotations

import re

from toolkit.claims.attribution_model import Attribution, Found
from toolkit.claims.cues import make_cue, quoted

#: Verbs that take what follows as true and teach it.
LESSON_VERBS = frozenset({"remind", "reminds", "reminded", "reminding", "show", "shows", "showed", "shown", "showing",
                          "teach", "teaches", "taught", "teaching", "prove", "proves", "proved", "proven",
                          "demonstrate", "demonstrates", "demonstrated", "demonstrating"})
#: "us", then what the lesson is: "that ...", "how ...", "why ...", "what ..." ("showed us the papers" is a report).
_US = re.compile(r"\s+(?:all\s+of\s+)?us(?=,?\s+(?:again\s+|once\s+again\s+|yet\s+again\s+)?(?:that|how|why|what)\b)",
                 re.IGNORECASE)
WHY = ("{text} takes what follows as true and puts the writer among those taught it: the lesson is the writer's "
       "own claim, not words credited to someone, so the writer's words are weighed as theirs.")


def drop_lesson_frames(found: Found, text: str) -> Found:
    """`found` without the attributions whose verb teaches "us", with a weightless cue for each one dropped."""
    if not found.attributions:
        return found
    kept = []
    notes = []
    for attribution in found.attributions:
        verb = _teaching_verb(attribution, text)
        if verb is None:
            kept.append(attribution)
            continue
        start, end, us_end = verb
        notes.append(make_cue(text, start, end, "interpretation", WHY.format(text=quoted(text[start:us_end])),
                              family="lesson_frame"))
    if not notes:
        return found
    return Found(tuple(kept), (*found.cues, *notes))


def _teaching_verb(attribution: Attribution, text: str) -> tuple[int, int, int] | None:
    """Where the verb that teaches "us" starts and ends, and where "us" ends, else None. (The cue covers the verb
    only, so that "us" keeps its own cue: the writer among the readers.)"""
    for cue in attribution.cues:
        if cue.kind not in ("reporting_verb", "document") or not cue.text.split():
            continue
        if cue.text.split()[-1].lower() not in LESSON_VERBS:
            continue
        us = _US.match(text, cue.end)
        if us is not None:
            return cue.start, cue.end, us.end()
    return None
