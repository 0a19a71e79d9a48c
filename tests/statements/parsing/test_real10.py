"""Constructions of real news pages (tenth session: a private set of real pages), each tested
on sentences written for these tests, with the rule switched off as well."""

from statements.parsing.rules import DISABLE_ENV

from .statements import actor_named, contract_with_actors, parsed_statements, statement_with

# dash-parenthesis
_DASHED = (
    "Two fishing unions - including the Baltic Trawlermen's Union - claimed that the quota "
    "had been cut."
)


def test_a_description_between_dashes_is_no_part_of_the_speaker():
    said = statement_with(parsed_statements(_DASHED), "quota had been cut")
    assert said["names"][0] == "Two fishing unions", said["names"]


def test_dash_parenthesis_switched_off_keeps_the_description(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "dash-parenthesis")
    said = statement_with(parsed_statements(_DASHED), "quota had been cut")
    assert said["names"][0] != "Two fishing unions", said["names"]


# office-of-holder
_OFFICE = (
    "The Office of the Deputy Minister of Transport Dr Karin Vell has denied a report "
    "claiming that she had used an official car on holiday. It said the report was false."
)


def test_the_office_of_a_post_is_the_organisation_that_speaks():
    out, _ = contract_with_actors(_OFFICE, None)
    office = actor_named(out, "Office of the Deputy Minister of Transport")
    assert office["kind"] == "organisation"
    denial = statement_with(out["statements"], "has denied")
    assert denial["speaker"] == office["id"]


def test_office_of_holder_switched_off_names_the_holder(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "office-of-holder")
    out, _ = contract_with_actors(_OFFICE, None)
    assert not any(a["name"] == "Office of the Deputy Minister of Transport" for a in out["actors"])


# state-possessive-body, state-company-description, company-no-state
_COMPANY = (
    "Norway's Fjordline Group has confirmed it is in talks to buy a Danish shipyard. The "
    "Norwegian firm declined to name the yard."
)


def test_a_company_after_its_states_possessive_is_named_without_it():
    out, _ = contract_with_actors(_COMPANY, "2026-03-02")
    firm = actor_named(out, "Fjordline Group")
    assert firm["country"] == "NO"
    assert firm["affiliation"] is None  # a company answers to no government


def test_the_states_firm_is_the_company_named_before():
    out, _ = contract_with_actors(_COMPANY, "2026-03-02")
    firm = actor_named(out, "Fjordline Group")
    declined = statement_with(out["statements"], "declined to name")
    assert declined["speaker"] == firm["id"]


def test_company_rules_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "state-possessive-body,state-company-description")
    out, _ = contract_with_actors(_COMPANY, "2026-03-02")
    names = [a["name"] for a in out["actors"]]
    assert "Fjordline Group" not in names, names


def test_company_no_state_switched_off_gives_the_state(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "company-no-state")
    out, _ = contract_with_actors(_COMPANY, "2026-03-02")
    assert actor_named(out, "Fjordline Group")["affiliation"] is not None


# report-that-said
_REPORT_SAID = (
    "The interior ministry has rejected a report published in a Valletta daily on Monday "
    "that said the police had stopped patrolling the harbour at night."
)


def test_a_reports_own_verb_of_saying_carries_the_outlets_claim():
    said = parsed_statements(_REPORT_SAID)
    claim = next(s for s in said if s["stance"] == "claim")
    assert "stopped patrolling the harbour" in claim["text"]
    assert any("daily" in n for n in claim["names"]), claim["names"]
    denial = statement_with(said, "has rejected")
    assert claim["id"] in denial["denies"]


def test_report_that_said_switched_off_carries_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-that-said")
    said = parsed_statements(_REPORT_SAID)
    assert not any(s["stance"] == "claim" for s in said), said


def test_an_unnamed_reports_claim_told_elsewhere_is_no_claim_of_its_own():
    text = (
        "The Harbour Gazette reported on Monday that the ferry company had sold two ships.\n\n"
        "The company denied media reports alleging that it had sold two ships."
    )
    claims = [s for s in parsed_statements(text) if s["stance"] == "claim"]
    assert len(claims) == 1, claims


# dateline-state-minister
_MINISTER = (
    "VIENTIANE: Information Minister Somsak Vongsa has dismissed a report that the cabinet "
    "would be reshuffled."
)


def test_a_minister_under_a_dateline_sits_in_that_states_government():
    out, by_id = contract_with_actors(_MINISTER, None)
    minister = actor_named(out, "Somsak Vongsa")
    assert by_id[minister["affiliation"]]["name"] == "Laos"


def test_dateline_state_minister_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "dateline-state-minister")
    out, by_id = contract_with_actors(_MINISTER, None)
    aff = actor_named(out, "Somsak Vongsa")["affiliation"]
    assert aff is None or by_id[aff]["name"] != "Laos"


# ambassador-to-host
_AMBASSADOR = (
    "Chile's ambassador to Peru, Ana Rojas, has dismissed reports in local media that the "
    "embassy was closing."
)


def test_an_ambassador_to_a_state_is_of_the_state_that_sends_him():
    out, by_id = contract_with_actors(_AMBASSADOR, None)
    envoy = actor_named(out, "Ana Rojas")
    assert envoy["affiliation"] is None or by_id[envoy["affiliation"]]["name"] != "Peru"
    assert envoy["country"] == "CL"


def test_ambassador_to_host_switched_off_gives_the_host(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "ambassador-to-host")
    out, by_id = contract_with_actors(_AMBASSADOR, None)
    envoy = actor_named(out, "Ana Rojas")
    assert envoy["affiliation"] is not None and by_id[envoy["affiliation"]]["name"] == "Peru"


# despite-denial
_DESPITE = "Despite the ministry's denials, the union said the mine would close in May."


def test_words_set_against_a_denial_just_reported_are_a_claim():
    said = statement_with(parsed_statements(_DESPITE), "mine would close")
    assert said["stance"] == "claim", said


def test_despite_denial_switched_off_leaves_a_comment(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "despite-denial")
    said = statement_with(parsed_statements(_DESPITE), "mine would close")
    assert said["stance"] != "claim", said
