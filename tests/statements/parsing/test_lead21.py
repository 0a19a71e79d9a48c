"""The twenty-first session's lead rules, read off invented wire and newspaper stories in the
forms real news takes (Yonhap, Xinhua, ANI, Kyodo, AFP, Bloomberg, a Nigerian daily, Al
Jazeera): each rule with a sentence where it fires, a near miss, and a run with it switched off.
"""

import datetime as dt

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV

PUBLISHED = dt.date(2026, 6, 2)


def _read(text):
    """The contract's actors by id and its statements, each with its speaker's name."""
    out = to_contract(parse_article(text, published=PUBLISHED))
    actors = {a["id"]: a for a in out["actors"]}
    for s in out["statements"]:
        s["by"] = actors[s["speaker"]]["name"] if s["speaker"] in actors else None
    return actors, out["statements"]


def _said(statements, words):
    return next(s for s in statements if words in s["text"])


def _actor(actors, name):
    return next(a for a in actors.values() if a["name"] == name)


def _aff(actors, name):
    a = _actor(actors, name)
    return actors[a["affiliation"]]["name"] if a["affiliation"] else None


_YONHAP = (
    "(LEAD) Military confirms drone crossed border, denies report of shootdown failure\n\n"
    "SEOUL, June 2 (Yonhap) -- South Korea's military confirmed Tuesday that a North Korean "
    "drone crossed the border last week, but denied a media report that its units had failed to "
    "shoot it down.\n\n"
    "The Joint Chiefs of Staff (JCS) said the drone flew about 5 kilometers into the South.\n\n"
    "Lee said the military was investigating how the drone had evaded radar. (END)"
)


def test_wire_handling_tags_are_no_words():
    actors, statements = _read(_YONHAP)
    assert not any("(LEAD)" in x for a in actors.values() for x in [a["name"], *a["aliases"]])
    assert not any("(END)" in s["text"] for s in statements)


def test_wire_handling_tags_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "wire-handling-tags")
    actors, _ = _read(_YONHAP)
    assert any("(LEAD)" in x for a in actors.values() for x in [a["name"], *a["aliases"]])


def test_a_body_named_by_its_officers_is_no_person():
    actors, statements = _read(_YONHAP)
    jcs = _actor(actors, "Joint Chiefs of Staff")
    assert jcs["kind"] == "organisation" and "JCS" in jcs["aliases"]
    assert _said(statements, "5 kilometers")["by"] == "Joint Chiefs of Staff"


def test_a_person_of_a_body_is_still_read():
    """Near miss: two capitalised words that are a person's name, `of`, a body."""
    _, statements = _read("Marek Tamm of Baltic Transit Research said the line was late.")
    assert _said(statements, "the line was late")["by"] == "Marek Tamm"


def test_plural_title_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "plural-title-no-name")
    actors, _ = _read(_YONHAP)
    assert not any(a["name"] == "Joint Chiefs of Staff" for a in actors.values())


_SENTINEL = (
    "The Daily Sentinel reported on Monday that the government had bought a new jet for the "
    "president.\n\n"
    "But the publisher of the Daily Sentinel, Mr Musa Lawal, told our correspondent on Tuesday "
    "that the paper stood by its story."
)


def test_a_role_after_but_is_the_speakers():
    actors, _ = _read(_SENTINEL)
    assert _aff(actors, "Musa Lawal") == "Daily Sentinel"


def test_conjunction_before_role_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "conjunction-before-role")
    actors, _ = _read(_SENTINEL)
    assert _aff(actors, "Musa Lawal") is None


_MINISTER = (
    "The Daily Sentinel reported on Monday that the government had bought a new jet for the "
    "president. The Finance Minister, Musa Lawal, said the report was false."
)


def test_a_minister_is_no_outlets_staff():
    actors, _ = _read(_MINISTER)
    assert _aff(actors, "Musa Lawal") != "Daily Sentinel"


def test_an_editor_is_the_outlets():
    """Near miss: an editor after the outlet's sentence is its staff."""
    actors, _ = _read(
        "The Daily Sentinel reported on Monday that the government had bought a new jet. The "
        "editor, Musa Lawal, said the paper stood by the report."
    )
    assert _aff(actors, "Musa Lawal") == "Daily Sentinel"


def test_office_fits_outlet_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "office-fits-outlet")
    actors, _ = _read(_MINISTER)
    assert _aff(actors, "Musa Lawal") == "Daily Sentinel"


_XINHUA = (
    "BEIJING, Aug. 14 (Xinhua) -- Chinese Foreign Ministry spokesperson Lin Jian on Thursday "
    "said that a recent U.S. report accusing Chinese fishing vessels of illegal operations in "
    'the South Pacific is "groundless and ill-intentioned."'
)


def test_a_report_accusing_called_groundless_is_dismissed():
    _, statements = _read(_XINHUA)
    assert _said(statements, "groundless")["stance"] == "denial"


def test_an_accusation_of_lying_is_still_a_claim():
    """Near miss: the speaker accuses; the word of dismissal is what is alleged."""
    _, statements = _read(
        "The opposition leader accused the minister of spreading a false story about the jet."
    )
    assert _said(statements, "accused the minister")["stance"] == "claim"


def test_report_accusing_dismissed_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "report-accusing-dismissed")
    _, statements = _read(_XINHUA)
    assert _said(statements, "groundless")["stance"] == "claim"


