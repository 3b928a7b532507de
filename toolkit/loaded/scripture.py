"""Scripture quoted: the moral words of a cited verse are the verse's, not the writer's choice.

A sermon or a church essay quotes the Bible: "Woe unto them that call evil good" (Isaiah 5:20), "the wrath
of God". Words such as evil, wrath or abomination there are the vocabulary of the text being cited, which
the writer reports the way a reporter reports a speech; they are not the writer's own charged wording about
the people in the story. Two signs show that a stretch is scripture, with no list of verses:

- a quotation in the same sentence as a verse reference in brackets, a capitalised book name followed by
  chapter and verse ("(Proverbs 28:5)", "(2 John 1.10-11)", "(Rom. 13:4)");
- the English of the old Bible translations (thou, thee, unto, hath, doth, saith, beareth), which no
  present-day writer uses in their own voice: a sentence with it is set out from scripture, with or without
  quotation marks. A quotation with it is scripture even when the writer's words around it are modern.

The writer's own sentence that merely cites a verse for support ("they are hypocrites (Matthew 23:3)") is
still the writer's judgment and stays flagged.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Callable, Sequence

from toolkit.text.tokens import Token, first_word_index, word_list

#: Word forms of the old Bible translations that modern prose does not use ("ye" and "thine" included;
#: "art" and "shalt" too, whose modern senses are other words or none).
ARCHAIC_FORMS = frozenset({"thou", "thee", "thy", "thine", "ye", "unto", "hath", "doth", "saith", "shalt",
                           "wilt", "hast", "dost", "art", "beareth", "crieth", "cometh", "goeth", "giveth", "taketh",
                           "maketh", "sayeth", "loveth", "knoweth", "seeth", "heareth", "entangleth", "judgeth",
                           "speaketh", "worketh", "dwelleth", "walketh", "believeth", "whosoever", "verily"})
#: Of the forms above, those that are also modern words and count only beside another archaic form
#: ("art" is painting, "ye" a mock-old shop sign).
_WEAK_FORMS = frozenset({"art", "ye", "wilt"})


_LOW = attrgetter("low")


def may_quote_scripture(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A cheap first test for a sentence (most have neither): an archaic form among its words, or a bracket that
    could open a verse reference."""
    return not ARCHAIC_FORMS.isdisjoint(map(_LOW, tokens)) or text.find("(", start, end) != -1


def _archaic_forms(tokens: Sequence[Token]) -> list[Token]:
    """The archaic forms among the tokens; a capitalised one inside a sentence is part of a title ("the commandment
    Thou Shalt Not Steal"), not the sentence's own English."""
    first = first_word_index(tokens)
    return [token for i, token in enumerate(tokens)
            if token.is_word and token.low in ARCHAIC_FORMS and (i == first or not token.text[0].isupper())]


def archaic(forms: Sequence[Token]) -> bool:
    """Whether these archaic forms show the old translations' English: one strong form, or two."""
    return any(t.low not in _WEAK_FORMS for t in forms) or len(forms) >= 2


def cites_a_verse(tokens: Sequence[Token]) -> bool:
    """Whether the tokens hold a verse reference in brackets: a capitalised book name (a number before it and its
    abbreviation's full stop allowed), then chapter and verse as "28:5" or "1.10-11"."""
    n = len(tokens)
    time_words = word_list("time_words").words
    for i, token in enumerate(tokens):
        if not (token.is_word and token.text[0].isupper() and token.text.isalpha()) or token.low in time_words:
            continue  # a book's name; "(Monday 10:30)", "(May 5.30)" are times
        opening = i - 2 if i >= 2 and tokens[i - 1].text.isdigit() else i - 1  # "(2 John", "(Proverbs"
        if opening < 0 or tokens[opening].text != "(":
            continue  # a citation stands in brackets; "on Monday 10:30" is a time
        j = i + 1
        if j < n and tokens[j].text == ".":
            j += 1
        if j >= n or not tokens[j].text[:1].isdigit():
            continue
        chapter = tokens[j].text
        if "." in chapter.strip("."):
            return True  # "1.10-11"
        if j + 2 < n and tokens[j + 1].text == ":" and tokens[j + 2].text[:1].isdigit():
            return True  # "28 : 5"
    return False


def scripture_stretches(tokens: Sequence[Token], quoted: Callable[[int, int], tuple[int, int] | None],
                        quotes_inside: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of one sentence that quote scripture: the whole sentence when its own words (outside
    quotation marks) are archaic; else each quotation with archaic words, and each quotation inside the
    sentence when the sentence cites a verse. `quoted(start, end)` gives the quotation holding a token, if any;
    `quotes_inside` the quotations that lie inside the sentence."""
    if not tokens:
        return []
    stretches: list[tuple[int, int]] = []
    forms = _archaic_forms(tokens)
    if forms:
        by_quote: dict[tuple[int, int] | None, list[Token]] = {}
        for token in forms:
            by_quote.setdefault(quoted(token.start, token.end), []).append(token)
        if None in by_quote and archaic(by_quote[None]):
            return [(tokens[0].start, tokens[-1].end)]
        stretches = [quote for quote, found in by_quote.items() if quote is not None and archaic(found)]
    if quotes_inside and cites_a_verse(tokens):
        stretches.extend(quotes_inside)
    return stretches
