"""Attribution in the English-language press outside Britain and the US, on sentences written for
these tests: honorifics inside names and offices (`Engr.`, `Capt.`, `Shri`, `H.E.`, `Datuk Seri`),
offices in capitals in apposition, `while speaking to journalists`, `opined`/`averred`/`debunked`,
the official passive (`it was stated that`), broadcast clip labels and Q&A interview turns."""

import datetime as dt

from .statements import actor_named, contract_with_actors

PUB = dt.date(2026, 8, 14)


def _parse(text):
    return contract_with_actors(text, PUB)


def _speakers(out, by_id):
    return [by_id[s["speaker"]]["name"] if s["speaker"] else None for s in out["statements"]]


def test_opined_averred_and_debunked_are_verbs_of_saying():
    text = (
        "Economist Dr. Ngozi Okafor opined that the levy would not raise prices.\n\n"
        "The Lagos Traders Guild averred that the levy had already raised prices.\n\n"
        "The Revenue Service debunked the claim, saying the levy applied only to importers."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Ngozi Okafor", "Lagos Traders Guild", "Revenue Service"]
    assert out["statements"][2]["stance"] == "denial"


def test_an_abbreviated_rank_between_an_office_and_a_name_is_no_part_of_the_body():
    text = "Harbour Board Managing Director Capt. Tunde Bakare Alabi said the berths were free."
    out, by_id = _parse(text)
    person = actor_named(out, "Tunde Bakare Alabi")
    assert by_id[person["affiliation"]]["name"] == "Harbour Board"
    assert person["role"] == "managing director"


def test_an_office_in_capitals_after_a_possessive_is_the_role_and_the_possessor_the_body():
    text = (
        "The Water Board's Chief Public Relations Officer, Mrs. Bisi Adebayo Cole, said the "
        "pipes had been flushed."
    )
    out, by_id = _parse(text)
    person = actor_named(out, "Bisi Adebayo Cole")
    assert person["role"] == "chief public relations officer"
    assert by_id[person["affiliation"]]["name"] == "Water Board"


def test_a_capitalised_office_in_apposition_leaves_the_name_as_speaker():
    text = (
        "H.E. Brigadier General Dr. Salem Rashid Al-Harbi, Director of the General Department "
        "of Civil Aviation, stressed that no flight had been cancelled."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Salem Rashid Al-Harbi"]


def test_name_office_body_in_apposition_gives_the_office_in_that_body():
    text = (
        "Shri Ramesh Kumar Das, General Manager (Operations), Coal Board, stated that no mine "
        "had been closed."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Ramesh Kumar Das"]
    person = actor_named(out, "Ramesh Kumar Das")
    assert person["role"] == "general manager"
    assert by_id[person["affiliation"]]["name"] == "Coal Board"


def test_while_speaking_to_journalists_is_an_occasion_and_no_speaker():
    text = (
        "The Minister of State for Mines, Alhaji Sani Bello Yakubu, while speaking to "
        "journalists in Kano on Tuesday, maintained that no licence had been revoked."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Sani Bello Yakubu"]
    assert not any("speaking" in a["name"] for a in out["actors"])


def test_it_was_stated_that_is_the_issuer_of_the_statement_reported():
    text = (
        "The Ministry of Fisheries said the trawlers had been inspected.\n\n"
        "It was further clarified that no licence had been issued to foreign trawlers."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Ministry of Fisheries", "Ministry of Fisheries"]


def test_in_the_statement_of_a_body_it_was_stated_names_that_body():
    text = (
        "The Coastal Courier wrote that the ferries had been grounded.\n\n"
        "In the written statement of the Maritime Authority, it was stated that every ferry "
        "had sailed on time."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Coastal Courier", "Maritime Authority"]


def test_a_broadcast_clip_label_gives_the_named_speaker_without_honorifics_and_the_office():
    text = (
        "EVENING NEWS - TRANSCRIPT\n\n"
        "ANCHOR: The fisheries department has denied that the river is closed to boats.\n\n"
        "SOUNDBITE (Datuk Dr. Aziz Rahman Salleh, Director-General of Fisheries): The river "
        "is open to every licensed boat.\n\n"
        "SOUNDBITE (Puan Mariam Yusof, President, Boat Owners Association): Our members are "
        "still waiting for their permits."
    )
    out, by_id = _parse(text)
    assert "Aziz Rahman Salleh" in _speakers(out, by_id)
    owner = actor_named(out, "Mariam Yusof")
    assert owner["role"] == "president"
    assert by_id[owner["affiliation"]]["name"] == "Boat Owners Association"


def test_answer_turns_of_an_interview_belong_to_the_honoured_guest_named_before():
    text = (
        "In an interview with the Harbour Weekly, the Chairman of the Spice Council, "
        "Mr. Ranil Perera Silva, answers the growers' figures.\n\n"
        "Q: The growers say the auction will close. Is that true?\n\n"
        "A: That is simply wrong. The auction will stay open every Tuesday.\n\n"
        "Q: Will you meet the growers?\n\n"
        "A: My door is open to them."
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id).count("Ranil Perera Silva") == 2


def test_a_former_officer_speaks_for_no_body():
    text = "A former navy officer told the paper that the radar had never worked."
    out, _ = _parse(text)
    assert not any(a["name"].lower() in ("navy", "former navy") for a in out["actors"])


def test_according_to_her_is_the_speaker_she_stands_for():
    text = (
        "Foreign Ministry spokeswoman Irina Volkova said on Monday the article was false.\n\n"
        'According to her, such articles are "part of a campaign against the embassy."'
    )
    out, by_id = _parse(text)
    assert _speakers(out, by_id) == ["Irina Volkova", "Irina Volkova"]
    assert not any(a["name"].lower() == "her" for a in out["actors"])


def test_an_anchors_hand_over_to_the_reporter_is_no_statement():
    text = (
        "ANCHOR: Good evening. The water board has denied that the dam is leaking. Our "
        "correspondent Kofi Mensah Addo reports.\n\n"
        "REPORTER: The board said the dam had been inspected last week."
    )
    out, by_id = _parse(text)
    assert "Kofi Mensah Addo" not in _speakers(out, by_id)
