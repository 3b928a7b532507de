"""The past forms of irregular verbs, so that a lexicon term matches "all its inflections" as the file promises.

A term's words match through their stems: "betray" matches "betrayed" and "betraying". The stem of
"threw" is not the stem of "throw", nor "tore" that of "tear" or "held" that of "hold", so "throw ...
under the bus", "tear ... apart" and "hold ... hostage" missed their past tenses (an instructor
would have had to list "threw", "thrown" and "tore" apart). This table gives each base verb its past
forms; the lexicon lets a term word written as the base also match them.

Forms that are common words of another kind are left out ("left", "saw", "bit", "lay", "lit",
"fed", "rose"), and so are "said" and "told", which no term may list (plain reporting verbs).
"""

from __future__ import annotations

from functools import lru_cache

from toolkit.text.stemmed_words import stem

#: base verb -> its irregular past tense and past participle.
PAST_FORMS: dict[str, tuple[str, ...]] = {
    "bear": ("bore", "borne"), "beat": ("beaten",), "bend": ("bent",), "bite": ("bitten",), "bleed": ("bled",),
    "blow": ("blew", "blown"), "break": ("broke", "broken"), "bring": ("brought",), "buy": ("bought",),
    "catch": ("caught",), "choose": ("chose", "chosen"), "come": ("came",), "creep": ("crept",), "dig": ("dug",),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feel": ("felt",), "fight": ("fought",), "flee": ("fled",), "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"), "freeze": ("froze", "frozen"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung",),
    "hide": ("hid", "hidden"), "hold": ("held",), "keep": ("kept",), "lead": ("led",), "lose": ("lost",),
    "make": ("made",), "meet": ("met",), "pay": ("paid",), "ride": ("rode", "ridden"), "rise": ("risen",),
    "run": ("ran",), "seek": ("sought",), "sell": ("sold",), "shake": ("shook", "shaken"), "shoot": ("shot",),
    "sink": ("sank", "sunk"), "slide": ("slid",), "speak": ("spoke", "spoken"), "spin": ("spun",),
    "spit": ("spat",), "spring": ("sprang", "sprung"), "stand": ("stood",), "steal": ("stole", "stolen"),
    "sting": ("stung",), "strike": ("struck", "stricken"), "swear": ("swore", "sworn"), "sweep": ("swept",),
    "swing": ("swung",), "take": ("took", "taken"), "teach": ("taught",), "tear": ("tore", "torn"),
    "think": ("thought",), "throw": ("threw", "thrown"), "wake": ("woke", "woken"), "wear": ("wore", "worn"),
    "weep": ("wept",), "win": ("won",), "wring": ("wrung",), "write": ("wrote", "written"),
}


@lru_cache(maxsize=1)
def past_forms_by_stem() -> dict[str, tuple[str, ...]]:
    """The table keyed by the stem a lexicon term's word has (stemmed once, on first use)."""
    return {stem(base): forms for base, forms in PAST_FORMS.items()}
