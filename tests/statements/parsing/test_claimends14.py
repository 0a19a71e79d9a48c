"""Claim ends of the fourteenth session (branch p-claimends14), on texts written for these
tests: a report named by its outlet in a sentence no verb of saying attributes (`The denial
followed a report on Monday by the Tarn Post, citing two officers, that ...`), and a claim whose
only negation is what a side was denied or given no paper for (`had been denied entry`, `with
no paper`); each with a near miss it must leave alone, and each switchable."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned link pass is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


FOLLOWED = """Velmar's trade ministry on Wednesday denied that rice lorries had been stopped at \
the Orvale crossing.

The denial followed a report on Tuesday by the Tarn Post, citing two customs officers, that \
more than 40 rice lorries had been turned back at the crossing since Friday.

"No lorry has been turned back," ministry spokeswoman Ilse Marr said.
"""

REPORT_ON_A_DAY = """Velmar's trade ministry published a report on Tuesday that ran to forty \
pages and covered rice, maize and sugar.
"""

DENIED_ENTRY = """Kessian hauliers said on Monday that 30 of their lorries had been denied \
entry at the Orvale crossing.

Velmar's trade ministry said the crossing was open as usual.
"""

NO_ONE_DENIED = """Velmar's trade ministry said on Monday that no lorry had been denied entry \
at the Orvale crossing.
"""


# report-noun-that


def test_a_report_named_in_a_sentence_without_speech_is_the_outlet_s_claim():
    said = parsed_statements(FOLLOWED)
    claim = statement_with(said, "more than 40 rice lorries")
    assert claim["stance"] == "claim"
    assert any("Tarn Post" in n for n in claim["names"])
    denial = statement_with(said, "No lorry has been turned back")
    assert claim["id"] in denial["denies"]


def test_a_report_on_a_day_names_no_outlet():
    # `a report on Tuesday that ran to forty pages`: a day, no outlet; the ministry's own words
    said = parsed_statements(REPORT_ON_A_DAY)
    assert not any("report-noun-that" in " ".join(s["rules"]) for s in said)
    assert not any(any("Tuesday" in n for n in s["names"]) for s in said)


def test_report_noun_that_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "report-noun-that")
    said = parsed_statements(FOLLOWED)
    assert not any(
        "more than 40 rice lorries" in s["text"] and any("Tarn Post" in n for n in s["names"])
        for s in said
    )


# deprivation-not-denial, deprivation-claim


def test_lorries_denied_entry_is_an_accusation_not_a_denial():
    said = parsed_statements(DENIED_ENTRY)
    assert statement_with(said, "denied entry")["stance"] == "claim"


def test_no_lorry_denied_entry_is_still_a_denial():
    # `no lorry had been denied entry`: the `no` negates; read as a denial (a lone remark with
    # no dispute around it is then a comment, rule `no-dispute`)
    said = parsed_statements(NO_ONE_DENIED)
    assert statement_with(said, "denied entry")["rules"][0] == "denial-cue:denial"


def test_deprivation_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "deprivation-not-denial")
    said = parsed_statements(DENIED_ENTRY)
    assert statement_with(said, "denied entry")["stance"] != "claim"


def test_deprivation_claim_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "deprivation-claim")
    said = parsed_statements(DENIED_ENTRY)
    assert statement_with(said, "denied entry")["stance"] != "claim"
