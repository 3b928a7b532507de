"""A person named with where they work or live speaks, not the place: "James Okafor of the Harbor
Institute wrote", "Dan Whiting of Liberty Church in Marion said".

The subject reader walks back from the verb over one run of names and stops at the first word that is
no name ("the", "in"), so it finds "the Harbor Institute" or "Marion". When that run only follows "of",
"at", "in" or "from" after a person's full name that opens the clause, the person is the source
(`person_before_affiliation`). A run that follows some other noun ("Supporters of Ana Lopez in Ohio",
"a spokesman for Ana Lopez of Ohio") is left as it was: there the person is not the speaker.
"""

from __future__ import annotations

from toolkit.claims.attribution_model import looks_like_person
from toolkit.claims.people import is_given_name
from toolkit.text.tokens import QUOTE_MARKS

#: Words that tie a person to a body or a place after their name.
AFFILIATION_LINKS = frozenset({"of", "at", "in", "from"})
#: How many affiliations may follow one another ("of Liberty Church in Marion").
MAX_HOPS = 2
#: Tokens after which a clause's subject may begin.
CLAUSE_OPENERS = frozenset({",", ";", ":", "\u2014", "\u2013", "--"}) | frozenset(QUOTE_MARKS)


def person_before_affiliation(s, a: int, opens_clause: bool = True) -> tuple[int, int] | None:
    """The token span of the person whose affiliation the name run starting at token `a` is, or None.
    `s` is the attribution rules' sentence (`tokens`, `low`, `name`, `first`). With `opens_clause`
    False the person may follow a description inside the source phrase ("voter Ana Hooton of Derry")."""
    k = a
    for _ in range(MAX_HOPS):
        j = k - 1
        if j >= 1 and s.low(j) == "the":
            j -= 1
        if j < 1 or s.low(j) not in AFFILIATION_LINKS:
            return None
        start = j
        while start - 1 >= 0 and (s.name(start - 1) or (s.tokens[start - 1].text == "." and start >= 2
                                                           and s.name(start - 2))):
            start -= 1
        if start == j:
            return None
        words = [(x, s.tokens[x].text) for x in range(start, j) if s.tokens[x].text != "."]
        first_given = next((n for n, (_, w) in enumerate(words) if is_given_name(w)), None)
        if first_given is not None:
            person = [w for _, w in words[first_given:]]
            if looks_like_person(person) and (not opens_clause or _opens_clause(s, start)):
                return words[first_given][0], j
            return None
        k = start
    return None


def _opens_clause(s, start: int) -> bool:
    """Whether the run at `start` (titles included) begins its sentence or follows a comma, dash or quote."""
    return start == (s.first or 0) or (start >= 1 and s.tokens[start - 1].text in CLAUSE_OPENERS)
