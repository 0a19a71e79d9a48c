"""Constructions behind stance and link errors of the held-out sets 26-30, tested on invented
sentences: a report defended as a faithful relay of its sources (`the paper had reported what
traders had told its reporters`, `We reported what we were told`) is stood by (rule
`reported-what-told`); a decision said not to have been taken (`there was "no decision taken
regarding a new fee"`, `discussed, not decided`) answers a report of that decision: it is no
part of the account a denial answers, nor a claimant standing by its account (rule
`no-decision-answers`)."""

from statements.parsing.stance import says_no_decision, stance_rule

from .statements import parsed_statements, statement_with

RELAYED = (
    "The Harbour Courier reported on Monday that the Velm port authority had raised the berth "
    "fee for Dravian trawlers.\n\n"
    "The port authority denied the report on Tuesday.\n\n"
    "Ossian Frey, a spokesman for the Dravian trawler owners, said the paper had reported what "
    "skippers in the northern harbour had told its reporters.\n"
)


def _stance(text, words):
    return statement_with(parsed_statements(text), words)["stance"]


def test_a_report_said_to_relay_what_its_sources_told_is_stood_by():
    assert _stance(RELAYED, "had reported what") == "confirmation"


def test_an_outlet_saying_it_reported_what_it_was_told_stands_by_it():
    stance, rule = stance_rule("say", "We reported what we were told", "", "person", False)
    assert (stance, rule) == ("confirmation", "reported-what-told")


def test_a_report_said_not_to_relay_its_sources_is_no_stand_by():
    content = "the paper had not reported what officials told it"
    assert stance_rule("say", content, "", "person", False)[1] != "reported-what-told"


def test_switched_off_the_relayed_report_is_not_stood_by(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "reported-what-told")
    assert _stance(RELAYED, "had reported what") != "confirmation"


UNDECIDED = (
    "The Dravian transport ministry denied the reports on Tuesday.\n\n"
    'The consulate of Velm in Dorn said that there was "no decision taken regarding a new fee '
    'for passengers".\n\n'
    "Operators said the port authority had told them about the new fee.\n"
)


def test_a_decision_said_not_taken_answers_and_is_no_part_of_the_account():
    sts = parsed_statements(UNDECIDED)
    assert statement_with(sts, "no decision taken")["stance"] == "denial"
    assert statement_with(sts, "had told them about the new fee")["stance"] == "claim"


def test_switched_off_the_undecided_step_is_read_as_the_account(monkeypatch):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "no-decision-answers")
    sts = parsed_statements(UNDECIDED)
    assert statement_with(sts, "had told them about the new fee")["stance"] != "claim"


def test_undecided_steps_are_read_in_their_common_wordings():
    assert says_no_decision("No decision has been taken on the winter timetable")
    assert says_no_decision('winter options had been "discussed, not decided"')
    assert says_no_decision("the route has not yet been decided")


def test_a_decision_taken_or_expected_is_no_undecided_step():
    assert not says_no_decision("The decision was taken in March")
    assert not says_no_decision("a decision is expected within 30 days")
    assert not says_no_decision("there is no doubt the decision was made in Dorn")
