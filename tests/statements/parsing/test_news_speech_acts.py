"""Speech acts in constructions of real news copy (wire, agency, web pages), on sentences written
for these tests: which sentences are statements, by whom, and where their words stand."""

import pytest

from statements.parsing import syntax
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statements_by

needs_parser = pytest.mark.skipif(not syntax.available(), reason="spaCy model not installed")


def _texts(text):
    return [s["text"] for s in parsed_statements(text)]


def test_according_to_a_transcript_after_said_leaves_the_words_to_the_speaker():
    text = (
        '"We learnt it from a timetable," Borowski said, according to a transcript of the '
        "interview published by the broadcaster."
    )
    said = parsed_statements(text)
    assert len(said) == 1
    assert statements_by(said, "Borowski")


def test_according_to_figures_from_a_body_is_that_body_speaking():
    text = (
        "About 2.4 million tonnes crossed the pass last year, according to figures from the "
        "Kessel port authority."
    )
    said = parsed_statements(text)
    assert statements_by(said, "port authority")
    assert said[0]["stance"] == "comment"


def test_according_to_a_statement_on_a_website_is_its_owner_speaking():
    text = (
        "According to a statement on the ministry's website, 900 permits were issued in March. "
        "The ministry of transport denied any cut."
    )
    said = parsed_statements(text)
    assert all("statement" not in n for s in said for n in s["names"])


def test_she_continued_with_a_colon_is_a_statement():
    text = (
        "Marta Oyelaran, an engineer at the Lund institute, said the dispute was a distraction.\n\n"
        'She continued: "What matters is that the commission meets again this winter."'
    )
    texts = _texts(text)
    assert any("commission meets again" in t for t in texts)


def test_continued_without_a_quotation_is_no_statement():
    assert _texts("Talks between the two ports continued on Monday in Varna.") == []


def test_called_on_is_an_appeal_by_its_subject():
    text = "The energy minister called on the deputies not to spread unverified figures."
    said = parsed_statements(text)
    assert len(said) == 1 and said[0]["text"].startswith("The energy minister called on")


def test_would_not_say_whether_is_a_non_answer():
    text = "Tobias Marr, the agency's director, would not say whether the licences were revoked."
    said = parsed_statements(text)
    assert len(said) == 1
    assert said[0]["stance"] == "comment"


def test_declined_to_share_is_a_non_answer():
    said = parsed_statements("The harbour office declined to share the inspection minutes.")
    assert len(said) == 1 and said[0]["stance"] == "comment"


@needs_parser
def test_a_zero_relative_said_is_no_statement():
    text = "The weekly cited four pilots and a memo it said came from the civil aviation office."
    assert _texts(text) == []


@needs_parser
def test_a_zero_relative_claims_is_no_statement():
    text = "The shoal lies inside the zone Norland claims but is fished by boats from both sides."
    assert _texts(text) == []


def test_a_zero_relative_keeps_a_speaker_and_his_clause():
    text = "Asked about the memo he said it was a forgery."
    assert len(_texts(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The secretariat of the river commission, based in Vidin, said its next meeting "
            "had not been set.",
            "secretariat of the river commission",
        ),
        (
            "Opposition lawmaker Ilona Varga, of the Green Alliance, told a committee on Friday "
            "the ministry should publish the data.",
            "Ilona Varga",
        ),
        (
            "A spokesman for Nordbahn, the operator that runs the trains on the northern line, "
            "confirmed the company had received a notice.",
            "spokesman for Nordbahn",
        ),
    ],
)
def test_a_description_between_commas_is_no_speaker(sentence, speaker):
    said = parsed_statements(sentence)
    assert len(said) == 1
    assert any(speaker.lower() in n.lower() for n in said[0]["names"]), said


def test_an_occasion_after_the_name_is_no_part_of_the_speaker():
    text = (
        "Meanwhile, the deputy of the national assembly Arman Seitkali at the plenary session "
        "on Tuesday stated that villages face outages every evening."
    )
    said = parsed_statements(text)
    assert any("Arman Seitkali" in n for n in said[0]["names"])
    assert not any("session" in n for n in said[0]["names"])


def test_a_pronoun_after_an_adverbial_phrase_speaks():
    text = (
        "Piet Claes, who runs the port of Zelzate, denied the report on Monday.\n\n"
        'In a radio interview later on Monday he called the story "pure invention".'
    )
    said = parsed_statements(text)
    assert statements_by(said, "Claes")
    assert not any(n.lower().startswith("in a radio") for s in said for n in s["names"])


