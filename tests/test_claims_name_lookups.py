"""The name book's look-ups made cheaper in the tenth speed round keep their answers.

`last_titled` now bisects to the offset and reads back; `NameBook.resolve` reads each recent person's
surname from a per-name helper; `looks_like_person` reads its words in loops. These tests pin the
behaviour the rules rely on, on names invented for them.
"""

from __future__ import annotations

from toolkit.claims.attribution_model import NameBook, looks_like_person
from toolkit.claims.pronoun_sources import last_titled


TITLED = [
    (10, "governor", "Ben Hale"),
    (40, "senator", "Rita Moss"),
    (40, "governor", "Ann Lee"),
    (90, "governor", "Tom Reyes"),
]


def test_last_titled_is_the_nearest_person_with_that_title_before_the_offset() -> None:
    assert last_titled(TITLED, "governor", 41) == "Ann Lee"
    assert last_titled(TITLED, "governor", 200) == "Tom Reyes"
    assert last_titled(TITLED, "senator", 200) == "Rita Moss"


def test_last_titled_leaves_out_what_is_named_at_or_after_the_offset() -> None:
    assert last_titled(TITLED, "governor", 40) == "Ben Hale"  # both entries at 40 start at the offset itself
    assert last_titled(TITLED, "governor", 10) is None
    assert last_titled(TITLED, "mayor", 200) is None
    assert last_titled([], "governor", 5) is None


def test_a_lone_surname_is_the_person_of_that_surname_met_last() -> None:
    book = NameBook()
    book.by_surname["okafor"] = "Dana Okafor"
    book.recent = [("Bill Okafor", None), ("Lena Ruiz", None), ("Okafor", None), ("the okafor aide", None)]
    assert book.resolve("Okafor") == "Bill Okafor"  # one-word and lower-case entries name nobody in full
    assert book.resolve("Okafor's") == "Bill Okafor"
    book.recent.append(("Ana Okafor", "female"))
    assert book.resolve("Okafor") == "Ana Okafor"
    assert book.resolve("Ruiz") == "Lena Ruiz"


def test_a_lone_surname_nobody_met_falls_back_on_the_full_name_the_article_gives() -> None:
    book = NameBook()
    book.by_surname["hale"] = "Ben Hale"
    assert book.resolve("Hale") == "Ben Hale"
    assert book.resolve("Moss") == "Moss"
    assert book.resolve("Rita Moss") == "Rita Moss"  # a full name stays as it is


def test_looks_like_person() -> None:
    assert looks_like_person(["Dana", "Okafor"])
    assert looks_like_person(["Mary-Ann", "de-Vries", "Lopez"])
    assert not looks_like_person(["Okafor"])
    assert not looks_like_person(["Ann", "Lee", "Tom", "Hale", "Ruiz"])
    assert not looks_like_person(["Dana", "okafor"])
    assert not looks_like_person(["NBC", "News"])  # a first word in capitals is an acronym
    assert not looks_like_person(["The", "Harbor"])  # nor is a particle
    assert not looks_like_person(["Harbor", "Committee"])  # an organisation word anywhere
