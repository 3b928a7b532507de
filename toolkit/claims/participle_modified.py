"""A subject described by what its people are doing speaks, not the object of that doing:
"Republican activists clamoring to block Dan Okafor from the nomination say ...", "House Republicans
supporting the bill have said ...".

The subject reader walks back from the verb over one noun phrase and so finds "the nomination" or "the
bill". When the clause opens with people (a plural or a name) followed by a participle ("clamoring",
"supporting"), the people are the subject (`participle_subject`), as "who" opens a clause that
describes them ("A woman who has accused the mayor said").
"""

from __future__ import annotations

from toolkit.text.tokens import QUOTE_MARKS

#: Tokens that end the clause before a subject.
BOUNDARIES = frozenset({",", ";", ":", "(", ")", "\u2014", "\u2013", "--"}) | frozenset(QUOTE_MARKS)
#: Words that open one person described in plain words ("a source", "another official").
DESCRIBED_OPENERS = frozenset({"a", "an", "another", "one"})
#: Words that may open a sentence before its subject.
LEADING_JOINERS = frozenset({"but", "and", "yet", "still", "so"})
#: The longest subject read, participle phrase included, in tokens.
MAX_TOKENS = 14
#: The longest description of the people before the participle ("Republican primary voters").
MAX_PEOPLE = 4
#: Words ending in -ing that are no participle after people ("during", "nothing").
NOT_PARTICIPLES = frozenset({"during", "nothing", "something", "anything", "everything", "morning", "evening",
                             "thing", "things", "king", "ring", "spring", "wing", "building", "meeting", "hearing",
                             "ruling", "funding", "polling", "spending", "bring", "sing", "including",
                             "excluding", "regarding", "concerning", "following", "according", "notwithstanding"})


def participle_subject(s, k: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the people that open the clause ending at token `k` (the word before the
    verb) when a participle phrase follows them ("activists clamoring to ..."), or None. `s` is the
    attribution rules' sentence (`tokens`, `first`, `low`, `name`, `functions`)."""
    tokens = s.tokens
    first = s.first or 0
    start = k
    while start - 1 >= first and tokens[start - 1].text not in BOUNDARIES and k - start < MAX_TOKENS:
        start -= 1
    if start - 1 >= first and tokens[start - 1].text not in BOUNDARIES:
        return None
    if start < k and tokens[start].low in LEADING_JOINERS:
        start += 1  # "But Republican activists clamoring ... say": the joining word is no part of the people
    for p in range(start + 1, min(k, start + MAX_PEOPLE + 1) + 1):
        token = tokens[p]
        if not (token.is_word and token.text.islower() and token.low.endswith("ing") and len(token.low) > 4
                and token.low not in NOT_PARTICIPLES and token.low not in s.functions):
            continue
        if p + 1 > k or not (s.low(p + 1) in s.functions or s.name(p + 1)):
            return None  # "Maine fishing advocates say": a word before the noun, not a participle with an object
        head = tokens[p - 1]
        plural = head.is_word and (head.text.islower() or p - 1 == first) and head.low.endswith("s") and \
            not head.low.endswith("ss")  # "activists", or "Officials" opening the sentence
        people = [x for x in range(start, p) if tokens[x].is_word and "'" not in tokens[x].low
                  and "\u2019" not in tokens[x].low and not s.in_quote(x)]
        # "Another intelligence source speaking to ...": one person described in plain words
        described = s.low(start) in DESCRIBED_OPENERS and all(tokens[x].text.islower() for x in range(start + 1, p))
        if len(people) != p - start or not (plural or described or s.name(p - 1)):
            return None  # "We're vetting ...": a pronoun, or quoted words, is not described people
        if any(tokens[x].text.islower() and s.low(x) in s.functions and s.low(x) not in ("the", "some", "many")
               for x in range(start, p)):
            return None
        return start, p, "named" if any(s.name(x) for x in range(start, p)) else "described"
    return None
