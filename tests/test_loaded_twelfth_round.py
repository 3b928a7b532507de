"""The twelfth round of loaded language (issue 16): kinds of loaded wording the detector missed, read on the
development part of PTC and written into the lexicon from common usage.

- Bodies pushing, stumbling, sinking and rotting: a verb of bodily force or clumsy motion told of people,
  policies or money ("trample on the rights of tenants", "lobbing accusations", "billions sunk into the
  scheme") is a picture; the same verb of a real crowd, ball, ship or fruit is plain.
- Joy and shock told for the reader: "delighted", "thrilled", "glee", "came as a shock" name how strongly
  someone felt; an electric shock or a patient in shock is medicine and physics.
- Zeal and ferocity in the manner of an act: "vigorously defended", "a ferocious attack on the budget";
  stirring a pan vigorously, or a ferocious dog, is literal.

Every entry keeps the lexicon's reason and neutral wording. The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from toolkit.loaded import detect, load_lexicon


def flagged(text: str) -> list[str]:
    """Every word of every span counted as loaded (a span may hold more than the word tested)."""
    return [word for s in detect(text) if s.counts_as_loaded for word in s.text.lower().split()]


# ------------------------------------------------------------------ bodies pushing, stumbling, sinking, rotting

@pytest.mark.parametrize("sentence, word", [
    ("The new parking rules trample on the rights of tenants.", "trample"),
    ("The council keeps lobbing accusations at anyone who asks about the budget.", "lobbing"),
    ("Billions were sunk into the ring road before anyone asked what it was for.", "sunk"),
    ("The party is stumbling from one blunder to the next.", "stumbling"),
    ("The mayor was pounded by her own councillors all week over the parking fees.", "pounded"),
    ("The old committee let the harbour trust rot for a decade.", "rot"),
    ("The festival's organisers have been sucking up to the sponsors for years.", "sucking"),
    ("A scandal that festered for years finally reached the board.", "festered"),
    ("The television debate catapulted an unknown councillor into the race.", "catapulted"),
    ("The league is still reeling over the referee's resignation.", "reeling"),
    ("Critics see the new tax as one more encroachment on private life.", "encroachment"),
    ("The anger over the closures reached a crescendo at the town meeting.", "crescendo"),
    ("The minister squirmed when the reporter asked about the contract.", "squirmed"),
])
def test_bodily_force_and_clumsy_motion_told_of_public_life_are_flagged(sentence, word):
    assert word in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("Two fans were trampled when the crowd rushed the gates.", "trampled"),
    ("She lobbed the ball over the goalkeeper in the last minute.", "lobbed"),
    ("The ferry sunk in the harbour during the storm.", "sunk"),
    ("The runner was stumbling on the icy steps before he fell.", "stumbling"),
    ("Heavy rain pounded the coast all night.", "pounded"),
    ("The fruit began to rot in the warehouse after the power cut.", "rot"),
    ("The new pump is sucking water out of the flooded basement.", "sucking"),
    ("Planners say the houses encroach on the farmer's land by two metres.", "encroach"),
    ("The orchestra built the music to a crescendo in the final bars.", "crescendo"),
])
def test_the_same_verbs_of_real_bodies_and_things_are_plain(sentence, word):
    assert word not in flagged(sentence)


def test_the_new_verbs_explain_themselves_and_offer_plain_wording():
    lexicon = load_lexicon()
    for term in ("=trample", "stumbl*", "=pounded", "=lobbing", "=sunk", "=rot", "fester*", "catapult*",
                 "encroach*", "=reeling", "=crescendo"):
        entry = lexicon.entry(term)
        assert entry is not None, term
        assert entry.why and entry.alternatives and entry.literal_cues, term


# ------------------------------------------------------------------ joy and shock told for the reader

@pytest.mark.parametrize("sentence, word", [
    ("The minister was delighted with the ruling against the tenants' union.", "delighted"),
    ("Fans of the old stadium were thrilled to see the bulldozers leave.", "thrilled"),
    ("The councillors watched the rival party's collapse with open glee.", "glee"),
    ("The closure of the library came as a shock to the whole village.", "shock"),
    ("The resignation rattled the board more than the losses did.", "rattled"),
    ("Campaigners were jubilant after the vote.", "jubilant"),
])
def test_joy_and_shock_named_for_the_reader_are_flagged(sentence, word):
    assert word in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("The patient went into shock after losing blood in the crash.", "shock"),
    ("The worker got an electric shock from the faulty fence.", "shock"),
    ("Engineers replaced the shock absorbers on every bus.", "shock"),
    ("Each guest received a box of Turkish delight.", "delight"),
    ("The earthquake rattled windows across the valley.", "rattled"),
])
def test_shock_and_delight_in_their_plain_senses_are_not_flagged(sentence, word):
    assert word not in flagged(sentence)


# ------------------------------------------------------------------ zeal and ferocity in the manner of an act

@pytest.mark.parametrize("sentence, word", [
    ("The bishop vigorously defended the decision to close the school.", "vigorously"),
    ("The opposition launched a ferocious attack on the budget.", "ferocious"),
    ("The spokesman furiously denied that any money was missing.", "furiously"),
    ("Her supporters are fervent believers in the plan.", "fervent"),
    ("The clerks worked feverishly to hide the figures before the audit.", "feverishly"),
])
def test_zeal_and_ferocity_in_the_manner_of_an_act_are_flagged(sentence, word):
    assert word in flagged(sentence)


@pytest.mark.parametrize("sentence, word", [
    ("Stir the sauce vigorously for two minutes.", "vigorously"),
    ("Doctors recommend vigorous exercise three times a week.", "vigorous"),
    ("The neighbour's dog is ferocious and bit the postman.", "ferocious"),
    ("The child was feverish and had a cough all night.", "feverish"),
])
def test_the_same_words_of_exercise_animals_and_illness_are_plain(sentence, word):
    assert word not in flagged(sentence)
