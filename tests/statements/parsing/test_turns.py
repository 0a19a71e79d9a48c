# ruff: noqa: E501  (transcript lines as a record prints them)
"""Turns of a parliament's record and of broadcast interviews, on transcripts written for these
tests (invented states, people and outlets)."""

import datetime as dt

from statements.parsing import parse_article, to_contract, turns

PUBLISHED = dt.date(2026, 8, 26)

RECORD = """Oral Questions — Questions to Ministers

Question No. 2—Fisheries

1. ANAHERA POTAE (Labour—Rangitoto) to the Minister for Fisheries: Does he stand by his answer that the hoki quota will not be cut?

Hon DAVID ORMSBY (Minister for Fisheries): Yes. The quota for next season is the same as this season's.

ANAHERA POTAE: Is he aware that the Trawler Owners' Association told the committee on Tuesday that its members were ordered to stop fishing in May?

Hon DAVID ORMSBY: That is untrue. No vessel was ordered to stop fishing, and the association has since corrected its evidence.

Hon Members: Oh!

The SPEAKER: Order! The Minister will be heard in silence.

Supplementary question, Luke Varga.

LUKE VARGA (Greens): I seek leave to table a letter from the harbour board to the Minister.

Mr SPEAKER: Leave is sought to table that letter. Is there any objection? There is none.

Document, by leave, laid on the Table of the House.

LUKE VARGA: In the letter the board chair, Ruth Kinsella, writes that "the fleet has been tied up at the wharf since the first of May".

Hon DAVID ORMSBY: I have read the letter. The boats at the wharf were waiting for new nets, not for a permit.
"""

BROADCAST = """BROADCAST TRANSCRIPT

Veldhaven Television, Wednesday 26 August 2026, 20:30

PRESENTER: Good evening. My guest tonight is the Minister of Ports, Joost Albers. Minister, thank you for joining us.

JOOST ALBERS: Good to be here.

PRESENTER: Dock workers say ships wait nine days at the Oostmond terminal before they are unloaded. Is that true?

JOOST ALBERS: No, that is not true. The average wait last month was under three days.

PRESENTER: Some of your critics say the new cranes have never worked.

JOOST ALBERS: That is nonsense. The cranes have unloaded more than four hundred ships since March.

[crosstalk]

PRESENTER: The newspaper De Kustbode reported last week that the crane contract went to a company owned by your brother-in-law.

JOOST ALBERS: [inaudible] I have no family link with that company, and the tender was run by the procurement board.

(Applause)

PRESENTER: Minister, thank you.

JOOST ALBERS: Thank you.

END OF TRANSCRIPT
"""

RADIO = """Radio Marrow, Morning Call, transcript

[00:00:05] KESTEVEN: Good morning. With me in the studio is the Minister of Water, Ilse Brandt. Welcome.

[00:00:09] MINISTER BRANDT: Thank you for having me.

[00:00:12] KESTEVEN: Farmers in the Oder valley told us that the canal has been dry for three weeks. Is that correct?

[00:00:20] MINISTER BRANDT: That is not correct. The canal was closed for two days for repairs.

[00:00:31] KESTEVEN: Is it true that the pumping station was sold?

[00:00:36] MINISTER BRANDT: The station belongs to the public and it will stay that way.

[00:00:44] KESTEVEN: Minister, thank you.
"""


def _parse(text):
    out = to_contract(parse_article(text, published=PUBLISHED))
    names = {a["id"]: a["name"] for a in out["actors"]}
    by_id = {s["id"]: s for s in out["statements"]}
    return out, names, by_id


def _by(out, names, name):
    return [s for s in out["statements"] if name.lower() in (names.get(s["speaker"]) or "").lower()]


def test_a_ministers_label_with_his_office_in_brackets_is_his_name_and_role():
    out, names, _ = _parse(RECORD)
    minister = next(a for a in out["actors"] if a["name"] == "David Ormsby")
    assert "minister" in (minister["role"] or "").lower()
    assert len(_by(out, names, "David Ormsby")) == 3


