"""Who says so? Finding the person, body or document a sentence credits its words to.

The rules read a sentence's tokens for the frames news writing uses to hand words to
someone else, and name the source of each:

- a reporting verb with its subject, either way round: "Isik noted", "said Isik",
  "Can Kasapoglu, a defense analyst at ..., says";
- "according to X";
- documents: "records show", "documents released by the city", "a report by X found";
- passed-on words: "as quoted in TASS", "told Reuters", "citing officials" (the `via`);
- headline forms: "TURKEY TO U.S.: “...”", "..., Report Says", "...: report";
- quotation marks, whose speaker may be named in the next sentence;
- stances, plans and charges credited to the subject right before the verb ("the coach
  accused the league of ...", "the board plans a vote", "Ruiz backs the bill"; word list
  `stance_verbs.txt`), weaker than a verb of saying and never read from a possessive or a
  name before a noun ("Ruiz's support", "the Orlando attack");
- a speaker before a colon in transcripts and headlines ("HALE: We never saw it"; labels
  such as "Editor's Note:" are in `not_speakers.txt`).

Datelines ("WASHINGTON —"), short titles and initials ("Sen. Maria Lopez", "Janet L.
Yellen") and asides between the speaker and the verb (", a trade analyst at ...,", ", who
flew to Bangor, Maine, on Friday,", ", of course,") are read past, not taken for the source.

A name is cleaned of job titles ("Turkish Defense Minister Fikri Isik" -> "Fikri Isik"), and
a later mention by surname ("Isik") is resolved to the full name met earlier (`NameBook`).
Vague crowds ("some say", "experts believe", "studies show") are not sources: they come
back as weasel-word cues, because nobody can check them.

This module is the facade: the code lives in five modules, each holding one idea, and every name
other code imports from here is re-exported unchanged:

- `attribution_model`: `Attribution`, `NameBook`, `Found` and the word sets the readers and rules share;
- `source_phrases`: reading a speaker's phrase before or after a verb (`_Sentence`, `describe`);
- `subject_readers`: the subject and asides around a reporting verb, and the source cue;
- `reporting_frames`: the reporting-verb frames ("Isik noted", "said Isik");
- `attribution_rules`: `find_attributions` and the other frames (according to, documents,
  headlines, via, quotations, speakers before a colon).
"""

from __future__ import annotations

from toolkit.claims.attribution_model import (Attribution, Found, NameBook, ORGANISATION_WORDS, PASSIVE_MARKERS,
                                              PERSON_PRONOUNS, STRENGTH, _VIA_WORD_SETS, looks_like_person)
from toolkit.claims.source_phrases import (_Sentence, _all_reporting, _forward_described, describe, joined_name_runs,
                                           plain_sentence, read_sentence)
from toolkit.claims.subject_readers import _forward_subject, _resolve, _scope, _source_cue
from toolkit.claims.attribution_rules import find_attributions

__all__ = ["Attribution", "Found", "NameBook", "ORGANISATION_WORDS", "PASSIVE_MARKERS", "PERSON_PRONOUNS",
           "STRENGTH", "_Sentence", "_VIA_WORD_SETS", "_all_reporting", "_forward_described",
           "_forward_subject", "_resolve", "_scope", "_source_cue", "describe", "find_attributions",
           "joined_name_runs", "looks_like_person", "plain_sentence", "read_sentence"]
