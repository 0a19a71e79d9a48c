"""Speakers known by part of their name: an outlet described before it is named, a name
written surname first that the transcript shortens."""

import datetime as dt

from statements.parsing import parse_article, to_contract
from statements.parsing.attribute import attribute
from statements.parsing.clean import clean
from statements.parsing.segment import segment

PUB = dt.date(2026, 4, 8)


def _parse(text):
    return to_contract(parse_article(text, published=PUB, strict=True))


def test_an_outlet_described_before_it_is_named_is_one_media_actor():
    text = (
        "VALLETTA - Malta's transport ministry on Monday rejected a Maltese weekly's report "
        "that it had cancelled the ferry tender.\n\n"
        "The Sliema-based Harbour Ledger reported on Saturday that the tender had been "
        '"quietly withdrawn".\n\n'
        '"The tender is open and proceeding on schedule," the ministry said in a statement.'
    )
    out = _parse(text)
    media = [a for a in out["actors"] if a["kind"] == "media"]
    assert len(media) == 1, [a["name"] for a in media]
    assert "Maltese weekly" in media[0]["aliases"]


def test_an_outlet_with_its_description_in_apposition_is_one_media_actor():
    text = (
        "Port Lumen Gazette, a Caldran news website, reported that grain exports had been "
        "halted.\n\n"
        'The Caldran trade ministry denied the report, saying exports "continue as normal".'
    )
    out = _parse(text)
    media = [a for a in out["actors"] if a["kind"] == "media"]
    assert [a["name"] for a in media] == ["Port Lumen Gazette"], [a["name"] for a in media]


def test_a_transcript_speaker_written_by_surname_takes_the_full_name_of_the_heading():
    text = (
        "Foreign Ministry Spokesperson Wen Haoran's Regular Press Conference on May 4, 2026\n\n"
        "Wen: Good afternoon. I have one announcement to start with.\n\n"
        "Reuters: Reuters reported that rail freight to the border was halted. Can you confirm?\n\n"
        "Wen: I'm not aware of the situation you mentioned. Rail freight is operating "
        "normally.\n\n"
        "AFP: Officials said wagons are waiting at the border. Is that true?\n\n"
        "Wen: I have answered this question. Inspections are routine.\n"
    )
    out = _parse(text)
    names = [a["name"] for a in out["actors"] if a["kind"] == "person"]
    assert "Wen Haoran" in names and "Wen" not in names, names


