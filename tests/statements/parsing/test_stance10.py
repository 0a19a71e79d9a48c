"""Stance rules of the tenth session, on invented texts: a remark of goodwill from the denying
side is no counter-account (`goodwill-cues`); a side's grievance of being left out stays one
beside its denial (`grievance-stays`); a speaker saying its own figures or claims hold stands by
them (`account-held-true`); a claimant's policy line stays one beside its account
(`policy-stays-claimant`). `disclaimer-cues` (`has nothing to do with`, `no record of` as
dismissals) was taken out at the merge: it gained two statements on the sets it was written
from and cost the kept-back heldout12 three stances and two links."""

from .statements import stance_of

REPORT = (
    "The Dunmore Ledger reported on Monday that Arvania had halted grain barges from Belport "
    "on the Tessel canal.\n\n"
    "Arvania's transport ministry denied the report on Tuesday.\n\n"
)


def _stance(text, words, monkeypatch=None, disable=None):
    if disable is not None:
        monkeypatch.setenv("DEMENTI_PARSER_DISABLE", disable)
    return stance_of(text, words)


GOODWILL = REPORT + (
    'The ministry said its relations with Belport over grain barges remained "excellent".\n'
)


def test_a_remark_of_goodwill_by_the_denying_side_is_a_comment():
    assert _stance(GOODWILL, "remained") == "comment"


def test_goodwill_cues_switched_off(monkeypatch):
    assert _stance(GOODWILL, "remained", monkeypatch, "goodwill-cues") == "denial"


def test_goodwill_beside_a_negation_is_still_read_by_the_negation():
    text = GOODWILL.replace(
        'remained "excellent".', 'remained "excellent" and that no barge had been halted.'
    )
    assert _stance(text, "remained") == "denial"


GRIEVANCE = REPORT + (
    "Arvania's fisheries ministry said it had not been consulted on the new canal timetable.\n"
)


def test_a_grievance_of_the_denying_side_stays_a_comment():
    assert _stance(GRIEVANCE, "not been consulted") == "comment"


def test_grievance_stays_switched_off(monkeypatch):
    assert _stance(GRIEVANCE, "not been consulted", monkeypatch, "grievance-stays") == "denial"


def test_left_out_of_any_such_plan_is_a_denial():
    text = GRIEVANCE.replace(
        "had not been consulted on the new canal timetable",
        "had not been informed of any plan to halt barges",
    )
    assert _stance(text, "any plan") == "denial"


HELD = (
    "The Belport Barge Owners' Association said on Monday that Arvania had halted 40 grain "
    "barges on the Tessel canal since March.\n\n"
    "Arvania's transport ministry denied the account on Tuesday, saying only 12 barges had been "
    "held for paperwork.\n\n"
    "The association's chairman, Lena Sorr, insisted on Wednesday that her figures were "
    "accurate.\n"
)


def test_a_speaker_saying_its_own_figures_hold_stands_by_them():
    assert _stance(HELD, "figures were") == "confirmation"


def test_account_held_true_switched_off(monkeypatch):
    assert _stance(HELD, "figures were", monkeypatch, "account-held-true") != "confirmation"


def test_maintaining_its_figures_stands_by_them():
    text = HELD.replace("her figures were accurate", 'the association "maintains its figures"')
    assert _stance(text, "maintains") == "confirmation"


def test_figures_said_to_be_wrong_are_no_confirmation():
    text = HELD.replace("her figures were accurate", "the ministry's figures were not accurate")
    assert _stance(text, "figures were") != "confirmation"


POLICY = (
    "The Belport Barge Owners' Association said on Monday that Arvania had halted 40 grain "
    "barges on the Tessel canal since March.\n\n"
    "Arvania's transport ministry denied the account on Tuesday.\n\n"
    'The association\'s chairman, Lena Sorr, said on Wednesday that it was "open to talks" but '
    'would not negotiate "under pressure".\n'
)


def test_a_claimant_policy_line_stays_a_comment():
    assert _stance(POLICY, "open to talks") == "comment"


def test_policy_stays_claimant_switched_off(monkeypatch):
    stance = _stance(POLICY, "open to talks", monkeypatch, "policy-stays-claimant")
    assert stance == "confirmation"
