"""The nineteenth session's actor rules, on invented sentences in constructions of wire and
newspaper copy: a text named by its issuer as a modifier (`A Kremlin statement said`), a reporter
named with her outlet (`X of Reuters reported`), a person and her body after a role (`The
exporter, X of Y, told`), a title owned by a body after the name (`said X, the association's
secretary general`) and a rank written as a title's prefix (`under-secretary`). Each with a near
miss and switched off once."""

import pytest

from statements.parsing import parse_article, to_contract
from statements.parsing.rules import DISABLE_ENV


def _off(monkeypatch, *rules):
    monkeypatch.setenv(DISABLE_ENV, ",".join(rules))


def _out(text):
    return to_contract(parse_article(text))


def _speaker_of(text, words):
    out = _out(text)
    names = {a["id"]: a for a in out["actors"]}
    said = next(s for s in out["statements"] if words in s["text"])
    return names[said["speaker"]], out


def _actor(out, name):
    return next(a for a in out["actors"] if a["name"] == name)


def _affiliation(out, name):
    ids = {a["id"]: a["name"] for a in out["actors"]}
    return ids.get(_actor(out, name)["affiliation"])


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("A Kremlin statement said the border would stay open.", "Kremlin", "organisation"),
        ("A White House statement said no talks had taken place.", "White House", "organisation"),
        (
            "A Russian foreign ministry statement said the report was false.",
            "Russian foreign ministry",
            "organisation",
        ),
    ],
)
def test_a_text_named_by_its_issuer_is_the_issuers(text, speaker, kind):
    who, out = _speaker_of(text, "said")
    assert who["name"] == speaker
    assert who["kind"] == kind
    assert not [a for a in out["actors"] if "statement" in a["name"].lower()]


def test_a_ministry_statement_is_the_ministry_met_before():
    text = (
        "Chile's Ministry of Agriculture expects cherry exports to rise. "
        "A ministry statement said the border would stay open."
    )
    who, _ = _speaker_of(text, "border would stay open")
    assert who["name"] == "Chile's Ministry of Agriculture"


def test_a_text_named_by_its_kind_names_no_issuer():
    # `a joint statement`, `an official statement`: the modifier is no body
    out = _out("A joint statement said the talks had gone well. An official statement said more.")
    assert not [a for a in out["actors"] if a["name"] in ("joint", "official")]


def test_the_issuer_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "body-text-speaks")
    who, _ = _speaker_of("A Kremlin statement said the border would stay open.", "said")
    assert who["name"] != "Kremlin"


def test_a_reporter_named_with_her_outlet_is_a_person_of_the_outlet():
    who, out = _speaker_of("Maria Lopes of Reuters reported that the talks had failed.", "failed")
    assert (who["name"], who["kind"]) == ("Maria Lopes", "person")
    assert _affiliation(out, "Maria Lopes") == "Reuters"


def test_a_bare_name_that_reports_is_still_an_outlet():
    who, _ = _speaker_of("Al Hayat Al Jadida reported that the talks had failed.", "failed")
    assert who["kind"] == "media"


def test_the_reporter_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "reporter-of-body")
    who, _ = _speaker_of("Maria Lopes of Reuters reported that the talks had failed.", "failed")
    assert who["kind"] == "media"


ROLE_FIRST = (
    "The exporter, Jean Toa of Harbour Prime Meats, told the Gazette that officers had shown "
    'him "a form nobody has ever seen".'
)


def test_a_person_of_a_body_after_a_role_is_the_person():
    who, out = _speaker_of(ROLE_FIRST, "form nobody")
    assert (who["name"], who["kind"]) == ("Jean Toa", "person")
    assert _affiliation(out, "Jean Toa") == "Harbour Prime Meats"


def test_a_body_after_a_role_stays_one_name():
    # `The importer, Harbour Prime Meats, told`: no person's name before `of`
    who, _ = _speaker_of(
        'The importer, Harbour Prime Meats, told the Gazette that the form was "new".', "form"
    )
    assert who["name"] == "Harbour Prime Meats"


def test_the_person_after_a_role_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "person-of-body-after-role")
    who, _ = _speaker_of(ROLE_FIRST, "form nobody")
    assert who["name"] != "Jean Toa"


OWNER_TITLE = (
    "The Hilsa Exporters Association disputes the figure. "
    '"Every truck has been held," said Mahmud Karim, the association\'s secretary general.'
)


def test_a_title_owned_by_a_body_after_the_name_gives_her_affiliation():
    out = _out(OWNER_TITLE)
    assert _affiliation(out, "Mahmud Karim") == "Hilsa Exporters Association"
    assert _actor(out, "Mahmud Karim")["role"] == "secretary general"


def test_a_named_owner_after_the_name_is_her_body():
    out = _out('"Operators run short," said Karin Ostberg, Trafikverket\'s programme director.')
    assert _affiliation(out, "Karin Ostberg") == "Trafikverket"


def test_an_owner_that_is_no_body_gives_no_affiliation():
    # `the town's oldest fisherman`: a town is no body she works for
    out = _out('"The nets are empty," said Karin Ostberg, the town\'s oldest fisherman.')
    assert _affiliation(out, "Karin Ostberg") is None


def test_the_owner_title_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "owner-title-after-name")
    assert _affiliation(_out(OWNER_TITLE), "Mahmud Karim") is None


