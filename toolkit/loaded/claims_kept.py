"""Which claims of a paragraph a rewrite keeps, and whether it keeps them honestly.

A neutral rewrite is not scored on names (a principled rewrite may drop "the West" and say
the writer gives no evidence) but on claims: each sentence of the original is one claim, and
a claim is kept when the rewrite still says it (enough of its words, the loaded ones aside,
are there). Kept is not enough. The reading rules (`toolkit/data/reading_rules.yaml`) say:

- a calm tone is not the same as true (`calm-is-not-true`): a claim the original makes with
  no source and no evidence (the toolkit reads it as opinion) must not come out stated flatly
  as fact; it stays the writer's claim ("the writer says ...") or a guess ("may");
- never add a source the original did not give (`no-new-sources`): crediting a claim to
  someone the original does not name puts words in their mouth.

`check_claims` is pure: two strings in, one `ClaimCheck` per claim of the original out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

#: A claim is kept when at least this share of its content words (loaded words aside) is in the rewrite.
KEPT_SHARE = 0.35
#: A rewrite sentence carries a claim when it shares at least this many of its content words.
CARRIES = 2
#: Who a rewrite may credit a claim to without adding a source: the original's own writer or page.
WRITER_WORDS = frozenset({"writer", "author", "site", "website", "page", "article", "post", "republisher", "framing",
                          "story", "text", "paragraph", "blog", "editor", "editors"})


@dataclass(frozen=True)
class ClaimCheck:
    """One claim of the original and what the rewrite did with it.

    `status`: "kept" (said, and as honestly as the original), "flat" (an unsupported claim now
    stated as plain fact), "new_source" (credited to a source the original does not give),
    "dropped" (not said any more).
    """

    claim: str
    original_label: str
    status: str
    share: float
    rewrite_sentence: str | None
    message: str

    @property
    def honest(self) -> bool:
        return self.status == "kept"


def check_claims(original: str, rewrite: str) -> tuple[ClaimCheck, ...]:
    """One `ClaimCheck` per claim (sentence) of the original that makes a claim."""
    from toolkit.claims.sentence_labels import label_text

    if not rewrite.strip():
        return ()
    claims = [c for c in label_text(original) if c.label != "no_claim"]
    loaded = _loaded_stems(original)
    mine = [(label, _stems(label.text)) for label in label_text(rewrite) if label.label != "no_claim"]
    everything = set().union(*(stems for _, stems in mine)) if mine else set()
    out = []
    for claim in claims:
        wanted = _stems(claim.text) - loaded
        if not wanted:
            continue
        share = sum(1 for w in wanted if _has(everything, w)) / len(wanted)
        carriers = [(label, sum(1 for w in wanted if _has(stems, w))) for label, stems in mine]
        carriers = [(label, n) for label, n in carriers if n >= CARRIES]
        short = _clip(claim.text)
        if share < KEPT_SHARE or not carriers:
            out.append(ClaimCheck(claim.text, claim.label, "dropped", share, None,
                                  f"Your rewrite no longer says {short}. A neutral rewrite keeps the claim and changes "
                                  "only how it is said (or says plainly that the writer gives no evidence for it)."))
            continue
        best = max(carriers, key=lambda item: item[1])[0]
        added = [(label, label.source) for label, _ in carriers
                 if label.label == "attributed" and _new_source(label.source, original)]
        added += [(label, cue.text) for label, _ in carriers for cue in label.cues
                  if cue.family == "vague_crowd" and not cue.reported and _new_source(cue.text, original)]
        if added:
            who = f"\u201c{added[0][1]}\u201d"
            out.append(ClaimCheck(claim.text, claim.label, "new_source", share, added[0][0].text,
                                  f"Your rewrite credits {short} to {who}, but the original gives no such source. "
                                  "Never add a source the original did not give: it puts words in a real "
                                  "person's mouth."))
            continue
        if claim.label == "opinion" and not any(_keeps_doubt(label) for label, _ in carriers):
            out.append(ClaimCheck(claim.text, claim.label, "flat", share, best.text,
                                  f"The original gives no evidence for {short}, and your rewrite now states it "
                                  "flatly, as fact. A calm tone is not the same as true: keep it the writer's claim "
                                  "(\"the writer says ...\") or a guess (\"may\")."))
            continue
        out.append(ClaimCheck(claim.text, claim.label, "kept", share, best.text,
                              f"You kept {short}" + (", and kept it clear that it is a claim without evidence."
                                                     if claim.label == "opinion" else ".")))
    return tuple(out)


#: Cue families that keep a claim a guess or a doubt ("may", "supposedly", "is considered").
DOUBT_FAMILIES = frozenset({"modal_speculation", "modal_future", "hedges", "weasel", "vague_crowd", "belief_verbs"})
#: Words that, next to the writer, say the claim is theirs and unproved ("the writer claims, without evidence").
DOUBT_WORDS = frozenset({"evidence", "proof", "source", "sources", "unsupported", "unproven", "claims", "claim",
                         "says", "said", "argues", "suggests", "believes", "thinks", "guesses", "speculates",
                         "calls", "writes", "asserts", "alleges", "accuses"})


def _keeps_doubt(label) -> bool:
    """Whether a rewrite sentence still shows a claim is a guess or the writer's own, not a checked fact."""
    if label.label == "opinion":
        return True
    if label.label == "attributed" and not _new_source(label.source, ""):
        return True
    if any(c.family in DOUBT_FAMILIES and not c.reported for c in label.cues):
        return True
    from toolkit.text.tokens import tokenize

    lows = {t.low for t in tokenize(label.text)}
    return bool(lows & WRITER_WORDS) and bool(lows & DOUBT_WORDS) or {"no", "evidence"} <= lows


def _stems(text: str) -> set[str]:
    from toolkit.text.stemmed_words import words
    from toolkit.text.tokens import word_list

    function = word_list("function_words")
    return {w.stem for w in words(text) if w.lower not in function and len(w.lower) > 2}


def _loaded_stems(text: str) -> set[str]:
    """The stems of the original's loaded words: a rewrite is meant to lose them."""
    from toolkit.loaded import detect

    stems: set[str] = set()
    for span in detect(text):
        stems |= _stems(text[span.start:span.end])
    return stems


def _has(stems: set[str], wanted: str) -> bool:
    """A stem, or a longer or shorter form of it ("Russia" and "Russian", "west" and "western")."""
    if wanted in stems:
        return True
    return len(wanted) >= 4 and any(s.startswith(wanted) or (len(s) >= 4 and wanted.startswith(s)) for s in stems)


def _new_source(source: str | None, original: str) -> bool:
    """Whether a rewrite's source is one the original does not give (its writer or page is allowed)."""
    from toolkit.keys.sentence_keys import source_words

    named = source_words(source)
    if not named:
        return False
    if any(w in WRITER_WORDS for w in named):
        return False
    given = {w for w in source_words(original)}
    return not all(w in given for w in named)


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return "\u201c" + (text if len(text) <= width else text[: width - 1] + "\u2026") + "\u201d"


def claims_kept_share(checks: Sequence[ClaimCheck]) -> float:
    """The share of the original's claims the rewrite keeps honestly (1 when it has none)."""
    return 1.0 if not checks else sum(1 for c in checks if c.honest) / len(checks)
