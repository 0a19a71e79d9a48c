"""The ends of links: claims and answers a parser used to miss or read with the wrong stance.
Every article here is invented for the test."""

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statement_with

# A side denies in its own words, then tells its counter-account by `According to him`.
ACCORDING_TO_HIM = (
    "Orland says Kessia halted bus service\n\n"
    "The Orland Courier reported on Monday that Kessia had halted the night bus service to "
    "Portvale.\n\n"
    "Kessia's deputy transport minister, Arno Velt, said on Tuesday that the service had not "
    "been halted. According to him, departures were moved to a later hour while the approach "
    "road is repaired.\n"
)


def test_what_a_denier_tells_by_according_to_is_a_denial_of_the_report():
    st = parsed_statements(ACCORDING_TO_HIM)
    reply = statement_with(st, "moved to a later hour")
    report = statement_with(st, "halted the night bus service")
    assert reply["stance"] == "denial"
    assert report["id"] in reply["denies"]


def test_without_the_rule_only_a_verb_of_denial_makes_a_denier(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "denier-according-to-any")
    st = parsed_statements(ACCORDING_TO_HIM)
    assert statement_with(st, "moved to a later hour")["stance"] != "denial"


def test_a_headline_denial_makes_no_denier_of_its_side():
    text = (
        "Kessia says bus service was not halted\n\n"
        "The Orland Courier reported on Monday that Kessia had halted the night bus service.\n\n"
        "According to Kessia's transport ministry, a new timetable will be published in May.\n"
    )
    st = parsed_statements(text)
    assert statement_with(st, "new timetable")["stance"] != "denial"


# A report that stands as the subject of its own dismissal carries its outlets' claim.
SUBJECT_REPORT = (
    "Developer denies tower plans\n\n"
    'Reports by some Orland outlets about a planned office tower on the harbour site were "pure '
    'invention", the developer, Velt Bouw, said in an email to Radio Kessia.\n'
)


def test_a_report_dismissed_as_a_subject_is_the_outlets_claim():
    st = parsed_statements(SUBJECT_REPORT)
    claims = [s for s in st if s["text"].startswith("a planned office tower on the harbour site")]
    assert claims, [s["text"] for s in st]
    claim = claims[0]
    assert claim["stance"] == "claim"
    assert any("outlets" in n for n in claim["names"])
    denial = statement_with(st, "pure invention")
    assert denial["stance"] == "denial"
    assert claim["id"] in denial["denies"]


def test_claims_in_newspapers_that_were_baseless_carry_a_claim():
    text = (
        "Kessia denies fish quota cut\n\n"
        "The fisheries ministry said on Monday it had not cut the quota. Claims in some Portvale "
        'newspapers that the catch limit had been halved were also "entirely baseless", the '
        "statement added.\n"
    )
    st = parsed_statements(text)
    claim = [s for s in st if s["text"].startswith("the catch limit had been halved")]
    assert claim and claim[0]["stance"] == "claim"


def test_a_report_as_subject_of_no_dismissal_carries_no_claim():
    text = (
        "Kessia says tower delayed\n\n"
        "Reports by some Orland outlets about the tower were read widely, the developer said.\n"
    )
    st = parsed_statements(text)
    assert not any(s["stance"] == "claim" and s["text"] == "the tower" for s in st)
    assert all("read widely" in s["text"] or s["stance"] != "claim" for s in st)


def test_without_the_rule_the_dismissed_report_carries_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-subject-dismissed")
    st = parsed_statements(SUBJECT_REPORT)
    assert not any(
        s["stance"] == "claim" and s["text"].startswith("a planned office tower") for s in st
    )
