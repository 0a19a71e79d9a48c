"""Attribution on constructions of news copy the speech-act passes read wrongly or missed (the
eighth recall session), on sentences written for these tests: who says what, and that each rule
can be switched off."""

import pytest

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with, statements_by

ANSWERED = (
    'Velmar\'s fishing minister, Ona Brisk, on Thursday accused Kessia of "stalling" a joint '
    "quota deal, a charge the Kessian fisheries board rejected within hours."
)
AFTER_TRADERS = (
    "Pepper prices fell for a second day on Tuesday after traders said the Velmar port had "
    "halted exports."
)
DECLINED = (
    'The Kessian interior ministry said the matter was "between the two firms" and declined '
    "to comment further."
)
PERSON_OF_BODY = (
    "Freight analyst Tomas Rell of the Orvale Transit Institute said such delays were common "
    "on new lines."
)
PRESENTED = (
    "The Velmar dock workers' union said on Monday that cranes had stood idle for a week.\n\n"
    "Orvale port chairman Dario Quent was not persuaded. Reached by telephone, he said the port "
    "had worked every shift."
)
REPORTED_TAIL = (
    "The Kessian ministry has told the rail operator to stop booking trains from May, two of "
    "the people said, asking not to be named."
)
SPLIT_QUOTE = (
    "The Orvale Courier stood by its story on Monday.\n\n"
    '"Every figure in our report comes from papers we have seen," the note said, "and we will '
    'publish more of them."'
)
SHORT_LEAD = "One of the harbour officials said a meeting was planned for Monday."
ADVERBIAL_IT = (
    "The Velmar Ministry of Trade said on Monday that the border had stayed open.\n\n"
    "The Kessian Ministry of Transport gave a very different account. In a statement carried "
    "by its own news service, it said the border had been shut since Friday."
)
FURNITURE = (
    "The Velmar Ministry of Trade said on Monday that the border had stayed open.\n\n"
    "More on this story\nKessia denies quota deal with Velmar\n"
    "Orvale council confirms road work schedule\n"
)


def _off(monkeypatch, rule):
    monkeypatch.setenv(DISABLE_ENV, rule)


def test_a_charge_another_speaker_rejected_is_that_speakers_denial():
    said = parsed_statements(ANSWERED)
    denial = statements_by(said, "fisheries board", "denial")[0]
    assert "a charge" in denial["text"]
    assert "accused" not in denial["text"]
    claim = statement_with(said, "accused Kessia")
    assert "rejected" not in claim["text"]


def test_answered_apposition_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "answered-apposition")
    said = parsed_statements(ANSWERED)
    assert not any("fisheries board" in n.lower() for s in said for n in s["names"])


def test_the_subject_after_a_subordinator_speaks():
    said = parsed_statements(AFTER_TRADERS)
    assert [s["names"][0] for s in said] == ["traders"]


def test_inner_subordinate_speaker_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "inner-subordinate-speaker")
    said = parsed_statements(AFTER_TRADERS)
    assert not any(s["names"] and s["names"][0] == "traders" for s in said)


def test_said_and_declined_to_comment_is_one_statement():
    said = parsed_statements(DECLINED)
    assert len(said) == 1
    assert "declined to comment further" in said[0]["text"]


def test_said_and_declined_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "said-and-declined")
    assert len(parsed_statements(DECLINED)) == 2


def test_a_person_of_a_body_speaks_not_the_whole_phrase():
    said = parsed_statements(PERSON_OF_BODY)
    assert said[0]["names"][0] == "Tomas Rell"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank of Orvale said rates would rise in June.",
        "The Government of Kessia denied the report on Monday.",
        "The Republic of Velmar said it would answer the note.",
    ],
)
def test_a_body_named_with_of_stays_one_name(sentence):
    said = parsed_statements(sentence)
    assert " of " in said[0]["names"][0]


def test_person_of_body_can_be_switched_off(monkeypatch):
    # session 13: `titled-name-of-body` (describe.py) reads a titled name before `of` and a
    # body too, so both are switched off for the whole phrase to come back
    _off(monkeypatch, "person-of-body,titled-name-of-body")
    said = parsed_statements(PERSON_OF_BODY)
    assert said[0]["names"][0] != "Tomas Rell"


def test_a_titled_name_just_presented_is_the_next_he():
    said = parsed_statements(PRESENTED)
    assert statement_with(said, "every shift")["names"][0] == "Dario Quent"


def test_presented_titled_name_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "presented-titled-name")
    said = parsed_statements(PRESENTED)
    assert "Dario Quent" not in statement_with(said, "every shift")["names"][:1]


def test_a_tail_attribution_after_a_comma_says_the_whole_sentence():
    said = parsed_statements(REPORTED_TAIL)
    assert len(said) == 1
    assert "people" in said[0]["names"][0]
    assert said[0]["text"].startswith("The Kessian ministry has told")


def test_reported_tail_keeps_a_named_speaker_the_agency_relays():
    text = "Ona Brisk said the quay would reopen in May, the agency said."
    said = parsed_statements(text)
    assert said[0]["names"][0] == "Ona Brisk"


def test_reported_tail_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "reported-tail")
    said = parsed_statements(REPORTED_TAIL)
    assert not any("people" in s["names"][0] for s in said if s["names"])


def test_a_quotation_split_by_its_document_is_one_statement():
    said = parsed_statements(SPLIT_QUOTE)
    split = statement_with(said, "publish more of them")
    assert "Every figure in our report" in split["text"]


def test_syntax_split_quote_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "syntax-split-quote")
    said = parsed_statements(SPLIT_QUOTE)
    split = statement_with(said, "publish more of them")
    assert "Every figure in our report" not in split["text"]


def test_a_short_lead_stays_in_the_statement():
    said = parsed_statements(SHORT_LEAD)
    assert said[0]["text"].startswith("One of the harbour officials said")


def test_short_lead_kept_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "short-lead-kept")
    said = parsed_statements(SHORT_LEAD)
    assert said[0]["text"].startswith("said")


def test_it_after_an_adverbial_is_the_body_the_sentence_before_opens_with():
    said = parsed_statements(ADVERBIAL_IT)
    shut = statement_with(said, "shut since Friday")
    assert any("Transport" in n for n in shut["names"])


def test_adverbial_then_it_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "adverbial-then-it")
    said = parsed_statements(ADVERBIAL_IT)
    shut = statement_with(said, "shut since Friday")
    assert not any("Transport" in n for n in shut["names"])


def test_a_related_headlines_block_is_no_speech():
    said = parsed_statements(FURNITURE)
    assert len(said) == 1
    assert statements_by(said, "Trade")
