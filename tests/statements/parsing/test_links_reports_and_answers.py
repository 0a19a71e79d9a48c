"""Links of a general denial to a report told in several claims (p-links9's rules)."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

REPORT_IN_TWO_CLAIMS = (
    "The Kessel Ledger reported on Monday that Varnia would close its consulate in Brenn "
    "before the winter.\n\n"
    "The paper said the decision had been kept from the city council.\n\n"
    "Varnia's foreign ministry denied on Tuesday that any consulate would close, saying no "
    "decision had been taken.\n"
)


def test_a_general_denial_denies_every_claim_of_a_report_it_shares_words_with():
    st = parsed_statements(REPORT_IN_TWO_CLAIMS)
    lead = statement_with(st, "close its consulate")
    further = statement_with(st, "kept from the city council")
    denial = statement_with(st, "any consulate would close")
    assert denial["stance"] == "denial"
    assert set(denial["denies"]) == {lead["id"], further["id"]}
    rules = {x["target"]: x["rule"] for x in denial["links"]}
    assert rules[further["id"]] == "report-told-whole"


def test_with_report_told_whole_off_the_general_denial_denies_the_lead_only(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-told-whole")
    st = parsed_statements(REPORT_IN_TWO_CLAIMS)
    lead = statement_with(st, "close its consulate")
    assert statement_with(st, "any consulate would close")["denies"] == [lead["id"]]
