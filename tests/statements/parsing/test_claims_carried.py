"""Claims a parser used to miss: a report named by the outlet it ran in, the report told on after
a denial, a denial after a wire dateline with the agency's credit. Every article here is
invented for the test."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with


def _claim_with(statements, words):
    hits = [s for s in statements if words in s["text"] and s["stance"] == "claim"]
    assert hits, f"no claim with {words!r}: {[(s['stance'], s['text']) for s in statements]}"
    return hits[0]


REPORT_IN = (
    "The Corvian fisheries ministry on Tuesday rejected a report in the Harbour Gazette that it "
    "planned to close the northern grounds to foreign boats. The report also claimed that "
    "inspectors had been told to seize nets from Tarsk trawlers.\n\n"
    '"There is no such plan," spokesman Ivo Renn said.\n'
)


def test_a_report_named_by_its_outlet_inside_a_denial_is_the_outlets_claim():
    st = parsed_statements(REPORT_IN)
    claim = _claim_with(st, "close the northern grounds")
    assert any("Harbour Gazette" in n for n in claim["names"])
    assert claim["id"] in statement_with(st, "rejected a report")["denies"]


def test_the_report_told_on_after_the_denial_is_the_outlets():
    st = parsed_statements(REPORT_IN)
    more = statement_with(st, "seize nets")
    assert more["stance"] == "claim"
    assert any("Harbour Gazette" in n for n in more["names"])


def test_without_the_rule_the_outlet_named_after_in_carries_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-in-outlet")
    st = parsed_statements(REPORT_IN)
    assert not any("close the northern grounds" in s["text"] and s["stance"] == "claim" for s in st)


def test_a_report_in_a_month_names_no_outlet():
    text = (
        "The Corvian ministry rejected a report in March that it planned to close the northern "
        "grounds to foreign boats.\n"
    )
    st = parsed_statements(text)
    assert not any(s["stance"] == "claim" for s in st)


RUMOURS = (
    "The Tarsk economy ministry also rejected rumours in Corvian media that the minister "
    "planned to drop the cable project.\n"
)


def test_rumours_in_named_media_are_that_medias_claim():
    st = parsed_statements(RUMOURS)
    claim = _claim_with(st, "planned to drop the cable project")
    assert any("Corvian media" in n for n in claim["names"])


DATELINE = (
    "TARSK, March 4 (Corvia Wire) - Tarsk's agriculture ministry on Wednesday dismissed "
    "reports by some Corvian outlets about a ban on apricot imports, calling them "
    '"groundless".\n'
)


def test_a_dateline_with_the_agencys_credit_is_no_statement_of_its_own():
    st = parsed_statements(DATELINE)
    denial = statement_with(st, "dismissed reports")
    assert denial["stance"] == "denial"
    assert "TARSK" not in denial["text"]
    assert any("Corvian outlets" in n for n in _claim_with(st, "a ban on apricot")["names"])


SEEN = (
    "A document seen by the Harbour Gazette shows that the port authority was asked to "
    '"prepare for a closure of at least four months". The Corvian ministry denied this on '
    "Tuesday.\n"
)


def test_a_document_seen_by_an_outlet_is_the_outlets_claim():
    st = parsed_statements(SEEN)
    claim = _claim_with(st, "prepare for a closure")
    assert any("Harbour Gazette" in n for n in claim["names"])
    assert claim["id"] in statement_with(st, "denied this")["denies"]


def test_a_letter_seen_by_the_paper_is_not_the_letters_word():
    text = (
        "A letter seen by the Harbour Gazette said the ministry had ordered customs to slow "
        "Tarsk trucks.\n"
    )
    st = parsed_statements(text)
    claim = _claim_with(st, "ordered customs")
    assert not any(n.lower().endswith("letter") for n in claim["names"])


def test_without_the_rule_a_seen_document_speaks_for_nobody(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "seen-document")
    st = parsed_statements(SEEN)
    assert not any("prepare for a closure" in s["text"] for s in st)


def test_an_outlet_named_by_its_web_address_publishes_a_claim():
    text = (
        "Earlier, the portal Vesti.me published that the advance was paid without any "
        "guarantee. The Corvian ministry denied the report on Monday.\n"
    )
    st = parsed_statements(text)
    claim = _claim_with(st, "advance was paid")
    assert any("Vesti.me" in n for n in claim["names"])


def test_without_the_rule_a_web_address_is_cut_in_two(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "web-name-token")
    text = "Earlier, the portal Vesti.me published that the advance was paid without guarantee.\n"
    st = parsed_statements(text)
    assert not any("Vesti.me" in n for s in st for n in s["names"])


def test_a_subject_before_the_attribution_keeps_its_predicate_after_it():
    text = (
        "The Corvian ministry denied that the bridge had closed. The project, the minister "
        "said, was 19 months behind schedule because of the contractor.\n"
    )
    st = parsed_statements(text)
    said = statement_with(st, "19 months behind schedule")
    assert said["text"].startswith("The project")


def test_without_the_rule_the_subject_alone_is_no_statement(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "split-attribution")
    text = "The project, the minister said, was 19 months behind schedule because of delays.\n"
    st = parsed_statements(text)
    assert not any("19 months behind" in s["text"] for s in st)


def test_an_outlet_named_by_a_country_domain_is_placed_in_that_country():
    from .statements import actor_named, contract_with_actors

    text = (
        "Earlier, the portal Vesti.me published that the advance was paid without any guarantee.\n"
    )
    out, _ = contract_with_actors(text, None)
    assert actor_named(out, "Vesti.me")["country"] == "ME"


def test_a_route_joined_by_an_en_dash_is_no_speaker():
    text = (
        "The proposal would move sales on the Merz\u2013Tarsk line to a market price from July "
        "2027, said the people, who asked not to be identified.\n"
    )
    st = parsed_statements(text)
    said = statement_with(st, "market price")
    assert any("people" in n for n in said["names"])
    assert not any("Tarsk line" in n for n in said["names"])
