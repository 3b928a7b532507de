"""One attribution for a verb of saying whose subject a reader has found: a pronoun or a described speaker.

Readers that find a speaker their own way ("Asked ..., Ruiz ...", a plain "said" no frame reached)
end the same: a pronoun points back to someone named before, and any other subject is described,
resolved against the article's names and shown with its cue. Kept once here so the two explanations
a student reads ("points back to ...", "stands for someone named elsewhere") cannot drift apart.
"""

from __future__ import annotations

from toolkit.claims.attribution import STRENGTH, Attribution, NameBook, _resolve, _Sentence, _source_cue, describe
from toolkit.claims.attribution_model import PERSON_PRONOUNS
from toolkit.claims.cues import Cue, make_cue, quoted


def subject_attribution(s: _Sentence, a: int, b: int, kind: str, pronoun: str, who: str | None,
                        frame: tuple[int, int], scope: tuple[tuple[int, int], ...], verb_cue: Cue,
                        book: NameBook) -> Attribution:
    """The attribution of `verb_cue` to the subject `s.tokens[a:b]`; for a `pronoun` subject
    (`kind == "pronoun"`), `who` is whom it stands for, as the calling reader resolved it."""
    if kind == "pronoun":
        shown = quoted(s.text[s.tokens[a].start:s.tokens[a].end])
        why = (f"{shown} points back to {who}, the last source named before this sentence." if who else
               f"{shown} stands for someone named elsewhere.")
        cue = make_cue(s.text, s.tokens[a].start, s.tokens[a].end, "source", why, family="pronoun")
        return Attribution(who, "reporting_verb", STRENGTH["named" if who else "unnamed"], bool(who), frame, scope,
                           (verb_cue, cue), person=pronoun in PERSON_PRONOUNS)
    display, named, span, person = describe(s, a, b)
    display, person, resolved_from = _resolve(display, named, person, book)
    return Attribution(display, "reporting_verb", STRENGTH["named" if named else "described"], named, frame, scope,
                       (verb_cue, _source_cue(s, display, named, span, resolved_from)), person=person)
