"""Who "he" and "she" mean, and which capitalised runs are people (issue 16): sentences written for each rule."""

from __future__ import annotations

import pytest

from toolkit.claims.people import FEMALE, MALE, given_name_sex, honorific_sexes, person_name, pronoun_fits
from toolkit.claims.sentence_labels import label_text
from toolkit.text.tokens import tokenize


def last(text: str):
    return label_text(text)[-1]


def test_she_means_the_last_woman_named_not_the_last_man():
    text = ("Maria Lopez opened the meeting at the ferry office. Then Tom Okafor spoke about the bridge. "
            "\u201cThe boats will run late all week,\u201d she said.")
    assert (last(text).label, last(text).source) == ("attributed", "Maria Lopez")


def test_he_means_the_last_man_named():
    text = ("Tom Okafor opened the meeting at the ferry office. Then Maria Lopez spoke about the bridge. "
            "\u201cWe will fix it by June,\u201d he said.")
    assert last(text).source == "Tom Okafor"


def test_an_honorific_tells_the_sex_of_a_surname():
    text = ("Mrs. Hale chaired the hearing on the ferry fares. Then Dale Kim, the harbour clerk, read the figures. "
            "\u201cNobody asked the riders,\u201d she said.")
    assert last(text).source == "Hale"


def test_a_name_of_unknown_sex_fits_either_pronoun():
    text = ("Maria Lopez opened the meeting. Then Sasha Novak spoke about the bridge. "
            "\u201cIt is late,\u201d she said.")
    assert last(text).source == "Sasha Novak"


def test_ordinary_words_at_the_front_of_a_run_are_not_part_of_the_name():
    # "Given" opens the sentence with a capital; the article writes "given" in lower case too.
    text = ("Ben Hart, the harbour master, has run the port for years. Every pilot is given a map. "
            "Given Hart's record, nobody argued. \u201cWe will fix it,\u201d he said.")
    assert last(text).source == "Ben Hart"


def test_a_name_that_only_says_whose_aide_is_not_the_person():
    text = "Former Okafor aide Ben Hart left the port on Monday. \u201cIt was time,\u201d he said."
    assert last(text).source == "Ben Hart"


def test_a_title_in_front_of_a_name_is_cut_off():
    text = "Secretary of State Ana Lopez toured the port. \u201cWe will be back,\u201d she said."
    assert last(text).source == "Ana Lopez"


def test_neither_opening_a_sentence_names_nobody():
    text = ("Mrs. Hale arrived first, and then Kim Ross arrived. Neither Ross nor the others spoke. "
            "\u201cIt is late,\u201d she said.")
    assert last(text).source == "Kim Ross"


@pytest.mark.parametrize("name, common, known, opens, expected", [
    ("State Ana Lopez", set(), {}, False, "Ana Lopez"),                     # a given name starts the person
    ("Secretary Lopez", set(), {}, False, "Lopez"),                         # a title is cut anywhere
    ("Given Sanders", {"given"}, {}, True, "Sanders"),                      # opening a sentence: a plain word
    ("Can Kasapoglu", {"can"}, {}, False, "Can Kasapoglu"),                 # elsewhere the capital shows a name
    ("New Harbour Okafor", set(), {"okafor": "Tom Okafor"}, False, "Tom Okafor"),  # a surname known in full
    ("Tom Okafor", set(), {"okafor": "Tim Okafor"}, False, "Tom Okafor"),   # a given name keeps its own person
    ("Given", {"given"}, {}, True, None),                                   # nobody at all
])
def test_person_name_cleaning(name, common, known, opens, expected):
    assert person_name(name, common, known, opens) == expected


def test_given_names_and_honorifics():
    assert given_name_sex("Maria") == FEMALE and given_name_sex("Tom") == MALE
    assert given_name_sex("Harbour") is None
    sexes = honorific_sexes(tokenize("Mr. Okafor met Mrs. Ana Hale and Congresswoman Diaz."))
    assert sexes == {"okafor": MALE, "hale": FEMALE, "diaz": FEMALE}
    assert pronoun_fits("she", None) and pronoun_fits("he", MALE) and not pronoun_fits("she", MALE)


def test_one_person_described_by_a_title_is_who_he_means_next():
    text = "The harbour director says the fares are fair. But he also says the boats are slow."
    assert last(text).source == "the harbour director"


def test_a_pronoun_after_the_verb_tells_the_speakers_sex():
    text = ("Okafor, a Republican, said she would vote against the levy. Then Tom Hale read the figures. "
            "Later she said the plan was dead.")
    assert last(text).source == "Okafor"
