"""A loaded word after "anti-" or "counter-" names what someone opposes, not what the writer calls them.

"Anti-fascist campaigners", "an anti-communist group", "a counter-propaganda campaign": the compound
says which side people take, in the words they would use themselves, and the loaded word inside it
is the thing opposed. The writer brands nobody with it. ("Anti-American rhetoric" or "anti-Semitic
slurs" are other matters: there the loaded word is the one after the compound.)
"""

from __future__ import annotations

import re

#: Prefixes that, joined to a word by a hyphen or a dash, make it the name of what is opposed.
_OPPOSING = re.compile(r"(?:^|[^\w])(?:anti|counter)[-\u2010\u2011\u2013]$", re.IGNORECASE)
#: How far back the prefix is looked for (the longest prefix with its hyphen and one character before it).
_REACH = 10


def names_what_is_opposed(text: str, start: int) -> bool:
    """Whether the word starting at `start` is joined to "anti-" or "counter-" in front of it."""
    return bool(_OPPOSING.search(text[max(0, start - _REACH):start]))