def test_a_note_as_the_subject_of_a_speech_verb_speaks_for_whoever_issued_it():
    text = (
        "Caldra's interior ministry said in a note on Friday that no curfew had been ordered. "
        'The note went further, saying it was "the opposition that spread the rumour."'
    )
    out = _parse(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    speakers = {names.get(s["speaker"]) for s in out["statements"]}
    assert "note" not in names.values(), list(names.values())
    assert speakers == {"Caldra's interior ministry"}, speakers


def test_we_in_a_press_release_is_the_issuing_body_after_others_are_quoted():
    text = (
        "PRESS RELEASE\n\n"
        "The Ministry of Water Resources said it had taken note of a report in the Delta Courier "
        "alleging that the northern dam will be closed.\n\n"
        "We categorically reject this report as false and without foundation.\n\n"
        "The Delta Irrigation Board, with which the Ministry has been in contact, has "
        "confirmed that the dam will remain open throughout the season.\n\n"
        "We urge the public to rely on official channels for information on water supply."
    )
    out = _parse(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    by_text = {s["text"][:10]: names.get(s["speaker"]) for s in out["statements"]}
    we = [n for t, n in by_text.items() if t.startswith(("We ", "urge"))]
    assert we and set(we) == {"Ministry of Water Resources"}, by_text


def test_a_body_described_by_its_members_before_it_is_named_is_one_actor():
    text = (
        "Kenya's main tea growers' group said on Monday that 40 containers were held at the "
        "port of Karachi.\n\n"
        "Pakistan's customs agency denied holding any tea containers.\n\n"
        '"Our buyers are waiting," said Joseph Mwangi, chairman of the Kenya Federation of '
        "Tea Growers."
    )
    out = _parse(text)
    bodies = [a for a in out["actors"] if "Growers" in a["name"] or "growers" in a["name"]]
    assert len(bodies) == 1, [a["name"] for a in out["actors"]]


def test_a_speaker_after_as_does_not_say_the_quotation_before_it():
    text = (
        'Lima calls Chilean copper report "baseless" as Santiago admits delays\n\n'
        "LIMA — Peru's mining ministry on Tuesday dismissed a Chilean report that copper "
        "exports had stopped.\n"
    )
    out = _parse(text)
    names = {a["id"]: a["name"] for a in out["actors"]}
    for s in out["statements"]:
        if "baseless" in s["text"]:
            assert names.get(s["speaker"]) != "Chile", s


def test_a_plural_number_before_a_verb_in_s_is_a_headline_noun_phrase_not_a_speaker():
    doc = segment(clean("Two disputes you may have missed this week\n\nGood morning.\n").text)
    speakers = [f.speaker.text for f in attribute(doc) if f.speaker is not None]
    assert "Two" not in speakers, speakers


def test_a_plural_number_does_not_stop_a_plural_subject_that_speaks():
    doc = segment(clean("Officials say two disputes remain open.\n").text)
    speakers = [f.speaker.text for f in attribute(doc) if f.speaker is not None]
    assert speakers == ["Officials"], speakers


_BRIEFING = (
    "Foreign Ministry Spokesperson Wen Bo's Regular Press Conference on May 4, 2026\n\n"
    "Wen Bo: Good afternoon. I have no announcements today.\n\n"
    "Harbour News Agency: The Valley Courier reported that Laos had closed a rail crossing to "
    "Chinese freight. Can you confirm?\n\n"
    "Wen Bo: China and Laos maintain close communication. China's position on rail cooperation "
    "is consistent, and the Chinese side hopes the line stays open.\n\n"
    "Valley Courier: Our newspaper has learned that the crossing was closed on Monday. "
    "We stand by our report. What is China's comment?\n\n"
    "Wen Bo: I have made China's position clear.\n"
)


def test_outlets_that_ask_a_transcript_s_questions_are_media_actors():
    out = _parse(_BRIEFING)
    kinds = {a["name"]: a["kind"] for a in out["actors"]}
    assert kinds.get("Harbour News Agency") == "media", kinds
    assert kinds.get("Valley Courier") == "media", kinds


def test_our_newspaper_in_a_question_is_the_asking_outlet():
    out = _parse(_BRIEFING)
    names = {a["id"]: a["name"] for a in out["actors"]}
    assert "Our newspaper" not in names.values(), names
    own = [s for s in out["statements"] if "crossing was closed on Monday" in s["text"]]
    assert own and names[own[0]["speaker"]] == "Valley Courier", own


def test_an_asking_outlet_that_stands_by_its_report_confirms_it():
    out = _parse(_BRIEFING)
    stood = [s for s in out["statements"] if "stand by our report" in s["text"]]
    assert stood and stood[0]["stance"] == "confirmation", stood


def test_a_briefing_s_stateless_ministry_belongs_to_the_state_its_spokesperson_speaks_for():
    out = _parse(_BRIEFING)
    by_id = {a["id"]: a for a in out["actors"]}
    wen = next(a for a in out["actors"] if a["name"] == "Wen Bo")
    ministry = by_id[wen["affiliation"]]
    assert ministry["name"] == "Foreign Ministry"
    assert ministry["country"] == "CN" and wen["country"] == "CN"
    assert by_id[ministry["affiliation"]]["kind"] == "government"


def test_a_name_ending_in_news_agency_or_broadcasting_corporation_is_an_outlet():
    text = (
        "The Meridian News Agency reported on Monday that Fiji had left the kava deal.\n\n"
        "Tonga Broadcasting Corporation said the deal was still in force.\n"
    )
    kinds = {a["name"]: a["kind"] for a in _parse(text)["actors"]}
    assert kinds.get("Meridian News Agency") == "media", kinds
    assert kinds.get("Tonga Broadcasting Corporation") == "media", kinds


def _one_actor_named(out, name):
    hits = [a for a in out["actors"] if a["name"] == name or name in a["aliases"]]
    assert len(hits) == 1, [(a["name"], a["aliases"]) for a in out["actors"]]
    return hits[0]


def test_a_family_name_written_first_then_alone_is_one_person():
    text = (
        "Foreign Ministry spokesperson Lü Hong said on Monday the report was false.\n\n"
        "Lü said China had not cut the quota."
    )
    out = _parse(text)
    lu = _one_actor_named(out, "Lü Hong")
    assert {s["speaker"] for s in out["statements"]} == {lu["id"]}


def test_went_on_to_say_is_no_part_of_the_speaker():
    text = (
        "The minister, Ana Kos, denied the report on Monday. Kos went on to say the pipeline "
        "was safe."
    )
    out = _parse(text)
    kos = _one_actor_named(out, "Ana Kos")
    assert {s["speaker"] for s in out["statements"]} == {kos["id"]}


def test_a_title_between_dashes_after_a_name_is_that_person_s_role():
    text = (
        "Pars Sepehr - The spokesman of the Ministry of Foreign Affairs - stated: the report "
        "about the trucks is baseless.\n\nSepehr added that no trucks had been held."
    )
    out = _parse(text)
    sepehr = _one_actor_named(out, "Pars Sepehr")
    assert {s["speaker"] for s in out["statements"]} == {sepehr["id"]}
    assert not [a for a in out["actors"] if a["name"].endswith("-")]


def test_a_question_word_before_a_name_is_no_part_of_it():
    text = (
        "What Ljosvaki reported on Monday was false, the ministry said.\n\n"
        "Ljosvaki said on Tuesday that it stood by its story."
    )
    names = [a["name"] for a in _parse(text)["actors"]]
    assert "Ljosvaki" in names and "What Ljosvaki" not in names, names


def test_a_body_s_acronym_in_brackets_is_its_alias():
    text = (
        "The Hellenic Exporters Association (HEA) said on Monday that the ban was illegal.\n\n"
        "HEA said exports had fallen by half."
    )
    out = _parse(text)
    hea = _one_actor_named(out, "HEA")
    assert hea["name"] == "Hellenic Exporters Association" and hea["kind"] == "organisation"
    assert {s["speaker"] for s in out["statements"]} == {hea["id"]}


def test_a_name_joined_by_an_ampersand_is_a_firm():
    text = (
        '"They will not meet before the summer," said Michael Dorsey, a trade lawyer at '
        "Hadley & Finch in Washington.\n\nHadley & Finch said it advised ethanol producers."
    )
    kinds = {a["name"]: a["kind"] for a in _parse(text)["actors"]}
    assert kinds.get("Hadley & Finch") == "organisation", kinds


def test_one_office_named_two_ways_is_the_named_person_who_holds_it():
    text = (
        "Russian Ambassador Gennady Orlov denied the report on Monday.\n\n"
        '"There is no debt," the ambassador told reporters.\n\n'
        "The envoy added that deliveries continued."
    )
    out = _parse(text)
    orlov = _one_actor_named(out, "Gennady Orlov")
    assert {s["speaker"] for s in out["statements"]} == {orlov["id"]}
    assert not [a for a in out["actors"] if a["name"] == "envoy"]
