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


def test_a_claimant_negating_in_its_own_account_is_no_denier():
    text = (
        "Orland hauliers accuse Kessia over toll\n\n"
        "The Orland Hauliers' Union on Monday accused Kessia of charging its lorries an unlawful "
        'toll at the Dorn bridge. "There is no law behind it," the union\'s head said. According '
        "to the union, its members have paid 9,000 crowns since January.\n\n"
        "Kessia's transport ministry rejected the accusation.\n"
    )
    st = parsed_statements(text)
    assert statement_with(st, "9,000 crowns")["stance"] == "claim"


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


# A participle after the main statement rejects a claim named with its speaker.
PARTICIPLE = (
    "Kessia denies lorry escort fee\n\n"
    "Kessia's customs service has no plans to charge Orland lorries for an escort, its deputy "
    "head Arno Velt told the Portvale Herald, rejecting a claim by the Orland Hauliers' Union "
    "that a fee of 40 crowns per truck would be introduced in May.\n"
)


def test_a_participle_rejecting_a_claim_by_someone_carries_the_claim():
    st = parsed_statements(PARTICIPLE)
    claims = [s for s in st if s["text"].startswith("a fee of 40 crowns")]
    assert claims and claims[0]["stance"] == "claim"
    assert any("Hauliers" in n for n in claims[0]["names"])
    answer = statement_with(st, "no plans to charge")
    assert answer["stance"] == "denial"
    assert claims[0]["id"] in answer["denies"]


def test_without_the_rule_the_participle_carries_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "participle-rejects-claim")
    st = parsed_statements(PARTICIPLE)
    assert not any(s["text"].startswith("a fee of 40 crowns") for s in st)


def test_a_participle_rejecting_a_claim_by_an_outlet_described_carries_none():
    text = (
        "Kessia denies lorry escort fee\n\n"
        "The Portvale Herald reported on Monday that lorries at Dorn paid 40 crowns for an "
        "escort.\n\n"
        "Kessia's customs service said it had charged no escort fee, rejecting a report by a "
        "Portvale daily that a fee of 40 crowns per truck had been charged since May.\n"
    )
    st = parsed_statements(text)
    assert not any(s["text"].startswith("a fee of 40 crowns") for s in st)


# An absolute clause whose participle accuses, in a sentence with no verb of saying.
WITH_ACCUSING = (
    "Kessia and Orland clash over river report\n\n"
    "Kessia and Orland clashed at the river commission on Tuesday over a survey of the Dorn, "
    "with Kessia accusing Orland of hiding the findings for a year and Orland accusing Kessia "
    "of leaking them to the press.\n\n"
    "Orland's envoy denied that his government had hidden anything.\n"
)


def test_each_accuser_of_a_with_clause_makes_a_claim():
    st = parsed_statements(WITH_ACCUSING)
    first = statement_with(st, "hiding the findings")
    second = statement_with(st, "leaking them to the press")
    assert first["stance"] == second["stance"] == "claim"
    assert "Kessia" in first["names"] and "Orland" in second["names"]
    assert "leaking" not in first["text"]
    assert first["id"] in statement_with(st, "hidden anything")["denies"]


def test_with_a_participle_of_no_speech_makes_no_claim():
    text = (
        "Kessia and Orland sign river accord\n\n"
        "The two governments signed the accord on Tuesday, with Kessia hosting the ceremony.\n"
    )
    assert not any("hosting" in s["text"] for s in parsed_statements(text))


def test_without_the_rule_a_with_clause_makes_no_claim(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "with-accusing")
    st = parsed_statements(WITH_ACCUSING)
    assert not any("hiding the findings" in s["text"] for s in st)


# A headline's present `calls X "label"` is a verb of saying.
CALLS = (
    'Kessia calls Orland cheese report "fake"\n\n'
    "The Orland Courier reported on Monday that Kessia had banned cheese from Orland.\n\n"
    "Kessia's trade ministry said on Tuesday that no ban had been imposed.\n"
)


def test_a_headline_calling_a_report_fake_is_a_denial_of_it():
    st = parsed_statements(CALLS)
    head = statement_with(st, "calls Orland cheese report")
    assert head["stance"] == "denial"
    assert "Kessia" in head["names"]
    assert statement_with(st, "banned cheese from Orland")["id"] in head["denies"]


def test_terms_and_calls_as_nouns_are_no_verbs(monkeypatch):
    text = (
        "Kessia and Orland sign cheese accord\n\n"
        'Orland lorries will enter Kessia on the same terms as "all others". '
        'Two ships ignored repeated radio calls "to turn back".\n'
    )
    with_rule = [(s["stance"], s["text"]) for s in parsed_statements(text)]
    monkeypatch.setenv(DISABLE_ENV, "calls-it-label")
    assert with_rule == [(s["stance"], s["text"]) for s in parsed_statements(text)]


def test_without_the_rule_a_headline_calls_nothing(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "calls-it-label")
    st = parsed_statements(CALLS)
    assert not any("calls Orland cheese report" in s["text"] for s in st)