_BODY = (
    "\n\nMOSCOW (Reuters) - The Kremlin on Tuesday said a report by the Daily Planet that "
    "officials held secret talks with a U.S. envoy in Geneva was false.\n\n"
    "The Daily Planet reported on Monday that two Russian officials met the envoy in Geneva."
)


def test_says_after_a_comma_names_the_speaker():
    _, statements = _read("Report of secret talks is false, says Kremlin" + _BODY)
    head = _said(statements, "Report of secret talks")
    assert head["by"] == "Kremlin" and head["stance"] == "denial"


def test_says_as_a_noun_after_a_comma_is_left():
    """Near miss: `says` after a comma with nothing named after it."""
    _, statements = _read("Report of secret talks is false, says nothing new" + _BODY)
    assert not any(s["text"].startswith("Report of secret talks") for s in statements)


def test_comma_says_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "comma-says-speaker")
    _, statements = _read("Report of secret talks is false, says Kremlin" + _BODY)
    assert not any(s["text"].startswith("Report of secret talks") for s in statements)


def test_a_headline_names_its_speaker_after_a_colon():
    _, statements = _read("Reports of secret talks with US envoy baseless: MFA" + _BODY)
    head = _said(statements, "Reports of secret talks")
    assert head["by"] == "MFA" and head["stance"] == "denial"


def test_a_headline_label_after_a_colon_is_no_speaker():
    """Near miss: `what we know` after the colon names no one."""
    _, statements = _read("Secret talks in Geneva: what we know" + _BODY)
    assert not any(s["start"] == 0 for s in statements)


def test_headline_colon_tail_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-colon-tail")
    _, statements = _read("Reports of secret talks with US envoy baseless: MFA" + _BODY)
    assert not any(s["start"] == 0 for s in statements)


_SEEN = (
    "Pakistan's military said on Monday that troops had shot down an Indian drone near "
    "Sialkot.\n\n"
    '"We have seen the reports. No Indian drone has crossed into Pakistani territory," MEA '
    "spokesperson Randhir Kumar said on Tuesday."
)


def test_seen_the_reports_then_a_denial_is_a_denial():
    _, statements = _read(_SEEN)
    assert _said(statements, "We have seen the reports")["stance"] == "denial"


def test_seen_the_documents_still_backs_an_account():
    """Near miss: the claimant who has seen the documents stands by its account."""
    _, statements = _read(
        "The Daily Planet reported that two officials met the envoy in Geneva. The ministry "
        'denied it. "We have seen the documents," the paper\'s editor said.'
    )
    assert _said(statements, "We have seen the documents")["stance"] == "confirmation"


def test_seen_reports_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "seen-reports-then-answer")
    _, statements = _read(_SEEN)
    assert _said(statements, "We have seen the reports")["stance"] != "denial"


def test_a_states_ministry_named_in_the_lexicon_has_its_country():
    actors, _ = _read(
        "New Delhi, Apr 22 (ANI): The Ministry of External Affairs (MEA) on Tuesday rejected "
        "Pakistan's claim that an Indian drone had entered its airspace."
    )
    mea = _actor(actors, "Ministry of External Affairs")
    assert mea["country"] == "IN" and "MEA" in mea["aliases"]


_DEMANDED = (
    "The Japanese government on Tuesday denied a newspaper report that it had decided to send "
    "a destroyer to the Gulf.\n\n"
    "Opposition lawmakers demanded that the government explain the report in parliament."
)


def test_a_demanded_act_is_no_statement():
    _, statements = _read(_DEMANDED)
    assert not any(s["text"].startswith("the government explain") for s in statements)


def test_mandative_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "mandative-no-act")
    _, statements = _read(_DEMANDED)
    assert any(s["text"].startswith("the government explain") for s in statements)


def test_a_kind_of_government_is_the_states():
    actors, statements = _read(
        "Mali's transitional government on Wednesday dismissed as false a report that it had "
        "paid a private military company in gold."
    )
    assert _said(statements, "dismissed")["by"] == "Mali"
    assert _actor(actors, "Mali")["kind"] == "government"


def test_a_federal_government_with_no_state_is_left():
    """Near miss: no state before `federal government`."""
    actors, _ = _read("The federal government on Wednesday dismissed the report as false.")
    assert not any(a["name"] == "Mali" for a in actors.values())


def test_kind_of_government_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "state-kind-of-government")
    _, statements = _read(
        "Mali's transitional government on Wednesday dismissed as false a report that it had "
        "paid a private military company in gold."
    )
    assert _said(statements, "dismissed")["by"] != "Mali"


def test_a_known_wire_in_the_dateline_keeps_its_country():
    actors, _ = _read(
        "BAMAKO (AFP) - Mali on Wednesday dismissed the report. The editor, Claire Dubois, told "
        "AFP the documents were real."
    )
    assert _actor(actors, "AFP")["country"] == "FR"


_CITED = (
    "The report, published Monday by the website Afrique Lumiere, cited internal documents and "
    "two former mine employees who said gold bars were flown out of Kayes."
)


def test_the_people_a_report_cites_speak_in_its_relative_clause():
    _, statements = _read(_CITED)
    assert "mine employees" in _said(statements, "gold bars")["by"]


def test_relative_after_citing_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "relative-after-citing")
    _, statements = _read(_CITED)
    assert _said(statements, "gold bars")["by"].startswith("cited")


def test_a_company_with_a_european_legal_form_is_a_company():
    actors, _ = _read("Airbus SE said it has not agreed to build an assembly plant in Morocco.")
    assert _actor(actors, "Airbus SE")["kind"] == "organisation"