def test_a_rank_written_as_a_prefix_keeps_the_title():
    text = (
        "On Wednesday, Argentina's under-secretary for ports, Tomas Irigoyen, told a conference "
        "that Uruguay had acted alone."
    )
    who, out = _speaker_of(text, "acted alone")
    assert (who["name"], who["kind"], who["role"]) == (
        "Tomas Irigoyen",
        "person",
        "under-secretary",
    )
    assert _affiliation(out, "Tomas Irigoyen") == "Argentina"


AGENCY = "The Meteorological Agency of Norland said January was the warmest on record. "


@pytest.mark.parametrize(
    "sentence",
    [
        "An agency forecaster, Kenji Moriyama, said the pattern would continue.",
        "Kenji Moriyama, an agency forecaster, said the pattern would continue.",
        '"It will continue," said Kenji Moriyama, an agency forecaster.',
    ],
)
def test_an_occupation_with_the_body_word_gives_role_and_affiliation(sentence):
    out = _out(AGENCY + sentence)
    person = _actor(out, "Kenji Moriyama")
    assert (person["kind"], person["role"]) == ("person", "forecaster")
    assert _affiliation(out, "Kenji Moriyama") == "Meteorological Agency of Norland"


def test_a_body_described_after_its_name_stays_a_body():
    # `Nordkapp Survey, a Tromsø company`: the apposition says what the name is
    out = _out("Nordkapp Survey, a mapping company, said the seabed had moved.")
    assert _actor(out, "Nordkapp Survey")["kind"] == "organisation"


def test_the_body_word_title_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "body-word-title")
    out = _out(AGENCY + "Kenji Moriyama, an agency forecaster, said the pattern would continue.")
    assert _affiliation(out, "Kenji Moriyama") is None


DATELINE = (
    "PORT ELLIS - The chairperson of the Harbour Traders Council, Kgosi Mmolawa, said the "
    "application was ready."
)


def test_a_dateline_before_a_role_is_no_part_of_it():
    out = _out(DATELINE)
    assert _actor(out, "Kgosi Mmolawa")["role"] == "chairperson"
    assert _affiliation(out, "Kgosi Mmolawa") == "Harbour Traders Council"


def test_the_dateline_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "dateline-before-role")
    assert _affiliation(_out(DATELINE), "Kgosi Mmolawa") is None


LONG_BODY = (
    "The president of the Cooperative of Tobacco Producers of Villa Gonzalez, Luis Tavarez, "
    "confirmed that the cooperative had bought the seeds."
)


def test_a_title_of_a_long_named_body_is_a_role():
    out = _out(LONG_BODY)
    assert _actor(out, "Luis Tavarez")["role"] == "president"
    assert _affiliation(out, "Luis Tavarez") == "Cooperative of Tobacco Producers of Villa Gonzalez"


def test_a_long_phrase_of_lower_case_words_is_no_role():
    out = _out(
        "The president of the small cooperative of growers near the old river port, Luis "
        "Tavarez, confirmed that the cooperative had bought the seeds."
    )
    assert _affiliation(out, "Luis Tavarez") is None


def test_the_long_role_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "long-titled-body-role")
    assert _affiliation(_out(LONG_BODY), "Luis Tavarez") is None


def _names(out):
    return [n for a in out["actors"] for n in [a["name"], *a["aliases"]]]


RUNS_ON = "The mayor told the Georgian news site Kura Pulse Daily that the bridge was closed."


def test_an_outlets_name_runs_on_past_five_words():
    out = _out(RUNS_ON)
    assert "Kura Pulse Daily" in _names(out)


def test_a_relay_of_a_few_words_is_read_as_before():
    assert "Kura Pulse" in _names(_out("The mayor told the weekly Kura Pulse that it was closed."))


def test_the_runs_on_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "relay-name-runs-on")
    assert "Kura Pulse Daily" not in _names(_out(RUNS_ON))


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Argentine cable channel Canal Litoral 24", "Canal Litoral 24"),
        ("the Luanda weekly Jornal Kwanza Sul", "Jornal Kwanza Sul"),
        ("the state broadcaster RTS", "RTS"),
    ],
)
def test_an_outlet_named_after_what_it_is_is_media(phrase, name):
    out = _out(
        f"The report appeared in {phrase} on Monday. {phrase[0].upper()}{phrase[1:]} said "
        "the minister had been told."
    )
    outlet = _actor(out, name)
    assert outlet["kind"] == "media"


def test_the_described_outlet_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "described-outlet")
    out = _out("The Argentine cable channel Canal Litoral 24 said the minister had been told.")
    assert not [a for a in out["actors"] if a["name"] == "Canal Litoral 24"]


TIMELINE = """The ministry said the tunnel would close at night.

Tuesday: Ljubljana weighs in

On Tuesday, Slovenia's Ministry of Infrastructure said it had "received information"."""


def test_a_day_heading_or_a_function_word_names_no_actor():
    for text in (TIMELINE, "As noted in the correction above, the report was wrong."):
        names = _names(_out(text))
        assert not {"Tuesday", "As"} & set(names)


def test_the_no_speaker_words_rule_can_be_switched_off(monkeypatch):
    _off(monkeypatch, "no-speaker-words")
    assert "As" in _names(_out("As noted in the correction above, the report was wrong."))