def test_the_chair_and_the_floors_interjections_are_no_statements():
    out, names, _ = _parse(RECORD)
    speakers = {names.get(s["speaker"]) or "" for s in out["statements"]}
    assert not any("speaker" in sp.lower() or "members" in sp.lower() for sp in speakers)
    assert not any("Oh!" in s["text"] or "Order!" in s["text"] for s in out["statements"])


def test_a_members_question_is_no_statement_but_the_claim_it_reports_is_and_the_answer_denies_it():
    out, names, _ = _parse(RECORD)
    assert not _by(out, names, "Anahera Potae")
    assert not _by(out, names, "Luke Varga")
    claim = _by(out, names, "Trawler Owners")
    assert claim and claim[0]["stance"] == "claim"
    answer = next(s for s in out["statements"] if "That is untrue" in s["text"])
    assert answer["stance"] == "denial"
    assert claim[0]["id"] in answer["denies"]
    assert answer["date"] == "2026-08-26"


def test_a_letter_read_in_a_question_is_its_authors_claim_answered_by_the_minister():
    out, names, _ = _parse(RECORD)
    letter = _by(out, names, "Ruth Kinsella")
    assert letter and letter[0]["stance"] == "claim"
    answer = next(s for s in out["statements"] if "new nets" in s["text"])
    assert letter[0]["id"] in answer["denies"]


def test_the_presenters_turns_are_no_statements_and_pleasantries_are_none():
    out, names, _ = _parse(BROADCAST)
    assert not _by(out, names, "Presenter")
    texts = [s["text"] for s in out["statements"]]
    assert not any(t.startswith(("Good to be here", "Thank you")) for t in texts)
    assert len(_by(out, names, "Joost Albers")) == 3


def test_claims_put_by_the_presenter_are_their_sources_and_the_guest_denies_each():
    out, names, _ = _parse(BROADCAST)
    for source, answer_words in (
        ("Dock workers", "that is not true"),
        ("critics", "That is nonsense"),
        ("De Kustbode", "no family link"),
    ):
        claim = _by(out, names, source)
        assert claim and claim[0]["stance"] == "claim", source
        answer = next(s for s in out["statements"] if answer_words in s["text"])
        assert answer["stance"] == "denial"
        assert answer["denies"] == [claim[0]["id"]], source


def test_stage_directions_are_no_part_of_an_answer():
    out, _, _ = _parse(BROADCAST)
    answer = next(s for s in out["statements"] if "no family link" in s["text"])
    assert "[inaudible]" not in answer["text"]


def test_a_presenter_named_by_surname_with_time_stamps_asks_and_the_minister_answers():
    out, names, _ = _parse(RADIO)
    assert not _by(out, names, "Kesteven")
    claim = _by(out, names, "Farmers")
    assert claim and claim[0]["stance"] == "claim"
    answer = next(s for s in out["statements"] if "That is not correct" in s["text"])
    assert "Brandt" in names[answer["speaker"]]
    assert answer["denies"] == [claim[0]["id"]]
    # a question with no source in it is the presenter's, and no statement
    assert not any("pumping station was sold" in s["text"] for s in out["statements"])


def test_labels_of_a_record():
    assert turns.record_label("Hon DAVID ORMSBY (Minister for Fisheries): Yes.")[:2] == (
        "DAVID ORMSBY",
        "Minister for Fisheries",
    )
    assert turns.record_label("Trade Minister Smith said: yes.") is None
    assert turns.display("GRANT McLEOD") == "Grant McLeod"
    assert turns.strip_hon("Hon Members") == "Hon Members"
    assert turns.is_chair("Mr SPEAKER") and turns.is_chair("Hon Members")
    assert not turns.is_chair("Speaker of the Opposition Benches Committee Group")
    assert turns.is_pleasantry("Good to be here.") and not turns.is_pleasantry("Good news.")


