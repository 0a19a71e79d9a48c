"""Constructions behind link errors of dev articles 23-48 (a helper's share), tested on invented
sentences: a fault given as the cause of what a report told (`delayed "because of a technical
failure"`), told after a denial by a voice that claimed nothing, is a counter-account; a party
that has `taken note of` a position tells no account, nor does an offer of records (`our logs
are available to the coastguard`); `denied having objected` answers the claim that names that
act (rules `fault-explained`, `noted-no-account`, `offer-no-answer`, `denied-own-act`)."""

from dataclasses import dataclass, field

from statements.parsing.rules import on
from statements.parsing.stance import fault_explained

from .statements import parsed_statements, statement_with


def _off(monkeypatch, names):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", names)


# `fault-explained` acts on a stance other rules have read first (a claim), which a short
# invented page does not give: the rule is tested on rows as the parser holds them.
@dataclass
class _Actor:
    kind: str


@dataclass
class _Row:
    pos: int
    stance: str
    side: int | None
    actor: _Actor
    content: str
    block: int = 0
    rules: list[str] = field(default_factory=list)

    def set_stance(self, stance, rule):
        if not on(rule):
            return False
        self.rules.append(f"{rule}:{stance}")
        self.stance = stance
        return True


def _page(cause_by="organisation", cause_side=3):
    return [
        _Row(0, "claim", 1, _Actor("media"), "the border police had refused entry to 30 families"),
        _Row(100, "denial", 2, _Actor("organisation"), "this news is devoid of truth"),
        _Row(
            200,
            "claim",
            cause_side,
            _Actor(cause_by),
            'the entry of travellers was delayed for two hours "because of a temporary technical '
            'failure in the information system"',
        ),
    ]


def test_a_fault_given_as_cause_after_a_denial_is_a_counter_account():
    rows = _page()
    fault_explained(rows)
    assert rows[2].stance == "denial"
    assert rows[2].rules == ["fault-explained:denial"]


def test_a_fault_told_by_an_outlet_or_by_the_claimant_stays_a_claim():
    rows = _page(cause_by="media")
    fault_explained(rows)
    assert rows[2].stance == "claim"
    rows = _page(cause_side=1)  # the report's own side gives the cause: its further account
    fault_explained(rows)
    assert rows[2].stance == "claim"


def test_a_cause_that_is_no_fault_stays_a_claim():
    rows = _page()
    rows[2].content = "the entry of travellers was delayed because of new rules on visas"
    fault_explained(rows)
    assert rows[2].stance == "claim"


def test_the_fault_rule_off_leaves_the_claim(monkeypatch):
    _off(monkeypatch, "fault-explained")
    rows = _page()
    fault_explained(rows)
    assert rows[2].stance == "claim"


NOTED = (
    "The Valley Herald reported on Monday that talks on the ferry licence had been suspended.\n\n"
    'The harbour operator, Velm Docks, said in a written statement that the talks "have not '
    'been suspended".\n\n'
    'A transport ministry official told reporters the ministry had "taken note of the position" '
    'of the operator and was "waiting for it in writing".\n\n'
    "The port company denied that any talks had been halted.\n"
)


def test_a_party_that_took_note_of_a_position_tells_no_account():
    sts = parsed_statements(NOTED)
    noted = statement_with(sts, "taken note of")
    assert noted["stance"] == "comment"
    assert not noted["denies"] and not noted["confirms"]


def test_a_remark_that_notes_nothing_before_a_denial_is_still_the_account_it_answers():
    text = NOTED.replace('had "taken note of the position" of the operator and', "")
    assert statement_with(parsed_statements(text), "waiting for it")["stance"] == "claim"


def test_the_noted_rule_off_reads_the_remark_as_an_account(monkeypatch):
    _off(monkeypatch, "noted-no-account")
    assert statement_with(parsed_statements(NOTED), "taken note of")["stance"] == "claim"


OWN_ACT = (
    "The Valley Herald reported on Monday that talks on the ferry licence had been suspended. "
    "It alleged that the decision followed objections from the harbour operator.\n\n"
    "The harbour operator, Velm Docks, denied having objected to the licence.\n"
)


def _targets(text, words):
    sts = parsed_statements(text)
    by_id = {s["id"]: s for s in sts}
    return [by_id[i]["text"] for i in statement_with(sts, words)["denies"]]


def test_a_denial_of_ones_own_act_answers_the_claim_naming_that_act():
    assert _targets(OWN_ACT, "denied having objected") == [
        "alleged that the decision followed objections from the harbour operator"
    ]


def test_a_denial_of_an_act_no_claim_names_answers_the_report():
    text = OWN_ACT.replace("denied having objected to", "denied having lobbied against")
    targets = _targets(text, "denied having lobbied")
    assert any("had been suspended" in t for t in targets)


def test_the_own_act_rule_off_answers_the_report_too(monkeypatch):
    _off(monkeypatch, "denied-own-act")
    targets = _targets(OWN_ACT, "denied having objected")
    assert any("had been suspended" in t for t in targets)


OFFER = (
    "The Tallinn daily Valgus reported on Monday that a Finnish drone had circled an Estonian "
    "patrol boat for an hour.\n\n"
    "Finland's defence ministry denied that any Finnish drone had come near the boat.\n\n"
    '"The flight logs of our drones are available to the Estonian coastguard if it wants them," '
    "the ministry said.\n"
)


def test_an_offer_of_records_by_the_denying_side_is_no_answer():
    offer = statement_with(parsed_statements(OFFER), "flight logs")
    assert offer["stance"] == "comment"
    assert not offer["denies"]


def test_a_denying_sides_further_remark_that_offers_nothing_is_still_its_answer():
    text = OFFER.replace(
        "are available to the Estonian coastguard if it wants them",
        "show no flight near the Estonian coastguard",
    )
    assert statement_with(parsed_statements(text), "flight logs")["stance"] == "denial"


def test_the_offer_rule_off_reads_the_offer_as_the_sides_answer(monkeypatch):
    _off(monkeypatch, "offer-no-answer")
    assert statement_with(parsed_statements(OFFER), "flight logs")["stance"] == "denial"
