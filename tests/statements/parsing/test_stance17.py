"""Over-denial (branch p-stance17), on texts written for these tests: the denying side saying
what it is doing about an affair (`while it looks into the allegations`), a contracted non-answer
(`We don't care whose fault it is`), and a denying side's thanks; each with a near miss and the
rule switched off."""

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


DENIED = """The Tarn Post reported on Monday that Velmari customs officers had taken bribes from \
rice hauliers at the Orvale crossing.

Velmar's customs service denied the report on Tuesday. "No officer at Orvale has taken money \
from anyone," a customs spokeswoman, Ilse Marr, said.

"""
INQUIRY = (
    DENIED
    + "Marr said the service had suspended two officers while it looks into the allegations.\n"
)
COUNTER = DENIED + (
    "Marr said the service had checked every ticket issued at Orvale and found that the hauliers "
    "had paid the standard fee.\n"
)
THANKS = DENIED + '"We thank our Kessian colleagues for their patience," Marr said.\n'


# denier-inquiry-step


def test_the_denying_side_saying_it_looks_into_the_affair_is_a_comment():
    said = parsed_statements(INQUIRY)
    assert statement_with(said, "looks into the allegations")["stance"] == "comment"
    assert statement_with(said, "No officer at Orvale")["stance"] == "denial"


def test_the_denying_side_telling_its_own_account_still_denies():
    said = parsed_statements(COUNTER)
    assert statement_with(said, "paid the standard fee")["stance"] == "denial"


def test_the_inquiry_step_switched_off_leaves_the_denial(monkeypatch):
    _off(monkeypatch, "denier-inquiry-step")
    said = parsed_statements(INQUIRY)
    assert statement_with(said, "looks into the allegations")["stance"] == "denial"


# goodwill-cues: a side thanking the other


def test_the_denying_side_thanking_the_other_is_a_comment():
    said = parsed_statements(THANKS)
    assert statement_with(said, "We thank our Kessian colleagues")["stance"] == "comment"


def test_thanks_switched_off_leave_the_denial(monkeypatch):
    _off(monkeypatch, "goodwill-cues")
    said = parsed_statements(THANKS)
    assert statement_with(said, "We thank our Kessian colleagues")["stance"] == "denial"


# non-answer-contracted

LORRIES = """The Tarn Post reported on Monday that Velmar had stopped rice lorries at the Orvale \
crossing.

Velmar's trade ministry denied the report. "No rice lorry has been stopped at Orvale," a ministry \
spokeswoman, Ilse Marr, said.

"""
DONT_CARE = LORRIES + (
    '"We don\'t care whose fault it is. Our rice has been rotting in the lorries since Friday," '
    "said Piet Olmo, a Kessian haulier.\n"
)
DONT_DENY = LORRIES + (
    '"We don\'t stop lorries at Orvale, and we never have," said Aron Vell, a Velmari customs '
    "officer.\n"
)


def test_a_contracted_not_minding_is_a_comment():
    said = parsed_statements(DONT_CARE)
    assert statement_with(said, "care whose fault it is")["stance"] == "comment"


def test_a_contracted_negation_of_the_account_still_denies():
    said = parsed_statements(DONT_DENY)
    assert statement_with(said, "stop lorries at Orvale")["stance"] == "denial"


def test_contractions_switched_off_leave_the_denial(monkeypatch):
    _off(monkeypatch, "non-answer-contracted")
    said = parsed_statements(DONT_CARE)
    assert statement_with(said, "care whose fault it is")["stance"] == "denial"