RECORD_PM = """HOUSE OF ASSEMBLY — ORAL QUESTIONS

Question No. 3—Roads

1. Hon MELE TUPOU (Opposition—Vava'u) to the Prime Minister: Does the Prime Minister accept the finding of the Roads Authority that the coastal highway is two years behind schedule?

Rt Hon SIONE HAVILI (Prime Minister): No, I do not accept it. The highway will open in March as planned.

Hon MELE TUPOU: Why then did the Transport Ministry's own report say that the second bridge had not been started?

Rt Hon SIONE HAVILI: The member has read an old draft. Both bridges are under construction.

An Hon Member: Shame!

Madam SPEAKER: Order!

Hon MELE TUPOU: Can the Prime Minister confirm that the Finance Minister told Cabinet in May that the road fund was empty?

Rt Hon SIONE HAVILI: Yes, I can confirm that the Finance Minister briefed Cabinet in May on the road fund.
"""

INTERVIEW = """THE LUNCHTIME INTERVIEW — TRANSCRIPT

HOST: Joining me is the energy minister, Dr Ines Caldera. Dr Caldera, welcome.

DR CALDERA: Thank you. It's a pleasure.

HOST: According to the grid operator, the northern substations have been failing every evening since June. What is your response?

DR CALDERA: That is false. I visited two of the substations this week and both were running.

HOST: Let me read you a statement from the engineers' union: "Crews are repairing the same transformers every night."

DR CALDERA: I have read it. The union has not named a single transformer.
"""


def test_a_finding_put_in_a_question_is_its_authors_claim_and_no_denies_it():
    out, names, _ = _parse(RECORD_PM)
    finding = _by(out, names, "Roads Authority")
    assert finding and finding[0]["stance"] == "claim"
    assert "two years behind schedule" in finding[0]["text"]
    answer = next(s for s in out["statements"] if "do not accept it" in s["text"])
    assert answer["stance"] == "denial" and answer["denies"] == [finding[0]["id"]]


def test_an_inverted_question_on_what_a_report_said_is_the_reports_authors_claim():
    out, names, _ = _parse(RECORD_PM)
    report = _by(out, names, "Transport Ministry")
    assert report and "second bridge had not been started" in report[0]["text"]
    answer = next(s for s in out["statements"] if "old draft" in s["text"])
    assert report[0]["id"] in answer["denies"]


def test_a_minister_named_by_another_office_is_not_the_prime_minister_and_yes_confirms():
    out, names, _ = _parse(RECORD_PM)
    told = next(s for s in out["statements"] if "road fund was empty" in s["text"])
    assert names[told["speaker"]] != "Sione Havili"
    answer = next(s for s in out["statements"] if s["text"].startswith("Yes, I can confirm"))
    assert answer["stance"] == "confirmation" and answer["confirms"] == [told["id"]]


def test_according_to_at_the_start_of_a_hosts_turn_is_the_sources_claim():
    out, names, _ = _parse(INTERVIEW)
    claim = _by(out, names, "grid operator")
    assert claim and claim[0]["text"].startswith("the northern substations")
    assert not _by(out, names, "Host")


def test_a_statement_read_out_by_the_host_is_its_authors_claim_and_the_answer_denies_it():
    out, names, _ = _parse(INTERVIEW)
    read = _by(out, names, "engineers' union")
    assert read and read[0]["stance"] == "claim"
    answer = next(s for s in out["statements"] if "not named a single" in s["text"])
    assert answer["denies"] == [read[0]["id"]]


def test_the_opening_of_an_answer():
    assert turns.answer_opening("Yes, we can confirm it.") == "confirmation"
    assert turns.answer_opening("No, that is wrong.") == "denial"
    assert turns.answer_opening("Nobody told me.") is None
    assert turns.answer_opening("Nothing has been decided.") is None
    assert turns.answer_opening("The member is confusing two reports.") == "denial"
    assert turns.answer_opening("It is not right. The wait is two days.") == "denial"
    assert turns.answer_opening("There is no sale.") == "denial"


