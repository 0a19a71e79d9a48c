"""Speech acts the parser missed or invented on unseen writing, on sentences written for these
tests: which sentences are statements, by whom."""

import pytest

from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statements_by


def _texts(text):
    return [s["text"] for s in parsed_statements(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Olive growers have long complained about cheap imports sold under local labels.",
        "Ferry operators have complained for years that the harbour dues are too high.",
        "Both unions have argued for two years that the night shift pays too little.",
    ],
)
def test_a_perfect_with_long_or_for_years_is_a_habit_not_a_statement(sentence):
    text = "The new quay opened on Monday. " + sentence
    assert _texts(text) == []


def test_a_perfect_without_a_duration_is_still_a_statement():
    text = "The Velmar ferry union has complained that the harbour dues rose by a third."
    said = parsed_statements(text)
    assert statements_by(said, "union")


def test_habitual_perfect_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "habitual-perfect")
    text = "Ferry operators have complained for years that the harbour dues are too high."
    assert _texts(text) != []


def test_a_pages_field_labels_are_no_turns():
    text = (
        "HARBOUR HOUR - Transcript\n\n"
        "Broadcast: Wednesday, 11 March 2026, 20:30 CET\nVelmar Radio\n\n"
        "HOST: Good evening. The port authority says fares will rise.\n\n"
        "MARA VELT: That is right, they will rise by a tenth.\n\n"
        "HOST: When?\n\n"
        "MARA VELT: From the first of April, on every route.\n\n"
        "Also read: New quay opens in the north harbour\n\n"
        "Tags: ferries, ports, Velmar\n"
    )
    said = parsed_statements(text)
    names = [n.lower() for s in said for n in s["names"]]
    assert not any(n in ("broadcast", "also read", "tags") for n in names)
    assert statements_by(said, "Mara Velt")


def test_a_quoted_question_with_asked_is_a_statement():
    text = (
        "Mara Velt, who runs a haulage firm in Velmar, has waited three days at the quay. "
        '"First it was the fee, then the paperwork. Who pays for the lorries?" she asked.'
    )
    said = parsed_statements(text)
    assert any("Who pays for the lorries" in s["text"] for s in statements_by(said, "Velt"))


def test_asked_without_a_quoted_question_is_no_statement():
    assert _texts("The ministry asked the hauliers to wait until Monday.") == []
    text = '"We will wait," she said. The ministry asked them to leave the quay.'
    assert not any("leave the quay" in t for t in _texts(text))


def test_asked_quoted_question_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "asked-quoted-question")
    assert _texts('"Which is it?" asked the councillor at the hearing.') == []


QUOTED_TAIL = (
    "The Velmar Post reported on Monday that the ferry line would close.\n\n"
    '"Reports that the ferry line will close are untrue," the Velmar News Agency quoted Deputy '
    "Minister Ana Ross as saying on Thursday.\n\n"
    'Officials met on Friday. "There is no plan to close it," the agency quoted her as saying.'
)


def test_a_quotation_the_agency_quoted_someone_as_saying_is_that_persons():
    said = parsed_statements(QUOTED_TAIL)
    ross = statements_by(said, "Ana Ross")
    assert any("are untrue" in s["text"] for s in ross)
    assert any("no plan to close" in s["text"] for s in ross)


def test_quoted_as_saying_tail_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quoted-as-saying-tail")
    said = parsed_statements(QUOTED_TAIL)
    assert statements_by(said, "Agency")


ASKED_ABOUT = (
    'Asked about the so-called "ice highway", a proposed winter road to the mainland, '
    'Mara Velt said it was "a conversation for another day".'
)


def test_scare_quotes_before_a_verb_with_its_own_content_are_not_what_was_said():
    said = statements_by(parsed_statements(ASKED_ABOUT), "Velt")
    assert "conversation for another day" in said[0]["text"]


def test_quote_tail_needs_tail_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "quote-tail-needs-tail")
    said = statements_by(parsed_statements(ASKED_ABOUT), "Velt")
    assert "conversation for another day" not in said[0]["text"]


def test_it_would_not_say_opening_a_sentence_is_a_non_answer_of_the_body_before():
    text = (
        "The Velmar coast guard confirmed that a drone had landed near the harbour. "
        "It would not say where the drone came from."
    )
    said = statements_by(parsed_statements(text), "coast guard")
    assert any("where the drone came from" in s["text"] for s in said)


def test_would_not_say_it_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "would-not-say-it")
    text = (
        "The Velmar coast guard confirmed that a drone had landed near the harbour. "
        "It would not say where the drone came from."
    )
    assert not any("where the drone came from" in t for t in _texts(text))


DIDNT_MEAN_IT = (
    "Mara Velt, who runs a haulage firm in Velmar, has waited three days at the quay. "
    '"Now they say he didn\'t mean it. Who pays for the lorries?" she asked.'
)


def test_a_quoted_question_states_nothing_of_its_own():
    said = statements_by(parsed_statements(DIDNT_MEAN_IT), "Velt")
    assert said[0]["stance"] == "comment"


def test_asked_question_comment_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "asked-question-comment")
    text = (
        "Mara Velt, who runs a haulage firm in Velmar, has waited three days at the quay. "
        '"They say the new fee is a fabrication. Then who pays for the lorries?" she asked.'
    )
    said = statements_by(parsed_statements(text), "Velt")
    assert said[0]["stance"] != "comment"


TITLED_LATER = (
    "VELMAR, March 5 (VNA) -- Velmar has not restricted wool exports, the Velmar News Agency "
    "quoted Deputy Minister of Food, Agriculture and Light Industry B. Olsen as saying.\n\n"
    '"Reports that the crossing has been closed are untrue," the agency quoted the deputy '
    "minister as saying.\n\n"
    "Olsen said delays at the crossing had been caused by snow."
)


def _actors(text):
    from statements.parsing import parse_article, to_contract

    return to_contract(parse_article(text))["actors"]


def test_an_unnamed_holder_is_the_person_the_text_names_after_that_title():
    people = [a for a in _actors(TITLED_LATER) if a["kind"] == "person"]
    assert len(people) == 1, people


def test_a_name_after_an_offices_capitalised_title_holds_that_office():
    from statements.parsing.speakers import _titled_in_text

    text = TITLED_LATER
    assert _titled_in_text(text, {"deputy", "minister"}, "Olsen")
    assert not _titled_in_text(text, {"spokes"}, "Olsen")
    assert not _titled_in_text("Olsen said it had snowed.", {"deputy", "minister"}, "Olsen")


def test_holder_titled_in_text_can_be_switched_off(monkeypatch):
    from statements.parsing.speakers import _titled_in_text

    monkeypatch.setenv(DISABLE_ENV, "holder-titled-in-text")
    assert not _titled_in_text(TITLED_LATER, {"deputy", "minister"}, "Olsen")
