"""The twenty-third session's lead rules, read off invented stories in the forms real news
takes (a Spanish-language agency's dateline, a Gulf relay, a company's release, a UN noon
briefing, the UN's meetings coverage): each rule with a sentence where it fires and a run with
it switched off.
"""

import datetime as dt
import json
import pathlib

from statements.parsing.rules import DISABLE_ENV

from .statements import read
from .statements import said as _said

PUBLISHED = dt.date(2026, 7, 8)


def _read(text):
    return read(text, PUBLISHED)


_QUITO = (
    "Government denies that Ecuador will suspend power sales to Colombia\n\n"
    "Quito, Jul 8 (Andes Digital).- The Ministry of Energy and Mines denied this Wednesday the "
    "versions that point out that the country will suspend the export of electricity to "
    "Colombia.\n\n"
    "The Colombian newspaper El Diario published last Monday that the sales would stop.\n"
)


def test_a_spanish_agency_dateline_is_no_part_of_the_statement():
    statements, actors = _read(_QUITO)
    denial = _said(statements, "denied this Wednesday")
    assert denial["text"].startswith("The Ministry of Energy and Mines")
    assert actors["Ministry of Energy and Mines"]["affiliated_to"] == "Ecuador"


def test_a_headlines_government_is_the_datelines_state():
    statements, _ = _read(_QUITO)
    assert _said(statements, "Government denies")["by"] == "Ecuador"


def test_a_headlines_government_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-state-noun")
    statements, _ = _read(_QUITO)
    assert _said(statements, "Government denies")["by"] == "Government"


_RIYADH = (
    "Saudi Arabia denies halting Jordanian tomato imports\n\n"
    "RIYADH: Saudi Arabia's Ministry of Environment, Water and Agriculture on Thursday denied "
    "reports that the Kingdom had halted imports of tomatoes from Jordan.\n\n"
    "The Amman-based news website Al-Balqa reported on Tuesday that Saudi authorities had "
    "stopped accepting Jordanian tomato shipments.\n\n"
    "In Amman, Omar Khalayleh, spokesman for Jordan's Ministry of Agriculture, said exports "
    "were flowing normally through the Al-Haditha and Al-Omari crossings.\n"
)


def test_a_state_in_a_headline_speaks_for_itself():
    statements, _ = _read(_RIYADH)
    assert _said(statements, "Saudi Arabia denies")["by"] == "Saudi Arabia"


def test_a_state_in_a_headline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-state-own-speaker")
    statements, _ = _read(_RIYADH)
    assert _said(statements, "Saudi Arabia denies")["by"].startswith("Saudi Arabia's Ministry")


_BASED = (
    "The Amman-based news website Al-Balqa reported on Tuesday that Saudi authorities had "
    "stopped accepting tomato shipments.\n"
)


def test_a_city_based_outlet_is_placed_in_its_city():
    _, actors = _read(_BASED)
    assert actors["Al-Balqa"]["country"] == "JO"


def test_a_city_based_outlet_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "hyphen-suffix-place")
    _, actors = _read(_BASED)
    assert actors["Al-Balqa"]["country"] != "JO"


def test_a_word_after_a_hyphen_makes_no_state():
    _, actors = _read(_RIYADH)
    assert "Omar" not in actors
    assert actors["Omar Khalayleh"]["affiliated_to"] == "Jordan's Ministry of Agriculture"


def test_a_word_after_a_hyphen_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "hyphen-word-no-state")
    _, actors = _read(_RIYADH)
    assert "Omar" in actors


_INSPECTOR = (
    "The broadcaster quoted an Icelandic fisheries inspector, who was not named, as saying that "
    "the boats had switched off their transponders at night.\n"
)


def test_the_one_quoted_past_a_relative_clause_speaks():
    statements, _ = _read(_INSPECTOR)
    said = _said(statements, "switched off their transponders")
    assert said["by"] == "Icelandic fisheries inspector"
    assert said["text"].startswith("the boats")


