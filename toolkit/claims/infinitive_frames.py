"""Words between a speaker and an infinitive of saying that still hand the words to the speaker.

"Ruiz went on to say that ...", "Older voters were more likely to say ...", "Okafor took to Twitter
to say ...", "Ms. Ruiz was prompted to say, ...", "he was able to outline how ...": the verb of saying
is an infinitive, and the subject before these words is who says it. "Ruiz is likely to say no" is a forecast by the writer,
so only the comparative "more/less likely to" of polls is read, where the people asked did say so.
"""

from __future__ import annotations

_BE = ("are", "were", "is", "was")

#: Each phrase as lower-case words, read backwards from the infinitive's "to".
INFINITIVE_LEADS: tuple[tuple[str, ...], ...] = (
    ("went", "on", "to"), ("goes", "on", "to"), ("go", "on", "to"), ("going", "on", "to"),
    ("took", "to", "twitter", "to"), ("takes", "to", "twitter", "to"),
    ("was", "prompted", "to"), ("were", "prompted", "to"),
    *((be, "able", "to") for be in _BE), ("managed", "to"),  # "he was able to outline how ...": he did
    *((be, degree, "likely", "to") for be in _BE for degree in ("more", "less")),
    *((be, adverb, degree, "likely", "to") for be in _BE for adverb in ("slightly", "much", "far", "somewhat")
      for degree in ("more", "less")),
)
