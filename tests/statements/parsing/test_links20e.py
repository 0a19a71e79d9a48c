"""Constructions behind link errors of dev articles (a helper's share of session 20), tested on
invented sentences: a side saying its own minister's remarks were `taken out of context` defends
them and answers no one; a claim told as `a very different account` of a report before it
contradicts that report; a briefing answer calling the measure a question reported `a normal and
routine measure` that `should not be over-interpreted` grants that claim and denies the report it
was put in support of; an actor a report names saying its conduct was `fully compliant with`
the rules denies that report (rules `own-side-words-defended`, `contrary-account`,
`routine-measure-granted`, `compliance-asserted`)."""

from .statements import parsed_statements, statement_with


def _off(monkeypatch, names):
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", names)


def _texts(statements, ids):
    by_id = {s["id"]: s for s in statements}
    return [by_id[i]["text"] for i in ids]


OWN = (
    "The weekly Corvan Post reported on Tuesday that Marovia and Veldonia had signed a secret "
    "deal to build a dam on the Ister river.\n\n"
    "Marovia's water ministry denied the report, saying no agreement had been signed.\n\n"
    'Veldonian energy minister Tomas Brell said that "talks did take place, but nothing was '
    'signed."\n\n'
    "The Veldonian Energy Ministry later said that Minister Tomas Brell's remarks were \"taken "
    'out of context."\n'
)


def test_a_side_defending_its_own_ministers_remarks_answers_no_one():
    defended = statement_with(parsed_statements(OWN), "taken out of context")
    assert defended["stance"] == "denial"
    assert defended["denies"] == []
    assert defended["confirms"] == []


def test_another_side_calling_the_ministers_remarks_out_of_context_denies_them():
    text = OWN.replace(
        "The Veldonian Energy Ministry later said", "Marovia's water ministry later said"
    )
    sts = parsed_statements(text)
    targets = _texts(sts, statement_with(sts, "taken out of context")["denies"])
    assert targets and all("talks did take place" in t for t in targets)


def test_the_own_side_rule_off_links_the_defence_to_the_ministers_words(monkeypatch):
    _off(monkeypatch, "own-side-words-defended")
    assert statement_with(parsed_statements(OWN), "taken out of context")["denies"] != []


CONTRARY = (
    "The news site Harbour Lines reported on Wednesday that Marovia had suspended talks on a new "
    "ferry route to Veldonia until further notice.\n\n"
    "Hours later, the daily Corvan Post published a very different account. Citing an adviser "
    "to the minister, it reported that the talks would continue as planned and that a draft "
    "contract would be ready by June.\n"
)


def test_a_report_told_as_a_different_account_contradicts_the_report_before_it():
    sts = parsed_statements(CONTRARY)
    rival = statement_with(sts, "continue as planned")
    assert rival["stance"] == "claim"
    assert _texts(sts, rival["denies"]) == [statement_with(sts, "until further notice")["text"]]
    # the sentence that only names the account carries nothing to deny with
    assert statement_with(sts, "published a very different account")["denies"] == []


def test_a_report_told_as_a_detailed_account_contradicts_nothing():
    text = CONTRARY.replace("a very different account", "a detailed account")
    assert statement_with(parsed_statements(text), "continue as planned")["denies"] == []


def test_the_contrary_account_rule_off_leaves_the_rival_report_unlinked(monkeypatch):
    _off(monkeypatch, "contrary-account")
    assert statement_with(parsed_statements(CONTRARY), "continue as planned")["denies"] == []


ROUTINE = (
    "Transcript: Regular press briefing by the Foreign Ministry of Marovia, 4 June 2026\n\n"
    "Q: The Veldon Times reported yesterday that Marovian customs has stopped clearing fruit "
    "lorries at the Ister crossing since May 6. Can you confirm?\n\n"
    "Ansel Varro: As far as I know, customs clearance at the Ister crossing is operating "
    "normally.\n\n"
    "Q: A Veldonian trade official told our reporter this morning that his ministry had received "
    'a written notice from the Marovian side about "stricter inspections" of fruit lorries. What '
    "is your comment?\n\n"
    "Ansel Varro: Stricter inspection is a normal and routine measure taken in accordance with "
    "the law, and it should not be over-interpreted.\n\n"
    "Q: Will the minister visit Veldon next week?\n\n"
    "Ansel Varro: We will release information in due course.\n"
)


def test_an_answer_calling_the_asked_measure_routine_grants_it_and_denies_the_report():
    sts = parsed_statements(ROUTINE)
    answer = statement_with(sts, "normal and routine measure")
    assert answer["stance"] == "denial"
    assert _texts(sts, answer["confirms"]) == [statement_with(sts, "written notice")["text"]]
    assert _texts(sts, answer["denies"]) == [statement_with(sts, "stopped clearing")["text"]]


def test_an_answer_denying_the_measure_denies_the_asked_claim_only():
    text = ROUTINE.replace(
        "Stricter inspection is a normal and routine measure taken in accordance with the law, "
        "and it should not be over-interpreted.",
        "Stricter inspection is not being carried out at the crossing, and lorries are passing "
        "as before.",
    )
    sts = parsed_statements(text)
    answer = statement_with(sts, "not being carried out")
    assert answer["confirms"] == []
    assert _texts(sts, answer["denies"]) == [statement_with(sts, "written notice")["text"]]


def test_the_routine_measure_rule_off_denies_the_asked_claim(monkeypatch):
    _off(monkeypatch, "routine-measure-granted")
    sts = parsed_statements(ROUTINE)
    answer = statement_with(sts, "normal and routine measure")
    assert answer["confirms"] == []
    assert _texts(sts, answer["denies"]) == [statement_with(sts, "written notice")["text"]]


COMPLIANT = (
    "The Ister Ledger reported on Monday that the state trader Velkor Grain had agreed to sell "
    "200,000 tonnes of barley to Marovia far below the market price.\n\n"
    "Marovia's trade ministry denied that any discount had been offered.\n\n"
    'Velkor Grain said in a statement on Wednesday that its contracts had been "fully compliant '
    'with internal pricing procedures".\n'
)


def test_an_actor_the_report_names_saying_it_kept_to_the_rules_denies_the_report():
    sts = parsed_statements(COMPLIANT)
    compliant = statement_with(sts, "fully compliant")
    assert compliant["stance"] == "denial"
    assert _texts(sts, compliant["denies"]) == [statement_with(sts, "Velkor Grain had")["text"]]


def test_an_actor_no_claim_names_saying_it_kept_to_the_rules_stays_a_comment():
    text = COMPLIANT.replace("the state trader Velkor Grain had", "a state trader had")
    assert statement_with(parsed_statements(text), "fully compliant")["stance"] == "comment"


def test_the_compliance_rule_off_leaves_the_remark_a_comment(monkeypatch):
    _off(monkeypatch, "compliance-asserted")
    compliant = statement_with(parsed_statements(COMPLIANT), "fully compliant")
    assert compliant["stance"] == "comment"
    assert compliant["denies"] == []
