"""Claims told the way news states them, found as claims: a claim inside a denial whose
claimant makes another claim later (`X also accused ...`), more of a claimant's account told
with its document as the speaker (`The complaint also says ...`), and a report a question names
(`Asked about a report by X that Y, ...`). Every article here is invented for the test."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


def _claim_with(statements, words):
    hits = [s for s in statements if words in s["text"] and s["stance"] == "claim"]
    assert hits, f"no claim with {words!r}: {[(s['stance'], s['text']) for s in statements]}"
    return hits[0]


LATER_CLAIM = (
    "The Varsk town council has rejected a claim by councillor Ana Drell that it sold the old "
    "ferry slipway to a private marina without a vote.\n\n"
    "Drell also accused the mayor of ignoring a petition signed by 400 residents.\n\n"
    'Mayor Ivo Tarn said the slipway was "still ours".\n'
)


def test_a_claim_inside_a_denial_is_its_own_when_the_claimant_later_claims_something_else():
    st = parsed_statements(LATER_CLAIM)
    claim = _claim_with(st, "private marina")
    assert claim["text"].startswith("it sold")
    assert claim["id"] in statement_with(st, "rejected a claim")["denies"]


def test_without_the_rule_a_later_claim_of_the_claimant_stands_for_the_carried_one(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "embedded-later-claim")
    st = parsed_statements(LATER_CLAIM)
    assert not any(s["text"].startswith("it sold") for s in st)


def test_a_claim_the_claimant_told_before_the_denial_is_not_carried_again():
    text = (
        "Councillor Ana Drell said on Monday that the council had sold the old ferry slipway to "
        "a private marina.\n\n"
        "The Varsk town council has rejected a claim by Ana Drell that it sold the slipway "
        "without a vote.\n"
    )
    st = parsed_statements(text)
    assert not any(s["text"].startswith("it sold") for s in st)


COMPLAINT = (
    "In a complaint filed at the district court, the Tarsk hauliers' union has alleged that "
    "Orvian customs charged its lorries twice at the Vell crossing.\n\n"
    "The complaint also says officers kept drivers waiting for two days.\n\n"
    'Orvian customs said the charges were "lawful and uniform".\n'
)


def test_the_document_a_claim_was_told_in_speaks_for_its_author():
    st = parsed_statements(COMPLAINT)
    more = statement_with(st, "waiting for two days")
    assert more["stance"] == "claim"
    assert any("union" in n for n in more["names"])


def test_without_the_rule_the_documents_further_words_stay_a_comment(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "document-speaks,report-speaks-claims")
    st = parsed_statements(COMPLAINT)
    more = statement_with(st, "waiting for two days")
    assert more["stance"] != "claim" or not any("union" in n for n in more["names"])


def test_a_document_not_named_before_speaks_for_nobody_else():
    text = (
        "The Tarsk hauliers' union said on Monday that Orvian customs charged its lorries "
        "twice.\n\n"
        "The letter says the crossing was closed for a day.\n"
    )
    st = parsed_statements(text)
    assert not any("union" in n for n in statement_with(st, "closed for a day")["names"])


ASKED = (
    "The Orvian foreign ministry on Friday denied that it had agreed to hand the Vell ferry "
    "berth to a cruise line.\n\n"
    "Asked about a report by the Harbour Gazette that the berth would be leased for 30 years, "
    "spokesman Ivo Renn said no lease had been signed.\n"
)


def test_a_report_a_question_names_is_its_outlets_claim_answered_next_to_it():
    st = parsed_statements(ASKED)
    claim = _claim_with(st, "leased for 30 years")
    assert claim["text"].startswith("the berth would be leased")
    assert any("Harbour Gazette" in n for n in claim["names"])
    assert claim["id"] in statement_with(st, "no lease had been signed")["denies"]


def test_without_the_rule_the_question_names_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "asked-about-report")
    st = parsed_statements(ASKED)
    assert not any(s["text"].startswith("the berth would be leased") for s in st)


def test_a_reporter_asking_about_its_own_report_makes_its_outlets_claim():
    text = (
        "At the weekly briefing, a reporter from the Tarsk daily Morning Star asked about its "
        "report that the ferry would stop running in March. Spokesman Ivo Renn said no such "
        "decision had been taken.\n"
    )
    st = parsed_statements(text)
    claim = _claim_with(st, "stop running in March")
    assert any("Morning Star" in n for n in claim["names"])


def test_a_report_a_question_names_without_its_outlet_makes_no_claim():
    text = (
        "Asked about reports that the berth would be leased for 30 years, spokesman Ivo Renn "
        "said no lease had been signed.\n"
    )
    st = parsed_statements(text)
    assert not any(s["text"].startswith("the berth would be leased") for s in st)
