"""Claims found upstream of the linker: a report's quoted source, a report a denial names
beside another claim, a claim summed up inside a denial's sentence, `no such ...` answers.
Every article here is invented for the test."""

import pytest

from statements.parsing import link_model
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

RELEASE = (
    "The Ministry of Fisheries has taken note of a publication by the coastal weekly, The "
    "Brindle Herald, in its edition of Tuesday, alleging that the Government of Corvia had "
    '"secretly sold" two patrol boats to a private firm.\n\n'
    "We reject this publication as false and without foundation.\n\n"
    'The same publication quoted "a senior official in Tarsk" as saying that the government '
    "intends to close every foreign-owned cannery on the coast.\n\n"
    '"We know of no such official, and no such closure is under consideration," the ministry '
    "said.\n"
)


def test_a_source_quoted_by_the_same_publication_is_a_claim():
    st = parsed_statements(RELEASE)
    source = statement_with(st, "close every foreign-owned cannery")
    assert source["stance"] == "claim"
    assert any("senior official" in n for n in source["names"])
    assert not any('"' in n for n in source["names"])


def test_no_such_answers_the_claim_it_points_back_at(monkeypatch):
    # the rules' reading (`refers-back`); the learned pass after them (`link-model`) may add the
    # report's further claim, as the gold of several sets does
    monkeypatch.setattr(link_model, "model", lambda: None)
    st = parsed_statements(RELEASE)
    source = statement_with(st, "close every foreign-owned cannery")
    answer = statement_with(st, "no such closure")
    assert answer["denies"] == [source["id"]]


def test_a_reports_own_source_does_not_back_the_report():
    st = parsed_statements(RELEASE)
    assert statement_with(st, "close every foreign-owned cannery")["confirms"] == []


def test_a_report_noun_quoting_a_source_is_found_only_with_the_rule(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-quoted-source")
    st = parsed_statements(RELEASE)
    assert not any("foreign-owned cannery" in s["text"] for s in st)


SUMMED_UP = (
    "Varnia on Monday denied that its coastguard had rammed a fishing trawler off Cape Dell, "
    "contradicting a statement by the Ostrel government, which said a Varnian cutter had "
    "struck the boat.\n\n"
    'The Ostrel fisheries ministry said on Sunday that the trawler "was rammed twice by a '
    'Varnian coastguard cutter" and that two crew members had been hurt.\n\n'
    'Varnian coastguard commander Pell Oderin said his cutters "were in port all weekend."\n'
)


def test_the_full_telling_of_a_summed_up_claim_is_what_the_answers_answer():
    st = parsed_statements(SUMMED_UP)
    full = statement_with(st, "rammed twice")
    answer = statement_with(st, "in port all weekend")
    assert answer["stance"] == "denial"
    assert answer["denies"] == [full["id"]]


def test_the_lede_denial_answers_the_claim_in_its_own_sentence_too():
    st = parsed_statements(SUMMED_UP)
    lede = statement_with(st, "denied that its coastguard")
    summed = statement_with(st, "cutter had struck the boat")
    full = statement_with(st, "rammed twice")
    assert set(lede["denies"]) == {summed["id"], full["id"]}


def test_without_the_rule_the_summary_stays_the_lead_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "summary-then-full-claim")
    st = parsed_statements(SUMMED_UP)
    summed = statement_with(st, "cutter had struck the boat")
    assert statement_with(st, "in port all weekend")["denies"] == [summed["id"]]


FURTHER_REPORT = (
    "Several newspapers reported on Friday that the Government of Lusma had stopped paying "
    "its share of the upkeep of the Tarrow lighthouse.\n\n"
    "The Ministry of Works said the information was false and that every payment had been "
    "made on time.\n\n"
    'The Ministry also rejects as entirely unfounded the statements attributed to "harbour '
    'sources" concerning an alleged meeting of the two port chiefs in Calder on 3 May.\n\n'
    '"No such meeting took place," the ministry said.\n'
)


def test_a_report_a_denial_names_beside_another_claim_is_a_claim_of_its_source():
    st = parsed_statements(FURTHER_REPORT)
    carried = [s for s in st if s["stance"] == "claim" and "alleged meeting" in s["text"]]
    assert carried, st
    assert any("harbour sources" in n for n in carried[0]["names"])
    assert statement_with(st, "No such meeting")["denies"] == [carried[0]["id"]]


@pytest.mark.parametrize("rule", ["carried-report-other-source"])
def test_without_the_rule_no_further_report_is_carried(monkeypatch, rule):
    monkeypatch.setenv(DISABLE_ENV, rule)
    st = parsed_statements(FURTHER_REPORT)
    assert not any(s["stance"] == "claim" and "alleged meeting" in s["text"] for s in st)


NAMED_REPORT = (
    "Ostbrook's report, first aired on Thursday, said a grey tanker had anchored off the "
    "Pellan shoals without a permit.\n\n"
    "The Sorvian navy said its patrols had found no ship at the shoals.\n\n"
    "The harbour office of Dunmar has confirmed the core of the Ostbrook report.\n"
)


