"""A name, a colon and a short fragment: a list's subheading, not the name's words.

"HALE: We never saw it" and "Ruiz: Harbor deal 'a disgrace'" hand words to the name before the
colon (`toolkit.claims.attribution_rules`). A round-up of a race often heads each part the same
way, with the writer's own advice or summary after the colon: "Ruiz: Win in a walk.", "Okafor:
Just hang on.", "Lind: A closing surge.", "Marlow: Now or never." Those few words are no
statement anyone made: nothing in them speaks (no "I", "we" or "you", no verb that asserts, no
quotation, no question). Such a speaker-colon frame is dropped, so the line is read as the
writer's.
"""

from __future__ import annotations

from typing import Sequence

from toolkit.claims.attribution import Found
from toolkit.claims.attribution_model import CLAUSE_VERBS
from toolkit.text.tokens import QUOTE_MARKS, Token

#: At most this many words after the colon make a fragment.
FRAGMENT_WORDS = 4
#: Words that show someone speaking or asking: pronouns of the speaker and listener, question words.
SPEAKING_WORDS = frozenset({"i", "we", "you", "me", "us", "my", "our", "your", "i'm", "we're", "you're", "i\u2019m",
                            "we\u2019re", "you\u2019re", "he", "she", "they", "it", "it's", "it\u2019s", "why", "what",
                            "how", "who", "when", "where", "not", "no", "yes"})


def drop_colon_fragments(found: Found, tokens: Sequence[Token]) -> Found:
    """`found` without a speaker-colon frame whose words after the colon are a short fragment."""
    frames = [a for a in found.attributions if any(c.family == "speaker_colon" for c in a.cues)]
    if not frames:
        return found
    kept = tuple(a for a in found.attributions if a not in frames or not _fragment_after(a.frame[1], tokens))
    return found if len(kept) == len(found.attributions) else Found(kept, found.cues)


def _fragment_after(colon_end: int, tokens: Sequence[Token]) -> bool:
    """Whether the words after the colon (ending at `colon_end`) are a short fragment nobody says."""
    after = [t for t in tokens if t.start >= colon_end]
    if any(t.text in QUOTE_MARKS or t.text in ('"', "''") for t in after):
        return False
    words = [t.low for t in after if t.is_word]
    return 1 <= len(words) <= FRAGMENT_WORDS and not any(w in SPEAKING_WORDS or w in CLAUSE_VERBS for w in words)
