"""Headline kickers before a colon: "Big Win For Ruiz: Union Holds Off On Endorsement", "Stat Of The Week: $4 million".

"NAME: words" at the start of a sentence hands the words to NAME (a transcript, a headline quoting
someone). A heading in title case before the colon looks the same, but a name of a person or a body
never carries a capitalised preposition or article after its first word ("Win For", "Of The"): such
a label is the writer's own kicker, and nobody is speaking after it. "On" and "In" are the exception:
"Okafor On The Levy:" and "Ruiz Wades In:" name the speaker of a quoting headline. "Secretary of State Kerry:"
keeps its lower-case "of" and stays a speaker.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.text.tokens import Token

#: Prepositions and articles that a title-case heading capitalises and a name does not.
#: "On" and "In" are left out: "Okafor On The Levy:", "Ruiz Wades In:" are headlines that name a speaker.
HEADING_WORDS = frozenset({"for", "of", "the", "to", "at", "with", "from", "about", "after", "over", "against",
                           "into", "a", "an"})


def heading_kicker(tokens: Sequence[Token], first: int, colon: int) -> bool:
    """Whether the words from `first` up to the colon are a title-case heading ("Big Win For Ruiz")."""
    return any(tokens[k].is_word and tokens[k].low in HEADING_WORDS and tokens[k].text[:1].isupper()
               for k in range(first + 1, colon))
