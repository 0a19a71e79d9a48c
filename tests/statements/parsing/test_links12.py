"""Link rules of session 12 (p-links12) on invented sentences."""

import pytest

from statements.parsing import link_model
from statements.parsing.answers import _named_denial
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    """The rules alone: the learned pass (test_link_model10.py) is left out."""
    monkeypatch.setattr(link_model, "model", lambda: None)


DENIAL_OF_DENIAL = (
    "The porters' union Dockfront said on Tuesday that the operator Marrow Lines had cut the "
    "crew of its morning ferry from twelve to seven.\n\n"
    "Marrow Lines denied the claim.\n\n"
    "Dockfront's secretary, Ona Vell, rejected the company's denial, saying timesheets seen by "
    "the union showed seven names on four mornings in April.\n"
)


def test_a_denial_naming_another_denial_denies_it():
    st = parsed_statements(DENIAL_OF_DENIAL)
    answer = statement_with(st, "rejected the company's denial")
    denial = statement_with(st, "Marrow Lines denied the claim")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [denial["id"]]
    assert any(x["rule"] == "names-a-denial" for x in answer["links"])


def test_switched_off_the_denial_of_a_denial_is_not_linked_to_it(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "names-a-denial")
    st = parsed_statements(DENIAL_OF_DENIAL)
    answer = statement_with(st, "rejected the company's denial")
    denial = statement_with(st, "Marrow Lines denied the claim")
    assert denial["id"] not in answer["denies"]


def test_issuing_a_denial_or_naming_a_claim_names_no_earlier_denial():
    assert _named_denial("rejected the company's denial, saying") == "rejected the company"
    assert _named_denial("said the denial was a matter of wording") == ""
    # near misses: `issued a denial` (no earlier denial named), `rejected the claim`
    assert _named_denial("The ministry issued a denial on Monday") is None
    assert _named_denial("The ministry rejected the claim on Monday") is None


RESTATED = (
    "Independent deputy Paulo Marr said on Monday that a naval supply ship had run aground "
    "off Cape Vell in June and that the navy had hidden the damage.\n\n"
    "The navy rejected the accusation.\n\n"
    "In a later post, Marr repeated that the supply ship had run aground off Cape Vell.\n\n"
    'Defence Minister Iris Hale told parliament the deputy\'s claims were "simply not true".\n'
)


def test_an_answer_to_a_repeated_claim_answers_its_first_telling():
    st = parsed_statements(RESTATED)
    first = statement_with(st, "had run aground off Cape Vell in June")
    repeat = statement_with(st, "repeated that the supply ship")
    answer = statement_with(st, "simply not true")
    assert repeat["stance"] == "claim"
    assert first["id"] in answer["denies"]
    assert repeat["id"] not in answer["denies"]


def test_switched_off_the_repeat_receives_the_link(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "restated-claim-no-links")
    st = parsed_statements(RESTATED)
    repeat = statement_with(st, "repeated that the supply ship")
    answer = statement_with(st, "simply not true")
    assert repeat["id"] in answer["denies"]


def test_a_later_claim_with_words_of_its_own_is_no_repeat():
    # near miss: the later claim adds what the first did not tell (a new detail): it keeps
    # its link
    text = RESTATED.replace(
        "Marr repeated that the supply ship had run aground off Cape Vell",
        "Marr said that the supply ship had lost its rudder off Cape Vell",
    )
    st = parsed_statements(text)
    later = statement_with(st, "lost its rudder")
    answer = statement_with(st, "simply not true")
    assert later["id"] in answer["denies"]


SINGLE_QUOTED = (
    "Velmar calls it 'a misreading'\n\n"
    "The Dorval Herald reported on Monday that Velmar had closed the river port to foreign "
    "barges.\n\n"
    "Velmar's transport ministry denied the report on Tuesday.\n"
)


def test_a_headline_calls_with_a_single_quoted_label_is_a_statement():
    st = parsed_statements(SINGLE_QUOTED)
    headline = statement_with(st, "calls it 'a misreading'")
    assert "Velmar" in headline["names"]


def test_switched_off_the_single_quoted_label_is_no_statement(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "calls-it-single-quoted")
    st = parsed_statements(SINGLE_QUOTED)
    assert not any("misreading" in s["text"] for s in st)


def test_an_apostrophe_or_an_unclosed_quote_is_no_label():
    # near misses: `Velmar's` is an apostrophe inside a word; a quotation mark never closed
    for text in (
        "Radio Velmar calls Velmar's mayor every week.\n",
        "Velmar calls it 'a misreading of the whole affair, the report and everything in it.\n",
    ):
        st = parsed_statements(text)
        assert not any("calls" in s["text"] for s in st), text
