"""A side's words that tell what the denying state did are the account the dispute is about:
claims, also when a negation is in them and before any report is told (`accounts.py`).
Every article here is invented for the test."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

TUNNEL = (
    "Norvalia's transport ministry said on Monday that the new rail tunnel would not open "
    "before 2029 and blamed the delay on the Ostrian section of the works.\n\n"
    'Deputy minister Lena Korr told reporters that the Ostrian builder had "not yet finished '
    'drilling" on its side.\n\n'
    '"We have done our part," Korr said.\n\n'
    'Ostria\'s rail agency rejected the account within hours. "Our half is on schedule," '
    "its spokesman Pavel Dun said.\n"
)


def test_a_side_telling_what_the_denying_state_did_makes_a_claim():
    st = parsed_statements(TUNNEL)
    assert statement_with(st, 'had "not yet finished')["stance"] == "claim"


def test_the_same_sides_words_before_the_answer_go_on_with_the_account():
    st = parsed_statements(TUNNEL)
    assert statement_with(st, "We have done our part")["stance"] == "claim"


def test_the_denial_answers_the_account():
    st = parsed_statements(TUNNEL)
    account = statement_with(st, 'had "not yet finished')
    answer = statement_with(st, "rejected the account")
    assert answer["stance"] == "denial"
    assert account["id"] in answer["denies"] or answer["denies"]


def test_without_the_rule_a_negated_account_reads_as_a_denial(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "other-side-account")
    st = parsed_statements(TUNNEL)
    assert statement_with(st, 'had "not yet finished')["stance"] != "claim"


BYSTANDER = (
    "Norvalia's trade ministry said on Tuesday that Ostria had stopped issuing permits to "
    "Norvalian lorries.\n\n"
    "Ostria's customs agency denied the report, saying permits were issued as usual.\n\n"
    'Trade analyst Mira Holt said such rows were "a seasonal ritual" between Ostria and '
    "Norvalia.\n"
)


def test_an_analyst_naming_the_denying_state_makes_no_claim():
    st = parsed_statements(BYSTANDER)
    assert statement_with(st, "seasonal ritual")["stance"] == "comment"
    assert statement_with(st, "stopped issuing permits")["stance"] == "claim"


def test_the_accusing_sides_words_after_the_answer_are_left_to_the_sides_pass():
    text = BYSTANDER.replace(
        "Trade analyst Mira Holt said",
        "Norvalia's trade minister Ivo Brandt said he would raise the matter in Brussels.\n\n"
        "Trade analyst Mira Holt said",
    )
    st = parsed_statements(text)
    assert statement_with(st, "raise the matter")["stance"] != "claim"


DENIAL_FIRST = (
    "OSTRIA CITY - Ostria's customs agency on Monday dismissed as groundless claims that it "
    "was holding up Norvalian salmon. The Ostria Herald reported on Sunday that the port "
    "would close for repairs in May.\n\n"
    "Lena Korr, director of Norvalia's Seafood Council, was quoted by the daily Kystblad "
    "as saying that Ostrian customs had held 60 containers at the port since March.\n\n"
    'Ostrian customs spokesman Pavel Dun said clearance was "proceeding normally".\n'
)


def test_a_story_that_opens_with_the_denial_then_tells_the_account_makes_it_a_claim():
    st = parsed_statements(DENIAL_FIRST)
    account = statement_with(st, "held 60 containers")
    assert account["stance"] == "claim"


def test_without_the_rule_the_account_told_after_the_denial_is_a_comment(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "denied-first-account")
    st = parsed_statements(DENIAL_FIRST)
    assert statement_with(st, "held 60 containers")["stance"] != "claim"
