"""People of something, then where they are: "Owners of the old ferries in Calder argued".

The source reader lets people described by where they are speak rather than the place ("People
in Fort Pierce said", "voters in Ohio"), but only when the people's noun stands right before "in".
With an "of" phrase between ("Owners of the old ferries in Calder", "Supporters of the levy in
Salem") the place's name was the only name in the subject and was taken for the speaker.
"""

from __future__ import annotations

from toolkit.claims.group_heads import PLACE_LINKS, people_word


def people_of_thing_in_place(s, core: int, first_name: int, end: int) -> bool:
    """Whether the subject `core`..`end` is people ("owners", "supporters") of a thing named in plain
    words, then a place link and the only names in it ("... in Calder", "... from the Bay Area")."""
    if first_name - core < 4 or not people_word(s.low(core)) or s.low(core + 1) != "of":
        return False
    if s.low(first_name - 1) not in PLACE_LINKS:
        return False
    plain = all(not s.name(x) for x in range(core + 1, first_name - 1))
    return plain and all(s.name(x) or s.low(x) == "the" for x in range(first_name, end))