def test_what_an_outlets_report_says_is_its_claim():
    st = parsed_statements(NAMED_REPORT)
    report = statement_with(st, "grey tanker had anchored")
    assert report["stance"] == "claim"
    assert any("Ostbrook" in n for n in report["names"])


# Since the outlet rules (report-owner-outlet) make `Ostbrook` a medium, `source-report` reads
# its report's words as its claim before `report-says` is asked; either rule names the decision.
READS_A_REPORT = ("report-says", "source-report")


def test_what_a_report_says_is_read_by_a_named_rule_only_when_it_is_on(monkeypatch):
    report = statement_with(parsed_statements(NAMED_REPORT), "grey tanker had anchored")
    assert report["stance"] == "claim"
    assert any(r.startswith(READS_A_REPORT) for r in report["rules"])
    monkeypatch.setenv(DISABLE_ENV, ",".join(READS_A_REPORT))
    report = statement_with(parsed_statements(NAMED_REPORT), "grey tanker had anchored")
    assert not any(r.startswith(READS_A_REPORT) for r in report["rules"])


ACCUSATION_FIRST = (
    "Opposition deputy Mara Lind accused the port authority of hiding a fuel spill at Dunmar.\n\n"
    + NAMED_REPORT
)


def test_an_answer_naming_an_outlets_report_answers_that_report():
    st = parsed_statements(ACCUSATION_FIRST)
    report = statement_with(st, "grey tanker had anchored")
    confirmation = statement_with(st, "confirmed the core")
    assert confirmation["stance"] == "confirmation"
    assert confirmation["confirms"] == [report["id"]]
    assert [x["rule"] for x in confirmation["links"]] == ["named-account"]


def test_without_the_rule_the_named_report_is_not_read(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "named-report")
    confirmation = statement_with(parsed_statements(ACCUSATION_FIRST), "confirmed the core")
    assert "named-account" not in [x["rule"] for x in confirmation["links"]]


CONTRADICTED = (
    "Marevia said on Tuesday that no contract had been signed for the Oskel ferry line, "
    "contradicting an announcement by the Tessarin transport ministry a day earlier.\n\n"
    "On Monday, the Tessarin transport ministry's spokesman, Juro Pavlek, told reporters that "
    'the two governments had "signed the contract" for a daily ferry. He said tickets would go '
    "on sale in June.\n"
)


def test_the_account_an_answer_contradicts_is_a_claim():
    st = parsed_statements(CONTRADICTED)
    account = statement_with(st, "signed the contract")
    assert account["stance"] == "claim"
    assert any("contradicted-account" in r for r in account["rules"])
    denial = statement_with(st, "no contract had been signed")
    assert account["id"] in denial["denies"]


def test_without_the_rule_the_contradicted_account_is_not_read(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "contradicted-account")
    account = statement_with(parsed_statements(CONTRADICTED), "signed the contract")
    assert not any("contradicted-account" in r for r in account["rules"])


PARENTHETICAL = (
    "The Dunmore Courier published what it described as a letter from the Ostrel finance "
    "ministry on Tuesday. The letter, according to the newspaper, proposed that Ostrel cut fuel "
    "subsidies by half from next year.\n\n"
    "The finance ministry said the letter was a forgery.\n"
)


def test_according_to_in_parenthesis_gives_the_whole_sentence_to_its_source():
    st = parsed_statements(PARENTHETICAL)
    claim = statement_with(st, "cut fuel subsidies by half")
    assert claim["stance"] == "claim"
    assert claim["text"].startswith("The letter")
    assert any("Courier" in n for n in claim["names"])


def test_according_to_after_that_is_no_parenthesis_of_the_whole_sentence(monkeypatch):
    text = (
        "Trade minister Olek Varga pointed out that, according to customs data, exports of "
        "Ostrel cheese rose by a tenth last year.\n"
    )
    with_rule = [s["text"] for s in parsed_statements(text)]
    monkeypatch.setenv(DISABLE_ENV, "according-to-parenthetical")
    assert [s["text"] for s in parsed_statements(text)] == with_rule


def test_a_time_span_before_the_speaker_is_no_content_of_its_own(monkeypatch):
    text = (
        "The Norrow Post reported on Monday that the canal would close in May.\n\n"
        "Two days later, the Tessel Herald published a very different account.\n"
    )
    assert not any(s["text"].strip() == "Two days later" for s in parsed_statements(text))
    monkeypatch.setenv(DISABLE_ENV, "time-span-adverbial,short-tail")  # (the bare fragment)
    assert any(s["text"].strip() == "Two days later" for s in parsed_statements(text))


SPLIT = (
    "The Tarn Courier reported on Monday that Osvia and Bellmark had signed a fishing deal.\n\n"
    'An Osvian trade official said talks had been held. There was, he said, "no signed '
    'agreement of any kind".\n'
)


def test_a_quotation_split_by_its_attribution_runs_to_the_end_of_the_sentence():
    st = parsed_statements(SPLIT)
    hit = statement_with(st, "There was")
    assert "no signed agreement of any kind" in hit["text"]


def test_without_the_rule_the_split_quotation_keeps_its_first_words_only(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "split-quotation")
    hit = statement_with(parsed_statements(SPLIT), "There was")
    assert "no signed agreement" not in hit["text"]
