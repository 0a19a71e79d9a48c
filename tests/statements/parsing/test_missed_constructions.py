"""Speech acts the parser missed or invented on unseen writing, on sentences written for these
tests: which sentences are statements, by whom."""

import pytest

from statements.parsing import syntax
from statements.parsing.rules import DISABLE_ENV

from .statements import parsed_statements, statements_by

needs_parser = pytest.mark.skipif(not syntax.available(), reason="spaCy model not installed")


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


@needs_parser
def test_a_participle_before_a_claim_someone_calls_false_is_its_subjects_statement():
    text = (
        "The Velmar Hauliers' Association has stopped booking the night ferries, saying the port "
        "has doubled a berth fee for foreign trucks, a claim the port authority says is false."
    )
    said = parsed_statements(text)
    own = statements_by(said, "Hauliers")
    assert any("doubled a berth fee" in s["text"] and "is false" not in s["text"] for s in own)
    assert statements_by(said, "port authority")


@needs_parser
def test_participle_before_a_speaker_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "syntax-before-speaker")
    text = (
        "The Velmar Hauliers' Association has stopped booking the night ferries, saying the port "
        "has doubled a berth fee for foreign trucks, a claim the port authority says is false."
    )
    said = parsed_statements(text)
    assert not any("Hauliers" in n for s in said for n in s["names"])


@needs_parser
def test_participle_own_words_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "participle-own-words")
    text = (
        "The Velmar Hauliers' Association has stopped booking the night ferries, saying the port "
        "has doubled a berth fee for foreign trucks, a claim the port authority says is false."
    )
    own = statements_by(parsed_statements(text), "Hauliers")
    assert any("is false" in s["text"] for s in own)


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


POINTS_RELEASE = """MINISTRY OF TRANSPORT
REPUBLIC OF KORVALA

PRESS RELEASE

In view of reports by certain media outlets that the government has stopped paying for the \
dredging of the Velmar channel, the Ministry of Transport wishes to inform the public of the \
following:

1. The reports are false.

2. The second instalment for the dredging was transferred in full on 2 March 2026.

3. The dredging of the outer channel will begin in May, as planned.

Velmar, 4 March 2026
"""


def _speaker_of(text, words):
    hits = [s for s in parsed_statements(text) if words in s["text"]]
    assert hits, f"no statement with {words!r}"
    return hits[0]["names"]


def test_a_numbered_point_of_a_release_is_the_issuers_statement():
    assert "Ministry of Transport" in _speaker_of(POINTS_RELEASE, "transferred in full")
    assert "Ministry of Transport" in _speaker_of(POINTS_RELEASE, "will begin in May")


def test_release_points_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "release-points")
    assert not any("transferred in full" in t for t in _texts(POINTS_RELEASE))


def test_according_to_after_a_link_word_speaks_what_follows():
    text = (
        "Nobody was hurt. But according to the Velmar fisheries office, more than 1,200 nets "
        "were lost along the river."
    )
    said = statements_by(parsed_statements(text), "fisheries office")
    assert "1,200 nets" in said[0]["text"]


def test_that_before_a_parenthetical_according_to_is_the_subject_of_its_sentence():
    text = "That, according to the federation, is precisely the point of the rule."
    said = statements_by(parsed_statements(text), "federation")
    assert "precisely the point" in said[0]["text"]


def test_according_to_link_word_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "according-to-link-word")
    text = "But according to the Velmar fisheries office, more than 1,200 nets were lost."
    assert not any("1,200 nets" in t for t in _texts(text))


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
