"""Constructions of real officials' denials, seen on real news pages and tested here on invented
sentences: dismissal words (`mischievous`, `overreached`), a referral to a prosecutor as a step,
`a statement from X read in part`, a headline label of several words (`Fake News Alert:`), a label
in single quotation marks (`termed ... 'completely false'`) and a report named only by its outlet
(`the report run by X`) as the claim a denial answers (rules `statement-read-after-quote`,
`headline-label-phrases`, `labelled-single-quotes`, `report-run-by`, `denier-inquiry-step`)."""

import pytest

from .statements import parsed_statements, stance_of, statement_with, statements_by

REPORT = (
    "The Harbour Courier reported on Monday that the port authority had sold two cranes to a "
    "private firm.\n\n"
)


def _off(monkeypatch, names):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", names)


@pytest.mark.parametrize(
    "words",
    [
        "an untrue, scurrilous and mischievous report",
        "a report that had totally overreached",
        "a piece of yellow journalism",
    ],
)
def test_real_dismissal_words_make_a_denial(words):
    text = REPORT + f'Port director Alma Ruse said the story was "{words}".\n'
    assert stance_of(text, "Alma Ruse said") == "denial"


def test_a_plain_remark_without_those_words_stays_a_comment():
    text = REPORT + "Port director Alma Ruse said the cranes would be repainted in spring.\n"
    assert stance_of(text, "Alma Ruse said") != "denial"


def test_a_matter_referred_to_a_prosecutor_is_a_step_not_a_denial():
    text = (
        REPORT + 'The port authority denied the report. "The cranes were never sold," it said.\n\n'
        '"The matter has now been referred to the public prosecutor," the authority said.\n'
    )
    assert stance_of(text, "referred to the public prosecutor") == "comment"


def test_the_referral_rule_off_leaves_the_old_reading(monkeypatch):
    text = (
        REPORT + 'The port authority denied the report. "The cranes were never sold," it said.\n\n'
        '"The matter has now been referred to the public prosecutor," the authority said.\n'
    )
    _off(monkeypatch, "denier-inquiry-step")
    assert stance_of(text, "referred to the public prosecutor") == "denial"


READ = (
    REPORT
    + '"No crane has been sold to anyone," a statement from the Harbour Board read in part.\n'
)


def test_a_statement_from_its_issuer_read_in_part_is_the_issuers():
    s = statement_with(parsed_statements(READ), "No crane has been sold")
    assert "Harbour Board" in s["names"]
    assert s["stance"] == "denial"


def test_a_statement_read_to_reporters_is_no_act_of_the_statement():
    text = REPORT + "The chairman read a statement from the Harbour Board to reporters.\n"
    sts = parsed_statements(text)
    assert not any("Harbour Board" in s["names"] for s in sts)


def test_the_read_rule_off_misses_the_statement(monkeypatch):
    _off(monkeypatch, "statement-read-after-quote")
    sts = parsed_statements(READ)
    assert not any("Harbour Board" in s["names"] for s in sts)


LABEL = "Fake News Alert: Cranes not sold, says port director\n\n" + REPORT


def test_a_label_of_several_words_before_a_headline_colon_is_no_speaker():
    sts = parsed_statements(LABEL)
    assert not any("Fake News Alert" in s["names"] for s in sts)


def test_a_country_before_a_headline_colon_still_speaks():
    text = "Kenya: Cranes were never sold to anyone\n\n" + REPORT
    sts = parsed_statements(text)
    assert any("Kenya" in s["names"] for s in sts)


def test_the_label_rule_off_reads_the_label_as_speaker(monkeypatch):
    _off(monkeypatch, "headline-label-phrases")
    sts = parsed_statements(LABEL)
    assert any("Fake News Alert" in s["names"] for s in sts)


TERMED = (
    "Kenya has termed the recent report run by the Harbour Courier 'completely false and "
    "misleading'.\n\n"
    '"This is not true," port minister Alma Ruse told reporters on Monday.\n'
)


def test_a_label_in_single_quotes_makes_termed_a_statement():
    s = statement_with(parsed_statements(TERMED), "has termed the recent report")
    assert s["stance"] == "denial"


def test_termed_without_any_label_is_no_statement():
    text = "Kenya has termed the new levy a tax on trade.\n\n" + TERMED.split("\n\n")[1]
    sts = parsed_statements(text)
    assert not any("termed the new levy" in s["text"] for s in sts)


def test_the_single_quote_rule_off_misses_the_termed_denial(monkeypatch):
    _off(monkeypatch, "labelled-single-quotes")
    sts = parsed_statements(TERMED)
    assert not any("has termed the recent report" in s["text"] for s in sts)


def test_a_report_named_by_its_outlet_is_the_outlets_claim_and_is_answered():
    sts = parsed_statements(TERMED)
    claim = statements_by(sts, "Harbour Courier", "claim")[0]
    denial = statement_with(sts, "has termed the recent report")
    assert claim["id"] in denial["denies"]


def test_a_report_run_by_an_outlet_is_no_new_claim_when_a_claim_is_told():
    sts = parsed_statements(REPORT + TERMED)
    claims = [s for s in sts if s["stance"] == "claim"]
    assert len(claims) == 1


def test_the_run_by_rule_off_makes_no_claim(monkeypatch):
    _off(monkeypatch, "report-run-by")
    sts = parsed_statements(TERMED)
    assert not any(s["stance"] == "claim" for s in sts)


def test_a_negation_after_a_report_named_only_by_its_outlet_stays_a_denial():
    text = TERMED + (
        "\nThe minister also said there was no plan to sell any crane to a private firm.\n"
    )
    sts = parsed_statements(text)
    assert statement_with(sts, "no plan to sell")["stance"] == "denial"


EXCLUDED = (
    "Kenya's port authority on Saturday said reports about the sale of two cranes were false.\n\n"
    "Some newspapers (not the Harbour Courier) have reported the sale of two cranes to a "
    "private firm.\n"
)


def test_an_outlet_left_out_in_a_parenthesis_is_not_the_speaker():
    s = statement_with(parsed_statements(EXCLUDED), "the sale of two cranes to a private")
    assert "Some newspapers" in s["names"]


def test_an_outlet_in_apposition_without_not_is_still_named():
    text = EXCLUDED.replace("Some newspapers (not the Harbour Courier)", "The Harbour Courier")
    s = statement_with(parsed_statements(text), "the sale of two cranes to a private")
    assert "Harbour Courier" in s["names"]


def test_the_exclusion_rule_off_takes_the_left_out_outlet(monkeypatch):
    _off(monkeypatch, "exclusion-parenthesis")
    s = statement_with(parsed_statements(EXCLUDED), "the sale of two cranes to a private")
    assert "Some newspapers" not in s["names"]


CLARIFIED = (
    REPORT + "The port authority has issued a clarification on the news of the crane sale, "
    "calling it false.\n"
)


def test_a_clarification_issued_on_a_report_is_a_denial():
    s = statement_with(parsed_statements(CLARIFIED), "issued a clarification on the news")
    assert s["stance"] == "denial"


def test_a_statement_issued_on_a_topic_without_a_participle_is_no_act():
    text = REPORT + "The port authority has issued a statement on the crane sale.\n"
    sts = parsed_statements(text)
    assert not any("issued a statement on the crane" in s["text"] for s in sts)


def test_the_clarification_rule_off_misses_it(monkeypatch):
    _off(monkeypatch, "issued-clarification-on")
    sts = parsed_statements(CLARIFIED)
    assert not any(s["text"].startswith("The port authority has issued") for s in sts)