def test_an_attribution_between_commas_leaves_the_whole_clause_to_the_speaker():
    text = "The 1961 treaty, Dragan Ilic said, said nothing about ferry fees at all."
    said = parsed_statements(text)
    assert len(said) == 1
    assert "ferry fees" in said[0]["text"] and said[0]["text"].startswith("The 1961 treaty")


def test_a_person_presented_after_a_participle_phrase_speaks_the_next_quotation():
    text = (
        'Foreign Minister Ana Ruiz said her government had "asked a question". '
        "Speaking to reporters in Lomar, Karst's cabinet chief, Tomas Brandt, was more blunt. "
        '"Someone has drawn a line on a blurry picture," he said.'
    )
    said = parsed_statements(text)
    blunt = [s for s in said if "blurry picture" in s["text"]]
    assert blunt and any("Brandt" in n for n in blunt[0]["names"])


def test_a_person_presented_in_a_paragraph_of_their_own_speaks_the_next_quotation():
    text = (
        'Foreign Minister Ana Ruiz said her government had "asked a question".\n\n'
        "Speaking to reporters in Lomar, Karst's cabinet chief, Tomas Brandt, was more blunt.\n\n"
        '"Someone has drawn a line on a blurry picture," he said.'
    )
    said = parsed_statements(text)
    blunt = [s for s in said if "blurry picture" in s["text"]]
    assert blunt and any("Brandt" in n for n in blunt[0]["names"])


def test_the_new_rules_can_be_switched_off(monkeypatch):
    text = "The 1961 treaty, Dragan Ilic said, said nothing about ferry fees at all."
    monkeypatch.setenv(DISABLE_ENV, "split-reported-clause")
    said = parsed_statements(text)
    assert not any("ferry fees" in s["text"] for s in said)


def test_reported_words_then_said_and_the_speaker_are_that_speakers():
    text = (
        "The plan would move the tariff to a market price from July 2027, said the people, "
        "who asked not to be identified because the talks are private."
    )
    said = parsed_statements(text)
    assert len(said) == 1
    assert said[0]["text"].startswith("The plan would move the tariff")
    assert any("people" in n for n in said[0]["names"])


def test_a_subject_with_its_name_in_apposition_is_no_inverted_speaker():
    text = "The Herald's editor, Marta Kovac, said the newspaper stood by its report."
    said = parsed_statements(text)
    assert said and all(not any("stood by" in n for n in s["names"]) for s in said), said
    assert statements_by(said, "Marta Kovac")


def test_referred_questions_is_a_non_answer():
    said = parsed_statements("The Danish embassy in Oslo referred questions to the ministry.")
    assert len(said) == 1 and said[0]["stance"] == "comment"


def test_referred_questions_after_declined_to_comment_adds_no_statement():
    text = "The port operator declined to comment and referred questions to the ministry."
    assert len(parsed_statements(text)) == 1


def test_quoted_as_saying_after_a_description_in_apposition():
    text = (
        "Lena Dahl, director of the Bergen fish exporters' forum, was quoted by the daily "
        "Havposten as saying that customs had held 40 containers at the port."
    )
    said = parsed_statements(text)
    assert statements_by(said, "Lena Dahl")


def test_a_paper_quoted_a_description_and_a_name_as_saying():
    text = "The paper quoted a driver from Ruse, Stefan Kolev, as saying his truck waited two days."
    said = parsed_statements(text)
    assert statements_by(said, "Stefan Kolev")


def test_pointed_out_is_a_verb_of_saying():
    text = "Wang pointed out that, according to port data, arrivals rose 9 percent."
    said = parsed_statements(text)
    assert len(said) == 1 and statements_by(said, "Wang")


def test_the_ministry_says_in_a_body_sentence():
    text = (
        "The Maldives accused a trawler of fishing illegally, but the fisheries ministry says "
        "the vessel never entered its waters."
    )
    said = parsed_statements(text)
    assert any("never entered" in s["text"] for s in said)


@needs_parser
def test_what_people_often_say_is_no_statement():
    text = (
        "Under the treaty, residents may cross with goods for their own use, although hauliers "
        "often complain that the rules are applied unevenly."
    )
    assert _texts(text) == []


def test_often_is_no_part_of_a_speaker():
    said = parsed_statements("The harbour master often said that the quay was too short.")
    assert said and all("often" not in n for s in said for n in s["names"])


def test_a_wire_note_on_the_story_version_is_no_statement():
    text = (
        "(Corrects paragraph 4 to say the daily cited two customs officers)\n\n"
        "RIGA, May 4 - Latvia said on Monday that no amber shipment had been stopped."
    )
    said = parsed_statements(text)
    assert len(said) == 1 and said[0]["text"].startswith("Latvia said")