def test_the_one_quoted_past_a_relative_clause_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quoted-relative-as-saying")
    statements, _ = _read(_INSPECTOR)
    assert not any(s["by"] == "Icelandic fisheries inspector" for s in statements)


_COAST_GUARD = (
    "Iceland's coast guard says one trawler strayed over the line\n\n"
    "REYKJAVIK - Iceland's coast guard confirmed on Tuesday that one Norwegian trawler had "
    "crossed into the Icelandic zone for about 20 minutes.\n\n"
    "The broadcaster Ras Nordur reported on Sunday that six Norwegian trawlers had fished inside "
    "the zone.\n\n"
    "Norway's fisheries minister Ingrid Dahl denied the report on Monday.\n"
)


def test_a_headline_sums_up_the_speakers_answer_in_the_body():
    statements, _ = _read(_COAST_GUARD)
    head = _said(statements, "says one trawler strayed")
    assert head["stance"] == "confirmation"
    assert head["confirms"] == [_said(statements, "six Norwegian trawlers")["id"]]


def test_a_headline_sums_up_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "headline-sums-body")
    statements, _ = _read(_COAST_GUARD)
    assert _said(statements, "says one trawler strayed")["stance"] == "claim"


_RELEASE = (
    "Nordhavn Logistics A/S today reported record first-half volumes.\n\n"
    "The company expected margins to improve, said Lars Holm, the chief financial officer.\n\n"
    "Talks with the port about a second berth collapsed, said the company's spokeswoman.\n"
)


def test_a_name_after_said_speaks_the_clause_before():
    statements, _ = _read(_RELEASE)
    assert _said(statements, "expected margins")["by"] == "Lars Holm"


def test_a_name_after_said_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "inverted-name-after-clause")
    statements, _ = _read(_RELEASE)
    assert _said(statements, "expected margins")["by"] != "Lars Holm"


def test_a_short_speaker_closing_the_sentence_speaks_the_clause_before():
    statements, _ = _read(_RELEASE)
    said = _said(statements, "second berth collapsed")
    assert "spokeswoman" in said["by"]
    assert "said" not in said["text"]


def test_a_short_speaker_closing_the_sentence_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "inverted-closes-sentence")
    statements, _ = _read(_RELEASE)
    assert "spokeswoman" not in (_said(statements, "second berth collapsed")["by"] or "")


_BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson\n\n"
    "The following is a transcript of the briefing by Henrik Castell, Spokesman for the "
    "Secretary-General.\n\n"
    "Question: The Nairobi Sentinel reported this morning that UNEP is preparing to move its "
    "headquarters to Bonn. Is that true?\n\n"
    "Spokesman: I have seen the report. It is simply not accurate. There is no plan to change "
    "that.\n\n"
    "Question: The officials told the paper that a cost study was circulated in May.\n\n"
    "Spokesman: I can confirm that duty stations were compared as part of that review.\n"
)


def test_a_briefings_title_label_is_the_briefer_the_header_names():
    statements, _ = _read(_BRIEFING)
    denial = _said(statements, "simply not accurate")
    assert denial["by"] == "Henrik Castell"
    assert denial["stance"] == "denial"
    assert _said(statements, "duty stations")["by"] == "Henrik Castell"


def test_a_briefings_title_label_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "name-then-title-briefer")
    statements, _ = _read(_BRIEFING)
    assert not any("simply not accurate" in s["text"] for s in statements)


_COUNCIL = (
    "MARTA OYELARAN, Assistant Secretary-General for Political Affairs, said the Secretariat "
    'had received "two incompatible accounts" of events.\n\n'
    "The representative of Kalvia said the trawlers had been fishing inside Kalvian waters.\n\n"
    "The representative of Norland said positioning data placed the trawlers on the Ostravian "
    "side.\n\n"
    "Responding, the representative of Ostravia said the two men had been treated.\n"
)


def test_a_capitalised_title_in_apposition_is_no_speaker():
    statements, _ = _read(_COUNCIL)
    assert _said(statements, "incompatible accounts")["by"] == "Marta Oyelaran"


