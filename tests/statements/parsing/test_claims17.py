"""Claim ends of the seventeenth session (branch p-claims17), on texts written for these tests:
`quoted NAME, ROLE, as saying`, with a near miss it must leave alone, and switched off."""

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


NAME_ROLE = """The agency quoted Ilse Marr, deputy head of the Velmar rail company, as saying \
the protocol "settles every outstanding question".
"""

NAME_LIST = """The agency quoted Ilse Marr, Oskar Lind and two drivers in its report on the \
crossing.
"""

# quoted-name-role-as-saying


def test_quoted_name_then_role_as_saying_is_the_named_ones_statement():
    s = statement_with(parsed_statements(NAME_ROLE), "settles every outstanding question")
    assert any("Ilse Marr" in n for n in s["names"])


def test_quoted_names_with_no_as_saying_make_no_statement():
    assert not any("Ilse Marr" in n for s in parsed_statements(NAME_LIST) for n in s["names"])


def test_quoted_name_role_switched_off(monkeypatch):
    _off(monkeypatch, "quoted-name-role-as-saying")
    assert not any("Ilse Marr" in n for s in parsed_statements(NAME_ROLE) for n in s["names"])