ROUND_TABLE = """Transcript: Evening Line, Radio Serin, 9 June 2026

[19:02:04] ADEBAYO: You're listening to Evening Line. I'm joined by the fisheries minister, Lena Korhonen. Minister, good evening.

[19:02:09] KORHONEN: Good evening, and thanks for having me.

[19:02:12] ADEBAYO: Minister, the Boat Owners' Guild says the harbour has been closed to small boats since April. Is that right?

[19:02:25] KORHONEN: It is not right. The harbour is open to every boat with a licence.

[19:02:40] ADEBAYO: The Harbour Board's annual report states that landings fell by a third last year.

[19:02:48] KORHONEN: That fall was caused by the storm in March, which closed the harbour for two weeks.

[19:03:05] ADEBAYO: Minister Korhonen, thank you.
"""


def test_the_host_named_by_surname_who_asks_most_is_the_asker_and_a_vocative_is_no_speaker():
    out, names, _ = _parse(ROUND_TABLE)
    assert not _by(out, names, "Adebayo")
    assert not any(names.get(s["speaker"]) == "Minister" for s in out["statements"])
    guild = _by(out, names, "Boat Owners")
    assert guild and guild[0]["stance"] == "claim"
    answer = next(s for s in out["statements"] if s["text"].startswith("It is not right"))
    assert answer["stance"] == "denial" and answer["denies"] == [guild[0]["id"]]
    board = _by(out, names, "Harbour Board")
    assert board and "landings fell by a third" in board[0]["text"]


COMMONS = """House of Commons of Lorvania

Prime Minister's Questions

Mr Owen Price (Southmere) (Lab): The Midwives Guild reported on Monday that six birth centres have closed since March. Will the Prime Minister admit it?

The Prime Minister (Clara Voss): I do not recognise those figures. Every birth centre that was open in March is open today.

Hon. Members: Hear, hear!

Mr Speaker: Order.

Mr Owen Price: Will she at least publish the list of centres?

The Prime Minister: She is wrong to suggest there is anything to hide. The list is published every month.
"""


def test_a_commons_record_names_the_prime_minister_by_the_name_in_brackets_in_every_turn():
    out, names, _ = _parse(COMMONS)
    pm = [s for s in out["statements"] if names.get(s["speaker"]) == "Clara Voss"]
    assert len(pm) == 2
    guild = _by(out, names, "Midwives Guild")
    assert guild and guild[0]["stance"] == "claim"
    assert pm[0]["stance"] == "denial" and pm[0]["denies"] == [guild[0]["id"]]
    assert not _by(out, names, "Owen Price")
    assert not any("Hear, hear" in s["text"] for s in out["statements"])
    assert turns.is_pleasantry("Happy to be here.")
    assert turns.answer_opening("She is wrong. The boats are at sea.") == "denial"
    assert turns.answer_opening("That part is true.") == "confirmation"


def test_a_body_saying_a_clause_without_that_in_a_question_is_its_claim():
    text = """PODCAST TRANSCRIPT — Harbour Talk

HOST: My guest is Lina Ortiz, who chairs the Ferry Users Forum. Lina, welcome.

LINA ORTIZ: Thanks for having me.

HOST: The Transport Ministry also says ferries now leave on time nine days in ten.

LINA ORTIZ: That is not true. Our members logged a delay on half of all sailings last month.

HOST: Lina Ortiz, thank you.
"""
    out, names, _ = _parse(text)
    claim = _by(out, names, "Transport Ministry")
    assert claim and "ferries now leave on time" in claim[0]["text"]
    answer = next(s for s in out["statements"] if s["text"].startswith("That is not true"))
    assert answer["denies"] == [claim[0]["id"]]