def test_a_capitalised_title_in_apposition_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "title-modifier-apposition")
    statements, _ = _read(_COUNCIL)
    assert _said(statements, "incompatible accounts")["by"] != "Marta Oyelaran"


def test_the_representative_of_another_state_is_another_speaker():
    statements, _ = _read(_COUNCIL)
    assert "Norland" in _said(statements, "positioning data")["by"]


def test_a_state_named_only_by_its_representative_is_a_state():
    _, actors = _read(_COUNCIL)
    assert actors["Norland"]["kind"] == "government"


def test_the_representative_of_another_state_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "definite-of-name,state-representative-of")
    statements, _ = _read(_COUNCIL)
    assert _said(statements, "positioning data")["by"] == "representative of Kalvia"


def test_an_opening_participle_is_no_speaker():
    statements, _ = _read(_COUNCIL)
    assert _said(statements, "treated")["by"] == "representative of Ostravia"


def test_an_opening_participle_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "opening-participle")
    statements, _ = _read(_COUNCIL)
    assert _said(statements, "treated")["by"] == "Responding"


_MANILA = (
    "MANILA, Philippines — The Philippine Coast Guard on Sunday said at least 14 Chinese fishing "
    "boats were seen harvesting giant clams inside Escoda Shoal.\n\n"
    "READ: Coast guard monitors research ship off Batanes\n\n"
    "In a statement posted late on Monday, the Chinese Embassy rejected the coast guard's "
    'account as "groundless".\n'
)


def test_an_ap_dateline_is_no_speaker():
    statements, _ = _read(_MANILA)
    assert _said(statements, "giant clams")["by"] == "Philippine Coast Guard"


def test_an_ap_dateline_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "dateline-city-country")
    statements, _ = _read(_MANILA)
    assert _said(statements, "giant clams")["by"] != "Philippine Coast Guard"


def test_a_read_line_is_page_furniture():
    statements, _ = _read(_MANILA)
    clams = _said(statements, "giant clams")
    assert _said(statements, "groundless")["denies"] == [clams["id"]]
    assert not any("Batanes" in s["text"] for s in statements)


_LAWSUIT = (
    "MADISON, Wis. — A cooperative of cranberry growers has sued a juice maker, alleging that it "
    "sold bottles labeled Wisconsin cranberries that were filled with imported concentrate, "
    "according to court filings.\n"
)


def test_court_filings_are_where_an_allegation_stands():
    statements, _ = _read(_LAWSUIT)
    said = _said(statements, "imported concentrate")
    assert said["by"] == "cooperative of cranberry growers"
    assert said["stance"] == "claim"


def test_court_filings_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "according-to-court-record")
    statements, _ = _read(_LAWSUIT)
    assert _said(statements, "imported concentrate")["by"] == "court filings"


_THIS_MORNING = (
    "The Courier reported this morning that the first patrol vessel is a year behind schedule.\n\n"
    "The minister denied the report on Friday.\n"
)


def test_this_morning_is_the_day_of_publication():
    statements, _ = _read(_THIS_MORNING)
    assert _said(statements, "behind schedule")["date"] == PUBLISHED.isoformat()


def test_this_morning_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "this-morning-date")
    statements, _ = _read(_THIS_MORNING)
    assert _said(statements, "behind schedule")["date"] is None


# heldout11's AP story (our own set): the lede's denial names whom it contradicts
_LIMA = (
    pathlib.Path(__file__).resolve().parent
    / "heldout11"
    / "h11_02_lima_santiago_anchovy_boats.json"
)


def _lima():
    return _read(json.loads(_LIMA.read_text())["text"])[0]


def test_a_denial_that_contradicts_another_is_no_account():
    assert _said(_lima(), "never left")["stance"] == "denial"


def test_a_denial_that_contradicts_another_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "contradicting-no-account")
    assert _said(_lima(), "never left")["stance"] == "claim"
